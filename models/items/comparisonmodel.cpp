#include "items/comparisonmodel.h"
#include "core/datatext.h"

#include "items/itemroles.h"
#include "items/unitlabel.h"
#include "items/valueformat.h"

#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace air {

ComparisonModel::ComparisonModel(Storage &storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{
}

void ComparisonModel::setYear(int year)
{
    m_year = year;
}

void ComparisonModel::setRegions(const QString &focus, const QString &nation, const QString &comparison)
{
    m_focus = focus;
    m_nation = nation;
    m_comparison = comparison;
}

void ComparisonModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString ComparisonModel::regionName(const QString &code) const
{
    const auto it = m_regionNames.constFind(code);
    if (it == m_regionNames.cend())
        return code;
    return m_language == u"en" ? it->second : it->first;
}

void ComparisonModel::setScopeFigures(std::shared_ptr<const IndexFigures> figures)
{
    m_scopeFigures = std::move(figures);
}

bool ComparisonModel::reload()
{
    m_regionNames.clear();
    const Result<QList<RegionRecord>> regions = m_storage.regions();
    if (!regions)
        return false;
    for (const RegionRecord &r : *regions)
        m_regionNames.insert(r.code, { plainDataText(r.displayNameKo()), plainDataText(r.nameEn) });

    std::shared_ptr<const IndexFigures> scope = m_scopeFigures;
    if (!scope) {
        Result<std::shared_ptr<const IndexFigures>> provinces = IndexFigures::load(m_storage, {}, false);
        if (!provinces)
            return false;
        scope = *provinces;
    }

    // indicator → year → region → cell, for the three regions shown (with status and source).
    QStringList shown = { m_focus, m_nation, m_comparison };
    shown.removeDuplicates();
    // A small ordered map per (indicator, year): at most the three regions shown. A QHash there
    // allocated a 128-slot span per year; 402,000 figures of one region took 3.5 GB (issue 18, 17).
    using Cells = std::map<QString, Cell>;
    auto cellOf = [](const Cells &cells, const QString &region) {
        const auto it = cells.find(region);
        return it == cells.end() ? Cell() : it->second;
    };
    std::map<QString, std::map<int, Cells>> figures;
    ObservationFilter filter;
    filter.regions = shown;
    filter.year = m_year;
    const Result<QList<ObservationRecord>> rows = m_storage.observations(filter);
    if (!rows)
        return false;
    // The texts repeat from row to row (a few sources, three statuses): one shared copy each.
    QSet<QString> pool;
    auto shared = [&pool](const QString &text) { return *pool.insert(plainDataText(text)); };
    for (const ObservationRecord &o : *rows) {
        Cell c;
        c.present = true;
        c.value = c.raw = o.value;
        c.status = shared(o.status);
        c.sourceTitle = shared(o.sourceTitle);
        c.sourcePublisher = shared(o.sourcePublisher);
        c.sourceTitleEn = shared(o.sourceTitleEn);
        c.note = shared(o.note);
        c.origin = shared(o.origin);
        figures[o.indicator][o.year].insert_or_assign(o.region, std::move(c));
    }

    const Result<QList<IndicatorInfo>> loaded = IndicatorCatalogModel::loadIndicators(m_storage);
    if (!loaded)
        return false;
    const QList<IndicatorInfo> &indicators = *loaded;
    // Ratios first: an indicator with a denominator is compared per resident (or per worker, ...).
    for (const IndicatorInfo &info : indicators) {
        if (info.denominator.isEmpty())
            continue;
        const auto byYear = figures.find(info.id);
        if (byYear == figures.end())
            continue;
        const auto &denominators = figures[info.denominator];
        for (auto &[year, cells] : byYear->second) {
            const auto d = denominators.find(year);
            for (auto &[region, c] : cells) {
                c.raw = c.value;
                const Cell den = d == denominators.end() ? Cell() : cellOf(d->second, region);
                if (!den.present || den.value == 0) {
                    c.denominatorMissing = true;
                    c.present = false;
                    continue;
                }
                c.denominator = den.value;
                c.value = c.raw / den.value * info.scale;
            }
        }
    }

    // The year and the rank come from the scope's figures: the regions ranked, and the nation.
    const int units = int(scope->units().size());
    const int scored = scope->scoredUnits();
    const int focusRow = scope->unitRow(m_focus);
    QList<Line> lines;
    for (const IndicatorInfo &info : indicators) {
        Line line;
        line.indicator = info;
        const std::vector<int> years = scope->years(info.figuresId());
        auto usable = [&](int year) {
            for (int u = 0; u < units; ++u)
                if (!index::isMissing(scope->value(info, year, u)))
                    return true;
            return false;
        };
        if (m_year > 0) {
            if (std::find(years.begin(), years.end(), m_year) != years.end())
                line.year = m_year;
        } else if (!years.empty()) {
            // The most recent year in which at least one region has a usable figure.
            line.year = years.back();
            for (auto it = years.rbegin(); it != years.rend(); ++it) {
                if (usable(*it)) {
                    line.year = *it;
                    break;
                }
            }
        }
        if (line.year > 0) {
            const Cells &cells = figures[info.id][line.year];
            line.focus = cellOf(cells, m_focus);
            line.nation = cellOf(cells, m_nation);
            line.comparison = cellOf(cells, m_comparison);
            const double focus = focusRow >= 0 ? scope->value(info, line.year, focusRow) : index::missing;
            int better = 0;
            for (int u = 0; u < scored; ++u) {
                const double v = scope->value(info, line.year, u);
                if (index::isMissing(v))
                    continue;
                ++line.ranked;
                if (!index::isMissing(focus) && u != focusRow)
                    better += (info.direction == u"lower"_s ? v < focus : v > focus) ? 1 : 0;
            }
            line.rank = line.focus.present && !index::isMissing(focus) ? better + 1 : 0;
        }
        lines.append(std::move(line));
    }
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
    return true;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ComparisonModel::Cell *ComparisonModel::cellAt(const QModelIndex &index) const
{
    const Line &line = m_lines[index.row()];
    switch (index.column()) {
    case Focus: return &line.focus;
    case Nation: return &line.nation;
    case Comparison: return &line.comparison;
    default: return nullptr;
    }
}

QString ComparisonModel::unitOf(const Line &line) const
{
    return unitLabel(line.indicator.denominator.isEmpty() ? line.indicator.unit : line.indicator.ratioUnit, m_language);
}

QString ComparisonModel::cellTooltip(const Line &line, const Cell &cell, const QString &region) const
{
    if (cell.denominatorMissing)
        return tr("%1: %2 %3 in %4, but no %5 figure for that year to divide by")
            .arg(region, formatValue(cell.raw), line.indicator.unit)
            .arg(line.year)
            .arg(line.indicator.denominator);
    if (!cell.present)
        return tr("%1: no figure for %2 in %3 (missing in every source we have)")
            .arg(region, line.indicator.name(m_language))
            .arg(line.year);
    QStringList lines;
    lines << u"%1 · %2 (%3)"_s.arg(region, line.indicator.name(m_language)).arg(line.year);
    lines << tr("Value: %1 %2").arg(formatValue(cell.value), unitOf(line));
    if (!line.indicator.denominator.isEmpty())
        lines << tr("= %1 %2 ÷ %3 %4 × %5")
                     .arg(formatValue(cell.raw), line.indicator.unit, line.indicator.denominator,
                         formatValue(cell.denominator), formatValue(line.indicator.scale));
    lines << tr("Status: %1").arg(statusLabel(cell.status, m_language));
    lines << tr("Source: %1 — %2").arg(cell.sourcePublisher, cell.sourceTitleIn(m_language));
    if (!cell.note.isEmpty())
        lines << tr("Note: %1").arg(cell.note);
    if (cell.origin == u"user"_s)
        lines << tr("Entered or imported by a user");
    return lines.join(u'\n');
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines[index.row()];
    const Cell *cell = cellAt(index);
    const QString regionCode = index.column() == Focus ? m_focus
        : index.column() == Nation                    ? m_nation
        : index.column() == Comparison                ? m_comparison
                                                      : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Indicator: return line.indicator.name(m_language);
        case Pillar: return IndicatorCatalogModel::pillarLabel(line.indicator.pillar, m_language);
        case Unit: return unitOf(line);
        case Year: return line.year > 0 ? QVariant(line.year) : QVariant(tr("no data"));
        case Focus:
        case Nation:
        case Comparison:
            if (!cell->present)
                return tr("no data");
            if (cell->status == u"user"_s)
                return QString(formatValue(cell->value) + u" ("_s + tr("user edit") + u')');
            return cell->status == u"estimate"_s ? formatValue(cell->value) + u" (e)"_s : formatValue(cell->value);
        case Rank:
            return line.rank > 0 ? u"%1 / %2"_s.arg(line.rank).arg(line.ranked) : tr("—");
        default: return {};
        }
    case Qt::ToolTipRole:
        if (cell)
            return cellTooltip(line, *cell, regionName(regionCode));
        if (index.column() == Indicator)
            return line.indicator.definition;
        if (index.column() == Rank && line.rank > 0)
            return tr("Rank %1 of the %2 regions with a figure in %3 (1 = best; %4)")
                .arg(line.rank)
                .arg(line.ranked)
                .arg(line.year)
                .arg(line.indicator.direction == u"lower"_s ? tr("lower is better") : tr("higher is better"));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Year ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case roleOf(ItemRole::RawValue):
        if (cell)
            return cell->present ? QVariant(cell->value) : QVariant();
        if (index.column() == Rank)
            return line.rank > 0 ? QVariant(line.rank) : QVariant();
        if (index.column() == Year)
            return line.year;
        return {};
    case roleOf(ItemRole::IsMissing):
        return cell ? !cell->present : false;
    case roleOf(ItemRole::Status):
        return cell ? cell->status : QString();
    case roleOf(ItemRole::SourceTitle):
        return cell ? cell->sourceTitleIn(m_language) : QString();
    case roleOf(ItemRole::IndicatorId):
        return line.indicator.id;
    case roleOf(ItemRole::RegionCode):
        return regionCode;
    case roleOf(ItemRole::Year):
        return line.year;
    case roleOf(ItemRole::Unit):
        return unitOf(line);
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Indicator: return tr("Indicator");
    case Pillar: return tr("Pillar");
    case Unit: return tr("Unit");
    case Year: return tr("Year");
    case Focus: return regionName(m_focus);
    case Nation: return regionName(m_nation);
    case Comparison: return regionName(m_comparison);
    case Rank: return tr("Rank");
    default: return {};
    }
}

} // namespace air
