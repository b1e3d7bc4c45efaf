#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace stint {

// Gives every distinct event data object a small integer key. Stored data arrives as JSON text
// (its UTF-8 bytes, compared as they are stored); each distinct text is parsed once, and texts that parse to equal
// objects share a key, so "same data" becomes an integer comparison. Not thread-safe: one per reading thread.
class DataInterner final
{
public:
    // Malformed or non-object text interns as {} (what EventReader makes of it too).
    int intern(const QByteArray &utf8);
    int intern(const QJsonObject &data);

    const QJsonObject &data(int key) const { return m_data.at(key); }
    int size() const { return int(m_data.size()); }

private:
    QHash<QByteArray, int> m_byText;
    // Keys by qHash of their object: hashing a QJsonObject is costly, so it is done once per object.
    QMultiHash<size_t, int> m_byObject;
    QList<QJsonObject> m_data;
};

} // namespace stint
