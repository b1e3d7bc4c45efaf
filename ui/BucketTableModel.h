#pragma once

#include "model/Bucket.h"

#include <QAbstractTableModel>

namespace stint {

// The buckets of the database with their statistics, for the Raw data page. Sortable by any column.
class BucketTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketTableModel)

public:
    enum Column { Id, Type, Host, FirstEvent, LastEvent, Events, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setBuckets(BucketList buckets);
    const Bucket &bucketAt(int row) const { return m_buckets.at(row); }
    // Row of the bucket, or -1.
    int rowOf(const QString &bucketId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortRows();

    BucketList m_buckets;
    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace stint
