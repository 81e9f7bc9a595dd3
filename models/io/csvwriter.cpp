#include "io/csvwriter.h"

using namespace Qt::StringLiterals;

namespace air {

CsvWriter::CsvWriter(bool excel)
    : m_excel(excel)
{
    if (excel)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

QString CsvWriter::escapeField(const QString &field, bool excel)
{
    QString text = field;
    if (excel && !text.isEmpty()) {
        const QChar first = text.front();
        const bool risky = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r';
        bool isNumber = false;
        text.toDouble(&isNumber);
        if (risky && !isNumber)
            text.prepend(u'\'');
    }
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escapeField(fields[i], m_excel);
    }
    line += m_excel ? u"\r\n"_s : u"\n"_s;
    m_data += line.toUtf8();
}

} // namespace air
