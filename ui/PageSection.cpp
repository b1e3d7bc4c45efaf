#include "PageSection.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace stint {

QWidget *pageSection(const QString &title, QWidget *content, QWidget *parent, QLabel **titleLabel)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    auto *label = new QLabel(title, frame);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    // Charts have no text of their own for screen readers.
    if (content->accessibleName().isEmpty())
        content->setAccessibleName(title);
    if (titleLabel)
        *titleLabel = label;
    return frame;
}

} // namespace stint
