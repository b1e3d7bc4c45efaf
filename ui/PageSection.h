#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace stint {

// A titled panel on the Base colour, so the charts and figures of a page stand out from the
// window background. `titleLabel`, when given, receives the title so it can change later.
QWidget *pageSection(const QString &title, QWidget *content, QWidget *parent, QLabel **titleLabel = nullptr);

} // namespace stint
