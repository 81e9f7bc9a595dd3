#include "pages/scenariopage.h"

#include "dashboardcontext.h"
#include "scenariotext.h"
#include "core/datatext.h"
#include "core/korean.h"
#include "io/savefile.h"
#include "items/unitlabel.h"
#include "items/valueformat.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString planKey(const QString &plan, const QString &item)
{
    return plan + u':' + item;
}

} // namespace

ScenarioPage::ScenarioPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_planItems(new QStandardItemModel(this))
    , m_typed(new QStandardItemModel(this))
    , m_pillars(new QStandardItemModel(this))
    , m_gains(new QStandardItemModel(this))
    , m_overtake(new QStandardItemModel(this))
{
    auto *outer = new QVBoxLayout(this);
    m_band = ScenarioText::makeBand(this);
    // Here the band comes and goes with each tick: its place is kept, so that the list does not
    // move under the mouse (the next click would land on the row above the one aimed at).
    QSizePolicy bandPolicy = m_band->sizePolicy();
    bandPolicy.setRetainSizeWhenHidden(true);
    m_band->setSizePolicy(bandPolicy);
    outer->addWidget(m_band);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    outer->addWidget(m_intro);

    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    // Saved scenarios.
    auto *savedBar = new QHBoxLayout;
    m_saved = new QComboBox(this);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_load = new QPushButton(this);
    m_save = new QPushButton(this);
    m_rename = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_export = new QPushButton(this);
    m_import = new QPushButton(this);
    for (QPushButton *b : { m_load, m_save, m_rename, m_delete, m_export, m_import })
        savedBar->addWidget(b);
    savedBar->addStretch();
    left->addWidget(m_saved);
    left->addLayout(savedBar);

    m_planTitle = boldLabel(this);
    left->addWidget(m_planTitle);
    m_planView = makeTable(m_planItems, tr("Plan items"));
    m_planView->setWordWrap(true);
    left->addWidget(m_planView, 2);

    m_typedTitle = boldLabel(this);
    left->addWidget(m_typedTitle);
    m_typedView = makeTable(m_typed, tr("Typed changes"));
    left->addWidget(m_typedView, 1);
    auto *addRow = new QGridLayout;
    m_addRegion = new QComboBox(this);
    m_addIndicator = new QComboBox(this);
    m_addIndicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_addIndicator->setMinimumContentsLength(18);
    m_addYear = new QSpinBox(this);
    m_addYear->setRange(1990, 2100);
    m_addValue = new QLineEdit(this);
    m_addReason = new QLineEdit(this);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    addRow->addWidget(m_addRegion, 0, 0);
    addRow->addWidget(m_addIndicator, 0, 1, 1, 2);
    addRow->addWidget(m_addYear, 1, 0);
    addRow->addWidget(m_addValue, 1, 1);
    addRow->addWidget(m_addReason, 1, 2);
    addRow->addWidget(m_add, 0, 3);
    addRow->addWidget(m_remove, 1, 3);
    left->addLayout(addRow);

    // Results.
    m_readinessLine = boldLabel(this);
    m_opportunityLine = boldLabel(this);
    right->addWidget(m_readinessLine);
    right->addWidget(m_opportunityLine);
    QTableView *pillars = makeTable(m_pillars, tr("Baseline and scenario per pillar"));
    right->addWidget(pillars, 2);
    m_gainTitle = boldLabel(this);
    right->addWidget(m_gainTitle);
    QTableView *gains = makeTable(m_gains, tr("Plan items by rank places gained alone"));
    gains->setWordWrap(true);
    right->addWidget(gains, 1);
    m_overtakeTitle = boldLabel(this);
    auto *overtakeBar = new QHBoxLayout;
    m_rival = new QComboBox(this);
    m_findOvertake = new QPushButton(this);
    overtakeBar->addWidget(m_overtakeTitle, 1);
    overtakeBar->addWidget(m_rival);
    overtakeBar->addWidget(m_findOvertake);
    right->addLayout(overtakeBar);
    QTableView *overtake = makeTable(m_overtake, tr("The smallest step past a rival"));
    right->addWidget(overtake, 2);
    m_overtakeNote = new QLabel(this);
    m_overtakeNote->setWordWrap(true);
    m_overtakeNote->setTextFormat(Qt::PlainText);
    right->addWidget(m_overtakeNote);
    m_caveat = new QLabel(this);
    m_caveat->setWordWrap(true);
    m_caveat->setTextFormat(Qt::PlainText);
    outer->addWidget(m_caveat);

    connect(m_planItems, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_filling && item->isCheckable())
            applyChoices();
    });
    connect(m_add, &QPushButton::clicked, this, &ScenarioPage::addTypedChange);
    connect(m_remove, &QPushButton::clicked, this, &ScenarioPage::removeTypedChange);
    connect(m_load, &QPushButton::clicked, this, &ScenarioPage::loadScenario);
    connect(m_save, &QPushButton::clicked, this, &ScenarioPage::saveScenario);
    connect(m_rename, &QPushButton::clicked, this, &ScenarioPage::renameScenario);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioPage::deleteScenario);
    connect(m_export, &QPushButton::clicked, this, &ScenarioPage::exportScenarios);
    connect(m_import, &QPushButton::clicked, this, &ScenarioPage::importScenarios);
    connect(m_findOvertake, &QPushButton::clicked, this, &ScenarioPage::computeOvertake);
    // A new indicator: the year the index uses for it.
    connect(m_addIndicator, &QComboBox::currentIndexChanged, this,
        [this] { m_addYear->setValue(m_addIndicator->currentData().toList().value(1).toInt()); });
    connect(context, &DashboardContext::scenarioChanged, this, [this] {
        if (isVisible())
            fillResults();
        else
            m_stale = true;
    });
    retranslate();
}

void ScenarioPage::retranslate()
{
    m_intro->setText(tr("Tick the plan items of %1 that state a target in an indicator's unit, or type a changed figure: the "
                        "index is computed again with them beside the baseline. Nothing here changes a figure.")
                         .arg(m_context->regionName(m_context->focus())));
    m_load->setText(tr("Open"));
    m_save->setText(tr("Save…"));
    m_rename->setText(tr("Rename…"));
    m_delete->setText(tr("Delete"));
    m_export->setText(tr("Export CSV…"));
    m_import->setText(tr("Import CSV…"));
    m_saved->setAccessibleName(tr("Saved scenarios"));
    m_planTitle->setText(tr("Plan items of %1 (ticked: in the scenario)").arg(m_context->regionName(m_context->focus())));
    m_typedTitle->setText(tr("Typed changes (the indicator's own unit, before any per-resident division)"));
    m_add->setText(tr("Add"));
    m_remove->setText(tr("Remove"));
    m_addValue->setPlaceholderText(tr("Value"));
    m_addReason->setPlaceholderText(tr("Why (recorded with the change)"));
    m_addRegion->setAccessibleName(tr("Region of the change"));
    m_addIndicator->setAccessibleName(tr("Indicator of the change"));
    m_addYear->setAccessibleName(tr("Year of the change"));
    m_gainTitle->setText(tr("Plan items ranked by the rank places each would gain alone"));
    m_overtakeTitle->setText(tr("The smallest step past"));
    m_findOvertake->setText(tr("Compute"));
    m_rival->setAccessibleName(tr("Rival region"));
    m_caveat->setText(ScenarioText::caveat(*m_context));
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ScenarioPage::fillModel(QStandardItemModel *model, const QStringList &header, const QList<QStringList> &rows)
{
    model->clear();
    model->setHorizontalHeaderLabels(header);
    for (const QStringList &row : rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row) {
            auto *item = new QStandardItem(cell);
            item->setEditable(false);
            items << item;
        }
        model->appendRow(items);
    }
}

void ScenarioPage::refresh()
{
    // The context holds the scenario (the report reads it too): the page shows what it holds.
    m_name = m_context->scenarioName();
    m_typedChanges.clear();
    for (const ScenarioChange &c : m_context->scenarioChanges())
        if (c.plan.isEmpty())
            m_typedChanges << c;
    m_filling = true;
    fillSaved();
    fillPlanItems();
    fillAddRow();
    m_rival->clear();
    for (const QString &code : m_context->regionCodes())
        if (code != m_context->focus())
            m_rival->addItem(m_context->regionName(code), code);
    m_rival->setCurrentIndex(std::max(0, m_rival->findData(m_context->comparison())));
    m_filling = false;
    fillResults();
    // The smallest step past the comparison region, once (then on request: it takes a few hundred ms).
    if (m_overtake->rowCount() == 0)
        computeOvertake();
}

void ScenarioPage::fillSaved()
{
    const QString current = m_saved->currentData().toString();
    m_saved->clear();
    if (Result<QList<ScenarioRecord>> saved = m_context->storage().scenarios(); saved) {
        for (const ScenarioRecord &s : std::as_const(*saved))
            m_saved->addItem(tr("%1 (changes: %2)").arg(plainDataText(s.name)).arg(s.changes.size()), s.name);
    }
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(current.isEmpty() ? m_name : current)));
    const bool any = m_saved->count() > 0;
    const bool writable = !m_context->storage().readOnly();
    m_load->setEnabled(any);
    m_rename->setEnabled(any && writable);
    m_delete->setEnabled(any && writable);
    m_export->setEnabled(any);
    m_save->setEnabled(writable);
    m_import->setEnabled(writable);
}

void ScenarioPage::fillPlanItems()
{
    QSet<QString> ticked;
    for (const ScenarioChange &c : m_context->scenarioChanges())
        if (!c.plan.isEmpty())
            ticked.insert(planKey(c.plan, c.item));
    m_planItems->clear();
    m_planItems->setHorizontalHeaderLabels({ tr("Plan item"), tr("Indicator (unit)"), tr("Target"), tr("Target year") });
    m_planChanges.clear();
    if (!m_context->hasRun())
        return;
    const Assessment baseline { m_context->run(), m_context->opportunityRun() };
    Result<QList<PlanItemChange>> withTargets = planItemChanges(m_context->storage(), *m_context->figures(), baseline,
        m_context->language());
    if (withTargets)
        m_planChanges = *withTargets;
    Result<QList<PlanRecord>> plans = m_context->storage().plans();
    Result<QList<PlanItemRecord>> items = m_context->storage().planItems();
    if (!plans || !items)
        return;
    QSet<QString> focusPlans;
    for (const PlanRecord &p : std::as_const(*plans))
        if (p.region == m_context->focus())
            focusPlans.insert(p.id);
    const QString language = m_context->language();
    for (const PlanItemRecord &item : std::as_const(*items)) {
        if (!focusPlans.contains(item.plan) || item.indicator.isEmpty())
            continue;
        const auto change = std::find_if(m_planChanges.cbegin(), m_planChanges.cend(),
            [&](const PlanItemChange &c) { return c.item.plan == item.plan && c.item.item == item.item; });
        auto *title = new QStandardItem(plainDataText(item.title(language)));
        title->setEditable(false);
        title->setData(planKey(item.plan, item.item), Qt::UserRole);
        const QString source = tr("Source: %1").arg(item.source);
        if (change != m_planChanges.cend()) {
            title->setCheckable(true);
            title->setCheckState(ticked.contains(planKey(item.plan, item.item)) ? Qt::Checked : Qt::Unchecked);
            title->setToolTip(tr("%1\nApplied to the figure of %2 (the year the index uses); the target year stays in the reason.\n%3")
                                  .arg(plainDataText(item.title(language))).arg(change->change.year).arg(source));
        } else {
            title->setEnabled(false);
            title->setToolTip(tr("%1\nThe plan states no value in this indicator's unit (for example one site's capacity, not "
                                 "the region's total): not applied.\n%2")
                                  .arg(plainDataText(item.title(language)), source));
        }
        auto *indicator = new QStandardItem(ScenarioText::indicatorLabel(*m_context, item.indicator));
        auto *target = new QStandardItem(item.indicatorTarget.isNull() ? tr("no target in this unit")
                                                                       : formatValue(item.indicatorTarget.toDouble()));
        auto *year = new QStandardItem(item.targetYear.isNull() ? QString() : QString::number(item.targetYear.toInt()));
        for (QStandardItem *i : { indicator, target, year }) {
            i->setEditable(false);
            i->setEnabled(change != m_planChanges.cend());
        }
        m_planItems->appendRow({ title, indicator, target, year });
    }
}

void ScenarioPage::fillAddRow()
{
    const QString region = m_addRegion->currentData().toString();
    const QString indicator = m_addIndicator->currentData().toString();
    m_addRegion->clear();
    for (const QString &code : m_context->regionCodes())
        m_addRegion->addItem(m_context->regionName(code), code);
    m_addRegion->setCurrentIndex(std::max(0, m_addRegion->findData(region.isEmpty() ? m_context->focus() : region)));
    m_addIndicator->clear();
    if (!m_context->hasRun() || !m_context->figures())
        return;
    // The figures the index scores (by the id they are stored under), with the year it uses.
    QStringList seen;
    for (const IndexRun *run : { &m_context->run(), &m_context->opportunityRun() }) {
        const auto &specs = run->dataset.input.framework.indicators;
        for (size_t c = 0; c < specs.size(); ++c) {
            for (const IndicatorInfo &info : m_context->figures()->indicators()) {
                if (info.id != specs[c].id || seen.contains(info.figuresId()))
                    continue;
                seen << info.figuresId();
                m_addIndicator->addItem(ScenarioText::indicatorLabel(*m_context, info.figuresId()),
                    QVariantList { info.figuresId(), run->dataset.years[qsizetype(c)] });
            }
        }
    }
    for (int i = 0; i < m_addIndicator->count(); ++i)
        if (m_addIndicator->itemData(i).toList().value(0).toString() == indicator)
            m_addIndicator->setCurrentIndex(i);
    m_addYear->setValue(m_addIndicator->currentData().toList().value(1).toInt());
}

void ScenarioPage::choosePlanItems(const QStringList &keys)
{
    m_filling = true;
    for (int r = 0; r < m_planItems->rowCount(); ++r) {
        QStandardItem *item = m_planItems->item(r, 0);
        if (item->isCheckable())
            item->setCheckState(keys.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    applyChoices();
}

void ScenarioPage::applyChoices()
{
    QList<ScenarioChange> changes;
    for (int r = 0; r < m_planItems->rowCount(); ++r) {
        QStandardItem *item = m_planItems->item(r, 0);
        if (!item->isCheckable() || item->checkState() != Qt::Checked)
            continue;
        const QString key = item->data(Qt::UserRole).toString();
        for (const PlanItemChange &c : std::as_const(m_planChanges))
            if (planKey(c.item.plan, c.item.item) == key)
                changes << c.change;
    }
    // A typed change on the same figure as a plan item wins.
    for (const ScenarioChange &t : std::as_const(m_typedChanges)) {
        changes.erase(std::remove_if(changes.begin(), changes.end(),
                          [&](const ScenarioChange &c) { return c.region == t.region && c.indicator == t.indicator && c.year == t.year; }),
            changes.end());
        changes << t;
    }
    m_context->setScenario(m_name, changes);
}

void ScenarioPage::addTypedChange()
{
    bool ok = false;
    const double value = QLocale().toDouble(m_addValue->text().trimmed(), &ok);
    const double plain = ok ? value : m_addValue->text().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(plain)) {
        QMessageBox::warning(this, tr("Scenario"), tr("'%1' is not a number.").arg(m_addValue->text()));
        return;
    }
    const QVariantList indicator = m_addIndicator->currentData().toList();
    if (indicator.isEmpty())
        return;
    ScenarioChange c { m_addRegion->currentData().toString(), indicator.value(0).toString(), m_addYear->value(), plain,
        m_addReason->text().trimmed(), {}, {} };
    m_typedChanges.erase(std::remove_if(m_typedChanges.begin(), m_typedChanges.end(),
                             [&](const ScenarioChange &t) { return t.region == c.region && t.indicator == c.indicator && t.year == c.year; }),
        m_typedChanges.end());
    m_typedChanges << c;
    m_addValue->clear();
    applyChoices();
}

void ScenarioPage::removeTypedChange()
{
    const int row = m_typedView->currentIndex().row();
    if (row < 0 || row >= m_typedChanges.size())
        return;
    m_typedChanges.removeAt(row);
    applyChoices();
}

void ScenarioPage::fillResults()
{
    QList<QStringList> typedRows;
    const IndexFigures *figures = m_context->figures();
    for (const ScenarioChange &c : std::as_const(m_typedChanges)) {
        const int unit = figures ? figures->unitRow(c.region) : -1;
        const double now = unit >= 0 ? figures->raw(c.indicator, c.year, unit) : index::missing;
        typedRows << QStringList { m_context->regionName(c.region), ScenarioText::indicatorLabel(*m_context, c.indicator),
            QString::number(c.year), index::isMissing(now) ? tr("no figure") : formatValue(now), formatValue(c.value),
            plainDataText(c.reason) };
    }
    fillModel(m_typed, ScenarioText::changeHeader(), typedRows);

    const ScenarioOutcome *scenario = m_context->scenario();
    m_band->setVisible(scenario != nullptr);
    m_band->setText(ScenarioText::band(*m_context));
    if (!scenario) {
        m_readinessLine->setText(tr("No scenario yet: tick a plan item or add a change."));
        m_opportunityLine->clear();
        fillModel(m_pillars, ScenarioText::pillarHeader(), {});
    } else {
        m_readinessLine->setText(ScenarioText::rankLine(*m_context, IndexQuestion::Readiness));
        m_opportunityLine->setText(ScenarioText::rankLine(*m_context, IndexQuestion::Opportunity));
        fillModel(m_pillars, ScenarioText::pillarHeader(), ScenarioText::pillarRows(*m_context));
        for (int r = 0; r < m_pillars->rowCount(); ++r)
            m_pillars->item(r, 0)->setToolTip(tr("Scores 0–100 on the scale of %1; baseline with the figures as stored, "
                                                  "scenario with the changes listed on the left.")
                                                   .arg(m_context->rankedPhrase()));
    }
    // Each plan item alone.
    QList<PlanItemGain> gains;
    if (m_context->hasRun() && m_context->figures()) {
        QList<PlanItemChange> own;
        for (const PlanItemChange &c : std::as_const(m_planChanges))
            if (c.change.region == m_context->focus())
                own << c;
        const Assessment baseline { m_context->run(), m_context->opportunityRun() };
        if (Result<QList<PlanItemGain>> ranked = rankPlanItems(m_context->storage(), *m_context->figures(), baseline,
                m_context->recipe(), m_context->focus(), own);
            ranked)
            gains = *ranked;
    }
    fillModel(m_gains, ScenarioText::gainHeader(), ScenarioText::gainRows(*m_context, gains));
}

void ScenarioPage::computeOvertake()
{
    const QString rival = m_rival->currentData().toString();
    if (rival.isEmpty() || !m_context->figures())
        return;
    const IndexFigures *figures = m_context->scenario() ? m_context->scenario()->figures.get() : m_context->figures();
    Result<Overtake> found = findOvertake(m_context->storage(), *figures, m_context->recipe(), m_context->focus(), rival);
    m_overtake->clear();
    m_overtake->setHorizontalHeaderLabels({ tr("Indicator (unit)"), tr("Year"), tr("Figure now"), tr("Needed alone"),
        tr("Holds in the 5–95 % band") });
    if (!found) {
        m_overtakeNote->setText(found.errorText());
        return;
    }
    auto cell = [](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        return item;
    };
    for (const OvertakeStep &s : std::as_const(found->alone)) {
        m_overtake->appendRow({ cell(ScenarioText::indicatorLabel(*m_context, s.indicator)), cell(QString::number(s.year)),
            cell(index::isMissing(s.current) ? tr("no figure") : formatValue(s.current)),
            cell(s.needed ? formatValue(*s.needed) : tr("not enough alone")),
            cell(s.needed ? (s.holdsInBand ? tr("yes") : tr("no")) : QString()) });
    }
    const QString focus = m_context->regionName(m_context->focus()), other = m_context->regionName(rival);
    if (found->alreadyAbove) {
        m_overtakeNote->setText(korean::resolveParticles(tr("%1 is already above %2 in AI readiness (rank %3 against %4).")
                                    .arg(focus, other).arg(found->focusRank).arg(found->rivalRank)));
        return;
    }
    if (found->combination.isEmpty()) {
        m_overtakeNote->setText(korean::resolveParticles(
            tr("Even every indicator at the best value among the regions would not lift %1 above %2.").arg(focus, other)));
        return;
    }
    QStringList parts;
    for (const OvertakeStep &s : std::as_const(found->combination))
        parts << tr("%1 %2 → %3").arg(ScenarioText::indicatorLabel(*m_context, s.indicator),
            index::isMissing(s.current) ? tr("no figure") : formatValue(s.current), formatValue(*s.needed));
    m_overtakeNote->setText(tr("The combination with the smallest total change (in normalised units): %1. %2")
                                .arg(parts.join(tr(", ")),
                                    found->combinationHolds ? tr("It holds in the 5–95 % band of the uncertainty runs too.")
                                                            : tr("It does not hold in the 5–95 % band of the uncertainty runs.")));
}

void ScenarioPage::saveScenario()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the scenario"), tr("Name:"), QLineEdit::Normal, m_name, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (Status s = m_context->storage().saveScenario({ name, {}, m_context->scenarioChanges(), {}, {}, {}, {} }); !s) {
        QMessageBox::warning(this, tr("Save the scenario"), s.errorText());
        return;
    }
    m_name = name;
    m_context->setScenario(m_name, m_context->scenarioChanges());
    fillSaved();
}

void ScenarioPage::loadScenario()
{
    const QString name = m_saved->currentData().toString();
    Result<QList<ScenarioRecord>> saved = m_context->storage().scenarios();
    if (!saved)
        return;
    for (const ScenarioRecord &s : std::as_const(*saved)) {
        if (s.name != name)
            continue;
        m_name = s.name;
        m_typedChanges.clear();
        for (const ScenarioChange &c : s.changes)
            if (c.plan.isEmpty())
                m_typedChanges << c;
        m_context->setScenario(m_name, s.changes);
        m_filling = true;
        fillPlanItems();
        m_filling = false;
        fillResults();
    }
}

void ScenarioPage::renameScenario()
{
    const QString name = m_saved->currentData().toString();
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename the scenario"), tr("New name:"), QLineEdit::Normal, name, &ok).trimmed();
    if (!ok || newName.isEmpty() || newName == name)
        return;
    if (Status s = m_context->storage().renameScenario(name, newName); !s) {
        QMessageBox::warning(this, tr("Rename the scenario"), s.errorText());
        return;
    }
    if (m_name == name) {
        m_name = newName;
        m_context->setScenario(m_name, m_context->scenarioChanges());
    }
    fillSaved();
}

void ScenarioPage::deleteScenario()
{
    const QString name = m_saved->currentData().toString();
    if (QMessageBox::question(this, tr("Delete the scenario"), tr("Delete the scenario '%1'? The figures are not affected.").arg(name))
        != QMessageBox::Yes)
        return;
    if (Status s = m_context->storage().deleteScenario(name); !s) {
        QMessageBox::warning(this, tr("Delete the scenario"), s.errorText());
        return;
    }
    if (m_name == name) {
        m_name.clear();
        m_context->setScenario({}, m_context->scenarioChanges());
    }
    fillSaved();
}

void ScenarioPage::exportScenarios()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the scenarios"), u"scenarios.csv"_s, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    Result<QList<ScenarioRecord>> saved = m_context->storage().scenarios();
    if (!saved) {
        QMessageBox::warning(this, tr("Export the scenarios"), saved.errorText());
        return;
    }
    if (Status s = saveFile(path, scenariosCsv(*saved)); !s)
        QMessageBox::warning(this, tr("Export the scenarios"), s.errorText());
}

void ScenarioPage::importScenarios()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import scenarios"), {}, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import scenarios"), file.errorString());
        return;
    }
    Result<QList<ScenarioRecord>> parsed = parseScenariosCsv(file.readAll(), path);
    if (!parsed) {
        QMessageBox::warning(this, tr("Import scenarios"), parsed.errorText());
        return;
    }
    // Every change checked before any scenario is saved: a bad file changes nothing.
    QSet<QString> indicators;
    if (m_context->figures())
        for (const IndicatorInfo &info : m_context->figures()->indicators())
            indicators.insert(info.id);
    for (ScenarioRecord &s : *parsed) {
        for (ScenarioChange &c : s.changes) {
            const std::optional<QString> code = findRegion(m_context->storage(), c.region);
            if (!code || !indicators.contains(c.indicator)) {
                QMessageBox::warning(this, tr("Import scenarios"),
                    tr("%1: scenario '%2': unknown region or indicator (%3, %4); nothing was imported.")
                        .arg(path, plainDataText(s.name), plainDataText(c.region), plainDataText(c.indicator)));
                return;
            }
            c.region = *code;
        }
    }
    for (const ScenarioRecord &s : std::as_const(*parsed)) {
        if (Status saved = m_context->storage().saveScenario(s); !saved) {
            QMessageBox::warning(this, tr("Import scenarios"), saved.errorText());
            break;
        }
    }
    fillSaved();
}

QString ScenarioPage::bandText() const
{
    return m_band->text();
}

bool ScenarioPage::bandVisible() const
{
    return !m_band->isHidden();
}

} // namespace air
