// Compound Text as X clients write it into WM_NAME.
#include "watchers/x11/CompoundText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace stint;

class TestCompoundText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
};

void TestCompoundText::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QByteArray("plain title") << u"plain title"_s;
    QTest::newRow("latin-1 without escapes") << QByteArray("Gr\xfc\xdf"
                                                           "e")
                                             << u"Grüße"_s;
    // What xterm 379 writes for the title "Grüße – 日本 Привет".
    QTest::newRow("xterm mixed") << QByteArray("Gr\xfc\xdf"
                                               "e \x1b%G\xe2\x80\x93\x1b%@ \x1b$(BF|K\\\x1b(B "
                                               "\x1b-L\xbf\xe0\xd8\xd2\xd5\xe2")
                                 << u"Grüße – 日本 Привет"_s;
    QTest::newRow("unterminated utf-8 segment") << QByteArray("a \x1b%G\xc3\xa9t\xc3\xa9") << u"a été"_s;
    QTest::newRow("unknown set") << QByteArray("x\x1b$(Z!!\x1b(By") << u"x\uFFFDy"_s;
    QTest::newRow("direction markers") << QByteArray("a\x9b"
                                                     "2]b\x9b]")
                                       << u"ab"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestCompoundText::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(decodeCompoundText(bytes), text);
}

QTEST_GUILESS_MAIN(TestCompoundText)
#include "TestCompoundText.moc"
