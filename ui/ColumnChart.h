#pragma once

#include <QList>
#include <QWidget>

namespace stint {

// Vertical bars over labelled slots (hours of a day, days of a week or month, months of a year),
// with a light grid and the largest value on the scale. Labels that would collide are thinned out.
class ColumnChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChart)

public:
    struct Column
    {
        QString label;   // under the bar
        QString tooltip; // what the slot is, in full
        qint64 duration = 0;
    };

    explicit ColumnChart(QWidget *parent = nullptr);

    void setColumns(QList<Column> columns);
    const QList<Column> &columns() const { return m_columns; }

    int columnAt(QPoint point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    qint64 scaleTop() const;

    QList<Column> m_columns;
};

} // namespace stint
