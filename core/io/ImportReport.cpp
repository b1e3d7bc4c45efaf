#include "io/ImportReport.h"

#include <QCoreApplication>

namespace stint {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ImportReport", text, nullptr, n);
}

} // namespace

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
    QStringList lines;
    lines << tr("Imported %1 events, skipped %2 already present.").arg(imported()).arg(duplicates());
    for (const BucketResult &bucket : buckets) {
        lines << tr("  %1 (%2): %3 imported, %4 duplicates%5")
                     .arg(bucket.id, bucket.created ? tr("new bucket") : tr("existing bucket"))
                     .arg(bucket.imported)
                     .arg(bucket.duplicates)
                     .arg(bucket.complete ? QString() : tr(", not finished"));
    }
    if (!error.isEmpty()) {
        lines << tr("The import stopped: %1").arg(error);
        lines << tr("Everything listed above was imported; the rest of the unfinished bucket and any bucket "
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
