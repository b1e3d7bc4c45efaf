#pragma once

#include "model/Event.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace stint::query {

// A value while a query runs: plain JSON (null, bool, number, string, list, dict), or a list of
// events kept as Events so that chains of event operations never go through JSON. A JSON list
// of event objects is accepted wherever events are expected.
class Value final
{
public:
    Value() = default;
    Value(QJsonValue json) // NOLINT(google-explicit-constructor): literals convert naturally
        : m_json(std::move(json))
    {
    }
    Value(EventList events) // NOLINT(google-explicit-constructor)
        : m_isEvents(true)
        , m_events(std::move(events))
    {
    }

    bool isEvents() const { return m_isEvents; }
    const QJsonValue &json() const { return m_json; }
    const EventList &events() const { return m_events; }

    // "a list of events", "a string", "a number", ...
    QString typeName() const;
    // Events as ActivityWatch writes them ({id, timestamp, duration, data}).
    QJsonValue toJson() const;
    // The events of an event list or of a JSON list of event objects; nullopt when it is neither.
    std::optional<EventList> toEvents(QString *why) const;
    // Number of items of a list (events or JSON), characters of a string, 0 otherwise.
    qsizetype size() const;

    friend bool operator==(const Value &a, const Value &b);

private:
    bool m_isEvents = false;
    QJsonValue m_json;
    EventList m_events;
};

QString typeNameOf(const QJsonValue &json);

} // namespace stint::query
