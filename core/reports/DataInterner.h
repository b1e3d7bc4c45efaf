#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <vector>

namespace stint {

// Gives every distinct event data object a small integer key. Stored data arrives as JSON text
// (its UTF-8 bytes, compared as they are stored); each distinct text is parsed once, and texts that parse to equal
// objects share a key, so "same data" becomes an integer comparison. Not thread-safe: one per reading thread.
class DataInterner final
{
public:
    // Malformed or non-object text interns as {} (what EventReader makes of it too).
    int intern(QByteArrayView utf8);
    int intern(const QJsonObject &data);

    const QJsonObject &data(int key) const { return m_data.at(key); }
    int size() const { return int(m_data.size()); }

private:
    // Texts are looked up once per event read (a cold year: 600,000 times over some 20,000 texts),
    // and the lookups miss the CPU caches: a QHash<QByteArray, int> touched its bucket, its node and
    // the key's own allocation, and that compare was a third of reading the rows (perf, stint-bench
    // query). So: open addressing over slots that hold the hash, and the texts one after another
    // in one buffer, next to each other.
    struct Slot
    {
        size_t hash = 0;
        qsizetype offset = 0; // into m_texts
        qsizetype length = 0;
        int key = -1; // -1: empty
    };
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_textCount = 0;
    QByteArray m_texts;
    // Keys by qHash of their object: hashing a QJsonObject is costly, so it is done once per object.
    QMultiHash<size_t, int> m_byObject;
    QList<QJsonObject> m_data;
};

} // namespace stint
