#pragma once

#include "watchers/IdleBackend.h"
#include "watchers/WindowBackend.h"

#include <memory>

namespace stint {

struct PlatformBackends
{
    std::unique_ptr<WindowBackend> window;
    std::unique_ptr<IdleBackend> idle;
};

// The backends for the session this process runs in, chosen at run time among those built for
// this OS. On failure both are null and `error` says what is missing (no display, an
// unsupported session, a missing permission) in words a user can act on.
PlatformBackends createPlatformBackends(QString *error);

} // namespace stint
