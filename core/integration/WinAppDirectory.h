#pragma once

#include "integration/AppDirectory.h"

namespace stint {

// Apps by their executables ("firefox.exe"): the program is found among the running processes,
// under the App Paths registry key or on PATH; its version resource gives the name
// (FileDescription, else ProductName) and the program itself the icon.
class WinAppDirectory final : public AppDirectory
{
protected:
    std::optional<AppEntry> lookup(const QString &appId) override;
};

} // namespace stint
