#pragma once

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace stint {

// What the system knows about an app: the name to show and where its icon is. Any part may be
// empty; the ui turns it into a QIcon (core has no Gui).
struct AppEntry
{
    QString name;
    QString icon; // an icon theme name or an absolute path to an image
    QString file; // the program or bundle, whose icon the platform can give (Windows, macOS)
};

// Turns the app ids the window watcher records ("org.gnome.Nautilus", "firefox.exe", "Safari")
// into the names and icons users know: one implementation per platform (desktop entries, the
// executable's version resource, the bundle's Info.plist). Only the display changes; the
// recorded id stays as it is. Answers are cached, so use one directory per thread and keep it.
class AppDirectory
{
public:
    AppDirectory() = default;
    virtual ~AppDirectory() = default;
    AppDirectory(const AppDirectory &) = delete;
    AppDirectory &operator=(const AppDirectory &) = delete;

    // The implementation for this platform.
    static std::unique_ptr<AppDirectory> create();

    // The app's entry; its name is the id itself when the system does not know the app.
    AppEntry find(const QString &appId);
    // find(appId).name.
    QString name(const QString &appId) { return find(appId).name; }

protected:
    // The entry of an app, nothing when there is none (called once per id).
    virtual std::optional<AppEntry> lookup(const QString &appId) = 0;

private:
    QHash<QString, AppEntry> m_cache;
};

} // namespace stint
