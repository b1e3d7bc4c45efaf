#pragma once

#include <QWidget>

#include "watchers/dbus/GnomeExtension.h"

class QLabel;
class QPushButton;

namespace stint {

// Settings → GNOME Shell (shown in GNOME sessions): GNOME tells no program which window has
// focus, so Stint ships a small Shell extension that does. This installs it on request and says
// whether it runs and what to do next. The status check (a D-Bus call) runs off the GUI thread.
class GnomeExtensionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GnomeExtensionPanel)

public:
    explicit GnomeExtensionPanel(QWidget *parent = nullptr);
    ~GnomeExtensionPanel() override;

    // XDG_CURRENT_DESKTOP names GNOME.
    static bool isGnomeSession();

    // Reads the extension's state again (done when the panel is shown and after installing). While
    // a check runs, another one follows it, so the status shown is never older than the request.
    void checkStatus();
    void install();

Q_SIGNALS:
    void statusShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStatus(const GnomeExtension::Status &status);

    QLabel *m_status = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_install = nullptr;
    bool m_checking = false;   // until its result is back in the GUI thread
    bool m_checkAgain = false; // asked for while one was running
};

} // namespace stint
