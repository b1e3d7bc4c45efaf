#pragma once

#include <QString>
#include <QTextStream>

namespace stint::bench {

// The desktop app's memory on a real history: starts `stint-bench gui-child` on DIR's database
// (offscreen unless QT_QPA_PLATFORM says otherwise), which opens the main window as stint does and
// visits Activity (day, week, year of the newest data), Timeline (that week) and Raw data, each
// until its data is on screen; then samples the child's RSS from /proc. Linux only. Returns the
// exit status: 0 when the run worked (whether or not the target was met), 1 when it failed.
int runGuiFootprintBench(const QString &dataDir, QTextStream &out, QTextStream &err);

// The child: needs a QApplication. Prints one line per page visited and "walked" when done, then
// keeps the window open until SIGTERM. Returns the exit status.
int runGuiChild(const QString &dataDir);

} // namespace stint::bench
