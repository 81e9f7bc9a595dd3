#include "selectorbar.h"

#include "dashboardcontext.h"
#include "scoring/indexdataset.h"

#include <QApplication>
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
        // Resized on every change of its items: a live language switch left "Jeor" and "Lates".
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    add(m_scopeLabel, m_scope);
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
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const QStringList parts = m_scope->currentData().toString().split(u':');
        QApplication::setOverrideCursor(Qt::WaitCursor); // a country's districts: a million figures
        m_context->setScope({ parts.value(0).toInt(), parts.value(1) });
        QApplication::restoreOverrideCursor();
    });
    connect(m_context, &DashboardContext::scopeChanged, this, &SelectorBar::syncFromContext);
    connect(m_context, &DashboardContext::changed, this, &SelectorBar::syncWeights);
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

// "1:" the provinces; "2:KR-46" Jeonnam's districts; "2:" every district. Only what the database
// has: without districts the box offers the provinces alone (and is disabled).
void SelectorBar::fillScopes()
{
    m_scope->blockSignals(true);
    m_scope->clear();
    m_scope->addItem(tr("Provinces (17)"), u"1:"_s);
    const QList<std::pair<QString, int>> provinces = provincesWithDistricts(m_context->storage());
    int all = 0;
    for (const auto &[code, count] : provinces) {
        m_scope->addItem(tr("%1: districts (%2)").arg(m_context->regionName(code)).arg(count), QString(u"2:"_s + code));
        all += count;
    }
    if (provinces.size() > 1)
        m_scope->addItem(tr("All districts (%1)").arg(all), u"2:"_s);
    const RegionScope &scope = m_context->scope();
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(u"%1:%2"_s.arg(scope.level).arg(scope.within))));
    m_scope->setEnabled(m_scope->count() > 1);
    m_scope->setToolTip(m_scope->count() > 1 ? tr("Compare provinces, or the districts of a province or of the country")
                                             : tr("No districts in the database: import a regions file with level 2 regions"));
    m_scope->blockSignals(false);
}

void SelectorBar::fillRegions(QComboBox *box, const QStringList &codes, const QString &current)
{
    box->blockSignals(true);
    box->clear();
    for (const QString &code : codes)
        box->addItem(m_context->regionName(code), code);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    box->blockSignals(false);
}

void SelectorBar::fillYears()
{
    m_year->blockSignals(true);
    m_year->clear();
    m_year->addItem(tr("Latest"), 0);
    // The years with figures for the regions the dashboard compares.
    for (const int year : m_context->years())
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_context->year())));
    m_year->blockSignals(false);
}

void SelectorBar::syncWeights()
{
    m_weights->blockSignals(true);
    m_weights->clear();
    for (const QString &name : weightSetNames(m_context->storage()))
        m_weights->addItem(name == u"equal"_s ? tr("Equal weights") : name, name);
    const int current = std::max(0, m_weights->findData(m_context->weightSet()));
    // The weight editor changed the set's weights: the box names what is used, not the set alone.
    if (m_context->weightsEdited())
        m_weights->setItemText(current, tr("Custom (from %1)").arg(m_weights->itemText(current)));
    m_weights->setCurrentIndex(current);
    m_weights->blockSignals(false);
}

void SelectorBar::syncFromContext()
{
    fillScopes();
    fillRegions(m_focus, m_context->regionCodes(), m_context->focus());
    fillRegions(m_comparison, m_context->comparisonCodes(), m_context->comparison());
    fillYears();
    syncWeights();
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
    m_scopeLabel->setText(tr("&Level:"));
    m_focusLabel->setText(tr("&Region:"));
    m_comparisonLabel->setText(tr("&Compare with:"));
    m_yearLabel->setText(tr("&Year:"));
    m_weightLabel->setText(tr("&Weights:"));
    m_normLabel->setText(tr("&Normalisation:"));
    m_editWeights->setText(tr("Adjust weights…"));
    m_scope->setAccessibleName(tr("Level"));
    m_focus->setAccessibleName(tr("Region"));
    m_comparison->setAccessibleName(tr("Compare with"));
    m_year->setAccessibleName(tr("Year"));
    m_weights->setAccessibleName(tr("Weight set"));
    m_normalisation->setAccessibleName(tr("Normalisation"));
    syncFromContext();
}

} // namespace air
