#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace stint::json {

// Compact JSON for any value, including scalars, byte for byte what QJsonDocument writes, but
// written directly (no QJsonDocument round trip): the writer binds this text for every stored
// event, so it is on the hot path.
QString toCompactText(const QJsonObject &object);
QString toCompactText(const QJsonValue &value);
// The same, as UTF-8.
QByteArray toCompact(const QJsonObject &object);
QByteArray toCompact(const QJsonValue &value);

// A number's text as toCompact() writes it ("null" for one JSON cannot hold).
QByteArray numberText(const QJsonValue &number);

// JSON's number grammar, -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, for the checks below and
// PlainJsonScanner: where the number-like run of characters (digits and . e E + -) that starts
// at `at` ends, and whether such a run is a JSON number.
qsizetype numberEnd(QByteArrayView text, qsizetype at);
bool isJsonNumber(QByteArrayView number);

// Parses any JSON value; nullopt with a message (and its offset) on malformed input.
std::optional<QJsonValue> parseValue(QByteArrayView text, QString *error);
// Parses a JSON object; anything else is an error.
std::optional<QJsonObject> parseObject(QByteArrayView text, QString *error);

// Whether JSON text from outside holds only Unicode: UTF-8 bytes, and no \u escape of a lone
// UTF-16 surrogate (Qt's parser keeps one as it is, though it is no character). The parsers above
// accept such escapes, since the writer puts them in stored text. False with a message saying where.
bool checkUnicode(QByteArrayView text, QString *error);
// Deepest nesting of arrays and objects in JSON text (strings skipped), checked before parsing.
int nestingDepth(QByteArrayView text);
// The same of a value: 0 for a scalar, 1 for {} or [], and so on.
int nestingDepth(const QJsonValue &value);
// Whether every whole number in JSON text from outside comes back as written: Qt's parser keeps those
// within 64 bits exactly and turns a larger one into the nearest double, which is a different
// number unless the writer writes that double as the same text (12345678901234567000 is kept,
// 18446744073709551615 is not). False with a message saying which and where. Numbers with a
// fraction or an exponent are doubles anyway.
bool checkNumbers(QByteArrayView text, QString *error);
// Whether no object in JSON text from outside names a key twice: Qt's parser would keep one of
// the values and drop the other. Keys are compared as characters (escapes decoded). Meant for
// text that parsed: in malformed text a string may be taken for a key. False with a message
// naming the key and where it comes.
bool checkUniqueKeys(QByteArrayView text, QString *error);

// Whether JSON text from outside keeps to JSON's grammar where Qt's parser is lenient: no raw
// control character in a string (it takes a tab as it is), no escape other than \" \\ \/ \b \f
// \n \r \t \uXXXX (it takes "\x41" as "x41"), numbers as JSON writes them (it takes "1." and
// ".5"). False with a message saying where.
bool checkSyntax(QByteArrayView text, QString *error);

// JSON text from outside Stint (an API body, a file to import, a database of another program)
// is trusted only after these: before parsing, Unicode (checkUnicode), JSON's strings
// (checkSyntax) and numbers that come back as they were written (checkNumbers); after
// parsing, no key named twice (checkUniqueKeys, which needs text known to be JSON). False with
// a message that says which check failed and where.
bool checkBeforeParsing(QByteArrayView text, QString *error);
bool checkAfterParsing(QByteArrayView text, QString *error);
// The text without the UTF-8 byte order mark it may begin with (Windows' Notepad writes one):
// not part of the JSON text, which a parser may ignore (RFC 8259 8.1).
QByteArrayView withoutByteOrderMark(QByteArrayView text);
// withoutByteOrderMark, then both checks around parseValue / parseObject; nullopt with the message.
// Text in the plain form clients write needs no checks (PlainJsonScanner).
std::optional<QJsonValue> parseExternal(QByteArrayView text, QString *error);
std::optional<QJsonObject> parseExternalObject(QByteArrayView text, QString *error);

} // namespace stint::json
