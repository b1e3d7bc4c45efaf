#pragma once

#include "watchers/WindowInfo.h"

#include <QDBusContext>
#include <QObject>

#include <optional>

namespace stint {

// The D-Bus object Stint's KWin script calls: Activated(resourceClass, caption) whenever the
// active window or its caption changes, Deactivated() when no window is active. Calls from
// anyone but KWin's own connection are refused, so no other program can write into the record.
class KWinActivationReceiver final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.stint.KWinActiveWindow")
    Q_DISABLE_COPY_MOVE(KWinActivationReceiver)

public:
    static constexpr const char *kInterface = "org.stint.KWinActiveWindow";

    using QObject::QObject;

    // The unique bus name of KWin's connection, the only caller accepted.
    void setAllowedSender(const QString &uniqueName) { m_allowedSender = uniqueName; }
    std::optional<WindowInfo> current() const { return m_current; }
    // Forgets the active window (KWin went away).
    void clear() { m_current.reset(); }

public Q_SLOTS:
    Q_SCRIPTABLE void Activated(const QString &resourceClass, const QString &caption);
    Q_SCRIPTABLE void Deactivated();

Q_SIGNALS:
    void changed();

private:
    bool fromKWin();

    QString m_allowedSender;
    std::optional<WindowInfo> m_current;
};

} // namespace stint
