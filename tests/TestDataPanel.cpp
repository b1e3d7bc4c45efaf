// Settings → Data: export everything and import it into another database, or back it up, without
// blocking the window; a second import adds nothing; a CSV has the activity; a malformed file stops with a
// clear message and stores nothing.
#include "DataPanel.h"
#include "UiFixture.h"
#include "api/ApiServer.h"
#include "storage/EventReader.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace stint;
using namespace stint::test;

namespace {

const QString kWindow = u"aw-watcher-window_testhost"_s;

qint64 countEvents(const QString &database, const QString &bucket)
{
    EventReader reader(database);
    return reader.isOpen() ? reader.eventCount(bucket).value_or(-1) : -1;
}

} // namespace

class TestDataPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiFixture::initUiTestCase(m_config); }
    void exportThenImportTwice();
    void exportCsv();
    void backUpWhileRecording();
    void malformedImportStopsClearly();
    void showsWhetherTheApiServes();

private:
    // Runs one transfer through the panel and returns its status text.
    static QString transfer(DataPanel &panel, const std::function<void()> &start, bool expectOk);
    QTemporaryDir m_config;
};

QString TestDataPanel::transfer(DataPanel &panel, const std::function<void()> &start, bool expectOk)
{
    QSignalSpy done(&panel, &DataPanel::transferFinished);
    start();
    if (!panel.isBusy() && done.isEmpty())
        return u"did not start"_s;
    // The buttons wait while a job runs.
    if (panel.isBusy() && panel.findChild<QPushButton *>(u"importDataButton"_s)->isEnabled())
        return u"import button enabled while busy"_s;
    if (!done.wait(30'000))
        return u"timeout"_s;
    if (done.first().first().toBool() != expectOk)
        return u"unexpected outcome: "_s + panel.findChild<QLabel *>(u"transferStatusLabel"_s)->text();
    return panel.findChild<QLabel *>(u"transferStatusLabel"_s)->text();
}

void TestDataPanel::exportThenImportTwice()
{
    UiFixture source;
    QVERIFY(source.start());
    QVERIFY(source.createBucket(kWindow, u"currentwindow"_s));
    QList<QJsonObject> data;
    for (int i = 0; i < 300; ++i)
        data.append({{u"app"_s, u"App %1"_s.arg(i % 7)}, {u"title"_s, u"Title %1"_s.arg(i)}});
    QVERIFY(source.record(kWindow, data, 10));
    QTemporaryDir out;
    const QString file = out.filePath(u"export.json"_s);
    DataPanel exporter(source.context());
    QString status = transfer(
        exporter, [&] { exporter.exportTo(file); }, true);
    QVERIFY2(status.startsWith(u"Exported 300 event(s) (buckets: 1)"_s), qPrintable(status));
    QVERIFY(QFileInfo(file).size() > 0);

    UiFixture target;
    QVERIFY(target.start());
    DataPanel importer(target.context());
    status = transfer(
        importer, [&] { importer.importFrom(file); }, true);
    QVERIFY2(status.startsWith(u"Imported 300 event(s), skipped 0"_s), qPrintable(status));
    QCOMPARE(countEvents(target.databasePath(), kWindow), 300); // committed before the panel said so
    status = transfer(
        importer, [&] { importer.importFrom(file); }, true);
    QCOMPARE(countEvents(target.databasePath(), kWindow), 300);
    QVERIFY2(status.startsWith(u"Imported 0 event(s), skipped 300"_s), qPrintable(status));
}

void TestDataPanel::exportCsv()
{
    UiFixture source;
    QVERIFY(source.start());
    QVERIFY(source.createBucket(kWindow, u"currentwindow"_s));
    QVERIFY(source.record(kWindow, {{{u"app"_s, u"Editor"_s}, {u"title"_s, u"a, \"quoted\" title"_s}}}, 60));
    QTemporaryDir out;
    const QString file = out.filePath(u"activity.csv"_s);
    DataPanel panel(source.context());
    const QString status = transfer(
        panel, [&] { panel.exportTo(file); }, true);
    QVERIFY2(status.startsWith(u"Exported 1 row(s) of activity"_s), qPrintable(status));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"start,end,duration,app,title,url,category"_s);
    QVERIFY2(lines.at(1).contains(u"Editor,\"a, \"\"quoted\"\" title\""_s), qPrintable(lines.at(1)));
}

void TestDataPanel::backUpWhileRecording()
{
    UiFixture source;
    QVERIFY(source.start());
    QVERIFY(source.createBucket(kWindow, u"currentwindow"_s));
    QList<QJsonObject> data;
    for (int i = 0; i < 50; ++i)
        data.append({{u"app"_s, u"Editor"_s}, {u"title"_s, u"Title %1"_s.arg(i)}});
    QVERIFY(source.record(kWindow, data, 10));
    QTemporaryDir out;
    const QString file = out.filePath(u"backup.db"_s);
    DataPanel panel(source.context());
    QVERIFY(panel.findChild<QPushButton *>(u"backupDataButton"_s));
    const QString status = transfer(
        panel, [&] { panel.backupTo(file); }, true);
    QVERIFY2(status.startsWith(u"Backed up 50 event(s)"_s), qPrintable(status));
    QCOMPARE(countEvents(file, kWindow), 50);
    QVERIFY(panel.findChild<QPushButton *>(u"backupDataButton"_s)->isEnabled());
}

void TestDataPanel::malformedImportStopsClearly()
{
    UiFixture target;
    QVERIFY(target.start());
    QVERIFY(target.createBucket(kWindow, u"currentwindow"_s));
    QVERIFY(target.record(kWindow, {{{u"app"_s, u"Editor"_s}}}, 60));
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broken.json"_s);
    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(R"({"buckets": {"aw-watcher-window_x": {"type": "currentwindow", "events": [{"timestamp": )");
    broken.close();
    DataPanel panel(target.context());
    const QString status = transfer(
        panel, [&] { panel.importFrom(file); }, false);
    QVERIFY2(status.startsWith(u"Stopped: "_s), qPrintable(status));
    QCOMPARE(countEvents(target.databasePath(), kWindow), 1);
    // Exporting into a folder that does not exist names the file.
    const QString nowhere = dir.filePath(u"missing/export.json"_s);
    const QString refused = transfer(
        panel, [&] { panel.exportTo(nowhere); }, false);
    QVERIFY2(refused.contains(QDir::toNativeSeparators(nowhere)), qPrintable(refused));
}

void TestDataPanel::showsWhetherTheApiServes()
{
    UiFixture fixture;
    QVERIFY(fixture.start());
    DataPanel panel(fixture.context());
    auto *label = panel.findChild<QLabel *>(u"apiStatusLabel"_s);
    QVERIFY(label);
    QVERIFY2(label->text().contains(u"is off"_s), qPrintable(label->text()));
    Tracker::ApiOverrides overrides;
    overrides.port = 0; // any free port
    fixture.tracker().startApi(overrides);
    QCOMPARE(fixture.tracker().apiState(), Tracker::ApiState::Running);
    const QString port = QString::number(fixture.tracker().apiServer()->port());
    QVERIFY2(label->text().contains(u"http://127.0.0.1:%1/api/0/"_s.arg(port)), qPrintable(label->text()));
    QVERIFY(fixture.tracker().shutdown().ok());
    QVERIFY2(label->text().contains(u"is off"_s), qPrintable(label->text()));
}

QTEST_MAIN(TestDataPanel)
#include "TestDataPanel.moc"
