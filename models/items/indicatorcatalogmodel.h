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
    static QString sectorLabel(const QString &sector, const QString &language);

private:
    QList<IndicatorInfo> m_rows;
    QString m_language = QStringLiteral("ko");
};

} // namespace air
