#pragma once

#include <QString>

class QCoreApplication;

namespace air {

// The language of the window: Korean first. Resolution order: --lang, the language saved in the
// settings, the system locale if it is Korean or English, else Korean. Installing a language loads
// the program's translation and Qt's own (qtbase_ko), sets the default locale (number formats)
// and the fonts (Noto Sans CJK KR, chosen explicitly so that fontconfig does not mix fonts).
class Language final {
public:
    static QString resolve(const QString &requested);
    static bool install(const QString &language);
    static QString current();
    static void save(const QString &language);
    static void applyFonts();
};

} // namespace air
