#pragma once

#include <QIcon>
#include <QWidget>

namespace stint {

// One view of the main window. Pages read through the ReportThread, never in the GUI thread.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // New data was committed, or the page is being shown after data changed: read again. The
    // main window calls this only while the page is visible.
    virtual void refresh() = 0;
};

} // namespace stint
