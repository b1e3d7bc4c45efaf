#pragma once

#include "watchers/IdleBackend.h"

#include <memory>

namespace stint {

class X11Connection;

// Idle time on an X11 display from the MIT-SCREEN-SAVER extension (what xprintidle reads).
class X11IdleBackend final : public IdleBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(X11IdleBackend)

public:
    // Takes over `connection` (open or not; it reconnects by itself after a loss).
    explicit X11IdleBackend(std::unique_ptr<X11Connection> connection, QObject *parent = nullptr);
    ~X11IdleBackend() override;

    QString name() const override;
    std::optional<qint64> idleMillis() override;

    // Whether the server offers MIT-SCREEN-SAVER; false also while disconnected.
    bool hasExtension() const;
    X11Connection *connection() const { return m_connection; }

private:
    X11Connection *m_connection = nullptr;
    bool m_reportedNoExtension = false;
};

} // namespace stint
