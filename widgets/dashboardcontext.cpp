#include "dashboardcontext.h"
#include "core/datatext.h"


#include <QPolygonF>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air {

DashboardContext::DashboardContext(std::shared_ptr<Storage> storage, QObject *parent, const RegionScope &scope,
    bool deferUncertainty)
    : QObject(parent)
    , m_storage(std::move(storage))
    , m_uncertaintyRuns(deferUncertainty ? 0 : 500)
{
    if (const Result<QList<RegionRecord>> regions = m_storage->regions(); regions) {
        for (const RegionRecord &r : *regions) {
            m_names.insert(r.code, { plainDataText(r.displayNameKo()), plainDataText(r.nameEn) });
            if (!r.parent.isEmpty())
                m_parents.insert(r.code, r.parent);
        }
    }
    if (const Result<QList<RegionGroupRecord>> groups = m_storage->regionGroups(); groups) {
        for (const RegionGroupRecord &g : *groups)
            m_names.insert(g.id, { plainDataText(g.nameKo), plainDataText(g.nameEn) });
    }
    m_pillarWeights.assign(size_t(editorPillars().size()), 1.0);
    m_comparisonModel = new ComparisonModel(*m_storage, this);
    m_scope = scope;
    if (!loadFigures()) {
        m_scope = {};
        loadFigures();
    }
    pickRegionsInScope();
    rescore();
}

bool DashboardContext::loadFigures()
{
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(*m_storage, m_scope, m_scope.level == 1);
    if (!figures)
        return false;
    m_figures = *figures;
    loadOutlines();
    return true;
}

void DashboardContext::loadOutlines()
{
    m_outlines.clear();
    m_outlinesProblem.clear();
    Result<QList<RegionBoundaryRecord>> boundaries = m_storage->regionBoundaries(regionCodes());
    if (!boundaries) {
        m_outlinesProblem = boundaries.errorText(); // the tiles, and the map says why
        return;
    }
    for (const RegionBoundaryRecord &b : std::as_const(*boundaries)) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &ring : b.rings)
            path.addPolygon(QPolygonF(ring));
        m_outlines.insert(b.region, path);
    }
}

int DashboardContext::unitRow(const QString &code) const
{
    return m_assessment ? int(m_assessment->readiness.dataset.unitCodes.indexOf(code)) : -1;
}

QString DashboardContext::regionName(const QString &code) const
{
    const auto it = m_names.constFind(code);
    if (it == m_names.cend())
        return code;
    return m_language == u"en"_s ? it->second : it->first;
}

QStringList DashboardContext::regionCodes() const
{
    QStringList codes;
    if (m_figures) {
        for (int u = 0; u < m_figures->scoredUnits(); ++u)
            codes << m_figures->units()[u].code;
    }
    return codes;
}

QStringList DashboardContext::comparisonCodes() const
{
    QStringList codes = regionCodes();
    if (!m_scope.within.isEmpty())
        codes.prepend(m_scope.within);
    return codes;
}

QList<int> DashboardContext::years() const
{
    return m_figures ? m_figures->allYears() : QList<int>();
}

int DashboardContext::rankedCount() const
{
    return m_figures ? m_figures->scoredUnits() : 0;
}

QString DashboardContext::rankedPhrase() const
{
    if (m_scope.level == 1)
        return tr("the %1 regions").arg(rankedCount());
    if (m_scope.within.isEmpty())
        return tr("the %1 districts").arg(rankedCount());
    return tr("the %1 districts of %2").arg(rankedCount()).arg(regionName(m_scope.within));
}

QString DashboardContext::parentOf(const QString &code) const
{
    return m_parents.value(code);
}

void DashboardContext::setScope(const RegionScope &scope)
{
    if (scope == m_scope)
        return;
    const RegionScope before = m_scope;
    m_scope = scope;
    if (!loadFigures()) {
        m_scope = before; // the figures kept are still the previous scope's
        return;
    }
    pickRegionsInScope();
    emit scopeChanged();
    rescore();
}

void DashboardContext::pickRegionsInScope()
{
    const RegionScope &scope = m_scope;
    const QStringList ranked = regionCodes();
    if (!ranked.contains(m_focus)) {
        // The district of the province that was the focus, or the province of the district.
        QString focus = scope.level == 2 ? QString() : parentOf(m_focus);
        for (const QString &code : ranked) {
            if (focus.isEmpty() && parentOf(code) == (scope.within.isEmpty() ? m_focus : scope.within))
                focus = code;
        }
        m_focus = ranked.contains(focus) ? focus : ranked.value(0);
    }
    if (!comparisonCodes().contains(m_comparison) || m_comparison == m_focus) {
        const QString province = parentOf(m_focus);
        if (scope.level == 2 && comparisonCodes().contains(province))
            m_comparison = province;
        else if (scope.level == 1)
            m_comparison = m_focus == u"KR-41"_s ? u"KR-11"_s : u"KR-41"_s;
        else
            m_comparison = ranked.value(ranked.indexOf(m_focus) == 0 ? 1 : 0);
    }
}

void DashboardContext::setFocus(const QString &code)
{
    if (code == m_focus || !regionCodes().contains(code))
        return;
    m_focus = code;
    reloadComparison();
    emit changed(); // the index itself does not depend on the focus
}

void DashboardContext::setComparison(const QString &code)
{
    if (code == m_comparison || !comparisonCodes().contains(code))
        return;
    m_comparison = code;
    reloadComparison();
    rescoreScenario();
    emit changed();
}

void DashboardContext::setExtraRegions(const QStringList &codes)
{
    if (codes == m_extra)
        return;
    m_extra = codes;
    emit changed();
}

void DashboardContext::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    rescore();
}

void DashboardContext::setWeightSet(const QString &name)
{
    if (name == m_weightSet)
        return;
    m_weightSet = name;
    m_pillarWeights.assign(size_t(editorPillars().size()), 1.0);
    rescore();
}

void DashboardContext::useStoredWeightSet(const QString &name)
{
    if (name == m_weightSet && !weightsEdited())
        return;
    m_weightSet = name;
    m_pillarWeights.assign(size_t(editorPillars().size()), 1.0);
    rescore();
}

void DashboardContext::setNormalisation(index::Normalisation n)
{
    if (n == m_normalisation)
        return;
    m_normalisation = n;
    rescore();
}

const QStringList &DashboardContext::editorPillars()
{
    static const QStringList pillars = readinessPillarNames() + QStringList { u"sector"_s };
    return pillars;
}

bool DashboardContext::weightsEdited() const
{
    return std::any_of(m_pillarWeights.cbegin(), m_pillarWeights.cend(), [](double w) { return w != 1.0; });
}

void DashboardContext::setPillarWeight(int pillar, double weight)
{
    if (pillar < 0 || pillar >= int(m_pillarWeights.size()) || m_pillarWeights[size_t(pillar)] == weight)
        return;
    m_pillarWeights[size_t(pillar)] = weight;
    rescore();
}

void DashboardContext::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    reloadComparison();
    emit languageChanged();
    emit changed();
}

void DashboardContext::reloadComparison()
{
    m_comparisonStale = true;
}

const ComparisonModel &DashboardContext::comparisonModel() const
{
    if (m_comparisonStale) {
        m_comparisonStale = false;
        m_comparisonModel->setScopeFigures(m_figures);
        m_comparisonModel->setRegions(m_focus, u"KR"_s, m_comparison);
        m_comparisonModel->setYear(m_year);
        m_comparisonModel->setLanguage(m_language);
        m_comparisonModel->reload();
    }
    return *m_comparisonModel;
}

void DashboardContext::recompute()
{
    if (loadFigures())
        rescore();
}

void DashboardContext::completeUncertainty()
{
    if (m_uncertaintyRuns > 0)
        return;
    m_uncertaintyRuns = 500;
    if (!m_assessment)
        return;
    for (IndexRun *run : { &m_assessment->readiness, &m_assessment->opportunity }) {
        run->options.uncertaintyRuns = m_uncertaintyRuns;
        run->result = index::compute(run->dataset.input, run->options);
    }
    emit changed();
}

AssessmentRecipe DashboardContext::recipe() const
{
    AssessmentRecipe recipe;
    recipe.data.year = m_year;
    recipe.data.weightSet = m_weightSet;
    recipe.data.scope = m_scope;
    recipe.options.normalisation = m_normalisation;
    recipe.options.uncertaintyRuns = m_uncertaintyRuns;
    recipe.options.seed = 2026;
    // The weight editor scales the weight set's pillar weights (readiness pillars, by name).
    for (size_t p = 0; p < m_pillarWeights.size() && p < size_t(editorPillars().size()); ++p)
        recipe.pillarScale.insert(editorPillars()[qsizetype(p)], m_pillarWeights[p]);
    return recipe;
}

void DashboardContext::setScenario(const QString &name, const QList<ScenarioChange> &changes)
{
    m_scenarioName = name;
    m_scenarioChanges = changes;
    rescoreScenario();
    emit scenarioChanged();
}

void DashboardContext::rescoreScenario()
{
    m_scenario.reset();
    if (m_scenarioChanges.isEmpty() || !m_figures || !m_assessment)
        return;
    Result<ScenarioOutcome> outcome = runScenario(*m_storage, *m_figures, *m_assessment, recipe(), m_scenarioName, m_scenarioChanges);
    if (outcome)
        m_scenario = std::move(*outcome);
}

void DashboardContext::rescore()
{
    if (!m_figures)
        return;
    const AssessmentRecipe how = recipe();
    const IndexDatasetOptions &data = how.data;
    Result<Assessment> computed = assess(*m_storage, *m_figures, how);
    if (!computed)
        return;
    std::optional<Assessment> assessment = std::move(*computed);
    m_assessment = std::move(assessment);
    m_gaps.reset();
    // A year other than "latest" may change which indicators enter: say which, so that a new rank is
    // not read as a change in the region.
    m_selectionChanges.clear();
    if (m_year != 0) {
        IndexDatasetOptions latest = data;
        latest.year = 0;
        latest.question = IndexQuestion::Readiness;
        if (Result<IndexDataset> baseline = buildIndexDataset(*m_storage, *m_figures, latest)) {
            QStringList before, now;
            for (const auto &spec : baseline->input.framework.indicators)
                before << spec.id;
            for (const auto &spec : m_assessment->readiness.dataset.input.framework.indicators)
                now << spec.id;
            for (const QString &id : std::as_const(before))
                if (!now.contains(id))
                    m_selectionChanges.dropped << id;
            for (const QString &id : std::as_const(now))
                if (!before.contains(id))
                    m_selectionChanges.added << id;
        }
    }
    reloadComparison();
    rescoreScenario();
    emit changed();
}

const GapList &DashboardContext::gaps() const
{
    if (m_gaps && m_gaps->region == m_focus) // the focus changes without a rescore
        return *m_gaps;
    m_gaps = GapList();
    m_gaps->region = m_focus; // also when it cannot be computed: asked again only after a change
    if (!m_figures || !m_assessment)
        return *m_gaps;
    GapOptions options;
    options.region = m_focus;
    options.data.year = m_year;
    options.data.weightSet = m_weightSet;
    options.data.scope = m_scope;
    options.index.normalisation = m_normalisation;
    for (qsizetype p = 0; p < editorPillars().size(); ++p) {
        if (size_t(p) < m_pillarWeights.size())
            options.pillarScale.insert(editorPillars()[p], m_pillarWeights[size_t(p)]);
    }
    if (Result<GapList> found = findGaps(*m_storage, *m_figures, options))
        m_gaps = std::move(*found);
    return *m_gaps;
}

} // namespace air
