#pragma once

#include "pages/page.h"

class QLabel;
class QPushButton;
class QStandardItemModel;

namespace air {

// 자료 공백: the focus region's missing or old figures that would enter its AI readiness, the one that
// could move its rank furthest first, each with where to get it (publisher, table, KOSIS item) and
// a tooltip with its unit, year and source; and how to import it. Nothing is filled in.
class GapsPage final : public Page {
    Q_OBJECT
public:
    explicit GapsPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("gaps"); }
    QString title() const override { return tr("Data gaps"); }
    void refresh() override;
    void retranslate() override;
    const QStandardItemModel &model() const { return *m_model; }
    QString headline() const;

signals:
    void importRequested();

private:
    QStandardItemModel *m_model;
    QLabel *m_headline;
    QLabel *m_method;
    QLabel *m_howTo;
    QPushButton *m_import;
};

} // namespace air
