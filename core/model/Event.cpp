#include "model/Event.h"

#include "model/Json.h"
#include "model/Timestamp.h"

#include <QJsonValue>

namespace stint {

QJsonObject Event::toJson() const
{
    QJsonObject json;
    if (id != 0)
        json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("timestamp"), Timestamp::toRfc3339(start));
    json.insert(QStringLiteral("duration"), Timestamp::nanosToSeconds(duration));
    json.insert(QStringLiteral("data"), data);
    return json;
}

QByteArray Event::toCompactJson() const
{
    return toCompactJson(json::toCompact(data));
}

QByteArray Event::toCompactJson(QByteArrayView dataText) const
{
    // Written as bytes, not through QJsonObject: the HTTP API answers every heartbeat with this.
    // The members in the order QJsonObject keeps (sorted by key); the timestamp is ASCII and
    // needs no escapes.
    const QByteArray seconds = json::numberText(QJsonValue(Timestamp::nanosToSeconds(duration)));
    const QByteArray timestamp = Timestamp::toRfc3339Bytes(start);
    QByteArray text;
    text.reserve(dataText.size() + seconds.size() + timestamp.size() + 64);
    text.append("{\"data\":").append(dataText).append(",\"duration\":").append(seconds);
    if (id != 0)
        text.append(",\"id\":").append(QByteArray::number(id));
    text.append(",\"timestamp\":\"").append(timestamp).append("\"}");
    return text;
}

std::optional<Event> Event::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Event event;

    // Keys as Latin-1: QJsonObject keeps ASCII keys so, and compares these without converting
    // each one to UTF-16 (four lookups on every heartbeat).
    const QJsonValue id = json.value(QLatin1StringView("id"));
    if (!id.isUndefined() && !id.isNull()) {
        // toInteger(): Qt holds a whole number as a 64-bit integer, so ids past 2^53 stay exact
        // (through toDouble() 9007199254740993 named event 9007199254740992); a fraction or a
        // number beyond 64 bits gives the default.
        const qint64 value = id.isDouble() ? id.toInteger(-1) : -1;
        if (value < 0)
            return fail(QStringLiteral("event 'id' must be a non-negative integer"));
        event.id = value;
    }

    const QJsonValue timestamp = json.value(QLatin1StringView("timestamp"));
    if (!timestamp.isString())
        return fail(QStringLiteral("event 'timestamp' is missing or not a string"));
    QString why;
    const auto start = Timestamp::parseRfc3339(timestamp.toString(), &why);
    if (!start)
        return fail(Timestamp::refusal(QStringLiteral("event 'timestamp'"), timestamp.toString(), why));
    event.start = *start;

    const QJsonValue duration = json.value(QLatin1StringView("duration"));
    if (!duration.isUndefined() && !duration.isNull()) {
        if (!duration.isDouble())
            return fail(QStringLiteral("event 'duration' must be a number of seconds"));
        const auto nanos = Timestamp::secondsToNanos(duration.toDouble());
        if (!nanos || *nanos < 0)
            return fail(QStringLiteral("event 'duration' must be a finite, non-negative number of seconds"));
        if (event.start > 0 && *nanos > std::numeric_limits<qint64>::max() - event.start)
            return fail(QStringLiteral("event 'duration' reaches beyond the representable time range"));
        event.duration = *nanos;
    }

    const QJsonValue data = json.value(QLatin1StringView("data"));
    if (!data.isUndefined() && !data.isNull()) {
        if (!data.isObject())
            return fail(QStringLiteral("event 'data' must be a JSON object"));
        event.data = data.toObject();
    }
    if (const QString problem = event.dataProblem(); !problem.isEmpty())
        return fail(problem);
    return event;
}

QString Event::dataProblem() const
{
    if (json::nestingDepth(QJsonValue(data)) > kMaxDataDepth)
        return QStringLiteral("event 'data' is nested deeper than %1 levels").arg(kMaxDataDepth);
    return {};
}

} // namespace stint
