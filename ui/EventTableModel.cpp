#include "EventTableModel.h"

#include "model/Json.h"
#include "util/DisplayText.h"

namespace stint {

void EventTableModel::setEvents(EventList events)
{
    beginResetModel();
    m_events = std::move(events);
    m_dataText.clear();
    m_dataText.reserve(m_events.size());
    for (const Event &event : m_events)
        m_dataText.append(json::toCompactText(event.data));
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const Event &event = m_events.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == Duration || index.column() == Id))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Start:
        return display::localTime(event.start);
    case End:
        return display::localTime(event.end());
    case Duration:
        return display::clockDuration(event.duration);
    case Data:
        return m_dataText.at(index.row());
    case Id:
        return event.id;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("Start");
    case End:
        return tr("End");
    case Duration:
        return tr("Duration");
    case Data:
        return tr("Data");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    EventReader::Order wanted;
    switch (column) {
    case End:
        wanted.key = EventReader::Order::End;
        break;
    case Duration:
        wanted.key = EventReader::Order::Duration;
        break;
    case Data:
        wanted.key = EventReader::Order::Data;
        break;
    case Id:
        wanted.key = EventReader::Order::Id;
        break;
    default:
        wanted.key = EventReader::Order::Start;
        break;
    }
    wanted.descending = order == Qt::DescendingOrder;
    if (wanted.key == m_order.key && wanted.descending == m_order.descending)
        return;
    m_order = wanted;
    Q_EMIT orderChanged();
}

} // namespace stint
