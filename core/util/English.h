#pragma once

#include <QString>

namespace stint {

// Text that stays English on purpose: HTTP API responses and query-language errors are read by
// programs (as ActivityWatch's are), so they are not translated. Marks them as meant, not missed.
inline QString english(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace stint
