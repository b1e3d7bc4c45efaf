#include "util/Clock.h"

#include <chrono>

namespace stint {
namespace {

class SystemClock final : public Clock
{
public:
    qint64 nowNanos() const override
    {
        using namespace std::chrono;
        return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
    }

    qint64 monotonicMillis() const override
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
};

} // namespace

std::shared_ptr<const Clock> Clock::system()
{
    static const auto clock = std::make_shared<const SystemClock>();
    return clock;
}

} // namespace stint
