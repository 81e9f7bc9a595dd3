#pragma once

#include "pages/page.h"
#include "scoring/scenario.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace air {

// 시나리오 (issue 14): what if the plans came true, or some figures were other than they are? The
// official ticks the focus region's plan items with a target (or types changes), and sees the
// baseline and the scenario side by side per pillar, the rank change with the Monte Carlo
// intervals, the plan items ranked by the rank places each would gain alone, and what it would take
// to pass a rival. Scenarios are saved in the database apart from the figures; the band
// "시나리오: NAME" says that what the page shows is one.
class ScenarioPage final : public Page {
    Q_OBJECT
public:
    explicit ScenarioPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("scenario"); }
    QString title() const override { return tr("Scenario"); }
    void refresh() override;
    void retranslate() override;

    // For tests and the benchmark: tick plan items by "plan:item", and the current tables.
    void choosePlanItems(const QStringList &keys);
    const QStandardItemModel &pillarModel() const { return *m_pillars; }
    const QStandardItemModel &gainModel() const { return *m_gains; }
    const QStandardItemModel &overtakeModel() const { return *m_overtake; }
    QString bandText() const;
    bool bandVisible() const;
    void computeOvertake();

private:
    void applyChoices();
    void fillPlanItems();
    void fillResults();
    void fillSaved();
    void addTypedChange();
    void removeTypedChange();
    void saveScenario();
    void renameScenario();
    void deleteScenario();
    void loadScenario();
    void exportScenarios();
    void importScenarios();
    void fillAddRow();
    static void fillModel(QStandardItemModel *model, const QStringList &header, const QList<QStringList> &rows);

    QLabel *m_band;
    QLabel *m_intro;
    QComboBox *m_saved;
    QPushButton *m_load;
    QPushButton *m_save;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_import;
    QLabel *m_planTitle;
    QStandardItemModel *m_planItems;
    QTableView *m_planView;
    QLabel *m_typedTitle;
    QStandardItemModel *m_typed;
    QTableView *m_typedView;
    QComboBox *m_addRegion;
    QComboBox *m_addIndicator;
    QSpinBox *m_addYear;
    QLineEdit *m_addValue;
    QLineEdit *m_addReason;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_readinessLine;
    QLabel *m_opportunityLine;
    QStandardItemModel *m_pillars;
    QLabel *m_gainTitle;
    QStandardItemModel *m_gains;
    QLabel *m_overtakeTitle;
    QComboBox *m_rival;
    QPushButton *m_findOvertake;
    QLabel *m_overtakeNote;
    QStandardItemModel *m_overtake;
    QLabel *m_caveat;
    QList<ScenarioChange> m_typedChanges;
    QList<PlanItemChange> m_planChanges;
    QString m_name;
    bool m_filling = false;
};

} // namespace air
