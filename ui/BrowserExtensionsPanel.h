#pragma once

#include "UiContext.h"

#include <QJsonValue>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace stint {

// Settings → Data → Browser extensions: the origins the HTTP API lets in (the built-in ones, and
// those added in stint.api.cors / stint.api.corsRegex, which can be removed) and the origins it
// refused lately, each of which can be allowed. A browser extension is allowed with one click;
// a web site only after a confirmation, since every page of it could then use the API.
class BrowserExtensionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserExtensionsPanel)

public:
    explicit BrowserExtensionsPanel(UiContext context, QWidget *parent = nullptr);
    ~BrowserExtensionsPanel() override;

    // Asked before a web site is let in; a message box unless a test pre-answers it.
    using Confirmer = std::function<bool(const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }

    // Reads the lists again (the API's origins changed, or one was refused).
    void refresh();

Q_SIGNALS:
    // A change was stored and applied (or refused: see the status label).
    void saved(bool ok);

private:
    void followServer();
    void scheduleRefresh();
    void allowSelected();
    void removeSelected();
    void updateButtons();
    // Stores one of the two settings, then has the running API read it again.
    void store(QStringView name, const QStringList &values);
    void showProblem(const QString &message);

    UiContext m_context;
    Confirmer m_confirmer;
    QTreeWidget *m_allowed = nullptr;
    QTreeWidget *m_refused = nullptr;
    QPushButton *m_allow = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
    bool m_saving = false;
    bool m_apiMissingShown = false;
    bool m_refreshPending = false;
};

} // namespace stint
