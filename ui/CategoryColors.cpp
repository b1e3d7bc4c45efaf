#include "CategoryColors.h"

#include "reports/CategoryRules.h"

#include <QHash>
#include <array>

namespace stint {

QColor CategoryColors::color(const QStringList &category, const QString &stored, const QPalette &palette)
{
    if (!stored.isEmpty()) {
        const QColor parsed = QColor::fromString(stored);
        if (parsed.isValid())
            return parsed;
    }
    if (category.isEmpty() || category == CategoryRules::uncategorized()) {
        // Between the window and text colours, so it reads as "nothing" in light and dark palettes.
        const QColor window = palette.color(QPalette::Window);
        const QColor text = palette.color(QPalette::WindowText);
        return QColor::fromRgbF((window.redF() + text.redF() * 0.6f) / 1.6f,
                                (window.greenF() + text.greenF() * 0.6f) / 1.6f,
                                (window.blueF() + text.blueF() * 0.6f) / 1.6f);
    }
    // Mid-saturation colours that work on light and dark backgrounds.
    static constexpr std::array<QRgb, 10> kFallback{0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                                    0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x86bcb6};
    const size_t index = qHash(category.first(), 0x5374) % kFallback.size();
    QColor base(kFallback[index]);
    // Subcategories without a colour of their own are lighter shades of their parent's fallback.
    return category.size() > 1 ? base.lighter(100 + 12 * int(category.size() - 1)) : base;
}

QColor CategoryColors::textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace stint
