// libFuzzer target for the readers an official's file goes through first: text decoding (UTF-8,
// BOM, CP949, binary refusals), the CSV parser, format detection and the KOSIS reader; then the
// text-from-data helpers (core/datatext.h) on the decoded text, and the index engine with the
// file's first numbers as weights and figures (issue 18: markup, controls, extreme weights).
// Build: cmake -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DAIR_FUZZ=ON ... (see tests/fuzz/README.md)
#include "core/datatext.h"
#include "import/formats.h"
#include "index/indextypes.h"
#include "import/kosisreader.h"
#include "io/csvparser.h"
#include "io/textdecoder.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

bool unsafeForDisplay(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Weights and figures from the file: the engine must never rank or return a non-finite score.
void runEngine(const QList<double> &numbers)
{
    using namespace air::index;
    auto number = [&](int i, double fallback) { return i < numbers.size() ? numbers[i] : fallback; };
    IndexInput in;
    in.framework.pillars = { u"p"_s, u"q"_s };
    in.framework.pillarWeights = { number(2, 1), number(3, 1) };
    IndicatorSpec x, y;
    x.id = u"x"_s;
    x.pillar = 0;
    x.weight = number(0, 1);
    y.id = u"y"_s;
    y.pillar = 1;
    y.weight = number(1, 1);
    y.higherIsBetter = false;
    in.framework.indicators = { x, y };
    in.units = { u"A"_s, u"B"_s, u"C"_s, u"KR"_s };
    in.scoredUnits = 3;
    in.values = Matrix(4, 2);
    for (int k = 0; k < 8; ++k)
        in.values.at(k / 2, k % 2) = number(4 + k, double(k));
    IndexOptions options;
    options.uncertaintyRuns = 8;
    options.threads = 1;
    options.normalisation = Normalisation(numbers.size() % 4);
    options.aggregation = numbers.size() % 2 ? Aggregation::Geometric : Aggregation::Arithmetic;
    options.treatment = numbers.size() % 3 == 0 ? Treatment::Winsorise : Treatment::None;
    const IndexResult r = compute(in, options);
    for (size_t u = 0; u < r.index.size(); ++u) {
        if (!isMissing(r.index[u]) && !std::isfinite(r.index[u]))
            __builtin_trap(); // an infinite score reached the result
        if (r.rank[u] > 0 && isMissing(r.index[u]))
            __builtin_trap(); // a missing score was ranked
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto decoded = air::decodeText(bytes, u"fuzz.csv"_s);
    if (!decoded)
        return 0;
    air::CsvParser parser(decoded->text, u"fuzz.csv"_s);
    QStringList header;
    qsizetype fields = 0;
    if (parser.next()) {
        for (QStringView f : parser.fields())
            header << f.toString();
        while (parser.next())
            fields += parser.size();
    }
    (void)air::detectTableFormat(header);

    for (QChar c : air::plainDataText(decoded->text))
        if (unsafeForDisplay(c.unicode()))
            __builtin_trap(); // a control or bidi character survived plainDataText
    for (QChar c : air::terminalText(decoded->text))
        if (c.unicode() != u'\n' && c.unicode() != u'\t' && (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F)))
            __builtin_trap(); // a control character would reach the terminal
    if (decoded->text.size() < 4096) {
        QList<double> numbers;
        air::CsvParser again(decoded->text, u"fuzz.csv"_s);
        while (again.next() && numbers.size() < 12) {
            for (QStringView f : again.fields()) {
                bool ok = false;
                const double v = f.trimmed().toDouble(&ok);
                if (ok && numbers.size() < 12)
                    numbers << v;
            }
        }
        if (!numbers.isEmpty())
            runEngine(numbers);
    }
    if (air::looksLikeKosis(header)) {
        const auto table = air::readKosisTable(decoded->text, u"fuzz_20240101000000.csv"_s);
        if (table)
            (void)table->classificationValues();
    }
    return 0;
}
