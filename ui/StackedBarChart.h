#pragma once

#include "ChartView.h"

#include <QColor>
#include <QList>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
QT_END_NAMESPACE

namespace stint {

class DurationAxis;

// Durations over labelled slots (hours of a day, days of a week or month, months of a year), each
// bar stacked from one part per series (a top-level category in its colour). The value axis
// ticks at round durations (DurationAxis). Hovering a bar shows its parts; clicking one emits
// activated(column).
class StackedBarChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StackedBarChart)

public:
    struct Column
    {
        QString label; // under the bar
        QString title; // what the slot is, in full
    };
    struct Part
    {
        QString label;
        QColor color;
        QList<qint64> durations; // one per column
    };

    explicit StackedBarChart(QWidget *parent = nullptr);

    void setData(QList<Column> columns, QList<Part> parts);
    const QList<Column> &columns() const { return m_columns; }
    const QList<Part> &parts() const { return m_parts; }
    // The total of a column.
    qint64 duration(int column) const;
    // What hovering a column shows.
    QString describe(int column) const;

    QStackedBarSeries *series() const { return m_series; }
    DurationAxis *valueAxis() const { return m_valueAxis; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }

    QSize sizeHint() const override;

Q_SIGNALS:
    void activated(int column);

private:
    void hover(bool entered, int column);

    QList<Column> m_columns;
    QList<Part> m_parts;
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    DurationAxis *m_valueAxis = nullptr;
};

} // namespace stint
