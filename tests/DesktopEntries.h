#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace stint::test {

// Writes <dataDir>/applications/<fileName> with a [Desktop Entry] group of these "Key=Value" lines
// (Type=Application unless they say otherwise); false when it cannot.
inline bool writeDesktopEntry(const QString &dataDir, const QString &fileName, const QStringList &lines)
{
    const QString path = dataDir + QStringLiteral("/applications/") + fileName;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QStringList text{QStringLiteral("[Desktop Entry]")};
    if (!lines.join(u'\n').contains(QStringLiteral("Type=")))
        text << QStringLiteral("Type=Application");
    text << lines;
    const QByteArray bytes = text.join(u'\n').toUtf8() + '\n';
    return file.write(bytes) == bytes.size();
}

} // namespace stint::test
