#pragma once

#include "watchers/WindowBackend.h"

#include <memory>

namespace stint {

// The frontmost application on macOS (its name) and its focused window's title, which needs
// the Accessibility permission; without it the application is recorded with an empty title.
// Activation notices and the accessibility observer are delivered on the main run loop, so
// create, use and destroy the backend on the main thread.
class MacWindowBackend final : public WindowBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MacWindowBackend)

public:
    explicit MacWindowBackend(QObject *parent = nullptr);
    ~MacWindowBackend() override;

    QString name() const override;
    std::optional<WindowInfo> activeWindow() override;

private:
    // Holds Objective-C and CoreFoundation objects, which this plain C++ header cannot name.
    struct Private;
    std::unique_ptr<Private> m_d;
};

} // namespace stint
