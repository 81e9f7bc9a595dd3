#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace air {

// A pull parser for RFC 4180 CSV over text already decoded (see decodeText). Records end at
// LF, CRLF or CR; quoted fields may hold commas, quotes ("") and line breaks; blank lines are
// skipped. Fields are views into the text (or into the parser for fields with doubled quotes),
// valid until the next call to next(). Strict: a quote inside an unquoted field, text after a
// closing quote and a quote never closed are errors with their line and column.
class CsvParser final {
public:
    CsvParser(QStringView text, QString fileName);

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
    double progress() const { return m_text.isEmpty() ? 1.0 : double(m_pos) / double(m_text.size()); }

private:
    struct Span {
        qsizetype start;
        qsizetype length;
        bool inScratch;
    };

    bool fail(qint64 line, qsizetype lineStart, qsizetype pos, const QString &reason);

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
