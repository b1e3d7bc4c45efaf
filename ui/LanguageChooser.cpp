#include "LanguageChooser.h"

#include "i18n/Translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace stint {

LanguageChooser::LanguageChooser(QWidget *parent)
    : QGroupBox(tr("Language"), parent)
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    const QString system = Translations::resolve(QLocale::system().uiLanguages());
    m_combo->addItem(
        tr("System default (%1)").arg(nativeName(system.isEmpty() ? QString(Translations::kEnglish) : system)),
        QString());
    QStringList codes = Translations::shipped();
    codes.append(Translations::kEnglish);
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(nativeName(a), nativeName(b)) < 0;
    });
    for (const QString &code : std::as_const(codes))
        m_combo->addItem(nativeName(code), code);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(Translations::configuredLanguage())));

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("languageRestartNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    auto *form = new QFormLayout(this);
    form->addRow(tr("Show Stint in"), m_combo);
    form->addRow(m_note);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageChooser::choose);
}

QString LanguageChooser::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    // Only the variants Stint ships name their country (Brazilian Portuguese, simplified Chinese).
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (") + locale.nativeTerritoryName() + QLatin1Char(')');
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

void LanguageChooser::choose(int index)
{
    const QString code = m_combo->itemData(index).toString();
    Translations::setConfiguredLanguage(code);
    QString effective = code.isEmpty() ? Translations::resolve(QLocale::system().uiLanguages()) : code;
    if (effective == Translations::kEnglish)
        effective.clear();
    m_note->setText(tr("Stint will use %1 after it is restarted.")
                        .arg(nativeName(effective.isEmpty() ? QString(Translations::kEnglish) : effective)));
    m_note->setVisible(effective != Translations::active());
}

} // namespace stint
