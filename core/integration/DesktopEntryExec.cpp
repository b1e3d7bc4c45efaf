#include "integration/DesktopEntryExec.h"

namespace stint {

namespace {

bool isReserved(QChar c)
{
    static const QString kReserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    return kReserved.contains(c);
}

// The escapes of a desktop entry's string values; applied after quoting.
QString escapeString(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else
            out += c;
    }
    return out;
}

QString unescapeString(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u's')
            out += u' ';
        else if (next == u'n')
            out += u'\n';
        else if (next == u't')
            out += u'\t';
        else if (next == u'r')
            out += u'\r';
        else if (next == u'\\')
            out += u'\\';
        else
            out += QStringView(text).mid(i - 1, 2); // not a string escape: left for the quoting rules
    }
    return out;
}

} // namespace

QString DesktopEntryExec::encode(const QStringList &arguments)
{
    QStringList quoted;
    for (const QString &argument : arguments) {
        QString arg = argument;
        arg.replace(u'%', QStringLiteral("%%"));
        if (arg.isEmpty() || std::any_of(arg.cbegin(), arg.cend(), isReserved)) {
            QString inside;
            for (QChar c : std::as_const(arg)) {
                if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                    inside += u'\\';
                inside += c;
            }
            arg = u'"' + inside + u'"';
        }
        quoted.append(arg);
    }
    return escapeString(quoted.join(u' '));
}

std::optional<QStringList> DesktopEntryExec::decode(const QString &value)
{
    const QString text = unescapeString(value);
    QStringList arguments;
    QString current;
    bool inArgument = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'\\' && i + 1 < text.size()) {
                current += text.at(++i);
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                current += c;
            }
        } else if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inArgument)
                arguments.append(current);
            current.clear();
            inArgument = false;
        } else if (c == u'"') {
            inQuotes = true;
            inArgument = true;
        } else {
            current += c;
            inArgument = true;
        }
    }
    if (inQuotes)
        return std::nullopt;
    if (inArgument)
        arguments.append(current);
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return arguments;
}

} // namespace stint
