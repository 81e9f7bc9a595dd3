#include "cli/commands.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

QList<QCommandLineOption> scopeOptions()
{
    return { QCommandLineOption(u"level"_s, u"1: the 17 provinces (default); 2: districts (시군구)."_s, u"1|2"_s, u"1"_s),
        QCommandLineOption(u"within"_s, u"With --level 2: only the districts of this province (KR-46 or 전남)."_s,
            u"CODE"_s) };
}

std::optional<RegionScope> scopeFrom(const QCommandLineParser &parser, QSqlDatabase db, const QString &command)
{
    const Result<RegionScope> scope = resolveScope(db, parser.value(u"level"_s), parser.value(u"within"_s));
    if (!scope) {
        printError(command + u": "_s + scope.errorText());
        return std::nullopt;
    }
    return *scope;
}

} // namespace air::cli
