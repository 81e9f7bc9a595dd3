#include "import/kosisimport.h"
#include "import/importtext.h"

#include "import/importsession.h"
#include "import/kosisreader.h"
#include "import/referencedata.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

bool columnMatches(const QString &header, const QString &wanted)
{
    static const QRegularExpression level(u"\\(\\d+\\)$"_s);
    QString bare = header;
    bare.remove(level);
    return header == wanted || bare == wanted;
}

QString listValues(const QStringList &values)
{
    const int shown = 12;
    QString text = values.mid(0, shown).join(u", "_s);
    if (values.size() > shown)
        text += ImportText::tr(", … (%1 in all)").arg(values.size());
    return text;
}

// Date of download from the stamp KOSIS puts in the file name, else today.
QString retrievedDate(const QString &fileName)
{
    static const QRegularExpression stamp(u"_(\\d{8})\\d{6}\\.[A-Za-z]+$"_s);
    const QRegularExpressionMatch m = stamp.match(fileName);
    if (m.hasMatch()) {
        const QDate d = QDate::fromString(m.captured(1), u"yyyyMMdd"_s);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return QDate::currentDate().toString(Qt::ISODate);
}

enum class Cell { Number, Missing, Suppressed, Invalid };

Cell parseCell(const QString &raw, double *value)
{
    QString text = raw.trimmed();
    if (text.startsWith(u'\''))
        text.remove(0, 1);
    if (text.isEmpty() || text == u"-"_s || text == u"…"_s || text == u"..."_s)
        return Cell::Missing;
    if (text.compare(u"X"_s, Qt::CaseInsensitive) == 0)
        return Cell::Suppressed;
    // A comma only as a thousands separator (1,234,567): "1,5" is not 15 (issue 18, 9).
    if (text.contains(u',')) {
        static const QRegularExpression grouped(u"^[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$"_s);
        if (!grouped.match(text).hasMatch())
            return Cell::Invalid;
        text.remove(u',');
    }
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok && std::isfinite(*value) ? Cell::Number : Cell::Invalid;
}

bool isSubtotal(const QString &label)
{
    const QString name = normaliseRegionName(label);
    return name == u"읍부"_s || name == u"면부"_s || name == u"동부"_s;
}

// District names end in 시, 군 or 구; the metropolitan cities' names end in 시 as well.
bool looksLikeDistrict(const QString &label)
{
    const QString name = normaliseRegionName(label);
    if (name.endsWith(u"특별시"_s) || name.endsWith(u"광역시"_s) || name.endsWith(u"특별자치시"_s))
        return false;
    return name.size() >= 2 && (name.endsWith(u'시') || name.endsWith(u'군') || name.endsWith(u'구'));
}

// A row naming no region this program knows, and not a subtotal or a district: the whole import
// fails rather than leave the region out (a misspelt "전라남" would drop Jeonnam's own row).
void unknownRegion(ImportSession &s, const KosisRow &row, const QString &label, int maxLevel)
{
    const QStringList nearest = s.reference().nearestRegions(label, maxLevel);
    s.addProblem(row.line, row.column,
        nearest.isEmpty()
            ? ImportText::tr("unknown region '%1': not a region, district or subtotal (읍부, 면부, 동부) this program knows").arg(label.trimmed())
            : ImportText::tr("unknown region '%1': not a region, district or subtotal (읍부, 면부, 동부) this program knows; "
              "nearest: %2").arg(label.trimmed(), nearest.join(u", "_s)));
}

QString rowLabel(const KosisRow &row)
{
    return row.regionLabel.trimmed().isEmpty() ? row.regionCode : row.regionLabel;
}

int uniqueProvince(const ReferenceData &reference, const QList<int> &candidates)
{
    int found = -1;
    for (int c : candidates) {
        if (reference.region(c).level > 1)
            continue;
        if (found >= 0)
            return -1;
        found = c;
    }
    return found;
}

// A province table: each row is the nation or a province; district rows are skipped (with a
// reason per figure), unknown names listed in a note.
QList<int> provinceRegionsOfRows(ImportSession &s, const KosisTable &table)
{
    QList<int> regionOfRow;
    QStringList unknownNames;
    QSet<QString> unknownSeen; // hash lookups: a list's contains() made 100,000 unknown names quadratic
    for (const KosisRow &row : table.rows) {
        const QString label = rowLabel(row);
        QList<int> candidates = s.reference().regionsForAlias(label);
        if (candidates.isEmpty() && !row.regionCode.isEmpty())
            candidates = s.reference().regionsForAlias(row.regionCode);
        const int region = uniqueProvince(s.reference(), candidates);
        regionOfRow << region;
        if (region >= 0 || isSubtotal(label) || !candidates.isEmpty())
            continue;
        if (!looksLikeDistrict(label)) {
            unknownRegion(s, row, label, 1);
            continue;
        }
        if (const QString name = label.trimmed(); !unknownSeen.contains(name)) {
            unknownSeen.insert(name);
            unknownNames << name;
        }
    }
    if (!unknownNames.isEmpty())
        s.report().notes << ImportText::tr("district rows (시군구) not known to this program, skipped: %1").arg(listValues(unknownNames));
    return regionOfRow;
}

// A district table (행정구역(시군구)별): KOSIS lists each province's row, then its districts. A
// district name is looked up among the districts of the province above it, or of the province
// written before it ("부산광역시 중구"), or of the province its five-digit code starts with
// (46110 → 46); a name that several provinces share (중구, 동구, 고성군) with no province to
// tell them apart is an error rather than a guess.
QList<int> districtRegionsOfRows(ImportSession &s, const KosisTable &table)
{
    const ReferenceData &reference = s.reference();
    QList<int> regionOfRow;
    QStringList unknownNames;
    QSet<QString> unknownSeen; // hash lookups: a list's contains() made 100,000 unknown names quadratic
    int province = -1; // the province row above
    for (const KosisRow &row : table.rows) {
        const QString label = rowLabel(row).trimmed();
        const QList<int> candidates = reference.regionsForAlias(label);
        if (const int p = uniqueProvince(reference, candidates); p >= 0) {
            regionOfRow << p;
            province = reference.region(p).level == 1 ? p : -1;
            continue;
        }
        // The province this row belongs to: written before the name, from the code, or above.
        int within = province;
        QString name = label;
        if (const qsizetype space = label.indexOf(u' '); space > 0) {
            if (const int p = uniqueProvince(reference, reference.regionsForAlias(label.left(space))); p >= 0) {
                within = p;
                name = label.mid(space + 1);
            }
        }
        if (row.regionCode.size() == 5) {
            if (const int p = uniqueProvince(reference, reference.regionsForAlias(row.regionCode.left(2))); p >= 0)
                within = p;
        }
        QList<int> districts;
        QStringList provinces;
        for (int c : reference.regionsForAlias(name)) {
            const ReferenceData::Region &r = reference.region(c);
            if (r.level != 2)
                continue;
            provinces << r.parent;
            if (within < 0 || r.parent == reference.region(within).code)
                districts << c;
        }
        if (districts.size() == 1) {
            regionOfRow << districts.first();
            continue;
        }
        regionOfRow << -1;
        if (districts.size() > 1) {
            s.addProblem(row.line, 1,
                ImportText::tr("'%1' names a district in several provinces (%2) and no province row stands above it: keep the "
                "province's row above its districts, or write the province before the name ('%3 %1')").arg(
                    name, provinces.join(u", "_s), reference.region(districts.first()).parent));
            continue;
        }
        if (isSubtotal(label) || !provinces.isEmpty())
            continue; // a district of another province: skipped per figure with the reason
        if (!looksLikeDistrict(name)) {
            unknownRegion(s, row, label, 2);
            continue;
        }
        if (!unknownSeen.contains(label)) {
            unknownSeen.insert(label);
            unknownNames << label;
        }
    }
    if (!unknownNames.isEmpty())
        s.report().notes << ImportText::tr("rows whose region is not a known province or district, skipped: %1").arg(listValues(unknownNames));
    return regionOfRow;
}

// A recipe's item names a KOSIS item when the cleaned item is the recipe's, or that followed by its
// formula or unit in parentheses ("65세이상인구 (A) (명)" for 65세이상인구, "계 (명)" for 계): never a part of
// a longer name ("인구 천명당 의료기관 종사 의사수" is not "의료기관 종사 의사수").
bool recipeItemMatches(const QString &item, const QString &recipeItem)
{
    if (item == recipeItem)
        return true;
    if (!item.startsWith(recipeItem))
        return false;
    const QStringView rest = QStringView(item).mid(recipeItem.size()).trimmed();
    return rest.startsWith(u'(');
}

// Without --map, the items of a table the catalogue has a recipe for (recognised by its title). The
// report names the recipe used; an item no recipe names is left unmapped like one no --map names.
QList<int> recipeIndicators(ImportSession &s, const KosisTable &table)
{
    QList<int> indicatorOfItem(table.items.size(), -1);
    const QList<ReferenceData::KosisRecipe> recipes = s.reference().kosisRecipesFor(table.title);
    if (recipes.isEmpty())
        return indicatorOfItem;
    QStringList used;
    for (int i = 0; i < table.items.size(); ++i) {
        for (const ReferenceData::KosisRecipe &r : recipes) {
            if (!recipeItemMatches(table.items[i], r.item) || indicatorOfItem.contains(r.indicator))
                continue;
            indicatorOfItem[i] = r.indicator;
            used << ImportText::tr("%1 → %2").arg(table.items[i], s.reference().indicator(r.indicator).id);
            break;
        }
    }
    if (!used.isEmpty())
        s.report().notes << ImportText::tr("KOSIS recipe of the catalogue used for the table \"%1\" (no --map given): %2")
                                .arg(recipes.first().table, used.join(u"; "_s));
    return indicatorOfItem;
}

} // namespace

QStringList kosisRecipeIndicators(const QList<IndicatorInfo> &indicators, const QString &title, const QStringList &items)
{
    QStringList out(items.size());
    const QString key = ReferenceData::kosisTitleKey(title);
    for (int i = 0; i < items.size() && !key.isEmpty(); ++i) {
        for (const IndicatorInfo &info : indicators) {
            if (info.kosisItem.isEmpty() || ReferenceData::kosisTitleKey(info.kosisTable) != key
                || !recipeItemMatches(items[i], info.kosisItem) || out.contains(info.id))
                continue;
            out[i] = info.id;
            break;
        }
    }
    return out;
}

QSet<int> importKosisTable(ImportSession &s, const KosisTable &table)
{
    QSet<int> usedMaps;
    const ImportOptions &options = s.options();

    // Classifications besides region and period need a --filter each.
    const QMap<QString, QStringList> classValues = table.classificationValues();
    QList<int> filterOfClass;
    QStringList unfiltered;
    for (const QString &name : table.classificationNames) {
        int found = -1;
        for (int f = 0; f < options.filters.size(); ++f) {
            if (columnMatches(name, options.filters[f].first))
                found = f;
        }
        filterOfClass << found;
        if (found < 0) {
            unfiltered << ImportText::tr("%1 (values: %2)").arg(name, listValues(classValues.value(name)));
        } else if (!classValues.value(name).contains(options.filters[found].second)) {
            s.addProblem(0, 0, ImportText::tr("--filter %1=%2 matches no row; the values of %1 are: %3").arg(
                options.filters[found].first, options.filters[found].second, listValues(classValues.value(name))));
        }
    }
    if (!unfiltered.isEmpty()) {
        s.addProblem(0, 0,
            ImportText::tr("this table has classifications besides region and period; choose one value of each with "
            "--filter COLUMN=VALUE: %1").arg(unfiltered.join(u"; "_s)));
        return usedMaps;
    }

    // Items → indicators: through --map when given, else through the catalogue's KOSIS recipe for
    // this table.
    const QList<int> fromRecipe = options.maps.isEmpty() ? recipeIndicators(s, table) : QList<int>();
    QList<int> indicatorOfItem;
    QStringList unmapped;
    for (const QString &item : table.items) {
        int indicator = fromRecipe.isEmpty() ? -1 : fromRecipe[indicatorOfItem.size()];
        for (int m = 0; m < options.maps.size() && indicator < 0; ++m) {
            if (!item.contains(options.maps[m].first))
                continue;
            indicator = s.reference().indicatorIndex(options.maps[m].second);
            if (indicator < 0) {
                s.addProblem(0, 0, ImportText::tr("--map %1=%2: unknown indicator '%2'").arg(options.maps[m].first, options.maps[m].second));
                return usedMaps;
            }
            usedMaps.insert(m);
        }
        if (indicator >= 0) {
            if (const qsizetype other = indicatorOfItem.indexOf(indicator); other >= 0) {
                s.addProblem(0, 0,
                    ImportText::tr("two items would fill the same indicator '%1': \"%2\" and \"%3\"; make the --map text more specific")
                        .arg(s.reference().indicator(indicator).id, table.items[other], item));
                return usedMaps;
            }
        }
        indicatorOfItem << indicator;
        if (indicator < 0)
            unmapped << item;
    }
    if (unmapped.size() == table.items.size()) {
        s.addProblem(0, 0,
            ImportText::tr("no item of this KOSIS table is mapped to an indicator, and the catalogue has no KOSIS recipe for "
                           "a table titled \"%1\"; add --map TEXT=INDICATOR for one of: %2").arg(table.title,
                table.items.join(u" | "_s)));
        return usedMaps;
    }
    if (!unmapped.isEmpty())
        s.report().notes << ImportText::tr("items not mapped, skipped: %1").arg(unmapped.join(u" | "_s));

    for (const KosisCell &cell : table.cells) {
        if (cell.period.subPeriod != 0) {
            s.addProblem(cell.line, cell.column,
                ImportText::tr("only annual figures can be imported; this table has sub-annual periods"));
            return usedMaps;
        }
    }

    const QString fileName = QFileInfo(s.report().file).fileName();
    const QString retrieved = retrievedDate(fileName);
    const int source = s.ensureSource(u"kosis:%1:%2"_s.arg(table.title, retrieved), u"통계청 KOSIS 국가통계포털"_s,
        table.title, fileName, retrieved);
    if (source < 0)
        return usedMaps;

    const QList<int> regionOfRow = table.isDistrictTable() ? districtRegionsOfRows(s, table) : provinceRegionsOfRows(s, table);
    if (s.hasProblems())
        return usedMaps;

    s.resetFileKeys();
    qint64 done = 0;
    for (const KosisCell &cell : table.cells) {
        ++s.report().read;
        const KosisRow &row = table.rows[cell.row];
        bool filteredOut = false;
        for (int c = 0; c < row.classes.size(); ++c) {
            if (row.classes[c] != options.filters[filterOfClass[c]].second)
                filteredOut = true;
        }
        if (filteredOut) {
            s.skip(ImportText::tr("filtered out (--filter)"));
            continue;
        }
        if (indicatorOfItem[cell.item] < 0) {
            s.skip(ImportText::tr("item not mapped"));
            continue;
        }
        const int region = regionOfRow[cell.row];
        if (region < 0) {
            if (isSubtotal(row.regionLabel))
                s.skip(ImportText::tr("urban/rural subtotal (읍부·면부·동부), not a region"));
            else if (!table.isDistrictTable() && !s.reference().regionsForAlias(row.regionLabel).isEmpty())
                s.skip(ImportText::tr("district (시군구) row: this import is at province level"));
            else if (table.isDistrictTable() && !s.reference().regionsForAlias(row.regionLabel).isEmpty())
                s.skip(ImportText::tr("district (시군구) not known in the province above it"));
            else
                s.skip(ImportText::tr("unknown region name"));
            continue;
        }
        double value = 0;
        switch (parseCell(cell.value, &value)) {
        case Cell::Missing:
            s.skip(ImportText::tr("no figure in the source ('-')"));
            continue;
        case Cell::Suppressed:
            s.skip(ImportText::tr("suppressed in the source (X)"));
            continue;
        case Cell::Invalid:
            s.addProblem(cell.line, cell.column, ImportText::tr("'%1' is not a number").arg(cell.value));
            continue;
        case Cell::Number:
            break;
        }
        ImportSession::Observation o;
        o.region = region;
        o.indicator = indicatorOfItem[cell.item];
        o.year = cell.period.year;
        o.value = value;
        o.status = 0; // official: a statistics agency table
        o.source = source;
        o.note = (cell.period.preliminary ? u"KOSIS: %1; 잠정치 (preliminary)"_s.arg(table.items[cell.item])
                                          : u"KOSIS: %1"_s.arg(table.items[cell.item]))
                     .toUtf8();
        o.line = cell.line;
        o.column = cell.column;
        s.addObservation(std::move(o));
        if (s.tooManyProblems())
            break;
        if ((++done & 0x3FFF) == 0)
            s.reportProgress(double(done) / double(table.cells.size()));
    }
    s.flushObservations();
    s.reportProgress(1.0);
    return usedMaps;
}

} // namespace air
