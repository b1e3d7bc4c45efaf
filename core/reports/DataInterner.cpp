#include "reports/DataInterner.h"

#include "model/Json.h"

#include <algorithm>
#include <cstring>

namespace stint {

int DataInterner::intern(QByteArrayView utf8)
{
    if (2 * (m_textCount + 1) > qsizetype(m_slots.size()))
        grow();
    const size_t hash = qHash(utf8, QHashSeed::globalSeed()); // seeded: titles come from anyone
    const size_t mask = m_slots.size() - 1;
    size_t at = hash & mask;
    for (;; at = (at + 1) & mask) {
        const Slot &slot = m_slots[at];
        if (slot.key < 0)
            break;
        if (slot.hash == hash && slot.length == utf8.size()
            && (slot.length == 0
                || std::memcmp(m_texts.constData() + slot.offset, utf8.data(), size_t(slot.length)) == 0))
            return slot.key;
    }
    const int key = intern(json::parseObject(utf8, nullptr).value_or(QJsonObject()));
    m_slots[at] = {hash, m_texts.size(), utf8.size(), key};
    m_texts.append(utf8);
    ++m_textCount;
    return key;
}

void DataInterner::grow()
{
    std::vector<Slot> old(std::max<size_t>(1024, 2 * m_slots.size()));
    old.swap(m_slots); // m_slots is the larger, empty table now
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.key < 0)
            continue;
        size_t at = slot.hash & mask;
        while (m_slots[at].key >= 0)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

int DataInterner::intern(const QJsonObject &data)
{
    const size_t hash = qHash(data);
    for (auto it = m_byObject.constFind(hash); it != m_byObject.constEnd() && it.key() == hash; ++it) {
        if (m_data.at(it.value()) == data)
            return it.value();
    }
    const int key = int(m_data.size());
    m_data.append(data);
    m_byObject.insert(hash, key);
    return key;
}

} // namespace stint
