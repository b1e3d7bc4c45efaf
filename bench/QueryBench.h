#pragma once

#include <QString>
#include <QTextStream>

namespace stint::bench {

// Times the reports engine on a database (a generated history): a day, a week and the whole
// history, each cold (a fresh ReportEngine: new reader connection, empty caches, same process)
// and warm (the same engine again), against the time to merely read the same rows into memory
// through one EventReader::events. Returns the process exit status.
int runQueryBench(const QString &databasePath, QTextStream &out, QTextStream &err);

} // namespace stint::bench
