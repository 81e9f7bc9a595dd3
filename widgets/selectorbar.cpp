#include "selectorbar.h"

#include "dashboardcontext.h"
#include "database/schema.h"
#include "database/sql.h"
#include "scoring/indexdataset.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace air {

SelectorBar::SelectorBar(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto add = [&](QLabel *&label, QComboBox *&box) {
        label = new QLabel(this);
        box = new QComboBox(this);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    add(m_focusLabel, m_focus);
    add(m_comparisonLabel, m_comparison);
    add(m_yearLabel, m_year);
    add(m_weightLabel, m_weights);
    add(m_normLabel, m_normalisation);
    m_editWeights = new QPushButton(this);
    layout->addWidget(m_editWeights);
    layout->addStretch();
    connect(m_editWeights, &QPushButton::clicked, this, &SelectorBar::weightEditorRequested);
    retranslate();
    connect(m_focus, &QComboBox::currentIndexChanged, this,
        [this] { m_context->setFocus(m_focus->currentData().toString()); });
    connect(m_comparison, &QComboBox::currentIndexChanged, this,
        [this] { m_context->setComparison(m_comparison->currentData().toString()); });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { m_context->setYear(m_year->currentData().toInt()); });
    connect(m_weights, &QComboBox::currentIndexChanged, this,
        [this] { m_context->setWeightSet(m_weights->currentData().toString()); });
    connect(m_normalisation, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto n = parseNormalisation(m_normalisation->currentData().toString()))
            m_context->setNormalisation(*n);
    });
}

void SelectorBar::fillRegions(QComboBox *box, const QString &current)
{
    box->blockSignals(true);
    box->clear();
    for (const QString &code : m_context->regionCodes())
        box->addItem(m_context->regionName(code), code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    box->blockSignals(false);
}

void SelectorBar::fillYears()
{
    m_year->blockSignals(true);
    m_year->clear();
    m_year->addItem(tr("Latest"), 0);
    QSqlDatabase db = m_context->connection();
    // The years with figures for the nation or a province (the regions the dashboard compares).
    Result<QSqlQuery> q = sql::run(
        db, u"SELECT DISTINCT o.year FROM "_s + schema::comparedObservations() + u" ORDER BY o.year DESC"_s);
    while (q && q->next())
        m_year->addItem(q->value(0).toString(), q->value(0).toInt());
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_context->year())));
    m_year->blockSignals(false);
}

void SelectorBar::syncFromContext()
{
    fillRegions(m_focus, m_context->focus());
    fillRegions(m_comparison, m_context->comparison());
    fillYears();
    m_weights->blockSignals(true);
    m_weights->clear();
    QSqlDatabase db = m_context->connection();
    for (const QString &name : weightSetNames(db))
        m_weights->addItem(name == u"equal"_s ? tr("Equal weights") : name, name);
    m_weights->setCurrentIndex(std::max(0, m_weights->findData(m_context->weightSet())));
    m_weights->blockSignals(false);
    m_normalisation->blockSignals(true);
    m_normalisation->clear();
    m_normalisation->addItem(tr("Min–max (0–100)"), u"minmax"_s);
    m_normalisation->addItem(tr("z-score"), u"zscore"_s);
    m_normalisation->addItem(tr("Rank"), u"rank"_s);
    m_normalisation->addItem(tr("Distance to target"), u"goalposts"_s);
    m_normalisation->setCurrentIndex(
        std::max(0, m_normalisation->findData(normalisationName(m_context->normalisation()))));
    m_normalisation->blockSignals(false);
}

void SelectorBar::retranslate()
{
    m_focusLabel->setText(tr("&Region:"));
    m_comparisonLabel->setText(tr("&Compare with:"));
    m_yearLabel->setText(tr("&Year:"));
    m_weightLabel->setText(tr("&Weights:"));
    m_normLabel->setText(tr("&Normalisation:"));
    m_editWeights->setText(tr("Adjust weights…"));
    m_focus->setAccessibleName(tr("Region"));
    m_comparison->setAccessibleName(tr("Compare with"));
    m_year->setAccessibleName(tr("Year"));
    m_weights->setAccessibleName(tr("Weight set"));
    m_normalisation->setAccessibleName(tr("Normalisation"));
    syncFromContext();
}

} // namespace air
