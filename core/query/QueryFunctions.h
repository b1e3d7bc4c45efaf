#pragma once

#include "model/Bucket.h"
#include "query/QueryError.h"
#include "query/QueryValue.h"
#include "reports/Spans.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace stint {
class EventReader;
}

namespace stint::query {

// What the functions of one run share: the reader, the period being evaluated, and what was
// already read in this run (each bucket is read once per period).
struct FunctionContext
{
    EventReader &reader;
    spans::Period period;
    qsizetype maxEvents;
    std::optional<BucketList> buckets;
    QHash<QString, EventList> bucketEvents;
};

// The built-in functions of ActivityWatch's query language, on top of stint::ops.
class QueryFunctions final
{
public:
    using Implementation = std::optional<Value> (*)(FunctionContext &context, const std::vector<Value> &args,
                                                    QueryError *error);
    struct Function
    {
        const char16_t *name;
        int minArgs;
        int maxArgs; // -1: any number
        Implementation call;
    };

    // nullptr for an unknown name.
    static const Function *find(const QString &name);
    static QStringList names();

    // The longest event list (default) and JSON list a query may build with concat or +, so
    // that doubling a list in a loop of statements cannot exhaust memory.
    static constexpr qsizetype kDefaultMaxEvents = 10'000'000;
    static constexpr qsizetype kMaxJsonItems = 1'000'000;
};

} // namespace stint::query
