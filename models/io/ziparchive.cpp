#include "io/ziparchive.h"
#include "import/importtext.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / double(1 << 20), 'f', bytes < (qint64(10) << 20) ? 1 : 0);
}

// The workbook's bytes as the file minizip reads: nothing is written to disk to read a workbook.
struct MemoryFile {
    const QByteArray *bytes = nullptr;
    quint64 position = 0;
};

voidpf memoryOpen(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong memoryRead(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *f = static_cast<MemoryFile *>(stream);
    const quint64 total = quint64(f->bytes->size());
    const quint64 n = f->position >= total ? 0 : qMin<quint64>(size, total - f->position);
    std::memcpy(buffer, f->bytes->constData() + f->position, size_t(n));
    f->position += n;
    return uLong(n);
}

uLong memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T memoryTell(voidpf, voidpf stream)
{
    return static_cast<MemoryFile *>(stream)->position;
}

long memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *f = static_cast<MemoryFile *>(stream);
    const quint64 total = quint64(f->bytes->size());
    quint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = f->position; break;
    case ZLIB_FILEFUNC_SEEK_END: base = total; break;
    default: return -1;
    }
    if (offset > total || base + offset > total)
        return -1;
    f->position = base + offset;
    return 0;
}

int memoryClose(voidpf, voidpf)
{
    return 0;
}

int memoryError(voidpf, voidpf)
{
    return 0;
}

} // namespace

struct ZipArchive::Memory {
    MemoryFile file;
};

ZipArchive::ZipArchive(QString fileName)
    : m_file(std::move(fileName))
    , m_memory(std::make_unique<Memory>())
{
}

ZipArchive::~ZipArchive()
{
    if (m_unz)
        unzClose(m_unz);
}

Problem ZipArchive::problem(const QString &reason) const
{
    return Problem { m_file, 0, 0, reason };
}

Problem ZipArchive::partProblem(const QString &part, const QString &reason) const
{
    return problem(ImportText::tr("%1 (part %2 of the workbook)").arg(reason, part));
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QByteArray &bytes, const QString &fileName, int maxEntries)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive(fileName));
    archive->m_memory->file.bytes = &bytes;
    zlib_filefunc64_def io {};
    io.zopen64_file = memoryOpen;
    io.zread_file = memoryRead;
    io.zwrite_file = memoryWrite;
    io.ztell64_file = memoryTell;
    io.zseek64_file = memorySeek;
    io.zclose_file = memoryClose;
    io.zerror_file = memoryError;
    io.opaque = &archive->m_memory->file;
    const QString broken = ImportText::tr("the file starts as a ZIP archive (an Excel .xlsx workbook is one) but is not a "
                                          "complete one: it is cut short or damaged");
    archive->m_unz = unzOpen2_64("workbook", &io);
    if (!archive->m_unz)
        return Problem { fileName, 0, 0, broken };
    unz_global_info64 global {};
    if (unzGetGlobalInfo64(archive->m_unz, &global) != UNZ_OK)
        return Problem { fileName, 0, 0, broken };
    if (global.number_entry > quint64(maxEntries))
        return Problem { fileName, 0, 0,
            ImportText::tr("the workbook holds %1 files, more than a workbook would: refused").arg(global.number_entry) };
    return archive;
}

bool ZipArchive::contains(const QString &name) const
{
    return unzLocateFile(m_unz, name.toUtf8().constData(), 2) == UNZ_OK;
}

Result<QByteArray> ZipArchive::part(const QString &name, qint64 limit, bool *present)
{
    if (present)
        *present = false;
    if (unzLocateFile(m_unz, name.toUtf8().constData(), 2 /* case-insensitive, as OOXML part names are */) != UNZ_OK) {
        if (present)
            return QByteArray();
        return problem(ImportText::tr("this is not an Excel workbook: its part %1 is missing").arg(name));
    }
    if (present)
        *present = true;
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(m_unz, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return partProblem(name, ImportText::tr("the workbook is damaged: a file inside it cannot be read"));
    if (info.flag & 1)
        return partProblem(name, ImportText::tr("the workbook is encrypted (protected with a password): save it without a password and import it again"));
    if (info.compression_method != 0 && info.compression_method != Z_DEFLATED)
        return partProblem(name, ImportText::tr("the workbook uses a compression this program does not read (method %1)").arg(info.compression_method));
    // The size a part declares is checked before a byte of it is inflated.
    if (info.uncompressed_size > quint64(limit))
        return partProblem(name,
            ImportText::tr("the workbook declares %1 MB of data in one part, more than the %2 MB this program reads: "
                           "it is damaged or hostile, or too large (split the sheet into smaller files)")
                .arg(megabytes(qint64(qMin<quint64>(info.uncompressed_size, quint64(1) << 62))), megabytes(limit)));
    if (unzOpenCurrentFile(m_unz) != UNZ_OK)
        return partProblem(name, ImportText::tr("the workbook is damaged: a file inside it cannot be opened"));
    QByteArray out;
    // Reserved up to 16 MB on the declared size alone: memory beyond grows only with what inflates.
    out.reserve(qsizetype(qMin<quint64>(info.uncompressed_size, quint64(16) << 20)));
    char buffer[1 << 16];
    for (;;) {
        const int n = unzReadCurrentFile(m_unz, buffer, sizeof buffer);
        if (n < 0) {
            unzCloseCurrentFile(m_unz);
            return partProblem(name, ImportText::tr("the workbook is damaged: a file inside it cannot be inflated"));
        }
        if (n == 0)
            break;
        // A part that inflates beyond what it declared is a ZIP bomb, or damaged: stop at once.
        if (quint64(out.size()) + quint64(n) > info.uncompressed_size) {
            unzCloseCurrentFile(m_unz);
            return partProblem(name, ImportText::tr("the workbook is damaged or hostile: a part inflates to more than its declared size"));
        }
        out.append(buffer, n);
    }
    if (unzCloseCurrentFile(m_unz) != UNZ_OK || quint64(out.size()) != info.uncompressed_size)
        return partProblem(name, ImportText::tr("the workbook is damaged: a part fails its checksum or is cut short"));
    return out;
}

} // namespace air
