#include "TrayNotifier.h"

#include "TrayIcon.h"

namespace stint {

void TrayNotifier::notify(const QString &title, const QString &body)
{
    m_tray.showNotice(title, body);
}

} // namespace stint
