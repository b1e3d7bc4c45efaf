#include "integration/Autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#if defined(Q_OS_WIN)
#include "integration/RegistryAutostart.h"
#elif defined(Q_OS_MACOS)
#include "integration/LaunchAgentAutostart.h"
#else
#include "integration/PortalAutostart.h"
#include "integration/XdgAutostart.h"
#endif

namespace stint {

QString Autostart::stintExecutable()
{
    const QFileInfo self(QCoreApplication::applicationFilePath());
#if defined(Q_OS_WIN)
    const QString name = QStringLiteral("stint.exe");
#elif defined(Q_OS_MACOS)
    const QString name = QStringLiteral("Stint"); // the bundle's executable (Stint.app/Contents/MacOS)
#else
    const QString name = QStringLiteral("stint");
#endif
    if (self.fileName() == name)
        return self.absoluteFilePath();
    return QDir(self.absolutePath()).filePath(name);
}

QString Autostart::change(bool enabled)
{
    QString error;
    if (setEnabled(enabled, &error))
        return {};
    return enabled ? QCoreApplication::translate("Autostart", "Stint cannot start at login: %1").arg(error)
                   : QCoreApplication::translate("Autostart", "Stint cannot stop starting at login: %1").arg(error);
}

std::unique_ptr<Autostart> Autostart::create(const QString &program)
{
    const QString target = program.isEmpty() ? stintExecutable() : program;
#if defined(Q_OS_WIN)
    return std::make_unique<RegistryAutostart>(target);
#elif defined(Q_OS_MACOS)
    return std::make_unique<LaunchAgentAutostart>(target, LaunchAgentAutostart::defaultDirectory());
#else
    // Inside Flatpak the host's autostart folder is out of reach; the portal writes the entry.
    if (PortalAutostart::isSandboxed())
        return std::make_unique<PortalAutostart>(target);
    return std::make_unique<XdgAutostart>(XdgAutostart::launcherPath(target), XdgAutostart::defaultDirectory());
#endif
}

} // namespace stint
