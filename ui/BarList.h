#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QWidget>

namespace stint {

// A ranked list drawn as horizontal bars: name (and a dimmer detail) above a bar as long as its
// share of the longest entry, the duration on the right. Optionally clickable: a click, or Enter
// on the current row, emits activated(key).
class BarList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarList)

public:
    struct Entry
    {
        QString key; // what activated() reports
        QString label;
        QString detail;
        qint64 duration = 0;
        QColor color;    // invalid: the palette's highlight colour
        int depth = 0;   // indents a subentry (a subcategory under its parent) by this many steps
        QString toolTip; // the label when empty
        QIcon icon;      // shown before the label when set
    };

    explicit BarList(QWidget *parent = nullptr);

    void setEntries(QList<Entry> entries);
    const QList<Entry> &entries() const { return m_entries; }
    void setEmptyText(const QString &text);
    void setClickable(bool clickable);
    // The entry shown as the active filter (empty: none).
    void setSelectedKey(const QString &key);

    // Row under a point in widget coordinates, or -1.
    int rowAt(QPoint point) const;
    QRect rowRect(int row) const;
    // Where the row's name, duration and bar go: the row less its margins and its indent.
    QRect contentRect(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;

    QList<Entry> m_entries;
    QString m_emptyText;
    QString m_selectedKey;
    bool m_clickable = false;
    int m_hover = -1;
    int m_current = -1;
};

} // namespace stint
