#include "storage/sqlite/sqlitecheck.h"

#include "storage/sql/sql.h"
#include "storage/sqlite/schema.h"

using namespace Qt::StringLiterals;

namespace air {
namespace {

// The tables, views, triggers and indexes a file of schema VERSION must have: those a new
// database migrated to that version has (built in memory, so the list follows the migrations).
QList<QPair<QString, QString>> objectsOf(QSqlDatabase &db)
{
    QList<QPair<QString, QString>> objects;
    if (Result<QSqlQuery> q = sql::run(db,
            u"SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
        q) {
        while (q->next())
            objects.append({ q->value(0).toString(), q->value(1).toString() });
    }
    return objects;
}

QStringList missingSchemaObjects(QSqlDatabase &db, int version)
{
    QStringList missing;
    if (version <= 0 || version > schema::latestVersion())
        return missing;
    const QString name = u"air-schema-reference-%1"_s.arg(quintptr(&db), 0, 16);
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        reference.setDatabaseName(u":memory:"_s);
        if (reference.open() && schema::migrate(reference, version)) {
            const QList<QPair<QString, QString>> present = objectsOf(db);
            for (const auto &object : objectsOf(reference)) {
                if (!present.contains(object))
                    missing << u"the %1 %2 is missing (schema version %3 has it)"_s.arg(object.first, object.second)
                                   .arg(version);
            }
        }
        reference.close();
    }
    QSqlDatabase::removeDatabase(name);
    return missing;
}

} // namespace

StorageCheck checkSqliteDatabase(QSqlDatabase &db)
{
    StorageCheck check;
    check.schemaVersion = schema::currentVersion(db);
    // Issue 18, 11: with a table or view dropped, integrity_check says ok while every command fails.
    for (const QString &missing : missingSchemaObjects(db, check.schemaVersion))
        check.problems << u"schema: "_s + missing;
    check.bundledDataset = sql::scalar(db, u"SELECT value FROM meta WHERE key = 'bundled_dataset'"_s).toString();

    if (Result<QSqlQuery> q = sql::run(db, u"PRAGMA integrity_check"_s); q) {
        while (q->next()) {
            const QString line = q->value(0).toString();
            if (line != u"ok"_s)
                check.problems << u"integrity: %1"_s.arg(line);
        }
    } else {
        check.problems << u"integrity check failed: %1"_s.arg(q.errorText());
    }
    if (Result<QSqlQuery> q = sql::run(db, u"PRAGMA foreign_key_check"_s); q) {
        while (q->next())
            check.problems << u"foreign key: a row of %1 points to a missing row of %2"_s.arg(
                q->value(0).toString(), q->value(2).toString());
    }
    const qint64 unsourced = sql::scalar(db,
        u"SELECT COUNT(*) FROM observations o LEFT JOIN sources s ON s.ref = o.source_ref WHERE s.ref IS NULL"_s)
                                 .toLongLong();
    if (unsourced > 0)
        check.problems << u"%1 observations without a source"_s.arg(unsourced);

    for (const QString &table : { u"regions"_s, u"region_aliases"_s, u"region_groups"_s, u"region_group_members"_s,
             u"indicators"_s, u"sources"_s, u"observations"_s, u"plans"_s, u"plan_items"_s, u"weight_sets"_s,
             u"weights"_s, u"saved_views"_s }) {
        check.counts.append({ table, sql::scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(table)).toLongLong() });
    }
    const qint64 userRows = sql::scalar(db, u"SELECT COUNT(*) FROM observations WHERE origin = 'user'"_s).toLongLong();
    check.counts.append({ u"observations (user)"_s, userRows });
    check.userRows = userRows;
    check.ok = check.problems.isEmpty();
    return check;
}

} // namespace air
