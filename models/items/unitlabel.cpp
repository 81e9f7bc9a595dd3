#include "items/unitlabel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace air {

QString unitLabel(const QString &unit, const QString &language)
{
    if (language != u"en"_s)
        return unit;
    static const QHash<QString, QString> english = {
        { u"% (면적 대비)"_s, u"% of land area"_s },
        { u"% (전체 사업체 대비)"_s, u"% of all establishments"_s },
        { u"% (전체 종사자 대비)"_s, u"% of all workers"_s },
        { u"kW/명"_s, u"kW per resident"_s },
        { u"kWh/명"_s, u"kWh per resident"_s },
        { u"km/천 km²"_s, u"km per 1,000 km²"_s },
        { u"가구"_s, u"households"_s },
        { u"가구/천명"_s, u"households per 1,000 residents"_s },
        { u"개"_s, u"count"_s },
        { u"개/만 명"_s, u"per 10,000 residents"_s },
        { u"개/백만 명"_s, u"per million residents"_s },
        { u"개/천 km²"_s, u"per 1,000 km²"_s },
        { u"건"_s, u"cases"_s },
        { u"건/만 명"_s, u"per 10,000 residents"_s },
        { u"등급(3=우수)"_s, u"grade (3 = excellent)"_s },
        { u"명/10만 명"_s, u"per 100,000 residents"_s },
        { u"위"_s, u"rank"_s },
        { u"호"_s, u"dwellings"_s },
        { u"국"_s, u"stations"_s },
        { u"국/만 명"_s, u"stations per 10,000 residents"_s },
        { u"만원"_s, u"10,000 won"_s },
        { u"만원/명"_s, u"10,000 won per resident"_s },
        { u"명"_s, u"persons"_s },
        { u"명/천명"_s, u"per 1,000 residents"_s },
        { u"병상"_s, u"beds"_s },
        { u"병상/천명"_s, u"beds per 1,000 residents"_s },
        { u"억원"_s, u"100 million won"_s },
        { u"여부(1=제정)"_s, u"1 = enacted"_s },
        { u"원/명"_s, u"won per resident"_s },
        { u"점"_s, u"points"_s },
        { u"조원"_s, u"trillion won"_s },
        { u"톤"_s, u"tonnes"_s },
        { u"톤/천명"_s, u"tonnes per 1,000 residents"_s },
    };
    return english.value(unit, unit);
}

} // namespace air
