// libFuzzer target for the readers an official's file goes through first: text decoding (UTF-8,
// BOM, CP949, binary refusals), the CSV parser, format detection and the KOSIS reader.
// Build: cmake -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DAIR_FUZZ=ON ... (see tests/fuzz/README.md)
#include "import/formats.h"
#include "import/kosisreader.h"
#include "io/csvparser.h"
#include "io/textdecoder.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

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
    if (air::looksLikeKosis(header)) {
        const auto table = air::readKosisTable(decoded->text, u"fuzz_20240101000000.csv"_s);
        if (table)
            (void)table->classificationValues();
    }
    return 0;
}
