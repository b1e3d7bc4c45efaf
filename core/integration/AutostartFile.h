#pragma once

#include <QByteArray>
#include <QString>

// The file that turns start at login on where the system reads such files (an XDG autostart
// entry, a macOS LaunchAgent): written whole or not at all, removed when turned off.
namespace stint::AutostartFile {

// Creates the folder if needed and writes content atomically; false with a message on failure.
bool write(const QString &path, const QByteArray &content, QString *error);
// Removes the file if it exists; false with a message when it cannot.
bool remove(const QString &path, QString *error);

} // namespace stint::AutostartFile
