// Saved views (보기 저장) and slides (issue 17, 3): the storage's calls on both engines, and the command line
// as an official uses it (the real executable): view save/list/delete, --view for export-pdf, screenshot
// and export-slides, and the slide pictures read back.
#include "clisupport.h"
#include "storage/openstorage.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace air;

using Run = test::CliRun;
using test::runCli;

class TestViews final : public QObject {
    Q_OBJECT
private slots:
    void init() { m_db = test::openTempDatabase(); }
    void cleanup() { m_db.reset(); }
    void saveListReplaceDelete();
    void badViewsAreRefusedAndNothingIsSaved_data();
    void badViewsAreRefusedAndNothingIsSaved();
    void copyCarriesTheViews();
    void readOnlyDatabaseRefusesSaving();
    void commandLineRoundTrip();
    void commandLineRefusesBadViews_data();
    void commandLineRefusesBadViews();
    void exportPdfOfAViewIsTheExplicitOne();
    void unknownViewIsRefused();
    void screenshotOfAView();
    void slidesAtSlideSize();
    void slidesRefuseWhatIsNotAWritableFolder();

private:
    QString db() const { return m_db->locator(); }
    SavedViewRecord aView(const QString &name) const
    {
        SavedViewRecord v;
        v.name = name;
        v.region = u"KR-11"_s;
        v.comparison = u"KR-46"_s;
        v.year = 2023;
        v.weightSet = u"equal"_s;
        v.normalisation = u"zscore"_s;
        v.page = u"talent"_s;
        return v;
    }
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestViews::saveListReplaceDelete()
{
    Storage &s = m_db->store();
    QVERIFY(s.savedViews()->isEmpty());
    const Status saved = s.saveView(aView(u"국장 보고"_s));
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    QVERIFY(s.saveView(aView(u"가나다"_s)).ok());
    const auto all = s.savedViews();
    QVERIFY2(all.ok(), qPrintable(all.errorText()));
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).name, u"가나다"_s); // by name
    QVERIFY(all->at(1).sameSelection(aView(u"국장 보고"_s)));
    QCOMPARE(all->at(1).savedBy, s.userName());
    QVERIFY(QDateTime::fromString(all->at(1).savedAt, Qt::ISODateWithMs).isValid());

    // Saving under a taken name replaces the view (one row), the latest year back to "latest".
    SavedViewRecord replaced = aView(u"국장 보고"_s);
    replaced.year = 0;
    replaced.region = u"KR-46"_s;
    replaced.comparison = u"KR-41"_s;
    QVERIFY(s.saveView(replaced).ok());
    const auto one = s.savedView(u"국장 보고"_s);
    QVERIFY(one.ok());
    QVERIFY(one->sameSelection(replaced));
    QCOMPARE(s.savedViews()->size(), 2);

    QVERIFY(s.deleteView(u"국장 보고"_s).ok());
    QCOMPARE(s.savedView(u"국장 보고"_s).errorKind(), ErrorKind::NotFound);
    QCOMPARE(s.deleteView(u"국장 보고"_s).errorKind(), ErrorKind::NotFound);
    QCOMPARE(s.savedViews()->size(), 1);

    // Every save and delete is in the history, with who and when.
    const auto history = s.savedViewHistory();
    QVERIFY(history.ok());
    QStringList actions;
    for (const SavedViewHistoryRecord &h : *history)
        actions << h.view + u':' + h.action;
    QCOMPARE(actions, QStringList({ u"국장 보고:save"_s, u"가나다:save"_s, u"국장 보고:save"_s, u"국장 보고:delete"_s }));
    QVERIFY(history->first().detail.contains(u"KR-11"_s) && history->first().detail.contains(u"2023"_s));
    QCOMPARE(history->last().changedBy, s.userName());
}

void TestViews::badViewsAreRefusedAndNothingIsSaved_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no name") << u"name"_s << u"  "_s << u"a view needs a name"_s;
    QTest::newRow("unknown region") << u"region"_s << u"KR-99"_s << u"unknown region 'KR-99'"_s;
    QTest::newRow("unknown comparison") << u"comparison"_s << u"XX"_s << u"unknown region 'XX'"_s;
    QTest::newRow("a district's province that is none") << u"within"_s << u"KR-11-110"_s << u"unknown province"_s;
    QTest::newRow("level 3") << u"level"_s << u"3"_s << u"the level is 1"_s;
    QTest::newRow("a year without figures") << u"year"_s << u"1850"_s << u"no figure of the year 1850"_s;
    QTest::newRow("unknown weight set") << u"weights"_s << u"mine"_s << u"unknown weight set 'mine'"_s;
    QTest::newRow("unknown normalisation") << u"normalisation"_s << u"log"_s << u"unknown normalisation 'log'"_s;
    QTest::newRow("unknown scenario") << u"scenario"_s << u"전남 계획 달성"_s << u"no saved scenario named"_s;
}

void TestViews::badViewsAreRefusedAndNothingIsSaved()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    Storage &s = m_db->store();
    QVERIFY(s.saveView(aView(u"kept"_s)).ok());
    const QString before = test::dumpDatabase(m_db->db());
    SavedViewRecord v = aView(u"kept"_s); // a refused save leaves the view of that name as it was
    if (field == u"name")
        v.name = value;
    else if (field == u"region")
        v.region = value;
    else if (field == u"comparison")
        v.comparison = value;
    else if (field == u"within")
        v.level = 2, v.within = value;
    else if (field == u"level")
        v.level = value.toInt();
    else if (field == u"year")
        v.year = value.toInt();
    else if (field == u"weights")
        v.weightSet = value;
    else if (field == u"normalisation")
        v.normalisation = value;
    else if (field == u"scenario")
        v.scenario = value;
    const Status refused = s.saveView(v);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorKind(), ErrorKind::Invalid);
    QVERIFY2(refused.errorText().contains(reason), qPrintable(refused.errorText()));
    QCOMPARE(test::dumpDatabase(m_db->db()), before);
}

// `copy` carries the views and their history, from either engine into a file.
void TestViews::copyCarriesTheViews()
{
    Storage &s = m_db->store();
    QVERIFY(s.saveView(aView(u"국장 보고"_s)).ok());
    QVERIFY(s.deleteView(u"국장 보고"_s).ok());
    QVERIFY(s.saveView(aView(u"다시"_s)).ok());
    const auto dumped = s.dumpAll();
    QVERIFY2(dumped.ok(), qPrintable(dumped.errorText()));
    QTemporaryDir dir;
    const auto file = openStorage(dir.filePath(u"copy.sqlite"_s));
    QVERIFY(file.ok());
    const Status restored = (*file)->restoreAll(*dumped);
    QVERIFY2(restored.ok(), qPrintable(restored.errorText()));
    const auto views = (*file)->savedViews();
    QVERIFY(views.ok());
    QCOMPARE(views->size(), 1);
    QVERIFY(views->first().sameSelection(aView(u"다시"_s)));
    QCOMPARE(views->first().savedAt, s.savedViews()->first().savedAt);
    QCOMPARE((*file)->savedViewHistory()->size(), 3);
    QVERIFY((*file)->check().ok);
    // A view saved in the copy after it continues its history (the server's identity follows the copied ids).
    QVERIFY((*file)->saveView(aView(u"사본"_s)).ok());
    QCOMPARE((*file)->savedViewHistory()->size(), 4);
    const QList<std::pair<QString, qint64>> counts = (*file)->check().counts;
    QVERIFY(std::any_of(counts.cbegin(), counts.cend(), [](const auto &c) { return c.first == u"saved_views"_s && c.second == 2; }));
}

void TestViews::readOnlyDatabaseRefusesSaving()
{
    const std::shared_ptr<Storage> viewer = test::openDesk(db(), true);
    if (!viewer->readOnly())
        QSKIP("this engine opens no read-only desk from the options (the team's viewer role is tested in tst_storage)");
    const Status refused = viewer->saveView(aView(u"x"_s));
    QCOMPARE(refused.errorKind(), ErrorKind::ReadOnly);
    QVERIFY2(refused.errorText().contains(u"read-only"_s), qPrintable(refused.errorText()));
    QCOMPARE(viewer->deleteView(u"x"_s).errorKind(), ErrorKind::ReadOnly);
    QVERIFY(m_db->store().savedViews()->isEmpty());
}

void TestViews::commandLineRoundTrip()
{
    const Run saved = runCli({ u"--db"_s, db(), u"view"_s, u"save"_s, u"국장 보고"_s, u"--region"_s, u"서울"_s, u"--compare"_s,
        u"전남"_s, u"--year"_s, u"2023"_s, u"--normalise"_s, u"rank"_s, u"--page"_s, u"talent"_s });
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    const Run list = runCli({ u"--db"_s, db(), u"view"_s, u"list"_s });
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], u"name,level,within,region,compare,year,weights,normalise,scenario,page,saved_by,saved_at"_s);
    QVERIFY2(lines[1].startsWith(u"국장 보고,1,,KR-11,KR-46,2023,equal,rank,,talent,"_s), qPrintable(lines[1]));
    // Unset options take the defaults export-pdf takes: the whole selection is stored.
    QVERIFY(runCli({ u"--db"_s, db(), u"view"_s, u"save"_s, u"기본"_s }).exitCode == 0);
    QVERIFY(runCli({ u"--db"_s, db(), u"view"_s, u"list"_s }).out.contains(u"\n기본,1,,KR-46,KR-41,latest,equal,minmax,,overview,"_s));
    const Run removed = runCli({ u"--db"_s, db(), u"view"_s, u"delete"_s, u"국장 보고"_s });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(!runCli({ u"--db"_s, db(), u"view"_s, u"list"_s }).out.contains(u"국장 보고"_s));
    const Run again = runCli({ u"--db"_s, db(), u"view"_s, u"delete"_s, u"국장 보고"_s });
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(u"no saved view named '국장 보고'"_s), qPrintable(again.err));
    const Run history = runCli({ u"--db"_s, db(), u"view"_s, u"history"_s });
    QVERIFY(history.out.startsWith(u"view,action,detail,changed_by,changed_at\n국장 보고,save,"_s));
    QCOMPARE(history.out.count(u",delete,"_s), 1);
    // The history's words are the language the view was saved in.
    const Run korean = runCli({ u"--lang"_s, u"ko"_s, u"--db"_s, db(), u"view"_s, u"save"_s, u"전남 시군"_s, u"--level"_s,
        u"2"_s, u"--within"_s, u"KR-46"_s });
    QVERIFY2(korean.exitCode == 0, qPrintable(korean.err));
    const QString detail = runCli({ u"--db"_s, db(), u"view"_s, u"history"_s }).out.section(u"\n전남 시군,save,"_s, 1).section(u'\n', 0, 0);
    QVERIFY2(detail.startsWith(u"KR-46의 시군 · "_s) && detail.contains(u"최근 연도"_s), qPrintable(detail));
}

void TestViews::commandLineRefusesBadViews_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown region") << QStringList { u"--region"_s, u"전라남"_s } << u"unknown region '전라남'"_s;
    QTest::newRow("unknown comparison") << QStringList { u"--compare"_s, u"KR-99"_s } << u"unknown region 'KR-99'"_s;
    QTest::newRow("a year without figures") << QStringList { u"--year"_s, u"1990"_s } << u"--year 1990: no figure"_s;
    QTest::newRow("not a year") << QStringList { u"--year"_s, u"작년"_s } << u"--year takes a year or latest"_s;
    QTest::newRow("unknown weights") << QStringList { u"--weights"_s, u"mine"_s } << u"unknown weight set 'mine'"_s;
    QTest::newRow("unknown scenario") << QStringList { u"--scenario"_s, u"없음"_s } << u"no saved scenario named '없음'"_s;
    QTest::newRow("unknown page") << QStringList { u"--page"_s, u"cover"_s } << u"--page takes one of overview"_s;
    QTest::newRow("unknown normalisation") << QStringList { u"--normalise"_s, u"log"_s } << u"--normalise takes minmax"_s;
    QTest::newRow("level 3") << QStringList { u"--level"_s, u"3"_s } << u"view: "_s;
}

void TestViews::commandLineRefusesBadViews()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const Run r = runCli(QStringList { u"--db"_s, db(), u"view"_s, u"save"_s, u"보고"_s } + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(runCli({ u"--db"_s, db(), u"view"_s, u"list"_s }).out.count(u'\n'), 1); // the header alone
    QVERIFY(runCli({ u"--db"_s, db(), u"view"_s, u"history"_s }).out.count(u'\n') == 1);
}

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// The briefing for the director is the view that was shown: export-pdf --view gives the text the same
// options give explicitly; an option beside the view overrides that field alone.
void TestViews::exportPdfOfAViewIsTheExplicitOne()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QTemporaryDir out;
    QVERIFY(runCli({ u"--db"_s, db(), u"view"_s, u"save"_s, u"국장 보고"_s, u"--region"_s, u"KR-11"_s, u"--compare"_s,
                        u"KR-46"_s, u"--year"_s, u"2024"_s, u"--normalise"_s, u"rank"_s })
                .exitCode == 0);
    const QString viewPdf = out.filePath(u"view.pdf"_s), explicitPdf = out.filePath(u"explicit.pdf"_s),
                  otherPdf = out.filePath(u"other.pdf"_s), overriddenPdf = out.filePath(u"overridden.pdf"_s);
    const Run byView = runCli({ u"--db"_s, db(), u"export-pdf"_s, viewPdf, u"--view"_s, u"국장 보고"_s });
    QVERIFY2(byView.exitCode == 0, qPrintable(byView.err));
    const Run explicitRun = runCli({ u"--db"_s, db(), u"export-pdf"_s, explicitPdf, u"--region"_s, u"KR-11"_s, u"--compare"_s,
        u"KR-46"_s, u"--year"_s, u"2024"_s, u"--normalise"_s, u"rank"_s });
    QVERIFY2(explicitRun.exitCode == 0, qPrintable(explicitRun.err));
    const QString text = pdfText(viewPdf);
    QVERIFY(text.contains(u"서울"_s));
    QCOMPARE(text, pdfText(explicitPdf));
    // The default briefing differs (else the comparison above could not fail).
    QVERIFY(runCli({ u"--db"_s, db(), u"export-pdf"_s, otherPdf }).exitCode == 0);
    QVERIFY(pdfText(otherPdf) != text);
    // --year beside the view: the view's other fields, that year.
    QVERIFY(runCli({ u"--db"_s, db(), u"export-pdf"_s, overriddenPdf, u"--view"_s, u"국장 보고"_s, u"--year"_s, u"latest"_s })
                .exitCode == 0);
    QVERIFY(runCli({ u"--db"_s, db(), u"export-pdf"_s, explicitPdf, u"--region"_s, u"KR-11"_s, u"--compare"_s, u"KR-46"_s,
                        u"--normalise"_s, u"rank"_s })
                .exitCode == 0);
    QCOMPARE(pdfText(overriddenPdf), pdfText(explicitPdf));
}

void TestViews::unknownViewIsRefused()
{
    QTemporaryDir out;
    QVERIFY(runCli({ u"--db"_s, db(), u"view"_s, u"save"_s, u"있는 보기"_s }).exitCode == 0);
    for (const QString &command : { u"export-pdf"_s, u"screenshot"_s, u"export-slides"_s }) {
        const QString target = out.filePath(command == u"export-pdf"_s ? u"x.pdf"_s : u"dir"_s);
        const Run r = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, command, target, u"--view"_s, u"없는 보기"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no saved view '없는 보기'; the saved views are: 있는 보기"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target) || QDir(target).isEmpty());
    }
}

void TestViews::screenshotOfAView()
{
    QTemporaryDir out;
    QVERIFY(runCli({ u"--db"_s, db(), u"view"_s, u"save"_s, u"서울"_s, u"--region"_s, u"KR-11"_s, u"--compare"_s, u"KR-46"_s })
                .exitCode == 0);
    const QString viewDir = out.filePath(u"view"_s), plainDir = out.filePath(u"plain"_s);
    const Run byView = runCli({ u"--db"_s, db(), u"screenshot"_s, viewDir, u"--view"_s, u"서울"_s });
    QVERIFY2(byView.exitCode == 0, qPrintable(byView.err));
    QCOMPARE(byView.out.trimmed().split(u'\n').size(), 13);
    QVERIFY(runCli({ u"--db"_s, db(), u"screenshot"_s, plainDir }).exitCode == 0);
    // Seoul's overview is another picture than Jeonnam's.
    const QImage a(QDir(viewDir).filePath(u"01-overview.png"_s)), b(QDir(plainDir).filePath(u"01-overview.png"_s));
    QVERIFY(!a.isNull() && !b.isNull());
    QVERIFY(a != b);
}

namespace {

// The texts of an SVG's <text>, <title> and <desc> elements, and its view box.
struct SvgTexts {
    QString title, desc, texts;
    QRectF viewBox;
};

SvgTexts readSvg(const QString &path)
{
    SvgTexts out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"svg"_s) {
            const QStringList box = xml.attributes().value(u"viewBox"_s).toString().split(u' ');
            if (box.size() == 4)
                out.viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(), box[3].toDouble());
        } else if (xml.name() == u"title"_s) {
            out.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"desc"_s) {
            out.desc = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == u"text"_s) {
            out.texts += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
        }
    }
    return out;
}

} // namespace

void TestViews::slidesAtSlideSize()
{
    QTemporaryDir out;
    QVERIFY(runCli({ u"--db"_s, db(), u"view"_s, u"save"_s, u"보고"_s, u"--year"_s, u"2023"_s }).exitCode == 0);
    // A file of the user's own in the folder stays as it was.
    const QString mine = out.filePath(u"slides/notes.txt"_s);
    QVERIFY(QDir().mkpath(out.filePath(u"slides"_s)));
    QVERIFY(test::writeFile(mine, "my notes\n"));
    const Run r = runCli({ u"--db"_s, db(), u"export-slides"_s, out.filePath(u"slides"_s), u"--view"_s, u"보고"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList files = r.out.trimmed().split(u'\n');
    QVERIFY2(files.size() >= 16 && files.size() % 2 == 0, qPrintable(r.out));
    QCOMPARE(files.first(), out.filePath(u"slides/01-overview-pillars.png"_s));
    QVERIFY(files.contains(out.filePath(u"slides/02-infrastructure-figures.svg"_s)));
    QCOMPARE(test::readFile(mine), QByteArray("my notes\n"));
    QCOMPARE(QDir(out.filePath(u"slides"_s)).entryList(QDir::Files).size(), files.size() + 1);
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    for (const QString &file : files) {
        QVERIFY2(QFileInfo(file).fileName().contains(QRegularExpression(u"^\\d\\d-[a-z]+-[a-z-]+(-\\d)?\\.(png|svg)$"_s)), qPrintable(file));
        if (file.endsWith(u".png"_s)) {
            const QImage image(file);
            QCOMPARE(image.size(), QSize(1920, 1080));
            continue;
        }
        QSvgRenderer renderer(file);
        QVERIFY2(renderer.isValid(), qPrintable(file));
        const SvgTexts svg = readSvg(file);
        QCOMPARE(svg.viewBox, QRectF(0, 0, 1920, 1080)); // 16:9
        // Titled with the region and the year (a trend: the years it spans), in Korean (AI is the program's
        // own term).
        const QString subtitle = svg.desc.section(u'\n', 0, 0);
        static const QRegularExpression span(u"\\d{4}–\\d{4}년"_s);
        const QString year = file.contains(u"-trends-"_s) ? span.match(subtitle).captured() : u"2023년"_s;
        QVERIFY2(subtitle.contains(u"전남"_s) && !year.isEmpty() && subtitle.contains(year), qPrintable(file + u": "_s + subtitle));
        QVERIFY2(svg.texts.contains(year) && svg.texts.contains(u"전남"_s), qPrintable(file));
        QVERIFY2(!QString(svg.title).remove(u"AI"_s).contains(latin), qPrintable(file + u": "_s + svg.title));
        QVERIFY2(!QString(subtitle).remove(u"AI"_s).contains(latin), qPrintable(file + u": "_s + subtitle));
        QVERIFY2(svg.desc.section(u'\n', 1).startsWith(u"출처: "_s) || svg.desc.section(u'\n', 1).startsWith(u"점수: "_s),
            qPrintable(file + u": "_s + svg.desc));
    }
    // A second run replaces its own files and still leaves the user's alone.
    QVERIFY(runCli({ u"--db"_s, db(), u"export-slides"_s, out.filePath(u"slides"_s) }).exitCode == 0);
    QCOMPARE(test::readFile(mine), QByteArray("my notes\n"));
}

void TestViews::slidesRefuseWhatIsNotAWritableFolder()
{
    QTemporaryDir out;
    const QString file = out.filePath(u"a-file"_s);
    QVERIFY(test::writeFile(file, "x"));
    const Run onFile = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"export-slides"_s, file });
    QCOMPARE(onFile.exitCode, 2);
    QVERIFY2(onFile.err.contains(u"is not a folder"_s), qPrintable(onFile.err));
    QCOMPARE(test::readFile(file), QByteArray("x"));
    // A name the program would write, taken by a folder: refused before anything is written.
    QVERIFY(QDir().mkpath(out.filePath(u"taken/01-overview-pillars.png"_s)));
    const Run taken = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"export-slides"_s, out.filePath(u"taken"_s) });
    QCOMPARE(taken.exitCode, 2);
    QVERIFY2(taken.err.contains(u"is not a file: nothing was written"_s), qPrintable(taken.err));
    QCOMPARE(QDir(out.filePath(u"taken"_s)).entryList(QDir::Files).size(), 0);
    // A name the program would write, taken by a link to a file elsewhere: refused, the file elsewhere
    // untouched (the review found it overwritten with a slide). screenshot takes the same care.
    const QString precious = out.filePath(u"precious.txt"_s);
    QVERIFY(test::writeFile(precious, "precious"));
    QVERIFY(QDir().mkpath(out.filePath(u"linked"_s)));
    QVERIFY(QFile::link(precious, out.filePath(u"linked/01-overview-pillars.png"_s)));
    QVERIFY(QFile::link(precious, out.filePath(u"linked/01-overview.png"_s)));
    const Run linked = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"export-slides"_s, out.filePath(u"linked"_s) });
    QCOMPARE(linked.exitCode, 2);
    QVERIFY2(linked.err.contains(u"is a link"_s), qPrintable(linked.err));
    QCOMPARE(test::readFile(precious), QByteArray("precious"));
    const Run shot = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"screenshot"_s, out.filePath(u"linked"_s) });
    QVERIFY(shot.exitCode != 0);
    QVERIFY2(shot.err.contains(u"is a link"_s), qPrintable(shot.err));
    QCOMPARE(test::readFile(precious), QByteArray("precious"));
    if (::geteuid() != 0)
        QSKIP("the folder without write permission needs root to drop to 'nobody'");
    if (test::onServerEngine())
        QSKIP("the unwritable folder is checked on the SQLite run (a database file of nobody's own)");
    // A folder nobody may write to, as 'nobody' (root writes anywhere), with a database of nobody's own.
    test::openToEveryone(out);
    const QString closed = out.filePath(u"closed"_s);
    QVERIFY(QDir().mkpath(closed));
    QFile::setPermissions(closed, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QTemporaryDir home;
    test::openToEveryone(home);
    const Run closedRun = runCli({ u"--db"_s, home.filePath(u"nobody.sqlite"_s), u"--lang"_s, u"en"_s, u"export-slides"_s, closed }, true);
    QCOMPARE(closedRun.exitCode, 2);
    QVERIFY2(closedRun.err.contains(u"cannot write to the folder"_s), qPrintable(closedRun.err));
    QVERIFY(QDir(closed).isEmpty());
}

QTEST_MAIN(TestViews) // the slides and screenshots draw: a QApplication for QSvgRenderer and QImage
#include "tst_views.moc"
