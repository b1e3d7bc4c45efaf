#pragma once

#include "model/Bucket.h"
#include "model/Event.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace stint {

// Time entered by hand: a stopwatch timer or a past entry. Stored as aw-webui's stopwatch writes
// it, so both show the same timers: bucket "aw-stopwatch" (type "general.stopwatch"), one event
// per timer with data {"label": ..., "running": true|false}. A running timer starts at its
// timestamp and keeps the duration it was written with (0 from aw-webui); stopping it rewrites the
// same event (same id) with running false and the final duration. Stint adds one optional key,
// "category" (a list of names, e.g. ["Work", "Meetings"]), which ActivityWatch keeps as it keeps
// any data and which its category rules never match (they only look at string values).
struct ManualEntry
{
    static const QString kBucketId;   // aw-stopwatch
    static const QString kBucketType; // general.stopwatch
    static const QString kLabelKey;
    static const QString kRunningKey;
    static const QString kCategoryKey;

    qint64 id = 0; // 0: not stored yet
    qint64 start = 0;
    qint64 end = 0; // the stored end; for a running timer usually its start
    QString label;
    bool running = false;
    QStringList category; // empty: categorized by the label through the category rules
    QJsonObject extra;    // any other data keys, kept as they are

    // The end to count: `now` for a running timer (never before the stored end).
    qint64 endAt(qint64 now) const { return running ? std::max(end, now) : end; }

    Event toEvent() const;
    // Any event of a stopwatch bucket: a missing label reads as empty, a missing "running" as false.
    static ManualEntry fromEvent(const Event &event);

    // The bucket Stint creates when it writes the first timer (aw-webui makes the same one).
    static Bucket bucket(const QString &hostname);
    static bool isRunning(const QJsonObject &data);
    // The chosen category of stored data, or empty.
    static QStringList categoryOf(const QJsonObject &data);
    // The label of stored data (aw-webui may leave it out).
    static QString labelOf(const QJsonObject &data);
    // Why an entry cannot be stored (empty when it can): an end before its start. A timer stopped
    // at once may be empty; an entry added by hand should not (emptyProblem() says why).
    QString problem() const;
    static QString emptyProblem();
};

using ManualEntryList = QList<ManualEntry>;

} // namespace stint
