#include "io/xlsxcells.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace air::xlsx {

// "B17" → (17, 2); row 0 for "B". False for anything else.
bool parseCellName(QStringView text, qint64 *row, int *column)
{
    qsizetype i = 0;
    qint64 c = 0;
    while (i < text.size() && text[i] >= u'A' && text[i] <= u'Z' && i < 4) {
        c = c * 26 + (text[i].unicode() - u'A' + 1);
        ++i;
    }
    if (i == 0 || c > maxColumns)
        return false;
    qint64 r = 0;
    const qsizetype digits = i;
    while (i < text.size() && text[i] >= u'0' && text[i] <= u'9' && i - digits < 8) {
        r = r * 10 + (text[i].unicode() - u'0');
        ++i;
    }
    if (i != text.size() || r > maxRows || (i > digits && r == 0))
        return false;
    *row = r;
    *column = int(c);
    return true;
}

// Excel's built-in number formats that show a date or a time (the CJK locales' 27-36 and 50-58
// among them: a Korean Excel writes its dates with those).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A format code shows a date or time when, outside quoted text, escapes and [colour] or
// [$-locale] brackets, it has y, m, d, h or s ([h] and [mm], elapsed time, count too).
bool isDateFormatCode(QStringView code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar x) {
                    return x.toLower() == u'h' || x.toLower() == u'm' || x.toLower() == u's';
                }))
                return true;
            i = end < 0 ? code.size() : end;
        } else {
            const QChar l = c.toLower();
            if (l == u'y' || l == u'm' || l == u'd' || l == u'h' || l == u's')
                return true;
        }
    }
    return false;
}

// A date serial as ISO 8601 text: 45366 → 2024-03-15, 45366.5 → 2024-03-15T12:00:00.
std::optional<QString> serialToText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // up to 9999-12-31
        return std::nullopt;
    double whole = std::floor(serial);
    qint64 seconds = std::llround((serial - whole) * 86400.0);
    if (seconds >= 86400) {
        whole += 1;
        seconds = 0;
    }
    if (whole == 0 && seconds > 0)
        return QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
    qint64 days = qint64(whole);
    // The 1900 system counts 29 February 1900, a day that never was (as Lotus 1-2-3 did).
    if (!date1904 && days < 60)
        days += 1;
    const QDate date = (date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30)).addDays(days);
    QString text = date.toString(Qt::ISODate);
    if (seconds > 0)
        text += u'T' + QTime(0, 0).addSecs(int(seconds)).toString(u"HH:mm:ss"_s);
    return text;
}

// A text as the workbook means it: OOXML writes a character XML cannot hold (a carriage return,
// a control character) as _xHHHH_, and a literal "_x0041_" as _x005F_x0041_.
QString unescapeText(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

// An ISO 8601 date cell (t="d"): its date, with the time where it has one.
QString isoDateCell(const QString &value)
{
    const qsizetype t = value.indexOf(u'T');
    if (t < 0)
        return value;
    QStringView time = QStringView(value).mid(t + 1);
    if (time.startsWith(u"00:00:00") && (time.size() == 8 || time.mid(8).startsWith(u'.') || time.mid(8) == u"Z"))
        return value.left(t);
    return value;
}

} // namespace air::xlsx
