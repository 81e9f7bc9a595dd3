#include "io/xlsxreader.h"
#include "import/importtext.h"

#include "io/xlsxcells.h"
#include "io/ziparchive.h"

#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace air {
namespace {

using namespace xlsx;

constexpr int maxCellProblems = 50;

const QString relationshipsNs = u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s;

class WorkbookReader final {
public:
    WorkbookReader(const QByteArray &bytes, const QString &fileName, const XlsxLimits &limits)
        : m_bytes(bytes)
        , m_file(fileName)
        , m_limits(limits)
    {
    }

    Result<XlsxSheet> read(const QString &sheetName);

private:
    struct SheetEntry {
        QString name;
        QString relationship;
    };
    struct Relationship {
        QString type;
        QString target; // a part name inside the ZIP
    };
    struct Merge {
        qint64 top, bottom;
        int left, right;
    };

    Problem fileProblem(const QString &reason) const { return Problem { m_file, 0, 0, reason }; }
    Problem partProblem(const QString &part, const QString &reason) const
    {
        return fileProblem(ImportText::tr("%1 (part %2 of the workbook)").arg(reason, part));
    }
    Problem cellProblem(qint64 row, int column, const QString &reason) const
    {
        return Problem { m_file, row, column, reason, ErrorKind::Invalid, m_sheet.name };
    }

    Result<QByteArray> part(const QString &name, qint64 limit, bool *present = nullptr)
    {
        return m_zip->part(name, limit, present);
    }
    // The next token, or false at the end of the part or on an error (set in *error).
    bool next(QXmlStreamReader &xml, const QString &part, std::optional<Problem> *error) const;
    Problem xmlProblem(const QXmlStreamReader &xml, const QString &part) const;
    QString richText(QXmlStreamReader &xml, const QString &part, std::optional<Problem> *error) const;

    Status readWorkbook();
    Status readRelationships();
    Status readSharedStrings(const QString &path);
    Status readStyles(const QString &path);
    Status readSheet(const QString &path);
    Status applyMerges(const QList<Merge> &merges, qint64 lastRow, int lastColumn);
    Status padToHeader();
    std::optional<QString> cellText(qint64 row, int column, const QString &type, int style, const QString &value,
        const QString &inlineText, bool hasFormula, const QString &formula);

    const QByteArray &m_bytes;
    QString m_file;
    XlsxLimits m_limits;
    std::unique_ptr<ZipArchive> m_zip;
    QList<SheetEntry> m_sheets;
    QHash<QString, Relationship> m_relationships;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // by the cell's style index (cellXfs)
    XlsxSheet m_sheet;
    qint64 m_cells = 0;
    QList<Problem> m_cellProblems;
};

bool WorkbookReader::next(QXmlStreamReader &xml, const QString &part, std::optional<Problem> *error) const
{
    if (xml.atEnd())
        return false;
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        // A workbook never has one; a DTD's entities could expand a few bytes into gigabytes.
        *error = partProblem(part, ImportText::tr("the workbook holds a document type declaration (DTD), which a workbook never has: refused"));
        return false;
    }
    if (token == QXmlStreamReader::Invalid) {
        *error = xmlProblem(xml, part);
        return false;
    }
    return true;
}

Problem WorkbookReader::xmlProblem(const QXmlStreamReader &xml, const QString &part) const
{
    return partProblem(part, ImportText::tr("the workbook is damaged: broken XML at line %1 (%2)")
                                 .arg(xml.lineNumber())
                                 .arg(xml.errorString()));
}

// The text of a shared string or inline string (<si>, <is>): its runs, without the phonetic
// guides (<rPh>) that Japanese workbooks add.
QString WorkbookReader::richText(QXmlStreamReader &xml, const QString &part, std::optional<Problem> *error) const
{
    QString text;
    int depth = 1;
    while (depth > 0 && next(xml, part, error)) {
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh" || xml.name() == u"phoneticPr") {
                xml.skipCurrentElement();
            } else if (xml.name() == u"t") {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (xml.hasError()) {
                    *error = xmlProblem(xml, part);
                    return text;
                }
            } else {
                ++depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

Status WorkbookReader::readWorkbook()
{
    const QString path = u"xl/workbook.xml"_s;
    Result<QByteArray> bytes = part(path, m_limits.maxOtherPartBytes);
    if (!bytes)
        return bytes.problems();
    QXmlStreamReader xml(*bytes);
    std::optional<Problem> error;
    while (next(xml, path, &error)) {
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView v = attributes.value(u"date1904"_s);
            m_date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            QString relationship = attributes.value(relationshipsNs, u"id"_s).toString();
            if (relationship.isEmpty())
                relationship = attributes.value(u"r:id"_s).toString();
            m_sheets.append({ attributes.value(u"name"_s).toString(), relationship });
            if (m_sheets.size() > m_limits.maxEntries)
                return fileProblem(ImportText::tr("the workbook names more sheets than it could hold: it is damaged"));
        }
    }
    if (error)
        return *error;
    if (m_sheets.isEmpty())
        return fileProblem(ImportText::tr("the workbook has no sheet"));
    return Ok {};
}

Status WorkbookReader::readRelationships()
{
    const QString path = u"xl/_rels/workbook.xml.rels"_s;
    bool present = false;
    Result<QByteArray> bytes = part(path, m_limits.maxOtherPartBytes, &present);
    if (!bytes)
        return bytes.problems();
    if (!present)
        return fileProblem(ImportText::tr("this is not an Excel workbook: its part %1 is missing").arg(path));
    QXmlStreamReader xml(*bytes);
    std::optional<Problem> error;
    while (next(xml, path, &error)) {
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(u"TargetMode"_s) == u"External")
            continue;
        QString target = attributes.value(u"Target"_s).toString();
        if (target.startsWith(u'/'))
            target.remove(0, 1);
        else
            target.prepend(u"xl/"_s);
        // "xl/../x" and "./": part names are kept as a ZIP names them.
        QStringList parts;
        for (const QString &p : target.split(u'/')) {
            if (p == u".."_s && !parts.isEmpty())
                parts.removeLast();
            else if (p != u"."_s && !p.isEmpty())
                parts << p;
        }
        m_relationships.insert(attributes.value(u"Id"_s).toString(),
            { attributes.value(u"Type"_s).toString(), parts.join(u'/') });
        if (m_relationships.size() > m_limits.maxEntries)
            return fileProblem(ImportText::tr("the workbook names more parts than it could hold: it is damaged"));
    }
    if (error)
        return *error;
    return Ok {};
}

Status WorkbookReader::readSharedStrings(const QString &path)
{
    bool present = false;
    Result<QByteArray> bytes = part(path, m_limits.maxSharedStringBytes, &present);
    if (!bytes)
        return bytes.problems();
    if (!present)
        return Ok {}; // a workbook without text, or with inline strings only
    QXmlStreamReader xml(*bytes);
    std::optional<Problem> error;
    while (next(xml, path, &error)) {
        if (!xml.isStartElement() || xml.name() != u"si")
            continue;
        if (m_sharedStrings.size() >= m_limits.maxSharedStrings)
            return partProblem(path, ImportText::tr("the workbook holds more than %1 different texts, more than this program reads")
                                         .arg(m_limits.maxSharedStrings));
        // The count the table declares (uniqueCount) is not trusted for the allocation.
        m_sharedStrings << unescapeText(richText(xml, path, &error));
        if (error)
            break;
    }
    if (error)
        return *error;
    return Ok {};
}

Status WorkbookReader::readStyles(const QString &path)
{
    bool present = false;
    Result<QByteArray> bytes = part(path, m_limits.maxOtherPartBytes, &present);
    if (!bytes)
        return bytes.problems();
    if (!present)
        return Ok {};
    QHash<int, bool> customIsDate;
    QList<int> formats; // cellXfs, in order
    bool inCellXfs = false;
    QXmlStreamReader xml(*bytes);
    std::optional<Problem> error;
    while (next(xml, path, &error)) {
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"numFmt")
            customIsDate.insert(attributes.value(u"numFmtId"_s).toInt(), isDateFormatCode(attributes.value(u"formatCode"_s)));
        else if (xml.name() == u"cellXfs")
            inCellXfs = true;
        else if (inCellXfs && xml.name() == u"xf")
            formats << attributes.value(u"numFmtId"_s).toInt();
        if (formats.size() > (1 << 16))
            return partProblem(path, ImportText::tr("the workbook holds more cell styles than Excel allows: it is damaged"));
    }
    if (error)
        return *error;
    for (int id : std::as_const(formats))
        m_dateStyles << (customIsDate.contains(id) ? customIsDate.value(id) : isBuiltInDateFormat(id));
    return Ok {};
}

std::optional<QString> WorkbookReader::cellText(qint64 row, int column, const QString &type, int style,
    const QString &value, const QString &inlineText, bool hasFormula, const QString &formula)
{
    const auto refuse = [&](const QString &reason) -> std::optional<QString> {
        if (m_cellProblems.size() < maxCellProblems)
            m_cellProblems << cellProblem(row, column, reason);
        return std::nullopt;
    };
    if (hasFormula)
        return refuse(formula.isEmpty()
                ? ImportText::tr("the cell holds a formula: import reads figures, not formulas. Copy the sheet and paste it as values, then import again")
                : ImportText::tr("the cell holds a formula (=%1): import reads figures, not formulas. Copy the sheet and paste it as values, then import again")
                      .arg(formula.left(80)));
    if (value.isEmpty() && type != u"inlineStr")
        return QString();
    if (type == u"s") {
        bool ok = false;
        const qint64 index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return refuse(ImportText::tr("the cell refers to shared text %1, but the workbook holds %2 (it is damaged)")
                              .arg(value.left(20))
                              .arg(m_sharedStrings.size()));
        return m_sharedStrings[qsizetype(index)];
    }
    if (type == u"inlineStr")
        return unescapeText(inlineText);
    if (type == u"str")
        return unescapeText(value);
    if (type == u"b") {
        if (value == u"1")
            return u"TRUE"_s;
        if (value == u"0")
            return u"FALSE"_s;
        return refuse(ImportText::tr("the cell is a true/false cell holding '%1' (it is damaged)").arg(value.left(20)));
    }
    if (type == u"e")
        return refuse(ImportText::tr("the cell holds the spreadsheet error %1, not a figure").arg(value.left(20)));
    if (type == u"d")
        return isoDateCell(value.trimmed());
    if (!type.isEmpty() && type != u"n")
        return refuse(ImportText::tr("the cell has a type this program does not know ('%1')").arg(type.left(20)));
    if (style >= 0 && style < m_dateStyles.size() && m_dateStyles[style] && !value.isEmpty()) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        const std::optional<QString> date = ok ? serialToText(serial, m_date1904) : std::nullopt;
        if (!date)
            return refuse(ImportText::tr("the cell is formatted as a date but holds '%1', which is no date").arg(value.left(20)));
        return date;
    }
    return value; // a number as the workbook stores it
}

Status WorkbookReader::readSheet(const QString &path)
{
    Result<QByteArray> bytes = part(path, m_limits.maxSheetBytes);
    if (!bytes)
        return bytes.problems();
    QXmlStreamReader xml(*bytes);
    std::optional<Problem> error;
    QList<Merge> merges;
    qint64 rowNumber = 0;
    qint64 lastRow = 0;
    int lastColumn = 0;
    int columnInRow = 0;
    QStringList fields;
    bool inRow = false;
    while (next(xml, path, &error)) {
        if (xml.isEndElement() && xml.name() == u"row") {
            while (!fields.isEmpty() && fields.last().isEmpty())
                fields.removeLast();
            if (!fields.isEmpty()) {
                lastRow = rowNumber;
                m_sheet.rows.append({ rowNumber, fields });
            }
            fields.clear();
            inRow = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"row") {
            qint64 number = rowNumber + 1;
            if (attributes.hasAttribute(u"r"_s)) {
                bool ok = false;
                number = attributes.value(u"r"_s).toLongLong(&ok);
                if (!ok)
                    number = 0;
            }
            if (number <= rowNumber || number > maxRows)
                return cellProblem(number > 0 && number <= maxRows ? number : 0, 0,
                    ImportText::tr("the workbook is damaged: row %1 is out of order or out of range")
                        .arg(attributes.value(u"r"_s).left(20)));
            rowNumber = number;
            columnInRow = 0;
            inRow = true;
        } else if (xml.name() == u"c" && inRow) {
            int column = columnInRow + 1;
            if (attributes.hasAttribute(u"r"_s)) {
                qint64 cellRow = 0;
                if (!parseCellName(attributes.value(u"r"_s), &cellRow, &column) || cellRow != rowNumber)
                    return cellProblem(rowNumber, 0, ImportText::tr("the workbook is damaged: cell '%1' is not in row %2")
                                                         .arg(attributes.value(u"r"_s).left(20))
                                                         .arg(rowNumber));
            }
            if (column <= columnInRow || column > maxColumns)
                return cellProblem(rowNumber, column <= maxColumns ? column : 0,
                    ImportText::tr("the workbook is damaged: the cells of row %1 are out of order").arg(rowNumber));
            columnInRow = column;
            const QString type = attributes.value(u"t"_s).toString();
            const int style = attributes.hasAttribute(u"s"_s) ? attributes.value(u"s"_s).toInt() : -1;
            QString value, inlineText, formula;
            bool hasFormula = false;
            int depth = 1;
            while (depth > 0 && next(xml, path, &error)) {
                if (xml.isEndElement()) {
                    --depth;
                } else if (xml.isStartElement()) {
                    if (xml.name() == u"v") {
                        value = xml.readElementText();
                    } else if (xml.name() == u"f") {
                        hasFormula = true;
                        formula = xml.readElementText();
                    } else if (xml.name() == u"is") {
                        inlineText = richText(xml, path, &error);
                    } else {
                        xml.skipCurrentElement();
                    }
                    if (xml.hasError() && !error)
                        error = xmlProblem(xml, path);
                }
            }
            if (error)
                break;
            const std::optional<QString> text = cellText(rowNumber, column, type, style, value, inlineText, hasFormula, formula);
            if (text && !text->isEmpty()) {
                m_cells += column - fields.size();
                if (m_cells > m_limits.maxCells)
                    return cellProblem(rowNumber, column, ImportText::tr("the sheet has more than %1 cells, more than this program reads: split it into smaller files")
                                                              .arg(m_limits.maxCells));
                while (fields.size() < column)
                    fields << QString();
                fields[column - 1] = *text;
                lastColumn = qMax(lastColumn, column);
            }
        } else if (xml.name() == u"mergeCell") {
            const QStringView ref = attributes.value(u"ref"_s);
            const qsizetype colon = ref.indexOf(u':');
            Merge m {};
            if (colon < 0 || !parseCellName(ref.left(colon), &m.top, &m.left) || !parseCellName(ref.mid(colon + 1), &m.bottom, &m.right)
                || m.top == 0 || m.bottom < m.top || m.right < m.left)
                return cellProblem(0, 0, ImportText::tr("the workbook is damaged: merged range '%1' is not a range").arg(ref.left(40)));
            merges << m;
            if (merges.size() > m_limits.maxCells)
                return cellProblem(0, 0, ImportText::tr("the workbook is damaged: too many merged ranges"));
        }
    }
    if (error)
        return *error;
    if (!m_cellProblems.isEmpty())
        return m_cellProblems;
    if (Status s = applyMerges(merges, lastRow, lastColumn); !s)
        return s;
    return padToHeader();
}

// A merged range stands for each of its cells: the value of its top left cell fills the others
// (where the sheet holds values at all: a range over empty rows and columns adds nothing).
Status WorkbookReader::applyMerges(const QList<Merge> &merges, qint64 lastRow, int lastColumn)
{
    for (const Merge &m : merges) {
        const auto byRow = [](const SplitRecord &r, qint64 n) { return r.line < n; };
        auto top = std::lower_bound(m_sheet.rows.begin(), m_sheet.rows.end(), m.top, byRow);
        if (top == m_sheet.rows.end() || top->line != m.top || top->fields.size() < m.left || top->fields[m.left - 1].isEmpty())
            continue;
        const QString value = top->fields[m.left - 1];
        const qint64 bottom = qMin(m.bottom, lastRow);
        const int right = qMin(m.right, lastColumn);
        if (qint64(right - m.left + 1) * (bottom - m.top + 1) > m_limits.maxCells - m_cells)
            return cellProblem(m.top, m.left, ImportText::tr("the sheet has more than %1 cells, more than this program reads: split it into smaller files")
                                                  .arg(m_limits.maxCells));
        for (qint64 r = m.top; r <= bottom; ++r) {
            auto it = std::lower_bound(m_sheet.rows.begin(), m_sheet.rows.end(), r, byRow);
            if (it == m_sheet.rows.end() || it->line != r)
                it = m_sheet.rows.insert(it, SplitRecord { r, {} });
            QStringList &fields = it->fields;
            m_cells += qMax<qsizetype>(0, right - fields.size());
            while (fields.size() < right)
                fields << QString();
            for (int c = m.left; c <= right; ++c) {
                if (fields[c - 1].isEmpty())
                    fields[c - 1] = value;
            }
        }
    }
    return Ok {};
}

// Every row as wide as the header at least: an empty cell at the end of a row is an empty field,
// as in a CSV file that a spreadsheet saved.
Status WorkbookReader::padToHeader()
{
    if (m_sheet.rows.isEmpty())
        return Ok {};
    const qsizetype width = m_sheet.rows.first().fields.size();
    for (SplitRecord &row : m_sheet.rows) {
        if (row.fields.size() >= width)
            continue;
        m_cells += width - row.fields.size();
        if (m_cells > m_limits.maxCells)
            return cellProblem(row.line, 0, ImportText::tr("the sheet has more than %1 cells, more than this program reads: split it into smaller files")
                                                .arg(m_limits.maxCells));
        while (row.fields.size() < width)
            row.fields << QString();
    }
    return Ok {};
}

Result<XlsxSheet> WorkbookReader::read(const QString &sheetName)
{
    Result<std::unique_ptr<ZipArchive>> zip = ZipArchive::open(m_bytes, m_file, m_limits.maxEntries);
    if (!zip)
        return zip.problems();
    m_zip = std::move(*zip);
    if (!m_zip->contains(u"xl/workbook.xml"_s))
        return fileProblem(ImportText::tr("this is a ZIP archive, not an Excel workbook (it has no xl/workbook.xml): "
                                          "import reads CSV files and Excel .xlsx workbooks"));
    if (Status s = readWorkbook(); !s)
        return s.problems();
    if (Status s = readRelationships(); !s)
        return s.problems();
    for (const SheetEntry &s : std::as_const(m_sheets))
        m_sheet.sheetNames << s.name;

    const SheetEntry *chosen = &m_sheets.first();
    if (!sheetName.isEmpty()) {
        chosen = nullptr;
        for (const SheetEntry &s : std::as_const(m_sheets)) {
            if (s.name == sheetName)
                chosen = &s;
        }
        if (!chosen)
            return fileProblem(ImportText::tr("the workbook has no sheet named '%1'; its sheets: %2")
                                   .arg(sheetName, m_sheet.sheetNames.join(u", "_s)));
    }
    m_sheet.name = chosen->name;
    const auto relationship = m_relationships.constFind(chosen->relationship);
    if (relationship == m_relationships.cend())
        return fileProblem(ImportText::tr("the workbook is damaged: sheet '%1' points to no part").arg(chosen->name));
    if (relationship->type.endsWith(u"/chartsheet"_s))
        return fileProblem(ImportText::tr("sheet '%1' is a chart, not a table: name another sheet with --sheet").arg(chosen->name));
    if (!relationship->type.endsWith(u"/worksheet"_s))
        return fileProblem(ImportText::tr("sheet '%1' is not a worksheet").arg(chosen->name));

    QString sharedStrings = u"xl/sharedStrings.xml"_s;
    QString styles = u"xl/styles.xml"_s;
    for (const Relationship &r : std::as_const(m_relationships)) {
        if (r.type.endsWith(u"/sharedStrings"_s))
            sharedStrings = r.target;
        else if (r.type.endsWith(u"/styles"_s))
            styles = r.target;
    }
    if (Status s = readSharedStrings(sharedStrings); !s)
        return s.problems();
    if (Status s = readStyles(styles); !s)
        return s.problems();
    if (Status s = readSheet(relationship->target); !s)
        return s.problems();
    return std::move(m_sheet);
}

} // namespace

bool looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

Result<XlsxSheet> readXlsxSheet(const QByteArray &bytes, const QString &fileName, const QString &sheetName,
    const XlsxLimits &limits)
{
    return WorkbookReader(bytes, fileName, limits).read(sheetName);
}

} // namespace air
