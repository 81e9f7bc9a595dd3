#include "language.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString g_current;

QTranslator &programTranslator()
{
    static QTranslator t;
    return t;
}

QTranslator &qtTranslator()
{
    static QTranslator t;
    return t;
}

} // namespace

QString Language::resolve(const QString &requested)
{
    if (requested == u"ko"_s || requested == u"en"_s)
        return requested;
    const QString saved = QSettings().value(u"language"_s).toString();
    if (saved == u"ko"_s || saved == u"en"_s)
        return saved;
    if (QLocale::system().language() == QLocale::English)
        return u"en"_s;
    return u"ko"_s; // Korean by default, also on a first run under another locale
}

bool Language::install(const QString &language)
{
    QCoreApplication::removeTranslator(&programTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    g_current = language;
    if (language == u"en"_s) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    const bool ok = programTranslator().load(u":/i18n/ai-readiness_ko.qm"_s);
    if (ok)
        QCoreApplication::installTranslator(&programTranslator());
    if (qtTranslator().load(u"qtbase_ko"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    return ok;
}

QString Language::current()
{
    return g_current.isEmpty() ? u"ko"_s : g_current;
}

void Language::save(const QString &language)
{
    QSettings().setValue(u"language"_s, language);
}

void Language::applyFonts()
{
    QFont font(u"Noto Sans CJK KR"_s);
    font.setPointSizeF(10);
    font.setStyleHint(QFont::SansSerif);
    // Hangul and Latin need no shaping beyond the font's own advances: skipping HarfBuzz took a
    // sixth of the start-up's instructions (each label, header and title is shaped at first paint).
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);
}

} // namespace air
