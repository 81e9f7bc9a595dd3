#include "import/formats.h"
#include "import/importtext.h"

using namespace Qt::StringLiterals;

namespace air {

const QList<TableFormat> &tableFormats()
{
    using K = TableFormat::Kind;
    static const QList<TableFormat> formats = {
        { K::Regions, u"regions"_s, { u"code"_s, u"name_ko"_s, u"name_en"_s, u"level"_s, u"parent"_s },
            { u"short_ko"_s, u"capital_region"_s } },
        { K::RegionAliases, u"region_aliases"_s, { u"alias"_s, u"region"_s, u"kind"_s }, {} },
        { K::RegionGroups, u"region_groups"_s, { u"group"_s, u"name_ko"_s, u"name_en"_s, u"member"_s }, {} },
        { K::Sources, u"sources"_s,
            { u"id"_s, u"publisher"_s, u"title"_s, u"url"_s, u"published"_s, u"retrieved"_s, u"licence"_s },
            { u"table_title"_s, u"table_id"_s, u"note"_s, u"title_en"_s } },
        { K::Indicators, u"indicators"_s,
            { u"id"_s, u"pillar"_s, u"sector"_s, u"name_ko"_s, u"name_en"_s, u"unit"_s, u"direction"_s,
                u"group_rule"_s, u"denominator"_s },
            { u"scale"_s, u"ratio_unit"_s, u"definition"_s, u"goal_low"_s, u"goal_high"_s, u"min_value"_s, u"kind"_s,
                u"values_from"_s, u"as_of"_s, u"kosis_table"_s, u"kosis_item"_s } },
        { K::Observations, u"observations"_s, { u"region"_s, u"indicator"_s, u"year"_s, u"value"_s },
            { u"status"_s, u"source"_s, u"note"_s } },
        { K::Plans, u"plans"_s,
            { u"plan"_s, u"item"_s, u"pillar"_s, u"sector"_s, u"title_ko"_s, u"title_en"_s, u"target_value"_s,
                u"target_unit"_s, u"target_year"_s, u"budget_krw"_s, u"status"_s, u"source"_s },
            { u"note"_s, u"plan_name_ko"_s, u"plan_name_en"_s, u"plan_region"_s, u"plan_period"_s, u"note_ko"_s,
                u"target_unit_ko"_s, u"indicator"_s, u"indicator_target"_s } },
        { K::Weights, u"weights"_s, { u"weight_set"_s, u"target_kind"_s, u"target"_s, u"weight"_s },
            { u"description"_s } },
        { K::Facts, u"facts"_s,
            { u"id"_s, u"pillar"_s, u"sector"_s, u"scope"_s, u"text_ko"_s, u"text_en"_s, u"value"_s, u"unit"_s,
                u"as_of"_s, u"source"_s },
            { u"note"_s } },
    };
    return formats;
}

std::optional<TableFormat> detectTableFormat(const QStringList &header)
{
    QStringList normalised;
    for (const QString &h : header)
        normalised << h.trimmed().toLower();
    for (const TableFormat &f : tableFormats()) {
        if (normalised.size() >= f.required.size() && normalised.mid(0, f.required.size()) == f.required)
            return f;
    }
    return std::nullopt;
}

std::optional<TableFormat> tableFormatByName(const QString &name)
{
    for (const TableFormat &f : tableFormats()) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}

CsvParser TableSource::parser() const
{
    if (sheet)
        return CsvParser(&sheet->rows, fileName);
    return CsvParser(text, fileName);
}

Result<TableSource> openTableSource(const QString &fileName, const QByteArray &bytes, const QString &sheet)
{
    TableSource source;
    source.fileName = fileName;
    if (looksLikeZip(bytes)) {
        Result<XlsxSheet> read = readXlsxSheet(bytes, fileName, sheet);
        if (!read)
            return read.problems();
        source.encoding = ImportText::tr("Excel, sheet %1").arg(read->name);
        source.sheet = std::move(*read);
        return source;
    }
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".xlsx"_s) || lower.endsWith(u".xlsm"_s))
        return Problem { fileName, 0, 0,
            ImportText::tr("the file is named like an Excel workbook but is none (an .xlsx workbook is a ZIP archive; "
                           "this file is not one)") };
    Result<DecodedText> decoded = decodeText(bytes, fileName);
    if (!decoded)
        return decoded.problems();
    source.encoding = encodingName(decoded->encoding);
    source.text = std::move(decoded->text);
    return source;
}

const QStringList &pillarNames()
{
    static const QStringList names = { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"sector"_s, u"governance"_s };
    return names;
}

const QStringList &indicatorPillarNames()
{
    static const QStringList names = pillarNames() + QStringList { u"context"_s, u"benchmark"_s };
    return names;
}

const QStringList &indicatorKindNames()
{
    static const QStringList names = { u"mass"_s, u"intensity"_s };
    return names;
}

const QStringList &sectorNames()
{
    static const QStringList names = { u"agriculture"_s, u"marine"_s, u"energy"_s, u"medical"_s };
    return names;
}

const QStringList &planStatusNames()
{
    static const QStringList names = { u"proposed"_s, u"announced"_s, u"planned"_s, u"under_way"_s,
        u"selected"_s, u"completed"_s, u"enacted"_s, u"in_force"_s };
    return names;
}

} // namespace air
