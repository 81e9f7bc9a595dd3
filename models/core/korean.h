#pragma once

#include <QString>

namespace air::korean {

// Korean particles chosen from the word before them (KOREAN.md): a text written with the paired
// forms 은(는), 이(가), 을(를), 과(와), (으)로 and (이)나 right after a name gets the one that name takes:
// "전라남도은(는)" → "전라남도는", "경기도과(와)" → "경기도와", "서울(으)로" → "서울로" (ㄹ takes 로).
// Apply it to a sentence after its names are filled in, never to a text from data. A word ending in
// a digit or a Latin letter takes the particle of its Korean reading (1 일, 2 이, L 엘, ...); a
// closing bracket or quote is looked through to the word before it.
QString resolveParticles(const QString &text);

// The final consonant of a word's last syllable as read aloud: 0 none, 8 ㄹ, another value for the
// others (Unicode's jongseong index); -1 when it cannot be told (no letter or digit at the end).
int finalConsonant(QStringView word);

} // namespace air::korean
