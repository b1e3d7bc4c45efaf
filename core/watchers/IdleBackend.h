#pragma once

#include <QObject>

#include <optional>

namespace stint {

// Reads how long the user has not touched keyboard or mouse. One implementation per platform.
class IdleBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleBackend)

public:
    using QObject::QObject;
    ~IdleBackend() override = default;

    virtual QString name() const = 0;
    // Milliseconds since the last input, or nothing when it cannot be read at the moment.
    virtual std::optional<qint64> idleMillis() = 0;

Q_SIGNALS:
    // As WindowBackend::problem.
    void problem(const QString &message);
};

} // namespace stint
