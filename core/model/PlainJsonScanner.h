#pragma once

#include <QByteArrayView>

namespace stint::json {

// Tells, in one pass, whether JSON text keeps to the plain form clients write: JSON's grammar,
// UTF-8 strings with the short escapes only (no \u, no raw control character), numbers
// of at most 18 digits before any fraction and finite as doubles, no key named twice (keys without
// escapes), modest nesting. Such text passes every check of checkBeforeParsing and
// checkAfterParsing and reads the same through Qt's reader, so those checks, which each walk the
// text again, are left for other text (TestJson checks this on random and mutated text).
//
// Written because Qt's reader and the checks around it were a third of the HTTP server thread's
// work per heartbeat (callgrind, stint-bench http). Building the values here instead of in Qt's
// reader cost more: QJsonObject::insert converts every member to CBOR on its own.
class PlainJsonScanner
{
public:
    static bool isPlain(QByteArrayView text);

private:
    explicit PlainJsonScanner(QByteArrayView text);

    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string(QByteArrayView *raw);
    bool number();
    bool literal(QByteArrayView word);
    void skipSpace();

    const char *m_at;
    const char *m_end;
};

} // namespace stint::json
