#include "weighteditor.h"

#include "dashboardcontext.h"
#include "import/formats.h"
#include "items/indicatorcatalogmodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

using namespace Qt::StringLiterals;

namespace air {

WeightEditor::WeightEditor(DashboardContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Pillar weights"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Each pillar's weight relative to the weight set (100 % = as set). The index "
                               "and every page follow at once."),
        this));
    const QStringList pillars = DashboardContext::editorPillars();
    for (int p = 0; p < pillars.size(); ++p) {
        auto *row = new QHBoxLayout;
        auto *slider = new QSlider(Qt::Horizontal, this);
        slider->setRange(0, 200);
        slider->setSingleStep(5);
        slider->setPageStep(25);
        slider->setValue(int(std::lround(context->pillarWeights()[size_t(p)] * 100)));
        const QString label = IndicatorCatalogModel::pillarLabel(pillars[p], context->language());
        slider->setAccessibleName(tr("Weight of %1").arg(label));
        auto *value = new QLabel(this);
        value->setMinimumWidth(48);
        value->setText(u"%1 %"_s.arg(slider->value()));
        row->addWidget(slider, 1);
        row->addWidget(value);
        form->addRow(label, row);
        connect(slider, &QSlider::valueChanged, this, [this, p, value](int v) {
            value->setText(u"%1 %"_s.arg(v));
            m_context->setPillarWeight(p, v / 100.0);
        });
        m_sliders << slider;
        m_values << value;
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::Reset, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        for (QSlider *s : m_sliders)
            s->setValue(100);
    });
    form->addRow(buttons);
}

void WeightEditor::setPillarPercent(int pillar, int percent)
{
    if (pillar >= 0 && pillar < m_sliders.size())
        m_sliders[pillar]->setValue(percent);
}

} // namespace air
