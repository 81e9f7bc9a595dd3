#include "import/owntables.h"
#include "import/importtext.h"

#include "import/importsession.h"
#include "index/indextypes.h"
#include "io/csvparser.h"
#include "io/csvwriter.h"

#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// Access to the current record's fields by column name; columns are numbered 1.. as a
// spreadsheet shows them, which is what officials see when they open the file.
class Row final {
public:
    Row(const CsvParser &parser, const QHash<QString, int> &columns) : m_parser(parser), m_columns(columns) { }
    bool has(const QString &name) const { return m_columns.contains(name); }
    QStringView operator[](const QString &name) const
    {
        const int c = m_columns.value(name, -1);
        // Exports defuse spreadsheet formulas with an apostrophe; read the text as it was.
        return c < 0 ? QStringView() : CsvWriter::restoreDefused(m_parser.field(c).trimmed());
    }
    QString text(const QString &name) const { return (*this)[name].toString(); }
    int column(const QString &name) const { return m_columns.value(name, -1) + 1; }
    qint64 line() const { return m_parser.line(); }

private:
    const CsvParser &m_parser;
    const QHash<QString, int> &m_columns;
};

std::optional<double> parseNumber(QStringView text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<int> parseYear(QStringView text)
{
    // Four digits: "+2024" and "02024" are not how anyone writes a year (toInt takes both).
    if (text.size() != 4 || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1900 || year > 2100)
        return std::nullopt;
    return year;
}

bool isIdentifier(QStringView text)
{
    static const QRegularExpression id(u"^[a-z0-9][a-z0-9_]*$"_s);
    return id.match(text).hasMatch();
}

bool isDate(QStringView text)
{
    static const QRegularExpression date(u"^\\d{4}(-\\d{2}(-\\d{2})?)?$"_s);
    return text.isEmpty() || date.match(text).hasMatch();
}

// A date or the period a figure describes: 2024, 2024-08, 2024-12-31, 2020 H1, 2023 Q1 (empty: not known).
bool isPeriod(QStringView text)
{
    static const QRegularExpression period(u"^\\d{4}( H[12]| Q[1-4]|-\\d{2}(-\\d{2})?)?$"_s);
    return text.isEmpty() || period.match(text).hasMatch();
}

// An empty optional field is stored as NULL: an invalid QVariant (see ImportSession::upsert).
QVariant optionalText(QStringView text)
{
    return text.isEmpty() ? QVariant() : QVariant(text.toString());
}

QVariant optionalNumber(QStringView text)
{
    return text.isEmpty() ? QVariant() : QVariant(*parseNumber(text));
}

// Checks that can only run once the whole file is read (a denominator defined further down).
struct Pending {
    qint64 line;
    int column;
    QString indicator;
    QString what;
};

class TableReader final {
public:
    TableReader(ImportSession &session, const TableFormat &format, const QStringList &header, CsvParser &parser)
        : m_s(session)
        , m_format(format)
        , m_parser(parser)
    {
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header[i].trimmed().toLower();
            if (format.columns().contains(name) && !m_columns.contains(name))
                m_columns.insert(name, i);
            else
                m_ignored << header[i];
        }
        m_headerSize = int(header.size());
        const auto at = [this](const QString &name) { return m_columns.value(name, -1); };
        m_obs = { at(u"region"_s), at(u"indicator"_s), at(u"year"_s), at(u"value"_s), at(u"status"_s),
            at(u"source"_s), at(u"note"_s) };
    }

    void run();

private:
    void problem(const Row &row, const QString &column, const QString &reason)
    {
        m_s.addProblem(row.line(), column.isEmpty() ? 0 : row.column(column), reason);
    }
    bool requireText(const Row &row, const QString &column);
    bool requireOneOf(const Row &row, const QString &column, const QStringList &allowed, bool allowEmpty);
    void regionRow(const Row &row);
    bool regionStructureOk(const Row &row, int level, const QString &parent);
    void aliasRow(const Row &row);
    void groupRow(const Row &row);
    void sourceRow(const Row &row);
    void indicatorRow(const Row &row);
    void observationRow(const Row &row);
    void planRow(const Row &row);
    void weightRow(const Row &row);
    void factRow(const Row &row);
    void finish();
    int fileSource();

    ImportSession &m_s;
    const TableFormat &m_format;
    CsvParser &m_parser;
    QHash<QString, int> m_columns;
    QStringList m_ignored;
    int m_headerSize = 0;
    QList<Pending> m_pending;
    int m_fileSource = -2;
    struct ObservationColumns {
        int region, indicator, year, value, status, source, note;
    } m_obs {};
};

bool TableReader::requireText(const Row &row, const QString &column)
{
    if (!row[column].isEmpty())
        return true;
    problem(row, column, ImportText::tr("%1 is empty; it is required").arg(column));
    return false;
}

bool TableReader::requireOneOf(const Row &row, const QString &column, const QStringList &allowed, bool allowEmpty)
{
    const QStringView v = row[column];
    if ((allowEmpty && v.isEmpty()) || allowed.contains(v.toString()))
        return true;
    problem(row, column, ImportText::tr("%1 '%2' is not one of: %3").arg(column, v.toString(), allowed.join(u", "_s)));
    return false;
}

void TableReader::run()
{
    using K = TableFormat::Kind;
    if (!m_ignored.isEmpty())
        m_s.report().notes << ImportText::tr("ignored columns: %1").arg(m_ignored.join(u", "_s));
    qint64 rows = 0;
    while (m_parser.next()) {
        const Row row(m_parser, m_columns);
        ++m_s.report().read;
        if (m_parser.size() != m_headerSize) {
            m_s.addProblem(m_parser.line(), int(qMin(m_parser.size(), qsizetype(m_headerSize))),
                ImportText::tr("this row has %1 columns but the header has %2").arg(m_parser.size()).arg(m_headerSize));
        } else {
            switch (m_format.kind) {
            case K::Regions: regionRow(row); break;
            case K::RegionAliases: aliasRow(row); break;
            case K::RegionGroups: groupRow(row); break;
            case K::Sources: sourceRow(row); break;
            case K::Indicators: indicatorRow(row); break;
            case K::Observations: observationRow(row); break;
            case K::Plans: planRow(row); break;
            case K::Weights: weightRow(row); break;
            case K::Facts: factRow(row); break;
            }
        }
        if (m_s.tooManyProblems())
            return;
        if ((++rows & 0x3FFF) == 0)
            m_s.reportProgress(m_parser.progress());
    }
    if (m_parser.problem())
        m_s.addProblem(m_parser.problem()->line, m_parser.problem()->column, m_parser.problem()->reason);
    if (m_s.report().read == 0 && !m_parser.problem())
        m_s.addProblem(1, 0, ImportText::tr("a header only: the file has no data rows"));
    m_s.flushObservations();
    finish();
    m_s.reportProgress(1.0);
}

void TableReader::finish()
{
    for (const Pending &p : m_pending) {
        if (m_s.reference().indicatorIndex(p.indicator) < 0)
            m_s.addProblem(p.line, p.column, ImportText::tr("%1 names the unknown indicator '%2'").arg(p.what, p.indicator));
    }
}

// The shape of the region tree (issue 18, 5): one nation, KR, at level 0; provinces (level 1)
// under KR; districts (level 2) under a province; every code starts with its parent's code (KR-46,
// KR-46-110), which also rules out a region its own parent and parent cycles; no two provinces,
// and no two districts of one province, share a name.
bool TableReader::regionStructureOk(const Row &row, int level, const QString &parent)
{
    const QString code = row.text(u"code"_s);
    if (level == 0 && code != u"KR"_s) {
        problem(row, u"level"_s, u"there is one nation, KR; '%1' cannot be level 0"_s.arg(code));
        return false;
    }
    if (level != 0 && code == u"KR"_s) {
        problem(row, u"level"_s, u"KR is the nation: its level is 0, not %1"_s.arg(level));
        return false;
    }
    if (level == 0 && !parent.isEmpty()) {
        problem(row, u"parent"_s, u"the nation has no parent region"_s);
        return false;
    }
    if (parent == code) {
        problem(row, u"parent"_s, u"a region cannot be its own parent"_s);
        return false;
    }
    if (level >= 1 && !parent.isEmpty()) {
        const int p = m_s.reference().regionIndex(parent);
        const int parentLevel = p >= 0 ? m_s.reference().region(p).level : -1;
        if (parentLevel != level - 1) {
            problem(row, u"parent"_s,
                level == 1 ? u"a province (level 1) belongs to the nation KR, not to '%1'"_s.arg(parent)
                           : u"a district (level 2) belongs to a province (level 1); '%1' is level %2"_s.arg(parent)
                                 .arg(parentLevel));
            return false;
        }
        const QString parentCode = m_s.reference().region(p).code;
        if (level == 2 && !code.startsWith(parentCode + u'-')) {
            problem(row, u"code"_s, u"a district of %1 has a code that starts with %1- ('%2' does not)"_s.arg(
                                       parentCode, code));
            return false;
        }
    }
    const QString effectiveParent = level == 1 && parent.isEmpty() ? u"KR"_s : parent;
    for (const QString &column : { u"name_ko"_s, u"name_en"_s }) {
        const QString name = row.text(column);
        if (name.isEmpty())
            continue;
        for (int other : m_s.reference().regionsForAlias(name)) {
            const ReferenceData::Region &r = m_s.reference().region(other);
            const QString otherParent = r.level == 1 && r.parent.isEmpty() ? u"KR"_s : r.parent;
            if (r.code != code && r.level == level && otherParent == effectiveParent) {
                problem(row, column, u"the name '%1' is already region %2's"_s.arg(name, r.code));
                return false;
            }
        }
    }
    return true;
}

void TableReader::regionRow(const Row &row)
{
    static const QRegularExpression code(u"^KR(-[0-9A-Za-z]+)*$"_s);
    if (!code.match(row[u"code"_s]).hasMatch()) {
        problem(row, u"code"_s, ImportText::tr("'%1' is not a region code (KR, KR-46, ...)").arg(row.text(u"code"_s)));
        return;
    }
    if (!requireText(row, u"name_ko"_s) || !requireOneOf(row, u"level"_s, { u"0"_s, u"1"_s, u"2"_s }, false))
        return;
    const int level = row[u"level"_s].toInt();
    const QString parent = row.text(u"parent"_s);
    if (level == 2 && parent.isEmpty()) {
        problem(row, u"parent"_s, ImportText::tr("a level 2 region (시군구) needs its parent province"));
        return;
    }
    if (!parent.isEmpty() && m_s.reference().regionIndex(parent) < 0) {
        problem(row, u"parent"_s, ImportText::tr("unknown parent region '%1'").arg(parent));
        return;
    }
    if (!requireOneOf(row, u"capital_region"_s, { u"0"_s, u"1"_s }, true))
        return;
    if (!regionStructureOk(row, level, parent))
        return;
    const QString regionCode = row.text(u"code"_s);
    const auto result = m_s.upsert(u"regions"_s, { u"code"_s },
        { u"code"_s, u"name_ko"_s, u"name_en"_s, u"short_ko"_s, u"level"_s, u"parent"_s, u"capital_region"_s },
        { regionCode, row.text(u"name_ko"_s), row.text(u"name_en"_s), row.text(u"short_ko"_s), level,
            optionalText(parent), row[u"capital_region"_s] == u"1" ? 1 : 0 },
        row.line());
    m_s.count(result);
    const int index = m_s.reference().addRegion(regionCode, m_s.refOf(u"regions"_s, u"code"_s, regionCode), level, parent);
    // A region is always found by its own names, whatever the alias table says.
    // The kinds are those of data/region_aliases.csv, so that importing both agrees.
    for (const auto &[column, kind] : { std::pair { u"name_ko"_s, u"name"_s }, std::pair { u"short_ko"_s, u"short"_s },
             std::pair { u"name_en"_s, u"english"_s } }) {
        const QString alias = row.text(column);
        if (alias.isEmpty() || (column == u"short_ko"_s && alias == row.text(u"name_ko"_s)))
            continue;
        m_s.reference().addAlias(alias, index);
        if (const Result<bool> inserted = m_s.writer().insertRow(u"region_aliases"_s, { u"alias"_s, u"region"_s, u"kind"_s },
                { alias, regionCode, kind }, m_s.options().origin, true);
            !inserted) {
            m_s.addProblem(row.line(), 0, inserted.errorText());
            return;
        }
    }
}

void TableReader::aliasRow(const Row &row)
{
    if (!requireText(row, u"alias"_s))
        return;
    const int region = m_s.reference().regionIndex(row[u"region"_s]);
    if (region < 0) {
        problem(row, u"region"_s, ImportText::tr("unknown region '%1'").arg(row.text(u"region"_s)));
        return;
    }
    const QString code = m_s.reference().region(region).code;
    m_s.count(m_s.upsert(u"region_aliases"_s, { u"alias"_s, u"region"_s }, { u"alias"_s, u"region"_s, u"kind"_s },
        { row.text(u"alias"_s), code, row.text(u"kind"_s) }, row.line()));
    m_s.reference().addAlias(row.text(u"alias"_s), region);
}

void TableReader::groupRow(const Row &row)
{
    if (!isIdentifier(row[u"group"_s])) {
        problem(row, u"group"_s, ImportText::tr("'%1' is not a group id (lower case, digits, _)").arg(row.text(u"group"_s)));
        return;
    }
    const int region = m_s.reference().regionIndex(row[u"member"_s]);
    if (region < 0) {
        problem(row, u"member"_s, ImportText::tr("unknown region '%1'").arg(row.text(u"member"_s)));
        return;
    }
    m_s.upsert(u"region_groups"_s, { u"id"_s }, { u"id"_s, u"name_ko"_s, u"name_en"_s },
        { row.text(u"group"_s), row.text(u"name_ko"_s), row.text(u"name_en"_s) }, row.line());
    const Result<bool> inserted = m_s.writer().insertRow(u"region_group_members"_s, { u"group_id"_s, u"region"_s },
        { row.text(u"group"_s), m_s.reference().region(region).code }, m_s.options().origin, true);
    if (!inserted) {
        m_s.addProblem(row.line(), 0, inserted.errorText());
        return;
    }
    if (*inserted)
        ++m_s.report().written;
    else
        ++m_s.report().unchanged;
}

void TableReader::sourceRow(const Row &row)
{
    if (!requireText(row, u"id"_s) || !requireText(row, u"publisher"_s) || !requireText(row, u"title"_s))
        return;
    for (const QString &column : { u"published"_s, u"retrieved"_s }) {
        if (!isDate(row[column])) {
            problem(row, column, ImportText::tr("'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(row.text(column)));
            return;
        }
    }
    // Optional columns only where the file has them: an older sources file keeps the table titles stored.
    QStringList columns = m_format.required;
    for (const QString &c : m_format.optional) {
        if (row.has(c))
            columns << c;
    }
    QVariantList values;
    for (const QString &c : columns) // an empty English title is none: the English report shows `title`
        values << (c == u"title_en"_s && row.text(c).isEmpty() ? QVariant() : QVariant(row.text(c)));
    m_s.count(m_s.upsert(u"sources"_s, { u"id"_s }, columns, values, row.line()));
    m_s.reference().addSource(row.text(u"id"_s), m_s.refOf(u"sources"_s, u"id"_s, row.text(u"id"_s)));
}

void TableReader::indicatorRow(const Row &row)
{
    const QString id = row.text(u"id"_s);
    if (!isIdentifier(id)) {
        problem(row, u"id"_s, ImportText::tr("'%1' is not an indicator id (snake_case: lower case, digits, _)").arg(id));
        return;
    }
    if (!requireOneOf(row, u"pillar"_s, indicatorPillarNames(), false)
        || !requireOneOf(row, u"kind"_s, indicatorKindNames(), true)
        || !requireOneOf(row, u"sector"_s, sectorNames(), true)
        || !requireOneOf(row, u"direction"_s, { u"higher"_s, u"lower"_s }, false) || !requireText(row, u"name_ko"_s)
        || !requireText(row, u"name_en"_s) || !requireText(row, u"unit"_s))
        return;
    if (row[u"pillar"_s] == u"sector" && row[u"sector"_s].isEmpty()) {
        problem(row, u"sector"_s, ImportText::tr("an indicator of the sector-fit pillar needs its sector"));
        return;
    }
    const QString rule = row.text(u"group_rule"_s);
    if (rule != u"sum"_s && !(rule.startsWith(u"mean:"_s) && isIdentifier(QStringView(rule).mid(5)))) {
        problem(row, u"group_rule"_s, ImportText::tr("group_rule '%1' is neither sum nor mean:INDICATOR").arg(rule));
        return;
    }
    if (rule.startsWith(u"mean:"_s))
        m_pending.append({ row.line(), row.column(u"group_rule"_s), rule.mid(5), u"group_rule"_s });
    const QString denominator = row.text(u"denominator"_s);
    if (!denominator.isEmpty())
        m_pending.append({ row.line(), row.column(u"denominator"_s), denominator, u"denominator"_s });
    const QString valuesFrom = row.text(u"values_from"_s);
    if (valuesFrom == id) {
        problem(row, u"values_from"_s, ImportText::tr("an indicator cannot take its figures from itself"));
        return;
    }
    if (!valuesFrom.isEmpty())
        m_pending.append({ row.line(), row.column(u"values_from"_s), valuesFrom, u"values_from"_s });
    if (!isPeriod(row[u"as_of"_s])) {
        problem(row, u"as_of"_s,
            ImportText::tr("'%1' is not a date or period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY H1, YYYY Q3)").arg(row.text(u"as_of"_s)));
        return;
    }
    for (const QString &column : { u"goal_low"_s, u"goal_high"_s, u"min_value"_s }) {
        if (!row[column].isEmpty() && !parseNumber(row[column])) {
            problem(row, column, ImportText::tr("'%1' is not a number").arg(row.text(column)));
            return;
        }
    }
    double scale = 1.0;
    if (row.has(u"scale"_s) && !row[u"scale"_s].isEmpty()) {
        const auto s = parseNumber(row[u"scale"_s]);
        if (!s || *s <= 0) {
            problem(row, u"scale"_s, ImportText::tr("scale '%1' is not a positive number").arg(row.text(u"scale"_s)));
            return;
        }
        scale = *s;
    }
    // The KOSIS recipe (kosis_table, kosis_item) is written only by a file that has its columns: an
    // indicators file without them keeps the recipe stored.
    if (row.text(u"kosis_table"_s).isEmpty() != row.text(u"kosis_item"_s).isEmpty()) {
        problem(row, row.text(u"kosis_table"_s).isEmpty() ? u"kosis_table"_s : u"kosis_item"_s,
            ImportText::tr("a KOSIS recipe needs both the table's title (kosis_table) and its item (kosis_item)"));
        return;
    }
    QStringList columns = { u"id"_s, u"pillar"_s, u"sector"_s, u"name_ko"_s, u"name_en"_s, u"unit"_s, u"direction"_s,
        u"group_rule"_s, u"denominator"_s, u"scale"_s, u"ratio_unit"_s, u"definition"_s, u"goal_low"_s, u"goal_high"_s,
        u"min_value"_s, u"kind"_s, u"values_from"_s, u"as_of"_s };
    QVariantList values = { id, row.text(u"pillar"_s), optionalText(row[u"sector"_s]), row.text(u"name_ko"_s),
        row.text(u"name_en"_s), row.text(u"unit"_s), row.text(u"direction"_s), rule, optionalText(denominator), scale,
        row.text(u"ratio_unit"_s), row.text(u"definition"_s), optionalNumber(row[u"goal_low"_s]),
        optionalNumber(row[u"goal_high"_s]), optionalNumber(row[u"min_value"_s]), optionalText(row[u"kind"_s]),
        optionalText(valuesFrom), row.text(u"as_of"_s) };
    for (const QString &recipe : { u"kosis_table"_s, u"kosis_item"_s }) {
        if (row.has(recipe)) {
            columns << recipe;
            values << row.text(recipe);
        }
    }
    m_s.count(m_s.upsert(u"indicators"_s, { u"id"_s }, columns, values, row.line()));
    const int index = m_s.reference().addIndicator(id, m_s.refOf(u"indicators"_s, u"id"_s, id));
    m_s.reference().setMinimum(index, row[u"min_value"_s].isEmpty() ? index::missing : *parseNumber(row[u"min_value"_s]));
    if (row.has(u"kosis_table"_s))
        m_s.reference().setKosisRecipe(index, row.text(u"kosis_table"_s), row.text(u"kosis_item"_s));
}

int TableReader::fileSource()
{
    if (m_fileSource != -2)
        return m_fileSource;
    const QFileInfo info(m_s.report().file);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    m_fileSource = m_s.ensureSource(u"file:%1:%2"_s.arg(info.fileName(), today), u"사용자 가져오기 (user import)"_s,
        info.fileName(), info.absoluteFilePath(), today);
    return m_fileSource;
}

// The hot path of a large import: column positions are looked up once per file, fields are read
// as views, and only the note is copied.
void TableReader::observationRow(const Row &row)
{
    ImportSession::Observation o;
    o.line = row.line();
    const auto field = [this](int column) { return column < 0 ? QStringView() : m_parser.field(column).trimmed(); };
    const QStringView region = field(m_obs.region);
    o.region = m_s.reference().regionIndex(region);
    if (o.region < 0) {
        problem(row, u"region"_s, ImportText::tr("unknown region '%1'").arg(region.toString()));
        return;
    }
    const QStringView indicator = field(m_obs.indicator);
    o.indicator = m_s.reference().indicatorIndex(indicator);
    if (o.indicator < 0) {
        problem(row, u"indicator"_s, ImportText::tr("unknown indicator '%1'").arg(indicator.toString()));
        return;
    }
    const QStringView yearText = field(m_obs.year);
    const auto year = parseYear(yearText);
    if (!year) {
        problem(row, u"year"_s, ImportText::tr("'%1' is not a year between 1900 and 2100").arg(yearText.toString()));
        return;
    }
    o.year = *year;
    const QStringView valueText = field(m_obs.value);
    const auto value = parseNumber(valueText);
    if (!value) {
        problem(row, u"value"_s,
            valueText.isEmpty() ? ImportText::tr("the value is empty: leave a missing figure out of the file")
                                : ImportText::tr("'%1' is not a finite number").arg(valueText.toString()));
        return;
    }
    o.value = *value;
    o.column = m_obs.value + 1;
    if (const double minimum = m_s.reference().indicator(o.indicator).minimum; o.value < minimum) {
        problem(row, u"value"_s,
            ImportText::tr("%1 is below %2, the smallest value indicator '%3' can take (a count cannot be negative)").arg(
                valueText.toString(), QString::number(minimum), indicator.toString()));
        return;
    }
    if (m_obs.status >= 0) {
        const QStringView status = field(m_obs.status);
        const QStringList &names = ImportSession::statusNames();
        o.status = -1;
        for (int i = 0; i < names.size() && o.status < 0; ++i)
            o.status = status == names[i] ? i : -1;
        if (o.status < 0) {
            requireOneOf(row, u"status"_s, ImportSession::statusNames(), false);
            return;
        }
    } else {
        o.status = 1; // reported: a user's own figure that names no agency table
    }
    if (m_obs.source >= 0) {
        const QStringView source = field(m_obs.source);
        o.source = m_s.reference().sourceIndex(source);
        if (o.source < 0) {
            problem(row, u"source"_s, ImportText::tr("unknown source '%1' (import its sources file first)").arg(source.toString()));
            return;
        }
    } else {
        o.source = fileSource();
        if (o.source < 0)
            return;
    }
    o.note = CsvWriter::restoreDefused(field(m_obs.note)).toUtf8(); // issue 18, 12: as the other columns
    m_s.addObservation(std::move(o));
}

void TableReader::planRow(const Row &row)
{
    const QString plan = row.text(u"plan"_s);
    if (!isIdentifier(plan)) {
        problem(row, u"plan"_s, ImportText::tr("'%1' is not a plan id (lower case, digits, _)").arg(plan));
        return;
    }
    if (!requireText(row, u"item"_s) || !requireText(row, u"title_ko"_s)
        || !requireOneOf(row, u"pillar"_s, pillarNames(), true) || !requireOneOf(row, u"sector"_s, sectorNames(), true)
        || !requireOneOf(row, u"status"_s, planStatusNames(), false))
        return;
    for (const QString &column : { u"target_value"_s, u"budget_krw"_s }) {
        if (!row[column].isEmpty() && !parseNumber(row[column])) {
            problem(row, column, ImportText::tr("'%1' is not a number").arg(row.text(column)));
            return;
        }
    }
    if (!row[u"target_year"_s].isEmpty() && !parseYear(row[u"target_year"_s])) {
        problem(row, u"target_year"_s, ImportText::tr("'%1' is not a year").arg(row.text(u"target_year"_s)));
        return;
    }
    if (m_s.reference().sourceIndex(row[u"source"_s]) < 0) {
        problem(row, u"source"_s, ImportText::tr("unknown source '%1'").arg(row.text(u"source"_s)));
        return;
    }
    const QString region = row.text(u"plan_region"_s);
    if (!region.isEmpty() && m_s.reference().regionIndex(region) < 0) {
        problem(row, u"plan_region"_s, ImportText::tr("unknown region '%1'").arg(region));
        return;
    }
    const QString nameKo = row.text(u"plan_name_ko"_s);
    const QString nameEn = row.text(u"plan_name_en"_s);
    m_s.upsert(u"plans"_s, { u"id"_s }, { u"id"_s, u"name_ko"_s, u"name_en"_s, u"region"_s, u"period"_s },
        { plan, nameKo.isEmpty() ? plan : nameKo, nameEn.isEmpty() ? plan : nameEn, optionalText(region),
            row.text(u"plan_period"_s) },
        row.line());
    m_s.count(m_s.upsert(u"plan_items"_s, { u"plan"_s, u"item"_s },
        { u"plan"_s, u"item"_s, u"pillar"_s, u"sector"_s, u"title_ko"_s, u"title_en"_s, u"target_value"_s,
            u"target_unit"_s, u"target_year"_s, u"budget_krw"_s, u"status"_s, u"source"_s, u"note"_s, u"note_ko"_s,
            u"target_unit_ko"_s },
        { plan, row.text(u"item"_s), optionalText(row[u"pillar"_s]), optionalText(row[u"sector"_s]),
            row.text(u"title_ko"_s), row.text(u"title_en"_s), optionalNumber(row[u"target_value"_s]),
            row.text(u"target_unit"_s),
            row[u"target_year"_s].isEmpty() ? QVariant() : QVariant(row[u"target_year"_s].toInt()),
            optionalNumber(row[u"budget_krw"_s]), row.text(u"status"_s), row.text(u"source"_s), row.text(u"note"_s),
            row.text(u"note_ko"_s), row.text(u"target_unit_ko"_s) },
        row.line()));
}

void TableReader::weightRow(const Row &row)
{
    if (!isIdentifier(row[u"weight_set"_s])) {
        problem(row, u"weight_set"_s, ImportText::tr("'%1' is not a weight-set name (lower case, digits, _)").arg(row.text(u"weight_set"_s)));
        return;
    }
    if (!requireOneOf(row, u"target_kind"_s, { u"pillar"_s, u"sector"_s, u"indicator"_s }, false))
        return;
    const QString kind = row.text(u"target_kind"_s);
    const QString target = row.text(u"target"_s);
    const bool known = (kind == u"pillar"_s && pillarNames().contains(target))
        || (kind == u"sector"_s && sectorNames().contains(target))
        || (kind == u"indicator"_s && m_s.reference().indicatorIndex(target) >= 0);
    if (!known) {
        problem(row, u"target"_s, ImportText::tr("unknown %1 '%2'").arg(kind, target));
        return;
    }
    const auto weight = parseNumber(row[u"weight"_s]);
    // Bounded so that the index's arithmetic survives any weight set: 0 (left out), or between
    // 1/1000 and 1000, so that no two weights differ by more than a factor of a million.
    if (!weight || !(*weight == 0 || (*weight >= 1e-3 && *weight <= 1e3))) {
        problem(row, u"weight"_s, ImportText::tr("'%1' is not a weight (0, or a number between 0.001 and 1000)").arg(row.text(u"weight"_s)));
        return;
    }
    // A weight already stored is changed only with --replace, like a figure (issue 18, 15).
    const QStringList key = { u"weight_set"_s, u"target_kind"_s, u"target"_s };
    const QVariantList keyValues = { row.text(u"weight_set"_s), kind, target };
    const auto existing = m_s.writer().findRow(u"weights"_s, key, keyValues, { u"weight"_s });
    if (!existing) {
        m_s.addProblem(row.line(), 0, existing.errorText());
        return;
    }
    if (*existing && (*existing)->values.value(0).toDouble() != *weight && !m_s.options().replaceUserRows) {
        problem(row, u"weight"_s,
            u"would overwrite the weight %1 of %2 '%3' in set '%4'; import with --replace to overwrite it"_s.arg(
                (*existing)->values.value(0).toString(), kind, target, row.text(u"weight_set"_s)));
        return;
    }
    m_s.upsert(u"weight_sets"_s, { u"name"_s }, { u"name"_s, u"description"_s },
        { row.text(u"weight_set"_s), row.text(u"description"_s) }, row.line());
    Status written = Ok {};
    if (*existing)
        written = m_s.writer().updateRow(u"weights"_s, key, keyValues, { u"weight"_s }, { *weight }, m_s.options().origin);
    else if (Result<bool> inserted = m_s.writer().insertRow(u"weights"_s, key + QStringList { u"weight"_s },
                 keyValues + QVariantList { *weight }, m_s.options().origin);
        !inserted)
        written = inserted.problems();
    if (!written)
        problem(row, u"weight"_s, ImportText::tr("the database refused this row"));
    else
        ++m_s.report().written;
}

// A figure known only for a bloc or the nation: shown beside the charts, never as a region's value.
void TableReader::factRow(const Row &row)
{
    if (!isIdentifier(row[u"id"_s])) {
        problem(row, u"id"_s, ImportText::tr("'%1' is not a fact id (lower case, digits, _)").arg(row.text(u"id"_s)));
        return;
    }
    if (!requireOneOf(row, u"pillar"_s, pillarNames(), false) || !requireOneOf(row, u"sector"_s, sectorNames(), true)
        || !requireText(row, u"text_ko"_s) || !requireText(row, u"text_en"_s))
        return;
    if (row[u"pillar"_s] == u"sector" && row[u"sector"_s].isEmpty()) {
        problem(row, u"sector"_s, ImportText::tr("a fact of the sector pillar needs its sector"));
        return;
    }
    if (!row[u"value"_s].isEmpty() && !parseNumber(row[u"value"_s])) {
        problem(row, u"value"_s, ImportText::tr("'%1' is not a finite number").arg(row.text(u"value"_s)));
        return;
    }
    if (!isPeriod(row[u"as_of"_s])) {
        problem(row, u"as_of"_s,
            ImportText::tr("'%1' is not a date or period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY H1, YYYY Q3)").arg(row.text(u"as_of"_s)));
        return;
    }
    if (m_s.reference().sourceIndex(row[u"source"_s]) < 0) {
        problem(row, u"source"_s, ImportText::tr("unknown source '%1' (import its sources file first)").arg(row.text(u"source"_s)));
        return;
    }
    m_s.count(m_s.upsert(u"facts"_s, { u"id"_s },
        { u"id"_s, u"pillar"_s, u"sector"_s, u"scope"_s, u"text_ko"_s, u"text_en"_s, u"value"_s, u"unit"_s, u"as_of"_s,
            u"source"_s, u"note"_s },
        { row.text(u"id"_s), row.text(u"pillar"_s), optionalText(row[u"sector"_s]), row.text(u"scope"_s),
            row.text(u"text_ko"_s), row.text(u"text_en"_s), optionalNumber(row[u"value"_s]), row.text(u"unit"_s),
            row.text(u"as_of"_s), row.text(u"source"_s), row.text(u"note"_s) },
        row.line()));
}

} // namespace

void importOwnTable(ImportSession &session, const TableFormat &format, const QStringList &header, CsvParser &parser)
{
    TableReader(session, format, header, parser).run();
}

} // namespace air
