#pragma once

#include <QWidget>

namespace stint {

// One line of text that shrinks with its layout and ends in "…" when it does not fit, with the
// whole text as tooltip; a QLabel would widen the window for a long window title instead.
class ElidedLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace stint
