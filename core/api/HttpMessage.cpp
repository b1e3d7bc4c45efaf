#include "api/HttpMessage.h"

#include "model/Json.h"
#include "util/UnicodeText.h"

#include <algorithm>

namespace stint {

QStringList splitPath(QByteArrayView rawPath)
{
    QStringList segments;
    for (qsizetype start = 0;;) {
        const qsizetype slash = rawPath.indexOf('/', start);
        const QByteArrayView part = rawPath.sliced(start, (slash < 0 ? rawPath.size() : slash) - start);
        // Percent-decoded only when there is something to decode (a copy less).
        segments.append(unicode::fromUtf8(part.contains('%') ? QByteArray::fromPercentEncoding(part.toByteArray())
                                                             : QByteArrayView(part)));
        if (slash < 0)
            break;
        start = slash + 1;
    }
    if (!segments.isEmpty() && segments.front().isEmpty())
        segments.removeFirst();
    if (!segments.isEmpty() && segments.back().isEmpty())
        segments.removeLast();
    return segments;
}

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    QByteArray value;
    bool found = false;
    for (const auto &[name, text] : headers) {
        if (name != lowerCaseName)
            continue;
        if (found)
            value += ", ";
        value += text;
        found = true;
    }
    return value;
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [lowerCaseName](const auto &header) { return header.first == lowerCaseName; });
}

HttpResponse HttpResponse::json(const QJsonValue &value, int status)
{
    return jsonText(json::toCompact(value), status);
}

HttpResponse HttpResponse::jsonText(QByteArray text, int status)
{
    HttpResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("application/json");
    response.body = std::move(text);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &message)
{
    QJsonObject object;
    object.insert(QStringLiteral("message"), message);
    return json(object, status);
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 204:
        return QByteArrayLiteral("No Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

QByteArray HttpResponse::encode(bool keepAlive) const
{
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    // 304 carries no body and no length (RFC 9110 8.6).
    if (status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                     : QByteArrayLiteral("Connection: close\r\n\r\n");
    if (status != 304)
        out += body;
    return out;
}

} // namespace stint
