#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace stint {

// The Exec key of a desktop entry (Desktop Entry Specification, "The Exec key"): arguments with
// reserved characters are quoted, '"', '`', '$' and '\' escaped inside quotes, '%' doubled, and
// then the string value's own escapes applied. Used to write and to read back Stint's autostart
// entry.
class DesktopEntryExec final
{
public:
    // The value to store after "Exec=".
    static QString encode(const QStringList &arguments);
    // The arguments of a stored value; nothing when its quoting is broken.
    static std::optional<QStringList> decode(const QString &value);
};

} // namespace stint
