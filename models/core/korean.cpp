#include "core/korean.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace air::korean {
namespace {

constexpr int none = 0;
constexpr int rieul = 8;  // ㄹ
constexpr int other = 1;  // any other final consonant (ㄱ's index; only "not none, not ㄹ" matters)

int finalOfDigit(QChar c)
{
    // 영 일 이 삼 사 오 육 칠 팔 구
    static const int finals[] = { 21, rieul, none, 16, none, none, 1, rieul, rieul, none };
    return finals[c.unicode() - u'0'];
}

int finalOfLatin(QChar c)
{
    // As letters are read: 엘 (L) ends in ㄹ, 엠 (M) and 엔 (N) in a consonant; the others in a vowel
    // (에이, 비, 씨, ..., 에프, 에이치, 에스, 엑스 are read ending in a vowel sound).
    switch (c.toLower().unicode()) {
    case u'l': return rieul;
    case u'm':
    case u'n': return other;
    default: return none;
    }
}

} // namespace

int finalConsonant(QStringView word)
{
    qsizetype i = word.size() - 1;
    // Look through closing brackets and quotes, and a bracketed aside: "인프라(2개)" reads as "인프라".
    while (i >= 0) {
        const QChar c = word[i];
        if (c == u')' || c == u']') {
            const QChar open = c == u')' ? u'(' : u'[';
            int depth = 0;
            for (; i >= 0; --i) {
                if (word[i] == c)
                    ++depth;
                else if (word[i] == open && --depth == 0)
                    break;
            }
            --i;
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'’' || c == u'”' || c == u'」' || c == u'』' || c.isSpace())
            --i;
        else
            break;
    }
    if (i < 0)
        return -1;
    const QChar c = word[i];
    if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
        return (c.unicode() - 0xAC00) % 28;
    if (c >= u'0' && c <= u'9')
        return finalOfDigit(c);
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return finalOfLatin(c);
    return -1;
}

QString resolveParticles(const QString &text)
{
    struct Pair {
        QString written;   // the paired form in the text
        QString consonant; // after a final consonant
        QString vowel;     // after a vowel
        bool rieulAsVowel; // (으)로: ㄹ takes the vowel form
    };
    static const QList<Pair> pairs = {
        { u"은(는)"_s, u"은"_s, u"는"_s, false },
        { u"이(가)"_s, u"이"_s, u"가"_s, false },
        { u"을(를)"_s, u"을"_s, u"를"_s, false },
        { u"과(와)"_s, u"과"_s, u"와"_s, false },
        { u"(으)로"_s, u"으로"_s, u"로"_s, true },
        { u"(이)나"_s, u"이나"_s, u"나"_s, false },
    };
    QString out = text;
    for (const Pair &p : pairs) {
        qsizetype at = 0;
        while ((at = out.indexOf(p.written, at)) >= 0) {
            const int final = finalConsonant(QStringView(out).left(at));
            const bool consonant = final > 0 && !(p.rieulAsVowel && final == rieul);
            // Unknown (a symbol before it): the consonant form reads acceptably after a number sign etc.
            const QString &chosen = final < 0 ? p.consonant : (consonant ? p.consonant : p.vowel);
            out.replace(at, p.written.size(), chosen);
            at += chosen.size();
        }
    }
    return out;
}

} // namespace air::korean
