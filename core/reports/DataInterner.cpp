#include "reports/DataInterner.h"

#include "model/Json.h"

namespace stint {

int DataInterner::intern(const QByteArray &utf8)
{
    const auto found = m_byText.constFind(utf8);
    if (found != m_byText.constEnd())
        return found.value();
    const int key = intern(json::parseObject(utf8, nullptr).value_or(QJsonObject()));
    m_byText.insert(utf8, key);
    return key;
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
