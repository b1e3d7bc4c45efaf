#pragma once

#include "reports/Spans.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace stint {

// A name with the active time spent on it. `detail` says more: the app of a title, the domain
// of a URL.
struct NamedDuration
{
    QString name;
    QString detail;
    qint64 duration = 0;
};

// One node of the category tree: `duration` includes every subcategory, `own` only time
// categorized exactly here.
struct CategoryTotal
{
    QStringList name;
    qint64 duration = 0;
    qint64 own = 0;
    QString color;
    double score = 0;
};

struct DayTotal
{
    QDate date;
    qint64 duration = 0;
    QList<qint64> byCategory; // split by top-level category, indexed like Summary::topCategories
};

// Where the time of a period went. Every list that partitions active time sums to activeTime:
// apps, titles, the top-level categories, perHour and perDay. domains and urls sum to
// browserTime (the part of active time with a known browser tab). Lists are longest first.
// perHourByCategory and each day's byCategory split an hour or a day by top-level category; their
// entries sum to the hour or day, and over all hours or days to that category's total.
struct Summary
{
    spans::Period range;
    QStringList hosts;
    qint64 activeTime = 0;
    qint64 pausedTime = 0;
    qint64 browserTime = 0;
    QList<NamedDuration> apps;
    QList<NamedDuration> titles;
    QList<NamedDuration> domains;
    QList<NamedDuration> urls;
    QList<CategoryTotal> categories;                 // depth first; children after their parent, longest first
    double productivity = 0;                         // time-weighted mean of the categories' scores
    std::array<qint64, 24> perHour{};                // by local hour of day
    QList<DayTotal> perDay;                          // every day of the range, also empty ones
    QList<QStringList> topCategories;                // the top-level entries of categories, in that order
    std::array<QList<qint64>, 24> perHourByCategory; // indexed like topCategories

    // Durations as float seconds, times as RFC 3339; lists cut to `limit` entries when >= 0.
    QJsonObject toJson(qsizetype limit = -1) const;
};

// Restricts a report to the time of one app, or of one category with its subcategories. Empty
// fields do not restrict; both set means both must hold.
struct ReportFilter
{
    QString app;
    QStringList category;

    bool isEmpty() const { return app.isEmpty() && category.isEmpty(); }
    friend bool operator==(const ReportFilter &a, const ReportFilter &b) = default;
};

// One piece of a timeline, ready to draw: neighbouring pieces of the same window and tab are
// merged. Paused time comes as pieces with `paused` set and no window.
struct TimelineSegment
{
    qint64 start = 0;
    qint64 end = 0;
    bool paused = false;
    QString host;
    QString app;
    QString title;
    QString url;
    QStringList category;
    QString color;
};

} // namespace stint
