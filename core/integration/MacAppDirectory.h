#pragma once

#include "integration/AppDirectory.h"

#include <QHash>
#include <QStringList>

namespace stint {

// Apps by their bundles in the Applications folders: an id matches a bundle's file name, its
// CFBundleName, CFBundleDisplayName or CFBundleIdentifier (the window watcher records the
// localized name, else the identifier), ignoring case. The name is CFBundleDisplayName, else
// CFBundleName; the icon is CFBundleIconFile in the bundle's resources. Info.plist is read with
// QSettings, which reads XML and binary property lists on macOS.
class MacAppDirectory final : public AppDirectory
{
public:
    explicit MacAppDirectory(QStringList folders = standardFolders());

    static QStringList standardFolders();

protected:
    std::optional<AppEntry> lookup(const QString &appId) override;

private:
    void index();

    QStringList m_folders;
    bool m_indexed = false;
    QList<AppEntry> m_entries;
    QHash<QString, int> m_byKey; // lower-case names and identifiers
};

} // namespace stint
