#include "api/ApiAccess.h"

#include <charconv>

namespace stint::api {

bool hostAllowed(const QByteArray &host, quint16 port)
{
    // Every request asks: compared in place, without building the allowed names.
    const QByteArrayView trimmed = QByteArrayView(host).trimmed();
    for (QByteArrayView name : {QByteArrayView("localhost"), QByteArrayView("127.0.0.1"), QByteArrayView("[::1]")}) {
        if (trimmed.size() < name.size() || trimmed.first(name.size()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const QByteArrayView rest = trimmed.sliced(name.size());
        char withPort[8] = {':'};
        const char *end = std::to_chars(withPort + 1, withPort + sizeof withPort, port).ptr;
        if (rest.isEmpty() || rest == QByteArrayView(withPort, end))
            return true;
    }
    return false;
}

namespace {

// "<scheme>://<one host part>", nothing after it.
bool isExtensionOrigin(const QByteArray &origin, const QByteArray &scheme)
{
    return origin.startsWith(scheme) && origin.size() > scheme.size() && !origin.mid(scheme.size()).contains('/');
}

} // namespace

bool originAllowed(const QByteArray &origin, quint16 port, bool testing)
{
    QList<quint16> ports{port};
    if (testing)
        ports.append(27180);
    for (quint16 allowed : ports) {
        const QByteArray portText = QByteArray::number(allowed);
        if (origin == "http://localhost:" + portText || origin == "http://127.0.0.1:" + portText)
            return true;
    }
    if (origin == "chrome-extension://nglaklhklhcoonedhgnpgddginnjdadi")
        return true;
    if (testing && isExtensionOrigin(origin, QByteArrayLiteral("chrome-extension://")))
        return true;
    // Firefox gives every installation of an extension its own random id.
    return isExtensionOrigin(origin, QByteArrayLiteral("moz-extension://"));
}

QList<QPair<QByteArray, QByteArray>> corsHeaders(const QByteArray &origin)
{
    // No Allow-Credentials: the API uses no cookies, and a key travels in a header the page sets.
    return {{QByteArrayLiteral("Access-Control-Allow-Origin"), origin},
            {QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")}};
}

QList<QPair<QByteArray, QByteArray>> preflightHeaders(const QByteArray &origin)
{
    auto headers = corsHeaders(origin);
    headers.append({QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST, DELETE")});
    headers.append(
        {QByteArrayLiteral("Access-Control-Allow-Headers"), QByteArrayLiteral("Content-Type, Authorization")});
    headers.append({QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("3600")});
    return headers;
}

bool bearerMatches(const QByteArray &authorization, const QString &apiKey)
{
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= scheme.size() || authorization.left(scheme.size()).toLower() != scheme)
        return false;
    const QByteArray given = authorization.mid(scheme.size()).trimmed();
    const QByteArray expected = apiKey.toUtf8();
    // Constant time in the key's content, so the answer time does not reveal a matching prefix.
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= uchar(expected[i]) ^ uchar(i < given.size() ? given[i] : 0);
    return difference == 0;
}

} // namespace stint::api
