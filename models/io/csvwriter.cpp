#include "io/csvwriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace air {

CsvWriter::CsvWriter(bool excel)
    : m_excel(excel)
{
    if (excel)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

namespace {

bool startsFormula(QChar first)
{
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r';
}

} // namespace

QStringView CsvWriter::restoreDefused(QStringView field)
{
    if (field.size() >= 2 && field.front() == u'\'' && startsFormula(field[1]))
        return field.mid(1);
    return field;
}

QString CsvWriter::escapeField(const QString &field, bool excel)
{
    Q_UNUSED(excel) // both modes defuse: see the class comment
    QString text = field;
    if (!text.isEmpty() && startsFormula(text.front())) {
        bool isNumber = false;
        text.toDouble(&isNumber);
        // A figure as the window shows it, with thousands separators ("-12,345"), is a number too.
        static const QRegularExpression grouped(u"^[-+][0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?$"_s);
        isNumber = isNumber || grouped.match(text).hasMatch();
        if (!isNumber)
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
