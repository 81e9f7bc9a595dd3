#pragma once

// The PostgreSQL server of the test run, for the suites labelled "postgresql".
//
// Under ctest, a test added with air_add_postgres_test() (tests/CMakeLists.txt) runs while the fixture
// "postgres" (tests/postgres/pgcluster.sh) holds a throwaway PostgreSQL 15 server; its URL
// (postgresql://USER@127.0.0.1:PORT/DBNAME) is in the file named by AIR_TEST_POSTGRES_URL_FILE.
// A test binary run by hand takes the URL from AIR_TEST_POSTGRES_URL instead.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QUrl>

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

} // namespace air::test
