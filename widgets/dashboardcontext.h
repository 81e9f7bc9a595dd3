#pragma once

#include "storage/storage.h"

#include <QHash>
#include <QPainterPath>
#include "items/comparisonmodel.h"
#include "scoring/gaps.h"
#include "scoring/indexreport.h"
#include "scoring/scenario.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

namespace air {

// What every page follows: the scope (the 17 provinces, or districts), the focus region (Jeonnam by
// default), the comparison regions, the year ("latest" = 0), the weight set, the normalisation and
// the pillar weights of the weight editor; and the index computed for them. The scope's figures are
// read once (a million at district level) and kept: a year, weight or region change rescores them
// without reading the database. A change recomputes the index once and tells the pages.
class DashboardContext final : public QObject {
    Q_OBJECT
public:
    // Starts at `scope` (falling back to the provinces if the database has no such districts):
    // the first computation is the one shown, not one at province level thrown away.
    // deferUncertainty: the first score without the Monte Carlo rank intervals, which follow with
    // completeUncertainty() (the window calls it after its first paint).
    explicit DashboardContext(std::shared_ptr<Storage> storage, QObject *parent = nullptr, const RegionScope &scope = {},
        bool deferUncertainty = false);

    // Where the figures live (a file, or the team's server).
    Storage &storage() const { return *m_storage; }
    const std::shared_ptr<Storage> &sharedStorage() const { return m_storage; }

    const RegionScope &scope() const { return m_scope; }
    QString focus() const { return m_focus; }
    QString comparison() const { return m_comparison; }   // the second region (Gyeonggi)
    QStringList extraRegions() const { return m_extra; }  // more regions for the trends page
    int year() const { return m_year; }
    QString weightSet() const { return m_weightSet; }
    index::Normalisation normalisation() const { return m_normalisation; }
    std::vector<double> pillarWeights() const { return m_pillarWeights; }
    // The pillars the weight editor scales, in its order: the readiness pillars, then the sector
    // pillar (which counts only in a composite weight set).
    static const QStringList &editorPillars();
    // The weight editor changed a weight: the weights used are the set's, scaled ("사용자 지정").
    bool weightsEdited() const;
    QString language() const { return m_language; }

    // The current computation of AI readiness (or the composite, with a weight set that weights the
    // sector pillar), of the regions, nation and groups, with 500 uncertainty runs; and of AI
    // opportunity (the four sectors) for the same choices.
    const IndexRun &run() const { return m_assessment->readiness; }
    const IndexRun &opportunityRun() const { return m_assessment->opportunity; }
    // The run that scores a pillar: opportunity for the sector pillar, readiness for the others.
    const IndexRun &runFor(const QString &pillar) const { return pillar == u"sector" ? opportunityRun() : run(); }
    bool hasRun() const { return m_assessment.has_value(); }
    // With a year other than "latest": the readiness indicators that year drops or adds against the
    // latest figures (ids), so that the headline can say what changed the picture.
    struct SelectionChanges {
        QStringList dropped;
        QStringList added;
        void clear() { dropped.clear(), added.clear(); }
    };
    const SelectionChanges &selectionChanges() const { return m_selectionChanges; }
    const IndexFigures *figures() const { return m_figures.get(); }
    int unitRow(const QString &code) const;

    // How the current computation is made (for a scenario scored exactly like it).
    AssessmentRecipe recipe() const;
    // A scenario scored beside the baseline on every rescore (issue 14): its name ("" while unsaved)
    // and changes; null while it has none. Pages and report pages that show it say so (a band).
    const ScenarioOutcome *scenario() const { return m_scenario ? &*m_scenario : nullptr; }
    QString scenarioName() const { return m_scenarioName; }
    QList<ScenarioChange> scenarioChanges() const { return m_scenarioChanges; }
    void setScenario(const QString &name, const QList<ScenarioChange> &changes);
    void clearScenario() { setScenario({}, {}); }
    // The focus region's missing figures worth chasing, for the current choices (the page 자료 공백 and
    // the briefing's section): computed when first asked after a change; empty when it cannot be.
    const GapList &gaps() const;

    // Jeonnam, the nation and the comparison region side by side, per indicator (raw figures).
    // Loaded when a page first asks after a change (the overview does not need it).
    const ComparisonModel &comparisonModel() const;
    QString regionName(const QString &code) const;
    // The imported boundaries of the scope's regions (longitude, latitude), by code; empty when none
    // of them has one (the maps then draw tiles).
    const QHash<QString, QPainterPath> &outlines() const { return m_outlines; }
    // Why the stored boundaries could not be read (empty when they could, or when there are none).
    QString outlinesProblem() const { return m_outlinesProblem; }
    QStringList regionCodes() const;     // the regions ranked: the 17 provinces, or the scope's districts
    QStringList comparisonCodes() const; // those, and at district level the province they belong to
    QList<int> years() const;            // years with figures in the scope, most recent first
    int rankedCount() const;             // how many regions are ranked (17, 22, ...)
    QString parentOf(const QString &code) const;
    // The regions ranked, in words: "the 17 regions", "the 15 districts of 전남", "the 255 districts".
    QString rankedPhrase() const;

public slots:
    // A new scope picks a focus inside it: the first district of Jeonnam's (or of the province
    // the focus was), or the province of the district that was the focus.
    void setScope(const RegionScope &scope);
    void setFocus(const QString &code);
    void setComparison(const QString &code);
    void setExtraRegions(const QStringList &codes);
    void setYear(int year);
    void setWeightSet(const QString &name);
    // The weight set as stored, whatever the weight editor changed (a saved view opened).
    void useStoredWeightSet(const QString &name);
    void setNormalisation(index::Normalisation n);
    void setPillarWeight(int pillar, double weight);
    void setLanguage(const QString &language);
    // The data changed (an import, an edit): read the scope's figures again and rescore.
    void recompute();
    // The rank intervals of a context made with deferUncertainty, from then on in every rescore.
    void completeUncertainty();

private:
    void reloadComparison();
    bool loadFigures();
    void loadOutlines();
    void pickRegionsInScope();
    void rescore();
    void rescoreScenario();

signals:
    // The scenario (its changes or its scores) changed.
    void scenarioChanged();
    // Regions, year, weights or normalisation changed: the index has been recomputed.
    void changed();
    void languageChanged();
    // The scope changed: the lists of regions and years are others.
    void scopeChanged();

private:
    std::shared_ptr<Storage> m_storage;
    QString m_focus = QStringLiteral("KR-46");
    QString m_comparison = QStringLiteral("KR-41");
    QStringList m_extra;
    int m_year = 0;
    QString m_weightSet = QStringLiteral("equal");
    index::Normalisation m_normalisation = index::Normalisation::MinMax;
    std::vector<double> m_pillarWeights;
    QString m_language = QStringLiteral("ko");
    RegionScope m_scope;
    std::shared_ptr<const IndexFigures> m_figures;
    std::optional<Assessment> m_assessment;
    int m_uncertaintyRuns = 500;
    SelectionChanges m_selectionChanges;
    QString m_scenarioName;
    QList<ScenarioChange> m_scenarioChanges;
    std::optional<ScenarioOutcome> m_scenario;
    ComparisonModel *m_comparisonModel = nullptr;
    mutable bool m_comparisonStale = true;
    mutable std::optional<GapList> m_gaps;
    QHash<QString, std::pair<QString, QString>> m_names;
    QHash<QString, QString> m_parents;
    QHash<QString, QPainterPath> m_outlines;
    QString m_outlinesProblem;
};

} // namespace air
