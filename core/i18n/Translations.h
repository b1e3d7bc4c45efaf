#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QLocale;

namespace stint {

// Loads Stint's own translation and Qt's for one language and installs both on the application.
// The language is a shipped code ("de", "pt_BR", ...), "en", or empty for the system's UI
// languages.
class Translations final
{
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // Stint's own language, which needs no catalogue; a valid choice besides the shipped ones.
    static constexpr QLatin1StringView kEnglish{"en"};

    // The languages Stint ships, in the build's order.
    static QStringList shipped();
    // The shipped language that fits the first usable entry of uiLanguages (QLocale::uiLanguages()
    // form, "de-AT", "zh-Hans-CN"); empty when English comes first or nothing fits.
    static QString resolve(const QStringList &uiLanguages);
    // Folders searched for stint_<lang>.qm, relative to the executable: installed (Linux, Windows,
    // macOS bundle), then the build tree.
    static QStringList searchPaths();

    // The user's choice, kept with the other window settings (QSettings "ui/language"); empty
    // means the system's language.
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &language);

    // Installs the translations for language (or the system's when empty) and returns the
    // language now in use, empty for English. Replaces what an earlier call installed. A language
    // chosen explicitly also becomes QLocale's default, for dates and numbers.
    QString install(const QString &language);
    void remove();
    // The language the installed catalogue is for; empty when none is installed (English).
    static QString active();

private:
    bool load(QTranslator &translator, const QLocale &locale);
    void setFormats(const QLocale &locale);

    QTranslator m_english; // only the plural forms ("1 event", "2 events") of the English text
    QTranslator m_stint;
    QTranslator m_qt;
    bool m_englishInstalled = false;
    bool m_stintInstalled = false;
    bool m_qtInstalled = false;
    bool m_formatsSet = false; // QLocale's default changed to the chosen language
};

} // namespace stint
