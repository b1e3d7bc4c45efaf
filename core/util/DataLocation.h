#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace stint {

// Where Stint keeps its database: the platform's application data folder unless --data-dir
// says otherwise; --testing uses a separate file so experiments never touch real data.
class DataLocation final
{
public:
    DataLocation(QString directory, bool testing);

    // QStandardPaths::AppDataLocation for the running application ("stint").
    static QString defaultDirectory();

    // The --data-dir and --testing options that every Stint executable accepts.
    static QList<QCommandLineOption> commandLineOptions();
    static DataLocation fromParser(const QCommandLineParser &parser);

    QString directory() const { return m_directory; }
    bool testing() const { return m_testing; }
    // The database every Stint uses unless told otherwise (no --data-dir elsewhere, no --testing).
    bool isDefault() const;
    QString databasePath() const;

private:
    QString m_directory;
    bool m_testing = false;
};

} // namespace stint
