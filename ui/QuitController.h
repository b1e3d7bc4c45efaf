#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <QMessageBox>

class QTimer;
class QWidget;

namespace stint {

class ReportThread;
class Tracker;

// Quitting without losing data: closes the reading thread's connection (so the final checkpoint
// leaves everything in the database file), sends Close to the datastore and waits for its answer without
// blocking the window. When the final commit takes longer than a moment a small "saving"
// indicator shows; when it fails, the user sees the error and can retry or cancel quitting (the
// data is still in memory, and recording goes on after a cancel).
class QuitController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitController)

public:
    static constexpr int kIndicatorDelayMs = 200;

    QuitController(Tracker &tracker, ReportThread &reports, QWidget *dialogParent, QObject *parent = nullptr);
    ~QuitController() override;

    // Starts quitting; a second request while one is under way is ignored.
    void requestQuit();
    bool isQuitting() const { return m_quitting; }

    // While the final commit runs longer than kIndicatorDelayMs (objectName savingIndicator).
    QWidget *savingIndicator() const;
    // After a failed final commit (objectName quitErrorBox).
    QMessageBox *errorBox() const { return m_errorBox; }

Q_SIGNALS:
    // The final commit landed: the application may end now.
    void readyToQuit();
    // The user chose to keep Stint running after a failed final commit.
    void quitCancelled();

private:
    void closeDatastore();
    void finished(bool ok, const QString &error);
    void showError(const QString &error);

    Tracker &m_tracker;
    ReportThread &m_reports;
    QPointer<QWidget> m_dialogParent;
    QTimer *m_indicatorTimer = nullptr;
    QPointer<QWidget> m_indicator;
    QPointer<QMessageBox> m_errorBox;
    bool m_quitting = false;
};

} // namespace stint
