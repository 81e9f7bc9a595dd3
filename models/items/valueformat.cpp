#include "items/valueformat.h"

#include <QHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

QString formatValue(double value, const QLocale &locale)
{
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace air

namespace air {

QString formatWon(double won, const QString &language)
{
    if (!std::isfinite(won))
        return {};
    if (language == u"en"_s) {
        const QLocale english(QLocale::English);
        const double magnitude = std::fabs(won);
        if (magnitude >= 1e12)
            return u"%1 trillion won"_s.arg(formatValue(won / 1e12, english));
        if (magnitude >= 1e9)
            return u"%1 billion won"_s.arg(formatValue(won / 1e9, english));
        if (magnitude >= 1e6)
            return u"%1 million won"_s.arg(formatValue(won / 1e6, english));
        return u"%1 won"_s.arg(english.toString(won, 'f', 0));
    }
    const QLocale korean(QLocale::Korean);
    const bool negative = won < 0;
    const qint64 total = qint64(std::llround(std::fabs(won) / 1e4)); // in 만 원
    const qint64 jo = total / 100000000;
    const qint64 eok = total / 10000 % 10000;
    const qint64 man = total % 10000;
    QStringList parts;
    if (jo > 0)
        parts << korean.toString(jo) + u"조"_s;
    if (eok > 0)
        parts << korean.toString(eok) + u"억"_s;
    if (man > 0)
        parts << korean.toString(man) + u"만"_s;
    if (parts.isEmpty())
        return korean.toString(std::llround(std::fabs(won))) + u"원"_s;
    return (negative ? u"-"_s : QString()) + parts.join(u' ') + u" 원"_s;
}

QString planStatusLabel(const QString &status, const QString &language)
{
    struct Words {
        const char16_t *ko;
        const char16_t *en;
    };
    static const QHash<QString, Words> words = {
        { u"under_way"_s, { u"추진 중", u"under way" } },
        { u"planned"_s, { u"계획", u"planned" } },
        { u"selected"_s, { u"선정", u"selected" } },
        { u"announced"_s, { u"발표", u"announced" } },
        { u"proposed"_s, { u"제안", u"proposed" } },
        { u"enacted"_s, { u"제정", u"enacted" } },
        { u"in_force"_s, { u"시행", u"in force" } },
        { u"completed"_s, { u"완료", u"completed" } },
        { u"cancelled"_s, { u"취소", u"cancelled" } },
    };
    const auto it = words.constFind(status);
    if (it == words.cend())
        return status;
    return QString::fromUtf16(language == u"en"_s ? it->en : it->ko);
}

QString statusLabel(const QString &status, const QString &language)
{
    struct Words {
        const char16_t *ko;
        const char16_t *en;
    };
    static const QHash<QString, Words> words = {
        { u"official"_s, { u"공식 통계", u"official statistics" } },
        { u"reported"_s, { u"보도·발표 자료", u"reported" } },
        { u"estimate"_s, { u"추정치", u"estimate" } },
        { u"user"_s, { u"사용자 수정", u"edited by a user" } },
    };
    const auto it = words.constFind(status);
    if (it == words.cend())
        return status;
    return QString::fromUtf16(language == u"en"_s ? it->en : it->ko);
}

} // namespace air
