#pragma once

#include <QString>

namespace stint::unicode {

// The text with every unpaired UTF-16 surrogate replaced by U+FFFD, everything else unchanged.
// Window titles read as UTF-16 (GetWindowTextW, accessibility APIs) can hold such halves, which
// are no characters: they have no UTF-8 form and could not be stored or exported as they are.
QString withoutLoneSurrogates(QString text);

} // namespace stint::unicode
