// The CSV reader: RFC 4180 quoting, line ends, and strict errors with their line and column.
#include "io/csvparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<QStringList> parseAll(const QString &text, std::optional<air::Problem> *problem = nullptr,
    QList<qint64> *lines = nullptr)
{
    air::CsvParser parser(text, u"t.csv"_s);
    QList<QStringList> rows;
    while (parser.next()) {
        QStringList row;
        for (QStringView f : parser.fields())
            row << f.toString();
        rows << row;
        if (lines)
            *lines << parser.line();
    }
    if (problem)
        *problem = parser.problem();
    return rows;
}

} // namespace

class TestCsvParser final : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void recordsStartLines();
    void errors_data();
    void errors();
};

void TestCsvParser::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("rows");

    QTest::newRow("simple") << u"a,b\n1,2\n"_s << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("no final newline") << u"a,b\n1,2"_s << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("CRLF") << u"a,b\r\n1,2\r\n"_s << QList<QStringList> { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("CR alone") << u"a\r1\r"_s << QList<QStringList> { { u"a"_s }, { u"1"_s } };
    QTest::newRow("quoted comma") << u"\"a,b\",c\n"_s << QList<QStringList> { { u"a,b"_s, u"c"_s } };
    QTest::newRow("doubled quote") << u"\"say \"\"hi\"\"\",x\n"_s
                                   << QList<QStringList> { { u"say \"hi\""_s, u"x"_s } };
    QTest::newRow("embedded newline") << u"\"line1\nline2\",x\n"_s
                                      << QList<QStringList> { { u"line1\nline2"_s, u"x"_s } };
    QTest::newRow("embedded CRLF") << u"\"a\r\nb\",x\r\n"_s << QList<QStringList> { { u"a\r\nb"_s, u"x"_s } };
    QTest::newRow("empty fields") << u",,\n"_s << QList<QStringList> { { QString(), QString(), QString() } };
    QTest::newRow("blank lines skipped") << u"a\n\n\nb\n"_s << QList<QStringList> { { u"a"_s }, { u"b"_s } };
    QTest::newRow("empty quoted field") << u"\"\",x\n"_s << QList<QStringList> { { QString(), u"x"_s } };
    QTest::newRow("Hangul") << u"\"전라남도\",1\n"_s << QList<QStringList> { { u"전라남도"_s, u"1"_s } };
}

void TestCsvParser::parses()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, rows);
    std::optional<air::Problem> problem;
    QCOMPARE(parseAll(text, &problem), rows);
    QVERIFY(!problem);
}

void TestCsvParser::recordsStartLines()
{
    QList<qint64> lines;
    parseAll(u"a\n\"b\nc\"\n\nd\n"_s, nullptr, &lines);
    QCOMPARE(lines, (QList<qint64> { 1, 2, 5 }));
}

void TestCsvParser::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unbalanced quote") << u"a,b\n1,\"open\n2,3\n"_s << qint64(2) << 3 << u"never closed"_s;
    QTest::newRow("quote inside an unquoted field") << u"a,b\n1,x\"y\n"_s << qint64(2) << 4 << u"quote inside"_s;
    QTest::newRow("text after a closing quote") << u"\"a\"b,c\n"_s << qint64(1) << 4 << u"after a closing quote"_s;
}

void TestCsvParser::errors()
{
    QFETCH(QString, text);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, reason);
    std::optional<air::Problem> problem;
    parseAll(text, &problem);
    QVERIFY(problem);
    QCOMPARE(problem->file, u"t.csv"_s);
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
    QVERIFY2(problem->reason.contains(reason), qPrintable(problem->reason));
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
