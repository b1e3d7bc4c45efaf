// The shipped translations: every entry finished and current with the sources, placeholders kept,
// and the built .qm files load and translate.
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace stint;

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations;
};

QList<TsEntry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            entries.append(entry);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            entry = TsEntry{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
        } else if (name == u"source") {
            entry.source = xml.readElementText();
        } else if (name == u"comment") {
            entry.comment = xml.readElementText();
        } else if (name == u"translation") {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus)
                entry.translations = {xml.readElementText()};
        } else if (name == u"numerusform") {
            entry.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(STINT_TS_DIR "/stint_%1.ts").arg(language);
}

QString describe(const TsEntry &entry)
{
    return entry.context + QStringLiteral(" / \"") + entry.source.left(60) + QLatin1Char('"');
}

// %1..%99 (and %L1) a translation must keep; %n may be left out of a singular form.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9][0-9]?"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvesTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("german") << QStringList{QStringLiteral("de-DE")} << QStringLiteral("de");
        QTest::newRow("austrian german") << QStringList{QStringLiteral("de-AT"), QStringLiteral("en")}
                                         << QStringLiteral("de");
        QTest::newRow("english first") << QStringList{QStringLiteral("en-US"), QStringLiteral("de-DE")} << QString();
        QTest::newRow("brazil") << QStringList{QStringLiteral("pt-BR")} << QStringLiteral("pt_BR");
        QTest::newRow("portugal falls back") << QStringList{QStringLiteral("pt-PT")} << QStringLiteral("pt_BR");
        QTest::newRow("simplified chinese") << QStringList{QStringLiteral("zh-Hans-CN")} << QStringLiteral("zh_CN");
        QTest::newRow("traditional chinese is not simplified")
            << QStringList{QStringLiteral("zh-TW"), QStringLiteral("ja-JP")} << QStringLiteral("ja");
        QTest::newRow("unshipped then french")
            << QStringList{QStringLiteral("nl-NL"), QStringLiteral("fr-CA")} << QStringLiteral("fr");
        QTest::newRow("russian") << QStringList{QStringLiteral("ru")} << QStringLiteral("ru");
        QTest::newRow("posix locale") << QStringList{QStringLiteral("C")} << QString();
        QTest::newRow("nothing") << QStringList{} << QString();
    }

    void resolvesTheUsersLanguage()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(Translations::resolve(uiLanguages), expected);
    }

    void shipsTheIssuesLanguages()
    {
        const QStringList shipped = Translations::shipped();
        for (const char *code : {"de", "fr", "es", "pt_BR", "zh_CN", "ja", "ru"})
            QVERIFY2(shipped.contains(QLatin1String(code)), code);
    }

    void tsFilesAreCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QStringList>("options");
        for (const QString &language : Translations::shipped())
            QTest::newRow(qPrintable(language)) << language << QStringLiteral(STINT_LUPDATE_PROJECT) << QStringList();
        // English carries only plural forms.
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral(STINT_LUPDATE_PROJECT_EN)
                            << QStringList{QStringLiteral("-pluralonly")};
    }

    // Runs lupdate over today's sources into a copy of the shipped file: a string added or changed
    // in the code shows up as unfinished, one removed as vanished.
    void tsFilesAreCompleteAndCurrent()
    {
        QFETCH(QString, language);
        QFETCH(QString, project);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString projectJson = dir.filePath(QStringLiteral("project.json"));
        QProcess generate;
        generate.start(QStringLiteral(STINT_CMAKE_COMMAND),
                       {QStringLiteral("-DIN_FILE=") + project, QStringLiteral("-DOUT_FILE=") + projectJson,
                        QStringLiteral("-P"), QStringLiteral(STINT_LUPDATE_GENERATOR)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());

        const QString copy = dir.filePath(QStringLiteral("stint_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(STINT_LUPDATE),
                      options
                          + QStringList{QStringLiteral("-silent"), QStringLiteral("-project"), projectJson,
                                        QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        for (const QString &path : {tsPath(language), copy}) {
            QString error;
            const QList<TsEntry> entries = readTs(path, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!entries.isEmpty());
            QStringList problems;
            for (const TsEntry &entry : entries) {
                if (!entry.type.isEmpty())
                    problems << entry.type + QStringLiteral(": ") + describe(entry);
            }
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("%1: %2 entries need work (run the update_translations "
                                               "target and translate them), e.g.\n  %3")
                                    .arg(path)
                                    .arg(problems.size())
                                    .arg(problems.mid(0, 15).join(QStringLiteral("\n  ")))));
        }
    }

    void translationsKeepPlaceholders_data() { builtCatalogsTranslate_data(); }

    void translationsKeepPlaceholders()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsEntry> entries = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsEntry &entry : entries) {
            const QSet<QString> wanted = placeholders(entry.source);
            for (const QString &text : entry.translations) {
                if (text.trimmed().isEmpty() || placeholders(text) != wanted)
                    problems << describe(entry) + QStringLiteral(" -> \"") + text + QLatin1Char('"');
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void builtCatalogsTranslate_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Translations::shipped())
            QTest::newRow(qPrintable(language)) << language;
    }

    // The .qm next to the build loads, and gives every finished entry of the .ts back.
    void builtCatalogsTranslate()
    {
        QFETCH(QString, language);
        Translations translations;
        QCOMPARE(translations.install(language), language);
        QString error;
        const QList<TsEntry> entries = readTs(tsPath(language), &error);
        int checked = 0;
        for (const TsEntry &entry : entries) {
            if (entry.numerus || !entry.type.isEmpty())
                continue;
            const QByteArray context = entry.context.toUtf8();
            const QByteArray source = entry.source.toUtf8();
            const QByteArray comment = entry.comment.toUtf8();
            QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(),
                                                 comment.isEmpty() ? nullptr : comment.constData()),
                     entry.translations.value(0));
            ++checked;
        }
        QVERIFY(checked > 0);
        translations.remove();
        QCOMPARE(QCoreApplication::translate(qPrintable(entries.first().context), qPrintable(entries.first().source)),
                 entries.first().source);
    }

    // The sources say "%n event(s)"; English readers see "1 event" and "2 events".
    void englishHasItsPluralForms()
    {
        Translations translations;
        QCOMPARE(translations.install(QString(Translations::kEnglish)), QString());
        QCOMPARE(QCoreApplication::translate("stint::RawDataPage", "%n event(s).", nullptr, 1),
                 QStringLiteral("1 event."));
        QCOMPARE(QCoreApplication::translate("stint::RawDataPage", "%n event(s).", nullptr, 2),
                 QStringLiteral("2 events."));
        QCOMPARE(Translations::active(), QString());
    }

    // Qt's own strings (standard buttons) follow the chosen language too.
    void loadsQtsOwnTranslation()
    {
        // Qt installations may come without their catalogues (the Windows and macOS CI's Qt).
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German catalogue is not installed (Debian: qt6-translations-l10n, which .ci/setup installs)");
        Translations translations;
        QCOMPARE(translations.install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
