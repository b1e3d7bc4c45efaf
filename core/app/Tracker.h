#pragma once

#include "storage/Datastore.h"
#include "util/DataLocation.h"

#include <QObject>

#include <memory>
#include <optional>

namespace stint {

// The recording side of Stint, the same with or without a window: owns the datastore (and, as
// they arrive, the watchers and the HTTP API) and shuts it down so that the final commit lands.
class Tracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Tracker)

public:
    explicit Tracker(DataLocation location, QObject *parent = nullptr);
    ~Tracker() override;

    bool start(QString *error);
    // Sends Close to the datastore and waits (bounded) for the final commit. Idempotent: the
    // first call's result is returned again.
    CommitResult shutdown(int timeoutMs = Datastore::kDefaultCloseTimeoutMs);

    const DataLocation &location() const { return m_location; }
    Datastore &datastore() { return *m_datastore; }

private:
    DataLocation m_location;
    std::unique_ptr<Datastore> m_datastore;
    std::optional<CommitResult> m_shutdownResult;
};

} // namespace stint
