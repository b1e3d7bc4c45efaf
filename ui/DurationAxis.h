#pragma once

#include "reports/DurationScale.h"

#include <QCategoryAxis>

namespace stint {

// The value axis of a chart of durations: series values are minutes (valueOf()), the ticks sit
// at the round steps of a DurationScale and read as durations ("30 min", "1 h 30 min").
class DurationAxis final : public QCategoryAxis
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationAxis)

public:
    explicit DurationAxis(QObject *parent = nullptr);

    // A duration as a value on this axis.
    static double valueOf(qint64 nanos);

    // Rescales so that `largest` fits under the top tick.
    void setLargest(qint64 largest);
    const DurationScale &scale() const { return m_scale; }

private:
    DurationScale m_scale;
};

} // namespace stint
