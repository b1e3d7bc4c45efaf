#pragma once

#include <QColor>
#include <QPalette>
#include <QStringList>

namespace stint {

// The colour a category is drawn in: the rule's own colour when it has a valid one, otherwise a
// stable pick from a fallback palette by its top-level name; Uncategorized is a neutral grey.
class CategoryColors final
{
public:
    static QColor color(const QStringList &category, const QString &stored, const QPalette &palette = {});
    // Text that stays readable on top of `background`.
    static QColor textOn(const QColor &background);
};

} // namespace stint
