#include "storage/DatabaseCheck.h"

#include "storage/SqlUtil.h"
#include "storage/SqliteConnection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace stint {

DatabaseCheck::Report DatabaseCheck::run(const QString &path)
{
    Report report;
    const QString name = SqliteConnection::uniqueName(QStringLiteral("stint-check"));
    // Refuses a foreign, newer, older or unreadable file with the reason.
    if (!SqliteConnection::openReader(name, path, &report.error))
        return report;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QString error;
        report.schemaVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version"), &error).toInt();
        report.journalMode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode"), &error).toString();
        QSqlQuery integrity(db);
        if (!integrity.exec(QStringLiteral("PRAGMA integrity_check"))) {
            report.problems << sql::describe(integrity.lastError());
        } else {
            while (integrity.next()) {
                const QString line = integrity.value(0).toString();
                if (line != QStringLiteral("ok"))
                    report.problems << line;
            }
        }
        const QVariant events = sql::scalar(db, QStringLiteral("SELECT count(*) FROM events"), &error);
        if (events.isValid())
            report.events = events.toLongLong();
        else
            report.problems << error;
    }
    SqliteConnection::close(name);
    return report;
}

} // namespace stint
