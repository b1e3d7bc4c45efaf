#include "query/QueryLexer.h"

#include "util/English.h"

#include <QHash>

namespace stint::query {
namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

std::optional<std::vector<Token>> QueryLexer::tokenize(const QString &text, QueryError *error)
{
    static const QHash<QString, Token::Type> keywords{
        {QStringLiteral("true"), Token::Type::True},     {QStringLiteral("True"), Token::Type::True},
        {QStringLiteral("false"), Token::Type::False},   {QStringLiteral("False"), Token::Type::False},
        {QStringLiteral("null"), Token::Type::Null},     {QStringLiteral("None"), Token::Type::Null},
        {QStringLiteral("return"), Token::Type::Return}, {QStringLiteral("if"), Token::Type::If},
        {QStringLiteral("elif"), Token::Type::Elif},     {QStringLiteral("else"), Token::Type::Else},
    };
    std::vector<Token> tokens;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const QString &message, qsizetype at) {
        if (error)
            *error = {QueryError::Kind::Syntax, message, line, int(at - lineStart) + 1};
        return std::nullopt;
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            ++line;
            lineStart = ++i;
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\r') {
            ++i;
            continue;
        }
        if (c == u'#') {
            while (i < n && text.at(i) != u'\n')
                ++i;
            continue;
        }
        Token token;
        token.line = line;
        token.column = int(i - lineStart) + 1;
        if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < n && isIdentifierPart(text.at(i)))
                ++i;
            token.text = text.mid(start, i - start);
            token.type = keywords.value(token.text, Token::Type::Identifier);
        } else if (isDigit(c)) {
            const qsizetype start = i;
            while (i < n && isDigit(text.at(i)))
                ++i;
            if (i < n && text.at(i) == u'.') {
                ++i;
                while (i < n && isDigit(text.at(i)))
                    ++i;
            }
            bool ok = false;
            token.type = Token::Type::Number;
            token.number = QStringView(text).mid(start, i - start).toDouble(&ok);
            if (!ok)
                return fail(english("cannot read the number %1").arg(text.mid(start, i - start)), start);
        } else if (c == u'"') {
            const qsizetype start = i++;
            QString value;
            bool closed = false;
            while (i < n) {
                const QChar d = text.at(i);
                if (d == u'\\' && i + 1 < n && text.at(i + 1) == u'"') {
                    value += u'"';
                    i += 2;
                } else if (d == u'"') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    if (d == u'\n') {
                        ++line;
                        lineStart = i + 1;
                    }
                    value += d;
                    ++i;
                }
            }
            if (!closed)
                return fail(english("a string is not closed (missing \")"), start);
            token.type = Token::Type::String;
            token.text = value;
        } else {
            ++i;
            switch (c.unicode()) {
            case u'=':
                if (i < n && text.at(i) == u'=') {
                    ++i;
                    token.type = Token::Type::Equals;
                } else {
                    token.type = Token::Type::Assign;
                }
                break;
            case u'+':
                token.type = Token::Type::Plus;
                break;
            case u'-':
                token.type = Token::Type::Minus;
                break;
            case u'*':
                token.type = Token::Type::Star;
                break;
            case u'/':
                token.type = Token::Type::Slash;
                break;
            case u'%':
                token.type = Token::Type::Percent;
                break;
            case u'(':
                token.type = Token::Type::LParen;
                break;
            case u')':
                token.type = Token::Type::RParen;
                break;
            case u'[':
                token.type = Token::Type::LBracket;
                break;
            case u']':
                token.type = Token::Type::RBracket;
                break;
            case u'{':
                token.type = Token::Type::LBrace;
                break;
            case u'}':
                token.type = Token::Type::RBrace;
                break;
            case u',':
                token.type = Token::Type::Comma;
                break;
            case u':':
                token.type = Token::Type::Colon;
                break;
            case u';':
                token.type = Token::Type::Semicolon;
                break;
            default:
                return fail(english("unexpected character '%1'").arg(c), i - 1);
            }
        }
        tokens.push_back(std::move(token));
    }
    Token end;
    end.line = line;
    end.column = int(n - lineStart) + 1;
    tokens.push_back(end);
    return tokens;
}

} // namespace stint::query
