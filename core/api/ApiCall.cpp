#include "api/ApiCall.h"

#include "api/AnswerSlot.h"
#include "api/HttpConnection.h"
#include "api/ServerThreadLink.h"
#include "model/Json.h"
#include "model/Timestamp.h"

#include <charconv>
#include <cmath>

namespace stint {
namespace {

// Digits with an optional fraction ("120", "10.5"): what watchers send as pulsetime, read without
// QString::toDouble's general machinery, which took a twentieth of the server thread's work per
// heartbeat in callgrind. Both give the correctly rounded double; other text goes to toDouble.
std::optional<double> plainDecimal(QStringView text)
{
    char bytes[32];
    if (text.isEmpty() || text.size() > qsizetype(sizeof bytes))
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < u'0' || c > u'9') && i != dot)
            return std::nullopt;
        bytes[i] = char(c);
    }
    if (dot == 0 || dot == text.size() - 1)
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(bytes, bytes + text.size(), value);
    if (ec != std::errc() || end != bytes + text.size())
        return std::nullopt;
    return value;
}

} // namespace

ApiCall::ApiCall(HttpRequest request, Args args, QList<QPair<QByteArray, QByteArray>> extraHeaders,
                 HttpConnection *connection, std::shared_ptr<ServerThreadLink> link)
    : m_request(std::move(request))
    , m_args(std::move(args))
    , m_extraHeaders(std::move(extraHeaders))
    , m_connection(connection)
    , m_answerSlot(connection->answerSlot())
    , m_link(std::move(link))
{
}

QString ApiCall::arg(QStringView name) const
{
    for (const auto &[argName, value] : m_args) {
        if (argName == name)
            return value;
    }
    return {};
}

void ApiCall::releaseRequest()
{
    m_request = HttpRequest();
    m_args = Args();
}

void ApiCall::respond(HttpResponse response)
{
    if (m_responded.exchange(true))
        return;
    response.headers.append(m_extraHeaders);
    if (!m_link->inServerThread()) {
        QByteArray rest;
        switch (m_answerSlot->write(response, &rest)) {
        case AnswerSlot::Written::All:
            return;
        case AnswerSlot::Written::AllTellServer:
            m_link->run([connection = m_connection] {
                if (connection)
                    connection->resume();
            });
            return;
        case AnswerSlot::Written::Part:
            m_link->run([connection = m_connection, rest = std::move(rest)] {
                if (connection)
                    connection->sendRest(rest);
            });
            return;
        case AnswerSlot::Written::Nothing:
            break;
        }
    }
    m_link->run([connection = m_connection, response = std::move(response)] {
        if (connection)
            connection->respond(response);
    });
}

bool ApiCall::checkBody()
{
    if (QByteArrayView(m_request.body).trimmed().isEmpty()) {
        respondError(400, QStringLiteral("the request body is empty; JSON was expected"));
        return false;
    }
    if (json::nestingDepth(m_request.body) > kMaxJsonDepth) {
        respondError(400, QStringLiteral("the JSON body is nested deeper than %1 levels").arg(kMaxJsonDepth));
        return false;
    }
    return true;
}

template<typename Parsed>
Parsed ApiCall::accepted(Parsed parsed, const QString &error)
{
    if (!parsed)
        respondError(400, QStringLiteral("the request body is refused: %1").arg(error));
    return parsed;
}

std::optional<QJsonValue> ApiCall::jsonBody()
{
    QString error;
    return checkBody() ? accepted(json::parseExternal(m_request.body, &error), error) : std::nullopt;
}

std::optional<QJsonObject> ApiCall::jsonObjectBody()
{
    QString error;
    return checkBody() ? accepted(json::parseExternalObject(m_request.body, &error), error) : std::nullopt;
}

QString ApiCall::param(const QString &name) const
{
    return m_request.query.queryItemValue(name, QUrl::FullyDecoded);
}

bool ApiCall::timeParam(const QString &name, std::optional<qint64> *nanos)
{
    *nanos = std::nullopt;
    if (!hasParam(name))
        return true;
    const QString text = param(name);
    if (text.isEmpty())
        return true; // "?start=" as some clients send for "no bound"
    QString why;
    *nanos = Timestamp::parseRfc3339(text, &why);
    if (!*nanos) {
        respondError(400, Timestamp::refusal(u'\'' + name + u'\'', text, why));
        return false;
    }
    return true;
}

bool ApiCall::integerParam(const QString &name, qint64 min, std::optional<qint64> *value)
{
    *value = std::nullopt;
    if (!hasParam(name))
        return true;
    bool ok = false;
    const qint64 parsed = param(name).toLongLong(&ok);
    if (!ok || parsed < min) {
        respondError(
            400,
            QStringLiteral("'%1' must be an integer of at least %2, not \"%3\"").arg(name).arg(min).arg(param(name)));
        return false;
    }
    *value = parsed;
    return true;
}

bool ApiCall::numberParam(const QString &name, std::optional<double> *value)
{
    *value = std::nullopt;
    if (!hasParam(name))
        return true;
    const QString text = param(name);
    bool ok = true;
    const std::optional<double> plain = plainDecimal(text);
    const double parsed = plain ? *plain : text.toDouble(&ok);
    if (!ok || !std::isfinite(parsed)) {
        respondError(400, QStringLiteral("'%1' must be a number, not \"%2\"").arg(name, text));
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace stint
