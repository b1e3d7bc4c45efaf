#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace stint {

// A ring of slices (the top-level categories) with the total in the hole and a legend beside it.
// Clicking a slice or its legend row emits activated(key).
class CategoryDonut final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryDonut)

public:
    struct Slice
    {
        QString key;
        QString label;
        qint64 duration = 0;
        QColor color;
    };

    explicit CategoryDonut(QWidget *parent = nullptr);

    void setSlices(QList<Slice> slices);
    const QList<Slice> &slices() const { return m_slices; }
    void setCenterText(const QString &text);
    void setSelectedKey(const QString &key);

    // The slice (or legend row) under a point, or -1.
    int sliceAt(QPointF point) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF ringRect() const;
    QRect legendRow(int index) const;
    qint64 total() const;
    QString valueText(const Slice &slice, qint64 sum, bool withDuration) const;

    QList<Slice> m_slices;
    QString m_centerText;
    QString m_selectedKey;
};

} // namespace stint
