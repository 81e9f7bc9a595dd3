#include "export/tableexporter.h"

#include "database/sql.h"
#include "import/formats.h"
#include "io/csvwriter.h"

#include <QLocale>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace air {
namespace {

struct TableQuery {
    QString select;    // columns in the format's order, aliased to the format's names
    QString from;
    QString orderBy;
    bool filterable;   // observations only
};

TableQuery queryFor(TableFormat::Kind kind)
{
    using K = TableFormat::Kind;
    switch (kind) {
    case K::Regions:
        return { u"code, name_ko, name_en, level, COALESCE(parent, ''), short_ko, capital_region"_s, u"regions"_s,
            u"level, code"_s, false };
    case K::RegionAliases:
        return { u"alias, region, kind"_s, u"region_aliases"_s, u"region, kind, alias"_s, false };
    case K::RegionGroups:
        return { u"g.id, g.name_ko, g.name_en, m.region"_s,
            u"region_groups g JOIN region_group_members m ON m.group_id = g.id"_s, u"g.id, m.region"_s, false };
    case K::Sources:
        return { u"id, publisher, title, url, published, retrieved, licence, table_title, table_id, note, COALESCE(title_en, '')"_s, u"sources"_s,
            u"id"_s, false };
    case K::Indicators:
        return { u"id, pillar, COALESCE(sector, ''), name_ko, name_en, unit, direction, group_rule, "
                 "COALESCE(denominator, ''), scale, ratio_unit, definition, goal_low, goal_high, min_value, "
                 "COALESCE(kind, ''), COALESCE(values_from, ''), as_of"_s,
            u"indicators"_s, u"CASE pillar WHEN 'context' THEN 0 ELSE 1 END, pillar, id"_s, false };
    case K::Observations:
        return { u"region, indicator, year, value, status, source, note"_s, u"observation_rows"_s,
            u"indicator, region, year"_s, true };
    case K::Plans:
        return { u"i.plan, i.item, COALESCE(i.pillar, ''), COALESCE(i.sector, ''), i.title_ko, i.title_en, "
                 "i.target_value, i.target_unit, i.target_year, i.budget_krw, i.status, i.source, i.note, "
                 "p.name_ko, p.name_en, COALESCE(p.region, ''), p.period, i.note_ko, i.target_unit_ko"_s,
            u"plan_items i JOIN plans p ON p.id = i.plan"_s, u"i.plan, i.item"_s, false };
    case K::Weights:
        return { u"w.weight_set, w.target_kind, w.target, w.weight, s.description"_s,
            u"weights w JOIN weight_sets s ON s.name = w.weight_set"_s, u"w.weight_set, w.target_kind, w.target"_s,
            false };
    case K::Facts:
        return { u"id, pillar, COALESCE(sector, ''), scope, text_ko, text_en, value, unit, as_of, source, note"_s,
            u"facts"_s, u"pillar, id"_s, false };
    }
    return {};
}

} // namespace

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Result<QByteArray> exportTable(QSqlDatabase &db, const QString &table, const ExportFilter &filter, bool excel)
{
    const auto format = tableFormatByName(table);
    if (!format) {
        QStringList names;
        for (const TableFormat &f : tableFormats())
            names << f.name;
        return Problem { {}, 0, 0, u"unknown table '%1'; one of: %2"_s.arg(table, names.join(u", "_s)) };
    }
    const TableQuery tq = queryFor(format->kind);
    QStringList where;
    QVariantList values;
    if (tq.filterable) {
        if (!filter.indicator.isEmpty()) {
            where << u"indicator = ?"_s;
            values << filter.indicator;
        }
        if (!filter.region.isEmpty()) {
            where << u"region = ?"_s;
            values << filter.region;
        }
        if (filter.year > 0) {
            where << u"year = ?"_s;
            values << filter.year;
        }
    } else if (!filter.indicator.isEmpty() || !filter.region.isEmpty() || filter.year > 0) {
        return Problem { {}, 0, 0, u"--indicator, --region and --year apply to the observations table only"_s };
    }
    QString statement = u"SELECT %1 FROM %2"_s.arg(tq.select, tq.from);
    if (!where.isEmpty())
        statement += u" WHERE "_s + where.join(u" AND "_s);
    statement += u" ORDER BY "_s + tq.orderBy;
    Result<QSqlQuery> q = sql::run(db, statement, values);
    if (!q)
        return q.problems();

    CsvWriter writer(excel);
    writer.writeRow(format->columns());
    const int columns = int(format->columns().size());
    QStringList fields;
    while (q->next()) {
        fields.clear();
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q->value(c);
            if (v.isNull())
                fields << QString();
            else if (v.typeId() == QMetaType::Double)
                fields << formatNumber(v.toDouble());
            else
                fields << v.toString();
        }
        writer.writeRow(fields);
    }
    return writer.data();
}

} // namespace air
