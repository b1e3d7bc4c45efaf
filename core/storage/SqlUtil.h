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

// A TEXT column selected as CAST(x AS BLOB), decoded exactly. Qt reads TEXT through SQLite's
// UTF-16 conversion, which turns U+FFFE and U+FFFF into U+FFFD; the blob is the stored UTF-8.
QString text(const QSqlQuery &query, int column);

// The driver's message for a failed query, without Qt's duplicated "Unable to fetch row" noise.
QString describe(const QSqlError &error);

} // namespace stint::sql
