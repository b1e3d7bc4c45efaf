#include "BrowserExtensionsPanel.h"

#include "ProblemStyle.h"
#include "WhenWritten.h"
#include "api/AllowedOrigins.h"
#include "api/ApiServer.h"
#include "api/RefusedOrigins.h"
#include "app/Tracker.h"
#include "settings/SettingKeys.h"
#include "util/DisplayText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace stint {

namespace {

// Which setting an allowed row comes from (none: built in).
constexpr int kSourceRole = Qt::UserRole;

QTreeWidget *makeList(const QString &name, const QStringList &headings, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headings);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    for (int column = 1; column < headings.size(); ++column)
        list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return list;
}

} // namespace

BrowserExtensionsPanel::BrowserExtensionsPanel(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("browserExtensionsPanel"));
    m_confirmer = [this](const QString &question) {
        return QMessageBox::question(this, tr("Allow a web site"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No)
            == QMessageBox::Yes;
    };

    auto *heading = new QLabel(tr("<b>Browser extensions</b>"), this);
    auto *text = new QLabel(tr("Browser extensions such as aw-watcher-web send the pages you visit to Stint's HTTP "
                               "API. Stint lets in the Chrome Web Store's aw-watcher-web and Firefox extensions; "
                               "an extension from another store, or one you built yourself, is refused until you "
                               "allow it here."),
                            this);
    text->setWordWrap(true);

    m_allowed = makeList(QStringLiteral("allowedOriginsList"), {tr("Allowed origin"), tr("Allowed by")}, this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeOriginButton"));
    m_remove->setToolTip(tr("Stop letting the selected origin in (built-in ones stay)"));

    m_refused = makeList(QStringLiteral("refusedOriginsList"),
                         {tr("Refused origin"), tr("Requests"), tr("Last"), tr("Endpoint")}, this);
    m_allow = new QPushButton(tr("&Allow"), this);
    m_allow->setObjectName(QStringLiteral("allowOriginButton"));
    m_allow->setToolTip(tr("Let the selected origin send and read activity"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("browserExtensionsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(m_allowed);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    layout->addLayout(removeRow);
    layout->addWidget(new QLabel(tr("Refused recently (since Stint started):"), this));
    layout->addWidget(m_refused);
    auto *allowRow = new QHBoxLayout;
    allowRow->addStretch(1);
    allowRow->addWidget(m_allow);
    layout->addLayout(allowRow);
    layout->addWidget(m_status);

    connect(m_allow, &QPushButton::clicked, this, &BrowserExtensionsPanel::allowSelected);
    connect(m_remove, &QPushButton::clicked, this, &BrowserExtensionsPanel::removeSelected);
    connect(m_allowed, &QTreeWidget::itemSelectionChanged, this, &BrowserExtensionsPanel::updateButtons);
    connect(m_refused, &QTreeWidget::itemSelectionChanged, this, &BrowserExtensionsPanel::updateButtons);
    connect(&m_context.tracker, &Tracker::apiOriginsChanged, this, &BrowserExtensionsPanel::refresh);
    connect(&m_context.tracker, &Tracker::apiStateChanged, this, &BrowserExtensionsPanel::followServer);
    followServer();
}

BrowserExtensionsPanel::~BrowserExtensionsPanel() = default;

void BrowserExtensionsPanel::followServer()
{
    // A restarted API is a new server; the old one's connection went with it.
    if (ApiServer *server = m_context.tracker.apiServer())
        connect(&server->refusedOrigins(), &RefusedOrigins::refused, this, &BrowserExtensionsPanel::scheduleRefresh,
                Qt::UniqueConnection);
    refresh();
}

void BrowserExtensionsPanel::scheduleRefresh()
{
    // An extension that retries in a tight loop costs one refresh per moment, not one per request.
    if (std::exchange(m_refreshPending, true))
        return;
    QTimer::singleShot(250, this, [this] {
        m_refreshPending = false;
        refresh();
    });
}

void BrowserExtensionsPanel::refresh()
{
    const ApiServer *server = m_context.tracker.apiServer();
    const QString selectedAllowed = m_allowed->currentItem() ? m_allowed->currentItem()->text(0) : QString();
    const QString selectedRefused = m_refused->currentItem() ? m_refused->currentItem()->text(0) : QString();
    m_allowed->clear();
    m_refused->clear();
    if (!server) {
        showProblem(tr("The HTTP API is not running, so no browser extension can reach Stint."));
        m_apiMissingShown = true;
        updateButtons();
        return;
    }
    if (std::exchange(m_apiMissingShown, false))
        m_status->clear();
    auto addAllowed = [this](const QString &origin, const QString &source, const QString &label) {
        auto *item = new QTreeWidgetItem(m_allowed, {origin, label});
        item->setData(0, kSourceRole, source);
        if (source.isEmpty())
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
    };
    for (const QString &origin : api::AllowedOrigins::builtIn(server->port(), server->options().testing))
        addAllowed(origin, {}, tr("built in"));
    const api::AllowedOrigins added = server->addedOrigins();
    for (const QString &origin : added.exact())
        addAllowed(origin, settings::kApiCors.toString(), tr("added"));
    for (const QString &pattern : added.patterns())
        addAllowed(pattern, settings::kApiCorsRegex.toString(), tr("added (pattern)"));
    for (const RefusedOrigins::Entry &entry : server->refusedOrigins().snapshot()) {
        auto *item = new QTreeWidgetItem(
            m_refused,
            {entry.origin, QString::number(entry.requests), display::localTime(entry.lastNanos), entry.endpoint});
        item->setToolTip(0, tr("First refused %1").arg(display::localTime(entry.firstNanos)));
    }
    for (QTreeWidget *list : {m_allowed, m_refused}) {
        const QString &selected = list == m_allowed ? selectedAllowed : selectedRefused;
        const auto found = list->findItems(selected, Qt::MatchExactly, 0);
        if (!selected.isEmpty() && !found.isEmpty())
            list->setCurrentItem(found.first());
    }
    updateButtons();
}

void BrowserExtensionsPanel::updateButtons()
{
    const bool running = m_context.tracker.apiServer() != nullptr;
    const QTreeWidgetItem *allowed = m_allowed->currentItem();
    m_remove->setEnabled(running && !m_saving && allowed && allowed->isSelected()
                         && !allowed->data(0, kSourceRole).toString().isEmpty());
    const QTreeWidgetItem *refused = m_refused->currentItem();
    m_allow->setEnabled(running && !m_saving && refused && refused->isSelected());
}

void BrowserExtensionsPanel::allowSelected()
{
    const ApiServer *server = m_context.tracker.apiServer();
    if (!server || !m_refused->currentItem())
        return;
    const QString origin = m_refused->currentItem()->text(0);
    switch (api::AllowedOrigins::kindOf(origin)) {
    case api::AllowedOrigins::Kind::Invalid:
        showProblem(tr("\"%1\" is not an origin that can be allowed.").arg(origin));
        return;
    case api::AllowedOrigins::Kind::Extension:
        break;
    case api::AllowedOrigins::Kind::WebSite:
    case api::AllowedOrigins::Kind::Other:
        if (!m_confirmer(tr("%1 is a web site, not a browser extension. If you allow it, any page from that site "
                            "could then write and read your activity data.\n\nAllow it anyway?")
                             .arg(origin))) {
            return;
        }
        break;
    }
    QStringList origins = server->addedOrigins().exact();
    if (!origins.contains(origin))
        origins.append(origin);
    store(settings::kApiCors, origins);
}

void BrowserExtensionsPanel::removeSelected()
{
    const ApiServer *server = m_context.tracker.apiServer();
    const QTreeWidgetItem *item = m_allowed->currentItem();
    if (!server || !item)
        return;
    const QString source = item->data(0, kSourceRole).toString();
    const api::AllowedOrigins added = server->addedOrigins();
    if (source == settings::kApiCors) {
        QStringList origins = added.exact();
        origins.removeAll(item->text(0));
        store(settings::kApiCors, origins);
    } else if (source == settings::kApiCorsRegex) {
        QStringList patterns = added.patterns();
        patterns.removeAll(item->text(0));
        store(settings::kApiCorsRegex, patterns);
    }
}

void BrowserExtensionsPanel::store(QStringView name, const QStringList &values)
{
    m_saving = true;
    updateButtons();
    const QJsonValue value = values.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonArray::fromStringList(values);
    whenWritten(this, m_context.tracker.datastore().setSetting(settings::storageKey(name), value),
                [this](const WriteResult &result) {
                    m_saving = false;
                    QString error = result.ok() ? QString() : result.message;
                    if (result.ok())
                        m_context.tracker.reloadSettings(&error);
                    if (error.isEmpty()) {
                        m_status->clear();
                        refresh();
                    } else {
                        showProblem(tr("The change was not saved: %1").arg(error));
                        updateButtons();
                    }
                    Q_EMIT saved(error.isEmpty());
                });
}

void BrowserExtensionsPanel::showProblem(const QString &message)
{
    m_status->setText(message);
    setProblemStyle(*m_status, true);
}

} // namespace stint
