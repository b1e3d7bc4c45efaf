#pragma once
// stint-cli's verbs run in the test's process, with their output and exit code.
#include "cli/Cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

namespace stint::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// `zone`, when valid, stands in for the local time zone.
inline CliRun runCli(const QStringList &arguments, const QTimeZone &zone = {})
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli cli(out, err);
    if (zone.isValid())
        cli.setTimeZone(zone);
    run.code = cli.run(QStringList{QStringLiteral("stint-cli")} + arguments);
    return run;
}

} // namespace stint::test
