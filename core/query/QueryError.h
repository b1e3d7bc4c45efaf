#pragma once

#include <QString>

namespace stint::query {

// Why a query failed, with where in the program (1-based line and column; 0 when unknown).
struct QueryError
{
    enum class Kind {
        Syntax,   // the text is not a program
        Invalid,  // unknown name, wrong argument count or type, bad regex, ...
        NotFound, // an unknown bucket
        TooLarge, // a limit on program size, nesting or value size
        Storage,  // reading the database failed
    };

    Kind kind = Kind::Invalid;
    QString message;
    int line = 0;
    int column = 0;

    // "line 2, column 7: unknown function 'flod'"
    QString toString() const
    {
        if (line <= 0)
            return message;
        return QStringLiteral("line %1, column %2: %3").arg(line).arg(column).arg(message);
    }
};

} // namespace stint::query
