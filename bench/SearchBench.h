#pragma once

#include <QString>
#include <QTextStream>

namespace stint::bench {

// Times ActivitySearch over the whole history of a database (a generated history), cold (a fresh
// ReportEngine) and warm (the same engine again), for a few queries, against a plain scan in the
// same run: every row of every bucket read through one EventReader and its data text tested with
// the same pattern (which finds rows, not active time). Returns the process exit status.
int runSearchBench(const QString &databasePath, QTextStream &out, QTextStream &err);

} // namespace stint::bench
