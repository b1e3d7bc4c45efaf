#pragma once

#include <QGroupBox>

class QComboBox;
class QLabel;

namespace stint {

// Settings → the language of Stint's window: the system's (default), English, or a shipped
// translation. The choice is saved at once and used from the next start.
class LanguageChooser final : public QGroupBox
{
    Q_OBJECT

public:
    explicit LanguageChooser(QWidget *parent = nullptr);

    // "Deutsch", "Português (Brasil)", "中文 (中国)": a language as its speakers name it.
    static QString nativeName(const QString &code);

private:
    void choose(int index);

    QComboBox *m_combo = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace stint
