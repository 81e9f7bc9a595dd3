#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace air {

class DashboardContext;

// The one bar every page follows: focus region, comparison region, year, weight set and
// normalisation, and the button that opens the weight editor.
class SelectorBar final : public QWidget {
    Q_OBJECT
public:
    explicit SelectorBar(DashboardContext *context, QWidget *parent = nullptr);
    void retranslate();
    void syncFromContext();

    QComboBox *focusBox() const { return m_focus; }
    QComboBox *yearBox() const { return m_year; }

signals:
    void weightEditorRequested();

private:
    void fillRegions(QComboBox *box, const QString &current);
    void fillYears();

    DashboardContext *m_context;
    QLabel *m_focusLabel, *m_comparisonLabel, *m_yearLabel, *m_weightLabel, *m_normLabel;
    QComboBox *m_focus, *m_comparison, *m_year, *m_weights, *m_normalisation;
    QPushButton *m_editWeights;
};

} // namespace air
