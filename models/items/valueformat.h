#pragma once

#include <QLocale>
#include <QString>

namespace air {

// A figure as an official reads it: thousands separators of the current language, as few
// decimals as the figure needs (1,788,819; 28.5; 2.6; 0.125).
QString formatValue(double value, const QLocale &locale = QLocale());

// A sum of money as officials write it: Korean in 조, 억 and 만 원 ("10조 원", "2조 9,000억 원",
// "426억 원"; never "100,000억 원"), English in trillions, billions or millions of won.
QString formatWon(double won, const QString &language);

// A plan item's status (plan_items.status: under_way, planned, ...) in words of the language
// (KOREAN.md: 추진 중, 계획, 선정, 발표, 제안, 제정, 완료, 취소); an unknown one as written.
QString planStatusLabel(const QString &status, const QString &language);

// An observation's status (official, reported, estimate, user) in words of the language.
QString statusLabel(const QString &status, const QString &language);

} // namespace air
