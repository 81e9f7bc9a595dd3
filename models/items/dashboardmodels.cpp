#include "items/dashboardmodels.h"

#include "core/datatext.h"
#include "import/formats.h"
#include "items/itemroles.h"
#include "items/unitlabel.h"
#include "items/valueformat.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// Texts shared by the models of this file, under one translation context.
struct ModelText {
    Q_DECLARE_TR_FUNCTIONS(air::DashboardModels)
};

QString noData()
{
    return ModelText::tr("no data");
}

GridModel::Cell numberCell(double v, int decimals = -1)
{
    GridModel::Cell c;
    if (std::isnan(v)) {
        c.text = noData();
        return c;
    }
    c.raw = v;
    c.text = decimals < 0 ? formatValue(v) : QLocale().toString(v, 'f', decimals);
    return c;
}

} // namespace

int GridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant GridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Cell &c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::ToolTipRole:
        return c.tooltip.isEmpty() ? QVariant() : QVariant(c.tooltip);
    case Qt::TextAlignmentRole:
        return c.raw.isValid() || c.text == noData() ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case roleOf(ItemRole::RawValue):
        return c.raw;
    case roleOf(ItemRole::IsMissing):
        return !c.raw.isValid() && c.text == noData();
    case roleOf(ItemRole::Status):
        return c.imputed ? u"estimate"_s : c.status;
    default:
        return {};
    }
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return orientation == Qt::Horizontal ? QVariant(m_columns.value(section)) : QVariant(m_rows.value(section));
}

void GridModel::reset(const QStringList &rows, const QStringList &columns, std::vector<Cell> cells)
{
    beginResetModel();
    m_rows = rows;
    m_columns = columns;
    m_cells = std::move(cells);
    endResetModel();
}

namespace {

// The year as the source dates the figure: the indicator's as_of where it describes this year more
// exactly (2020-01-17, 2020 H1, 2023 Q1), else the year.
QString periodText(const IndicatorInfo &info, int year)
{
    if (info.asOf.size() > 4 && info.asOf.left(4).toInt() == year)
        return info.asOf;
    return QString::number(year);
}

// A pillar (or sector) score cell: "자료 부족" in place of a score where the evidence is insufficient.
GridModel::Cell scoreCell(const IndexRun &run, const QString &pillar, double score)
{
    const IndexDataset::Evidence *e = run.dataset.evidenceOf(pillar);
    if (e && !e->sufficient) {
        GridModel::Cell c;
        c.text = GridModel::tr("evidence insufficient");
        c.tooltip = GridModel::tr("Fewer than two indicators with figures for two thirds of the regions within %1 years: "
                                  "no score")
                        .arg(run.dataset.maxAge);
        return c;
    }
    return numberCell(score, 1);
}

} // namespace

void PillarScoresModel::update(const IndexRun &run, const IndexRun &opportunity, const QStringList &units,
    const QStringList &unitNames, const QString &language, bool withOpportunity)
{
    const QStringList &pillars = run.dataset.input.framework.pillars;
    QStringList rows;
    for (const QString &p : pillars)
        rows << IndicatorCatalogModel::pillarLabel(p, language);
    std::vector<Cell> cells;
    for (int p = 0; p < pillars.size(); ++p) {
        for (const QString &u : units) {
            const int row = int(run.dataset.unitCodes.indexOf(u));
            Cell c = scoreCell(run, pillars[p], row < 0 ? index::missing : run.result.pillarScores.at(row, p));
            if (c.tooltip.isEmpty())
                c.tooltip = row < 0 || !c.raw.isValid() ? tr("No figure for this pillar (see the data notes)")
                                                        : tr("Score %1 of 100 on the regions' scale").arg(c.text);
            cells.push_back(c);
        }
    }
    if (withOpportunity && !run.dataset.composite) {
        rows << IndicatorCatalogModel::pillarLabel(u"sector"_s, language);
        for (const QString &u : units) {
            const int row = int(opportunity.dataset.unitCodes.indexOf(u));
            Cell c = numberCell(row < 0 ? index::missing : opportunity.result.index[size_t(row)], 1);
            c.tooltip = tr("AI opportunity: a score of its own (the four sectors), not part of readiness");
            cells.push_back(c);
        }
    }
    reset(rows, unitNames, std::move(cells));
}

// A change (ict_workers_change_2021_2024: -200 % to +515 % of the nation's) or a balance that can
// be negative is not a level: as a percentage of the national figure it squeezes every other bar.
bool IndicatorValuesModel::isLevel(const ComparisonModel::Line &line)
{
    if (line.indicator.id.contains(u"_change"_s))
        return false;
    for (const ComparisonModel::Cell *c : { &line.focus, &line.nation, &line.comparison }) {
        if (c->present && c->value < 0)
            return false;
    }
    return true;
}

void IndicatorValuesModel::update(const QList<ComparisonModel::Line> &lines, const QString &pillar,
    const IndexRun &run, const QStringList &units, const QStringList &unitNames, Mode mode, const QString &language)
{
    const bool normalised = mode == Mode::Normalised;
    QStringList rows;
    std::vector<Cell> cells;
    m_ids.clear();
    m_leftOut.clear();
    for (const ComparisonModel::Line &line : lines) {
        if (line.indicator.pillar != pillar)
            continue;
        const IndicatorInfo &info = line.indicator;
        const QString unit = unitLabel(info.denominator.isEmpty() ? info.unit : info.ratioUnit, language);
        QString label = info.name(language);
        if (pillar == u"sector"_s)
            label = IndicatorCatalogModel::sectorLabel(info.sector, language) + u" · "_s + label;
        if (mode == Mode::RelativeToNation && !isLevel(line)) {
            m_leftOut << label;
            continue;
        }
        const bool stale = line.year > 0 && run.dataset.referenceYear - line.year > staleAge;
        // A chart shows no year column: an old figure's bar says its year in the label.
        rows << (stale && mode != Mode::Figures ? tr("%1 (%2, old)").arg(label).arg(line.year) : label);
        m_ids << info.id;
        const int column = int(std::find_if(run.dataset.input.framework.indicators.begin(),
                                   run.dataset.input.framework.indicators.end(),
                                   [&](const index::IndicatorSpec &s) { return s.id == info.id; })
            - run.dataset.input.framework.indicators.begin());
        const bool scored = column < int(run.dataset.input.framework.indicators.size());
        const ComparisonModel::Cell *byUnit[3] = { &line.focus, &line.nation, &line.comparison };
        for (int k = 0; k < 3 && k < units.size(); ++k) {
            const ComparisonModel::Cell &source = *byUnit[k];
            Cell c;
            if (normalised) {
                const int row = int(run.dataset.unitCodes.indexOf(units[k]));
                const double v = scored && row >= 0 ? run.result.normalised.at(row, column) : index::missing;
                c = numberCell(v, 1);
                c.imputed = scored && row >= 0 && !run.result.imputed.empty()
                    && run.result.imputed[size_t(row) * size_t(run.result.normalised.cols) + size_t(column)];
                if (!scored) {
                    // "자료 없음" is kept for "no source gives it": this is another case, with its reason.
                    c.text = tr("left out of the index");
                    QString reason = tr("too few regions have recent figures");
                    for (const IndexDataset::Excluded &e : run.dataset.excluded) {
                        if (e.indicator == info.id)
                            reason = e.why == IndexDataset::Excluded::Why::TooOld
                                ? tr("its figures are of %1, more than %2 years old").arg(e.bestYear).arg(run.dataset.maxAge)
                                : e.why == IndexDataset::Excluded::Why::PillarInsufficient
                                ? tr("its pillar has fewer than two indicators with recent figures")
                                : tr("fewer than two thirds of the regions have a figure");
                    }
                    c.tooltip = tr("%1 is left out of the index: %2").arg(label, reason);
                } else {
                    c.tooltip = tr("%1: %2 of 100 (%3)").arg(unitNames[k], c.text, label);
                }
            } else if (mode == Mode::RelativeToNation) {
                const bool both = source.present && line.nation.present && line.nation.value != 0;
                c = numberCell(both ? 100.0 * source.value / line.nation.value : index::missing, 1);
                if (both) {
                    c.tooltip = tr("%1: %2 % of the national figure (%3)").arg(unitNames[k], c.text, label);
                } else if (source.present) {
                    c.text = tr("no national figure");
                    c.tooltip = tr("%1: no national figure for %2, so no ratio to the nation can be computed")
                                    .arg(unitNames[k], label);
                } else {
                    c.tooltip = tr("%1: no figure for %2 (no source gives it)").arg(unitNames[k], label);
                }
                // The bar's hover: the figure itself, with its unit, year, status and source.
                if (source.present)
                    c.tooltip += u'\n'
                        + tr("%1 · %2 (%3)\nValue: %4 %5\nStatus: %6\nSource: %7 — %8")
                              .arg(unitNames[k], label)
                              .arg(line.year)
                              .arg(formatValue(source.value), unit, statusLabel(source.status, language),
                                  source.sourcePublisher, source.sourceTitleIn(language));
            } else {
                c = numberCell(source.present ? source.value : index::missing);
                c.status = source.status;
                if (source.present)
                    c.tooltip = tr("%1 · %2 (%3)\nValue: %4 %5\nStatus: %6\nSource: %7 — %8")
                                    .arg(unitNames[k], label)
                                    .arg(line.year)
                                    .arg(c.text, unit, statusLabel(source.status, language), source.sourcePublisher, source.sourceTitleIn(language));
                else
                    c.tooltip = tr("%1: no figure for %2").arg(unitNames[k], label);
                if (source.present && source.status == u"estimate"_s)
                    c.text += u" (e)"_s;
                if (source.present && source.status == u"user"_s)
                    c.text += u" ("_s + tr("user edit") + u')';
            }
            cells.push_back(c);
        }
        if (mode == Mode::Figures) {
            // The unit and the year beside the figures: a 2009 figure among 2024 ones says so, and a
            // snapshot or a half year is written as the source dates it (2020-01-17, 2020 H1).
            cells.push_back(Cell { {}, unit, {}, {}, false });
            if (line.year > 0) {
                Cell year { {}, periodText(info, line.year), {}, {}, false };
                if (stale) {
                    year.text += u" ("_s + tr("old") + u')';
                    year.tooltip = tr("A figure of %1: more than %2 years before %3").arg(line.year).arg(staleAge).arg(run.dataset.referenceYear);
                }
                cells.push_back(year);
            } else {
                cells.push_back(numberCell(index::missing));
            }
        }
    }
    QStringList columns = unitNames.mid(0, 3);
    if (mode == Mode::Figures)
        columns << tr("Unit") << tr("Year");
    reset(rows, columns, std::move(cells));
}

QString SectorFitModel::sizeIndicator(const QString &sector)
{
    static const QHash<QString, QString> size = {
        { u"agriculture"_s, u"cultivated_land_area"_s },
        { u"marine"_s, u"fisheries_production"_s },
        { u"energy"_s, u"new_and_renewable_capacity"_s },
        { u"medical"_s, u"doctors_in_medical_institutions"_s },
    };
    return size.value(sector);
}

void SectorFitModel::update(const QList<ComparisonModel::Line> &lines, const IndexRun &run, const QString &focus,
    const QString &language)
{
    QStringList rows;
    std::vector<Cell> cells;
    const QStringList &sectors = run.dataset.input.framework.sectors;
    const int unit = int(run.dataset.unitCodes.indexOf(focus));
    m_populationShare = 0;
    for (const ComparisonModel::Line &line : lines) {
        if (line.indicator.id == u"population"_s && line.focus.present && line.nation.present && line.nation.raw > 0)
            m_populationShare = 100.0 * line.focus.raw / line.nation.raw;
    }
    for (int s = 0; s < sectors.size(); ++s) {
        rows << IndicatorCatalogModel::sectorLabel(sectors[s], language);
        const QString sizeId = sizeIndicator(sectors[s]);
        Cell share = numberCell(index::missing);
        for (const ComparisonModel::Line &line : lines) {
            if (line.indicator.id != sizeId)
                continue;
            if (line.focus.present && line.nation.present && line.nation.raw > 0) {
                share = numberCell(100.0 * line.focus.raw / line.nation.raw, 1);
                share.tooltip = tr("%1: %2 of the national %3 (%4, %5)")
                                    .arg(formatValue(line.focus.raw), unitLabel(line.indicator.unit, language))
                                    .arg(formatValue(line.nation.raw))
                                    .arg(line.indicator.name(language))
                                    .arg(line.year);
            } else {
                share.tooltip = tr("No figure for %1 in the region or the nation").arg(line.indicator.name(language));
            }
        }
        Cell score = numberCell(unit < 0 ? index::missing : run.result.sectorScores.at(unit, s), 1);
        score.tooltip = score.raw.isValid()
            ? tr("Readiness in this sector: %1 of 100 (mean of its scored indicators)").arg(score.text)
            : tr("No indicator of this sector has figures for two thirds of the regions");
        cells.push_back(share);
        cells.push_back(score);
    }
    reset(rows, { tr("Share of the national total (%)"), tr("Readiness score") }, std::move(cells));
}

bool TrendModel::update(Storage &storage, const QString &indicator, const QStringList &regions, const QStringList &names)
{
    const Result<QList<IndicatorInfo>> indicators = storage.indicators();
    if (!indicators)
        return false;
    const auto info = [&]() -> std::optional<IndicatorInfo> {
        for (const IndicatorInfo &i : *indicators)
            if (i.id == indicator)
                return i;
        return std::nullopt;
    }();
    if (!info)
        return false;
    // year -> region -> value, and the denominator's: the regions drawn only.
    std::map<int, QHash<QString, double>> values, denominators;
    auto load = [&](const QString &id, std::map<int, QHash<QString, double>> &into) {
        ObservationFilter filter;
        filter.indicator = id;
        filter.regions = regions;
        const Result<QList<ObservationRecord>> rows = storage.observations(filter);
        if (!rows)
            return false;
        for (const ObservationRecord &o : *rows)
            into[o.year].insert(o.region, o.value);
        return true;
    };
    if (!load(indicator, values))
        return false;
    if (!info->denominator.isEmpty() && !load(info->denominator, denominators))
        return false;
    QStringList rows;
    std::vector<Cell> cells;
    for (const auto &[year, byRegion] : values) {
        rows << QString::number(year);
        Cell y;
        y.raw = year;
        y.text = QString::number(year);
        cells.push_back(y);
        for (const QString &r : regions) {
            double v = byRegion.value(r, index::missing);
            if (!info->denominator.isEmpty() && !std::isnan(v)) {
                const double d = denominators[year].value(r, index::missing);
                v = std::isnan(d) || d == 0 ? index::missing : v / d * info->scale;
            }
            cells.push_back(numberCell(v));
        }
    }
    reset(rows, QStringList { tr("Year") } + names, std::move(cells));
    return true;
}

void RankingModel::update(const IndexRun &run, const IndexRun &opportunity, const QStringList &names, bool groups,
    const QString &language)
{
    const index::IndexResult &r = run.result;
    const QStringList &pillars = run.dataset.input.framework.pillars;
    QStringList columns = { tr("Region"), run.dataset.composite ? tr("Composite") : tr("Readiness"), tr("Rank"),
        tr("Rank 5–95 %"), tr("Opportunity"), tr("Opportunity rank") };
    for (const QString &p : pillars)
        columns << IndicatorCatalogModel::pillarLabel(p, language);
    QStringList rows;
    std::vector<Cell> cells;
    m_codes.clear();
    const auto rankCell = [this](const IndexRun &run, int u) {
        if (u >= run.dataset.input.scoredUnits)
            return Cell { {}, u"—"_s, tr("Groups are scored on the regions' scale but not ranked"), {}, false };
        return numberCell(run.result.rank[size_t(u)] > 0 ? double(run.result.rank[size_t(u)]) : index::missing, 0);
    };
    for (int u = 0; u < run.dataset.unitCodes.size(); ++u) {
        const bool scored = u < run.dataset.input.scoredUnits;
        const bool group = !scored && run.dataset.unitCodes[u] != u"KR"_s;
        if (!scored && !(groups && group))
            continue;
        m_codes << run.dataset.unitCodes[u];
        rows << names.value(u);
        Cell name;
        name.text = names.value(u);
        cells.push_back(name);
        cells.push_back(numberCell(r.index[size_t(u)], 1));
        cells.push_back(rankCell(run, u));
        // A region no run could rank (no score) has no interval: lround(NaN) printed -9223372036854775808.
        if (const auto [low, high] = run.rankInterval(u); scored && r.uncertainty && !std::isnan(low) && !std::isnan(high)) {
            Cell interval;
            interval.raw = low;
            interval.text = std::lround(low) == std::lround(high) ? QString::number(std::lround(low))
                                                                  : u"%1–%2"_s.arg(low, 0, 'f', 0).arg(high, 0, 'f', 0);
            interval.tooltip = tr("In %1 Monte Carlo runs (weights ±25 %, normalisation, aggregation), the rank was "
                                  "between these in 90 % of runs")
                                   .arg(r.uncertainty->runs);
            cells.push_back(interval);
        } else {
            cells.push_back(Cell { {}, u"—"_s, {}, {}, false });
        }
        const int o = int(opportunity.dataset.unitCodes.indexOf(run.dataset.unitCodes[u]));
        cells.push_back(numberCell(o < 0 ? index::missing : opportunity.result.index[size_t(o)], 1));
        cells.push_back(o < 0 ? Cell { {}, u"—"_s, {}, {}, false } : rankCell(opportunity, o));
        for (int p = 0; p < pillars.size(); ++p)
            cells.push_back(scoreCell(run, pillars[p], r.pillarScores.at(u, p)));
    }
    reset(rows, columns, std::move(cells));
}

void PlanCoverageModel::update(Storage &storage, const QString &language)
{
    struct RowKey {
        QString pillar;
        QString sector;
    };
    QList<RowKey> keys = { { u"infrastructure"_s, {} }, { u"talent"_s, {} }, { u"industry"_s, {} } };
    for (const QString &s : sectorNames())
        keys.append({ u"sector"_s, s });
    keys.append({ u"governance"_s, {} });
    QStringList planIds, planNames;
    const Result<QList<PlanRecord>> plans = storage.plans();
    for (const PlanRecord &plan : plans ? *plans : QList<PlanRecord>()) {
        planIds << plan.id;
        planNames << plainDataText(language == u"en"_s ? plan.nameEn : plan.nameKo);
    }
    const Result<QList<PlanItemRecord>> items = storage.planItems();
    const QList<PlanItemRecord> noItems;
    QStringList rows;
    std::vector<Cell> cells;
    for (const RowKey &key : keys) {
        rows << (key.sector.isEmpty() ? IndicatorCatalogModel::pillarLabel(key.pillar, language)
                                      : IndicatorCatalogModel::pillarLabel(key.pillar, language) + u" · "_s
                    + IndicatorCatalogModel::sectorLabel(key.sector, language));
        QList<int> counts;
        QStringList tips;
        for (const QString &plan : planIds) {
            QStringList titles;
            for (const PlanItemRecord &item : items ? *items : noItems) {
                if (item.plan == plan && item.pillar == key.pillar && (key.sector.isEmpty() || item.sector == key.sector))
                    titles << u"• "_s + plainDataText(language == u"en"_s ? item.titleEn : item.titleKo);
            }
            counts << int(titles.size());
            tips << titles.join(u'\n');
        }
        const int jeonnam = int(planIds.indexOf(u"jeonnam"_s));
        for (int p = 0; p < planIds.size(); ++p) {
            Cell c;
            c.raw = counts[p];
            c.text = counts[p] == 0 ? u"—"_s : QString::number(counts[p]);
            c.tooltip = counts[p] == 0 ? tr("No item of this plan here") : tips[p];
            const bool othersHave = std::any_of(counts.begin(), counts.end(), [](int n) { return n > 0; });
            if (p == jeonnam && counts[p] == 0 && othersHave) {
                c.text = tr("gap");
                c.status = u"gap"_s;
                c.tooltip = tr("Jeonnam's plan has no item here, while another plan has");
            }
            cells.push_back(c);
        }
    }
    reset(rows, planNames, std::move(cells));
}

void PlanTargetsModel::update(Storage &storage, const QString &language, const QString &pillar)
{
    const bool en = language == u"en"_s;
    const Result<QList<PlanRecord>> plans = storage.plans();
    const Result<QList<PlanItemRecord>> items = storage.planItems();
    const Result<QList<SourceRecord>> sources = storage.sources();
    QHash<QString, const SourceRecord *> sourceOf;
    if (sources) {
        for (const SourceRecord &s : *sources)
            sourceOf.insert(s.id, &s);
    }
    QStringList rows;
    std::vector<Cell> cells;
    // In the plans' order (national, Gyeonggi, Jeonnam, others), then by item.
    for (const PlanRecord &plan : plans ? *plans : QList<PlanRecord>()) {
        for (const PlanItemRecord &item : items ? *items : QList<PlanItemRecord>()) {
            if (item.plan != plan.id || (item.targetValue.isNull() && item.budgetKrw.isNull()))
                continue;
            if (!pillar.isEmpty() && item.pillar != pillar)
                continue;
            const QString title = plainDataText(en ? item.titleEn : item.titleKo);
            rows << title;
            const SourceRecord *src = sourceOf.value(item.source);
            const QString source = src ? plainDataText(src->publisher) + u" — "_s + plainDataText(src->title) : item.source;
            auto text = [&](const QString &t) { return Cell { {}, t, source, {}, false }; };
            cells.push_back(text(plainDataText(en ? plan.nameEn : plan.nameKo)));
            cells.push_back(text(title));
            // The Korean texts where the data have them (the English otherwise, never a blank).
            const QString unit = en || item.targetUnitKo.isEmpty() ? item.targetUnit : item.targetUnitKo;
            const QString note = en || item.noteKo.isEmpty() ? item.note : item.noteKo;
            Cell target = item.targetValue.isNull() ? text(u"—"_s) : numberCell(item.targetValue.toDouble());
            if (!item.targetValue.isNull())
                target.text += u" "_s + plainDataText(unit);
            target.tooltip = source;
            cells.push_back(target);
            cells.push_back(item.targetYear.isNull() ? text(u"—"_s) : text(item.targetYear.toString()));
            Cell budget = item.budgetKrw.isNull() ? text(u"—"_s) : numberCell(item.budgetKrw.toDouble());
            if (!item.budgetKrw.isNull())
                budget.text = formatWon(item.budgetKrw.toDouble(), language);
            cells.push_back(budget);
            Cell status = text(planStatusLabel(item.status, language));
            status.status = item.status;
            cells.push_back(status);
            // No indicator in the database measures these targets yet: the current value is what the
            // source says, in words, and otherwise missing.
            Cell current = numberCell(index::missing);
            current.tooltip = tr("No measured current value in the database");
            if (!note.isEmpty())
                current.text = plainDataText(note);
            cells.push_back(current);
        }
    }
    reset(rows,
        { tr("Plan"), tr("Item"), tr("Target"), tr("Target year"), tr("Budget"), tr("Status"), tr("Where it stands") },
        std::move(cells));
}

QStringList planItemTitles(Storage &storage, const QString &pillar, const QString &region, const QString &language)
{
    QStringList out;
    const Result<QList<PlanRecord>> plans = storage.plans();
    const Result<QList<PlanItemRecord>> items = storage.planItems();
    if (!plans || !items)
        return out;
    QSet<QString> ofRegion;
    for (const PlanRecord &p : *plans)
        if (p.region == region)
            ofRegion.insert(p.id);
    for (const PlanItemRecord &item : *items) // by plan, then item
        if (item.pillar == pillar && ofRegion.contains(item.plan))
            out << plainDataText(item.title(language));
    return out;
}

} // namespace air
