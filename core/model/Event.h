#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace stint {

// One recorded interval: what (data) from when (start) for how long (duration).
// Times are UTC nanoseconds; see Timestamp.h for the conversions at the edges.
struct Event
{
    qint64 id = 0; // 0: not stored yet / not given
    qint64 start = 0;
    qint64 duration = 0;
    QJsonObject data;

    qint64 end() const { return start + duration; }

    // ActivityWatch's JSON shape: {"id", "timestamp", "duration" (float seconds), "data"}.
    QJsonObject toJson() const;
    // json::toCompact(toJson()), written without building the object.
    QByteArray toCompactJson() const;
    // The same with json::toCompact(data) given: a heartbeat that merges answers with the data
    // of the event it extends, written once for all of them.
    QByteArray toCompactJson(QByteArrayView dataText) const;
    static std::optional<Event> fromJson(const QJsonObject &json, QString *error);

    // How deep event data may nest: what is stored can be sent back in a request to the HTTP API
    // (whose bodies nest at most 64 levels, the data object two levels down in POST .../events).
    static constexpr int kMaxDataDepth = 62;
    // Why the data cannot be stored, or empty.
    QString dataProblem() const;

    friend bool operator==(const Event &a, const Event &b) = default;
};

using EventList = QList<Event>;

} // namespace stint

Q_DECLARE_METATYPE(stint::Event)
