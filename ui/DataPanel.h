#pragma once

#include "UiContext.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace stint {

class DataTransfer;

// Settings → Data: where the database is, backing it up, and exporting or importing all of it (ActivityWatch's
// export JSON, a CSV of the activity, or aw-server-rust's sqlite.db) without blocking the window,
// and whether the HTTP API is serving.
class DataPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPanel)

public:
    explicit DataPanel(UiContext context, QWidget *parent = nullptr);
    ~DataPanel() override;

    // What the file dialogs call; public for tests. The format of an export follows the file's
    // extension (.csv, else ActivityWatch JSON).
    void exportTo(const QString &file);
    void backupTo(const QString &file);
    void importFrom(const QString &file);
    bool isBusy() const;

Q_SIGNALS:
    void transferFinished(bool ok);

private:
    void chooseExportFile();
    void chooseImportFile();
    void chooseBackupFile();
    void started(const QString &text);
    void finished(bool ok, const QString &message);
    void showApiState();

    UiContext m_context;
    DataTransfer *m_transfer = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_backup = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_api = nullptr;
};

} // namespace stint
