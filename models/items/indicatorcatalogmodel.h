#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace air {

struct IndicatorInfo {
    QString id;
    QString pillar;
    QString sector;
    QString nameKo;
    QString nameEn;
    QString unit;
    QString direction;
    QString groupRule;
    QString denominator;
    double scale = 1;
    QString ratioUnit;
    QString definition;
    QVariant goalLow;  // goalposts for distance-to-target normalisation; null when not set
    QVariant goalHigh;
    QString kind;       // readiness pillars: "mass" (a share of the national total) or "intensity" (a rate)
    QString valuesFrom; // the indicator whose figures this one takes (it has none of its own), or empty
    QString asOf;       // the date or period its latest figure describes: 2020-01-17, 2020 H1, 2024

    // Raw figures are read under this id.
    const QString &figuresId() const { return valuesFrom.isEmpty() ? id : valuesFrom; }
    // A count's share of the national total: the figures of valuesFrom divided by the nation's.
    bool isNationalShare() const { return kind == u"mass" && !valuesFrom.isEmpty() && denominator.isEmpty(); }

    QString name(const QString &language) const { return language == u"en" ? nameEn : nameKo; }
};

// The indicator framework as a table: one row per indicator, in pillar order.
class IndicatorCatalogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Pillar, Sector, Unit, Direction, Denominator, Definition, ColumnCount };

    explicit IndicatorCatalogModel(QObject *parent = nullptr);

    bool load(QSqlDatabase &db);
    void setLanguage(const QString &language);
    const QList<IndicatorInfo> &indicators() const { return m_rows; }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QList<IndicatorInfo> loadIndicators(QSqlDatabase &db);
    static QString pillarLabel(const QString &pillar, const QString &language);
    // A pillar's label, or a sector's (the evidence of the sector pillar is kept per sector).
    static QString groupLabel(const QString &pillarOrSector, const QString &language);
    static QString sectorLabel(const QString &sector, const QString &language);

private:
    QList<IndicatorInfo> m_rows;
    QString m_language = QStringLiteral("ko");
};

} // namespace air
