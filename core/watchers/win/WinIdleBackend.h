#pragma once

#include "watchers/IdleBackend.h"

namespace stint {

// Time since the last keyboard or mouse input in this session, from GetLastInputInfo.
class WinIdleBackend final : public IdleBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinIdleBackend)

public:
    using IdleBackend::IdleBackend;
    ~WinIdleBackend() override = default;

    QString name() const override;
    std::optional<qint64> idleMillis() override;
};

} // namespace stint
