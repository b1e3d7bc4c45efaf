#include "model/Json.h"

#include "model/PlainJsonScanner.h"
#include "util/ByteSearch.h"
#include "util/UnicodeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>

namespace stint::json {

namespace {

void appendUnicodeEscape(QString &out, char16_t u)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    const char16_t escape[] = {u'\\', u'u', kHex[u >> 12], kHex[(u >> 8) & 0xf], kHex[(u >> 4) & 0xf], kHex[u & 0xf]};
    out.append(reinterpret_cast<const QChar *>(escape), 6);
}

bool needsEscape(char16_t u)
{
    return u < 0x20 || u == u'"' || u == u'\\' || QChar::isSurrogate(u);
}

void appendString(QString &out, QStringView text)
{
    out += u'"';
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        // Plain characters are copied a run at once: one append per character was most of
        // the cost of a heartbeat's answer (callgrind).
        qsizetype plain = i;
        while (plain < size && !needsEscape(text[plain].unicode()))
            ++plain;
        out.append(text.sliced(i, plain - i));
        if (plain == size)
            break;
        i = plain;
        const QChar c = text[i];
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
                out += c;
                out += text[++i];
            } else {
                // A control character, or a lone surrogate, which has no UTF-8 form; escaped, as
                // Qt does, it survives the conversion to UTF-8 (and SQLite's, which would fuse it
                // with the next character).
                appendUnicodeEscape(out, u);
            }
        }
        ++i;
    }
    out += u'"';
}

void appendValue(QString &out, const QJsonValue &value);

// A double that is not a whole number Qt holds as an integer, as Qt writes it: the shortest text
// that reads back as the same double.
QByteArray doubleText(double d)
{
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void appendObject(QString &out, const QJsonObject &object)
{
    out += u'{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += u',';
        first = false;
        appendString(out, it.key());
        out += u':';
        appendValue(out, it.value());
    }
    out += u'}';
}

void appendValue(QString &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Double:
        out += QLatin1StringView(numberText(value));
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? u"true" : u"false";
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Array: {
        out += u'[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += u',';
            appendValue(out, array.at(i));
        }
        out += u']';
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += u"null";
        break;
    }
}

// The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(QByteArrayView text)
{
    if (text.isValidUtf8())
        return -1;
    for (qsizetype i = 0; i < text.size();) {
        const auto lead = uchar(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
        if (length == 0 || lead > 0xf4 || i + length > text.size())
            return i;
        char32_t c = lead & (0x7f >> length);
        for (int k = 1; k < length; ++k) {
            const auto next = uchar(text[i + k]);
            if ((next & 0xc0) != 0x80)
                return i;
            c = (c << 6) | (next & 0x3f);
        }
        static constexpr char32_t kShortest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (c < kShortest[length] || c > 0x10ffff || QChar::isSurrogate(c))
            return i;
        i += length;
    }
    return -1;
}

// The UTF-16 unit of the four hex digits at `at`, or -1.
int hexUnit(QByteArrayView text, qsizetype at)
{
    if (at + 4 > text.size())
        return -1;
    int unit = 0;
    for (const char c : text.sliced(at, 4)) {
        const int digit = QByteArrayView("0123456789abcdef").indexOf(char(c | 0x20));
        if (digit < 0 || !std::isxdigit(uchar(c)))
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Where the JSON string opened by the quote at `quote` ends: its closing quote (escapes
// skipped), or the end of the text when it is cut.
qsizetype stringEnd(QByteArrayView text, qsizetype quote)
{
    // memchr to the next quote, which ends the string unless an odd run of backslashes escapes
    // it: a byte at a time, this loop was the checks' largest cost in the heartbeat profile.
    const char *const data = text.data();
    qsizetype from = quote + 1;
    while (from < text.size()) {
        const auto *found = static_cast<const char *>(std::memchr(data + from, '"', size_t(text.size() - from)));
        if (!found)
            break;
        const qsizetype at = found - data;
        qsizetype backslashes = 0;
        while (at - backslashes - 1 > quote && data[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at;
        from = at + 1;
    }
    return text.size();
}

// Calls visit(i) for each byte of JSON text outside its strings (quotes and escapes skipped);
// visit returns where to go on from.
template<typename Visit>
void forEachOutsideStrings(QByteArrayView text, Visit visit)
{
    qsizetype i = 0;
    while (i < text.size())
        i = text[i] == '"' ? stringEnd(text, i) + 1 : visit(i);
}

// Qt's JSON reader drops a U+FEFF that opens a string, taking it for a byte order mark; written
// as an escape it is kept. A quote and a raw U+FEFF are rewritten so wherever they come: inside a
// string (after \") the escape means the same, and outside one the text is malformed either way.
// Parse errors after one are placed five bytes late. Rare: the text is not copied without one.
QByteArray keepingLeadingBoms(QByteArray text)
{
    static constexpr QByteArrayView kQuoteBom("\"\xEF\xBB\xBF");
    if (findBytes(text, kQuoteBom) >= 0)
        text.replace(kQuoteBom, QByteArrayView("\"\\ufeff"));
    return text;
}

// A JSON string's content with its escapes decoded to UTF-8, to compare names as characters. A
// lone surrogate escape becomes the three bytes UTF-8 would give it (no valid UTF-8 has them), so
// "\ud800" and "\udbff" stay apart.
QByteArray decodeKey(QByteArrayView raw)
{
    QByteArray out;
    out.reserve(raw.size());
    const auto append = [&out](char32_t c) {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xc0 | (c >> 6));
            out += char(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out += char(0xe0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        } else {
            out += char(0xf0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3f));
            out += char(0x80 | ((c >> 6) & 0x3f));
            out += char(0x80 | (c & 0x3f));
        }
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        const char kind = raw[++i];
        const int unit = kind == 'u' ? hexUnit(raw, i + 1) : -1;
        if (unit < 0) {
            static constexpr char kFrom[] = "bfnrt", kTo[] = "\b\f\n\r\t";
            const char *simple = std::find(kFrom, kFrom + 5, kind);
            out += simple != kFrom + 5 ? kTo[simple - kFrom] : kind; // '"', '\\', '/'
            continue;
        }
        i += 4;
        const int low = i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u' ? hexUnit(raw, i + 3) : -1;
        if (QChar::isHighSurrogate(char32_t(unit)) && low >= 0 && QChar::isLowSurrogate(char32_t(low))) {
            append(QChar::surrogateToUcs4(char16_t(unit), char16_t(low)));
            i += 6;
        } else {
            append(char32_t(unit));
        }
    }
    return out;
}

} // namespace

QByteArray numberText(const QJsonValue &number)
{
    // As Qt writes numbers: whole values below 2^53 as integers, a whole number Qt holds as a
    // 64-bit integer (it does past 2^53 too) exactly, others shortest round-trip, and non-finite
    // values (which JSON cannot hold) as null. toDouble() would round the integers past 2^53: a
    // client's 9007199254740993 must come back as it went in.
    const double d = number.toDouble();
    if (!std::isfinite(d))
        return QByteArrayLiteral("null");
    if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
        return QByteArray::number(qint64(d));
    if (d == std::floor(d) && number.toVariant().typeId() == QMetaType::LongLong)
        return QByteArray::number(number.toInteger());
    return doubleText(d);
}

qsizetype numberEnd(QByteArrayView text, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < text.size() && (std::isdigit(uchar(text[end])) || QByteArrayView(".eE+-").contains(text[end])))
        ++end;
    return end;
}

bool isJsonNumber(QByteArrayView number)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < number.size() && std::isdigit(uchar(number[i])))
            ++i;
        return i - from;
    };
    if (i < number.size() && number[i] == '-')
        ++i;
    const qsizetype from = i;
    const qsizetype whole = digits();
    if (whole == 0 || (whole > 1 && number[from] == '0'))
        return false;
    if (i < number.size() && number[i] == '.') {
        ++i;
        if (digits() == 0)
            return false;
    }
    if (i < number.size() && (number[i] == 'e' || number[i] == 'E')) {
        ++i;
        if (i < number.size() && (number[i] == '+' || number[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == number.size();
}

QString toCompactText(const QJsonObject &object)
{
    QString out;
    out.reserve(64);
    appendObject(out, object);
    return out;
}

QString toCompactText(const QJsonValue &value)
{
    QString out;
    appendValue(out, value);
    return out;
}

QByteArray toCompact(const QJsonObject &object)
{
    return toCompactText(object).toUtf8();
}

QByteArray toCompact(const QJsonValue &value)
{
    return toCompactText(value).toUtf8();
}

std::optional<QJsonValue> parseValue(QByteArrayView text, QString *error)
{
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text.data(), text.size()).append(']');
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(keepingLeadingBoms(wrapped), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError ? QStringLiteral("malformed JSON at offset %1: %2")
                                                                        .arg(qMax(0, parseError.offset - 1))
                                                                        .arg(parseError.errorString())
                                                                  : QStringLiteral("expected exactly one JSON value");
        }
        return std::nullopt;
    }
    return doc.array().at(0);
}

std::optional<QJsonObject> parseObject(QByteArrayView text, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(keepingLeadingBoms(QByteArray::fromRawData(text.data(), text.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error =
                QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("expected a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

bool checkUnicode(QByteArrayView text, QString *error)
{
    if (const qsizetype at = firstInvalidUtf8(text); at >= 0) {
        if (error)
            *error = QStringLiteral("the byte 0x%1 at offset %2 is not valid UTF-8")
                         .arg(uint(uchar(text[at])), 2, 16, QLatin1Char('0'))
                         .arg(at);
        return false;
    }
    // A backslash outside a string is a syntax error the parser reports, so strings need no tracking.
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != '\\')
            continue;
        const int unit = text[i + 1] == 'u' ? hexUnit(text, i + 2) : -1;
        if (unit < 0) {
            ++i; // "\\", "\"" and the like
            continue;
        }
        if (QChar::isHighSurrogate(char32_t(unit)) && text.sliced(i + 6).startsWith("\\u")
            && QChar::isLowSurrogate(char32_t(std::max(0, hexUnit(text, i + 8))))) {
            i += 11;
            continue;
        }
        if (QChar::isSurrogate(char32_t(unit))) {
            if (error)
                *error = QStringLiteral("\\u%1 at offset %2 is a lone UTF-16 surrogate, not a character")
                             .arg(unit, 4, 16, QLatin1Char('0'))
                             .arg(i);
            return false;
        }
        i += 5;
    }
    return true;
}

int nestingDepth(QByteArrayView text)
{
    int depth = 0;
    int deepest = 0;
    forEachOutsideStrings(text, [&](qsizetype i) {
        if (text[i] == '[' || text[i] == '{')
            deepest = std::max(deepest, ++depth);
        else if (text[i] == ']' || text[i] == '}')
            --depth;
        return i + 1;
    });
    return deepest;
}

int nestingDepth(const QJsonValue &value)
{
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, nestingDepth(it.value()));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            deepest = std::max(deepest, nestingDepth(item));
    } else {
        return 0;
    }
    return deepest + 1;
}

bool checkNumbers(QByteArrayView text, QString *error)
{
    bool ok = true;
    forEachOutsideStrings(text, [&](qsizetype i) -> qsizetype {
        const char c = text[i];
        if (c != '-' && c != '.' && !std::isdigit(uchar(c)))
            return i + 1;
        const qsizetype end = numberEnd(text, i);
        const QByteArrayView number = text.sliced(i, end - i);
        const auto refuse = [&](const QString &why) {
            if (error)
                *error = why.arg(QString::fromLatin1(number)).arg(i);
            ok = false;
            return text.size(); // the first one is enough
        };
        const bool whole = !number.contains('.') && !number.contains('e') && !number.contains('E');
        qint64 value = 0;
        double nearest = 0;
        if (whole && std::from_chars(number.begin(), number.end(), value).ec == std::errc::result_out_of_range
            && (std::from_chars(number.begin(), number.end(), nearest).ec != std::errc()
                || doubleText(nearest) != number))
            return refuse(QStringLiteral("the whole number %1 at offset %2 is outside the range kept exactly "
                                         "(-9223372036854775808 to 9223372036854775807)"));
        return end;
    });
    return ok;
}

bool checkSyntax(QByteArrayView text, QString *error)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = uchar(text[i]);
        if (c == '-' || c == '.' || std::isdigit(c)) {
            const qsizetype end = numberEnd(text, i);
            if (!isJsonNumber(text.sliced(i, end - i))) {
                if (error)
                    *error = QStringLiteral("%1 at offset %2 is not a JSON number")
                                 .arg(QString::fromLatin1(text.sliced(i, end - i)))
                                 .arg(i);
                return false;
            }
            i = end - 1;
            continue;
        }
        if (c >= 0x80) {
            // Qt's reader skips a byte order mark that begins the text; one is taken off before
            // the checks (withoutByteOrderMark), so one here is a second.
            if (error)
                *error = text.sliced(i).startsWith(unicode::kUtf8Bom)
                    ? QStringLiteral("a byte order mark (U+FEFF) at offset %1 is outside any string").arg(i)
                    : QStringLiteral("the byte 0x%1 at offset %2 is outside any string").arg(uint(c), 2, 16).arg(i);
            return false;
        }
        if (c != '"')
            continue;
        const qsizetype end = stringEnd(text, i);
        for (qsizetype k = i + 1; k < end; ++k) {
            const auto inside = uchar(text[k]);
            if (inside < 0x20) {
                if (error)
                    *error = QStringLiteral("the control character 0x%1 at offset %2 is not escaped")
                                 .arg(uint(inside), 2, 16, QLatin1Char('0'))
                                 .arg(k);
                return false;
            }
            if (inside != '\\')
                continue;
            ++k;
            if (k < end && !QByteArrayView("\"\\/bfnrtu").contains(text[k])) {
                if (error)
                    *error = QStringLiteral("\\%1 at offset %2 is not a JSON escape")
                                 .arg(QString::fromUtf8(text.sliced(k, 1)))
                                 .arg(k - 1);
                return false;
            }
        }
        i = end;
    }
    return true;
}

bool checkUniqueKeys(QByteArrayView text, QString *error)
{
    // The keys of the objects open at the position, each object's after its parent's: at its '}'
    // an object's keys are sorted, so a repeated one lies next to its twin, and dropped. Memory
    // follows the open objects, not the whole text.
    struct Key
    {
        QByteArrayView raw; // the name as written, when it has no escapes
        QByteArray decoded; // else decoded (see decodeKey)
        qsizetype offset;
        QByteArrayView name() const { return decoded.isNull() ? raw : QByteArrayView(decoded); }
    };
    // On the stack for the small objects of a heartbeat: no allocation on every request.
    QVarLengthArray<Key, 16> keys;
    QVarLengthArray<qsizetype, 8> open; // per open object, where its keys begin in `keys`; -1 for an array
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' || c == '[') {
            open.push_back(c == '{' ? qsizetype(keys.size()) : -1);
        } else if ((c == '}' || c == ']') && !open.empty()) {
            const qsizetype first = open.back();
            open.pop_back();
            if (first < 0)
                continue;
            const auto begin = keys.begin() + first;
            std::sort(begin, keys.end(), [](const Key &a, const Key &b) {
                return std::pair(a.name(), a.offset) < std::pair(b.name(), b.offset);
            });
            const auto twin =
                std::adjacent_find(begin, keys.end(), [](const Key &a, const Key &b) { return a.name() == b.name(); });
            if (twin != keys.end()) {
                if (error)
                    *error = QStringLiteral("the key \"%1\" comes twice in one object (at offsets %2 and %3)")
                                 .arg(QString::fromUtf8(twin->name()))
                                 .arg(twin->offset)
                                 .arg((twin + 1)->offset);
                return false;
            }
            keys.resize(first);
        } else if (c == '"') {
            const qsizetype start = i;
            i = stringEnd(text, start);
            qsizetype next = i + 1;
            while (next < text.size() && QByteArrayView(" \t\r\n").contains(text[next]))
                ++next;
            if (next >= text.size() || text[next] != ':' || open.empty() || open.back() < 0)
                continue; // a value, or malformed text (the callers parse it first)
            const QByteArrayView raw = text.sliced(start + 1, i - start - 1);
            keys.push_back({raw, raw.contains('\\') ? decodeKey(raw) : QByteArray(), start});
        }
    }
    return true;
}

bool checkBeforeParsing(QByteArrayView text, QString *error)
{
    QString why;
    const auto refused = [&](const QString &what) {
        if (error)
            *error = what.arg(why);
        return false;
    };
    if (!checkUnicode(text, &why))
        return refused(QStringLiteral("not valid Unicode: %1"));
    if (!checkSyntax(text, &why))
        return refused(QStringLiteral("malformed JSON: %1"));
    if (!checkNumbers(text, &why))
        return refused(QStringLiteral("a number Stint cannot keep: %1"));
    return true;
}

bool checkAfterParsing(QByteArrayView text, QString *error)
{
    QString why;
    if (checkUniqueKeys(text, &why))
        return true;
    if (error)
        *error = QStringLiteral("a key named twice: %1").arg(why);
    return false;
}

namespace {

template<typename Parse>
auto parseChecked(QByteArrayView text, QString *error, Parse parse) -> decltype(parse(text, error))
{
    text = withoutByteOrderMark(text);
    // Text in the plain form passes every check; only other text is walked by each of them.
    const bool plain = PlainJsonScanner::isPlain(text);
    if (!plain && !checkBeforeParsing(text, error))
        return std::nullopt;
    auto parsed = parse(text, error);
    if (parsed && !plain && !checkAfterParsing(text, error))
        return std::nullopt;
    return parsed;
}

} // namespace

QByteArrayView withoutByteOrderMark(QByteArrayView text)
{
    return text.startsWith(unicode::kUtf8Bom) ? text.sliced(unicode::kUtf8Bom.size()) : text;
}

std::optional<QJsonValue> parseExternal(QByteArrayView text, QString *error)
{
    return parseChecked(text, error, parseValue);
}

std::optional<QJsonObject> parseExternalObject(QByteArrayView text, QString *error)
{
    return parseChecked(text, error, parseObject);
}

} // namespace stint::json
