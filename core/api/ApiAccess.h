#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

namespace stint::api {

// The access rules of ActivityWatch's server, as pure functions.

// Host header check against DNS rebinding, applied when the server is bound to loopback:
// localhost, 127.0.0.1 or [::1], with or without the server's port.
bool hostAllowed(const QByteArray &host, quint16 port);

// CORS: the web UI on this server's origin, aw-watcher-web's Chrome extension and any Firefox
// extension; in testing mode also any Chrome extension and the web UI's development server (27180).
bool originAllowed(const QByteArray &origin, quint16 port, bool testing);

// The headers that let an allowed origin read the answer.
QList<QPair<QByteArray, QByteArray>> corsHeaders(const QByteArray &origin);
// The answer headers of a CORS preflight (OPTIONS) for an allowed origin.
QList<QPair<QByteArray, QByteArray>> preflightHeaders(const QByteArray &origin);

// "Authorization: Bearer <key>", compared in constant time.
bool bearerMatches(const QByteArray &authorization, const QString &apiKey);

} // namespace stint::api
