// The chain the PostgreSQL suites rely on, on the real server of the fixture "postgres": Qt's QPSQL
// driver reaches it through the URL, it is PostgreSQL 15, a committed row is seen by a second
// connection (and an uncommitted one is not), and NOTIFY with its payload reaches a LISTENing
// connection, only once the notifying transaction commits; and the helper that gives each suite a
// database of its own.
#include "postgressupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace air;
using namespace Qt::StringLiterals;

class TestPostgresServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isPostgres15();
    void committedRowIsSeenByASecondConnection();
    void notifyReachesAListeningConnection();
    void scratchDatabaseIsDroppedWithItsConnections();
    void cleanupTestCase();

private:
    // Runs SQL on DB; fails the test with the server's message.
    static bool exec(const QSqlDatabase &db, const QString &sql);

    QUrl m_url;
    // A database of this suite's own: suites running at once do not collide.
    std::unique_ptr<test::ScratchPostgresDatabase> m_scratch;
    const QString m_table = QStringLiteral("figures");
    const QString m_channel = QStringLiteral("air_figures");
};

static const QString writer = QStringLiteral("tst_postgres_server_writer");
static const QString reader = QStringLiteral("tst_postgres_server_reader");

bool TestPostgresServer::exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return false;
}

void TestPostgresServer::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's PostgreSQL driver QPSQL is missing: install libqt6sql6-psql (scripts/setup.sh does)");
    QString why;
    m_url = test::postgresUrl(&why);
    QVERIFY2(m_url.isValid(), qPrintable(why));

    m_scratch = std::make_unique<test::ScratchPostgresDatabase>(m_url, u"tst_postgres_server"_s);
    QVERIFY2(m_scratch->isValid(), qPrintable(m_url.toDisplayString() + u": "_s + m_scratch->errorText()));

    for (const QString &name : {writer, reader}) {
        QSqlDatabase db = test::openPostgres(m_scratch->url(), name);
        QVERIFY2(db.isOpen(), qPrintable(m_scratch->url().toDisplayString() + u": "_s + db.lastError().text()));
    }
}

void TestPostgresServer::isPostgres15()
{
    QSqlQuery q(QSqlDatabase::database(writer));
    QVERIFY2(q.exec(QStringLiteral("SELECT version(), current_setting('server_version_num')::int")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    const QString version = q.value(0).toString();
    QVERIFY2(version.startsWith(u"PostgreSQL 15."), qPrintable(version));
    const int number = q.value(1).toInt();
    QVERIFY2(number >= 150000 && number < 160000, qPrintable(QString::number(number)));
}

void TestPostgresServer::committedRowIsSeenByASecondConnection()
{
    QSqlDatabase w = QSqlDatabase::database(writer);
    QSqlDatabase r = QSqlDatabase::database(reader);
    QVERIFY(exec(w, u"CREATE TABLE "_s + m_table + u" (id integer PRIMARY KEY, region text NOT NULL, "
                                                     u"value double precision NOT NULL)"_s));

    const auto countRows = [&](const QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*), min(region), min(value) FROM "_s + m_table) || !q.next()) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toInt();
    };

    QVERIFY(w.transaction());
    QSqlQuery insert(w);
    QVERIFY(insert.prepare(u"INSERT INTO "_s + m_table + u" (id, region, value) VALUES (?, ?, ?)"_s));
    insert.addBindValue(1);
    insert.addBindValue(QStringLiteral("전라남도"));
    insert.addBindValue(3.25);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    QCOMPARE(countRows(w), 1);
    QCOMPARE(countRows(r), 0); // not committed yet: a second session must not see it
    QVERIFY2(w.commit(), qPrintable(w.lastError().text()));

    QSqlQuery q(r);
    QVERIFY2(q.exec(u"SELECT region, value FROM "_s + m_table + u" WHERE id = 1"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("전라남도"));
    QCOMPARE(q.value(1).toDouble(), 3.25);
}

void TestPostgresServer::notifyReachesAListeningConnection()
{
    QSqlDatabase listener = QSqlDatabase::database(reader);
    QSqlDatabase notifier = QSqlDatabase::database(writer);
    QVERIFY(listener.driver()->hasFeature(QSqlDriver::EventNotifications));
    QVERIFY2(listener.driver()->subscribeToNotification(m_channel), qPrintable(listener.driver()->lastError().text()));
    QVERIFY(listener.driver()->subscribedToNotifications().contains(m_channel));

    QSignalSpy spy(listener.driver(), &QSqlDriver::notification);
    QVERIFY(spy.isValid());

    // A notification inside a transaction is delivered when it commits, with the row it announces.
    QVERIFY(notifier.transaction());
    QVERIFY(exec(notifier, u"INSERT INTO "_s + m_table + u" (id, region, value) VALUES (2, '경기도', 4.5)"_s));
    QVERIFY(exec(notifier, u"NOTIFY "_s + m_channel + u", '전라남도 2 rows'"_s));
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);
    QVERIFY2(notifier.commit(), qPrintable(notifier.lastError().text()));

    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    const QList<QVariant> arguments = spy.takeFirst();
    QCOMPARE(arguments.at(0).toString(), m_channel);
    QCOMPARE(arguments.at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    QCOMPARE(arguments.at(2).toString(), QStringLiteral("전라남도 2 rows"));

    QSqlQuery q(listener);
    QVERIFY2(q.exec(u"SELECT region FROM "_s + m_table + u" WHERE id = 2"_s), qPrintable(q.lastError().text()));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("경기도"));

    // pg_notify takes the channel and the payload as bound values: the form for payloads from data.
    QSqlQuery notify(notifier);
    QVERIFY(notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)")));
    notify.addBindValue(m_channel);
    notify.addBindValue(QStringLiteral("it's \"quoted\", 100%"));
    QVERIFY2(notify.exec(), qPrintable(notify.lastError().text()));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
    QCOMPARE(spy.takeFirst().at(2).toString(), QStringLiteral("it's \"quoted\", 100%"));

    QVERIFY(listener.driver()->unsubscribeFromNotification(m_channel));
    QVERIFY(exec(notifier, u"NOTIFY "_s + m_channel + u", 'after unsubscribing'"_s));
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);
}

// The helper every suite uses for its own database: created, reachable, and gone afterwards even with a
// connection still open to it.
void TestPostgresServer::scratchDatabaseIsDroppedWithItsConnections()
{
    const auto exists = [](const QString &name) {
        QSqlQuery q(QSqlDatabase::database(writer));
        q.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    QString name;
    const QString connection = QStringLiteral("tst_postgres_server_scratch");
    {
        test::ScratchPostgresDatabase scratch(m_url, u"tst_postgres_server_drop"_s);
        QVERIFY2(scratch.isValid(), qPrintable(scratch.errorText()));
        name = scratch.name();
        QVERIFY(name != m_scratch->name());
        QCOMPARE(exists(name), 1);
        QSqlDatabase db = test::openPostgres(scratch.url(), connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(exec(db, QStringLiteral("CREATE TABLE t (x integer)")));
    } // the connection is still open here
    QCOMPARE(exists(name), 0);
    QSqlDatabase::database(connection).close();
    QSqlDatabase::removeDatabase(connection);

    test::ScratchPostgresDatabase invalid(m_url, u"Not-A-Name; DROP"_s);
    QVERIFY(!invalid.isValid());
    QVERIFY(!invalid.errorText().isEmpty());
}

void TestPostgresServer::cleanupTestCase()
{
    for (const QString &name : {writer, reader}) {
        if (QSqlDatabase::contains(name))
            QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    m_scratch.reset();
}

QTEST_GUILESS_MAIN(TestPostgresServer) // no widgets: a QCoreApplication runs the notifier's event loop
#include "tst_postgres_server.moc"
