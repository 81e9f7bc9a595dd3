#include "io/textdecoder.h"
#include "import/importtext.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace air {
namespace {

struct Position {
    qint64 line = 1;
    int column = 1;
};

qsizetype firstInvalidUtf8(const QByteArray &bytes);

// The text of a line up to a problem, in whichever encoding reads it, so that columns count
// characters as the official's editor shows them (a CP949 syllable is one column, not two).
QString decodePrefix(const QByteArray &prefix, bool firstLine)
{
    QString text;
    if (firstInvalidUtf8(prefix) < 0) {
        text = QString::fromUtf8(prefix);
    } else {
        QStringDecoder cp949("windows-949");
        text = cp949(prefix);
        if (cp949.hasError() || !cp949.isValid())
            text = QString::fromLatin1(prefix); // neither: count bytes
    }
    if (firstLine && text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

// Line and character column of a byte offset, counting columns in characters of the prefix.
Position positionOf(const QByteArray &bytes, qsizetype offset)
{
    Position pos;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    pos.column = int(decodePrefix(bytes.mid(lineStart, offset - lineStart), pos.line == 1).size()) + 1;
    return pos;
}

// Offset of the first byte that breaks UTF-8, or -1 if the whole buffer is valid UTF-8.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        unsigned int cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const bool overlong = (extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// Counts well-formed three-byte UTF-8 sequences for Hangul syllables (U+AC00..U+D7A3).
qsizetype countUtf8Hangul(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype count = 0;
    for (qsizetype i = 0; i + 2 < bytes.size(); ++i) {
        if (p[i] >= 0xEA && p[i] <= 0xED && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
            const unsigned cp = ((p[i] & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            if (cp >= 0xAC00 && cp <= 0xD7A3) {
                ++count;
                i += 2;
            }
        }
    }
    return count;
}

// Offset of the first byte that is not valid CP949, or -1.
qsizetype firstInvalidCp949(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (c < 0x80)
            continue;
        if (c < 0x81 || c == 0xFF || i + 1 >= n)
            return i;
        const unsigned char t = p[i + 1];
        const bool trailOk = (t >= 0x41 && t <= 0x5A) || (t >= 0x61 && t <= 0x7A) || (t >= 0x81 && t <= 0xFE);
        if (!trailOk)
            return i;
        ++i;
    }
    return -1;
}

Problem problemAt(const QString &file, const QByteArray &bytes, qsizetype offset, const QString &reason)
{
    const Position pos = positionOf(bytes, offset);
    return Problem { file, pos.line, pos.column, reason };
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf8WithBom:
        return u"UTF-8 (BOM)"_s;
    case TextEncoding::Cp949:
        return u"CP949"_s;
    }
    return {};
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return Problem { fileName, 0, 0,
            ImportText::tr("this is not CSV: it is a ZIP archive (an Excel .xlsx workbook is one). "
            "Save the sheet as CSV and import that file.") };
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Problem { fileName, 0, 0,
            ImportText::tr("this is not CSV: it is an old Excel (.xls) workbook. Save it as an Excel workbook (.xlsx) or the sheet as CSV, and import that file.") };
    if (bytes.startsWith("%PDF"))
        return Problem { fileName, 0, 0, ImportText::tr("this is not CSV: it is a PDF document.") };
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return problemAt(fileName, bytes, nul,
            ImportText::tr("this is not a CSV text file: it contains a NUL byte (binary data, or UTF-16 text)"));

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArray body = bytes.mid(3);
        if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0)
            return problemAt(fileName, bytes, bad + 3,
                ImportText::tr("invalid UTF-8 byte sequence in a file that starts with a UTF-8 byte-order mark"));
        return DecodedText { QString::fromUtf8(body), TextEncoding::Utf8WithBom };
    }

    // Qt's decoder is vectorised; the byte-by-byte scan only runs to locate a problem.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return DecodedText { std::move(text), TextEncoding::Utf8 };
    const qsizetype badUtf8 = firstInvalidUtf8(bytes);

    // Not UTF-8. Before reading it as CP949, refuse a file that has UTF-8 Hangul in one place and
    // something else in another: decoding it either way would garble part of it.
    if (countUtf8Hangul(bytes.left(badUtf8)) > 0)
        return problemAt(fileName, bytes, badUtf8,
            ImportText::tr("mixed text encodings: the file starts as UTF-8 but this byte is not UTF-8 "
            "(part of the file was probably saved as CP949). Save the whole file in one encoding."));

    if (const qsizetype bad = firstInvalidCp949(bytes); bad >= 0)
        return problemAt(fileName, bytes, bad,
            ImportText::tr("the text is neither valid UTF-8 nor valid CP949 (a character is cut or the file is damaged)"));

    QStringDecoder decoder("windows-949");
    if (!decoder.isValid())
        return Problem { fileName, 0, 0, ImportText::tr("this system cannot decode CP949 (ICU's windows-949 is missing)") };
    QString cp949 = decoder.decode(bytes);
    if (decoder.hasError())
        return Problem { fileName, 0, 0, ImportText::tr("the text could not be decoded as CP949") };
    return DecodedText { std::move(cp949), TextEncoding::Cp949 };
}

} // namespace air
