#pragma once

#include "core/result.h"
#include "storage/storage.h"

#include <QAbstractTableModel>

namespace air {

// The indicator framework as a table: one row per indicator, in pillar order.
class IndicatorCatalogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Pillar, Sector, Unit, Direction, Denominator, Definition, ColumnCount };

    explicit IndicatorCatalogModel(QObject *parent = nullptr);

    bool load(Storage &storage);
    void setLanguage(const QString &language);
    const QList<IndicatorInfo> &indicators() const { return m_rows; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The indicators with their names as plain text.
    static Result<QList<IndicatorInfo>> loadIndicators(Storage &storage);
    static QString pillarLabel(const QString &pillar, const QString &language);
    // A pillar's label, or a sector's (the evidence of the sector pillar is kept per sector).
    static QString groupLabel(const QString &pillarOrSector, const QString &language);
    static QString sectorLabel(const QString &sector, const QString &language);

private:
    QList<IndicatorInfo> m_rows;
    QString m_language = QStringLiteral("ko");
};

} // namespace air
