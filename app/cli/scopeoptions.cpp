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

std::optional<RegionScope> scopeFrom(const QCommandLineParser &parser, Storage &storage, const QString &command)
{
    const Result<RegionScope> scope = resolveScope(storage, parser.value(u"level"_s), parser.value(u"within"_s));
    if (!scope) {
        printError(command + u": "_s + scope.errorText());
        return std::nullopt;
    }
    return *scope;
}

std::optional<QString> regionFrom(Storage &storage, const QString &value, const QStringList &allowed,
    const QString &command, const QString &option)
{
    const QString wanted = value.trimmed();
    QStringList matches;
    if (allowed.contains(wanted)) {
        matches << wanted;
    } else {
        for (const QString &code : matchRegions(storage, wanted))
            if (allowed.contains(code))
                matches << code;
    }
    if (matches.size() == 1)
        return matches.first();
    const QString list = allowed.mid(0, 30).join(u", "_s)
        + (allowed.size() > 30 ? u", … (%1 in all)"_s.arg(allowed.size()) : QString());
    if (matches.size() > 1)
        printError(CliText::tr("%1: %2 '%3' names several regions (%4): give the code").arg(command, option, wanted, matches.join(u", "_s)));
    else
        printError(CliText::tr("%1: %2: unknown region '%3'; give a code, a name or an alias (KR-46, 전라남도, 전남, Jeonnam, "
                   "Jeollanam-do); the regions at this level are %4").arg(command, option, wanted, list));
    return std::nullopt;
}

std::optional<SavedViewRecord> viewFrom(Storage &storage, const QString &name, const QString &command)
{
    Result<SavedViewRecord> view = storage.savedView(name);
    if (view)
        return *view;
    if (view.errorKind() != ErrorKind::NotFound) {
        printError(command + u": "_s + view.errorText());
        return std::nullopt;
    }
    QStringList names;
    if (Result<QList<SavedViewRecord>> all = storage.savedViews(); all)
        for (const SavedViewRecord &v : std::as_const(*all))
            names << v.name;
    printError(names.isEmpty() ? CliText::tr("%1: --view: no saved view '%2'; the database has none (ai-readiness view save NAME)")
                                     .arg(command, name)
                               : CliText::tr("%1: --view: no saved view '%2'; the saved views are: %3")
                                     .arg(command, name, names.join(u", "_s)));
    return std::nullopt;
}

} // namespace air::cli
