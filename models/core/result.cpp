#include "core/result.h"
#include "import/importtext.h"

using namespace Qt::StringLiterals;

namespace air {

QString cellName(qint64 row, int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return row > 0 ? letters + QString::number(row) : letters;
}

QString Problem::toString() const
{
    if (!sheet.isEmpty()) {
        QString where;
        if (line > 0 && column > 0)
            where = ImportText::tr("%1, sheet %2, cell %3").arg(file, sheet, cellName(line, column));
        else if (line > 0)
            where = ImportText::tr("%1, sheet %2, row %3").arg(file, sheet).arg(line);
        else
            where = ImportText::tr("%1, sheet %2").arg(file, sheet);
        return where + u": "_s + reason;
    }
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (line > 0 && column > 0)
        where += u':' + QString::number(column);
    return where.isEmpty() ? reason : where + u": "_s + reason;
}

QString joinProblems(const QList<Problem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace air
