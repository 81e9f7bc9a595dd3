#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace air {

class DashboardContext;

// The one bar every page follows: the level (the 17 provinces, or the districts of a province or of
// the whole country), focus region, comparison region, year, weight set and normalisation, and
// the button that opens the weight editor.
class SelectorBar final : public QWidget {
    Q_OBJECT
public:
    explicit SelectorBar(DashboardContext *context, QWidget *parent = nullptr);
    void retranslate();
    void syncFromContext();
    void syncWeights();

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *focusBox() const { return m_focus; }
    QComboBox *yearBox() const { return m_year; }

signals:
    void weightEditorRequested();

private:
    void fillScopes();
    void fillRegions(QComboBox *box, const QStringList &codes, const QString &current);
    void fillYears();

    DashboardContext *m_context;
    QLabel *m_scopeLabel, *m_focusLabel, *m_comparisonLabel, *m_yearLabel, *m_weightLabel, *m_normLabel;
    QComboBox *m_scope, *m_focus, *m_comparison, *m_year, *m_weights, *m_normalisation;
    QPushButton *m_editWeights;
};

} // namespace air
