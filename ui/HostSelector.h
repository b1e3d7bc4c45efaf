#pragma once

#include <QComboBox>
#include <QStringList>

namespace stint {

class ReportEngine;

// Which computer's activity a report page shows: this computer, one of the other hosts, or all of
// them combined. Shown only when the data holds more than one host. The choice is a UI setting
// shared by every page (QSettings "ui/reportHost"), so it survives page switches and restarts.
// The hosts are learned on the reading thread (read()), never in the GUI thread.
class HostSelector final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostSelector)

public:
    // Stored choices besides a host name.
    static constexpr QLatin1StringView kThisComputer{"@this"};
    static constexpr QLatin1StringView kAllComputers{"@all"};

    // What a read found out: the hosts, this computer's name, and the host to ask the engine for
    // (empty: all combined).
    struct Hosts
    {
        QString choice;
        QStringList names;
        QString local;
        QString host;
    };

    explicit HostSelector(QWidget *parent = nullptr);

    // The stored choice, this computer when none was made.
    static QString storedChoice();
    // On the reading thread: the hosts, and which one `choice` means for them. A choice that does
    // not apply (a host that is gone, this computer without activity) falls back to all hosts.
    static Hosts read(ReportEngine &engine, const QString &choice);

    // Lists the hosts a read found and selects the one it used; hidden with fewer than two.
    void showHosts(const Hosts &hosts);

Q_SIGNALS:
    // The stored choice changed, here or on another page: read again.
    void choiceChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString m_shown; // the choice of the hosts shown last
};

} // namespace stint
