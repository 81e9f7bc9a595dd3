#include "syntheticdataset.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace air::bench {
namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

qint64 writeSyntheticDataset(const QString &dir, const SyntheticSize &size, quint32 seed)
{
    QDir().mkpath(dir);
    QRandomGenerator rng(seed);
    static const char *provinces[] = { "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-50", "KR-41",
        "KR-42", "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49" };

    QByteArray regions = "code,name_ko,name_en,level,parent,short_ko,capital_region\n";
    QList<QByteArray> districtCodes;
    for (int p = 0; p < size.provinces && p < 17; ++p) {
        for (int d = 1; d <= size.districtsPerProvince; ++d) {
            const QByteArray code = QByteArray(provinces[p]) + "-S" + QByteArray::number(d);
            districtCodes << code;
            regions += code + ",합성 시군구 " + code + ",Synthetic district " + code + ",2," + provinces[p] + ",,0\n";
        }
    }
    QByteArray indicators
        = "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator,scale,ratio_unit,definition\n";
    static const char *pillars[] = { "infrastructure", "talent", "industry", "governance" };
    for (int i = 0; i < size.indicators; ++i) {
        indicators += "synthetic_" + QByteArray::number(i) + "," + pillars[i % 4] + ",,합성 지표 " + QByteArray::number(i)
            + ",Synthetic indicator " + QByteArray::number(i) + ",unit," + (i % 5 == 0 ? "lower" : "higher")
            + ",sum,,1,,SYNTHETIC benchmark data: not a real figure\n";
    }
    const QByteArray sources = "id,publisher,title,url,published,retrieved,licence\n"
                               "synthetic,benchmark generator,SYNTHETIC data for benchmarks (fixed seed),,,,none\n";

    QByteArray observations;
    observations.reserve(qsizetype(districtCodes.size()) * size.indicators * size.years * 60);
    observations += "region,indicator,year,value,status,source,note\n";
    qint64 rows = 0;
    for (const QByteArray &region : districtCodes) {
        for (int i = 0; i < size.indicators; ++i) {
            const QByteArray indicator = "synthetic_" + QByteArray::number(i);
            for (int y = 0; y < size.years; ++y) {
                const double value = double(rng.bounded(1000000)) / 100.0;
                observations += region + ',' + indicator + ',' + QByteArray::number(2005 + y) + ','
                    + QByteArray::number(value, 'g', 10) + ",estimate,synthetic,synthetic\n";
                ++rows;
            }
        }
    }
    if (!writeFile(dir + u"/regions.csv"_s, regions) || !writeFile(dir + u"/indicators.csv"_s, indicators)
        || !writeFile(dir + u"/sources.csv"_s, sources) || !writeFile(dir + u"/observations.csv"_s, observations))
        return -1;
    return rows;
}

} // namespace air::bench
