// One Stint per user and database. Other instances are this program started again in a helper
// mode ("--instance DB [--window]"), which prints its role and, as the primary, stays running.
#include "integration/SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using stint::SingleInstance;

namespace {

int runInstance(const QString &databasePath, bool withWindow, bool showWindow)
{
    SingleInstance instance(databasePath);
    instance.setShowWindow(showWindow);
    instance.setActivationHandler([withWindow] { return withWindow; });
    QString message;
    switch (instance.start(&message)) {
    case SingleInstance::Role::Primary:
        std::printf("primary\n");
        std::fflush(stdout);
        return QCoreApplication::exec(); // until the test ends it
    case SingleInstance::Role::Secondary:
        std::printf("secondary %s\n",
                    instance.answer() == SingleInstance::Answer::WindowShown   ? "shown"
                        : instance.answer() == SingleInstance::Answer::Running ? "running"
                                                                               : "no-window");
        return 0;
    case SingleInstance::Role::Failed:
        std::printf("failed %s\n", qUtf8Printable(message));
        return 1;
    }
    return 1;
}

// Another instance of this program in its helper mode.
std::unique_ptr<QProcess> startInstance(const QString &databasePath, bool withWindow = false, bool showWindow = true)
{
    auto process = std::make_unique<QProcess>();
    QStringList arguments{u"--instance"_s, databasePath};
    if (withWindow)
        arguments << u"--window"_s;
    if (!showWindow)
        arguments << u"--hidden"_s;
    process->start(QCoreApplication::applicationFilePath(), arguments);
    return process;
}

// The helper's one line, read while this event loop keeps running (an in-process primary must
// be able to answer meanwhile).
QString firstLine(QProcess &process, int timeoutMs = 20'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine() && process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    return QString::fromUtf8(process.readLine()).trimmed();
}

bool finished(QProcess &process, int timeoutMs = 20'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    return process.state() == QProcess::NotRunning;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondIsRefusedAndFirstActivated_data();
    void secondIsRefusedAndFirstActivated();
    void answerWithoutWindow();
    void otherDatabaseIsAnotherInstance();
    void samePathSpelledDifferently();
    void staleLockAndSocketRecovered();
    void simultaneousStartsHaveOneWinner();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = m_dir->filePath(u"stint.db"_s);
}

void TestSingleInstance::secondIsRefusedAndFirstActivated_data()
{
    QTest::addColumn<bool>("showWindow");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("activations");
    QTest::newRow("started again") << true << u"secondary shown"_s << 1;
    // A second start from the autostart entry (--minimized) only learns that Stint runs.
    QTest::newRow("started at login") << false << u"secondary running"_s << 0;
}

void TestSingleInstance::secondIsRefusedAndFirstActivated()
{
    QFETCH(bool, showWindow);
    QFETCH(QString, answer);
    QFETCH(int, activations);
    SingleInstance first(m_database);
    int handled = 0;
    first.setActivationHandler([&handled] {
        ++handled;
        return true;
    });
    QSignalSpy activated(&first, &SingleInstance::activated);
    QString message;
    QCOMPARE(first.start(&message), SingleInstance::Role::Primary);

    auto second = startInstance(m_database, false, showWindow);
    QCOMPARE(firstLine(*second), answer);
    QVERIFY(finished(*second));
    QCOMPARE(second->exitCode(), 0);
    QCOMPARE(handled, activations);
    QCOMPARE(activated.size(), activations);
}

void TestSingleInstance::answerWithoutWindow()
{
    SingleInstance first(m_database); // headless: no handler
    QString message;
    QCOMPARE(first.start(&message), SingleInstance::Role::Primary);
    auto second = startInstance(m_database);
    QCOMPARE(firstLine(*second), u"secondary no-window"_s);
    QVERIFY(finished(*second));
    QCOMPARE(second->exitCode(), 0);
}

void TestSingleInstance::otherDatabaseIsAnotherInstance()
{
    SingleInstance first(m_database);
    QString message;
    QCOMPARE(first.start(&message), SingleInstance::Role::Primary);
    const QString testing = m_dir->filePath(u"stint-testing.db"_s);
    QVERIFY(SingleInstance::serverName(testing) != SingleInstance::serverName(m_database));
    SingleInstance other(testing);
    QCOMPARE(other.start(&message), SingleInstance::Role::Primary);
}

void TestSingleInstance::samePathSpelledDifferently()
{
    QVERIFY(QDir().mkpath(m_dir->filePath(u"sub"_s)));
    const QString spelled = m_dir->filePath(u"sub/../stint.db"_s);
    QCOMPARE(SingleInstance::serverName(spelled), SingleInstance::serverName(m_database));
    QCOMPARE(SingleInstance::lockFilePath(spelled), SingleInstance::lockFilePath(m_database));
}

void TestSingleInstance::staleLockAndSocketRecovered()
{
    auto crashed = startInstance(m_database, true);
    QCOMPARE(firstLine(*crashed), u"primary"_s);
    crashed->kill(); // SIGKILL: no clean-up at all
    QVERIFY(crashed->waitForFinished(10'000));
    QVERIFY(QFile::exists(SingleInstance::lockFilePath(m_database)));
#ifdef Q_OS_UNIX
    QVERIFY(QFileInfo::exists(SingleInstance::serverName(m_database))); // the socket file is left behind
#endif

    SingleInstance next(m_database);
    next.setActivationHandler([] { return true; });
    QString message;
    QCOMPARE(next.start(&message, 5000), SingleInstance::Role::Primary);
    // ... and it really serves: a later start hands over to it.
    auto later = startInstance(m_database);
    QCOMPARE(firstLine(*later), u"secondary shown"_s);
    QVERIFY(finished(*later));
    QCOMPARE(later->exitCode(), 0);
}

void TestSingleInstance::simultaneousStartsHaveOneWinner()
{
    std::vector<std::unique_ptr<QProcess>> starts;
    for (int i = 0; i < 4; ++i)
        starts.push_back(startInstance(m_database, true));
    QStringList lines;
    for (const auto &process : starts)
        lines << firstLine(*process);
    QCOMPARE(lines.count(u"primary"_s), 1);
    QCOMPARE(lines.count(u"secondary shown"_s), 3);
    for (const auto &process : starts) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(10'000);
        } else {
            QCOMPARE(process->exitCode(), 0);
        }
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 3 && arguments.at(1) == u"--instance"_s)
        return runInstance(arguments.at(2), arguments.contains(u"--window"_s), !arguments.contains(u"--hidden"_s));
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSingleInstance.moc"
