#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace stint {

// One parsed HTTP request: what the routes see.
struct HttpRequest
{
    QByteArray method;    // "GET", "POST", ... as sent
    QString path;         // percent-decoded path, without the query
    QStringList segments; // the path's segments for routing (splitPath)
    QUrlQuery query;
    // In the order sent, names in lower case, one entry per line: a request has a handful, and a
    // list costs a fraction of a hash table's allocations on every request.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;
    // Why the target cannot be routed though the request was framed (percent-encoded bytes that
    // are not UTF-8); answered with 400 before any route sees it.
    QString targetError;

    // The value of a header, repeated lines joined by ", " (RFC 9110 5.3); empty when absent.
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
};

// A path's segments, each percent-decoded on its own so an encoded '/' stays inside its segment;
// "/a/b/" and "/a/b" give the same.
QStringList splitPath(QByteArrayView rawPath);

// One HTTP response. Routes answer with json() or error(); the server adds framing and CORS.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool closeConnection = false; // the request could not be framed: drop the connection after

    // Compact JSON of any value (objects, arrays, numbers, null).
    static HttpResponse json(const QJsonValue &value, int status = 200);
    // Pre-serialised JSON text.
    static HttpResponse jsonText(QByteArray text, int status = 200);
    // ActivityWatch's error shape: {"message": "..."}.
    static HttpResponse error(int status, const QString &message);
    // A status without a body (200 after a create or delete, 304 for an existing bucket).
    static HttpResponse empty(int status = 200);

    static QByteArray reasonPhrase(int status);
    // Status line, headers and body as sent; `keepAlive` decides the Connection header.
    QByteArray encode(bool keepAlive) const;
};

} // namespace stint
