#pragma once

#include "integration/AppDirectory.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace stint {

// Apps by their desktop entries (Desktop Entry Specification) in the XDG data directories,
// Flatpak's exports included. An id matches, in this order and ignoring case: the desktop file's
// name ("org.gnome.Nautilus"), its StartupWMClass, its Flatpak id, the last part of a
// reverse-DNS file name ("nautilus" for org.gnome.Nautilus.desktop, and the other way round), and
// the program its Exec line starts ("telegram-desktop"). The Name is the one for `locale` when
// the entry has it. Plain Qt, so it is built (and tested) on every platform.
class XdgAppDirectory final : public AppDirectory
{
public:
    // The data directories in order of precedence ($XDG_DATA_HOME, $XDG_DATA_DIRS, the Flatpak
    // exports) and a locale name such as "de_DE" or "sr_RS@latin" (QLocale's by default).
    explicit XdgAppDirectory(QStringList dataDirs = standardDataDirs(), QString locale = {});

    static QStringList standardDataDirs();

protected:
    std::optional<AppEntry> lookup(const QString &appId) override;

private:
    struct Desktop
    {
        AppEntry entry;
        bool shown = true; // neither NoDisplay nor OnlyShowIn-style hidden
    };
    void index();
    void read(const QString &path, const QString &desktopId);
    void add(QHash<QString, int> &map, const QString &key, int entry);

    QStringList m_dataDirs;
    QStringList m_localeKeys; // Name[…] keys to try, most specific first
    bool m_indexed = false;
    QList<Desktop> m_entries;
    QHash<QString, int> m_byId; // lower-case desktop file id without ".desktop"
    QHash<QString, int> m_byWmClass;
    QHash<QString, int> m_byFlatpak;
    QHash<QString, int> m_bySuffix; // the last part of reverse-DNS ids
    QHash<QString, int> m_byProgram;
};

} // namespace stint
