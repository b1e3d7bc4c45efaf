// stint-cli: reads what Stint has recorded; safe while Stint is running.
#include "cli/Cli.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STINT_VERSION));
    stint::Translations translations; // the system's language
    translations.install({});
    QTextStream out(stdout);
    QTextStream err(stderr);
    stint::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
