// Renders resources/icons/stint.svg into the PNG sizes the packages install, and packs them into
// the Windows .ico and the macOS .icns (both are plain containers of PNG images). The outputs are
// committed; run the `update_icons` target after changing the SVG.
//   render_icons <stint.svg> <resources folder>
// writes linux/icons/hicolor/<n>x<n>/apps/org.stint.Stint.png, windows/stint.ico, macos/stint.icns.
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>
#include <utility>
#include <vector>

namespace {

QByteArray png(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template<typename T>
void append(QByteArray &out, T value, bool bigEndian)
{
    char bytes[sizeof(T)];
    if (bigEndian)
        qToBigEndian(value, bytes);
    else
        qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICO: a directory of 16-byte entries, then the images; PNG entries are allowed since Windows Vista.
QByteArray ico(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    append<quint16>(out, 0, false);
    append<quint16>(out, 1, false); // type: icon
    append<quint16>(out, quint16(images.size()), false);
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, data] : images) {
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0));
        append<quint16>(out, 1, false);  // planes
        append<quint16>(out, 32, false); // bits per pixel
        append<quint32>(out, quint32(data.size()), false);
        append<quint32>(out, offset, false);
        offset += quint32(data.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// ICNS: "icns" and the total length, then (type, length including its 8-byte head, PNG) chunks.
QByteArray icns(const std::vector<std::pair<QByteArray, QByteArray>> &chunks)
{
    QByteArray body;
    for (const auto &[type, data] : chunks) {
        body.append(type);
        append<quint32>(body, quint32(data.size() + 8), true);
        body.append(data);
    }
    QByteArray out("icns");
    append<quint32>(out, quint32(body.size() + 8), true);
    return out + body;
}

bool write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "render_icons: cannot write %s: %s\n", qUtf8Printable(path),
                     qUtf8Printable(file.errorString()));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: render_icons <stint.svg> <resources folder>\n", stderr);
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render_icons: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    std::map<int, QByteArray> pngs;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512, 1024})
        pngs[size] = png(svg, size);

    // The hicolor sizes the Linux packages install.
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        if (!write(out.filePath(QStringLiteral("linux/icons/hicolor/%1x%1/apps/org.stint.Stint.png").arg(size)),
                   pngs[size]))
            return 1;
    }
    if (!write(out.filePath(QStringLiteral("windows/stint.ico")),
               ico({{16, pngs[16]},
                    {24, pngs[24]},
                    {32, pngs[32]},
                    {48, pngs[48]},
                    {64, pngs[64]},
                    {128, pngs[128]},
                    {256, pngs[256]}})))
        return 1;
    // The types that hold PNG data; the @2x variants reuse the larger renderings.
    if (!write(out.filePath(QStringLiteral("macos/stint.icns")),
               icns({{"icp4", pngs[16]},
                     {"ic11", pngs[32]},
                     {"icp5", pngs[32]},
                     {"ic12", pngs[64]},
                     {"ic07", pngs[128]},
                     {"ic13", pngs[256]},
                     {"ic08", pngs[256]},
                     {"ic14", pngs[512]},
                     {"ic09", pngs[512]},
                     {"ic10", pngs[1024]}})))
        return 1;
    return 0;
}
