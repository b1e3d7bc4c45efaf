#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace stint::sql {

// Runs one statement; on failure writes "what: driver message" to *error and returns false.
bool exec(QSqlDatabase &db, const QString &statement, QString *error);

// Runs one statement that yields a single value (a PRAGMA, a count); invalid QVariant on failure.
QVariant scalar(QSqlDatabase &db, const QString &statement, QString *error);

// The driver's message for a failed query, without Qt's duplicated "Unable to fetch row" noise.
QString describe(const QSqlError &error);

} // namespace stint::sql
