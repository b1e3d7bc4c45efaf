#pragma once

#include <memory>

namespace stint {

class Clock;
class ReportThread;
class Tracker;

// What every page needs: the tracker (datastore, watchers, settings), the reading thread, and the
// clock, so tests can set "now".
struct UiContext
{
    Tracker &tracker;
    ReportThread &reports;
    std::shared_ptr<const Clock> clock;
};

} // namespace stint
