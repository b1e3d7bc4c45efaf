#pragma once

#include <QColor>

class QFont;
class QPalette;

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace stint {

// Qt Charts in the application's colours and font, light or dark: the chart on the Base colour,
// labels in Text, a faint grid, slices and bars separated by the background. Call it again after
// adding series or axes, and when the palette or font changes (ChartView does both).
class ChartTheme final
{
public:
    static void apply(QChart *chart, const QPalette &palette, const QFont &font);
    // Grid and axis lines: Text faded into Base.
    static QColor gridColor(const QPalette &palette);
};

} // namespace stint
