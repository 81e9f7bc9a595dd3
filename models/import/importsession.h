#pragma once

#include "import/importer.h"
#include "import/referencedata.h"
#include "storage/importwriter.h"

#include <QSet>

#include <memory>
#include <vector>

namespace air {

class CsvParser;

// The state of one import command: the reference data it validates against, the problems found,
// the report being written, and the storage's writer it hands validated rows to. Internal to import/.
class ImportSession final {
public:
    ImportSession(Storage &storage, ImportWriter &writer, const ImportOptions &options);

    static constexpr int maxProblems = 50;

    Status prepare();
    ImportWriter &writer() { return m_writer; }
    const ImportOptions &options() const { return m_options; }
    ReferenceData &reference() { return m_reference; }
    QByteArray originUtf8() const;
    QString originText() const { return QString::fromLatin1(originUtf8()); }

    void beginFile(FileReport *report);
    FileReport &report() { return *m_report; }

    void addProblem(qint64 line, int column, const QString &reason);
    // A problem a reader gave, in this file (and its sheet, when it names one).
    void addProblem(const Problem &problem);
    // The sheet of a workbook that the current file's rows come from: problems name it.
    void setSheet(const QString &sheet) { m_sheet = sheet; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    bool tooManyProblems() const { return m_problems.size() >= maxProblems; }
    const QList<Problem> &problems() const { return m_problems; }
    void skip(const QString &reason, qint64 rows = 1) { m_report->skipped[reason] += rows; }

    struct Observation {
        int region = -1;
        int indicator = -1;
        int year = 0;
        double value = 0;
        int status = 0; // index into statusNames()
        int source = -1;
        QByteArray note; // UTF-8
        qint64 line = 0;
        int column = 0;
    };
    static const QStringList &statusNames();

    // Checks the (region, indicator, year) key against the rest of this file, then queues the row;
    // rows are written in batches.
    void addObservation(Observation &&o);
    // Writes what is queued; called at the end of every file.
    void flushObservations();
    // Waits for the rows handed to the writer last; a refusal becomes a problem at its row.
    void awaitWritten();
    void resetFileKeys();

    // Inserts or updates one row of a small reference table, honouring origins: a bundled row
    // never replaces a user's, and a user's row is replaced by another only with --replace.
    enum class Upsert { Written, Replaced, Unchanged, KeptUsers, Refused, Failed };
    Upsert upsert(const QString &table, const QStringList &keyColumns, const QStringList &columns,
        const QVariantList &values, qint64 line);
    void count(Upsert result);

    // A source row created for a file that names none.
    int ensureSource(const QString &id, const QString &publisher, const QString &title, const QString &url,
        const QString &retrieved);

    // The integer reference of a row of regions, indicators or sources, by its text key.
    qint64 refOf(const QString &table, const QString &keyColumn, const QString &key);

    void reportProgress(double fraction);

private:
    Storage &m_storage;
    ImportWriter &m_writer;
    const ImportOptions &m_options;
    ReferenceData m_reference;
    QList<Problem> m_problems;
    FileReport *m_report = nullptr;
    QString m_sheet;
    bool isNewKey(const Observation &o);
    // What to do with a figure whose key is stored already: true replaces it.
    bool replaces(const Observation &o, const ImportWriter::ExistingObservation &existing);

    static constexpr int batchSize = 65536;
    static constexpr int firstYear = 1900;
    static constexpr int yearSpan = 201; // 1900..2100, as the importer accepts
    // Keys seen in the current file: a dense bitmap over region x indicator x year while that is
    // small (a few MB), a hash set beyond.
    std::vector<quint64> m_keyBits;
    qsizetype m_keyRegions = 0;
    qsizetype m_keyIndicators = 0;
    QSet<quint64> m_keysInFile;
    std::vector<Observation> m_queue;
    std::vector<ImportWriter::ObservationRow> m_rows;
    // Where the rows handed to the writer last came from (line, column), for a refusal found later.
    std::vector<std::pair<qint64, int>> m_sent;
};

} // namespace air
