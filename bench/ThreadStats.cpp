#include "ThreadStats.h"

#include "ProcSampler.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace stint::bench {
namespace {

SchedTimes parseSchedstat(const QByteArray &text)
{
    const QList<QByteArray> fields = text.simplified().split(' ');
    if (fields.size() < 2)
        return {};
    bool runOk = false;
    bool waitOk = false;
    const SchedTimes times{fields[0].toLongLong(&runOk), fields[1].toLongLong(&waitOk)};
    return runOk && waitOk ? times : SchedTimes{};
}

} // namespace

SchedTimes currentThreadTimes()
{
    return parseSchedstat(readProcFile(u"/proc/thread-self/schedstat"_s));
}

SchedTimes namedThreadTimes(const QString &name)
{
    const QDir tasks(u"/proc/self/task"_s);
    const QStringList tids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        if (QString::fromUtf8(readProcFile(tasks.filePath(tid + u"/comm"_s)).trimmed()) == name)
            return parseSchedstat(readProcFile(tasks.filePath(tid + u"/schedstat"_s)));
    }
    return {};
}

} // namespace stint::bench
