#include "integration/Notifier.h"

#ifdef STINT_HAS_FREEDESKTOP_NOTIFIER
#include "integration/FreedesktopNotifier.h"
#endif

namespace stint {

std::unique_ptr<Notifier> Notifier::createSystem()
{
#ifdef STINT_HAS_FREEDESKTOP_NOTIFIER
    if (FreedesktopNotifier::isAvailable())
        return std::make_unique<FreedesktopNotifier>();
#endif
    return nullptr;
}

} // namespace stint
