#include "EventTableModel.h"

#include "model/Json.h"
#include "util/DisplayText.h"

#include <algorithm>
#include <numeric>

namespace stint {

void EventTableModel::setEvents(EventList events)
{
    beginResetModel();
    m_events = std::move(events);
    m_dataText.clear();
    m_dataText.reserve(m_events.size());
    for (const Event &event : m_events)
        m_dataText.append(json::toCompactText(event.data));
    sortRows();
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

int EventTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == id)
            return row;
    }
    return -1;
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Selected rows stay selected: persistent indexes follow their event.
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_events.at(index.row()).id);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOfId(ids.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventTableModel::sortRows()
{
    // The data column's text was made once in setEvents, row for row with m_events.
    const QStringList texts = std::move(m_dataText);
    std::vector<int> order(size_t(m_events.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto less = [&](int a, int b) {
        const Event &x = m_events.at(a);
        const Event &y = m_events.at(b);
        switch (m_sortColumn) {
        case End:
            return x.end() < y.end();
        case Duration:
            return x.duration < y.duration;
        case Data:
            return texts.at(a) < texts.at(b);
        case Id:
            return x.id < y.id;
        default:
            return x.start < y.start;
        }
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_sortOrder == Qt::AscendingOrder ? less(a, b) : less(b, a); });
    EventList events;
    events.reserve(m_events.size());
    m_dataText.clear();
    for (int row : order) {
        events.append(m_events.at(row));
        m_dataText.append(texts.at(row));
    }
    m_events = std::move(events);
}

} // namespace stint
