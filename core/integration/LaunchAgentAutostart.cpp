#include "integration/LaunchAgentAutostart.h"

#include "integration/AutostartFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace stint {

LaunchAgentAutostart::LaunchAgentAutostart(QString program, QString directory)
    : m_program(std::move(program))
    , m_directory(std::move(directory))
{
}

QString LaunchAgentAutostart::defaultDirectory()
{
    return QDir::home().filePath(u"Library/LaunchAgents"_s);
}

QString LaunchAgentAutostart::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

bool LaunchAgentAutostart::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The top-level dict's keys: ProgramArguments' first string and RunAtLoad's value.
    QXmlStreamReader xml(&file);
    QString key;
    QString firstArgument;
    bool runAtLoad = false;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const auto name = xml.name();
            if (depth == 3 && name == "key"_L1) {
                key = xml.readElementText();
                --depth;
            } else if (depth == 3 && key == "RunAtLoad"_L1) {
                runAtLoad = name == "true"_L1;
            } else if (depth == 4 && key == "ProgramArguments"_L1 && name == "string"_L1) {
                const QString text = xml.readElementText();
                --depth;
                if (firstArgument.isEmpty())
                    firstArgument = text.isEmpty() ? u" "_s : text;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return !xml.hasError() && runAtLoad && firstArgument == m_program;
}

bool LaunchAgentAutostart::setEnabled(bool enabled, QString *error)
{
    if (!enabled)
        return AutostartFile::remove(filePath(), error);
    QByteArray plist;
    QXmlStreamWriter xml(&plist);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                 "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"_s);
    xml.writeStartElement(u"plist"_s);
    xml.writeAttribute(u"version"_s, u"1.0"_s);
    xml.writeStartElement(u"dict"_s);
    xml.writeTextElement(u"key"_s, u"Label"_s);
    xml.writeTextElement(u"string"_s, u"org.stint.Stint"_s);
    xml.writeTextElement(u"key"_s, u"ProgramArguments"_s);
    xml.writeStartElement(u"array"_s);
    xml.writeTextElement(u"string"_s, m_program);
    xml.writeTextElement(u"string"_s, startOption());
    xml.writeEndElement();
    xml.writeTextElement(u"key"_s, u"RunAtLoad"_s);
    xml.writeEmptyElement(u"true"_s);
    xml.writeTextElement(u"key"_s, u"ProcessType"_s);
    xml.writeTextElement(u"string"_s, u"Interactive"_s);
    xml.writeEndElement(); // dict
    xml.writeEndElement(); // plist
    xml.writeEndDocument();
    return AutostartFile::write(filePath(), plist, error);
}

} // namespace stint
