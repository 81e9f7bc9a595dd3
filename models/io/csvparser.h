#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace air {

// A record already split into fields (a spreadsheet's row), with the line (row) it stands on.
struct SplitRecord {
    qint64 line = 0;
    QStringList fields;
};

// A pull parser for RFC 4180 CSV over text already decoded (see decodeText). Records end at
// LF, CRLF or CR; quoted fields may hold commas, quotes ("") and line breaks; blank lines are
// skipped. Fields are views into the text (or into the parser for fields with doubled quotes),
// valid until the next call to next(). Strict: a quote inside an unquoted field, text after a
// closing quote and a quote never closed are errors with their line and column.
//
// The same parser also walks records already split (RECORDS, which must outlive it), so that a
// spreadsheet's rows reach every reader of CSV as the rows of a CSV file would: line() is then the
// record's row and column(i) the spreadsheet column (1 = A).
class CsvParser final {
public:
    CsvParser(QStringView text, QString fileName);
    CsvParser(const QList<SplitRecord> *records, QString fileName);

    // Moves to the next record; false at the end of the text or on an error (see problem()).
    bool next();

    const QList<QStringView> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    QStringView field(qsizetype index) const { return m_fields.value(index); }
    // Line on which the current record starts, and the character column where a field starts.
    qint64 line() const { return m_recordLine; }
    int column(qsizetype fieldIndex) const { return m_columns.value(fieldIndex, 1); }

    const std::optional<Problem> &problem() const { return m_problem; }
    const QString &fileName() const { return m_fileName; }
    // Share of the text consumed so far, for progress reports.
    double progress() const
    {
        if (m_records)
            return m_records->isEmpty() ? 1.0 : double(m_recordIndex) / double(m_records->size());
        return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size());
    }

private:
    struct Span {
        qsizetype start;
        qsizetype length;
        bool inScratch;
    };

    bool fail(qint64 line, qsizetype lineStart, qsizetype pos, const QString &reason);
    bool nextRecord();

    const QList<SplitRecord> *m_records = nullptr;
    qsizetype m_recordIndex = 0;

    QStringView m_text;
    QString m_fileName;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qsizetype m_lineStart = 0;
    qint64 m_recordLine = 0;
    QList<QStringView> m_fields;
    QList<int> m_columns;
    QList<Span> m_spans;
    QString m_scratch;
    std::optional<Problem> m_problem;
};

} // namespace air
