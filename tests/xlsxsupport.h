#pragma once

// Excel workbooks built in the tests, part by part, with zlib's minizip (the ZIP library the program
// reads with and libxlsxwriter writes with): the KOSIS twins of the CSV fixtures, and the broken and
// hostile workbooks of the bad-input suite. Every figure in a workbook made here comes from a CSV
// fixture of tests/data or is marked TEST FIGURES where it is made up.
#include "io/csvparser.h"
#include "io/textdecoder.h"

#include <zip.h>

#include <QByteArray>
#include <QFile>
#include <QtEndian>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <utility>

namespace air::test {

struct XlsxPart {
    QString name;
    QByteArray bytes;
};

// A ZIP archive of PARTS (deflated), as bytes.
inline QByteArray zipParts(const QList<XlsxPart> &parts)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("parts.zip")).toLocal8Bit();
    zipFile zf = zipOpen(path.constData(), APPEND_STATUS_CREATE);
    if (!zf)
        qFatal("zipOpen failed");
    for (const XlsxPart &p : parts) {
        zip_fileinfo info {};
        if (zipOpenNewFileInZip(zf, p.name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                Z_DEFAULT_COMPRESSION)
                != ZIP_OK
            || zipWriteInFileInZip(zf, p.bytes.constData(), unsigned(p.bytes.size())) != ZIP_OK
            || zipCloseFileInZip(zf) != ZIP_OK)
            qFatal("cannot add %s to the zip", qPrintable(p.name));
    }
    if (zipClose(zf, nullptr) != ZIP_OK)
        qFatal("zipClose failed");
    QFile f(QString::fromLocal8Bit(path));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the zip back");
    return f.readAll();
}

inline QByteArray xmlEscape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

struct XlsxSheetSpec {
    QString name;
    QByteArray sheetData; // the <row> elements
    QByteArray afterData; // e.g. <mergeCells>…</mergeCells>
};

// A workbook with SHEETS (in order), SHAREDSTRINGS' <si> elements and STYLES (a styles.xml, or
// none), as Excel lays it out.
inline QByteArray makeWorkbook(const QList<XlsxSheetSpec> &sheets, const QStringList &sharedStrings = {},
    const QByteArray &styles = {})
{
    const QByteArray ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    const QByteArray rns = "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook " + ns + " " + rns + "><sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    QList<XlsxPart> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook += "<sheet name=\"" + xmlEscape(sheets[i].name) + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
        parts << XlsxPart { QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet " + ns + " " + rns + "><sheetData>"
                + sheets[i].sheetData + "</sheetData>" + sheets[i].afterData + "</worksheet>" };
    }
    workbook += "</sheets></workbook>";
    rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            "Target=\"sharedStrings.xml\"/>";
    if (!styles.isEmpty())
        rels += "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
                "Target=\"styles.xml\"/>";
    rels += "</Relationships>";
    QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst " + ns + " count=\""
        + QByteArray::number(sharedStrings.size()) + "\" uniqueCount=\"" + QByteArray::number(sharedStrings.size()) + "\">";
    for (const QString &s : sharedStrings)
        sst += "<si><t xml:space=\"preserve\">" + xmlEscape(s) + "</t></si>";
    sst += "</sst>";
    parts.prepend(XlsxPart { QStringLiteral("xl/_rels/workbook.xml.rels"), rels });
    parts.prepend(XlsxPart { QStringLiteral("xl/workbook.xml"), workbook });
    parts.prepend(XlsxPart { QStringLiteral("[Content_Types].xml"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>" });
    parts << XlsxPart { QStringLiteral("xl/sharedStrings.xml"), sst };
    if (!styles.isEmpty())
        parts << XlsxPart { QStringLiteral("xl/styles.xml"), styles };
    return zipParts(parts);
}

// Sheet rows from plain cells: a cell that reads as a number is a number cell, any other a shared
// string (added to STRINGS); an empty cell is left out, as Excel leaves it out.
class SheetBuilder final {
public:
    void addRow(qint64 row, const QStringList &cells)
    {
        m_xml += "<row r=\"" + QByteArray::number(row) + "\">";
        for (int c = 0; c < cells.size(); ++c) {
            const QString &cell = cells[c];
            if (cell.isEmpty())
                continue;
            const QByteArray ref = cellName(row, c + 1).toLatin1();
            bool number = false;
            cell.toDouble(&number);
            if (number && !cell.startsWith(u'\'') && !cell.contains(u' '))
                m_xml += "<c r=\"" + ref + "\"><v>" + cell.toUtf8() + "</v></c>";
            else
                m_xml += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number(stringIndex(cell)) + "</v></c>";
        }
        m_xml += "</row>";
    }
    // A merged range: only its top left cell keeps a value (addRow wrote the others empty).
    void merge(const QString &range) { m_merges << range; }

    QByteArray sheetData() const { return m_xml; }
    QByteArray mergeCells() const
    {
        if (m_merges.isEmpty())
            return {};
        QByteArray xml = "<mergeCells count=\"" + QByteArray::number(m_merges.size()) + "\">";
        for (const QString &m : m_merges)
            xml += "<mergeCell ref=\"" + m.toLatin1() + "\"/>";
        return xml + "</mergeCells>";
    }
    const QStringList &strings() const { return m_strings; }

private:
    int stringIndex(const QString &s)
    {
        const qsizetype i = m_strings.indexOf(s);
        if (i >= 0)
            return int(i);
        m_strings << s;
        return int(m_strings.size() - 1);
    }
    QByteArray m_xml;
    QStringList m_strings;
    QStringList m_merges;
};

// The records of a CSV fixture (decoded as import decodes it), with their line numbers.
inline QList<SplitRecord> csvRecords(const QByteArray &bytes)
{
    const Result<DecodedText> text = decodeText(bytes, QStringLiteral("fixture"));
    if (!text)
        qFatal("%s", qPrintable(text.errorText()));
    CsvParser parser(text->text, QStringLiteral("fixture"));
    QList<SplitRecord> records;
    while (parser.next()) {
        SplitRecord r;
        r.line = parser.line();
        for (QStringView f : parser.fields())
            r.fields << f.toString();
        records << r;
    }
    return records;
}

// The Excel twin of a KOSIS CSV export: the same cells on the same rows, numbers as numbers,
// codes ("'36") as text without the apostrophe that keeps them text in CSV, and, with MERGEHEADERS,
// a period written once over the columns of its items (a merged range) and the region column's
// header over both header rows, as a spreadsheet lays out such a header. (No real KOSIS .xlsx
// download was at hand to copy: the twins follow the CSV layouts of ../shared/data/KOSIS.md.)
inline QByteArray kosisTwin(const QByteArray &csv, bool mergeHeaders)
{
    const QList<SplitRecord> records = csvRecords(csv);
    SheetBuilder sheet;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QStringList cells = records[i].fields;
        for (QString &c : cells) {
            if (c.startsWith(u'\''))
                c.remove(0, 1);
        }
        if (mergeHeaders && i == 0) {
            // Runs of one period over several columns.
            for (qsizetype c = 0; c < cells.size();) {
                qsizetype end = c + 1;
                while (end < cells.size() && cells[end] == cells[c] && !cells[c].isEmpty())
                    ++end;
                if (end - c > 1) {
                    sheet.merge(cellName(records[i].line, int(c) + 1) + u':' + cellName(records[i].line, int(end)));
                    for (qsizetype k = c + 1; k < end; ++k)
                        cells[k].clear();
                }
                c = end;
            }
        }
        if (mergeHeaders && i == 1 && !cells.isEmpty() && cells[0] == records[0].fields.value(0)) {
            sheet.merge(cellName(records[0].line, 1) + u':' + cellName(records[1].line, 1));
            cells[0].clear();
        }
        sheet.addRow(records[i].line, cells);
    }
    return makeWorkbook({ { QStringLiteral("데이터"), sheet.sheetData(), sheet.mergeCells() } }, sheet.strings());
}

// ZIP with the uncompressed size that PART declares set to SIZE, in its local header and in the
// central directory (a ZIP bomb declares what it likes).
inline QByteArray declareSize(QByteArray zip, const QString &part, quint32 size)
{
    const QByteArray name = part.toUtf8();
    for (qsizetype i = 0; (i = zip.indexOf(QByteArray("PK\x03\x04", 4), i)) >= 0; i += 4) {
        const quint16 n = qFromLittleEndian<quint16>(zip.constData() + i + 26);
        if (zip.mid(i + 30, n) == name)
            qToLittleEndian<quint32>(size, zip.data() + i + 22);
    }
    for (qsizetype i = 0; (i = zip.indexOf(QByteArray("PK\x01\x02", 4), i)) >= 0; i += 4) {
        const quint16 n = qFromLittleEndian<quint16>(zip.constData() + i + 28);
        if (zip.mid(i + 46, n) == name)
            qToLittleEndian<quint32>(size, zip.data() + i + 24);
    }
    return zip;
}

// An observations sheet ("데이터") of TEST FIGURES, with the cells of EXTRAROW (row 3) written as
// given: the frame of the bad-input cases.
inline QByteArray observationsWorkbook(const QByteArray &extraRow = {}, const QString &sheetName = QStringLiteral("데이터"))
{
    SheetBuilder sheet;
    sheet.addRow(1, { QStringLiteral("region"), QStringLiteral("indicator"), QStringLiteral("year"), QStringLiteral("value"),
                        QStringLiteral("status"), QStringLiteral("source"), QStringLiteral("note") });
    sheet.addRow(2, { QStringLiteral("KR-46"), QStringLiteral("population"), QStringLiteral("2030"), QStringLiteral("1"),
                        QStringLiteral("estimate"), QStringLiteral("kosis_population_2007_2025") });
    return makeWorkbook({ { sheetName, sheet.sheetData() + extraRow, {} } }, sheet.strings());
}

} // namespace air::test
