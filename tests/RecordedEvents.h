#pragma once

// What the end-to-end watcher tests read back from a real run: the events of a bucket through
// `stint-cli events --json`, and the checks the X11 and Wayland tests share.
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>
#include <tuple>

namespace stint::test {

struct RecordedEvent
{
    double start; // seconds since the epoch
    double end;
    QJsonObject data;
};

inline double nowSeconds()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000;
}

// Waits until `stint` logs that it watches, giving `input` all the while: the AFK watcher's first
// look must find the user active however long the start took (seconds on a loaded machine).
inline bool waitUntilWatching(QProcess &stint, QByteArray &log, const std::function<bool()> &input)
{
    stint.setReadChannel(QProcess::StandardError);
    const QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired() && stint.state() == QProcess::Running) {
        if (!input())
            return false;
        stint.waitForReadyRead(50);
        log += stint.readAllStandardError();
        if (log.contains("watching windows"))
            return true;
    }
    return false;
}

// The bucket's events, oldest first; empty (with a warning) when stint-cli fails.
inline QList<RecordedEvent> recordedEvents(const QString &cli, const QString &dataDir, const QString &bucket)
{
    using namespace Qt::StringLiterals;
    QProcess process;
    process.start(cli, {u"--testing"_s, u"--data-dir"_s, dataDir, u"events"_s, bucket, u"--json"_s});
    if (!process.waitForFinished(20'000) || process.exitCode() != 0) {
        qWarning("stint-cli failed: %s", process.readAllStandardError().constData());
        return {};
    }
    QList<RecordedEvent> result;
    const QJsonArray array = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject event = value.toObject();
        const double start =
            double(QDateTime::fromString(event.value(u"timestamp"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch())
            / 1000;
        result.prepend(RecordedEvent{start, start + event.value(u"duration"_s).toDouble(),
                                     event.value(u"data"_s).toObject()}); // oldest first
    }
    return result;
}

// The window events are exactly these (app, title, start, end), each within `tolerance` seconds.
inline void verifyWindows(const QList<RecordedEvent> &windows,
                          const QList<std::tuple<QString, QString, double, double>> &expected, double started,
                          double tolerance)
{
    using namespace Qt::StringLiterals;
    QString got;
    for (const RecordedEvent &event : windows)
        got += QString::fromUtf8(QJsonDocument(event.data).toJson(QJsonDocument::Compact))
            + u" %1..%2s; "_s.arg(event.start - started, 0, 'f', 2).arg(event.end - started, 0, 'f', 2);
    QVERIFY2(windows.size() == expected.size(), qPrintable(got));
    for (qsizetype i = 0; i < windows.size(); ++i) {
        const auto &[app, title, start, end] = expected[i];
        QCOMPARE(windows[i].data.value(u"app"_s).toString(), app);
        QCOMPARE(windows[i].data.value(u"title"_s).toString(), title);
        QVERIFY2(qAbs(windows[i].start - start) <= tolerance, qPrintable(got));
        QVERIFY2(qAbs(windows[i].end - end) <= tolerance, qPrintable(got));
    }
}

// Active until the last input, away from then until the input that came back, active again.
inline void verifyAwayAndBack(const QList<RecordedEvent> &afk, double started, double lastInput, double back,
                              double tolerance)
{
    using namespace Qt::StringLiterals;
    QString got;
    for (const RecordedEvent &event : afk)
        got += event.data.value(u"status"_s).toString()
            + u" %1..%2s; "_s.arg(event.start - started, 0, 'f', 2).arg(event.end - started, 0, 'f', 2);
    QVERIFY2(afk.size() == 3, qPrintable(got));
    QCOMPARE(afk[0].data.value(u"status"_s).toString(), u"not-afk"_s);
    QCOMPARE(afk[1].data.value(u"status"_s).toString(), u"afk"_s);
    QCOMPARE(afk[2].data.value(u"status"_s).toString(), u"not-afk"_s);
    QVERIFY2(qAbs(afk[0].end - lastInput) <= tolerance, qPrintable(got));
    QVERIFY2(qAbs(afk[1].start - lastInput) <= tolerance, qPrintable(got));
    QVERIFY2(qAbs(afk[1].end - back) <= tolerance, qPrintable(got));
    QVERIFY2(qAbs(afk[2].start - back) <= tolerance, qPrintable(got));
}

} // namespace stint::test
