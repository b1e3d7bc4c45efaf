#pragma once

#include "watchers/IdleBackend.h"
#include "watchers/PlatformBackends.h"
#include "watchers/WindowBackend.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace stint::test {

// A window system the test controls: whatever window it says has focus.
class FakeWindowBackend final : public WindowBackend
{
public:
    QString name() const override { return u"fake"_s; }
    std::optional<WindowInfo> activeWindow() override
    {
        ++reads;
        return window;
    }

    // Focuses another window and tells the watcher, as an event-driven backend does.
    void focus(std::optional<WindowInfo> next)
    {
        window = std::move(next);
        Q_EMIT activeWindowChanged();
    }

    std::optional<WindowInfo> window;
    int reads = 0;
};

// Idle time the test sets; nothing means "cannot be read right now".
class FakeIdleBackend final : public IdleBackend
{
public:
    QString name() const override { return u"fake"_s; }
    std::optional<qint64> idleMillis() override { return idle; }

    std::optional<qint64> idle = 0;
};

// A fake window backend showing `window` and a fake idle backend, ready for startWatching();
// the pointers stay valid while the tracker owns the backends.
struct Fakes
{
    FakeWindowBackend *window;
    FakeIdleBackend *idle;
    PlatformBackends backends;
};

inline Fakes makeFakes(WindowInfo window)
{
    auto windowBackend = std::make_unique<FakeWindowBackend>();
    auto idle = std::make_unique<FakeIdleBackend>();
    windowBackend->window = std::move(window);
    Fakes fakes{windowBackend.get(), idle.get(), {}};
    fakes.backends.window = std::move(windowBackend);
    fakes.backends.idle = std::move(idle);
    return fakes;
}

} // namespace stint::test
