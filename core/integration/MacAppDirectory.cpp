#include "integration/MacAppDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace stint {

MacAppDirectory::MacAppDirectory(QStringList folders)
    : m_folders(std::move(folders))
{
}

QStringList MacAppDirectory::standardFolders()
{
    return {QStringLiteral("/Applications"), QStringLiteral("/Applications/Utilities"),
            QStringLiteral("/System/Applications"), QStringLiteral("/System/Applications/Utilities"),
            QDir::homePath() + QStringLiteral("/Applications")};
}

void MacAppDirectory::index()
{
    m_indexed = true;
    for (const QString &folder : std::as_const(m_folders)) {
        const QFileInfoList bundles =
            QDir(folder).entryInfoList({QStringLiteral("*.app")}, QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &bundle : bundles) {
            const QString contents = bundle.absoluteFilePath() + QStringLiteral("/Contents/");
            const QSettings info(contents + QStringLiteral("Info.plist"), QSettings::NativeFormat);
            const QString bundleName = info.value(QStringLiteral("CFBundleName")).toString();
            const QString displayName = info.value(QStringLiteral("CFBundleDisplayName")).toString();
            AppEntry entry;
            entry.name = !displayName.isEmpty() ? displayName
                : !bundleName.isEmpty()         ? bundleName
                                                : bundle.completeBaseName();
            QString icon = info.value(QStringLiteral("CFBundleIconFile")).toString();
            if (!icon.isEmpty()) {
                if (QFileInfo(icon).suffix().isEmpty())
                    icon += QStringLiteral(".icns");
                icon = contents + QStringLiteral("Resources/") + icon;
                entry.icon = QFileInfo::exists(icon) ? icon : QString();
            }
            entry.file = bundle.absoluteFilePath();
            const int row = int(m_entries.size());
            m_entries.append(entry);
            for (const QString &key : {bundle.completeBaseName(), bundleName, displayName,
                                       info.value(QStringLiteral("CFBundleIdentifier")).toString()}) {
                // The first folder with a name keeps it.
                if (!key.isEmpty() && !m_byKey.contains(key.toLower()))
                    m_byKey.insert(key.toLower(), row);
            }
        }
    }
}

std::optional<AppEntry> MacAppDirectory::lookup(const QString &appId)
{
    if (!m_indexed)
        index();
    const auto found = m_byKey.constFind(appId.toLower());
    if (found == m_byKey.constEnd())
        return std::nullopt;
    return m_entries.at(found.value());
}

} // namespace stint
