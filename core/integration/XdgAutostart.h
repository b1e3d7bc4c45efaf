#pragma once

#include "integration/Autostart.h"

namespace stint {

// Linux and other XDG desktops: $XDG_CONFIG_HOME/autostart/org.stint.Stint.desktop, which the
// session starts at login (XDG Autostart Specification). Enabled means the file exists, is not
// hidden and its Exec starts this program.
class XdgAutostart final : public Autostart
{
public:
    XdgAutostart(QString program, QString directory);

    // $XDG_CONFIG_HOME/autostart, or ~/.config/autostart.
    static QString defaultDirectory();
    // What the entry should start: the AppImage when running from one ($APPIMAGE; the executable
    // inside it lives in a temporary mount), else `program`.
    static QString launcherPath(const QString &program);
    static QString fileName() { return QStringLiteral("org.stint.Stint.desktop"); }

    QString program() const { return m_program; }
    QString filePath() const;

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString *error) override;
    QString location() const override { return filePath(); }

private:
    QByteArray entry() const;

    QString m_program;
    QString m_directory;
};

} // namespace stint
