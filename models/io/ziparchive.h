#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

// zlib's minizip, the ZIP library libxlsxwriter writes with. (Not QuaZip: QuaZip 1.4 exports its own
// changed copy of minizip under the same names, zipOpen among them, so that in one process with
// libxlsxwriter the dynamic linker handed libxlsxwriter QuaZip's zipOpen, which takes a QIODevice,
// and every export crashed.)
#include <unzip.h>

namespace air {

// A ZIP archive read from memory (nothing is written to disk to read a workbook), its parts read
// one at a time, each within a limit: the size a part declares is checked before a byte of it is
// inflated, and a part inflating past what it declares is refused as it happens.
class ZipArchive final {
public:
    // Refuses what is not a complete ZIP archive, and one of more than MAXENTRIES files.
    static Result<std::unique_ptr<ZipArchive>> open(const QByteArray &bytes, const QString &fileName, int maxEntries);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // Part names compare without case, as OOXML's do.
    bool contains(const QString &name) const;
    // The part NAME, inflated. A missing part is a problem, unless PRESENT is given: it then says
    // whether the part is there and an empty array stands for a missing one.
    Result<QByteArray> part(const QString &name, qint64 limit, bool *present = nullptr);

private:
    struct Memory;
    explicit ZipArchive(QString fileName);
    Problem problem(const QString &reason) const;
    Problem partProblem(const QString &part, const QString &reason) const;

    QString m_file;
    std::unique_ptr<Memory> m_memory;
    unzFile m_unz = nullptr;
};

} // namespace air
