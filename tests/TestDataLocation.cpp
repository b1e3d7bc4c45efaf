// Where the database lives by default: the same folder for the window and stint-cli.
#include "util/DataLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace stint;
using namespace Qt::StringLiterals;

class TestDataLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()));
        QStandardPaths::setTestModeEnabled(false);
    }

    void init() { QCoreApplication::setOrganizationName(QString()); }

    // The tray names the database unless it is the one every Stint uses by default.
    void defaultIsTheUsualDatabaseOnly()
    {
        const QString usual = DataLocation::defaultDirectory();
        QVERIFY(DataLocation(usual, false).isDefault());
        QVERIFY(DataLocation(usual + u"/"_s, false).isDefault());
        QVERIFY(!DataLocation(usual, true).isDefault()); // --testing
        QVERIFY(!DataLocation(m_home.filePath(u"elsewhere"_s), false).isDefault());
    }

    // stint sets the organization name for its window settings; stint-cli does not.
    void organizationNameDoesNotMoveTheDatabase()
    {
        const QString withoutOrganization = DataLocation::defaultDirectory();
        QCoreApplication::setOrganizationName(QStringLiteral("Stint"));
        QCOMPARE(DataLocation::defaultDirectory(), withoutOrganization);
        QCOMPARE(withoutOrganization, QDir(m_home.path()).filePath(QStringLiteral("stint")));
    }

    void earlierFolderIsUsedWhileItIsTheOnlyOne()
    {
        const QString earlier = QDir(m_home.path()).filePath(QStringLiteral("Stint/stint"));
        QVERIFY(QDir().mkpath(earlier));
        QFile old(earlier + QStringLiteral("/stint.db"));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QCOMPARE(DataLocation::defaultDirectory(), earlier);

        const QString current = QDir(m_home.path()).filePath(QStringLiteral("stint"));
        QVERIFY(QDir().mkpath(current));
        QFile now(current + QStringLiteral("/stint.db"));
        QVERIFY(now.open(QIODevice::WriteOnly));
        now.close();
        QCOMPARE(DataLocation::defaultDirectory(), current);
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestDataLocation)
#include "TestDataLocation.moc"
