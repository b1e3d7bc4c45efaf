#pragma once

#include <functional>
#include <utility>

namespace stint {

// Keeps at most one read in flight: a request while one runs is remembered and run once more
// after it, so a burst of commits costs two reads, not one per commit.
class RefreshGate final
{
public:
    explicit RefreshGate(std::function<void()> start)
        : m_start(std::move(start))
    {
    }

    void request()
    {
        if (m_busy) {
            m_again = true;
            return;
        }
        m_busy = true;
        m_start();
    }

    // Call when the result of the read in flight has arrived.
    void finished()
    {
        m_busy = false;
        if (m_again) {
            m_again = false;
            request();
        }
    }

    bool busy() const { return m_busy; }

private:
    std::function<void()> m_start;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace stint
