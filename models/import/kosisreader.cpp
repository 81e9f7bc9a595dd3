#include "import/kosisreader.h"
#include "import/importtext.h"

#include "io/csvparser.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace air {
namespace {

struct Record {
    QStringList fields;
    QList<int> columns;
    qint64 line = 0;
};

bool isRegionColumn(const QString &name)
{
    return name.startsWith(u"행정구역"_s) || name.startsWith(u"시도별"_s) || name.startsWith(u"지역별"_s)
        || name.startsWith(u"시군구별"_s) || name == u"지역"_s || name == u"시도"_s;
}

QString stripApostrophe(QString s)
{
    s = s.trimmed();
    if (s.startsWith(u'\''))
        s.remove(0, 1);
    return s;
}

Result<QList<Record>> readRecords(CsvParser &parser)
{
    QList<Record> records;
    while (parser.next()) {
        Record r;
        r.line = parser.line();
        for (qsizetype i = 0; i < parser.size(); ++i) {
            r.fields << parser.field(i).toString();
            r.columns << int(i) + 1; // the spreadsheet column (1 = A), as for the own formats
        }
        // A row may end in an empty field (KOSIS.md): drop trailing empties after the first.
        while (r.fields.size() > 1 && r.fields.last().isEmpty()) {
            r.fields.removeLast();
            r.columns.removeLast();
        }
        records.append(std::move(r));
    }
    if (parser.problem())
        return *parser.problem();
    return records;
}

Result<KosisTable> readWide(const QList<Record> &records, const QString &fileName)
{
    KosisTable table;
    table.title = kosisTitleFromFileName(fileName);
    const Record &periodRow = records.first();

    qsizetype k = 0;
    while (k < periodRow.fields.size() && !parseKosisPeriod(periodRow.fields[k]))
        ++k;
    if (k == 0)
        return Problem { fileName, periodRow.line, periodRow.columns.value(0),
            ImportText::tr("the first column should name the region classification (행정구역별), not a period") };
    if (k == periodRow.fields.size())
        return Problem { fileName, periodRow.line, 1,
            ImportText::tr("no period columns (years) found in the first row of this KOSIS table") };
    for (qsizetype c = k; c < periodRow.fields.size(); ++c) {
        if (!parseKosisPeriod(periodRow.fields[c]))
            return Problem { fileName, periodRow.line, periodRow.columns[c],
                ImportText::tr("'%1' is not a period: after the classification columns the first row must hold periods").arg(
                    periodRow.fields[c]) };
    }

    const bool hasItemRow = records.size() > 1 && records[1].fields.mid(0, k) == periodRow.fields.mid(0, k);
    QStringList periodTexts = periodRow.fields.mid(k);
    QList<int> itemOfColumn;
    if (hasItemRow) {
        const Record &itemRow = records[1];
        if (itemRow.fields.size() != periodRow.fields.size())
            // Where the shorter row ends: the first column that one row has and the other lacks.
            return Problem { fileName, itemRow.line, int(qMin(itemRow.fields.size(), periodRow.fields.size())) + 1,
                ImportText::tr("the item row has %1 columns but the period row above it has %2: the two header rows disagree")
                    .arg(itemRow.fields.size())
                    .arg(periodRow.fields.size()) };
        table.layout = KosisTable::Layout::WideTwoRows;
        QHash<QString, int> itemIndex; // not items.indexOf: quadratic in the item columns
        for (qsizetype c = k; c < itemRow.fields.size(); ++c) {
            const QString item = cleanKosisItemName(itemRow.fields[c]);
            auto it = itemIndex.constFind(item);
            if (it == itemIndex.cend()) {
                table.items << item;
                it = itemIndex.insert(item, int(table.items.size() - 1));
            }
            itemOfColumn << *it;
        }
    } else {
        // One header row: several columns for the same period means the item row is missing.
        QSet<QString> seen;
        for (const QString &p : periodTexts) {
            if (seen.contains(p))
                return Problem { fileName, records.size() > 1 ? records[1].line : periodRow.line, 1,
                    ImportText::tr("the second header row (item names) is missing: period %1 appears in more than one column").arg(p) };
            seen.insert(p);
        }
        table.layout = KosisTable::Layout::WideOneRow;
        table.items << table.title;
        itemOfColumn.fill(0, periodTexts.size());
    }

    const QStringList classNames = periodRow.fields.mid(0, k);
    int regionColumn = 0;
    for (int c = 0; c < classNames.size(); ++c) {
        if (isRegionColumn(classNames[c])) {
            regionColumn = c;
            break;
        }
    }
    table.regionColumn = classNames[regionColumn];
    for (int c = 0; c < classNames.size(); ++c) {
        if (c != regionColumn)
            table.classificationNames << classNames[c];
    }

    for (qsizetype r = hasItemRow ? 2 : 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        if (rec.fields.size() != periodRow.fields.size())
            return Problem { fileName, rec.line, rec.columns.value(rec.fields.size() - 1),
                ImportText::tr("this row has %1 columns but the header has %2").arg(rec.fields.size()).arg(periodRow.fields.size()) };
        KosisRow row;
        row.line = rec.line;
        row.regionLabel = rec.fields[regionColumn];
        row.column = rec.columns.value(regionColumn, regionColumn + 1);
        for (int c = 0; c < classNames.size(); ++c) {
            if (c != regionColumn)
                row.classes << rec.fields[c].trimmed();
        }
        table.rows << row;
        for (qsizetype c = k; c < rec.fields.size(); ++c) {
            KosisCell cell;
            cell.row = int(table.rows.size() - 1);
            cell.item = itemOfColumn[c - k];
            cell.period = *parseKosisPeriod(periodRow.fields[c]);
            cell.value = rec.fields[c];
            cell.line = rec.line;
            cell.column = rec.columns[c];
            table.cells << cell;
        }
    }
    return table;
}

Result<KosisTable> readLong(const QList<Record> &records, qsizetype headerIndex, const QString &fileName)
{
    KosisTable table;
    table.layout = KosisTable::Layout::Long;
    table.title = headerIndex > 0 ? records.first().fields.value(0).trimmed() : kosisTitleFromFileName(fileName);
    const Record &header = records[headerIndex];
    const QStringList &names = header.fields;

    int periodColumn = int(names.indexOf(u"시점"_s));
    int regionLabel = -1;
    int regionCode = -1;
    QList<int> classColumns;
    for (int c = 0; c < periodColumn; ++c) {
        const QString &name = names[c];
        const bool isCode = name.startsWith(u'C') && c + 1 < names.size() && names[c + 1] == name.mid(1);
        if (isCode) {
            if (isRegionColumn(name.mid(1)))
                regionCode = c;
            continue;
        }
        if (regionLabel < 0 && isRegionColumn(name)) {
            regionLabel = c;
            table.regionColumn = name;
        } else if (!(name.startsWith(u'C') && names.indexOf(name.mid(1)) >= 0)) {
            classColumns << c;
            table.classificationNames << name;
        }
    }
    if (regionLabel < 0 && regionCode < 0)
        return Problem { fileName, header.line, 1, ImportText::tr("no region column (행정구역별) in this KOSIS table") };
    if (regionLabel < 0)
        table.regionColumn = names[regionCode].mid(1);
    for (int c = periodColumn + 1; c < names.size(); ++c)
        table.items << cleanKosisItemName(names[c]);
    if (table.items.isEmpty())
        return Problem { fileName, header.line, header.columns.value(periodColumn),
            ImportText::tr("no item columns after the period column (시점)") };

    for (qsizetype r = headerIndex + 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        if (rec.fields.size() > names.size() || rec.fields.size() <= periodColumn)
            return Problem { fileName, rec.line, rec.columns.value(rec.fields.size() - 1),
                ImportText::tr("this row has %1 columns but the header has %2").arg(rec.fields.size()).arg(names.size()) };
        KosisRow row;
        row.line = rec.line;
        row.regionLabel = regionLabel >= 0 ? rec.fields[regionLabel] : QString();
        row.regionCode = regionCode >= 0 ? stripApostrophe(rec.fields[regionCode]) : QString();
        const int labelColumn = regionLabel >= 0 ? regionLabel : regionCode;
        row.column = rec.columns.value(labelColumn, labelColumn + 1);
        for (int c : classColumns)
            row.classes << rec.fields[c].trimmed();
        const auto period = parseKosisPeriod(rec.fields[periodColumn]);
        if (!period)
            return Problem { fileName, rec.line, rec.columns[periodColumn],
                ImportText::tr("'%1' is not a period (시점)").arg(rec.fields[periodColumn]) };
        table.rows << row;
        for (int c = periodColumn + 1; c < rec.fields.size(); ++c) {
            KosisCell cell;
            cell.row = int(table.rows.size() - 1);
            cell.item = c - periodColumn - 1;
            cell.period = *period;
            cell.value = rec.fields[c];
            cell.line = rec.line;
            cell.column = rec.columns[c];
            table.cells << cell;
        }
    }
    return table;
}

} // namespace

std::optional<KosisPeriod> parseKosisPeriod(QStringView text)
{
    static const QRegularExpression pattern(
        uR"(^\s*(\d{4})(?:\s*[.\-/]\s*(\d{1,2})|\s+(\d)/4)?\s*(p\)|\(p\)|p)?\s*$)"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    KosisPeriod p;
    p.year = m.captured(1).toInt();
    if (m.hasCaptured(2))
        p.subPeriod = m.captured(2).toInt();
    else if (m.hasCaptured(3))
        p.subPeriod = m.captured(3).toInt();
    p.preliminary = m.hasCaptured(4);
    if (p.year < 1900 || p.year > 2100)
        return std::nullopt;
    return p;
}

QString cleanKosisItemName(QStringView name)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString s = name.toString();
    s.remove(tags);
    return s.simplified();
}

bool looksLikeKosis(const QStringList &firstRecord)
{
    if (firstRecord.isEmpty())
        return false;
    if (firstRecord.size() == 1)
        return true; // the title line of the long layout
    const QString first = firstRecord.first().trimmed();
    if (isRegionColumn(first) || first.startsWith(u"C행정구역"_s) || first.endsWith(u"별"_s)
        || first.contains(u"별("_s))
        return true;
    return false;
}

QString kosisTitleFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName();
    static const QRegularExpression stamp(u"_+\\d{14}$"_s);
    base.remove(stamp);
    base.replace(u'_', u' ');
    return base.simplified();
}

QMap<QString, QStringList> KosisTable::classificationValues() const
{
    QMap<QString, QStringList> values;
    std::vector<QSet<QString>> seen(size_t(classificationNames.size())); // hash lookups, not list scans
    for (const KosisRow &row : rows) {
        for (int c = 0; c < classificationNames.size(); ++c) {
            const QString value = row.classes.value(c);
            if (seen[size_t(c)].contains(value))
                continue;
            seen[size_t(c)].insert(value);
            values[classificationNames[c]] << value;
        }
    }
    return values;
}

Result<KosisTable> readKosisTable(QStringView text, const QString &fileName)
{
    CsvParser parser(text, fileName);
    return readKosisTable(parser, fileName);
}

Result<KosisTable> readKosisTable(CsvParser &parser, const QString &fileName)
{
    Result<QList<Record>> records = readRecords(parser);
    if (!records)
        return records.problems();
    if (records->isEmpty())
        return Problem { fileName, 0, 0, ImportText::tr("the file is empty") };

    // The long layout: a title line (one field), then a header that has a 시점 column.
    for (qsizetype i = 0; i < qMin<qsizetype>(records->size(), 3); ++i) {
        if ((*records)[i].fields.contains(u"시점"_s))
            return readLong(*records, i, fileName);
    }
    if (records->first().fields.size() == 1)
        return Problem { fileName, records->first().line, 1,
            ImportText::tr("this looks like a KOSIS list export (a title line) but no header with a 시점 column follows") };
    if (records->size() < 2)
        return Problem { fileName, records->first().line, 1, ImportText::tr("a header only: the KOSIS table has no data rows") };
    return readWide(*records, fileName);
}

} // namespace air
