#pragma once

#include "util/UnicodeText.h"

#include <QJsonValue>
#include <QRandomGenerator>
#include <QString>
#include <QVariant>

namespace stint::test {

// Text of any UTF-16 units, weighted towards those that break writers: lone surrogates of both
// kinds, NUL and other controls, U+FFFE/U+FFFF, astral characters as pairs, quotes, backslashes.
inline QString randomText(QRandomGenerator &random, int maxLength)
{
    QString text;
    for (int i = random.bounded(maxLength + 1); i > 0; --i) {
        switch (random.bounded(9)) {
        case 0:
            text += QChar(char16_t(random.bounded(0xd800, 0xdc00))); // high, usually unpaired
            break;
        case 1:
            text += QChar(char16_t(random.bounded(0xdc00, 0xe000))); // low, usually unpaired
            break;
        case 2:
            text += QChar(char16_t(random.bounded(0, 0x20)));
            break;
        case 3:
            text += QChar(char16_t(random.bounded(2) ? 0xffff : 0xfffe));
            break;
        case 4: {
            const char32_t astral = random.bounded(0x10000, 0x110000);
            text += QString::fromUcs4(&astral, 1);
            break;
        }
        case 5:
            text += QChar(u"\"\\/"[random.bounded(3)]);
            break;
        case 6:
            text += QChar(char16_t(random.bounded(0x80, 0x10000)));
            break;
        default:
            text += QChar(char16_t(random.bounded(0x20, 0x7f)));
        }
    }
    return text;
}

// The same, with every lone surrogate made U+FFFD: valid Unicode, still with NUL, U+FFFF, astral.
inline QString randomValidText(QRandomGenerator &random, int maxLength)
{
    return unicode::withoutLoneSurrogates(randomText(random, maxLength));
}

// Whether two JSON values hold the same keys and values. QJsonObject's own == can say no to equal
// objects (Qt 6.4): parsed keys are sorted by code point, inserted ones by UTF-16 unit, which
// differ once astral characters meet U+E000..U+FFFF. QVariantMap sorts both one way.
inline bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    return a.toVariant() == b.toVariant();
}

} // namespace stint::test
