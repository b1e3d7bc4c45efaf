#pragma once

#include <QString>

namespace stint {

// The name this computer records its buckets under ("unknown" when the system has none), and so
// the host that "This computer" means in reports.
QString localHostName();

} // namespace stint
