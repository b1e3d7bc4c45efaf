#include "util/HostName.h"

#include <QSysInfo>

namespace stint {

QString localHostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace stint
