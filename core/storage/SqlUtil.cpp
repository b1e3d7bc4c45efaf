#include "storage/SqlUtil.h"

#include "util/UnicodeText.h"

#include <QSqlError>

namespace stint::sql {

QString describe(const QSqlError &error)
{
    const QString driver = error.driverText();
    const QString database = error.databaseText();
    if (database.isEmpty())
        return driver;
    if (driver.isEmpty())
        return database;
    return database + QStringLiteral(" (") + driver + u')';
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

QVariant scalar(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (error)
            *error = describe(query.lastError());
        return {};
    }
    if (!query.next()) {
        if (error)
            *error = query.lastError().isValid() ? describe(query.lastError())
                                                 : QStringLiteral("no result from: ") + statement;
        return {};
    }
    return query.value(0);
}

QString text(const QSqlQuery &query, int column)
{
    return unicode::fromUtf8(query.value(column).toByteArray());
}

} // namespace stint::sql
