#include "core/result.h"

using namespace Qt::StringLiterals;

namespace air {

QString Problem::toString() const
{
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
