#include "util/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace stint {

DataLocation::DataLocation(QString directory, bool testing)
    : m_directory(std::move(directory))
    , m_testing(testing)
{
}

QString DataLocation::defaultDirectory()
{
    // Not AppDataLocation: that depends on the organization name, which the window sets for its
    // QSettings and stint-cli does not, and both must find the same database.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QString directory = base + QStringLiteral("/Stint");
#else
    QString directory = base + QStringLiteral("/stint");
#endif
#ifndef Q_OS_WIN
    // Early builds of the window kept the database under <organization>/<application>; go on
    // using it while it is the only one.
    QString earlier = base + QStringLiteral("/Stint/stint");
    if (!QFileInfo::exists(directory + QStringLiteral("/stint.db"))
        && QFileInfo::exists(earlier + QStringLiteral("/stint.db")))
        return earlier;
#endif
    return directory;
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

bool DataLocation::isDefault() const
{
    return !m_testing && QDir::cleanPath(QDir(m_directory).absolutePath()) == QDir::cleanPath(defaultDirectory());
}

QString DataLocation::databasePath() const
{
    return QDir(m_directory).filePath(m_testing ? QStringLiteral("stint-testing.db") : QStringLiteral("stint.db"));
}

} // namespace stint
