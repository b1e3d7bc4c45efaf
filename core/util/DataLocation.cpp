#include "util/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace stint {

DataLocation::DataLocation(QString directory, bool testing)
    : m_directory(std::move(directory))
    , m_testing(testing)
{
}

QString DataLocation::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QList<QCommandLineOption> DataLocation::commandLineOptions()
{
    return {
        QCommandLineOption(QStringLiteral("data-dir"),
                           QCoreApplication::translate("DataLocation", "Keep the database in <dir> instead of %1.")
                               .arg(QDir::toNativeSeparators(defaultDirectory())),
                           //: the value name in --help: --data-dir <dir>
                           QCoreApplication::translate("DataLocation", "dir")),
        QCommandLineOption(
            QStringLiteral("testing"),
            QCoreApplication::translate("DataLocation", "Use a separate testing database (stint-testing.db).")),
    };
}

DataLocation DataLocation::fromParser(const QCommandLineParser &parser)
{
    const QString dir =
        parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir")) : defaultDirectory();
    return DataLocation(QDir(dir).absolutePath(), parser.isSet(QStringLiteral("testing")));
}

QString DataLocation::databasePath() const
{
    return QDir(m_directory).filePath(m_testing ? QStringLiteral("stint-testing.db") : QStringLiteral("stint.db"));
}

} // namespace stint
