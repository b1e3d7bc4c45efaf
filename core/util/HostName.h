#pragma once

#include <QString>

namespace stint {

// The name this computer records its buckets under, and so the host that "This computer" means
// in reports: the environment variable STINT_HOSTNAME when set (so tests can run several
// "computers" on one machine), else the system's host name, else "unknown".
QString localHostName();

} // namespace stint
