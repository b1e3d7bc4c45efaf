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

QString fromUtf8(QByteArrayView utf8)
{
    QString text;
    while (utf8.startsWith(kUtf8Bom)) { // fromUtf8 drops only the first, but one at a time
        text += QChar(0xfeff);
        utf8 = utf8.sliced(kUtf8Bom.size());
    }
    return text + QString::fromUtf8(utf8);
}

} // namespace stint::unicode
