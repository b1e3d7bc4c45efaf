#pragma once

#include "api/HttpMessage.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

namespace stint {

class AnswerSlot;
class HttpConnection;
class ServerThreadLink;

// One request on its way through a route. Shared, so a handler can pass it to a reading thread
// or a datastore reply; respond() may be called from any thread, once (from another thread than
// the server's it writes the answer itself when the connection allows). The parsing helpers
// answer 400 with a clear message themselves and return nullopt/false, so a handler just returns.
class ApiCall final
{
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    // Limits on request bodies parsed as JSON.
    static constexpr int kMaxJsonDepth = 64;

    // The route's "<name>" segments with their values: a few, so a list.
    using Args = QList<QPair<QString, QString>>;

    ApiCall(HttpRequest request, Args args, QList<QPair<QByteArray, QByteArray>> extraHeaders,
            HttpConnection *connection, std::shared_ptr<ServerThreadLink> link);

    const HttpRequest &request() const { return m_request; }
    // A "<name>" segment of the route's pattern, percent-decoded.
    QString arg(QStringView name) const;

    // For a route that has taken what it needs and answers from another thread: the request's
    // text is freed here, in the server thread that allocated it (what answers must not read
    // request() or arg() any more: they run in another thread). Freed in the worker's thread
    // instead, it kept the server thread's malloc cache empty (perf: _int_malloc was 13% of the
    // server thread under heartbeats).
    void releaseRequest();

    void respond(HttpResponse response);
    void respondError(int status, const QString &message) { respond(HttpResponse::error(status, message)); }
    bool responded() const { return m_responded.load(); }

    // The body as JSON: empty, nested deeper than kMaxJsonDepth, or refused by
    // json::parseExternal (malformed, not Unicode, a number or a key it could not keep) -> 400.
    std::optional<QJsonValue> jsonBody();
    std::optional<QJsonObject> jsonObjectBody();

    // Query parameters. Absent -> nullopt inside a true result; malformed -> 400 and false.
    bool timeParam(const QString &name, std::optional<qint64> *nanos);
    bool integerParam(const QString &name, qint64 min, std::optional<qint64> *value);
    bool numberParam(const QString &name, std::optional<double> *value);
    bool hasParam(const QString &name) const { return m_request.query.hasQueryItem(name); }
    QString param(const QString &name) const;

private:
    // Empty or too deeply nested -> 400 and false.
    bool checkBody();
    // `parsed` (of json::parseExternal or parseExternalObject), having answered 400 when it is not.
    template<typename Parsed>
    Parsed accepted(Parsed parsed, const QString &error);

    HttpRequest m_request;
    Args m_args;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    QPointer<HttpConnection> m_connection; // read only in the server thread
    std::shared_ptr<AnswerSlot> m_answerSlot;
    std::shared_ptr<ServerThreadLink> m_link;
    std::atomic<bool> m_responded{false};
};

} // namespace stint
