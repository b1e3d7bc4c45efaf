#pragma once

#include "io/ImportReport.h"
#include "io/ImportSink.h"

#include <QByteArrayView>
#include <QString>

namespace stint {

class Datastore;
class EventReader;

// Imports ActivityWatch data: its export JSON ({"buckets": {id: bucket}} or {"buckets": [bucket,
// ...]}, each bucket with its "events") and aw-server-rust's sqlite.db, opened read-only. The JSON
// is walked in place (a file is memory-mapped) and each event parsed on its own, so a file of
// any size needs memory only for one batch. Events go through an ImportSink: duplicates are
// skipped, the rest stored in batches. The first malformed part stops the import; the report
// says what was imported before it.
class AwImporter final
{
public:
    AwImporter(Datastore &store, EventReader &reader);

    void setBatchSize(int size) { m_batchSize = size; }
    void setProgress(ImportSink::Progress progress) { m_progress = std::move(progress); }

    ImportReport importJson(QByteArrayView json);
    ImportReport importSqlite(const QString &path);
    // A SQLite file (by its header) or a JSON export.
    ImportReport importFile(const QString &path);

private:
    Datastore &m_store;
    EventReader &m_reader;
    int m_batchSize = 5000;
    ImportSink::Progress m_progress;
};

} // namespace stint
