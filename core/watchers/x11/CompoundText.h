#pragma once

#include <QByteArrayView>
#include <QString>

namespace stint {

// Decodes X11 Compound Text (the COMPOUND_TEXT property type; xterm, for one, stores its
// non-ASCII titles in WM_NAME this way): ISO 2022 segments of Latin-1, the other ISO 8859 sets,
// the JIS X 0208 / GB 2312 / KS C 5601 double-byte sets and X.Org's UTF-8 segments. Characters
// of a set it does not know become U+FFFD.
QString decodeCompoundText(QByteArrayView bytes);

} // namespace stint
