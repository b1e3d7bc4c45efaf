#pragma once

#include "Page.h"
#include "UiContext.h"

class QTabWidget;

namespace stint {

class CategoryEditor;
class GeneralSettings;
class GoalsSettings;

// Settings in three tabs: the category rules, recording and calendar settings, and where the data
// is kept. Everything is stored in the database through the datastore.
class SettingsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(UiContext context, QWidget *parent = nullptr);
    ~SettingsPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    // Shows the category rule editor (for hints elsewhere that point to it).
    void showCategoryRules();

    CategoryEditor *categoryEditor() const { return m_categories; }
    GeneralSettings *generalSettings() const { return m_general; }
    GoalsSettings *goalsSettings() const { return m_goals; }

private:
    QTabWidget *m_tabs = nullptr;
    CategoryEditor *m_categories = nullptr;
    GeneralSettings *m_general = nullptr;
    GoalsSettings *m_goals = nullptr;
};

} // namespace stint
