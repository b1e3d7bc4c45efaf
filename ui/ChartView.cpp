#include "ChartView.h"

#include "ChartTheme.h"

#include <QEvent>
#include <QGraphicsLayout>

namespace stint {

ChartView::ChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setMargins(QMargins(0, 0, 0, 0));
    updateTheme();
}

void ChartView::updateTheme()
{
    const QPalette &pal = palette();
    setBackgroundBrush(pal.color(QPalette::Base));
    ChartTheme::apply(chart(), pal, font());
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateTheme();
        Q_EMIT themeChanged();
        break;
    default:
        break;
    }
}

} // namespace stint
