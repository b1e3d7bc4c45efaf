#pragma once

#include <QString>

namespace stint {

// A consistent copy of a Stint database, taken while Stint keeps recording into it.
class DatabaseBackup final
{
public:
    // Copies the database at `source` into the single file `target` (no WAL beside it), checks the
    // copy, and only then replaces `target`. False with the reason; `target` is untouched then.
    // *events receives how many events the copy holds.
    static bool write(const QString &source, const QString &target, QString *error, qint64 *events = nullptr);
};

} // namespace stint
