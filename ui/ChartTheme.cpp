#include "ChartTheme.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QLegend>
#include <QPalette>
#include <QPieSeries>
#include <QPieSlice>

namespace stint {

QColor ChartTheme::gridColor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    constexpr float kText = 0.18f;
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * kText,
                            base.greenF() + (text.greenF() - base.greenF()) * kText,
                            base.blueF() + (text.blueF() - base.blueF()) * kText);
}

void ChartTheme::apply(QChart *chart, const QPalette &palette, const QFont &font)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = gridColor(palette);

    // A refresh replaces the data; sliding bars would only delay the numbers.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setTitleBrush(text);
    chart->setTitleFont(font);

    QLegend *legend = chart->legend();
    legend->setBackgroundVisible(false);
    legend->setLabelColor(text);
    legend->setFont(font);

    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(font);
        axis->setTitleBrush(text);
        axis->setTitleFont(font);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
    }

    const auto series = chart->series();
    for (QAbstractSeries *one : series) {
        if (auto *pie = qobject_cast<QPieSeries *>(one)) {
            const auto slices = pie->slices();
            for (QPieSlice *slice : slices) {
                slice->setBorderColor(base);
                slice->setLabelColor(text);
                slice->setLabelFont(font);
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(one)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setBorderColor(base);
                set->setLabelColor(text);
                set->setLabelFont(font);
            }
        }
    }
}

} // namespace stint
