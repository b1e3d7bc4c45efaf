#include "watchers/x11/CompoundText.h"

#include <QByteArray>
#include <QStringDecoder>

namespace stint {
namespace {

constexpr char kEsc = 0x1b;
constexpr unsigned char kCsi = 0x9b;

// What a half (GL = 0x21..0x7e, GR = 0xa0..0xff) of the code space currently means.
struct CharacterSet
{
    const char *codec = nullptr; // a QStringDecoder name; null: unknown set
    int bytesPerChar = 1;
    bool highBit = false; // set bit 7 on every byte before decoding (94^n sets in GL -> EUC)
};

constexpr CharacterSet kAscii{"ISO-8859-1", 1, false};
constexpr CharacterSet kLatin1Right{"ISO-8859-1", 1, false};

// ESC - F: a 96-character set into GR.
CharacterSet iso8859Set(char finalByte)
{
    switch (finalByte) {
    case 'A':
        return {"ISO-8859-1"};
    case 'B':
        return {"ISO-8859-2"};
    case 'C':
        return {"ISO-8859-3"};
    case 'D':
        return {"ISO-8859-4"};
    case 'F':
        return {"ISO-8859-7"};
    case 'G':
        return {"ISO-8859-6"};
    case 'H':
        return {"ISO-8859-8"};
    case 'L':
        return {"ISO-8859-5"};
    case 'M':
        return {"ISO-8859-9"};
    case 'T':
        return {"TIS-620"};
    case 'Y':
        return {"ISO-8859-13"};
    case '_':
        return {"ISO-8859-14"};
    case 'b':
        return {"ISO-8859-15"};
    case 'f':
        return {"ISO-8859-16"};
    default:
        return {};
    }
}

// ESC $ ( F / ESC $ ) F: a 94x94 set; decoded through its EUC form.
CharacterSet doubleByteSet(char finalByte, bool inGl)
{
    const char *codec = nullptr;
    switch (finalByte) {
    case 'A':
        codec = "GB2312";
        break;
    case 'B':
        codec = "EUC-JP";
        break;
    case 'C':
        codec = "EUC-KR";
        break;
    default:
        break;
    }
    return {codec, 2, inGl};
}

class Decoder
{
public:
    explicit Decoder(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    QString run()
    {
        qsizetype i = 0;
        while (i < m_bytes.size()) {
            const auto byte = static_cast<unsigned char>(m_bytes[i]);
            if (byte == static_cast<unsigned char>(kEsc)) {
                i = escape(i);
            } else if (byte == kCsi) {
                // A direction change (CSI 1 ], CSI 2 ], CSI ]): no characters.
                flush();
                ++i;
                while (
                    i < m_bytes.size()
                    && (static_cast<unsigned char>(m_bytes[i]) < 0x40 || static_cast<unsigned char>(m_bytes[i]) > 0x7e))
                    ++i;
                ++i;
            } else if (byte == 0x20 || byte == 0x09 || byte == 0x0a) {
                flush();
                m_text += QLatin1Char(char(byte));
                ++i;
            } else if (byte >= 0x21 && byte <= 0x7e) {
                i = character(m_gl, i);
            } else if (byte >= 0xa0) {
                i = character(m_gr, i);
            } else {
                ++i; // other control characters are not allowed; skip them
            }
        }
        flush();
        return m_text;
    }

private:
    qsizetype character(const CharacterSet &set, qsizetype i)
    {
        const qsizetype end = std::min(i + set.bytesPerChar, m_bytes.size());
        if (!set.codec) {
            flush();
            m_text += QChar(QChar::ReplacementCharacter);
            return end;
        }
        if (m_pendingCodec && qstrcmp(m_pendingCodec, set.codec) != 0)
            flush();
        m_pendingCodec = set.codec;
        for (qsizetype j = i; j < end; ++j)
            m_pending += char(set.highBit ? (m_bytes[j] | 0x80) : m_bytes[j]);
        return end;
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        QStringDecoder decoder(m_pendingCodec);
        if (decoder.isValid())
            m_text += decoder.decode(m_pending);
        else
            m_text += QString(m_pending.size(), QChar(QChar::ReplacementCharacter));
        m_pending.clear();
        m_pendingCodec = nullptr;
    }

    // Returns the index after the escape sequence (or, for a UTF-8 segment, after its end).
    qsizetype escape(qsizetype i)
    {
        flush();
        const auto at = [this](qsizetype k) { return k < m_bytes.size() ? m_bytes[k] : '\0'; };
        const char a = at(i + 1);
        const char b = at(i + 2);
        const char c = at(i + 3);
        if (a == '%' && b == 'G') {
            // X.Org's UTF-8 segment, up to ESC % @.
            const qsizetype start = i + 3;
            qsizetype end = start;
            while (end < m_bytes.size() && !(m_bytes[end] == kEsc && at(end + 1) == '%' && at(end + 2) == '@'))
                ++end;
            m_text += QString::fromUtf8(m_bytes.sliced(start, end - start));
            return std::min(end + 3, m_bytes.size());
        }
        if (a == '(') { // 94 set into GL
            m_gl = (b == 'B' || b == 'J') ? kAscii : CharacterSet{};
            return i + 3;
        }
        if (a == ')') { // 94 set into GR: none that Stint knows
            m_gr = CharacterSet{};
            return i + 3;
        }
        if (a == '-') { // 96 set into GR
            m_gr = iso8859Set(b);
            return i + 3;
        }
        if (a == '$' && (b == '(' || b == ')')) {
            (b == '(' ? m_gl : m_gr) = doubleByteSet(c, b == '(');
            return i + 4;
        }
        if (a == '$' && (b == 'A' || b == 'B' || b == 'C')) { // the short form of ESC $ ( F
            m_gl = doubleByteSet(b, true);
            return i + 3;
        }
        // Anything else: skip the intermediate bytes and the final byte.
        qsizetype k = i + 1;
        while (k < m_bytes.size() && m_bytes[k] >= 0x20 && m_bytes[k] <= 0x2f)
            ++k;
        return k + 1;
    }

    QByteArrayView m_bytes;
    QString m_text;
    CharacterSet m_gl = kAscii;
    CharacterSet m_gr = kLatin1Right;
    QByteArray m_pending;
    const char *m_pendingCodec = nullptr;
};

} // namespace

QString decodeCompoundText(QByteArrayView bytes)
{
    return Decoder(bytes).run();
}

} // namespace stint
