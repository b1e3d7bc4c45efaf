#pragma once

#include "RefreshGate.h"
#include "UiContext.h"
#include "app/RecordingStatus.h"

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace stint {

class Autostart;
class TimerMenu;

// The tray icon: its picture says whether Stint is tracking, you are away, tracking is paused, not
// recording, or cannot save; its tooltip says the same with today's active time, the current
// application and, when it is not the usual one, the database; its menu opens the window, pauses,
// resumes, turns starting at login on or off and quits. The menu and state exist even where the
// desktop has no tray, so the window can offer the same actions.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    using State = RecordingStatus::State;

    explicit TrayIcon(UiContext context, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isTrayAvailable();
    // Shows the icon; false when the desktop has no system tray (yet).
    bool show();
    bool isShown() const;

    State state() const { return m_state; }
    QString toolTip() const { return m_toolTip; }
    // The picture shown (or that would be, without a tray), as a resource path.
    QString iconName() const { return m_iconName; }
    QMenu *menu() const { return m_menu.get(); }
    TimerMenu *timerMenu() const { return m_timers; }
    // A balloon message from the icon, when it is shown.
    void showNotice(const QString &title, const QString &message);

    // Reads today's active time again (done after every commit).
    void refreshToday();

Q_SIGNALS:
    void toggleWindowRequested();
    void openWindowRequested();
    void quitRequested();
    // The timer menu's "Manual time…".
    void manualTimeRequested();

private:
    void createIcon();
    QAction *addAction(const QString &text, const QString &objectName);
    void pauseUntilTomorrow();
    void readToday();
    // Icon, tooltip and menu from the recording status, all from the same reading.
    void updateState();
    void updateToolTip();
    void setStartAtLogin(bool enabled);

    UiContext m_context;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_resume = nullptr;
    TimerMenu *m_timers = nullptr;
    QAction *m_startAtLogin = nullptr;
    std::unique_ptr<Autostart> m_autostart;
    QList<QAction *> m_pauseActions;
    State m_state = State::NotRecording;
    QString m_iconName;
    QString m_toolTip;
    QString m_currentApp;
    qint64 m_todayActive = -1; // unknown until the first read
    RefreshGate m_todayGate;
};

} // namespace stint
