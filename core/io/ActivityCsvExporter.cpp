#include "io/ActivityCsvExporter.h"

#include "model/Timestamp.h"
#include "reports/ReportEngine.h"
#include "storage/EventReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <limits>

namespace stint {

QString ActivityCsvExporter::field(const QString &text)
{
    // A spreadsheet would run a cell that starts like a formula; a window title is not one.
    static const QString kFormulaStart = QStringLiteral("=+-@\t\r");
    QString value = text;
    if (!value.isEmpty() && kFormulaStart.contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

bool ActivityCsvExporter::write(ReportEngine &engine, spans::Period range, const QString &host, QIODevice &device,
                                QString *error, qint64 *rows)
{
    const auto activity = engine.activity(range, host);
    if (!activity) {
        if (error)
            *error = engine.error();
        return false;
    }
    QByteArray buffer = "start,end,duration,app,title,url,category\r\n";
    qint64 count = 0;
    bool ok = true;
    for (const ActivitySegment &segment : activity->segments) {
        const QJsonObject &window = engine.dataOf(segment.window);
        const QString url =
            segment.web >= 0 ? engine.dataOf(segment.web).value(QStringLiteral("url")).toString() : QString();
        const QStringList fields{Timestamp::toRfc3339(segment.start),
                                 Timestamp::toRfc3339(segment.end),
                                 QString::number(Timestamp::nanosToSeconds(segment.duration()), 'f', 3),
                                 ActivityCsvExporter::field(window.value(QStringLiteral("app")).toString()),
                                 ActivityCsvExporter::field(window.value(QStringLiteral("title")).toString()),
                                 ActivityCsvExporter::field(url),
                                 ActivityCsvExporter::field(engine.categoryOf(segment).join(QStringLiteral(" > ")))};
        buffer += fields.join(u',').toUtf8() + "\r\n";
        ++count;
        if (buffer.size() > (1 << 20)) {
            ok = ok && device.write(buffer) == buffer.size();
            buffer.clear();
        }
    }
    ok = ok && device.write(buffer) == buffer.size();
    if (!ok && error)
        *error =
            QCoreApplication::translate("ActivityCsvExporter", "Cannot write the CSV: %1").arg(device.errorString());
    if (rows)
        *rows = count;
    return ok;
}

std::optional<spans::Period> ActivityCsvExporter::historyRange(EventReader &reader, std::optional<qint64> from,
                                                               std::optional<qint64> to, QString *error)
{
    if (from && to)
        return spans::Period{*from, *to};
    const auto all = reader.buckets(true);
    if (!all) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Bucket &bucket : *all) {
        first = std::min(first, bucket.firstStart.value_or(first));
        last = std::max(last, bucket.lastEnd.value_or(last));
    }
    const qint64 start = from.value_or(first);
    return spans::Period{start, to.value_or(std::max(last, start))};
}

} // namespace stint
