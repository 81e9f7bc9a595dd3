#pragma once

// The PostgreSQL server of the test run, for the suites labelled "postgresql".
//
// Under ctest, a test added with air_add_postgres_test() (tests/CMakeLists.txt) runs while the fixture
// "postgres" (tests/postgres/pgcluster.sh) holds a throwaway PostgreSQL 15 server; its URL
// (postgresql://USER@127.0.0.1:PORT/DBNAME) is in the file named by AIR_TEST_POSTGRES_URL_FILE.
// A test binary run by hand takes the URL from AIR_TEST_POSTGRES_URL instead.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

#include <atomic>

namespace air::test {

// The server's URL; empty, with the reason in WHY, when there is none.
inline QUrl postgresUrl(QString *why = nullptr)
{
    QString text;
    const QString file = qEnvironmentVariable("AIR_TEST_POSTGRES_URL_FILE");
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            if (why)
                *why = QStringLiteral("cannot read %1 (AIR_TEST_POSTGRES_URL_FILE): %2; did the fixture "
                                      "postgres_start fail?")
                           .arg(file, f.errorString());
            return {};
        }
        text = QString::fromUtf8(f.readAll()).trimmed();
    } else {
        text = qEnvironmentVariable("AIR_TEST_POSTGRES_URL").trimmed();
    }
    if (text.isEmpty()) {
        if (why)
            *why = QStringLiteral("no PostgreSQL server: run the test through ctest (the fixture postgres "
                                  "starts one) or set AIR_TEST_POSTGRES_URL=postgresql://USER@HOST:PORT/DBNAME");
        return {};
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        || url.host().isEmpty() || url.path().size() < 2) {
        if (why)
            *why = QStringLiteral("not a postgresql://USER@HOST[:PORT]/DBNAME URL: %1").arg(text);
        return {};
    }
    return url;
}

// The database name of a postgresql:// URL (its path without the leading '/').
inline QString postgresDatabaseName(const QUrl &url)
{
    return url.path(QUrl::FullyDecoded).mid(1);
}

// A QPSQL connection named CONNECTIONNAME to URL, opened; check isOpen() and lastError().
inline QSqlDatabase openPostgres(const QUrl &url, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    db.setDatabaseName(postgresDatabaseName(url));
    db.open();
    return db;
}

// A database of its own on the server of SERVER, for one suite or one test function, dropped (with any
// connection still open to it) when this goes: suites that run at once never share a table. Roles are
// not per database but per server: name them per test as well.
class ScratchPostgresDatabase final
{
public:
    // PREFIX: lower-case letters, digits and '_'; the name adds the process id and a counter.
    // TEMPLATE: a database of the server to copy (no connection may be open to it), or empty for none.
    ScratchPostgresDatabase(const QUrl &server, const QString &prefix, const QString &templateName = QString())
        : m_serial(counter())
        , m_adminConnection(QStringLiteral("air_test_scratch_admin_%1").arg(m_serial))
    {
        static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{0,30}$"));
        if (!valid.match(prefix).hasMatch()) {
            m_error = QStringLiteral("not a database name prefix: %1").arg(prefix);
            return;
        }
        m_name = QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(m_serial);
        QSqlDatabase admin = openPostgres(server, m_adminConnection);
        if (!admin.isOpen()) {
            m_error = admin.lastError().text();
            return;
        }
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 ENCODING 'UTF8'")
                                .arg(m_name, templateName.isEmpty() ? QStringLiteral("template0") : templateName))) {
            m_error = q.lastError().text();
            return;
        }
        m_url = server;
        m_url.setPath(u'/' + m_name);
    }
    ~ScratchPostgresDatabase()
    {
        if (QSqlDatabase::contains(m_adminConnection)) {
            {
                QSqlDatabase admin = QSqlDatabase::database(m_adminConnection);
                if (m_url.isValid() && admin.isOpen()) {
                    QSqlQuery q(admin);
                    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)))
                        qWarning("cannot drop the test database %s: %s", qPrintable(m_name),
                                 qPrintable(q.lastError().text()));
                }
                admin.close();
            }
            QSqlDatabase::removeDatabase(m_adminConnection);
        }
    }
    ScratchPostgresDatabase(const ScratchPostgresDatabase &) = delete;
    ScratchPostgresDatabase &operator=(const ScratchPostgresDatabase &) = delete;

    bool isValid() const { return m_url.isValid(); }
    QString errorText() const { return m_error; }
    QString name() const { return m_name; }
    // The server's URL with this database in its path.
    QUrl url() const { return m_url; }

private:
    static int counter()
    {
        static std::atomic<int> next{0};
        return next++;
    }

    int m_serial;
    QString m_adminConnection;
    QString m_name;
    QString m_error;
    QUrl m_url;
};

} // namespace air::test
