#include "database/bundleddataset.h"

#include "database/sql.h"
#include "import/importer.h"

#include <QFile>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace air {

QStringList BundledDataset::files()
{
    static const QStringList names = { u"regions"_s, u"region_aliases"_s, u"region_groups"_s, u"sources"_s,
        u"indicators"_s, u"observations"_s, u"plans"_s, u"weights"_s, u"facts"_s };
    QStringList paths;
    for (const QString &name : names) {
        const QString path = u":/data/%1.csv"_s.arg(name);
        if (QFile::exists(path))
            paths << path;
    }
    return paths;
}

QString BundledDataset::version()
{
    // Change detection only, on every start: FNV-1a's multiply over 8-byte words (little-endian,
    // so the same on every machine and in every process; qHashBits is seeded per process). SHA-256
    // took 1.5 ms of a 45 ms start, FNV-1a byte by byte about 1 ms.
    const quint64 prime = 0x100000001B3ULL;
    quint64 digest = 0xCBF29CE484222325ULL;
    qint64 bytes = 0;
    for (const QString &path : files()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        const char *p = data.constData();
        const qsizetype n = data.size();
        qsizetype i = 0;
        for (; i + 8 <= n; i += 8) {
            digest ^= qFromLittleEndian<quint64>(p + i);
            digest *= prime;
            digest ^= digest >> 32;
        }
        for (; i < n; ++i) {
            digest ^= quint8(p[i]);
            digest *= prime;
        }
        bytes += n;
    }
    return u"%1-%2"_s.arg(bytes).arg(digest, 16, 16, QLatin1Char('0'));
}

Status BundledDataset::ensureLoaded(QSqlDatabase &db)
{
    const QString current = version();
    if (sql::scalar(db, u"SELECT value FROM meta WHERE key = 'bundled_dataset'"_s).toString() == current)
        return Ok {};

    ImportOptions options;
    options.origin = Origin::Bundled;
    options.beforeWrite = [](QSqlDatabase &db) -> Status {
        for (const QString &statement : {
                 u"DELETE FROM observations WHERE origin = 'bundled'"_s,
                 u"DELETE FROM plan_items WHERE origin = 'bundled'"_s,
                 u"DELETE FROM facts WHERE origin = 'bundled'"_s,
                 u"DELETE FROM region_aliases WHERE origin = 'bundled'"_s,
                 u"DELETE FROM region_group_members WHERE group_id IN "
                 "(SELECT id FROM region_groups WHERE origin = 'bundled')"_s,
             }) {
            if (Status s = sql::exec(db, statement); !s)
                return s;
        }
        return Ok {};
    };
    options.afterWrite = [current](QSqlDatabase &db) -> Status {
        // Sources the new dataset no longer cites, unless a user's row still does.
        if (Status s = sql::exec(db,
                u"DELETE FROM sources WHERE origin = 'bundled' "
                "AND ref NOT IN (SELECT DISTINCT source_ref FROM observations) AND id NOT IN (SELECT source FROM plan_items) "
                "AND id NOT IN (SELECT source FROM facts)"_s);
            !s)
            return s;
        if (Result<QSqlQuery> q = sql::run(db,
                u"INSERT INTO meta (key, value) VALUES ('bundled_dataset', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                { current });
            !q)
            return q.problems();
        return Ok {};
    };

    QList<InputFile> inputs;
    for (const QString &path : files()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Problem { path, 0, 0, u"the bundled dataset cannot be read"_s };
        inputs << InputFile { path, f.readAll() };
    }
    Result<ImportReport> report = Importer::importData(db, inputs, options);
    if (!report)
        return report.problems();
    return Ok {};
}

} // namespace air
