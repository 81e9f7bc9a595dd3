#pragma once

#include "items/indicatorcatalogmodel.h"
#include "scoring/indexdataset.h"

#include <QAbstractTableModel>

namespace air {

// For a year, each indicator with the focus region (Jeonnam), the nation and a comparison region
// (Gyeonggi) side by side, and the focus region's rank among the regions of its scope (the
// provinces, or the districts). With the year "latest" (0), each indicator uses its own most
// recent year. An indicator with a denominator is compared as the ratio (5G base stations per
// 10,000 residents), computed region by region from the same year's denominator. A missing
// figure stays missing: it is shown as such, never filled in.
class ComparisonModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Indicator, Pillar, Unit, Year, Focus, Nation, Comparison, Rank, ColumnCount };

    struct Cell {
        bool present = false;
        double value = 0;          // the ratio where the indicator has a denominator, else the raw figure
        double raw = 0;            // the figure as published
        double denominator = 0;    // the denominator's figure, same region and year
        bool denominatorMissing = false; // a raw figure exists, but no denominator for that year
        QString status;
        QString sourceTitle;   // as published
        QString sourceTitleEn; // its English rendering; empty where the English text shows sourceTitle
        QString sourcePublisher;
        QString note;
        QString origin;
        const QString &sourceTitleIn(const QString &language) const
        {
            return language == u"en" && !sourceTitleEn.isEmpty() ? sourceTitleEn : sourceTitle;
        }
    };
    struct Line {
        IndicatorInfo indicator;
        int year = 0;       // 0: no figure in any year
        Cell focus;
        Cell nation;
        Cell comparison;
        int rank = 0;       // 0: the focus region has no figure
        int ranked = 0;     // how many regions have a figure that year
    };

    explicit ComparisonModel(Storage &storage, QObject *parent = nullptr);

    void setYear(int year);
    void setRegions(const QString &focus, const QString &nation, const QString &comparison);
    void setLanguage(const QString &language);
    // The figures of the regions the focus is ranked among (the provinces, or a scope's districts);
    // without them, reload() reads the provinces' itself.
    void setScopeFigures(std::shared_ptr<const IndexFigures> figures);
    bool reload();

    int year() const { return m_year; }
    const QList<Line> &lines() const { return m_lines; }
    const QString &focusRegion() const { return m_focus; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Cell *cellAt(const QModelIndex &index) const;
    QString cellTooltip(const Line &line, const Cell &cell, const QString &regionName) const;
    QString unitOf(const Line &line) const;
    QString regionName(const QString &code) const;

    Storage &m_storage;
    int m_year = 0;
    QString m_focus = QStringLiteral("KR-46");
    QString m_nation = QStringLiteral("KR");
    QString m_comparison = QStringLiteral("KR-41");
    QString m_language = QStringLiteral("ko");
    QHash<QString, std::pair<QString, QString>> m_regionNames;
    std::shared_ptr<const IndexFigures> m_scopeFigures;
    QList<Line> m_lines;
};

} // namespace air
