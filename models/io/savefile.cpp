#include "io/savefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString kilobytes(qint64 bytes)
{
    return u"%1 KB"_s.arg((bytes + 1023) / 1024);
}

// QSaveFile reports a full disk as "Unknown error" once its buffer is flushed on commit; the
// free space on the target's volume tells what happened.
QString describeFailure(const QString &folder, qint64 needed, const QString &errorString)
{
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() < needed + 4096)
        return QCoreApplication::translate("SaveFile", "the disk is full: %1 needed, %2 free")
            .arg(kilobytes(needed), kilobytes(storage.bytesAvailable()));
    if (errorString.isEmpty() || errorString == u"Unknown error"_s)
        return QCoreApplication::translate("SaveFile", "the file could not be written");
    return errorString;
}

} // namespace

Status saveFile(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() < bytes.size())
        return Problem { path, 0, 0, describeFailure(folder, bytes.size(), {}) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem { path, 0, 0, file.errorString() };
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = describeFailure(folder, bytes.size(), file.errorString());
        file.cancelWriting();
        return Problem { path, 0, 0, reason };
    }
    return Ok {};
}

} // namespace air
