#pragma once

#include "query/QueryAst.h"
#include "query/QueryError.h"
#include "reports/Spans.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace stint {

class EventReader;

// Runs ActivityWatch's query language (query2) against the database behind an EventReader:
// statements separated by ';', assignments, literals, lists, dicts, + - * / % ==, if/elif/else,
// and the functions of QueryFunctions. The result is the value given to `RETURN = ...` or
// `return ...`. Use it in the reader's thread. Stateless between runs: each run reads what is
// committed at that moment.
class QueryEngine final
{
public:
    explicit QueryEngine(EventReader &reader);

    // The longest event list concat or + may build (QueryFunctions::kDefaultMaxEvents).
    void setMaxEvents(qsizetype count) { m_maxEvents = count; }

    // One program over one period [start, end); nullopt with the error (and its position).
    std::optional<QJsonValue> run(const QString &program, spans::Period period, query::QueryError *error);
    std::optional<QJsonValue> run(const query::Node &program, spans::Period period, query::QueryError *error);

    // The body of POST /api/0/query/: {"timeperiods": ["<start>/<end>", ...], "query": ["line", ...]}
    // (the lines are joined with newlines). One result per period, in order.
    std::optional<QJsonArray> runRequest(const QJsonObject &body, query::QueryError *error);

    // "<RFC 3339>/<RFC 3339>", the end after the start.
    static std::optional<spans::Period> parsePeriod(const QString &text, QString *error);

private:
    EventReader &m_reader;
    qsizetype m_maxEvents;
};

} // namespace stint
