#include "SettingsPage.h"

#include "CategoryEditor.h"
#include "GeneralSettings.h"
#include "app/Tracker.h"

#include <QDesktopServices>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace stint {

SettingsPage::SettingsPage(UiContext context, QWidget *parent)
    : Page(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    m_categories = new CategoryEditor(m_context, this);
    m_tabs->addTab(m_categories, tr("&Categories"));

    m_general = new GeneralSettings(m_context, this);
    m_tabs->addTab(m_general, tr("&Recording"));

    // Where the data is.
    auto *dataTab = new QWidget(this);
    const QString directory = QDir::toNativeSeparators(m_context.tracker.location().directory());
    auto *location =
        new QLabel(tr("Stint keeps everything it records, and these settings, in one database file:<br><b>%1</b>")
                       .arg(QDir::toNativeSeparators(m_context.tracker.location().databasePath()).toHtmlEscaped()),
                   dataTab);
    location->setObjectName(QStringLiteral("dataLocationLabel"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setWordWrap(true);
    auto *open = new QPushButton(tr("&Open folder"), dataTab);
    open->setObjectName(QStringLiteral("openDataFolderButton"));
    open->setToolTip(directory);
    connect(open, &QPushButton::clicked, this,
            [directory] { QDesktopServices::openUrl(QUrl::fromLocalFile(directory)); });
    auto *dataLayout = new QVBoxLayout(dataTab);
    dataLayout->addWidget(location);
    auto *openRow = new QHBoxLayout;
    openRow->addWidget(open);
    openRow->addStretch(1);
    dataLayout->addLayout(openRow);
    dataLayout->addStretch(1);
    m_tabs->addTab(dataTab, tr("&Data"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
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
}

void SettingsPage::showCategoryRules()
{
    m_tabs->setCurrentWidget(m_categories);
    if (auto *tree = m_categories->findChild<QTreeWidget *>(QStringLiteral("categoryTree")))
        tree->setFocus(Qt::OtherFocusReason);
}

} // namespace stint
