#include "util/ShutdownSignals.h"

// install() and uninstall() live in ShutdownSignals_unix.cpp / ShutdownSignals_win.cpp.
namespace stint {

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
    m_active = install();
}

ShutdownSignals::~ShutdownSignals()
{
    if (m_active) // an instance that failed to install must not tear down a working one
        uninstall();
}

} // namespace stint
