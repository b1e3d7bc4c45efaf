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
    uninstall();
}

} // namespace stint
