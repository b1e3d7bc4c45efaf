#include "query/QueryValue.h"

#include <QJsonArray>
#include <QJsonObject>

// Query-language errors are machine-facing and stay English, like ActivityWatch's.
namespace stint::query {

QString typeNameOf(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a bool");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("a dict");
    }
    return {};
}

QString Value::typeName() const
{
    return m_isEvents ? QStringLiteral("a list of events") : typeNameOf(m_json);
}

QJsonValue Value::toJson() const
{
    if (!m_isEvents)
        return m_json;
    QJsonArray array;
    for (const Event &event : m_events)
        array.append(event.toJson());
    return array;
}

std::optional<EventList> Value::toEvents(QString *why) const
{
    if (m_isEvents)
        return m_events;
    if (!m_json.isArray()) {
        if (why)
            *why = QStringLiteral("expected a list of events, not %1").arg(typeName());
        return std::nullopt;
    }
    const QJsonArray array = m_json.toArray();
    EventList events;
    events.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        const auto event = array.at(i).isObject() ? Event::fromJson(array.at(i).toObject(), &problem) : std::nullopt;
        if (!event) {
            if (why)
                *why = QStringLiteral("expected a list of events; item %1 is not an event%2")
                           .arg(i + 1)
                           .arg(problem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problem));
            return std::nullopt;
        }
        events.append(*event);
    }
    return events;
}

qsizetype Value::size() const
{
    if (m_isEvents)
        return m_events.size();
    if (m_json.isArray())
        return m_json.toArray().size();
    if (m_json.isString())
        return m_json.toString().size();
    return 0;
}

bool operator==(const Value &a, const Value &b)
{
    if (a.m_isEvents && b.m_isEvents)
        return a.m_events == b.m_events;
    return a.toJson() == b.toJson();
}

} // namespace stint::query
