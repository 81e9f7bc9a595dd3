#include "items/indicatorcatalogmodel.h"
#include "core/datatext.h"

#include "import/formats.h"
#include "items/itemroles.h"


using namespace Qt::StringLiterals;

namespace air {

IndicatorCatalogModel::IndicatorCatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Result<QList<IndicatorInfo>> IndicatorCatalogModel::loadIndicators(Storage &storage)
{
    Result<QList<IndicatorInfo>> rows = storage.indicators();
    if (!rows)
        return rows.problems();
    // Names are data: plain text wherever they are shown.
    for (IndicatorInfo &info : *rows) {
        info.nameKo = plainDataText(info.nameKo);
        info.nameEn = plainDataText(info.nameEn);
    }
    return rows;
}

bool IndicatorCatalogModel::load(Storage &storage)
{
    Result<QList<IndicatorInfo>> rows = loadIndicators(storage);
    if (!rows)
        return false;
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    return true;
}

void IndicatorCatalogModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int IndicatorCatalogModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

int IndicatorCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IndicatorCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndicatorCatalogModel::pillarLabel(const QString &pillar, const QString &language)
{
    static const QHash<QString, std::pair<QString, QString>> labels = {
        { u"infrastructure"_s, { u"인프라"_s, u"Infrastructure"_s } },
        { u"talent"_s, { u"인재"_s, u"Talent"_s } },
        { u"industry"_s, { u"산업·혁신"_s, u"Innovation and industry"_s } },
        { u"sector"_s, { u"AI 활용 기회"_s, u"AI opportunity"_s } },
        { u"governance"_s, { u"거버넌스"_s, u"Governance"_s } },
        { u"context"_s, { u"배경 지표"_s, u"Context"_s } },
        { u"benchmark"_s, { u"비교 지수 (외부)"_s, u"Benchmark (published index)"_s } },
    };
    const auto it = labels.constFind(pillar);
    if (it == labels.cend())
        return pillar;
    return language == u"en" ? it->second : it->first;
}

QString IndicatorCatalogModel::groupLabel(const QString &pillarOrSector, const QString &language)
{
    return sectorNames().contains(pillarOrSector) ? sectorLabel(pillarOrSector, language)
                                                  : pillarLabel(pillarOrSector, language);
}

QString IndicatorCatalogModel::sectorLabel(const QString &sector, const QString &language)
{
    static const QHash<QString, std::pair<QString, QString>> labels = {
        { u"agriculture"_s, { u"농업"_s, u"Agriculture"_s } },
        { u"marine"_s, { u"해양·수산"_s, u"Marine"_s } },
        { u"energy"_s, { u"에너지"_s, u"Energy"_s } },
        { u"medical"_s, { u"의료"_s, u"Medical"_s } },
    };
    const auto it = labels.constFind(sector);
    if (it == labels.cend())
        return sector;
    return language == u"en" ? it->second : it->first;
}

QVariant IndicatorCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IndicatorInfo &i = m_rows[index.row()];
    if (role == roleOf(ItemRole::IndicatorId))
        return i.id;
    if (role == roleOf(ItemRole::Unit))
        return i.unit;
    if (role == Qt::ToolTipRole)
        return i.definition.isEmpty() ? i.name(m_language) : i.name(m_language) + u"\n"_s + i.definition;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id: return i.id;
    case Name: return i.name(m_language);
    case Pillar: return pillarLabel(i.pillar, m_language);
    case Sector: return sectorLabel(i.sector, m_language);
    case Unit: return i.unit;
    case Direction: return i.direction == u"higher"_s ? tr("higher is better") : tr("lower is better");
    case Denominator: return i.denominator;
    case Definition: return i.definition;
    default: return {};
    }
}

QVariant IndicatorCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id: return tr("ID");
    case Name: return tr("Indicator");
    case Pillar: return tr("Pillar");
    case Sector: return tr("Sector");
    case Unit: return tr("Unit");
    case Direction: return tr("Direction");
    case Denominator: return tr("Denominator");
    case Definition: return tr("Definition");
    default: return {};
    }
}

} // namespace air
