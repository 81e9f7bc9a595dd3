// Decoding of CSV bytes: UTF-8 with or without BOM, CP949 (also for syllables outside EUC-KR),
// and clear refusals for what is not text. No widgets: the lightest main.
#include "io/textdecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using air::TextEncoding;

class TestTextDecoder final : public QObject {
    Q_OBJECT
private slots:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<TextEncoding>("encoding");

    QTest::newRow("plain ASCII") << QByteArray("a,b\n1,2\n") << u"a,b\n1,2\n"_s << TextEncoding::Utf8;
    QTest::newRow("UTF-8 Hangul") << QByteArray("\xEC\xA0\x84\xEB\x82\xA8") << u"전남"_s << TextEncoding::Utf8;
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF\xEC\xA0\x84\xEB\x82\xA8") << u"전남"_s
                                    << TextEncoding::Utf8WithBom;
    // 전라남도 in CP949 (= EUC-KR for these syllables).
    QTest::newRow("CP949 KS X 1001 syllables") << QByteArray("\xC0\xFC\xB6\xF3\xB3\xB2\xB5\xB5") << u"전라남도"_s
                                               << TextEncoding::Cp949;
    // 똠 is outside KS X 1001: CP949's extension area (0x8C63). EUC-KR decoders garble it.
    QTest::newRow("CP949 syllable outside EUC-KR (똠)") << QByteArray("\x8C\x63,1\n") << u"똠,1\n"_s
                                                      << TextEncoding::Cp949;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(TextEncoding, encoding);
    const auto decoded = air::decodeText(bytes, u"f.csv"_s);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorText()));
    QCOMPARE(decoded->text, text);
    QCOMPARE(decoded->encoding, encoding);
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<qint64>("line");

    QTest::newRow("ZIP (an .xlsx renamed)") << QByteArray("PK\x03\x04\x14\x00rest", 10) << u"not CSV"_s << qint64(0);
    QTest::newRow("old Excel") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1more") << u"not CSV"_s << qint64(0);
    QTest::newRow("embedded NUL") << QByteArray("a,b\n1,\0", 7) << u"NUL byte"_s << qint64(2);
    QTest::newRow("invalid after BOM") << QByteArray("\xEF\xBB\xBF" "a\n\xFF\n") << u"invalid UTF-8"_s << qint64(2);
    QTest::newRow("CP949 cut in the middle of a character") << QByteArray("a,b\n\xC0\xFC,\xB6") << u"neither"_s
                                                             << qint64(2);
    QTest::newRow("mixed UTF-8 and CP949") << QByteArray("\xEC\xA0\x84\xEB\x82\xA8,1\n\xC0\xFC\xB6\xF3,2\n")
                                          << u"mixed text encodings"_s << qint64(2);
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(qint64, line);
    const auto decoded = air::decodeText(bytes, u"bad.csv"_s);
    QVERIFY(!decoded.ok());
    const air::Problem &p = decoded.problems().first();
    QVERIFY2(p.reason.contains(expected), qPrintable(p.reason));
    QCOMPARE(p.file, u"bad.csv"_s);
    QCOMPARE(p.line, line);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
