#include "BucketTableModel.h"

#include "util/DisplayText.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace stint {

namespace {

// What a column sorts by; buckets without events sort before all others by time.
QVariant sortKey(const Bucket &bucket, int column)
{
    switch (column) {
    case BucketTableModel::Id:
        return bucket.id;
    case BucketTableModel::Type:
        return bucket.type;
    case BucketTableModel::Host:
        return bucket.hostname;
    case BucketTableModel::FirstEvent:
        return bucket.firstStart.value_or(std::numeric_limits<qint64>::min());
    case BucketTableModel::LastEvent:
        return bucket.lastEnd.value_or(std::numeric_limits<qint64>::min());
    case BucketTableModel::Events:
        return bucket.eventCount;
    default:
        return {};
    }
}

} // namespace

void BucketTableModel::setBuckets(BucketList buckets)
{
    beginResetModel();
    m_buckets = std::move(buckets);
    sortRows();
    endResetModel();
}

int BucketTableModel::rowOf(const QString &bucketId) const
{
    for (int row = 0; row < m_buckets.size(); ++row) {
        if (m_buckets.at(row).id == bucketId)
            return row;
    }
    return -1;
}

int BucketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_buckets.size());
}

int BucketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BucketTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_buckets.size())
        return {};
    const Bucket &bucket = m_buckets.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Events)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return bucket.id;
    case Type:
        return bucket.type;
    case Host:
        return bucket.hostname;
    case FirstEvent:
        return bucket.firstStart ? display::localTime(*bucket.firstStart) : QString();
    case LastEvent:
        return bucket.lastEnd ? display::localTime(*bucket.lastEnd) : QString();
    case Events:
        return QLocale().toString(bucket.eventCount);
    default:
        return {};
    }
}

QVariant BucketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Bucket");
    case Type:
        return tr("Type");
    case Host:
        return tr("Host");
    case FirstEvent:
        return tr("First event");
    case LastEvent:
        return tr("Last event");
    case Events:
        return tr("Events");
    default:
        return {};
    }
}

void BucketTableModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Selected rows stay selected: persistent indexes follow their bucket.
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &index : before)
        ids.append(m_buckets.at(index.row()).id);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BucketTableModel::sortRows()
{
    std::stable_sort(m_buckets.begin(), m_buckets.end(), [this](const Bucket &a, const Bucket &b) {
        const QVariant x = sortKey(a, m_sortColumn);
        const QVariant y = sortKey(b, m_sortColumn);
        const auto order = QVariant::compare(x, y);
        return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    });
}

} // namespace stint
