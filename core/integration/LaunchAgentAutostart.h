#pragma once

#include "integration/Autostart.h"

namespace stint {

// macOS: ~/Library/LaunchAgents/org.stint.Stint.plist with ProgramArguments [program, --minimized]
// and RunAtLoad, which launchd starts at login. Enabled means the file exists, runs at load and
// starts this program. Plain Qt, so it is built and tested on every platform.
class LaunchAgentAutostart final : public Autostart
{
public:
    LaunchAgentAutostart(QString program, QString directory);

    // ~/Library/LaunchAgents.
    static QString defaultDirectory();
    static QString fileName() { return QStringLiteral("org.stint.Stint.plist"); }

    QString filePath() const;

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString *error) override;
    QString location() const override { return filePath(); }

private:
    QString m_program;
    QString m_directory;
};

} // namespace stint
