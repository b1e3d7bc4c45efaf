#include "io/AwExporter.h"

#include "model/Json.h"
#include "model/Timestamp.h"
#include "storage/EventReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

#include <algorithm>

namespace stint {
namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

} // namespace

AwExporter::AwExporter(EventReader &reader)
    : m_reader(reader)
{
}

bool AwExporter::write(QIODevice &device, const Options &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_events = 0;
    m_buckets = 0;
    auto all = m_reader.buckets(true);
    if (!all)
        return fail(m_reader.error());
    std::sort(all->begin(), all->end(), [](const Bucket &a, const Bucket &b) { return a.id < b.id; });
    BucketList chosen;
    if (options.bucketIds.isEmpty()) {
        chosen = *all;
    } else {
        for (const QString &id : options.bucketIds) {
            const auto found = std::find_if(all->cbegin(), all->cend(), [&](const Bucket &b) { return b.id == id; });
            if (found == all->cend())
                return fail(QCoreApplication::translate("AwExporter", "There is no bucket '%1'.").arg(id));
            chosen.append(*found);
        }
    }

    QByteArray buffer;
    bool writeFailed = false;
    const auto flush = [&](bool force) {
        if (writeFailed || (!force && buffer.size() < kFlushBytes))
            return;
        if (device.write(buffer) != buffer.size())
            writeFailed = true;
        buffer.clear();
    };
    buffer += "{\"buckets\":{";
    for (qsizetype b = 0; b < chosen.size(); ++b) {
        const Bucket &bucket = chosen.at(b);
        QByteArray head = json::toCompact(bucket.toJson());
        head.chop(1); // reopen the object to append its events
        if (b > 0)
            buffer += ',';
        buffer += json::toCompact(QJsonValue(bucket.id)) + ':' + head + ",\"events\":[";
        bool first = true;
        const bool ok = m_reader.forEachRow(
            bucket.id, {options.start, options.end}, [&](qint64 id, qint64 start, qint64 end, const QString &data) {
                if (!first)
                    buffer += ',';
                first = false;
                const QByteArray text = data.toUtf8();
                buffer += "{\"data\":" + (text.startsWith('{') ? text : QByteArrayLiteral("{}")) + ",\"duration\":"
                    + json::toCompact(QJsonValue(Timestamp::nanosToSeconds(end - start))) + ",\"id\":"
                    + QByteArray::number(id) + ",\"timestamp\":\"" + Timestamp::toRfc3339(start).toLatin1() + "\"}";
                ++m_events;
                flush(false);
            });
        if (!ok)
            return fail(QCoreApplication::translate("AwExporter", "Cannot read bucket '%1': %2")
                            .arg(bucket.id, m_reader.error()));
        buffer += "]}";
        ++m_buckets;
    }
    buffer += "}}\n";
    flush(true);
    if (writeFailed)
        return fail(QCoreApplication::translate("AwExporter", "Cannot write the export: %1").arg(device.errorString()));
    return true;
}

} // namespace stint
