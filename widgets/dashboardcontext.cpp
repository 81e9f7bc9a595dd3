#include "dashboardcontext.h"

#include "database/sql.h"

using namespace Qt::StringLiterals;

namespace air {

DashboardContext::DashboardContext(Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    QSqlDatabase db = connection();
    Result<QSqlQuery> q = sql::run(db, u"SELECT code, short_ko, name_en, level FROM regions ORDER BY code"_s);
    while (q && q->next()) {
        m_names.insert(q->value(0).toString(), { q->value(1).toString(), q->value(2).toString() });
        if (q->value(3).toInt() == 1)
            m_regions << q->value(0).toString();
    }
    q = sql::run(db, u"SELECT id, name_ko, name_en FROM region_groups"_s);
    while (q && q->next())
        m_names.insert(q->value(0).toString(), { q->value(1).toString(), q->value(2).toString() });
    m_pillarWeights.assign(5, 1.0);
    m_comparisonModel = new ComparisonModel(connection(), this);
    recompute();
}

int DashboardContext::unitRow(const QString &code) const
{
    return m_run ? int(m_run->dataset.unitCodes.indexOf(code)) : -1;
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
    return m_regions;
}

void DashboardContext::setFocus(const QString &code)
{
    if (code == m_focus || code.isEmpty())
        return;
    m_focus = code;
    reloadComparison();
    emit changed(); // the index itself does not depend on the focus
}

void DashboardContext::setComparison(const QString &code)
{
    if (code == m_comparison || code.isEmpty())
        return;
    m_comparison = code;
    reloadComparison();
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
    recompute();
}

void DashboardContext::setWeightSet(const QString &name)
{
    if (name == m_weightSet)
        return;
    m_weightSet = name;
    m_pillarWeights.assign(5, 1.0);
    m_comparisonModel = new ComparisonModel(connection(), this);
    recompute();
}

void DashboardContext::setNormalisation(index::Normalisation n)
{
    if (n == m_normalisation)
        return;
    m_normalisation = n;
    recompute();
}

void DashboardContext::setPillarWeight(int pillar, double weight)
{
    if (pillar < 0 || pillar >= int(m_pillarWeights.size()) || m_pillarWeights[size_t(pillar)] == weight)
        return;
    m_pillarWeights[size_t(pillar)] = weight;
    recompute();
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
        m_comparisonModel->setRegions(m_focus, u"KR"_s, m_comparison);
        m_comparisonModel->setYear(m_year);
        m_comparisonModel->setLanguage(m_language);
        m_comparisonModel->reload();
    }
    return *m_comparisonModel;
}

void DashboardContext::recompute()
{
    IndexDatasetOptions data;
    data.year = m_year;
    data.groups = true;
    data.weightSet = m_weightSet;
    index::IndexOptions options;
    options.normalisation = m_normalisation;
    options.uncertaintyRuns = 500;
    options.seed = 2026;
    QSqlDatabase db = connection();
    Result<IndexDataset> dataset = loadIndexDataset(db, data);
    if (!dataset)
        return;
    // The weight editor scales the weight set's pillar weights.
    for (size_t p = 0; p < dataset->input.framework.pillarWeights.size() && p < m_pillarWeights.size(); ++p)
        dataset->input.framework.pillarWeights[p] *= m_pillarWeights[p];
    IndexRun run { std::move(*dataset), options, {} };
    run.result = index::compute(run.dataset.input, options);
    m_run = std::move(run);
    reloadComparison();
    emit changed();
}

} // namespace air
