#include "io/csvparser.h"
#include "import/importtext.h"

using namespace Qt::StringLiterals;

namespace air {

CsvParser::CsvParser(QStringView text, QString fileName)
    : m_text(text)
    , m_fileName(std::move(fileName))
{
}

CsvParser::CsvParser(const QList<SplitRecord> *records, QString fileName)
    : m_records(records)
    , m_fileName(std::move(fileName))
{
}

bool CsvParser::nextRecord()
{
    // Rows without a value were never stored, as blank lines are skipped.
    while (m_recordIndex < m_records->size()) {
        const SplitRecord &record = (*m_records)[m_recordIndex++];
        if (record.fields.isEmpty())
            continue;
        m_recordLine = record.line;
        m_fields.resize(record.fields.size());
        m_columns.resize(record.fields.size());
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            m_fields[i] = record.fields[i];
            m_columns[i] = int(i) + 1;
        }
        return true;
    }
    m_fields.clear();
    return false;
}

bool CsvParser::fail(qint64 line, qsizetype lineStart, qsizetype pos, const QString &reason)
{
    m_problem = Problem { m_fileName, line, int(pos - lineStart) + 1, reason };
    m_fields.clear();
    m_pos = m_text.size();
    return false;
}

bool CsvParser::next()
{
    if (m_problem)
        return false;
    if (m_records)
        return nextRecord();
    const QChar *data = m_text.data();
    const qsizetype n = m_text.size();

    // Skip blank lines between records.
    while (m_pos < n && (data[m_pos] == u'\n' || data[m_pos] == u'\r')) {
        if (data[m_pos] == u'\r' && m_pos + 1 < n && data[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }
    if (m_pos >= n)
        return false;

    m_recordLine = m_line;
    m_spans.clear();
    m_columns.clear();
    m_scratch.clear();

    for (;;) {
        const int column = int(m_pos - m_lineStart) + 1;
        m_columns.append(column);
        if (m_pos < n && data[m_pos] == u'"') {
            const qint64 openLine = m_line;
            const qsizetype openLineStart = m_lineStart;
            const qsizetype openPos = m_pos;
            ++m_pos;
            const qsizetype start = m_pos;
            bool escaped = false;
            qsizetype scratchStart = -1;
            for (;;) {
                if (m_pos >= n)
                    return fail(openLine, openLineStart, openPos,
                        ImportText::tr("unbalanced quote: the quoted field that starts here is never closed"));
                const QChar c = data[m_pos];
                if (c == u'"') {
                    if (m_pos + 1 < n && data[m_pos + 1] == u'"') {
                        if (!escaped) {
                            escaped = true;
                            scratchStart = m_scratch.size();
                            m_scratch.append(data + start, m_pos - start);
                        }
                        m_scratch.append(u'"');
                        m_pos += 2;
                        continue;
                    }
                    break;
                }
                if (c == u'\n' || (c == u'\r' && !(m_pos + 1 < n && data[m_pos + 1] == u'\n'))) {
                    ++m_line;
                    m_lineStart = m_pos + 1;
                }
                if (escaped)
                    m_scratch.append(c);
                ++m_pos;
            }
            if (escaped)
                m_spans.append({ scratchStart, m_scratch.size() - scratchStart, true });
            else
                m_spans.append({ start, m_pos - start, false });
            ++m_pos; // closing quote
            if (m_pos < n && data[m_pos] != u',' && data[m_pos] != u'\n' && data[m_pos] != u'\r')
                return fail(m_line, m_lineStart, m_pos,
                    ImportText::tr("unexpected text after a closing quote (a quote inside a quoted field must be doubled)"));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n) {
                const QChar c = data[m_pos];
                if (c == u',' || c == u'\n' || c == u'\r')
                    break;
                if (c == u'"')
                    return fail(m_line, m_lineStart, m_pos,
                        ImportText::tr("a quote inside an unquoted field (quote the whole field and double the quote)"));
                ++m_pos;
            }
            m_spans.append({ start, m_pos - start, false });
        }

        if (m_pos < n && data[m_pos] == u',') {
            ++m_pos;
            continue;
        }
        // End of record.
        if (m_pos < n) {
            if (data[m_pos] == u'\r' && m_pos + 1 < n && data[m_pos + 1] == u'\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        }
        break;
    }

    m_fields.resize(m_spans.size());
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        const Span &s = m_spans[i];
        m_fields[i] = s.inScratch ? QStringView(m_scratch).mid(s.start, s.length) : m_text.mid(s.start, s.length);
    }
    return true;
}

} // namespace air
