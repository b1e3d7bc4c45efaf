#pragma once

#include <QByteArrayView>
#include <QString>

namespace stint::unicode {

// The text with every unpaired UTF-16 surrogate replaced by U+FFFD, everything else unchanged.
// Window titles read as UTF-16 (GetWindowTextW, accessibility APIs) can hold such halves, which
// are no characters: they have no UTF-8 form and could not be stored or exported as they are.
QString withoutLoneSurrogates(QString text);

// U+FEFF in UTF-8: a byte order mark at the start of a text, a character anywhere else.
inline constexpr QByteArrayView kUtf8Bom("\xEF\xBB\xBF");
// UTF-8 as QString::fromUtf8 reads it, but a U+FEFF at the start is kept: fromUtf8 drops it as a
// byte order mark, while in a name (a bucket id in a path, a bucket's name in a database) it is
// a character of the name.
QString fromUtf8(QByteArrayView utf8);
// Whether `text` begins with U+FEFF: SQLite drops it from text bound as UTF-16 (as Qt binds a
// QString), taking it for a byte order mark, so a name that begins with one cannot be stored.
inline bool startsWithBom(QStringView text)
{
    return text.startsWith(QChar(0xfeff));
}

} // namespace stint::unicode
