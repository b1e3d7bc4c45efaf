#pragma once

#include "watchers/IdleBackend.h"

namespace stint {

// Time since the last keyboard, mouse or trackpad input in this login session, from CoreGraphics.
class MacIdleBackend final : public IdleBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MacIdleBackend)

public:
    using IdleBackend::IdleBackend;
    ~MacIdleBackend() override = default;

    QString name() const override;
    std::optional<qint64> idleMillis() override;
};

} // namespace stint
