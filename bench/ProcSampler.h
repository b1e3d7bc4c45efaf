#pragma once

#include <QByteArrayView>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <optional>

namespace stint::bench {

// A file under /proc, whole (empty when it cannot be read).
QByteArray readProcFile(const QString &path);

// One process's CPU time, resident memory and voluntary context switches (a thread going to
// sleep: waiting for a timer, a socket, a lock — the wakeups an idle program should avoid),
// read from Linux's /proc/<pid> once per sample() and summarised over the samples.
class ProcSampler final
{
public:
    explicit ProcSampler(qint64 pid);

    // Reads /proc/<pid> now. False (with error()) when the process is gone or the files cannot
    // be parsed; the samples taken so far stay.
    bool sample();

    qint64 pid() const { return m_pid; }
    QString error() const { return m_error; }
    int samples() const { return m_samples; }
    // Over the wall time from the first to the last sample; 0 before two samples.
    double seconds() const;
    double cpuPercentOfOneCore() const;
    // The step of cpuPercentOfOneCore(): CPU time is counted in clock ticks (usually 10 ms).
    double cpuResolutionPercent() const;
    double wakeupsPerSecond() const;
    // The largest VmRSS seen, in MiB.
    double maxRssMiB() const;

    // utime + stime in clock ticks from /proc/<pid>/stat, whose second field (the command name in
    // parentheses) may itself hold spaces and parentheses: fields are counted from the last ')'.
    static std::optional<qint64> parseStatCpuTicks(QByteArrayView stat);
    // The number after "key:" on the line that starts with key in /proc/<pid>/status, e.g.
    // VmRSS (in kB) or voluntary_ctxt_switches (which must not match nonvoluntary_ctxt_switches).
    static std::optional<qint64> parseStatusField(QByteArrayView status, QByteArrayView key);

private:
    qint64 m_pid;
    QString m_error;
    int m_samples = 0;
    QElapsedTimer m_clock;
    qint64 m_firstNs = 0;
    qint64 m_lastNs = 0;
    qint64 m_firstTicks = 0;
    qint64 m_lastTicks = 0;
    qint64 m_maxRssKiB = 0;
    // Per thread, so a thread that ends between two samples does not make the sum run backwards.
    QHash<QString, qint64> m_switchesByThread;
    qint64 m_switches = 0;
};

} // namespace stint::bench
