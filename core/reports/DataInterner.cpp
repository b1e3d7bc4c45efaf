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
    const auto found = m_byObject.constFind(data);
    if (found != m_byObject.constEnd())
        return found.value();
    const int key = int(m_data.size());
    m_data.append(data);
    m_byObject.insert(data, key);
    return key;
}

} // namespace stint
