#include "CategoryEditor.h"

#include "DurationText.h"
#include "ProblemStyle.h"
#include "WhenWritten.h"
#include "app/Tracker.h"
#include "model/Json.h"
#include "model/Timestamp.h"
#include "reports/CategoryRules.h"
#include "reports/ReportThread.h"
#include "settings/SettingKeys.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stint {

namespace {

constexpr qint64 kWeek = 7 * 24 * 3600 * Timestamp::kNanosPerSecond;
constexpr int kOwnTimeRole = Qt::UserRole;
constexpr int kTotalTimeRole = Qt::UserRole + 1;
constexpr int kRuleRole = Qt::UserRole + 2;
enum Column { NameColumn, RuleColumn };

struct StoredRead
{
    QJsonValue value;
    QString error;
};

struct CountRead
{
    quint64 generation = 0;
    std::optional<std::vector<qint64>> times;
    QString error;
};

bool startsWith(const QStringList &name, const QStringList &prefix)
{
    return name.size() >= prefix.size() && name.first(prefix.size()) == prefix;
}

QIcon swatch(const QString &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    if (QColor(color).isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0, 0, 0, 90), 1));
        painter.setBrush(QColor(color));
        painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    }
    return QIcon(pixmap);
}

} // namespace

CategoryEditor::CategoryEditor(UiContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_loadGate([this] { load(); })
    , m_countGate([this] { countMatches(); })
{
    setObjectName(QStringLiteral("categoryEditor"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Category"), tr("Rule (regex)"), tr("Last 7 days")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(kTimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(320);

    const auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_add = button(tr("&Add"), QStringLiteral("addCategoryButton"), tr("Add a top-level category"));
    m_addChild = button(tr("Add s&ub"), QStringLiteral("addSubcategoryButton"),
                        tr("Add a subcategory to the selected category"));
    m_remove = button(tr("Remove"), QStringLiteral("removeCategoryButton"),
                      tr("Remove the selected category and its subcategories"));
    m_up = button(tr("Up"), QStringLiteral("moveCategoryUpButton"), tr("Move before the previous sibling"));
    m_down = button(tr("Down"), QStringLiteral("moveCategoryDownButton"), tr("Move after the next sibling"));
    m_indent =
        button(tr("Indent"), QStringLiteral("indentCategoryButton"), tr("Make it a subcategory of the category above"));
    m_outdent = button(tr("Outdent"), QStringLiteral("outdentCategoryButton"), tr("Move it up one level"));
    auto *treeButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_addChild, m_remove, m_up, m_down, m_indent, m_outdent})
        treeButtons->addWidget(b);
    treeButtons->addStretch(1);

    // The selected rule.
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("categoryNameEdit"));
    m_name->setToolTip(tr("The name of this category (applied on Enter or when leaving the field)"));
    m_regex = new QLineEdit(this);
    m_regex->setObjectName(QStringLiteral("categoryRegexEdit"));
    m_regex->setPlaceholderText(tr("empty: only groups subcategories"));
    m_regex->setToolTip(tr("A regular expression tried on every value of a window or tab: app, title, URL"));
    m_ignoreCase = new QCheckBox(tr("Ignore case"), this);
    m_ignoreCase->setObjectName(QStringLiteral("categoryIgnoreCaseCheck"));
    m_color = new QPushButton(this);
    m_color->setObjectName(QStringLiteral("categoryColorButton"));
    m_clearColor = new QPushButton(tr("Inherit"), this);
    m_clearColor->setObjectName(QStringLiteral("categoryColorClearButton"));
    m_clearColor->setToolTip(tr("Use the colour of the parent category"));
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color);
    colorRow->addWidget(m_clearColor);
    colorRow->addStretch(1);
    m_hasScore = new QCheckBox(tr("Own score"), this);
    m_hasScore->setObjectName(QStringLiteral("categoryScoreCheck"));
    m_hasScore->setToolTip(tr("Without its own score a category uses its parent's"));
    m_score = new QDoubleSpinBox(this);
    m_score->setObjectName(QStringLiteral("categoryScoreSpin"));
    m_score->setRange(-100, 100);
    m_score->setDecimals(1);
    m_score->setToolTip(tr("Productivity score: positive for productive time, negative for distraction"));
    auto *scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_hasScore);
    scoreRow->addWidget(m_score);
    scoreRow->addStretch(1);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("categoryMatchLabel"));
    m_match->setWordWrap(true);

    m_details = new QWidget(this);
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Regex"), m_regex);
    form->addRow(QString(), m_ignoreCase);
    auto *colorLabel = new QLabel(tr("&Colour"), this);
    colorLabel->setBuddy(m_color);
    form->addRow(colorLabel, colorRow);
    auto *scoreLabel = new QLabel(tr("Sc&ore"), this);
    scoreLabel->setBuddy(m_hasScore);
    form->addRow(scoreLabel, scoreRow);
    form->addRow(m_match);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("categoryErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setProblemStyle(*m_error, true);
    m_error->hide();
    auto *help = new QLabel(tr("A window or browser tab gets the deepest category whose regex matches any of its "
                               "values; among equally deep matches, the later rule wins."),
                            this);
    help->setWordWrap(true);
    m_scoreHelp = new QLabel(this);
    m_scoreHelp->setObjectName(QStringLiteral("scoreHelpLabel"));
    m_scoreHelp->setWordWrap(true);
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_error);
    detailsLayout->addStretch(1);
    detailsLayout->addWidget(help);
    detailsLayout->addWidget(m_scoreHelp);
    detailsBox->setMinimumWidth(300);

    auto *treeBox = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addLayout(treeButtons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(treeBox);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_uncategorized = new QLabel(this);
    m_uncategorized->setObjectName(QStringLiteral("uncategorizedLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("categoryStatusLabel"));
    m_status->setWordWrap(true);
    auto *importButton = button(tr("&Import…"), QStringLiteral("importCategoriesButton"),
                                tr("Read categories from a file exported by Stint or ActivityWatch"));
    auto *exportButton = button(tr("&Export…"), QStringLiteral("exportCategoriesButton"),
                                tr("Write these categories to a file ActivityWatch can import"));
    auto *defaultsButton = button(tr("Defaults"), QStringLiteral("defaultCategoriesButton"),
                                  tr("Replace the categories with Stint's defaults"));
    m_revert = button(tr("Revert"), QStringLiteral("revertCategoriesButton"), tr("Discard the unsaved changes"));
    m_save = button(tr("&Save"), QStringLiteral("saveCategoriesButton"), tr("Save the categories"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(importButton);
    bottom->addWidget(exportButton);
    bottom->addWidget(defaultsButton);
    bottom->addStretch(1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_uncategorized);
    layout->addWidget(m_status);
    layout->addLayout(bottom);

    m_countDelay = new QTimer(this);
    m_countDelay->setSingleShot(true);
    m_countDelay->setInterval(300);
    connect(m_countDelay, &QTimer::timeout, this, [this] { m_countGate.request(); });

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &CategoryEditor::showSelected);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const int rule = selectedRule();
        if (rule < 0 || m_showing || m_name->text() == m_rules.at(rule).name.last())
            return;
        QStringList name = m_rules.at(rule).name;
        name.last() = m_name->text();
        renameSubtree(rule, name);
    });
    connect(m_regex, &QLineEdit::textChanged, this, [this](const QString &text) {
        const int rule = selectedRule();
        if (rule < 0 || m_showing)
            return;
        m_rules[rule].regex = text;
        updateItem(itemOf(rule));
        edited();
    });
    connect(m_ignoreCase, &QCheckBox::toggled, this, [this](bool on) {
        const int rule = selectedRule();
        if (rule < 0 || m_showing)
            return;
        m_rules[rule].ignoreCase = on;
        updateItem(itemOf(rule));
        edited();
    });
    connect(m_color, &QPushButton::clicked, this, &CategoryEditor::pickColor);
    connect(m_clearColor, &QPushButton::clicked, this, [this] {
        const int rule = selectedRule();
        if (rule < 0)
            return;
        m_rules[rule].data.remove(QStringLiteral("color"));
        rebuildTree(rule);
        edited();
    });
    const auto scoreEdited = [this] {
        const int rule = selectedRule();
        if (rule < 0 || m_showing)
            return;
        m_score->setEnabled(m_hasScore->isChecked());
        if (m_hasScore->isChecked())
            m_rules[rule].data.insert(QStringLiteral("score"), m_score->value());
        else
            m_rules[rule].data.remove(QStringLiteral("score"));
        edited();
    };
    connect(m_hasScore, &QCheckBox::toggled, this, scoreEdited);
    connect(m_score, &QDoubleSpinBox::valueChanged, this, scoreEdited);
    connect(m_add, &QPushButton::clicked, this, [this] { addRule(false); });
    connect(m_addChild, &QPushButton::clicked, this, [this] { addRule(true); });
    connect(m_remove, &QPushButton::clicked, this, &CategoryEditor::removeRule);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &CategoryEditor::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_indent, &QPushButton::clicked, this, &CategoryEditor::indentRule);
    connect(m_outdent, &QPushButton::clicked, this, &CategoryEditor::outdentRule);
    connect(m_save, &QPushButton::clicked, this, &CategoryEditor::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_modified = false;
        m_stored = QJsonValue(QJsonValue::Undefined); // read again whatever is stored
        m_loadGate.request();
    });
    connect(defaultsButton, &QPushButton::clicked, this,
            [this] { setRules(rulesFromJson(CategoryRules::defaults().toJson()), true); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import categories"), {},
                                                          tr("Category files (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !importFrom(path, &error))
            QMessageBox::warning(this, tr("Import categories"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export categories"), QStringLiteral("categories.json"),
                                         tr("Category files (*.json);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            QMessageBox::warning(this, tr("Export categories"), error);
    });
    m_stored = QJsonValue(QJsonValue::Undefined);
    showSelected();
    validate();
    setStatus({}, false);
}

CategoryEditor::~CategoryEditor() = default;

void CategoryEditor::refresh()
{
    m_loadGate.request();
}

void CategoryEditor::load()
{
    m_context.reports.run(
        this,
        [](ReportEngine &engine) {
            StoredRead read;
            if (auto value = engine.reader().setting(settings::storageKey(settings::kCategories)))
                read.value = *value;
            else
                read.error = engine.reader().error();
            return read;
        },
        [this](const StoredRead &read) {
            m_loadGate.finished();
            if (!read.error.isEmpty()) {
                setStatus(tr("Cannot read the stored categories: %1").arg(read.error), true);
                return;
            }
            // Pending edits win; a value already shown needs no redraw, only a new count.
            if (m_modified || m_saving || read.value == m_stored) {
                m_countGate.request();
                return;
            }
            m_stored = read.value;
            const QJsonValue shown = read.value.isNull() ? QJsonValue(CategoryRules::defaults().toJson()) : read.value;
            setRules(rulesFromJson(shown.isObject() ? shown.toObject().value(QStringLiteral("categories")).toArray()
                                                    : shown.toArray()),
                     false);
            QString why;
            if (!read.value.isNull() && !CategoryRules::fromJson(read.value, &why))
                setStatus(settings::invalidMessage(settings::kCategories, why), true);
            else
                setStatus({}, false);
        });
}

CategoryEditor::Rule CategoryEditor::ruleFrom(const QJsonObject &object)
{
    Rule rule;
    const QJsonValue name = object.value(QStringLiteral("name"));
    if (name.isString())
        rule.name = QStringList{name.toString()};
    for (const QJsonValue &part : name.toArray())
        rule.name.append(part.toString());
    if (rule.name.isEmpty())
        rule.name = QStringList{QString()}; // shown, and refused by validation until named
    const QJsonObject ruleObject = object.value(QStringLiteral("rule")).toObject();
    if (ruleObject.value(QStringLiteral("type")).toString() == QStringLiteral("regex")) {
        rule.regex = ruleObject.value(QStringLiteral("regex")).toString();
        rule.ignoreCase = ruleObject.value(QStringLiteral("ignore_case")).toBool(false);
    }
    rule.data = object.value(QStringLiteral("data")).toObject();
    rule.source = object;
    return rule;
}

QList<CategoryEditor::Rule> CategoryEditor::rulesFromJson(const QJsonArray &array)
{
    QList<Rule> parsed;
    for (const QJsonValue &value : array)
        parsed.append(ruleFrom(value.toObject()));
    // A parent named only through its children gets a rule of type "none", so the tree has a node
    // for it; such a rule matches nothing and carries no colour or score, so reports are unchanged.
    QSet<QStringList> names;
    for (const Rule &rule : parsed)
        names.insert(rule.name);
    QList<Rule> rules;
    for (const Rule &rule : parsed) {
        for (qsizetype depth = 1; depth < rule.name.size(); ++depth) {
            const QStringList parent = rule.name.first(depth);
            if (!names.contains(parent)) {
                names.insert(parent);
                rules.append(Rule{parent, {}, false, {}, {}});
            }
        }
        rules.append(rule);
    }
    return rules;
}

QJsonArray CategoryEditor::toJson() const
{
    QJsonArray array;
    for (const Rule &rule : m_rules) {
        QJsonObject ruleObject{{QStringLiteral("type"), QStringLiteral("none")}};
        if (!rule.regex.isEmpty())
            ruleObject = {{QStringLiteral("type"), QStringLiteral("regex")},
                          {QStringLiteral("regex"), rule.regex},
                          {QStringLiteral("ignore_case"), rule.ignoreCase}};
        // A rule as it was read goes back unchanged (aw-webui's ids, a parent's "type": null); an
        // edited one keeps the keys Stint does not edit.
        const Rule original = ruleFrom(rule.source);
        if (!rule.source.isEmpty() && original.name == rule.name && original.regex == rule.regex
            && (rule.regex.isEmpty() || original.ignoreCase == rule.ignoreCase) && original.data == rule.data) {
            array.append(rule.source);
            continue;
        }
        QJsonObject object = rule.source;
        object.insert(QStringLiteral("name"), QJsonArray::fromStringList(rule.name));
        object.insert(QStringLiteral("rule"), ruleObject);
        object.remove(QStringLiteral("data"));
        if (!rule.data.isEmpty())
            object.insert(QStringLiteral("data"), rule.data);
        array.append(object);
    }
    return array;
}

void CategoryEditor::setRules(const QList<Rule> &rules, bool modified)
{
    const int selected = selectedRule();
    m_rules = rules;
    // The first rule is selected at first, so the details show what a rule holds.
    rebuildTree(selected >= 0 && selected < m_rules.size() ? selected : (m_rules.isEmpty() ? -1 : 0));
    if (modified) {
        edited();
        return;
    }
    m_modified = false;
    ++m_generation;
    validate();
    m_countGate.request();
}

void CategoryEditor::rebuildTree(int selectRule)
{
    m_showing = true;
    m_tree->clear();
    QHash<QStringList, QTreeWidgetItem *> byName;
    for (int i = 0; i < m_rules.size(); ++i) {
        const QStringList &name = m_rules.at(i).name;
        QTreeWidgetItem *parent = nullptr;
        for (qsizetype depth = name.size() - 1; depth > 0 && !parent; --depth)
            parent = byName.value(name.first(depth));
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, kRuleRole, i);
        if (!byName.contains(name))
            byName.insert(name, item);
        updateItem(item);
    }
    m_tree->expandAll();
    m_showing = false;
    if (QTreeWidgetItem *item = itemOf(selectRule))
        m_tree->setCurrentItem(item);
    else
        showSelected();
    showCounts();
}

void CategoryEditor::updateItem(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(NameColumn, kRuleRole).toInt();
    const Rule &rule = m_rules.at(index);
    item->setText(NameColumn, rule.name.last());
    item->setText(RuleColumn, rule.regex.isEmpty() ? tr("(groups subcategories)") : rule.regex);
    // The colour it is drawn with: its own, else the nearest ancestor's.
    const QString color = nearest(rule.name, QStringLiteral("color")).toString();
    item->setIcon(NameColumn, swatch(color));
    const QRegularExpression regex(rule.regex);
    const bool bad = !rule.regex.isEmpty() && !regex.isValid();
    item->setForeground(RuleColumn, bad ? QBrush(kProblemColor) : QBrush());
    item->setToolTip(RuleColumn, bad ? tr("Invalid regex: %1").arg(regex.errorString()) : rule.regex);
    QFont font = item->font(RuleColumn);
    font.setItalic(rule.regex.isEmpty());
    item->setFont(RuleColumn, font);
}

QJsonValue CategoryEditor::nearest(const QStringList &name, const QString &key) const
{
    for (qsizetype depth = name.size(); depth > 0; --depth) {
        for (const Rule &other : m_rules) {
            if (other.name == name.first(depth) && other.data.contains(key))
                return other.data.value(key);
        }
    }
    return {};
}

int CategoryEditor::selectedRule() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return -1;
    const int rule = item->data(NameColumn, kRuleRole).toInt();
    return rule >= 0 && rule < m_rules.size() ? rule : -1;
}

QTreeWidgetItem *CategoryEditor::itemOf(int rule) const
{
    if (rule < 0)
        return nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(NameColumn, kRuleRole).toInt() == rule)
            return *it;
    }
    return nullptr;
}

void CategoryEditor::showSelected()
{
    const int rule = selectedRule();
    m_showing = true;
    m_details->setEnabled(rule >= 0);
    for (QPushButton *b : {m_addChild, m_remove, m_up, m_down, m_indent, m_outdent})
        b->setEnabled(rule >= 0);
    if (rule < 0) {
        m_name->clear();
        m_regex->clear();
        m_ignoreCase->setChecked(false);
        m_color->setIcon({});
        m_color->setText(tr("Choose…"));
        m_hasScore->setChecked(false);
        m_score->setValue(0);
        m_match->clear();
    } else {
        const Rule &r = m_rules.at(rule);
        m_name->setText(r.name.last());
        m_regex->setText(r.regex);
        m_ignoreCase->setChecked(r.ignoreCase);
        const QString color = r.data.value(QStringLiteral("color")).toString();
        m_color->setIcon(swatch(color));
        m_color->setText(color.isEmpty() ? tr("Inherited – choose…") : color);
        m_clearColor->setEnabled(!color.isEmpty());
        const QJsonValue score = r.data.value(QStringLiteral("score"));
        m_hasScore->setChecked(score.isDouble());
        // Without a score of its own, the one it inherits is shown (greyed out).
        const QJsonValue inherited = nearest(r.name.first(r.name.size() - 1), QStringLiteral("score"));
        m_score->setValue(score.isDouble() ? score.toDouble() : inherited.toDouble(0));
        m_score->setEnabled(score.isDouble());
        m_outdent->setEnabled(r.name.size() > 1);
    }
    m_showing = false;
    showCounts();
}

void CategoryEditor::edited()
{
    m_modified = true;
    ++m_generation;
    setStatus(tr("Not saved yet."), false);
    if (validate())
        m_countDelay->start();
    showCounts();
}

std::optional<CategoryRules> CategoryEditor::validate()
{
    QString error;
    auto rules = CategoryRules::fromJson(toJson(), &error);
    m_error->setText(error);
    m_error->setVisible(!rules);
    if (rules)
        m_scoreHelp->setText(scoreExplanation(*rules));
    m_save->setEnabled(rules && m_modified && !m_saving);
    m_revert->setEnabled(m_modified && !m_saving);
    return rules;
}

QString CategoryEditor::scoreExplanation(const CategoryRules &rules)
{
    const auto [low, high] = rules.scoreRange();
    const QLocale locale;
    return tr("The productivity score on the Activity page is the mean of the categories' scores, weighted by the "
              "time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.")
        .arg(locale.toString(low, 'f', 1), locale.toString(high, 'f', 1));
}

void CategoryEditor::countMatches()
{
    QString error;
    const auto rules = CategoryRules::fromJson(toJson(), &error);
    if (!rules) {
        m_countGate.finished();
        return;
    }
    const qint64 now = m_context.clock->nowNanos();
    const spans::Period week{now - kWeek, now};
    const quint64 generation = m_generation;
    m_context.reports.run(
        this,
        [week, rules = *rules, generation](ReportEngine &engine) {
            CountRead read;
            read.generation = generation;
            read.times = engine.categoryTimes(week, rules);
            if (!read.times)
                read.error = engine.error();
            return read;
        },
        [this](const CountRead &read) {
            m_countGate.finished();
            if (read.generation != m_generation)
                return; // the rules changed meanwhile; a new count is on its way
            if (!read.times) {
                setStatus(tr("Cannot count the matches of the last 7 days: %1").arg(read.error), true);
                return;
            }
            m_times = *read.times;
            m_timesGeneration = read.generation;
            showCounts();
        });
}

std::optional<qint64> CategoryEditor::matchedTime(int rule) const
{
    if (m_timesGeneration != m_generation || rule < -1 || size_t(rule + 1) >= m_times.size())
        return std::nullopt;
    return m_times.at(size_t(rule + 1));
}

void CategoryEditor::showCounts()
{
    const bool current = m_timesGeneration == m_generation && m_times.size() == size_t(m_rules.size()) + 1;
    const auto total = [&](int rule) {
        qint64 sum = 0;
        for (int i : subtreeOf(rule))
            sum += m_times.at(size_t(i + 1));
        return sum;
    };
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const int rule = item->data(NameColumn, kRuleRole).toInt();
        if (!current) {
            item->setText(kTimeColumn, QStringLiteral("…"));
            item->setData(kTimeColumn, kOwnTimeRole, {});
            item->setData(kTimeColumn, kTotalTimeRole, {});
            continue;
        }
        const qint64 own = m_times.at(size_t(rule + 1));
        const qint64 all = total(rule);
        item->setText(kTimeColumn, DurationText::format(all));
        item->setTextAlignment(kTimeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(kTimeColumn, kOwnTimeRole, own);
        item->setData(kTimeColumn, kTotalTimeRole, all);
        item->setToolTip(
            kTimeColumn,
            tr("%1 by this rule, %2 with its subcategories").arg(DurationText::format(own), DurationText::format(all)));
    }
    const int rule = selectedRule();
    if (!current) {
        m_match->setText(m_error->isVisible() ? QString() : tr("Counting the last 7 days…"));
        m_uncategorized->clear();
        return;
    }
    qint64 active = 0;
    for (qint64 time : m_times)
        active += time;
    const qint64 uncategorized = m_times.front();
    m_uncategorized->setText(tr("Uncategorized in the last 7 days: %1 of %2 active time (%3%)")
                                 .arg(DurationText::format(uncategorized), DurationText::format(active))
                                 .arg(active > 0 ? qRound(100.0 * double(uncategorized) / double(active)) : 0));
    if (rule < 0) {
        m_match->clear();
        return;
    }
    const qint64 own = m_times.at(size_t(rule + 1));
    const qint64 all = total(rule);
    if (m_rules.at(rule).regex.isEmpty())
        m_match->setText(tr("Last 7 days: %1 in its subcategories. This category has no regex of its own.")
                             .arg(DurationText::format(all)));
    else if (all != own)
        m_match->setText(tr("Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.")
                             .arg(DurationText::format(own), DurationText::format(all)));
    else
        m_match->setText(tr("Last 7 days: this rule categorized %1 of active time.").arg(DurationText::format(own)));
}

QList<int> CategoryEditor::subtreeOf(int rule) const
{
    const QStringList &name = m_rules.at(rule).name;
    const bool unique =
        std::count_if(m_rules.begin(), m_rules.end(), [&](const Rule &other) { return other.name == name; }) == 1;
    QList<int> subtree{rule};
    if (!unique)
        return subtree; // the subcategories belong to the first rule of this name
    for (int i = 0; i < m_rules.size(); ++i) {
        if (i != rule && m_rules.at(i).name.size() > name.size() && startsWith(m_rules.at(i).name, name))
            subtree.append(i);
    }
    return subtree;
}

void CategoryEditor::renameSubtree(int rule, const QStringList &newName)
{
    const QStringList oldName = m_rules.at(rule).name;
    if (newName == oldName)
        return;
    if (newName.last().trimmed().isEmpty()) {
        setStatus(tr("A category needs a name."), true);
        m_name->setText(oldName.last());
        return;
    }
    for (const Rule &other : m_rules) {
        if (other.name == newName) {
            setStatus(tr("There is already a category \"%1\".").arg(newName.join(QStringLiteral(" > "))), true);
            m_name->setText(oldName.last());
            return;
        }
    }
    for (int i : subtreeOf(rule))
        m_rules[i].name = newName + m_rules.at(i).name.mid(oldName.size());
    rebuildTree(rule);
    edited();
}

void CategoryEditor::addRule(bool asChild)
{
    const int selected = selectedRule();
    const QStringList parent = asChild && selected >= 0 ? m_rules.at(selected).name : QStringList();
    QStringList name = parent + QStringList{tr("New category")};
    for (int n = 2; std::any_of(m_rules.begin(), m_rules.end(), [&](const Rule &r) { return r.name == name; }); ++n)
        name.last() = tr("New category %1").arg(n);
    m_rules.append(Rule{name, {}, true, {}, {}});
    rebuildTree(int(m_rules.size()) - 1);
    edited();
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void CategoryEditor::removeRule()
{
    const int rule = selectedRule();
    if (rule < 0)
        return;
    QList<int> doomed = subtreeOf(rule);
    std::sort(doomed.rbegin(), doomed.rend());
    for (int i : doomed)
        m_rules.removeAt(i);
    rebuildTree(std::min(rule, int(m_rules.size()) - 1));
    edited();
}

void CategoryEditor::moveRule(int direction)
{
    const int rule = selectedRule();
    if (rule < 0)
        return;
    const QStringList parent = m_rules.at(rule).name.first(m_rules.at(rule).name.size() - 1);
    QList<int> siblings;
    for (int i = 0; i < m_rules.size(); ++i) {
        const QStringList &name = m_rules.at(i).name;
        if (name.size() == parent.size() + 1 && startsWith(name, parent))
            siblings.append(i);
    }
    const qsizetype position = siblings.indexOf(rule) + direction;
    if (position < 0 || position >= siblings.size())
        return;
    const int other = siblings.at(position);
    m_rules.swapItemsAt(rule, other);
    rebuildTree(other);
    edited();
}

void CategoryEditor::indentRule()
{
    const int rule = selectedRule();
    if (rule < 0)
        return;
    const QStringList &name = m_rules.at(rule).name;
    const QStringList parent = name.first(name.size() - 1);
    int previous = -1;
    for (int i = 0; i < rule; ++i) {
        const QStringList &other = m_rules.at(i).name;
        if (other.size() == name.size() && startsWith(other, parent))
            previous = i;
    }
    if (previous < 0) {
        setStatus(tr("There is no category above to move it into."), true);
        return;
    }
    renameSubtree(rule, m_rules.at(previous).name + QStringList{name.last()});
}

void CategoryEditor::outdentRule()
{
    const int rule = selectedRule();
    if (rule < 0 || m_rules.at(rule).name.size() < 2)
        return;
    const QStringList &name = m_rules.at(rule).name;
    renameSubtree(rule, name.first(name.size() - 2) + QStringList{name.last()});
}

void CategoryEditor::pickColor()
{
    const int rule = selectedRule();
    if (rule < 0)
        return;
    const QColor chosen =
        QColorDialog::getColor(QColor(m_rules.at(rule).data.value(QStringLiteral("color")).toString()), this,
                               tr("Colour of \"%1\"").arg(m_rules.at(rule).name.last()));
    if (!chosen.isValid())
        return;
    m_rules[rule].data.insert(QStringLiteral("color"), chosen.name());
    rebuildTree(rule); // subcategories inherit it
    edited();
}

void CategoryEditor::save()
{
    // A name still being typed counts.
    const int rule = selectedRule();
    if (rule >= 0 && m_name->text() != m_rules.at(rule).name.last()) {
        QStringList name = m_rules.at(rule).name;
        name.last() = m_name->text();
        renameSubtree(rule, name);
    }
    const auto rules = validate();
    if (!rules || m_saving)
        return;
    const QJsonValue json = toJson(); // as validated, with the keys of rules read from aw-webui kept
    m_saving = true;
    validate();
    setStatus(tr("Saving…"), false);
    whenWritten(this, m_context.tracker.datastore().setSetting(settings::storageKey(settings::kCategories), json),
                [this, json](const WriteResult &result) {
                    m_saving = false;
                    if (!result.ok()) {
                        validate();
                        setStatus(tr("Not saved: %1").arg(result.message), true);
                        return;
                    }
                    m_stored = json;
                    m_modified = false;
                    validate();
                    setStatus(tr("Saved. The reports use these categories now."), false);
                });
}

bool CategoryEditor::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    // Text a rule could not keep as written (a key named twice, a lone surrogate) is refused.
    const auto value = json::parseExternal(file.readAll(), &why);
    const auto rules = value ? CategoryRules::fromJson(*value, &why) : std::nullopt;
    if (!rules) {
        *error = tr("%1 holds no usable categories: %2").arg(path, why);
        return false;
    }
    setRules(rulesFromJson(rules->toJson()), true);
    setStatus(tr("Imported %n rule(s) from %1. Not saved yet.", nullptr, int(rules->rules().size())).arg(path), false);
    return true;
}

bool CategoryEditor::exportTo(const QString &path, QString *error) const
{
    QString why;
    const auto rules = CategoryRules::fromJson(toJson(), &why);
    if (!rules) {
        *error = tr("Correct the categories first: %1").arg(why);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(rules->toExportJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void CategoryEditor::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    setProblemStyle(*m_status, problem);
}

} // namespace stint
