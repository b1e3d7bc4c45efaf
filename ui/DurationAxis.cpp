#include "DurationAxis.h"

#include "DurationText.h"
#include "model/Timestamp.h"

namespace stint {

DurationAxis::DurationAxis(QObject *parent)
    : QCategoryAxis(parent)
{
    setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setStartValue(0);
    setLargest(0);
}

double DurationAxis::valueOf(qint64 nanos)
{
    return double(nanos) / double(60 * Timestamp::kNanosPerSecond);
}

void DurationAxis::setLargest(qint64 largest)
{
    const DurationScale scale = DurationScale::of(largest);
    if (scale == m_scale)
        return;
    m_scale = scale;
    const QStringList old = categoriesLabels();
    for (const QString &label : old)
        remove(label);
    // QCategoryAxis labels the end of each category: one category per step, named by its top.
    for (int i = 1; i <= scale.intervals(); ++i)
        append(DurationText::format(i * scale.step), valueOf(i * scale.step));
    setRange(0, valueOf(scale.max));
}

} // namespace stint
