#include "io/xlsxwriter.h"
#include "import/importtext.h"

#include <xlsxwriter.h>

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <clocale>
#include <locale.h>

using namespace Qt::StringLiterals;

namespace air {
namespace {

constexpr int maxTextLength = 32767; // Excel's limit for one cell

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

// A sheet name as Excel takes it: at most 31 characters, none of []:*?/\.
QString sheetName(QString name, const QStringList &taken)
{
    for (QChar &c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'_';
    }
    name = name.left(31);
    if (name.isEmpty())
        name = u"Sheet"_s;
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n)
        unique = name.left(31 - 1 - int(QString::number(n).size())) + u'_' + QString::number(n);
    return unique;
}

// libxlsxwriter writes a carriage return or a control character as _xHHHH_, as OOXML asks, but
// leaves a literal "_x0041_" as it is, which a reader (Excel, ours) would take for "A": such a text
// is escaped the way Excel escapes it, _x005F_x0041_.
QString escapeLiteralEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    static const QRegularExpression escape(u"_(x[0-9A-Fa-f]{4}_)"_s);
    QString out = text;
    return out.replace(escape, u"_x005F_\\1"_s);
}

// The number format that shows UNIT after the figure, its text quoted.
QByteArray unitFormat(const QString &unit)
{
    QString quoted = unit;
    quoted.replace(u'"', u"\"\""_s);
    return (u"General\" "_s + quoted + u'"').toUtf8();
}

// printf's %.16G, with which libxlsxwriter writes numbers, follows LC_NUMERIC: a German or French
// desk would get "2,5". This thread reads numbers the C way while the workbook is written.
class CNumericLocale final {
public:
    CNumericLocale()
        : m_c(newlocale(LC_NUMERIC_MASK, "C", locale_t(nullptr)))
        , m_previous(m_c ? uselocale(m_c) : locale_t(nullptr))
    {
    }
    ~CNumericLocale()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c;
    locale_t m_previous;
};

class Book final {
public:
    explicit Book(const QString &path, const QString &tmpdir)
        : m_tmpdir(tmpdir.toLocal8Bit())
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = m_tmpdir.data();
        options.use_zip64 = LXW_FALSE;
        m_book = workbook_new_opt(path.toLocal8Bit().constData(), &options);
    }
    ~Book()
    {
        if (m_book)
            workbook_close(m_book); // only after a failure: frees what was built
    }
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    Status addSheet(const XlsxSheetData &data);
    Status close()
    {
        lxw_workbook *book = std::exchange(m_book, nullptr);
        if (const lxw_error e = workbook_close(book); e != LXW_NO_ERROR)
            return failure(e);
        return Ok {};
    }
    bool ok() const { return m_book != nullptr; }

private:
    static Problem failure(lxw_error e)
    {
        return storageProblem(ErrorKind::Failed,
            ImportText::tr("the workbook could not be written: %1").arg(QString::fromUtf8(lxw_strerror(e))));
    }
    lxw_format *formatFor(const QString &unit);

    QByteArray m_tmpdir;
    lxw_workbook *m_book = nullptr;
    lxw_format *m_header = nullptr;
    QHash<QString, lxw_format *> m_unitFormats;
    QStringList m_names;
};

lxw_format *Book::formatFor(const QString &unit)
{
    if (unit.isEmpty())
        return nullptr;
    auto it = m_unitFormats.constFind(unit);
    if (it != m_unitFormats.cend())
        return *it;
    lxw_format *format = workbook_add_format(m_book);
    format_set_num_format(format, unitFormat(unit).constData());
    m_unitFormats.insert(unit, format);
    return format;
}

Status Book::addSheet(const XlsxSheetData &data)
{
    if (!m_header) {
        m_header = workbook_add_format(m_book);
        format_set_bold(m_header);
    }
    const QString name = sheetName(data.name, m_names);
    m_names << name;
    lxw_worksheet *sheet = workbook_add_worksheet(m_book, name.toUtf8().constData());
    if (!sheet)
        return storageProblem(ErrorKind::Failed, ImportText::tr("the workbook could not be written: sheet '%1' refused").arg(name));
    QList<int> widths;
    const auto note = [&widths](int column, const QString &text) {
        while (widths.size() <= column)
            widths << 8;
        widths[column] = qMin(60, qMax(widths[column], int(text.size()) + 2));
    };
    const auto text = [&](lxw_row_t row, lxw_col_t column, const QString &value, lxw_format *format) -> Status {
        if (value.size() > maxTextLength)
            return Problem { {}, qint64(row) + 1, int(column) + 1,
                ImportText::tr("a text of %1 characters is longer than a spreadsheet cell holds (%2)").arg(value.size()).arg(maxTextLength) };
        if (const lxw_error e = worksheet_write_string(sheet, row, column, escapeLiteralEscapes(value).toUtf8().constData(), format);
            e != LXW_NO_ERROR)
            return failure(e);
        return Ok {};
    };
    for (int c = 0; c < data.header.size(); ++c) {
        if (Status s = text(0, lxw_col_t(c), data.header[c], m_header); !s)
            return s;
        note(c, data.header[c]);
    }
    for (int r = 0; r < data.rows.size(); ++r) {
        const QVariantList &row = data.rows[r];
        const lxw_row_t at = lxw_row_t(r + 1);
        for (int c = 0; c < row.size(); ++c) {
            const QVariant &v = row[c];
            if (v.isNull())
                continue;
            if (isNumber(v)) {
                const double x = v.toDouble();
                // libxlsxwriter writes 16 significant digits: a figure that needs 17 to be read back
                // exactly is written as its text, so that nothing changes on the way.
                const QString shortest = QString::number(x, 'g', QLocale::FloatingPointShortest);
                if (QString::number(x, 'g', 16).toDouble() == x) {
                    const QString unit = r < data.units.size() ? data.units[r].value(c) : QString();
                    if (const lxw_error e = worksheet_write_number(sheet, at, lxw_col_t(c), x, formatFor(unit)); e != LXW_NO_ERROR)
                        return failure(e);
                    note(c, shortest + unit);
                } else {
                    if (Status s = text(at, lxw_col_t(c), shortest, nullptr); !s)
                        return s;
                    note(c, shortest);
                }
                continue;
            }
            const QString value = v.toString();
            if (Status s = text(at, lxw_col_t(c), value, nullptr); !s)
                return s;
            note(c, value);
        }
    }
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c], nullptr);
    if (!data.header.isEmpty())
        worksheet_freeze_panes(sheet, 1, 0);
    return Ok {};
}

} // namespace

Result<QByteArray> writeXlsx(const QList<XlsxSheetData> &sheets)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return storageProblem(ErrorKind::Failed,
            ImportText::tr("the workbook could not be written: no temporary folder (%1)").arg(dir.errorString()));
    const QString path = dir.filePath(u"workbook.xlsx"_s);
    {
        const CNumericLocale cNumbers;
        Book book(path, dir.path());
        if (!book.ok())
            return storageProblem(ErrorKind::Failed, ImportText::tr("the workbook could not be written: libxlsxwriter refused to start one"));
        for (const XlsxSheetData &sheet : sheets) {
            if (Status s = book.addSheet(sheet); !s)
                return s.problems();
        }
        if (Status s = book.close(); !s)
            return s.problems();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return storageProblem(ErrorKind::Failed, ImportText::tr("the workbook could not be written: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace air
