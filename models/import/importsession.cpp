#include "import/importsession.h"
#include "import/importtext.h"

#include "database/sql.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

ImportSession::ImportSession(QSqlDatabase &db, const ImportOptions &options)
    : m_db(db)
    , m_options(options)
{
}

bool ImportSession::prepare()
{
    if (!m_reference.load(m_db))
        return false;
    sqlite3 *handle = sql::handle(m_db);
    m_insert = std::make_unique<Statement>(handle,
        "INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, note, origin) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    m_select = std::make_unique<Statement>(handle,
        "SELECT value, status, source_ref, note, origin FROM observations "
        "WHERE region_ref = ?1 AND indicator_ref = ?2 AND year = ?3");
    QByteArray batch = "INSERT INTO observations "
                       "(region_ref, indicator_ref, year, value, status, source_ref, note, origin) VALUES ";
    for (int i = 0; i < batchSize; ++i)
        batch += i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
    m_insertBatch = std::make_unique<Statement>(handle, batch.constData());
    m_update = std::make_unique<Statement>(handle,
        "UPDATE observations SET value = ?4, status = ?5, source_ref = ?6, note = ?7, origin = ?8 "
        "WHERE region_ref = ?1 AND indicator_ref = ?2 AND year = ?3");
    return m_insert->isValid() && m_insertBatch->isValid() && m_select->isValid() && m_update->isValid();
}

QByteArray ImportSession::originUtf8() const
{
    return m_options.origin == Origin::Bundled ? QByteArrayLiteral("bundled") : QByteArrayLiteral("user");
}

void ImportSession::beginFile(FileReport *report)
{
    m_report = report;
    resetFileKeys();
}

void ImportSession::addProblem(qint64 line, int column, const QString &reason)
{
    if (m_problems.size() < maxProblems)
        m_problems.append(Problem { m_report ? m_report->file : QString(), line, column, reason });
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

void ImportSession::flushObservations()
{
    if (m_queue.size() == size_t(batchSize) && !hasProblems()) {
        const QByteArray origin = originUtf8();
        for (int i = 0; i < batchSize; ++i) {
            const Observation &o = m_queue[size_t(i)];
            const int base = i * 8;
            m_insertBatch->bind(base + 1, m_reference.region(o.region).ref);
            m_insertBatch->bind(base + 2, m_reference.indicator(o.indicator).ref);
            m_insertBatch->bind(base + 3, o.year);
            m_insertBatch->bind(base + 4, o.value);
            m_insertBatch->bindStatic(base + 5, statusUtf8[o.status]);
            m_insertBatch->bind(base + 6, m_reference.sourceRef(o.source));
            m_insertBatch->bindStatic(base + 7, o.note);
            m_insertBatch->bindCopy(base + 8, origin);
        }
        const int rc = m_insertBatch->step();
        m_insertBatch->reset();
        if (rc == SQLITE_DONE) {
            m_report->written += batchSize;
            m_queue.clear();
            return;
        }
        // Some key exists already (or the batch failed as a whole): row by row, which handles it.
    }
    for (const Observation &o : m_queue) {
        if (hasProblems())
            break;
        writeObservation(o);
    }
    m_queue.clear();
}

void ImportSession::writeObservation(const Observation &o)
{
    const QByteArray origin = originUtf8();
    const QByteArray &note = o.note;
    const qint64 region = m_reference.region(o.region).ref;
    const qint64 indicator = m_reference.indicator(o.indicator).ref;
    const qint64 source = m_reference.sourceRef(o.source);

    auto bindAll = [&](Statement &s) {
        s.bind(1, region);
        s.bind(2, indicator);
        s.bind(3, o.year);
        s.bind(4, o.value);
        s.bindStatic(5, statusUtf8[o.status]);
        s.bind(6, source);
        s.bindStatic(7, note);
        s.bindStatic(8, origin);
    };

    bindAll(*m_insert);
    const int rc = m_insert->step();
    const int extended = m_insert->extendedError();
    m_insert->reset();
    if (rc == SQLITE_DONE) {
        ++m_report->written;
        return;
    }
    if (extended != SQLITE_CONSTRAINT_PRIMARYKEY) {
        addProblem(o.line, o.column, ImportText::tr("the database refused this row: %1").arg(m_insert->errorText()));
        return;
    }

    // The key exists: same figure, a user's figure to keep or protect, or a replacement.
    m_select->bind(1, region);
    m_select->bind(2, indicator);
    m_select->bind(3, o.year);
    m_select->step();
    const double oldValue = m_select->columnDouble(0);
    const QString oldStatus = m_select->columnText(1);
    const qint64 oldSource = m_select->columnInt64(2);
    const QString oldNote = m_select->columnText(3);
    const QString oldOrigin = m_select->columnText(4);
    m_select->reset();

    const bool same = oldValue == o.value && oldStatus == statusNames()[o.status]
        && oldSource == source && oldNote == QString::fromUtf8(o.note);
    if (same && oldOrigin == QString::fromLatin1(origin)) {
        ++m_report->unchanged;
        return;
    }
    if (oldOrigin == u"user"_s && m_options.origin == Origin::Bundled) {
        skip(ImportText::tr("kept the user's own figure"));
        return;
    }
    if (oldOrigin == u"user"_s && !m_options.replaceUserRows && !same) {
        addProblem(o.line, o.column,
            ImportText::tr("would overwrite your own figure %1 for %2, %3, %4 with %5; import with --replace to overwrite it")
                .arg(QString::number(oldValue, 'g', 15), m_reference.region(o.region).code,
                    m_reference.indicator(o.indicator).id)
                .arg(o.year)
                .arg(QString::number(o.value, 'g', 15)));
        return;
    }
    bindAll(*m_update);
    const int urc = m_update->step();
    m_update->reset();
    if (urc != SQLITE_DONE) {
        addProblem(o.line, o.column, ImportText::tr("the database refused this row: %1").arg(m_update->errorText()));
        return;
    }
    ++m_report->replaced;
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
    QStringList where;
    QVariantList keyValues;
    for (int i = 0; i < keyColumns.size(); ++i) {
        where << keyColumns[i] + u" = ?"_s;
        keyValues << values[i];
    }
    Result<QSqlQuery> existing = sql::run(m_db,
        u"SELECT %1, origin FROM %2 WHERE %3"_s.arg(columns.join(u", "_s), table, where.join(u" AND "_s)), keyValues);
    if (!existing) {
        addProblem(line, 0, existing.errorText());
        return Upsert::Failed;
    }
    const QString origin = originText();
    if (existing->next()) {
        bool same = existing->value(int(columns.size())).toString() == origin;
        for (int i = 0; i < columns.size() && same; ++i) {
            const QVariant old = existing->value(i);
            const QVariant now = values[i];
            same = (old.isNull() && !now.isValid()) || (!old.isNull() && now.isValid() && old.toString() == now.toString());
        }
        if (same)
            return Upsert::Unchanged;
        const QString oldOrigin = existing->value(int(columns.size())).toString();
        if (oldOrigin == u"user"_s && m_options.origin == Origin::Bundled)
            return Upsert::KeptUsers;
        // Bundled reference rows (the regions, indicators and sources the program ships) are
        // protected like a user's figures: a file that renames 전라남도 needs --replace.
        // Equivalent values (1 and 1.0) and blank columns are no change of a bundled row's content.
        auto equivalent = [&] {
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant old = existing->value(i);
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
        QStringList sets;
        QVariantList bound;
        for (int i = int(keyColumns.size()); i < columns.size(); ++i) {
            sets << columns[i] + u" = ?"_s;
            bound << values[i];
        }
        sets << u"origin = ?"_s;
        bound << origin;
        bound << keyValues;
        if (Result<QSqlQuery> q = sql::run(m_db,
                u"UPDATE %1 SET %2 WHERE %3"_s.arg(table, sets.join(u", "_s), where.join(u" AND "_s)), bound);
            !q) {
            addProblem(line, 0, q.errorText());
            return Upsert::Failed;
        }
        return Upsert::Replaced;
    }
    QStringList marks;
    for (qsizetype i = 0; i <= columns.size(); ++i)
        marks << u"?"_s;
    QVariantList bound = values;
    bound << origin;
    if (Result<QSqlQuery> q = sql::run(m_db,
            u"INSERT INTO %1 (%2, origin) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)), bound);
        !q) {
        addProblem(line, 0, q.errorText());
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
    return sql::scalar(m_db, u"SELECT ref FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn), { key }).toLongLong();
}

void ImportSession::reportProgress(double fraction)
{
    if (m_options.progress)
        m_options.progress(m_report ? m_report->file : QString(), fraction);
}

} // namespace air
