#pragma once

#include "ChartView.h"

#include <QColor>
#include <QList>

QT_BEGIN_NAMESPACE
class QGraphicsTextItem;
class QPieSeries;
class QPieSlice;
QT_END_NAMESPACE

namespace stint {

// A ring of slices with their legend and a text in the hole: the total, or the name, time and share
// of the slice under the mouse (also as a tooltip). Clicking a slice or its legend entry emits
// activated(key); the selected slice stands out of the ring.
class DonutChart final : public ChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DonutChart)

public:
    struct Slice
    {
        QString key;
        QString label;
        qint64 duration = 0;
        QColor color;
    };

    explicit DonutChart(QWidget *parent = nullptr);

    void setSlices(QList<Slice> slices);
    const QList<Slice> &slices() const { return m_slices; }
    void setCenterText(const QString &text);
    // What the hole shows now.
    QString centerText() const;
    void setSelectedKey(const QString &key);

    QPieSeries *series() const { return m_series; }
    // The slice at `index` of slices(), as drawn.
    QPieSlice *pieSlice(int index) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void activated(const QString &key);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void hover(int index, bool entered);
    void showCenter(const QString &text);
    void placeCenter();
    QString describe(int index) const;

    QList<Slice> m_slices;
    QString m_centerText;
    QString m_selectedKey;
    QPieSeries *m_series = nullptr;
    QGraphicsTextItem *m_center = nullptr;
};

} // namespace stint
