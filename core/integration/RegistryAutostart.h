#pragma once

#include "integration/Autostart.h"

namespace stint {

// Windows: the value "Stint" under HKCU\Software\Microsoft\Windows\CurrentVersion\Run with the
// quoted path and --minimized. Enabled means the value exists and starts this program.
class RegistryAutostart final : public Autostart
{
public:
    explicit RegistryAutostart(QString program);

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString *error) override;
    QString location() const override;

private:
    QString command() const;

    QString m_program;
};

} // namespace stint
