#pragma once

// The arguments the dashboard benchmarks share: [DB] [--level 1|2] [--within CODE]. DB names an
// existing database (e.g. bench_import's, a million district rows); without it, a fresh one with
// the bundled data.
#include <QString>
#include <QStringList>

namespace air::bench {

struct BenchArgs {
    QString database;
    QString level = QStringLiteral("1");
    QString within;

    // For a child process: the same scope as command-line options.
    QStringList scopeOptions() const
    {
        QStringList out = { QStringLiteral("--level"), level };
        if (!within.isEmpty())
            out << QStringLiteral("--within") << within;
        return out;
    }
    QString label() const { return within.isEmpty() ? QStringLiteral("level %1").arg(level) : QStringLiteral("level %1 within %2").arg(level, within); }
};

inline BenchArgs parseBenchArgs(const QStringList &arguments)
{
    BenchArgs args;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--level") && i + 1 < arguments.size())
            args.level = arguments[++i];
        else if (arguments[i] == QStringLiteral("--within") && i + 1 < arguments.size())
            args.within = arguments[++i];
        else if (!arguments[i].startsWith(QLatin1Char('-')))
            args.database = arguments[i];
    }
    return args;
}

} // namespace air::bench
