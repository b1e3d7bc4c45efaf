#include "ProcSampler.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace stint::bench {

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    // procfs reports size 0: readAll() reads to the real end instead of trusting the size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

namespace {

double clockTicksPerSecond()
{
#ifdef Q_OS_LINUX
    const long ticks = ::sysconf(_SC_CLK_TCK);
    if (ticks > 0)
        return double(ticks);
#endif
    return 100.0;
}

} // namespace

ProcSampler::ProcSampler(qint64 pid)
    : m_pid(pid)
{
    m_clock.start();
}

bool ProcSampler::sample()
{
    const QString dir = u"/proc/%1"_s.arg(m_pid);
    const qint64 now = m_clock.nsecsElapsed();
    const QByteArray stat = readProcFile(dir + u"/stat"_s);
    const QByteArray status = readProcFile(dir + u"/status"_s);
    const auto ticks = parseStatCpuTicks(stat);
    // A zombie (exited, not yet reaped) still has stat and status but no VmRSS.
    const auto rss = parseStatusField(status, "VmRSS");
    if (!ticks || !rss) {
        m_error = stat.isEmpty() ? u"process %1 is gone"_s.arg(m_pid)
                                 : u"process %1 has exited or /proc/%1 is unreadable"_s.arg(m_pid);
        return false;
    }

    const QDir tasks(dir + u"/task"_s);
    QHash<QString, qint64> switchesByThread;
    const QStringList tids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        // A thread may end between listing and reading; it simply is not counted this time.
        if (const auto count =
                parseStatusField(readProcFile(tasks.filePath(tid + u"/status"_s)), "voluntary_ctxt_switches"))
            switchesByThread.insert(tid, *count);
    }
    if (switchesByThread.isEmpty()) {
        m_error = u"cannot read the threads of process %1"_s.arg(m_pid);
        return false;
    }

    if (m_samples == 0) {
        m_firstNs = now;
        m_firstTicks = *ticks;
    } else {
        for (auto it = switchesByThread.cbegin(); it != switchesByThread.cend(); ++it)
            m_switches += it.value() - m_switchesByThread.value(it.key(), 0);
    }
    m_switchesByThread = switchesByThread;
    m_lastNs = now;
    m_lastTicks = *ticks;
    m_maxRssKiB = std::max(m_maxRssKiB, *rss);
    ++m_samples;
    return true;
}

double ProcSampler::seconds() const
{
    return double(m_lastNs - m_firstNs) / 1e9;
}

double ProcSampler::cpuPercentOfOneCore() const
{
    const double wall = seconds();
    return wall > 0 ? 100.0 * double(m_lastTicks - m_firstTicks) / clockTicksPerSecond() / wall : 0.0;
}

double ProcSampler::cpuResolutionPercent() const
{
    const double wall = seconds();
    return wall > 0 ? 100.0 / clockTicksPerSecond() / wall : 0.0;
}

double ProcSampler::wakeupsPerSecond() const
{
    const double wall = seconds();
    return wall > 0 ? double(m_switches) / wall : 0.0;
}

double ProcSampler::maxRssMiB() const
{
    return double(m_maxRssKiB) / 1024.0;
}

std::optional<qint64> ProcSampler::parseStatCpuTicks(QByteArrayView stat)
{
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    // After the name: state (field 3), ppid, ... utime (field 14), stime (field 15).
    const QList<QByteArray> fields = stat.sliced(close + 1).toByteArray().simplified().split(' ');
    constexpr int kUtime = 14 - 3;
    constexpr int kStime = 15 - 3;
    if (fields.size() <= kStime)
        return std::nullopt;
    bool userOk = false;
    bool systemOk = false;
    const qint64 user = fields.at(kUtime).toLongLong(&userOk);
    const qint64 system = fields.at(kStime).toLongLong(&systemOk);
    if (!userOk || !systemOk || user < 0 || system < 0)
        return std::nullopt;
    return user + system;
}

std::optional<qint64> ProcSampler::parseStatusField(QByteArrayView status, QByteArrayView key)
{
    qsizetype lineStart = 0;
    while (lineStart < status.size()) {
        qsizetype lineEnd = status.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = status.size();
        const QByteArrayView line = status.sliced(lineStart, lineEnd - lineStart);
        if (line.startsWith(key) && line.size() > key.size() && line.at(key.size()) == ':') {
            // "VmRSS:\t   12345 kB": the first word after the colon.
            const QByteArray value = line.sliced(key.size() + 1).toByteArray().simplified().split(' ').value(0);
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            return ok && number >= 0 ? std::optional<qint64>(number) : std::nullopt;
        }
        lineStart = lineEnd + 1;
    }
    return std::nullopt;
}

} // namespace stint::bench
