// stint-bench footprint's reading of /proc/<pid>/stat and /proc/<pid>/status, on fixed text.
#include "ProcSampler.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using stint::bench::ProcSampler;

class TestProcSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statCpuTicks_data();
    void statCpuTicks();
    void statusFields();
    void ownProcess();
};

void TestProcSampler::statCpuTicks_data()
{
    QTest::addColumn<QByteArray>("stat");
    QTest::addColumn<qint64>("ticks"); // -1: not parseable

    // Fields 14 and 15 (utime 250, stime 31) with everything before them as the kernel writes it.
    QTest::newRow("plain name") << QByteArray("1234 (stint) S 1 1234 1234 0 -1 4194560 1520 0 0 0 250 31 0 0 20 0 "
                                              "5 0 123456 456789012 6123 18446744073709551615 1 1 0 0 0 0 0 4096 "
                                              "17 1 0 0 0 0 0\n")
                                << qint64(281);
    QTest::newRow("spaces and parentheses in the name")
        << QByteArray("1234 (my (odd) name) S 1 1234 1234 0 -1 4194560 1520 0 0 0 250 31 0 0 20 0 5 0 123456\n")
        << qint64(281);
    QTest::newRow("a name that looks like fields")
        << QByteArray("77 (x) R 1 2 3 4 5 6 7 8 9 10 11 12) S 1 77 77 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 9\n")
        << qint64(10);
    QTest::newRow("truncated") << QByteArray("1234 (stint) S 1 1234 1234 0 -1 4194560 1520 0 0 0 250") << qint64(-1);
    QTest::newRow("no name") << QByteArray("1234 stint S 1 1234 1234 0 -1 4194560 1520 0 0 0 250 31 0 0") << qint64(-1);
    QTest::newRow("not a number") << QByteArray("1234 (stint) S 1 1234 1234 0 -1 4194560 1520 0 0 0 x 31 0 0")
                                  << qint64(-1);
    QTest::newRow("empty (the process is gone)") << QByteArray() << qint64(-1);
}

void TestProcSampler::statCpuTicks()
{
    QFETCH(QByteArray, stat);
    QFETCH(qint64, ticks);
    QCOMPARE(ProcSampler::parseStatCpuTicks(stat).value_or(-1), ticks);
}

void TestProcSampler::statusFields()
{
    const QByteArray status = "Name:\tmy (odd) name\n"
                              "State:\tS (sleeping)\n"
                              "Pid:\t1234\n"
                              "VmPeak:\t  512000 kB\n"
                              "VmRSS:\t   30720 kB\n"
                              "RssAnon:\t   10240 kB\n"
                              "Threads:\t5\n"
                              "nonvoluntary_ctxt_switches:\t17\n"
                              "voluntary_ctxt_switches:\t4242\n";
    QCOMPARE(ProcSampler::parseStatusField(status, "VmRSS").value_or(-1), 30720);
    QCOMPARE(ProcSampler::parseStatusField(status, "Threads").value_or(-1), 5);
    // The longer key that ends in the same words comes first and must not be taken for it.
    QCOMPARE(ProcSampler::parseStatusField(status, "voluntary_ctxt_switches").value_or(-1), 4242);
    QCOMPARE(ProcSampler::parseStatusField(status, "nonvoluntary_ctxt_switches").value_or(-1), 17);
    // A prefix of a key is not the key; a zombie's status has no VmRSS; the last line may lack '\n'.
    QVERIFY(!ProcSampler::parseStatusField(status, "Vm"));
    QVERIFY(!ProcSampler::parseStatusField("Name:\tstint\nState:\tZ (zombie)\n", "VmRSS"));
    QCOMPARE(ProcSampler::parseStatusField("Threads:\t3", "Threads").value_or(-1), 3);
    QVERIFY(!ProcSampler::parseStatusField("VmRSS:\tlots\n", "VmRSS"));
    QVERIFY(!ProcSampler::parseStatusField(QByteArray(), "VmRSS"));
}

// The real files of this test process parse, and a process that does not exist is an error.
void TestProcSampler::ownProcess()
{
    ProcSampler self(QCoreApplication::applicationPid());
    QVERIFY2(self.sample(), qPrintable(self.error()));
    QVERIFY(self.maxRssMiB() > 0);
    QCOMPARE(self.samples(), 1);

    ProcSampler none(-1);
    QVERIFY(!none.sample());
    QVERIFY(!none.error().isEmpty());
    QCOMPARE(none.samples(), 0);
}

QTEST_GUILESS_MAIN(TestProcSampler)
#include "TestProcSampler.moc"
