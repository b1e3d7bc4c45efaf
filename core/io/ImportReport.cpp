#include "io/ImportReport.h"

#include <QCoreApplication>

namespace stint {
qint64 ImportReport::imported() const
{
    qint64 total = 0;
    for (const BucketResult &bucket : buckets)
        total += bucket.imported;
    return total;
}

qint64 ImportReport::duplicates() const
{
    qint64 total = 0;
    for (const BucketResult &bucket : buckets)
        total += bucket.duplicates;
    return total;
}

QString ImportReport::text() const
{
    // Refused before anything was stored (a malformed source, an unreadable file).
    if (!error.isEmpty() && buckets.isEmpty())
        return QCoreApplication::translate("ImportReport", "Nothing was imported: %1").arg(error);
    QStringList lines;
    lines << QCoreApplication::translate("ImportReport", "Imported %n event(s), skipped %1 already present.", nullptr,
                                         int(imported()))
                 .arg(duplicates());
    for (const BucketResult &bucket : buckets) {
        lines << QCoreApplication::translate("ImportReport", "  %1 (%2): %3 imported, %4 duplicates%5")
                     .arg(bucket.id,
                          bucket.created ? QCoreApplication::translate("ImportReport", "new bucket")
                                         : QCoreApplication::translate("ImportReport", "existing bucket"))
                     .arg(bucket.imported)
                     .arg(bucket.duplicates)
                     .arg(bucket.complete ? QString() : QCoreApplication::translate("ImportReport", ", not finished"));
    }
    if (!error.isEmpty()) {
        lines << QCoreApplication::translate("ImportReport", "The import stopped: %1").arg(error);
        lines << QCoreApplication::translate(
            "ImportReport",
            "Everything listed above was imported; the rest of the unfinished bucket and any bucket "
            "after it in the file were not.");
    }
    return lines.join(u'\n');
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject perBucket;
    for (const BucketResult &bucket : buckets) {
        perBucket.insert(bucket.id,
                         QJsonObject{{QStringLiteral("created"), bucket.created},
                                     {QStringLiteral("imported"), bucket.imported},
                                     {QStringLiteral("duplicates"), bucket.duplicates},
                                     {QStringLiteral("complete"), bucket.complete}});
    }
    QJsonObject json{{QStringLiteral("imported"), imported()},
                     {QStringLiteral("duplicates"), duplicates()},
                     {QStringLiteral("buckets"), perBucket}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

} // namespace stint
