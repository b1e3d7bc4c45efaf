#pragma once

#include "query/QueryError.h"

#include <QString>

#include <optional>
#include <vector>

namespace stint::query {

struct Token
{
    enum class Type {
        Identifier,
        Number,
        String,
        True,
        False,
        Null,
        Return,
        If,
        Elif,
        Else,
        Assign, // =
        Equals, // ==
        Plus,
        Minus,
        Star,
        Slash,
        Percent,
        LParen,
        RParen,
        LBracket,
        RBracket,
        LBrace,
        RBrace,
        Comma,
        Colon,
        Semicolon,
        End,
    };

    Type type = Type::End;
    QString text; // identifier name or string contents
    double number = 0;
    int line = 1;
    int column = 1;
};

// Splits a query into tokens the way ActivityWatch's query2 does: `#` comments to the end of the
// line, strings in double quotes where only \" is an escape (regexes keep their backslashes),
// unsigned decimal numbers, true/True/false/False, null/None, return/if/elif/else.
class QueryLexer final
{
public:
    static std::optional<std::vector<Token>> tokenize(const QString &text, QueryError *error);
};

} // namespace stint::query
