#include "model/PlainJsonScanner.h"

#include "model/Json.h"

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace stint::json {
namespace {

// Deeper text takes the checked path, which has its own limits; no client's data nests so far.
constexpr int kMaxDepth = 64;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

PlainJsonScanner::PlainJsonScanner(QByteArrayView text)
    : m_at(text.begin())
    , m_end(text.end())
{
}

bool PlainJsonScanner::isPlain(QByteArrayView text)
{
    PlainJsonScanner scanner(text);
    if (!scanner.value(0))
        return false;
    scanner.skipSpace();
    return scanner.m_at == scanner.m_end;
}

void PlainJsonScanner::skipSpace()
{
    while (m_at < m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
        ++m_at;
}

bool PlainJsonScanner::value(int depth)
{
    skipSpace();
    if (m_at == m_end)
        return false;
    switch (*m_at) {
    case '{':
        return depth < kMaxDepth && object(depth + 1);
    case '[':
        return depth < kMaxDepth && array(depth + 1);
    case '"': {
        QByteArrayView raw;
        return string(&raw);
    }
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        return number();
    }
}

bool PlainJsonScanner::literal(QByteArrayView word)
{
    if (!QByteArrayView(m_at, m_end).startsWith(word))
        return false;
    m_at += word.size();
    return true;
}

bool PlainJsonScanner::object(int depth)
{
    ++m_at; // '{'
    skipSpace();
    if (m_at < m_end && *m_at == '}') {
        ++m_at;
        return true;
    }
    // As written: without escapes, equal names are equal bytes. Sorted at the end, so a repeated
    // one lies next to its twin.
    QVarLengthArray<QByteArrayView, 16> keys;
    for (;;) {
        skipSpace();
        QByteArrayView key;
        if (m_at == m_end || *m_at != '"' || !string(&key) || key.contains('\\'))
            return false;
        keys.append(key);
        skipSpace();
        if (m_at == m_end || *m_at++ != ':' || !value(depth))
            return false;
        skipSpace();
        if (m_at == m_end)
            return false;
        if (*m_at == '}')
            break;
        if (*m_at++ != ',')
            return false;
    }
    ++m_at; // '}'
    std::sort(keys.begin(), keys.end());
    return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
}

bool PlainJsonScanner::array(int depth)
{
    ++m_at; // '['
    skipSpace();
    if (m_at < m_end && *m_at == ']') {
        ++m_at;
        return true;
    }
    for (;;) {
        if (!value(depth))
            return false;
        skipSpace();
        if (m_at == m_end)
            return false;
        if (*m_at == ']') {
            ++m_at;
            return true;
        }
        if (*m_at++ != ',')
            return false;
    }
}

bool PlainJsonScanner::string(QByteArrayView *raw)
{
    const char *const begin = ++m_at; // after the opening quote
    bool ascii = true;
    for (;; ++m_at) {
        if (m_at == m_end)
            return false;
        const auto c = uchar(*m_at);
        if (c == '"')
            break;
        if (c < 0x20)
            return false; // a raw control character
        if (c >= 0x80) {
            ascii = false;
        } else if (c == '\\') {
            // The short escapes only: \u is for the checks, which know lone surrogates.
            if (++m_at == m_end || !QByteArrayView("\"\\/bfnrt").contains(*m_at))
                return false;
        }
    }
    *raw = QByteArrayView(begin, m_at);
    ++m_at; // the closing quote
    return ascii || raw->isValidUtf8();
}

bool PlainJsonScanner::number()
{
    const QByteArrayView rest(m_at, m_end);
    const QByteArrayView token = rest.first(numberEnd(rest, 0));
    if (!isJsonNumber(token))
        return false;
    m_at += token.size();
    const qsizetype sign = token.startsWith('-') ? 1 : 0;
    qsizetype wholeEnd = sign;
    while (wholeEnd < token.size() && isDigit(token[wholeEnd]))
        ++wholeEnd;
    // Past 18 digits a whole number may leave 64 bits, which checkNumbers knows about.
    if (wholeEnd - sign > 18)
        return false;
    if (wholeEnd == token.size())
        return true;
    // A fraction or an exponent: a double that overflows or underflows is left to Qt's reader
    // and its messages.
    double d = 0;
    const auto [end, ec] = std::from_chars(token.begin(), token.end(), d);
    return ec == std::errc() && end == token.end() && std::isfinite(d);
}

} // namespace stint::json
