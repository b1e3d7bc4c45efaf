#include "api/HttpRequestParser.h"

#include "util/ByteSearch.h"

#include <QUrl>

#include <charconv>

namespace stint {
namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

// A non-negative decimal or hex number of digits only (no sign, spaces or "0x"); -1 when
// malformed or too large.
qsizetype parseSize(QByteArrayView text, int base)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    quint64 value = 0;
    const auto [end, ec] = std::from_chars(text.begin(), text.end(), value, base);
    return ec == std::errc() && end == text.end() ? qsizetype(value) : -1;
}

// A header's name in lower case. The names clients send on every request are shared constants,
// so those need no copy of their own.
QByteArray headerName(QByteArrayView name)
{
    static const QByteArray kCommon[] = {
        QByteArrayLiteral("host"),
        QByteArrayLiteral("content-length"),
        QByteArrayLiteral("content-type"),
        QByteArrayLiteral("connection"),
        QByteArrayLiteral("user-agent"),
        QByteArrayLiteral("accept"),
        QByteArrayLiteral("accept-encoding"),
        QByteArrayLiteral("origin"),
    };
    for (const QByteArray &common : kCommon) {
        if (name.size() == common.size() && name.compare(common, Qt::CaseInsensitive) == 0)
            return common;
    }
    return name.toByteArray().toLower();
}

} // namespace

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{
}

void HttpRequestParser::reset()
{
    m_phase = Phase::Headers;
    m_request = HttpRequest();
    m_remaining = 0;
    m_continue = false;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    reset();
    return request;
}

bool HttpRequestParser::takeContinueRequest()
{
    const bool wanted = m_continue && m_phase != Phase::Headers;
    m_continue = false;
    return wanted;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const QString &message)
{
    m_error = HttpResponse::error(status, message);
    m_error.closeConnection = true;
    return State::Error;
}

HttpRequestParser::State HttpRequestParser::parse(QByteArray &buffer)
{
    for (;;) {
        switch (m_phase) {
        case Phase::Headers: {
            // Blank lines before a request are allowed (RFC 9112 2.2).
            qsizetype skip = 0;
            while (skip + 1 < buffer.size() && buffer[skip] == '\r' && buffer[skip + 1] == '\n')
                skip += 2;
            if (skip)
                buffer.remove(0, skip);
            const qsizetype end = findBytes(buffer, "\r\n\r\n");
            if (end < 0) {
                if (buffer.size() > m_limits.maxHeaderBytes)
                    return fail(
                        431, QStringLiteral("the request head is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
                return State::NeedMore;
            }
            if (end > m_limits.maxHeaderBytes)
                return fail(431,
                            QStringLiteral("the request head is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            const State state = parseHead(QByteArrayView(buffer.constData(), end));
            buffer.remove(0, end + 4);
            if (state != State::NeedMore)
                return state;
            break;
        }
        case Phase::Body:
            return takeBody(buffer) ? State::Complete : State::NeedMore;
        case Phase::ChunkSize: {
            const qsizetype end = findBytes(buffer, "\r\n");
            if (end < 0) {
                if (buffer.size() > 1024)
                    return fail(400, QStringLiteral("malformed chunk size line"));
                return State::NeedMore;
            }
            QByteArrayView line(buffer.constData(), end);
            if (const qsizetype ext = line.indexOf(';'); ext >= 0)
                line = line.first(ext);
            const qsizetype size = parseSize(line.trimmed(), 16);
            if (size < 0)
                return fail(400, QStringLiteral("malformed chunk size"));
            buffer.remove(0, end + 2);
            if (size > m_limits.maxBodyBytes - m_request.body.size())
                return fail(
                    413,
                    QStringLiteral("the request body is larger than the limit of %1 bytes").arg(m_limits.maxBodyBytes));
            m_remaining = size;
            m_phase = size == 0 ? Phase::Trailers : Phase::ChunkData;
            break;
        }
        case Phase::ChunkData: {
            if (!takeBody(buffer))
                return State::NeedMore;
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::ChunkDataEnd:
            if (buffer.size() < 2)
                return State::NeedMore;
            if (buffer[0] != '\r' || buffer[1] != '\n')
                return fail(400, QStringLiteral("a chunk does not end with CRLF"));
            buffer.remove(0, 2);
            m_phase = Phase::ChunkSize;
            break;
        case Phase::Trailers: {
            // Trailer fields are read and ignored, up to the blank line.
            const qsizetype end = findBytes(buffer, "\r\n");
            if (end < 0) {
                if (buffer.size() > m_limits.maxHeaderBytes)
                    return fail(431, QStringLiteral("the trailer is too large"));
                return State::NeedMore;
            }
            buffer.remove(0, end + 2);
            if (end == 0)
                return State::Complete;
            break;
        }
        }
    }
}

bool HttpRequestParser::takeBody(QByteArray &buffer)
{
    const qsizetype take = std::min(m_remaining, buffer.size());
    m_request.body.append(buffer.constData(), take);
    buffer.remove(0, take);
    m_remaining -= take;
    return m_remaining == 0;
}

void HttpRequestParser::decodeTarget(QByteArrayView pathAndQuery)
{
    DecodedTarget &target = m_lastTarget;
    if (pathAndQuery != target.text) {
        target = DecodedTarget{pathAndQuery.toByteArray(), {}, {}, {}, {}};
        const qsizetype question = pathAndQuery.indexOf('?');
        QByteArray rawPath = (question < 0 ? pathAndQuery : pathAndQuery.first(question)).toByteArray();
        if (const qsizetype hash = rawPath.indexOf('#'); hash >= 0)
            rawPath.truncate(hash);
        target.path = QUrl::fromPercentEncoding(rawPath);
        target.segments = splitPath(rawPath);
        if (question >= 0)
            target.query = QUrlQuery(QString::fromLatin1(pathAndQuery.sliced(question + 1)));
        // Decoding would turn bytes that are not UTF-8 into U+FFFD, and store a bucket id or setting
        // name other than the one sent.
        for (const auto &[part, name] :
             {std::pair{QByteArrayView(rawPath), "path"},
              std::pair{question < 0 ? QByteArrayView() : pathAndQuery.sliced(question + 1), "query string"}}) {
            if (!part.contains('%'))
                continue; // printable ASCII, checked by parseHead
            const QByteArray decoded = QByteArray::fromPercentEncoding(part.toByteArray());
            if (!decoded.isValidUtf8()) {
                target.error =
                    QStringLiteral("the %1 is not valid UTF-8 once percent-decoded").arg(QLatin1StringView(name));
                break;
            }
        }
    }
    m_request.path = target.path;
    m_request.segments = target.segments;
    m_request.query = target.query;
    m_request.targetError = target.error;
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArrayView head)
{
    qsizetype lineEnd = findBytes(head, "\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, QStringLiteral("malformed request line"));
    const QByteArrayView method = requestLine.first(sp1);
    const QByteArrayView target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, QStringLiteral("malformed request method"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return fail(505, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are supported"));
        return fail(400, QStringLiteral("malformed request line"));
    }
    m_request.method = method.toByteArray();

    // Origin form ("/path?query"); the absolute form ("http://host/path") is accepted too.
    QByteArrayView pathAndQuery = target;
    if (!target.startsWith('/')) {
        const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"http" || target == "*")
            return fail(400, QStringLiteral("malformed request target"));
        const qsizetype pathStart = target.indexOf('/', target.indexOf("//") + 2);
        pathAndQuery = pathStart < 0 ? QByteArrayView("/") : target.sliced(pathStart);
    }
    for (char c : pathAndQuery) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return fail(400, QStringLiteral("malformed request target"));
    }
    decodeTarget(pathAndQuery);

    m_request.headers.reserve(8); // a watcher's request has five to seven: one allocation, not four
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = findBytes(head, "\r\n", start);
        const QByteArrayView line = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t')
            return fail(400, QStringLiteral("folded header lines are not accepted"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, QStringLiteral("malformed header line"));
        QByteArray name = headerName(line.first(colon));
        if ((name == "content-length" || name == "host") && m_request.hasHeader(name))
            return fail(400, QStringLiteral("the header '%1' is repeated").arg(QString::fromLatin1(name)));
        m_request.headers.append({std::move(name), line.sliced(colon + 1).trimmed().toByteArray()});
    }

    const QByteArray connection = m_request.header("connection").toLower();
    m_request.keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");

    const QByteArray transferEncoding = m_request.header("transfer-encoding").toLower();
    const bool hasLength = m_request.hasHeader("content-length");
    if (!transferEncoding.isEmpty()) {
        if (hasLength)
            return fail(400, QStringLiteral("both Content-Length and Transfer-Encoding are set"));
        if (transferEncoding != "chunked")
            return fail(501, QStringLiteral("only the chunked transfer encoding is supported"));
        m_phase = Phase::ChunkSize;
    } else if (hasLength) {
        const qsizetype length = parseSize(m_request.header("content-length"), 10);
        if (length < 0)
            return fail(400, QStringLiteral("malformed Content-Length"));
        if (length > m_limits.maxBodyBytes)
            return fail(413,
                        QStringLiteral("the request body (%1 bytes) is larger than the limit of %2 bytes")
                            .arg(length)
                            .arg(m_limits.maxBodyBytes));
        m_remaining = length;
        m_request.body.reserve(length);
        m_phase = Phase::Body;
    } else {
        return State::Complete;
    }
    m_continue = m_request.header("expect").toLower() == "100-continue";
    return State::NeedMore;
}

} // namespace stint
