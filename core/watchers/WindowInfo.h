#pragma once

#include <QString>

namespace stint {

// What the window watcher records: the focused application (X11: the class part of WM_CLASS,
// Windows: the process image's base name, macOS: the application's name) and its window title.
struct WindowInfo
{
    QString app;
    QString title;

    friend bool operator==(const WindowInfo &, const WindowInfo &) = default;
};

} // namespace stint
