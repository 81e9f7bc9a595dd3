#pragma once

// The database and scope of a dashboard benchmark: the one named on the command line, or a fresh
// one with the bundled data in `dir`; the scope from --level/--within. Prints why when it fails.
#include "benchargs.h"
#include "import/bundleddataset.h"
#include "scoring/indexdataset.h"

#include <QTemporaryDir>

#include <cstdio>
#include <optional>

namespace air::bench {

struct BenchDatabase {
    std::shared_ptr<Storage> database;
    RegionScope scope;
};

inline std::optional<BenchDatabase> openBenchDatabase(const BenchArgs &args, const QTemporaryDir &dir)
{
    const QString path = args.database.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : args.database;
    Result<std::shared_ptr<Storage>> database = openWithBundledData(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorText()));
        return std::nullopt;
    }
    const Result<RegionScope> scope = resolveScope(**database, args.level, args.within);
    if (!scope) {
        std::fprintf(stderr, "%s\n", qPrintable(scope.errorText()));
        return std::nullopt;
    }
    return BenchDatabase { *database, *scope };
}

} // namespace air::bench
