#include "import/importsession.h"
#include "import/importtext.h"

#include "storage/storage.h"

#include <QDate>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

ImportSession::ImportSession(Storage &storage, ImportWriter &writer, const ImportOptions &options)
    : m_storage(storage)
    , m_writer(writer)
    , m_options(options)
{
}

Status ImportSession::prepare()
{
    return m_reference.load(m_storage);
}

QByteArray ImportSession::originUtf8() const
{
    return m_options.origin == Origin::Bundled ? QByteArrayLiteral("bundled") : QByteArrayLiteral("user");
}

void ImportSession::beginFile(FileReport *report)
{
    awaitWritten(); // a refusal of the last file's rows is that file's problem
    m_report = report;
    m_sheet.clear();
    resetFileKeys();
}

void ImportSession::addProblem(qint64 line, int column, const QString &reason)
{
    if (m_problems.size() < maxProblems)
        m_problems.append(Problem { m_report ? m_report->file : QString(), line, column, reason, ErrorKind::Invalid, m_sheet });
}

void ImportSession::addProblem(const Problem &problem)
{
    if (m_problems.size() >= maxProblems)
        return;
    Problem p = problem;
    if (m_report)
        p.file = m_report->file;
    if (p.sheet.isEmpty())
        p.sheet = m_sheet;
    m_problems.append(std::move(p));
}

const QStringList &ImportSession::statusNames()
{
    static const QStringList names = { u"official"_s, u"reported"_s, u"estimate"_s, u"user"_s };
    return names;
}

void ImportSession::resetFileKeys()
{
    m_keysInFile.clear();
    m_keyRegions = m_reference.regionCount();
    m_keyIndicators = m_reference.indicatorCount();
    const quint64 bits = quint64(m_keyRegions) * quint64(m_keyIndicators) * yearSpan;
    m_keyBits.assign(bits <= (quint64(64) << 20) ? size_t((bits + 63) / 64) : 0, 0);
}

bool ImportSession::isNewKey(const Observation &o)
{
    if (!m_keyBits.empty() && o.region < m_keyRegions && o.indicator < m_keyIndicators) {
        const quint64 bit = (quint64(o.region) * quint64(m_keyIndicators) + quint64(o.indicator)) * yearSpan
            + quint64(o.year - firstYear);
        quint64 &word = m_keyBits[size_t(bit / 64)];
        const quint64 mask = quint64(1) << (bit % 64);
        if (word & mask)
            return false;
        word |= mask;
        return true;
    }
    const quint64 key = (quint64(o.region) << 42) | (quint64(o.indicator) << 20) | quint64(o.year);
    if (m_keysInFile.contains(key))
        return false;
    m_keysInFile.insert(key);
    return true;
}

void ImportSession::addObservation(Observation &&o)
{
    // The checks every path into the observations shares (the own format, KOSIS; issue 18, 9).
    const ReferenceData::Indicator &indicator = m_reference.indicator(o.indicator);
    if (!std::isfinite(o.value)) {
        addProblem(o.line, o.column, u"%1 is not a finite number"_s.arg(o.value));
        return;
    }
    if (o.value != 0 && std::fabs(o.value) < 1e-300) {
        addProblem(o.line, o.column,
            u"%1 is too close to 0 to compute with (the index divides by figures like it)"_s.arg(o.value));
        return;
    }
    if (o.value < indicator.minimum) {
        addProblem(o.line, o.column,
            u"%1 is below %2, the smallest value indicator '%3' can take (a count cannot be negative)"_s.arg(
                QString::number(o.value, 'g', 15), QString::number(indicator.minimum), indicator.id));
        return;
    }
    if (!isNewKey(o)) {
        addProblem(o.line, o.column,
            ImportText::tr("%1, %2, %3 appears twice in this file (the same region, indicator and year)").arg(
                m_reference.region(o.region).code, m_reference.indicator(o.indicator).id)
                .arg(o.year));
        return;
    }
    if (hasProblems())
        return; // keep validating, stop writing: the transaction will be rolled back
    m_queue.push_back(std::move(o));
    if (m_queue.size() >= size_t(batchSize))
        flushObservations();
}

namespace {
const QByteArray statusUtf8[] = { "official", "reported", "estimate", "user" };
}

void ImportSession::awaitWritten()
{
    const std::optional<ImportWriter::Refusal> refusal = m_writer.awaitObservations();
    if (refusal) {
        Problem p = refusal->problem;
        p.sheet = m_sheet;
        if (refusal->row >= 0 && size_t(refusal->row) < m_sent.size()) {
            std::tie(p.line, p.column) = m_sent[size_t(refusal->row)];
        } else if (!m_sent.empty()) {
            p.line = m_sent.front().first;
            p.column = 0;
            p.reason = ImportText::tr("%1 (a row of lines %2 to %3)").arg(p.reason).arg(m_sent.front().first).arg(m_sent.back().first);
        }
        addProblem(p);
    }
    m_sent.clear();
}

void ImportSession::flushObservations()
{
    awaitWritten(); // the rows before these: the writer may still be writing them
    if (m_queue.empty() || hasProblems()) {
        m_queue.clear();
        return;
    }
    m_rows.clear();
    m_rows.reserve(m_queue.size());
    for (const Observation &o : m_queue)
        m_rows.push_back({ m_reference.region(o.region).ref, m_reference.indicator(o.indicator).ref, o.year, o.value,
            statusUtf8[o.status], m_reference.sourceRef(o.source), o.note });
    const Result<ImportWriter::Written> written = m_writer.writeObservations(m_rows, m_options.origin,
        [this](qsizetype row, const ImportWriter::ExistingObservation &existing) {
            return replaces(m_queue[size_t(row)], existing);
        });
    if (!written) {
        const Observation &first = m_queue.front();
        addProblem(first.line, first.column, ImportText::tr("the database refused this row: %1").arg(written.errorText()));
    } else {
        m_report->written += written->inserted;
        m_report->replaced += written->replaced;
        m_sent.reserve(m_queue.size());
        for (const Observation &o : m_queue)
            m_sent.emplace_back(o.line, o.column);
    }
    m_queue.clear();
}

bool ImportSession::replaces(const Observation &o, const ImportWriter::ExistingObservation &existing)
{
    if (hasProblems())
        return false;
    const qint64 source = m_reference.sourceRef(o.source);
    const bool same = existing.value == o.value && existing.status == statusNames()[o.status]
        && existing.source == source && existing.note == QString::fromUtf8(o.note);
    if (same && existing.origin == originText()) {
        ++m_report->unchanged;
        return false;
    }
    if (existing.origin == u"user"_s && m_options.origin == Origin::Bundled) {
        skip(ImportText::tr("kept the user's own figure"));
        return false;
    }
    if (existing.origin == u"user"_s && !m_options.replaceUserRows && !same) {
        addProblem(o.line, o.column,
            ImportText::tr("would overwrite your own figure %1 for %2, %3, %4 with %5; import with --replace to overwrite it")
                .arg(QString::number(existing.value, 'g', 15), m_reference.region(o.region).code,
                    m_reference.indicator(o.indicator).id)
                .arg(o.year)
                .arg(QString::number(o.value, 'g', 15)));
        return false;
    }
    return true;
}

ImportSession::Upsert ImportSession::upsert(const QString &table, const QStringList &keyColumns,
    const QStringList &columns, const QVariantList &givenValues, qint64 line)
{
    // columns = key columns first, then the rest; values in the same order; origin is added here.
    // An invalid QVariant stands for NULL; any other missing text is stored as '' (NOT NULL columns).
    QVariantList values;
    values.reserve(givenValues.size());
    for (const QVariant &v : givenValues)
        values << (v.isValid() && v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(u""_s) : v);
    QVariantList keyValues;
    for (int i = 0; i < keyColumns.size(); ++i)
        keyValues << values[i];
    const Result<std::optional<ImportWriter::StoredRow>> found = m_writer.findRow(table, keyColumns, keyValues, columns);
    if (!found) {
        addProblem(line, 0, found.errorText());
        return Upsert::Failed;
    }
    const QString origin = originText();
    if (const std::optional<ImportWriter::StoredRow> &existing = *found) {
        bool same = existing->origin == origin;
        for (int i = 0; i < columns.size() && same; ++i) {
            const QVariant old = existing->values[i];
            const QVariant now = values[i];
            same = (old.isNull() && !now.isValid()) || (!old.isNull() && now.isValid() && old.toString() == now.toString());
        }
        if (same)
            return Upsert::Unchanged;
        const QString &oldOrigin = existing->origin;
        if (oldOrigin == u"user"_s && m_options.origin == Origin::Bundled)
            return Upsert::KeptUsers;
        // Bundled reference rows (the regions, indicators and sources the program ships) are
        // protected like a user's figures: a file that renames 전라남도 needs --replace.
        // Equivalent values (1 and 1.0) and blank columns are no change of a bundled row's content.
        auto equivalent = [&] {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant old = existing->values[i];
                const QString was = old.isNull() ? QString() : old.toString();
                const QString now = values[i].isValid() ? values[i].toString() : QString();
                if (now.isEmpty())
                    continue; // a column the file leaves blank renames nothing
                bool a = false, b = false;
                const double x = was.toDouble(&a), y = now.toDouble(&b);
                if (was != now && !(a && b && x == y))
                    return false;
            }
            return true;
        };
        if (oldOrigin == u"bundled"_s && m_options.origin != Origin::Bundled && !m_options.replaceUserRows
            && !equivalent()) {
            addProblem(line, 0,
                u"would change the bundled %1 row %2; import with --replace to change it"_s.arg(
                    table, keyValues.first().toString()));
            return Upsert::Refused;
        }
        if (oldOrigin == u"user"_s && !m_options.replaceUserRows) {
            addProblem(line, 0,
                ImportText::tr("would overwrite your own %1 row %2; import with --replace to overwrite it").arg(
                    table, keyValues.first().toString()));
            return Upsert::Refused;
        }
        if (Status s = m_writer.updateRow(table, keyColumns, keyValues, columns.mid(keyColumns.size()),
                values.mid(keyColumns.size()), m_options.origin);
            !s) {
            addProblem(line, 0, s.errorText());
            return Upsert::Failed;
        }
        return Upsert::Replaced;
    }
    if (Result<bool> inserted = m_writer.insertRow(table, columns, values, m_options.origin); !inserted) {
        addProblem(line, 0, inserted.errorText());
        return Upsert::Failed;
    }
    return Upsert::Written;
}

void ImportSession::count(Upsert result)
{
    switch (result) {
    case Upsert::Written:
        ++m_report->written;
        break;
    case Upsert::Replaced:
        ++m_report->replaced;
        break;
    case Upsert::Unchanged:
        ++m_report->unchanged;
        break;
    case Upsert::KeptUsers:
        skip(ImportText::tr("kept the user's own version"));
        break;
    case Upsert::Refused:
    case Upsert::Failed:
        break;
    }
}

int ImportSession::ensureSource(const QString &id, const QString &publisher, const QString &title,
    const QString &url, const QString &retrieved)
{
    if (const int existing = m_reference.sourceIndex(id); existing >= 0)
        return existing;
    const Upsert result = upsert(u"sources"_s, { u"id"_s },
        { u"id"_s, u"publisher"_s, u"title"_s, u"url"_s, u"published"_s, u"retrieved"_s, u"licence"_s },
        { id, publisher, title, url, QString(), retrieved, QString() }, 0);
    if (result == Upsert::Failed || result == Upsert::Refused)
        return -1;
    m_report->notes << ImportText::tr("recorded the source \"%1\" for the figures of this file").arg(id);
    return m_reference.addSource(id, refOf(u"sources"_s, u"id"_s, id));
}

qint64 ImportSession::refOf(const QString &table, const QString &keyColumn, const QString &key)
{
    const Result<qint64> ref = m_writer.refOf(table, keyColumn, key);
    return ref ? *ref : 0;
}

void ImportSession::reportProgress(double fraction)
{
    if (m_options.progress)
        m_options.progress(m_report ? m_report->file : QString(), fraction);
}

} // namespace air
