#pragma once

#include "watchers/IdleBackend.h"
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

} // namespace stint::test
