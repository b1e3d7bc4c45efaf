#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace stint {

// The red that marks a problem (a bad rule, a failed save), readable on light and dark palettes.
inline const QColor kProblemColor(0xd3, 0x2f, 0x2f);

// Shows a label's text in the problem colour, or back in its parent's usual colour.
inline void setProblemStyle(QWidget &label, bool problem)
{
    QPalette palette = label.parentWidget() ? label.parentWidget()->palette() : label.palette();
    if (problem)
        palette.setColor(QPalette::WindowText, kProblemColor);
    label.setPalette(palette);
}

} // namespace stint
