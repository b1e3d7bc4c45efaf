#pragma once

#include "integration/AppDirectory.h"

#include <QIcon>

namespace stint {

// The icon of an app as AppDirectory describes it: its image file, its name in the icon theme,
// the program's or bundle's own icon (Windows, macOS), else a generic one; never null. GUI thread
// only (icons load lazily, and the theme caches its own).
class AppIcon final
{
public:
    static QIcon of(const AppEntry &entry);
    static QIcon generic();
};

} // namespace stint
