#include "util/HostName.h"

#include <QSysInfo>

namespace stint {

QString localHostName()
{
    const QString given = qEnvironmentVariable("STINT_HOSTNAME").trimmed();
    if (!given.isEmpty())
        return given;
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace stint
