// stint-cli stopwatch and entry: timers and entries by hand, in ActivityWatch's stopwatch format.
#include "cli/Cli.h"

#include "integration/SingleInstance.h"
#include "manual/ManualTime.h"
#include "model/Timestamp.h"
#include "storage/Datastore.h"
#include "storage/EventReader.h"
#include "util/Clock.h"
#include "util/DisplayText.h"
#include "util/HostName.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace stint {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

QJsonObject Cli::manualWrite(const QString &path, const QJsonObject &request)
{
    // A running Stint writes it itself: a second writer would hand out the same event ids.
    return writeSafely(
        path, [&] { return SingleInstance::sendRequest(path, request); },
        [&] {
            return writeHere(
                path, [&](Datastore &store) { return ManualTime::handleBlocking(store, localHostName(), request); });
        });
}

std::optional<ManualEntryList> Cli::runningTimers(const QString &path)
{
    if (!QFileInfo::exists(path))
        return ManualEntryList{};
    EventReader reader(path);
    QString error = reader.error();
    auto running = reader.isOpen() ? ManualTime::running(reader, &error) : std::nullopt;
    if (!running)
        m_err << error << Qt::endl;
    return running;
}

bool Cli::reportWrite(const QJsonObject &answer)
{
    if (!answer.contains(u"error"_s))
        return true;
    m_err << tr("Nothing was stored: %1").arg(answer.value(u"error"_s).toString()) << Qt::endl;
    return false;
}

int Cli::stopwatch(const QString &path, const QStringList &positional, const QCommandLineParser &parser)
{
    const QString action = positional.value(1);
    const QString label = positional.mid(2).join(u' ');
    const bool asJson = parser.isSet(u"json"_s);
    if (!((action == u"start" && !label.isEmpty())
          || ((action == u"stop" || action == u"status") && label.isEmpty()))) {
        m_err << tr("Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].") << Qt::endl;
        return Usage;
    }
    const auto running = runningTimers(path);
    if (!running)
        return Problem;
    const qint64 now = Clock::system()->nowNanos();
    if (action == u"status") {
        if (asJson) {
            QJsonArray list;
            for (const ManualEntry &timer : *running)
                list.append(timer.toEvent().toJson());
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented) << Qt::flush;
            return Ok;
        }
        if (running->isEmpty())
            m_out << tr("No timer is running.") << Qt::endl;
        for (const ManualEntry &timer : *running)
            m_out << tr("%1: running for %2 (since %3)")
                         .arg(timer.label, display::clockDuration(now - timer.start), display::localTime(timer.start))
                  << Qt::endl;
        return Ok;
    }
    ManualEntryList changes;
    if (action == u"start") {
        changes = ManualTime::startChanges(*running, label, {}, now, false);
    } else {
        for (const ManualEntry &timer : *running)
            changes.append(ManualTime::stopped(timer, now));
        if (changes.isEmpty()) {
            m_out << tr("No timer is running.") << Qt::endl;
            return Ok;
        }
    }
    if (!reportWrite(manualWrite(path, ManualTime::saveRequest(changes))))
        return Problem;
    for (const ManualEntry &change : std::as_const(changes)) {
        if (change.running)
            m_out << tr("Started %1 at %2.").arg(change.label, display::localTime(change.start)) << Qt::endl;
        else
            m_out << tr("Stopped %1 after %2.").arg(change.label, display::clockDuration(change.end - change.start))
                  << Qt::endl;
    }
    return Ok;
}

int Cli::entry(const QString &path, const QStringList &positional, const QCommandLineParser &parser)
{
    const QString label = positional.mid(2).join(u' ');
    if (positional.value(1) != u"add" || label.isEmpty() || !parser.isSet(u"start"_s) || !parser.isSet(u"end"_s)) {
        m_err << tr("Use: entry add --start T --end T LABEL.") << Qt::endl;
        return Usage;
    }
    std::optional<qint64> from;
    std::optional<qint64> to;
    if (!readTimes(parser, &from, &to))
        return Usage;
    ManualEntry entry;
    entry.start = *from;
    entry.end = *to;
    entry.label = label;
    if (const QString why = entry.end == entry.start ? ManualEntry::emptyProblem() : entry.problem(); !why.isEmpty()) {
        m_err << tr("Nothing was stored: %1").arg(why) << Qt::endl;
        return Usage;
    }
    const QJsonObject answer = manualWrite(path, ManualTime::saveRequest({entry}));
    if (!reportWrite(answer))
        return Problem;
    if (parser.isSet(u"json"_s)) {
        m_out << QJsonDocument(answer.value(u"events"_s).toArray()).toJson(QJsonDocument::Indented) << Qt::flush;
        return Ok;
    }
    m_out << tr("Added %1 from %2 to %3 (%4).")
                 .arg(label, display::localTime(entry.start), display::localTime(entry.end),
                      display::clockDuration(entry.end - entry.start))
          << Qt::endl;
    return Ok;
}

} // namespace stint
