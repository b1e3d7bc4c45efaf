#pragma once

#include "query/QueryAst.h"
#include "query/QueryError.h"
#include "query/QueryLexer.h"

#include <optional>
#include <vector>

namespace stint::query {

// ActivityWatch's query2 grammar, by recursive descent:
//   program   := { statement }                    statements end with ';' (optional at the end)
//   statement := 'if' expr block { 'elif' expr block } [ 'else' block ]
//              | 'return' expr ';' | NAME '=' expr ';' | expr ';'
//   expr      := sum { '==' sum }      sum := product { ('+'|'-') product }
//   product   := unary { ('*'|'/'|'%') unary }    unary := '-' unary | primary
//   primary   := NUMBER | STRING | true | false | null | NAME | NAME '(' [args] ')'
//              | '[' [items] ']' | '{' [STRING ':' expr {',' ...}] '}' | '(' expr ')'
// Nesting deeper than kMaxDepth is refused, so hostile input cannot exhaust the stack.
class QueryParser final
{
public:
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kMaxProgramChars = 1024 * 1024;

    // A Block of the program's statements, or nullptr with the error.
    static NodePtr parse(const QString &text, QueryError *error);

private:
    explicit QueryParser(std::vector<Token> tokens);

    NodePtr program();
    NodePtr statement();
    NodePtr block();
    NodePtr expression();
    NodePtr binary(int level);
    NodePtr unary();
    NodePtr primary();

    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }
    bool accept(Token::Type type);
    bool expect(Token::Type type, const char *what);
    NodePtr node(Node::Kind kind, const Token &at) const;
    bool fail(const Token &at, const QString &message);
    bool enter(const Token &at);

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    int m_depth = 0;
    std::optional<QueryError> m_error;
};

} // namespace stint::query
