#include "query/QueryParser.h"

#include "util/English.h"

namespace stint::query {
namespace {

QString describe(const Token &token)
{
    switch (token.type) {
    case Token::Type::Identifier:
        return QStringLiteral("'%1'").arg(token.text);
    case Token::Type::Number:
        return QStringLiteral("the number %1").arg(token.number);
    case Token::Type::String:
        return QStringLiteral("a string");
    case Token::Type::End:
        return english("the end of the query");
    case Token::Type::True:
        return QStringLiteral("'true'");
    case Token::Type::False:
        return QStringLiteral("'false'");
    case Token::Type::Null:
        return QStringLiteral("'null'");
    case Token::Type::Return:
        return QStringLiteral("'return'");
    case Token::Type::If:
        return QStringLiteral("'if'");
    case Token::Type::Elif:
        return QStringLiteral("'elif'");
    case Token::Type::Else:
        return QStringLiteral("'else'");
    case Token::Type::Assign:
        return QStringLiteral("'='");
    case Token::Type::Equals:
        return QStringLiteral("'=='");
    case Token::Type::Plus:
        return QStringLiteral("'+'");
    case Token::Type::Minus:
        return QStringLiteral("'-'");
    case Token::Type::Star:
        return QStringLiteral("'*'");
    case Token::Type::Slash:
        return QStringLiteral("'/'");
    case Token::Type::Percent:
        return QStringLiteral("'%'");
    case Token::Type::LParen:
        return QStringLiteral("'('");
    case Token::Type::RParen:
        return QStringLiteral("')'");
    case Token::Type::LBracket:
        return QStringLiteral("'['");
    case Token::Type::RBracket:
        return QStringLiteral("']'");
    case Token::Type::LBrace:
        return QStringLiteral("'{'");
    case Token::Type::RBrace:
        return QStringLiteral("'}'");
    case Token::Type::Comma:
        return QStringLiteral("','");
    case Token::Type::Colon:
        return QStringLiteral("':'");
    case Token::Type::Semicolon:
        return QStringLiteral("';'");
    }
    return {};
}

// Binary operators by precedence level, lowest first.
struct Operator
{
    Token::Type type;
    const char16_t *name;
};
const std::vector<std::vector<Operator>> kLevels = {
    {{Token::Type::Equals, u"=="}},
    {{Token::Type::Plus, u"+"}, {Token::Type::Minus, u"-"}},
    {{Token::Type::Star, u"*"}, {Token::Type::Slash, u"/"}, {Token::Type::Percent, u"%"}},
};

} // namespace

QueryParser::QueryParser(std::vector<Token> tokens)
    : m_tokens(std::move(tokens))
{
}

NodePtr QueryParser::parse(const QString &text, QueryError *error)
{
    if (text.size() > kMaxProgramChars) {
        if (error)
            *error = {QueryError::Kind::TooLarge,
                      english("the query is longer than %1 characters").arg(kMaxProgramChars), 0, 0};
        return nullptr;
    }
    auto tokens = QueryLexer::tokenize(text, error);
    if (!tokens)
        return nullptr;
    QueryParser parser(std::move(*tokens));
    NodePtr result = parser.program();
    if (!result && error)
        *error = parser.m_error.value_or(QueryError{QueryError::Kind::Syntax, english("cannot parse the query"), 0, 0});
    return result;
}

bool QueryParser::accept(Token::Type type)
{
    if (peek().type != type)
        return false;
    next();
    return true;
}

bool QueryParser::expect(Token::Type type, const char *what)
{
    if (accept(type))
        return true;
    return fail(peek(), english("expected %1, found %2").arg(QString::fromUtf8(what), describe(peek())));
}

NodePtr QueryParser::node(Node::Kind kind, const Token &at) const
{
    auto result = std::make_unique<Node>();
    result->kind = kind;
    result->line = at.line;
    result->column = at.column;
    return result;
}

bool QueryParser::fail(const Token &at, const QString &message)
{
    if (!m_error)
        m_error = QueryError{QueryError::Kind::Syntax, message, at.line, at.column};
    return false;
}

bool QueryParser::enter(const Token &at)
{
    if (m_depth >= kMaxDepth) {
        m_error = QueryError{QueryError::Kind::TooLarge,
                             english("the query nests deeper than %1 levels").arg(kMaxDepth), at.line, at.column};
        return false;
    }
    ++m_depth;
    return true;
}

NodePtr QueryParser::program()
{
    NodePtr result = node(Node::Kind::Block, peek());
    while (peek().type != Token::Type::End) {
        NodePtr child = statement();
        if (!child)
            return nullptr;
        result->children.push_back(std::move(child));
    }
    return result;
}

NodePtr QueryParser::block()
{
    const Token start = peek();
    if (!expect(Token::Type::LBrace, "'{'") || !enter(start))
        return nullptr;
    NodePtr result = node(Node::Kind::Block, start);
    while (!accept(Token::Type::RBrace)) {
        if (peek().type == Token::Type::End) {
            fail(peek(), english("expected '}' to close the block opened at line %1").arg(start.line));
            return nullptr;
        }
        NodePtr child = statement();
        if (!child)
            return nullptr;
        result->children.push_back(std::move(child));
    }
    --m_depth;
    return result;
}

NodePtr QueryParser::statement()
{
    const Token start = peek();
    if (accept(Token::Type::If)) {
        if (!enter(start))
            return nullptr;
        NodePtr result = node(Node::Kind::If, start);
        bool more = true;
        while (more) {
            NodePtr condition = expression();
            NodePtr body = condition ? block() : nullptr;
            if (!body)
                return nullptr;
            result->children.push_back(std::move(condition));
            result->children.push_back(std::move(body));
            more = accept(Token::Type::Elif);
        }
        if (peek().type == Token::Type::Else) {
            const Token at = next();
            NodePtr always = node(Node::Kind::Literal, at);
            always->value = true;
            NodePtr body = block();
            if (!body)
                return nullptr;
            result->children.push_back(std::move(always));
            result->children.push_back(std::move(body));
        }
        accept(Token::Type::Semicolon);
        --m_depth;
        return result;
    }

    NodePtr result;
    if (accept(Token::Type::Return)) {
        result = node(Node::Kind::Return, start);
        NodePtr value = expression();
        if (!value)
            return nullptr;
        result->children.push_back(std::move(value));
    } else if (start.type == Token::Type::Identifier && m_tokens[m_pos + 1].type == Token::Type::Assign) {
        next();
        next();
        result = node(Node::Kind::Assign, start);
        result->name = start.text;
        NodePtr value = expression();
        if (!value)
            return nullptr;
        result->children.push_back(std::move(value));
    } else {
        result = expression();
        if (!result)
            return nullptr;
    }
    // Statements end with ';'; the last one may leave it out.
    if (!accept(Token::Type::Semicolon) && peek().type != Token::Type::End) {
        fail(peek(), english("expected ';' after the statement, found %1").arg(describe(peek())));
        return nullptr;
    }
    return result;
}

NodePtr QueryParser::expression()
{
    if (!enter(peek()))
        return nullptr;
    NodePtr result = binary(0);
    --m_depth;
    return result;
}

NodePtr QueryParser::binary(int level)
{
    if (level == int(kLevels.size()))
        return unary();
    NodePtr left = binary(level + 1);
    while (left) {
        const Token at = peek();
        const auto &ops = kLevels[level];
        const auto op = std::find_if(ops.begin(), ops.end(), [&](const Operator &o) { return o.type == at.type; });
        if (op == ops.end())
            break;
        next();
        NodePtr right = binary(level + 1);
        if (!right)
            return nullptr;
        NodePtr combined = node(Node::Kind::Binary, at);
        combined->name = QString::fromUtf16(op->name);
        combined->children.push_back(std::move(left));
        combined->children.push_back(std::move(right));
        left = std::move(combined);
    }
    return left;
}

NodePtr QueryParser::unary()
{
    const Token at = peek();
    if (!accept(Token::Type::Minus))
        return primary();
    if (!enter(at))
        return nullptr;
    NodePtr operand = unary();
    --m_depth;
    if (!operand)
        return nullptr;
    NodePtr result = node(Node::Kind::Negate, at);
    result->children.push_back(std::move(operand));
    return result;
}

NodePtr QueryParser::primary()
{
    const Token at = next();
    switch (at.type) {
    case Token::Type::Number:
    case Token::Type::String:
    case Token::Type::True:
    case Token::Type::False:
    case Token::Type::Null: {
        NodePtr result = node(Node::Kind::Literal, at);
        if (at.type == Token::Type::Number)
            result->value = at.number;
        else if (at.type == Token::Type::String)
            result->value = at.text;
        else if (at.type != Token::Type::Null)
            result->value = at.type == Token::Type::True;
        return result;
    }
    case Token::Type::Identifier: {
        if (!accept(Token::Type::LParen)) {
            NodePtr result = node(Node::Kind::Variable, at);
            result->name = at.text;
            return result;
        }
        NodePtr result = node(Node::Kind::Call, at);
        result->name = at.text;
        while (!accept(Token::Type::RParen)) {
            if (!result->children.empty() && !expect(Token::Type::Comma, "',' or ')' in the arguments"))
                return nullptr;
            if (accept(Token::Type::RParen))
                break;
            NodePtr argument = expression();
            if (!argument)
                return nullptr;
            result->children.push_back(std::move(argument));
        }
        return result;
    }
    case Token::Type::LBracket: {
        NodePtr result = node(Node::Kind::List, at);
        while (!accept(Token::Type::RBracket)) {
            if (!result->children.empty() && !expect(Token::Type::Comma, "',' or ']' in the list"))
                return nullptr;
            if (accept(Token::Type::RBracket))
                break;
            NodePtr item = expression();
            if (!item)
                return nullptr;
            result->children.push_back(std::move(item));
        }
        return result;
    }
    case Token::Type::LBrace: {
        NodePtr result = node(Node::Kind::Dict, at);
        while (!accept(Token::Type::RBrace)) {
            if (!result->children.empty() && !expect(Token::Type::Comma, "',' or '}' in the dict"))
                return nullptr;
            if (accept(Token::Type::RBrace))
                break;
            const Token key = next();
            if (key.type != Token::Type::String) {
                fail(key, english("dict keys must be strings, found %1").arg(describe(key)));
                return nullptr;
            }
            if (!expect(Token::Type::Colon, "':' after the dict key"))
                return nullptr;
            NodePtr value = expression();
            if (!value)
                return nullptr;
            result->keys.push_back(key.text);
            result->children.push_back(std::move(value));
        }
        return result;
    }
    case Token::Type::LParen: {
        NodePtr inner = expression();
        if (!inner || !expect(Token::Type::RParen, "')'"))
            return nullptr;
        return inner;
    }
    default:
        fail(at, english("expected a value, found %1").arg(describe(at)));
        return nullptr;
    }
}

} // namespace stint::query
