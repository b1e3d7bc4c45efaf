#pragma once

#include "model/Event.h"

#include <QAbstractTableModel>

namespace stint {

// The events of one bucket as stored (start, end, duration, data, id), for the Raw data page.
// Sortable by any column.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column { Start, End, Duration, Data, Id, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(EventList events);
    const Event &eventAt(int row) const { return m_events.at(row); }
    const EventList &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void sortRows();
    int rowOfId(qint64 id) const;

    EventList m_events;
    QStringList m_dataText; // compact JSON per row, made once
    int m_sortColumn = Start;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace stint
