#include "util/UnicodeText.h"

namespace stint::unicode {

QString withoutLoneSurrogates(QString text)
{
    if (QStringView(text).isValidUtf16())
        return text; // the usual case: no copy
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace stint::unicode
