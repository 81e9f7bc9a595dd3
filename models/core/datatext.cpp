#include "core/datatext.h"

using namespace Qt::StringLiterals;

namespace air {
namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
        || c == 0x061C;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString plainDataText(const QString &text)
{
    bool clean = true;
    for (QChar c : text) {
        if (isBidiControl(c.unicode()) || isControl(c.unicode())) {
            clean = false;
            break;
        }
    }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char32_t u = c.unicode();
        if (isBidiControl(u))
            continue;
        if (u == '\n' || u == '\r' || u == '\t')
            out += u' ';
        else if (isControl(u))
            out += QChar(0xFFFD);
        else
            out += c;
    }
    return out;
}

QString htmlDataText(const QString &text)
{
    return plainDataText(text).toHtmlEscaped();
}

QString terminalText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char32_t u = c.unicode();
        if (u != '\n' && u != '\t' && isControl(u))
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QLatin1Char('0')).toUpper().replace(u"\\X"_s, u"\\x"_s);
        else if (isBidiControl(u))
            out += u"\\u%1"_s.arg(uint(u), 4, 16, QLatin1Char('0')).toUpper().replace(u"\\U"_s, u"\\u"_s);
        else
            out += c;
    }
    return out;
}

} // namespace air
