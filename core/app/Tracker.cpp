#include "app/Tracker.h"

#include "util/Logging.h"

#include <QDir>

namespace stint {

Tracker::Tracker(DataLocation location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_datastore(std::make_unique<Datastore>(Datastore::Options{m_location.databasePath(), {}, {}, {}}))
{
}

Tracker::~Tracker()
{
    shutdown();
}

bool Tracker::start(QString *error)
{
    if (!m_datastore->open(error))
        return false;
    qCInfo(lcApp).noquote() << "recording to" << QDir::toNativeSeparators(m_location.databasePath());
    return true;
}

CommitResult Tracker::shutdown(int timeoutMs)
{
    if (m_shutdownResult)
        return *m_shutdownResult;
    // Also when a Close is already under way elsewhere: close() waits for that one's answer.
    const CommitResult result = m_datastore->close(timeoutMs);
    if (result.ok())
        qCInfo(lcApp) << "stopped; all recorded activity is saved";
    else
        qCCritical(lcApp).noquote() << "the final save failed, the last moments of activity may be lost:"
                                    << result.error;
    m_shutdownResult = result;
    return result;
}

} // namespace stint
