#pragma once

#include "api/HttpMessage.h"

#include <QByteArray>

namespace stint {

// Incremental HTTP/1.1 request parser with hard limits, so a client cannot make the server hold
// more than one bounded request in memory. Bodies come with Content-Length or chunked encoding;
// a body larger than the limit is refused from its declared length, before it is read.
// What one request may hold: a bigger head gets 431, a bigger body 413.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 64 * 1024;
    qsizetype maxBodyBytes = 32 * 1024 * 1024; // an ActivityWatch export of a few hundred thousand events
};

class HttpRequestParser final
{
public:
    using Limits = HttpLimits;
    enum class State { NeedMore, Complete, Error };

    explicit HttpRequestParser(HttpLimits limits = HttpLimits());

    // Consumes what it can from `buffer` (the rest stays there for the next request).
    State parse(QByteArray &buffer);
    // After Complete: the request; the parser is ready for the next one.
    HttpRequest takeRequest();
    // After Error: the answer to send before closing the connection.
    HttpResponse errorResponse() const { return m_error; }
    // True once per request whose headers asked for "Expect: 100-continue" and whose body is due.
    bool takeContinueRequest();
    const Limits &limits() const { return m_limits; }
    // Part of a request was consumed (its head, some of its body) and the rest is due.
    bool isMidRequest() const { return m_phase != Phase::Headers; }

private:
    enum class Phase { Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    State fail(int status, const QString &message);
    State parseHead(QByteArrayView head);
    // Moves up to m_remaining body bytes from buffer into the request; true when all have come.
    bool takeBody(QByteArray &buffer);
    void reset();
    // Fills the request's path, raw path, query and target error from the target's origin form.
    void decodeTarget(QByteArrayView pathAndQuery);

    // The last target decoded and what it gave: a client (a watcher) sends the same one again and
    // again, and decoding the path and the query showed in the heartbeat profile.
    struct DecodedTarget
    {
        QByteArray text;
        QString path;
        QStringList segments;
        QUrlQuery query;
        QString error;
    };

    Limits m_limits;
    DecodedTarget m_lastTarget;
    Phase m_phase = Phase::Headers;
    HttpRequest m_request;
    qsizetype m_remaining = 0; // body bytes (or chunk bytes) still to read
    bool m_continue = false;
    HttpResponse m_error;
};

} // namespace stint
