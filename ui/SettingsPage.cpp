#include "SettingsPage.h"

#include "AboutDialog.h"
#include "BrowserExtensionsPanel.h"
#include "CategoryEditor.h"
#include "DataPanel.h"
#ifdef STINT_HAS_GNOME_EXTENSION
#include "GnomeExtensionPanel.h"
#endif
#include "GeneralSettings.h"
#include "GoalsSettings.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stint {

SettingsPage::SettingsPage(UiContext context, QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    m_categories = new CategoryEditor(context, this);
    m_tabs->addTab(m_categories, tr("&Categories"));

    m_general = new GeneralSettings(context, this);
    m_tabs->addTab(m_general, tr("&General"));

    m_goals = new GoalsSettings(context, this);
    m_tabs->addTab(m_goals, tr("G&oals"));

    // The data file and transfers, then which browser extensions may reach the API.
    auto *dataTab = new QWidget(this);
    dataTab->setObjectName(QStringLiteral("dataTab"));
    auto *dataLayout = new QVBoxLayout(dataTab);
    dataLayout->addWidget(new DataPanel(context, dataTab));
    dataLayout->addWidget(new BrowserExtensionsPanel(context, dataTab));
    auto *dataScroll = new QScrollArea(this);
    dataScroll->setWidgetResizable(true);
    dataScroll->setFrameShape(QFrame::NoFrame);
    dataScroll->setWidget(dataTab);
    m_tabs->addTab(dataScroll, tr("&Data"));
#ifdef STINT_HAS_GNOME_EXTENSION
    if (GnomeExtensionPanel::isGnomeSession())
        m_tabs->addTab(new GnomeExtensionPanel(this), tr("GNOME &Shell"));
#endif

    auto *about = new QPushButton(tr("&About Stint…"), this);
    about->setObjectName(QStringLiteral("aboutButton"));
    connect(about, &QPushButton::clicked, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(about);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addLayout(footer);
    setMinimumSize(560, 400);
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/settings.svg"));
}

void SettingsPage::refresh()
{
    m_categories->refresh();
    m_general->refresh();
    m_goals->refresh();
}

void SettingsPage::showCategoryRules()
{
    m_tabs->setCurrentWidget(m_categories);
    if (auto *tree = m_categories->findChild<QTreeWidget *>(QStringLiteral("categoryTree")))
        tree->setFocus(Qt::OtherFocusReason);
}

} // namespace stint
