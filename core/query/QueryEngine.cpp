#include "query/QueryEngine.h"

#include "model/Timestamp.h"
#include "query/QueryFunctions.h"
#include "query/QueryParser.h"
#include "query/QueryValue.h"
#include "storage/EventReader.h"
#include "util/English.h"

#include <QHash>

#include <cmath>

namespace stint {
namespace {

using query::Node;
using query::QueryError;
using query::Value;

constexpr qsizetype kMaxStringChars = 16 * 1024 * 1024;
const QString kReturn = QStringLiteral("RETURN");

// Walks the tree; its depth is bounded by the parser's nesting limit.
class Evaluator
{
public:
    Evaluator(EventReader &reader, spans::Period period, qsizetype maxEvents)
        : m_context{reader, period, maxEvents, std::nullopt, {}}
    {
        m_variables.insert(
            QStringLiteral("TIMEINTERVAL"),
            Value(QJsonValue(Timestamp::toRfc3339(period.start) + u'/' + Timestamp::toRfc3339(period.end))));
    }

    std::optional<QJsonValue> run(const Node &program, QueryError *error)
    {
        if (!statements(program, error))
            return std::nullopt;
        const auto result = m_variables.constFind(kReturn);
        if (result == m_variables.constEnd())
            return fail(error, program, english("the query sets no result: end it with RETURN = ...;"));
        return result->toJson();
    }

private:
    std::nullopt_t fail(QueryError *error, const Node &at, const QString &message,
                        QueryError::Kind kind = QueryError::Kind::Invalid)
    {
        if (error)
            *error = {kind, message, at.line, at.column};
        return std::nullopt;
    }

    bool statements(const Node &block, QueryError *error)
    {
        for (const auto &statement : block.children) {
            if (!evaluate(*statement, error))
                return false;
        }
        return true;
    }

    std::optional<Value> evaluate(const Node &node, QueryError *error)
    {
        switch (node.kind) {
        case Node::Kind::Literal:
            return Value(node.value);
        case Node::Kind::Variable: {
            const auto found = m_variables.constFind(node.name);
            if (found == m_variables.constEnd()) {
                return fail(error, node,
                            query::QueryFunctions::find(node.name)
                                ? english("'%1' is a function: call it with ()").arg(node.name)
                                : english("unknown variable '%1'").arg(node.name));
            }
            return found.value();
        }
        case Node::Kind::List: {
            QJsonArray array;
            for (const auto &child : node.children) {
                const auto item = evaluate(*child, error);
                if (!item)
                    return std::nullopt;
                array.append(item->toJson());
            }
            return Value(QJsonValue(array));
        }
        case Node::Kind::Dict: {
            QJsonObject object;
            for (size_t i = 0; i < node.children.size(); ++i) {
                const auto item = evaluate(*node.children[i], error);
                if (!item)
                    return std::nullopt;
                object.insert(node.keys[i], item->toJson());
            }
            return Value(QJsonValue(object));
        }
        case Node::Kind::Call:
            return call(node, error);
        case Node::Kind::Binary:
            return binary(node, error);
        case Node::Kind::Negate: {
            const auto operand = evaluate(*node.children[0], error);
            if (!operand)
                return std::nullopt;
            if (operand->isEvents() || !operand->json().isDouble())
                return fail(error, node, english("cannot negate %1").arg(operand->typeName()));
            return Value(QJsonValue(-operand->json().toDouble()));
        }
        case Node::Kind::Assign:
        case Node::Kind::Return: {
            auto value = evaluate(*node.children[0], error);
            if (!value)
                return std::nullopt;
            m_variables.insert(node.kind == Node::Kind::Return ? kReturn : node.name, std::move(*value));
            return Value();
        }
        case Node::Kind::Block:
            return statements(node, error) ? std::optional<Value>(Value()) : std::nullopt;
        case Node::Kind::If: {
            for (size_t i = 0; i + 1 < node.children.size(); i += 2) {
                const auto condition = evaluate(*node.children[i], error);
                if (!condition)
                    return std::nullopt;
                if (condition->isEvents() || !condition->json().isBool())
                    return fail(error, *node.children[i],
                                english("a condition must be true or false, not %1").arg(condition->typeName()));
                if (condition->json().toBool())
                    return evaluate(*node.children[i + 1], error);
            }
            return Value();
        }
        }
        return fail(error, node, english("cannot evaluate this"));
    }

    std::optional<Value> call(const Node &node, QueryError *error)
    {
        const auto *function = query::QueryFunctions::find(node.name);
        if (!function)
            return fail(error, node, english("unknown function '%1'").arg(node.name));
        const int count = int(node.children.size());
        if (count < function->minArgs || (function->maxArgs >= 0 && count > function->maxArgs)) {
            const QString expected = function->maxArgs < 0 ? english("at least %1").arg(function->minArgs)
                : function->minArgs == function->maxArgs
                ? QString::number(function->minArgs)
                : english("%1 to %2").arg(function->minArgs).arg(function->maxArgs);
            return fail(error, node, english("%1() takes %2 arguments, not %3").arg(node.name, expected).arg(count));
        }
        std::vector<Value> args;
        args.reserve(node.children.size());
        for (const auto &child : node.children) {
            auto value = evaluate(*child, error);
            if (!value)
                return std::nullopt;
            args.push_back(std::move(*value));
        }
        QueryError inner;
        auto result = function->call(m_context, args, &inner);
        if (!result)
            return fail(error, node, english("%1(): %2").arg(node.name, inner.message), inner.kind);
        return result;
    }

    std::optional<Value> binary(const Node &node, QueryError *error)
    {
        const auto left = evaluate(*node.children[0], error);
        const auto right = left ? evaluate(*node.children[1], error) : std::nullopt;
        if (!right)
            return std::nullopt;
        const QString &op = node.name;
        if (op == QStringLiteral("=="))
            return Value(QJsonValue(*left == *right));
        const auto mismatch = [&] {
            return fail(error, node,
                        english("cannot apply '%1' to %2 and %3").arg(op, left->typeName(), right->typeName()));
        };
        if (op == QStringLiteral("+")) {
            const qsizetype limit =
                left->isEvents() || right->isEvents() ? m_context.maxEvents : query::QueryFunctions::kMaxJsonItems;
            if (left->size() + right->size() > limit)
                return fail(error, node, english("the result would hold more than %1 items").arg(limit),
                            QueryError::Kind::TooLarge);
            if (left->isEvents() || right->isEvents()) {
                QString why;
                const auto a = left->toEvents(&why);
                const auto b = a ? right->toEvents(&why) : std::nullopt;
                if (!b)
                    return mismatch();
                return Value(*a + *b);
            }
            const QJsonValue &a = left->json();
            const QJsonValue &b = right->json();
            if (a.isDouble() && b.isDouble())
                return Value(QJsonValue(a.toDouble() + b.toDouble()));
            if (a.isString() && b.isString()) {
                if (a.toString().size() + b.toString().size() > kMaxStringChars)
                    return fail(error, node, english("the string would be too long"), QueryError::Kind::TooLarge);
                return Value(QJsonValue(a.toString() + b.toString()));
            }
            if (a.isArray() && b.isArray()) {
                QJsonArray joined = a.toArray();
                for (const QJsonValue &item : b.toArray())
                    joined.append(item);
                return Value(QJsonValue(joined));
            }
            return mismatch();
        }
        if (left->isEvents() || right->isEvents() || !left->json().isDouble() || !right->json().isDouble())
            return mismatch();
        const double a = left->json().toDouble();
        const double b = right->json().toDouble();
        if ((op == QStringLiteral("/") || op == QStringLiteral("%")) && b == 0)
            return fail(error, node, english("division by zero"));
        const double result = op == QStringLiteral("-") ? a - b
            : op == QStringLiteral("*")                 ? a * b
            : op == QStringLiteral("/")                 ? a / b
                                                        : std::fmod(a, b);
        if (!std::isfinite(result))
            return fail(error, node, english("the result of '%1' is not a finite number").arg(op));
        return Value(QJsonValue(result));
    }

    query::FunctionContext m_context;
    QHash<QString, Value> m_variables;
};

} // namespace

QueryEngine::QueryEngine(EventReader &reader)
    : m_reader(reader)
    , m_maxEvents(query::QueryFunctions::kDefaultMaxEvents)
{
}

std::optional<QJsonValue> QueryEngine::run(const QString &program, spans::Period period, QueryError *error)
{
    const query::NodePtr parsed = query::QueryParser::parse(program, error);
    if (!parsed)
        return std::nullopt;
    return run(*parsed, period, error);
}

std::optional<QJsonValue> QueryEngine::run(const Node &program, spans::Period period, QueryError *error)
{
    Evaluator evaluator(m_reader, period, m_maxEvents);
    return evaluator.run(program, error);
}

std::optional<spans::Period> QueryEngine::parsePeriod(const QString &text, QString *error)
{
    const QStringList parts = text.split(u'/');
    const auto start = parts.size() == 2 ? Timestamp::parseRfc3339(parts.at(0)) : std::nullopt;
    const auto end = start ? Timestamp::parseRfc3339(parts.at(1)) : std::nullopt;
    if (!end) {
        if (error)
            *error = english("a time period must be two RFC 3339 times joined by '/', not '%1'").arg(text.left(200));
        return std::nullopt;
    }
    if (*end < *start) {
        if (error)
            *error = english("the time period '%1' ends before it starts").arg(text);
        return std::nullopt;
    }
    return spans::Period{*start, *end};
}

std::optional<QJsonArray> QueryEngine::runRequest(const QJsonObject &body, QueryError *error)
{
    const auto invalid = [error](const QString &message) {
        if (error)
            *error = {QueryError::Kind::Invalid, message, 0, 0};
        return std::nullopt;
    };
    const QJsonValue periods = body.value(QStringLiteral("timeperiods"));
    const QJsonValue lines = body.value(QStringLiteral("query"));
    if (!periods.isArray())
        return invalid(english("'timeperiods' must be a list of \"<start>/<end>\" strings"));
    if (!lines.isArray() && !lines.isString())
        return invalid(english("'query' must be a list of strings"));
    QStringList text;
    if (lines.isString()) {
        text << lines.toString();
    } else {
        for (const QJsonValue &line : lines.toArray()) {
            if (!line.isString())
                return invalid(english("'query' must be a list of strings; it holds %1").arg(query::typeNameOf(line)));
            text << line.toString();
        }
    }
    std::vector<spans::Period> parsedPeriods;
    for (const QJsonValue &period : periods.toArray()) {
        QString why;
        const auto parsed = period.isString() ? parsePeriod(period.toString(), &why) : std::nullopt;
        if (!parsed)
            return invalid(period.isString()
                               ? why
                               : english("'timeperiods' must hold strings, not %1").arg(query::typeNameOf(period)));
        parsedPeriods.push_back(*parsed);
    }
    const query::NodePtr program = query::QueryParser::parse(text.join(u'\n'), error);
    if (!program)
        return std::nullopt;
    QJsonArray results;
    for (const spans::Period &period : parsedPeriods) {
        auto result = run(*program, period, error);
        if (!result)
            return std::nullopt;
        results.append(*result);
    }
    return results;
}

} // namespace stint
