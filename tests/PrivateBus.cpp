#include "PrivateBus.h"

#include "EndProcess.h"

#include <QDeadlineTimer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

PrivateBus::~PrivateBus()
{
    if (m_daemon)
        endProcess(*m_daemon);
}

bool PrivateBus::isAvailable()
{
    return !QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty();
}

bool PrivateBus::start(QString *error)
{
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setStandardErrorFile(QProcess::nullDevice());
    m_daemon->start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address"_s});
    QByteArray output;
    const QDeadlineTimer deadline(10000);
    while (!output.contains('\n') && !deadline.hasExpired() && m_daemon->state() != QProcess::NotRunning) {
        m_daemon->waitForReadyRead(100);
        output += m_daemon->readAllStandardOutput();
    }
    m_address = QString::fromUtf8(output.trimmed());
    if (m_address.isEmpty()) {
        *error = u"dbus-daemon printed no address"_s;
        return false;
    }
    return true;
}
