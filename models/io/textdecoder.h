#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace air {

enum class TextEncoding { Utf8, Utf8WithBom, Cp949 };

QString encodingName(TextEncoding encoding);

struct DecodedText final {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

// Turns the bytes of a CSV file into text the way officials' files arrive: UTF-8 with or without
// a BOM, or CP949 (KOSIS downloads). CP949 is decoded as ICU's "windows-949": "CP949" is IBM-949
// in ICU and "EUC-KR" silently garbles syllables such as 똠 (PITFALLS.md).
// Refuses what is not text: a NUL byte, a ZIP/XLSX or an old Excel file renamed to .csv,
// bytes that are valid in neither encoding, or a file that mixes both.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName);

} // namespace air
