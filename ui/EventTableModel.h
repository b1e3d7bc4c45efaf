#pragma once

#include "model/Event.h"
#include "storage/EventReader.h"

#include <QAbstractTableModel>

namespace stint {

// The events of one bucket as stored (start, end, duration, data, id), for the Raw data page.
// Sortable by any column: the rows come sorted from the query (only a page of the match is loaded),
// so sorting asks for them again in the new order.
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
    // The order to read the rows in, as the header shows it.
    EventReader::Order order() const { return m_order; }

Q_SIGNALS:
    void orderChanged();

private:
    EventList m_events;
    QStringList m_dataText; // compact JSON per row, made once
    EventReader::Order m_order;
};

} // namespace stint
