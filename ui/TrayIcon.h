#pragma once

#include "RefreshGate.h"
#include "UiContext.h"

#include <QObject>
#include <QString>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace stint {

class Autostart;

// The tray icon: its picture says whether Stint is tracking, you are away, or tracking is paused;
// its tooltip gives today's active time and the current application; its menu opens the window,
// pauses, resumes, turns starting at login on or off and quits. The menu and state exist even where the desktop has no
// tray, so the window can offer the same actions.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    enum class State { Tracking, Away, Paused, NotRecording };
    Q_ENUM(State)

    explicit TrayIcon(UiContext context, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool isTrayAvailable();
    // Shows the icon; false when the desktop has no system tray (yet).
    bool show();
    bool isShown() const;

    State state() const { return m_state; }
    QString toolTip() const { return m_toolTip; }
    QString iconName() const;
    QMenu *menu() const { return m_menu.get(); }
    // A balloon message from the icon, when it is shown.
    void showNotice(const QString &title, const QString &message);

    // Reads today's active time again (done after every commit).
    void refreshToday();

Q_SIGNALS:
    void toggleWindowRequested();
    void openWindowRequested();
    void quitRequested();
    void stateChanged(stint::TrayIcon::State state);

private:
    void createIcon();
    QAction *addAction(const QString &text, const QString &objectName);
    void pauseUntilTomorrow();
    void readToday();
    void updateState();
    void updateToolTip();
    void setStartAtLogin(bool enabled);

    UiContext m_context;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_startAtLogin = nullptr;
    std::unique_ptr<Autostart> m_autostart;
    QList<QAction *> m_pauseActions;
    State m_state = State::NotRecording;
    QString m_toolTip;
    QString m_currentApp;
    qint64 m_todayActive = -1; // unknown until the first read
    RefreshGate m_todayGate;
};

} // namespace stint
