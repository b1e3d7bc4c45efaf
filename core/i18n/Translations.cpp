#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace stint {

namespace {

const QString kSettingKey = QStringLiteral("ui/language");
QString activeLanguage; // translators are process-wide, and so is the language they speak

bool sameLanguage(const QLocale &shipped, const QLocale &wanted)
{
    if (shipped.language() != wanted.language())
        return false;
    // Simplified and traditional Chinese are different written languages.
    return wanted.language() != QLocale::Chinese || shipped.script() == wanted.script();
}

} // namespace

Translations::~Translations()
{
    remove();
}

QStringList Translations::shipped()
{
    return QString::fromLatin1(STINT_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString Translations::resolve(const QStringList &uiLanguages)
{
    const QStringList languages = shipped();
    for (const QString &entry : uiLanguages) {
        const QLocale wanted(entry);
        if (wanted.language() == QLocale::C)
            continue; // "C" or something QLocale does not know
        if (wanted.language() == QLocale::English)
            return {};
        QString fallback;
        for (const QString &code : languages) {
            const QLocale candidate(code);
            if (!sameLanguage(candidate, wanted))
                continue;
            if (candidate.territory() == wanted.territory())
                return code;
            if (fallback.isEmpty())
                fallback = code; // pt_PT readers are better served by pt_BR than by English
        }
        if (!fallback.isEmpty())
            return fallback;
    }
    return {};
}

QStringList Translations::searchPaths()
{
    const QString exeDir = QCoreApplication::applicationDirPath();
    return {
        QDir::cleanPath(exeDir + QStringLiteral("/../share/stint/translations")), // Linux, TGZ
        QDir::cleanPath(exeDir + QStringLiteral("/translations")),                // Windows
        QDir::cleanPath(exeDir + QStringLiteral("/../Resources/translations")),   // macOS bundle
        QDir::cleanPath(exeDir + QStringLiteral("/../translations")),             // build tree
    };
}

QString Translations::configuredLanguage()
{
    return QSettings().value(kSettingKey).toString();
}

void Translations::setConfiguredLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, language);
}

QString Translations::install(const QString &language)
{
    remove();
    m_englishInstalled = load(m_english, QLocale(QLocale::English));
    if (language == kEnglish) {
        setFormats(QLocale(QLocale::English));
        return {};
    }
    QString code = shipped().contains(language) ? language : resolve(QLocale::system().uiLanguages());
    if (code.isEmpty())
        return {};

    const QLocale locale(code);
    m_stintInstalled = load(m_stint, locale);
    if (!m_stintInstalled)
        return {}; // a half-translated window (Qt's buttons only) would be worse than English
    activeLanguage = code;
    // A language picked in Settings brings its day and month names and number formats; the
    // system's language keeps the system's formats (de_AT stays de_AT).
    if (code == language)
        setFormats(locale);

    // Qt's own strings (standard buttons, file dialogs): from Qt's installation, or deployed next
    // to Stint on Windows and macOS.
    QStringList qtDirs{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    qtDirs += searchPaths();
    // windeployqt and macdeployqt merge Qt's catalogues into one qt_<lang>.qm.
    for (const QString &dir : std::as_const(qtDirs)) {
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)
            || m_qt.load(locale, QStringLiteral("qt"), QStringLiteral("_"), dir)) {
            m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
            break;
        }
    }
    return code;
}

void Translations::setFormats(const QLocale &locale)
{
    QLocale::setDefault(locale);
    m_formatsSet = true;
}

bool Translations::load(QTranslator &translator, const QLocale &locale)
{
    for (const QString &dir : searchPaths()) {
        if (translator.load(locale, QStringLiteral("stint"), QStringLiteral("_"), dir))
            return QCoreApplication::installTranslator(&translator);
    }
    return false;
}

void Translations::remove()
{
    if (m_englishInstalled)
        QCoreApplication::removeTranslator(&m_english);
    if (m_stintInstalled)
        QCoreApplication::removeTranslator(&m_stint);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_stintInstalled)
        activeLanguage.clear();
    if (m_formatsSet)
        QLocale::setDefault(QLocale::system());
    m_formatsSet = false;
    m_englishInstalled = m_stintInstalled = m_qtInstalled = false;
}

QString Translations::active()
{
    return activeLanguage;
}

} // namespace stint
