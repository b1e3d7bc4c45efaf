#pragma once

#include <QChartView>

namespace stint {

// A QChartView that keeps its chart in the application's theme (ChartTheme): crisp on HiDPI
// screens, without animations, and re-themed when the palette or font changes.
class ChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Applies the theme to everything in the chart now (call after adding series or axes).
    void updateTheme();

Q_SIGNALS:
    // The palette or font changed and the chart was re-themed; colours derived from the palette
    // (such as a neutral series) should be set again.
    void themeChanged();

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace stint
