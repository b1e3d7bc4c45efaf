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
    // Room for the top tick's label, which sits on the plot's upper edge.
    chart()->setMargins(QMargins(2, fontMetrics().height() / 2 + 2, 8, 2));
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
