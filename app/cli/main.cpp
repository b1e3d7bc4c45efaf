// stint-cli: reads what Stint has recorded; safe while Stint is running.
#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Every read error reaches the user in stint-cli's own words; the reader's log line would
    // print it a second time. QT_LOGGING_RULES can still turn it on.
    QLoggingCategory::setFilterRules(QStringLiteral("stint.read.warning=false\nstint.read.critical=false"));
    QCoreApplication::setApplicationName(QStringLiteral("stint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STINT_VERSION));
    stint::Translations translations; // the system's language
    translations.install({});
    QTextStream out(stdout);
    QTextStream err(stderr);
    stint::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
