// Stint's compact JSON writer must say exactly what Qt's QJsonDocument says, for every kind of
// value, because stored event data is compared and exported as this text.
#include "RandomText.h"
#include "model/Event.h"
#include "model/Json.h"
#include "model/PlainJsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace stint;
using namespace stint::test;
using namespace Qt::StringLiterals;

namespace {

QString qtCompact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 2 ? 5 : 7)) {
    case 0: {
        QString text;
        const int length = random.bounded(12);
        for (int i = 0; i < length; ++i)
            text += QChar(char16_t(random.bounded(2) ? random.bounded(0x20, 0x7f) : random.bounded(0, 0x800)));
        return text;
    }
    case 1:
        return double(random.bounded(-100000, 100000)) / (random.bounded(2) ? 1 : 7.0);
    case 2:
        return random.bounded(2) == 1;
    case 3:
        return QJsonValue::Null;
    case 4:
        return random.generateDouble() * 1e300;
    case 5: {
        QJsonObject object;
        for (int i = random.bounded(4); i > 0; --i)
            object.insert(u"k%1"_s.arg(random.bounded(10)), randomValue(random, depth + 1));
        return object;
    }
    default: {
        QJsonArray array;
        for (int i = random.bounded(4); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    }
}

// JSON text as clients and hand-written files spell it, with what PlainJsonScanner leaves to the
// checks mixed in: \u escapes, raw controls, a byte order mark in a string, invalid UTF-8,
// numbers of every spelling (long, whole doubles past 2^53, out of range), repeated keys, and
// space between the tokens.
QByteArray spelledJson(QRandomGenerator &random, int depth)
{
    const auto space = [&random]() -> QByteArray {
        QByteArray out;
        for (int i = random.bounded(4) == 0 ? random.bounded(1, 3) : 0; i > 0; --i)
            out += " \t\n\r"[random.bounded(4)];
        return out;
    };
    const auto string = [&random]() -> QByteArray {
        static const char *const kPieces[] = {"a",
                                              "Z",
                                              "key",
                                              " ",
                                              "\\\"",
                                              "\\\\",
                                              "\\/",
                                              "/",
                                              "\\n",
                                              "\\t",
                                              "\\b",
                                              "\\u0041",
                                              "\\u00e9",
                                              "\\ud83d\\ude00",
                                              "\\ud800",
                                              "\\x41",
                                              "\x01",
                                              "\t",
                                              "\xc3\xa9",
                                              "\xe4\xb8\xad",
                                              "\xf0\x9f\x98\x80",
                                              "\xef\xbb\xbf",
                                              "\xc3",
                                              "\xed\xa0\x80",
                                              "\x7f"};
        QByteArray out = "\"";
        for (int i = random.bounded(5); i > 0; --i)
            out += kPieces[random.bounded(int(std::size(kPieces)))];
        return out + '"';
    };
    const auto number = [&random]() -> QByteArray {
        static const char *const kSpellings[] = {"0",
                                                 "-0",
                                                 "-0.0",
                                                 "1.0",
                                                 "1e17",
                                                 "1E+2",
                                                 "2.5e-3",
                                                 "0.1",
                                                 "12.5",
                                                 "123456789012345678",
                                                 "-123456789012345678",
                                                 "1234567890123456789",
                                                 "99999999999999999999",
                                                 "9007199254740993",
                                                 "9.2233720368547758e18",
                                                 "-9.223372036854775808e18",
                                                 "1e400",
                                                 "1e-400",
                                                 "01",
                                                 "1.",
                                                 ".5",
                                                 "+1",
                                                 "-",
                                                 "1e",
                                                 "0x10",
                                                 "1.5e308"};
        if (random.bounded(2))
            return QByteArray::number(qint64(random.generate64() >> random.bounded(1, 64))
                                      * (random.bounded(2) ? 1 : -1));
        return QByteArray(kSpellings[random.bounded(int(std::size(kSpellings)))]);
    };
    QByteArray out = space();
    switch (random.bounded(depth > 3 ? 4 : 6)) {
    case 0:
        out += string();
        break;
    case 1:
        out += number();
        break;
    case 2:
        out += QByteArrayList{"true", "false", "null", "nul", "True"}.at(random.bounded(5));
        break;
    case 3:
        out += random.bounded(2) ? number() : string();
        break;
    case 4: {
        out += '{';
        for (int i = random.bounded(5); i > 0; --i) {
            out += space() + "\"k" + QByteArray::number(random.bounded(6)) + '"' + space() + ':'
                + spelledJson(random, depth + 1) + (i > 1 ? "," : "");
        }
        out += space() + '}';
        break;
    }
    default: {
        out += '[';
        for (int i = random.bounded(5); i > 0; --i)
            out += spelledJson(random, depth + 1) + (i > 1 ? "," : "");
        out += space() + ']';
        break;
    }
    }
    return out + space();
}

// Changes a few bytes, to reach text that is almost JSON.
QByteArray mutated(QRandomGenerator &random, QByteArray text)
{
    static constexpr QByteArrayView kBytes("\"\\{}[],: 0123456789eE.+-tfnu\x01\x7f\xc3\xa9\xef\xbb\xbf\xff");
    for (int i = random.bounded(1, 4); i > 0; --i) {
        const qsizetype at = random.bounded(text.size() + 1);
        const char byte = kBytes[random.bounded(kBytes.size())];
        switch (random.bounded(3)) {
        case 0:
            text.insert(at, byte);
            break;
        case 1:
            if (at < text.size())
                text.remove(at, 1);
            break;
        default:
            if (at < text.size())
                text[at] = byte;
            break;
        }
    }
    return text;
}

// parseExternal without the scanner: every check around Qt's reader.
std::optional<QJsonValue> checkedPath(QByteArrayView text)
{
    text = json::withoutByteOrderMark(text);
    if (!json::checkBeforeParsing(text, nullptr))
        return std::nullopt;
    const auto value = json::parseValue(text, nullptr);
    if (!value || !json::checkAfterParsing(text, nullptr))
        return std::nullopt;
    return value;
}

} // namespace

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQt_data();
    void matchesQt();
    void matchesQtOnRandomDocuments();
    void eventTextMatchesItsObject();
    void topLevelValuesMatchQt();
    void parseErrorsSayWhere();
    void matchesQtOnRandomStrings();
    void checkUnicode_data();
    void checkUnicode();
    void nestingDepth_data();
    void nestingDepth();
    void checkNumbers_data();
    void checkNumbers();
    void writtenNumbersPassTheChecks();
    void checkSyntax_data();
    void checkSyntax();
    void checkUniqueKeys_data();
    void checkUniqueKeys();
    void wholeNumbersReadBackExactly();
    void leadingBomsAreKept_data();
    void leadingBomsAreKept();
    void parseExternal_data();
    void parseExternal();
    void plainTextPassesTheChecks();
};

void TestJson::matchesQt_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("empty") << QJsonObject();
    QTest::newRow("window") << QJsonObject{{u"app"_s, u"Firefox"_s}, {u"title"_s, u"Stint – Tracker"_s}};
    QTest::newRow("escapes") << QJsonObject{
        {u"t"_s, QString(u"quote \" backslash \\ tab \t nl \n bell \a nul "_s + QChar(0))}};
    QTest::newRow("numbers") << QJsonObject{
        {u"int"_s, 42},     {u"neg"_s, -7}, {u"frac"_s, 0.1}, {u"big"_s, 1e20}, {u"limit"_s, 9007199254740992.0},
        {u"tiny"_s, 5e-324}};
    // Qt keeps a whole number that fits in 64 bits exactly, past 2^53 too, and writes it so.
    QTest::newRow("64-bit integers") << QJsonObject{{u"past53"_s, qint64(9007199254740993)},
                                                    {u"max"_s, std::numeric_limits<qint64>::max()},
                                                    {u"min"_s, std::numeric_limits<qint64>::min()},
                                                    {u"negpast53"_s, qint64(-9007199254740995)}};
    QTest::newRow("parsed numbers") << QJsonDocument::fromJson(
                                           R"({"a":9007199254740993,"b":1e18,"c":123456789012345678,)"
                                           R"("d":-4611686018427387905,"e":2.5e15})")
                                           .object();
    QTest::newRow("non-finite") << QJsonObject{{u"inf"_s, std::numeric_limits<double>::infinity()}};
    QTest::newRow("nested") << QJsonObject{{u"a"_s, QJsonArray{1, u"x"_s, true, QJsonValue::Null}},
                                           {u"o"_s, QJsonObject{{u"z"_s, false}}}};
    QTest::newRow("unicode keys") << QJsonObject{{u"ключ"_s, u"значение 🎉"_s}, {u"a"_s, 1}};
}

void TestJson::matchesQt()
{
    QFETCH(QJsonObject, object);
    QCOMPARE(json::toCompactText(object), qtCompact(object));
    QCOMPARE(json::toCompact(object), qtCompact(object).toUtf8());
}

void TestJson::matchesQtOnRandomDocuments()
{
    QRandomGenerator random(20261124);
    for (int i = 0; i < 2000; ++i) {
        QJsonObject object;
        for (int k = random.bounded(6); k > 0; --k)
            object.insert(u"key%1"_s.arg(random.bounded(20)), randomValue(random, 0));
        const QString ours = json::toCompactText(object);
        QCOMPARE(ours, qtCompact(object));
        QCOMPARE(json::parseObject(ours.toUtf8(), nullptr), object);
    }
}

// The HTTP API answers a heartbeat with Event::toCompactJson, written member by member; it must be
// the text of Event::toJson, whatever the id, times and data.
void TestJson::eventTextMatchesItsObject()
{
    QRandomGenerator random(20261205);
    for (int i = 0; i < 2000; ++i) {
        Event event;
        // Ids across the 64-bit range of SQLite's row ids, and back through Event::fromJson.
        event.id = random.bounded(3) == 0 ? 0 : qint64(random.generate64() >> random.bounded(1, 63));
        event.start = qint64(random.generate64() >> 2) - (qint64(1) << 61);
        event.duration = random.bounded(2) ? qint64(random.bounded(1, 1'000'000)) * 1'000'000'000
                                           : qint64(random.generate64() >> random.bounded(8, 40));
        for (int k = random.bounded(5); k > 0; --k)
            event.data.insert(u"key%1"_s.arg(random.bounded(20)), randomValue(random, 0));
        const QJsonObject object = event.toJson();
        QCOMPARE(event.toCompactJson(), json::toCompact(object));
        QCOMPARE(QString::fromUtf8(event.toCompactJson()), qtCompact(object));
        const auto parsed = Event::fromJson(*json::parseObject(event.toCompactJson(), nullptr), nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->id, event.id);
    }
}

void TestJson::topLevelValuesMatchQt()
{
    // Settings store any JSON value; Qt writes a scalar only inside an array, so compare with that.
    QRandomGenerator random(7);
    for (int i = 0; i < 500; ++i) {
        const QJsonValue value = randomValue(random, 0);
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        QCOMPARE(json::toCompact(value), wrapped.mid(1, wrapped.size() - 2));
        QCOMPARE(json::parseValue(json::toCompact(value), nullptr), value.isUndefined() ? QJsonValue() : value);
    }
}

void TestJson::parseErrorsSayWhere()
{
    QString error;
    QVERIFY(!json::parseObject("{\"a\": 1,}", &error).has_value());
    QVERIFY2(error.contains(u"offset"_s), qPrintable(error));
    QVERIFY(!json::parseObject("[1, 2]", &error).has_value());
    QCOMPARE(error, u"expected a JSON object"_s);
    QCOMPARE(json::parseValue("\"text\"", &error), QJsonValue(u"text"_s));
    QCOMPARE(json::parseValue("12.5", &error), QJsonValue(12.5));
    QVERIFY(!json::parseValue("1 2", &error).has_value());
}

void TestJson::matchesQtOnRandomStrings()
{
    // Every UTF-16 string, valid or not, as keys and values: the same bytes as Qt's writer (which
    // escapes a lone surrogate as \udxxx), and parsed back to the very same units.
    QRandomGenerator random(20261204);
    for (int i = 0; i < 5000; ++i) {
        QJsonObject object;
        for (int k = random.bounded(4); k > 0; --k)
            object.insert(randomText(random, 6),
                          random.bounded(3) ? QJsonValue(randomText(random, 16))
                                            : QJsonArray{randomText(random, 8), 1});
        const QByteArray ours = json::toCompact(object);
        QCOMPARE(ours, QJsonDocument(object).toJson(QJsonDocument::Compact));
        QCOMPARE(json::toCompactText(object), QString::fromUtf8(ours));
        QVERIFY2(ours.isValidUtf8(), ours.toHex().constData());
        const auto parsed = json::parseObject(ours, nullptr);
        QVERIFY2(parsed && sameJson(*parsed, object), ours.constData());
    }
}

void TestJson::checkUnicode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // empty: valid; else a part of the message
    QTest::newRow("ascii") << QByteArray(R"({"a": "b\\ud800", "c": "\\"})") << QString();
    QTest::newRow("pair") << QByteArray(R"(["\ud83c\udf89", "\uD83C\uDF89"])") << QString();
    QTest::newRow("utf-8") << QByteArray("[\"\xf0\x9f\x8e\x89 \xef\xbf\xbf \xc3\xa9\"]") << QString();
    QTest::newRow("nul, U+FFFF") << QByteArray(R"(["\u0000", "\uffff", "\ufffe"])") << QString();
    QTest::newRow("lone high") << QByteArray(R"({"c":"\ud800x"})") << u"\\ud800 at offset 6 is a lone"_s;
    QTest::newRow("lone high at end") << QByteArray(R"(["\udbff"])") << u"\\udbff at offset 2"_s;
    QTest::newRow("high, high") << QByteArray(R"(["\ud800\ud800\udc00"])") << u"\\ud800 at offset 2"_s;
    QTest::newRow("lone low") << QByteArray(R"(["a\uDC00"])") << u"\\udc00 at offset 3"_s;
    QTest::newRow("high, escape") << QByteArray(R"(["\ud800\n"])") << u"\\ud800 at offset 2"_s;
    QTest::newRow("not UTF-8") << QByteArray("[\"a\xff\"]") << u"0xff at offset 3 is not valid UTF-8"_s;
    QTest::newRow("surrogate in UTF-8") << QByteArray("[\"\xed\xa0\x80\"]") << u"0xed at offset 2"_s;
    QTest::newRow("overlong") << QByteArray("[\"\xc0\x80\"]") << u"0xc0 at offset 2"_s;
    QTest::newRow("cut short") << QByteArray("[\"\xe2\x82") << u"0xe2 at offset 2"_s;
}

void TestJson::checkUnicode()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString message;
    QCOMPARE(json::checkUnicode(text, &message), error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestJson::nestingDepth_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("depth");
    QTest::newRow("a string") << QByteArray(R"("[{")") << 0;
    QTest::newRow("an object") << QByteArray(R"({"a":1})") << 1;
    QTest::newRow("nested") << QByteArray(R"([1,[2,[3]],{"b":{}}])") << 3;
    QTest::newRow("brackets in strings") << QByteArray(R"([{"a":"[[[{{"}])") << 2;
    QTest::newRow("escaped quote") << QByteArray(R"(["\"[[", ["\\"]])") << 2;
    QTest::newRow("cut short") << QByteArray(R"([[["abc)") << 3;
}

void TestJson::nestingDepth()
{
    QFETCH(QByteArray, text);
    QFETCH(int, depth);
    QCOMPARE(json::nestingDepth(text), depth);
}

void TestJson::checkNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // empty: accepted; else a part of the message
    QTest::newRow("64-bit edges") << QByteArray(
        R"({"a":9223372036854775807,"b":-9223372036854775808,"c":[0,-0,1.5e300]})")
                                  << QString();
    QTest::newRow("doubles") << QByteArray(R"([12345678901234567890.0, 1e400, 123456789012345678901e-3])") << QString();
    QTest::newRow("in strings") << QByteArray(R"({"99999999999999999999":"99999999999999999999 \"1\" \\"})")
                                << QString();
    QTest::newRow("past max") << QByteArray(R"({"a": 9223372036854775808})")
                              << u"9223372036854775808 at offset 6 is outside"_s;
    QTest::newRow("past min") << QByteArray(R"([1,-9223372036854775809])") << u"-9223372036854775809 at offset 3"_s;
    QTest::newRow("a lone minus") << QByteArray(R"([-, -])") << QString(); // malformed, for the parser to say
    QTest::newRow("before a bracket") << QByteArray(R"({"a":[99999999999999999999]})")
                                      << u"99999999999999999999 at offset 6"_s;
    QTest::newRow("before a brace") << QByteArray(R"({"a":-99999999999999999999})")
                                    << u"-99999999999999999999 at offset 5"_s;
    QTest::newRow("after an escaped backslash")
        << QByteArray(R"(["a\\",99999999999999999999])") << u"99999999999999999999 at offset 7"_s;
    QTest::newRow("after a NUL") << QByteArray("[\"\0\",\0 99999999999999999999]", 27)
                                 << u"99999999999999999999 at offset 7"_s;
    QTest::newRow("after an escaped quote")
        << QByteArray(R"(["a\"", 123456789012345678901])") << u"123456789012345678901 at offset 8"_s;
    // Past 64 bits, but written back as the same text (the nearest double, as Stint writes it):
    // what an export holds must import again.
    QTest::newRow("as the writer writes doubles")
        << QByteArray(R"([12345678901234567000,-9223372036854776000,18446744073709552000])") << QString();
    QTest::newRow("a double written otherwise")
        << QByteArray(R"([100000000000000000000])") << u"100000000000000000000 at offset 1"_s;
}

// Every number the writer writes passes the checks on outside text and reads back as the same
// text, so what Stint exports it imports again.
void TestJson::writtenNumbersPassTheChecks()
{
    QRandomGenerator random(20261206);
    for (int i = 0; i < 20000; ++i) {
        const double magnitude = std::pow(10.0, random.bounded(60.0) - 30.0);
        const double d = (random.bounded(2) ? -1 : 1) * magnitude * random.generateDouble();
        for (const QJsonValue &value : {QJsonValue(d), QJsonValue(std::round(d))}) {
            const QByteArray text = json::toCompact(QJsonObject{{u"n"_s, value}});
            QString error;
            QVERIFY2(json::checkBeforeParsing(text, &error), qPrintable(QString::fromLatin1(text) + u' ' + error));
            const auto object = json::parseObject(text, nullptr);
            QVERIFY(object);
            QCOMPARE(json::toCompact(*object), text);
        }
    }
}

void TestJson::checkSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // empty: accepted; else a part of the message
    QTest::newRow("every escape and number form")
        << QByteArray(R"({"a":"\"\\\/\b\f\n\r\t\u00e9 ü","b":[0,-0,10,-1.5,2e3,2E+3,2.5e-3,-0.0]})") << QString();
    QTest::newRow("a raw tab") << QByteArray("{\"a\":\"x\ty\"}") << u"the control character 0x09 at offset 7"_s;
    QTest::newRow("a raw newline in a key") << QByteArray("{\"a\nb\":1}") << u"the control character 0x0a"_s;
    QTest::newRow("a raw NUL") << QByteArray("[\"\0\"]", 5) << u"the control character 0x00 at offset 2"_s;
    QTest::newRow("a byte order mark outside strings")
        << QByteArray("{}\xEF\xBB\xBF") << u"a byte order mark (U+FEFF) at offset 2 is outside any string"_s;
    QTest::newRow("a byte order mark in a string") << QByteArray("[\"\xEF\xBB\xBF\"]") << QString();
    QTest::newRow("other bytes outside strings") << QByteArray("[1,\xC3\xA9]") << u"the byte 0xc3 at offset 3"_s;
    QTest::newRow("\\x") << QByteArray(R"(["\x41"])") << uR"(\x at offset 2 is not a JSON escape)"_s;
    QTest::newRow("\\U") << QByteArray(R"(["a\U0001F600"])") << uR"(\U at offset 3)"_s;
    QTest::newRow("\\0") << QByteArray(R"(["\0"])") << uR"(\0 at offset 2)"_s;
    QTest::newRow("\\'") << QByteArray(R"(["\'"])") << uR"(\' at offset 2)"_s;
    QTest::newRow("after an escaped backslash") << QByteArray(R"(["\\", "\q"])") << uR"(\q at offset 8)"_s;
    QTest::newRow("1.") << QByteArray(R"([1.])") << u"1. at offset 1 is not a JSON number"_s;
    QTest::newRow(".5") << QByteArray(R"({"a":.5})") << u".5 at offset 5"_s;
    QTest::newRow("01") << QByteArray(R"([01])") << u"01 at offset 1"_s;
    QTest::newRow("1e") << QByteArray(R"([1e])") << u"1e at offset 1"_s;
    QTest::newRow("1e+") << QByteArray(R"([1e+,2])") << u"1e+ at offset 1"_s;
    QTest::newRow("a lone minus") << QByteArray(R"([-])") << u"- at offset 1"_s;
    QTest::newRow("digits in strings") << QByteArray(R"({"01":".5 1."})") << QString();
}

void TestJson::checkSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString message;
    QCOMPARE(json::checkSyntax(text, &message), error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
    // parseExternal refuses the same text as malformed.
    if (!error.isEmpty()) {
        QVERIFY(!json::parseExternal(text, &message));
        QVERIFY2(message.startsWith(u"malformed JSON"_s), qPrintable(message));
    }
}

void TestJson::checkNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString message;
    QCOMPARE(json::checkNumbers(text, &message), error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestJson::checkUniqueKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // empty: accepted; else a part of the message
    QTest::newRow("distinct") << QByteArray(R"({"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]})") << QString();
    QTest::newRow("values that look like keys") << QByteArray(R"({"a":"a","b":["a","a"],"c":"a:"})") << QString();
    QTest::newRow("a colon in a key") << QByteArray(R"({"a:":1,"a":2})") << QString();
    QTest::newRow("twice") << QByteArray(R"({"a":1,"a":2})")
                           << u"\"a\" comes twice in one object (at offsets 1 and 7)"_s;
    QTest::newRow("spaces before the colon") << QByteArray("{\"a\" :1,\n\"a\"\t:2}") << u"\"a\""_s;
    QTest::newRow("escaped") << QByteArray(R"({"\u00e9":1,"é":2})") << u"\"é\""_s;
    QTest::newRow("escaped quote") << QByteArray(R"({"\"":1,"\u0022":2})") << u"\"\"\""_s;
    QTest::newRow("after a nested object") << QByteArray(R"({"a":{"b":1,"c":[]},"a":2})") << u"\"a\""_s;
    QTest::newRow("in an array's object") << QByteArray(R"([1,{"x":[{"k":1,"k":2}]}])") << u"\"k\""_s;
    QTest::newRow("empty key") << QByteArray(R"({"":1,"":2})") << u"\"\" comes twice"_s;
    QTest::newRow("escaped backslash") << QByteArray(R"({"\\":1,"\u005c":2})") << u"\"\\\""_s;
    // A quote ends a string unless an odd run of backslashes comes before it.
    QTest::newRow("backslash, then an escaped quote")
        << QByteArray(R"({"a\\\"b":1,"a\u005c\u0022b":2})") << u"comes twice"_s;
    QTest::newRow("two backslashes end a key")
        << QByteArray(R"({"k\\\\":1,"v":"\\\\","k\u005c\u005c":2})") << u"comes twice"_s;
    QTest::newRow("escaped quotes around a colon") << QByteArray(R"({"\":\"":1,"\"":2})") << QString();
    QTest::newRow("escaped slash and newline") << QByteArray(R"({"/\n":1,"\/\u000a":2})") << u"comes twice"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"({"\ud83c\udf89":1,"🎉":2})") << u"\"🎉\""_s;
    QTest::newRow("lone surrogates differ") << QByteArray(R"({"\ud800":1,"\udbff":2,"\ud800x":3})") << QString();
    // Meant for parsed text: in malformed text nothing is claimed, and nothing breaks.
    QTest::newRow("unclosed") << QByteArray(R"({"a":1,"a":2)") << QString();
    QTest::newRow("cut in a key") << QByteArray(R"({"a":1,"a)") << QString();
    QByteArray many = "{";
    for (int i = 0; i < 200'000; ++i)
        many += (i ? ",\"" : "\"") + QByteArray::number(i) + "\":0";
    QTest::newRow("200000 keys") << many + '}' << QString();
    QTest::newRow("200000 keys and one twice") << many + R"(,"199999":1})" << u"\"199999\""_s;
}

void TestJson::checkUniqueKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString message;
    QCOMPARE(json::checkUniqueKeys(text, &message), error.isEmpty());
    QVERIFY2(message.contains(error), qPrintable(message));
}

// Every whole number checkNumbers() lets through comes back as the same text.
void TestJson::wholeNumbersReadBackExactly()
{
    QRandomGenerator random(20261206);
    for (int i = 0; i < 5000; ++i) {
        const qint64 n = qint64(random.generate64()) >> random.bounded(0, 63);
        const QByteArray text = R"({"n":)" + QByteArray::number(n) + '}';
        QVERIFY(json::checkNumbers(text, nullptr));
        const auto object = json::parseObject(text, nullptr);
        QVERIFY(object);
        QCOMPARE(json::toCompact(*object), text);
    }
}

// Qt's reader drops a U+FEFF that opens a string; Stint's parsers keep it, so the text read
// comes back as it was written.
void TestJson::leadingBomsAreKept_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("boms"); // U+FEFF characters in the value
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("a value") << "{\"a\":\"" + bom + "x\"}" << 1;
    QTest::newRow("a key and two in a value") << "{\"" + bom + "k\":\"" + bom + bom + "\"}" << 3;
    QTest::newRow("in an array, after an escaped quote") << "[\"\\\"" + bom + "\",\"" + bom + "\"]" << 2;
    QTest::newRow("escaped") << QByteArray(R"({"a":"\ufeffx"})") << 1;
}

void TestJson::leadingBomsAreKept()
{
    QFETCH(QByteArray, text);
    QFETCH(int, boms);
    const auto value = json::parseValue(text, nullptr);
    QVERIFY(value);
    const QString written = json::toCompactText(*value);
    QCOMPARE(written.count(QChar(0xfeff)), boms);
    QCOMPARE(json::parseValue(written.toUtf8(), nullptr), value);
    if (value->isObject())
        QCOMPARE(json::parseObject(text, nullptr), value->toObject());
    QCOMPARE(json::parseExternal(text, nullptr), value);
}

// Outside text is parsed only after every check, and the message says which one failed.
void TestJson::parseExternal_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");       // empty: parses
    QTest::addColumn<QString>("objectError"); // of parseExternalObject; empty: parses
    QTest::newRow("object") << QByteArray(R"({"a":[1,"\u00e9"],"b":{"a":2}})") << QString() << QString();
    QTest::newRow("array") << QByteArray(R"([{"a":1},{"a":2}])") << QString() << u"expected a JSON object"_s;
    QTest::newRow("not UTF-8") << QByteArray("{\"a\":\"\xff\"}") << u"not valid Unicode: the byte 0xff"_s
                               << u"not valid Unicode"_s;
    QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\udfff"})") << uR"(not valid Unicode: \udfff at offset 6)"_s
                                    << u"not valid Unicode"_s;
    QTest::newRow("big number") << QByteArray(R"({"a":-9223372036854775809})")
                                << u"a number Stint cannot keep: the whole number -9223372036854775809"_s
                                << u"a number Stint cannot keep"_s;
    QTest::newRow("malformed") << QByteArray(R"({"a":1,})") << u"malformed JSON at offset"_s
                               << u"malformed JSON at offset"_s;
    // Malformed text is named as such, though its strings could be taken for a key named twice.
    QTest::newRow("malformed with a key twice")
        << QByteArray(R"({"a":1,"a" 2})") << u"malformed JSON"_s << u"malformed JSON"_s;
    QTest::newRow("key twice") << QByteArray(R"({"b":{"a":1,"a":2}})") << uR"(a key named twice: the key "a")"_s
                               << uR"(a key named twice: the key "a")"_s;
    // A byte order mark may begin the text (it is not part of it); one inside a string is kept.
    QTest::newRow("after a byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"a\":\"\xEF\xBB\xBF\"}") << QString() << QString();
    QTest::newRow("two byte order marks")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF{}") << u"malformed JSON"_s << u"malformed JSON"_s;
    QTest::newRow("a byte order mark after a space")
        << QByteArray(" \xEF\xBB\xBF{}") << u"malformed JSON"_s << u"malformed JSON"_s;
}

void TestJson::parseExternal()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QFETCH(QString, objectError);
    QString message;
    const auto value = json::parseExternal(text, &message);
    QCOMPARE(bool(value), error.isEmpty());
    QVERIFY2(error.isEmpty() ? message.isEmpty() : message.startsWith(error), qPrintable(message));
    if (value)
        QCOMPARE(*value, json::parseValue(json::withoutByteOrderMark(text), nullptr).value());
    if (text.startsWith("\xEF\xBB\xBF") && value) // the one inside the string is a character
        QCOMPARE(value->toObject().value(u"a"_s).toString(), u"\ufeff"_s);
    message.clear();
    const auto object = json::parseExternalObject(text, &message);
    QCOMPARE(bool(object), objectError.isEmpty());
    QVERIFY2(objectError.isEmpty() ? message.isEmpty() : message.startsWith(objectError), qPrintable(message));
    if (object)
        QCOMPARE(QJsonValue(*object), *value);
}

// Text the scanner calls plain passes every check and parses, so parseExternal may skip the checks.
void TestJson::plainTextPassesTheChecks()
{
    QRandomGenerator random(20261206);
    int plain = 0;
    int checkedOnly = 0;
    int refused = 0;
    for (int i = 0; i < 30000; ++i) {
        QByteArray text = spelledJson(random, 0);
        if (random.bounded(3) == 0)
            text = mutated(random, text);
        const auto checked = checkedPath(text);
        if (!json::PlainJsonScanner::isPlain(json::withoutByteOrderMark(text))) {
            ++(checked ? checkedOnly : refused);
            continue;
        }
        ++plain;
        QVERIFY2(checked, text.constData());
        QCOMPARE(json::parseExternal(text, nullptr), checked);
    }
    // Each way is taken often, or the comparison proves little.
    QVERIFY2(plain > 5000 && checkedOnly > 500 && refused > 5000,
             qPrintable(u"%1 plain, %2 checked only, %3 refused"_s.arg(plain).arg(checkedOnly).arg(refused)));
}

QTEST_GUILESS_MAIN(TestJson)
#include "TestJson.moc"
