#pragma once

#include "RefreshGate.h"
#include "UiContext.h"

#include <QHash>
#include <QJsonValue>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace stint {

class Autostart;
class PatternTable;

// Starting at login (applied at once, read from the system), and the recording and calendar settings: AFK timeout, poll
// interval, start of day and week, privacy and always-active rules. Checked with the code that reads them, saved
// through the datastore, then applied to the running watchers.
class GeneralSettings final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettings)

public:
    explicit GeneralSettings(UiContext context, QWidget *parent = nullptr);
    ~GeneralSettings() override;

    // Reads the stored values (edits not saved yet are kept) and whether Stint starts at login.
    void refresh();
    bool isModified() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The spin box, with a note beside it when the command line overrides its setting.
    QWidget *withOverride(QDoubleSpinBox *spin, std::optional<double> override, const QString &option,
                          const QString &objectName);
    void readStartAtLogin();
    void setStartAtLogin(bool enabled);
    using Values = QHash<QString, QJsonValue>; // setting name -> stored JSON
    void load();
    void show(const Values &stored);
    // The values the form holds, or nothing with the reason shown.
    std::optional<Values> validate();
    void save();
    void saved(const QString &error);
    void setMessage(const QString &text, bool problem);

    UiContext m_context;
    std::unique_ptr<Autostart> m_autostart;
    QCheckBox *m_startAtLogin = nullptr;
    QLabel *m_startAtLoginMessage = nullptr;
    QDoubleSpinBox *m_afkTimeout = nullptr;
    QDoubleSpinBox *m_pollInterval = nullptr;
    QTimeEdit *m_startOfDay = nullptr;
    QComboBox *m_startOfWeek = nullptr;
    PatternTable *m_privacy = nullptr;
    PatternTable *m_alwaysActive = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    RefreshGate m_gate;
    Values m_stored;   // as last read or saved
    Values m_baseline; // what the form showed for m_stored
    bool m_showing = false;
    bool m_saving = false;
};

} // namespace stint
