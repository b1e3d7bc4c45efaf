#include "integration/AppDirectory.h"

#if defined(Q_OS_WIN)
#include "integration/WinAppDirectory.h"
#elif defined(Q_OS_MACOS)
#include "integration/MacAppDirectory.h"
#else
#include "integration/XdgAppDirectory.h"
#endif

namespace stint {

std::unique_ptr<AppDirectory> AppDirectory::create()
{
#if defined(Q_OS_WIN)
    return std::make_unique<WinAppDirectory>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<MacAppDirectory>();
#else
    return std::make_unique<XdgAppDirectory>();
#endif
}

AppEntry AppDirectory::find(const QString &appId)
{
    const auto cached = m_cache.constFind(appId);
    if (cached != m_cache.constEnd())
        return cached.value();
    AppEntry entry = appId.isEmpty() ? AppEntry() : lookup(appId).value_or(AppEntry());
    if (entry.name.isEmpty())
        entry.name = appId;
    m_cache.insert(appId, entry);
    return entry;
}

} // namespace stint
