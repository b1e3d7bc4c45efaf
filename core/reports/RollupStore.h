#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace stint {

// The file that keeps the per-day report rollups across runs: an SQLite file beside the database
// ("<database>.rollups") with a connection of its own per reading thread. Not in the database
// itself because only the datastore worker writes there, while rollups are built lazily by the
// reading threads; and a cache that can be deleted at any time must not share a file with data
// that cannot. Opened on first use in the thread that uses it; a damaged file is started afresh.
//
// Texts (titles with their app, URLs with their domain) are kept once in a table of their own and
// referred to by id, so reading a year decodes each text once instead of once a day; they are
// read from pages that hold the texts of a thousand ids each, and found by their own table's
// index when added. A day's figures and its text lists are separate columns: trends read only
// the figures.
class RollupStore final
{
    Q_DISABLE_COPY_MOVE(RollupStore)

public:
    explicit RollupStore(QString path);
    ~RollupStore();

    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".rollups"); }

    struct Entry
    {
        qint64 day = 0;      // Julian day
        qint64 stamp = 0;    // the database's change generation over the day when it was built
        qint64 calendar = 0; // fingerprint of the day's start, end and UTC offsets
        QByteArray totals;   // the day's figures
        QByteArray texts;    // the day's text lists (text ids of this file); null when not loaded
    };
    // Entries of `config` and `host` for the days from `firstDay` to `lastDay`, with their texts
    // or without them.
    std::optional<std::vector<Entry>> load(const QString &config, const QString &host, qint64 firstDay, qint64 lastDay,
                                           bool withTexts);
    // The texts with ids from `firstId` to `lastId` that `wanted`, passed to `found` as (id, name,
    // detail).
    bool readTexts(qint64 firstId, qint64 lastId, const std::function<bool(qint64)> &wanted,
                   const std::function<void(qint64, QString, QString)> &found);

    // Adds or replaces entries in one transaction; entries of other configurations go away.
    // `textIds` turns texts (name, detail) into their ids in this file, in their order (adding the
    // new ones), while the transaction runs; `encode` makes the entries' text lists with it.
    using Text = std::pair<QString, QString>;
    using TextIds = std::function<std::optional<std::vector<qint64>>(const std::vector<Text> &texts)>;
    bool store(const QString &config, const QString &host, std::vector<Entry> &entries,
               const std::function<bool(const TextIds &textIds)> &encode);
    QString error() const { return m_error; }

private:
    bool open();

    QString m_path;
    QString m_connectionName;
    bool m_open = false;
    bool m_failed = false;
    QString m_prunedFor; // the configuration whose foreign entries are already gone
    QString m_error;
};

} // namespace stint
