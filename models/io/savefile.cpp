#include "io/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString kilobytes(qint64 bytes)
{
    return u"%1 KB"_s.arg((bytes + 1023) / 1024);
}

// A volume that reports no size at all (some FUSE and virtual file systems report 0 bytes total
// and 0 free) says nothing about free space: only a volume with a size can be "full".
bool knownToLackRoom(const QStorageInfo &storage, qint64 needed)
{
    return storage.isValid() && storage.bytesTotal() > 0 && storage.bytesAvailable() < needed;
}

// QSaveFile reports a full disk as "Unknown error" once its buffer is flushed on commit; the
// free space on the target's volume tells what happened.
QString describeFailure(const QString &folder, qint64 needed, const QString &errorString)
{
    const QStorageInfo storage(folder);
    if (knownToLackRoom(storage, needed + 4096))
        return QCoreApplication::translate("SaveFile", "the disk is full: %1 needed, %2 free")
            .arg(kilobytes(needed), kilobytes(storage.bytesAvailable()));
    if (errorString.isEmpty() || errorString == u"Unknown error"_s)
        return QCoreApplication::translate("SaveFile", "the file could not be written");
    return errorString;
}

// The name a path has once its folder's symbolic links are resolved (the file itself need not
// exist: a -wal file comes and goes).
QString resolvedName(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return canonical;
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : QDir(folder).filePath(info.fileName());
}

struct ProtectedFile {
    QString name;     // resolved
    QString database; // the database it belongs to, as given
    dev_t device = 0;
    ino_t inode = 0;
    bool haveInode = false;
};

QMutex protectedMutex;
QList<ProtectedFile> &protectedFiles()
{
    static QList<ProtectedFile> files;
    return files;
}

Status writeDirectly(const QString &path, const QByteArray &bytes, bool fifo)
{
    // Non-blocking open: a FIFO nobody reads would otherwise block for ever.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (fifo && errno == ENXIO)
            return Problem { path, 0, 0,
                QCoreApplication::translate("SaveFile", "this is a FIFO (named pipe) that no program reads from") };
        return Problem { path, 0, 0, QString::fromLocal8Bit(std::strerror(errno)) };
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return Problem { path, 0, 0, reason };
        }
        written += n;
    }
    if (::close(fd) != 0)
        return Problem { path, 0, 0, QString::fromLocal8Bit(std::strerror(errno)) };
    return Ok {};
}

} // namespace

void protectDatabaseFile(const QString &database)
{
    QMutexLocker lock(&protectedMutex);
    QList<ProtectedFile> &files = protectedFiles();
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s }) {
        ProtectedFile file { resolvedName(database + suffix), database };
        struct stat st {};
        if (suffix.isEmpty() && ::stat(QFile::encodeName(database).constData(), &st) == 0) {
            file.device = st.st_dev;
            file.inode = st.st_ino;
            file.haveInode = true;
        }
        const bool known = std::any_of(files.cbegin(), files.cend(),
            [&](const ProtectedFile &f) { return f.name == file.name; });
        if (!known)
            files.append(file);
    }
}

QString protectedOutputReason(const QString &path)
{
    const QString name = resolvedName(path);
    struct stat st {};
    const bool exists = ::stat(QFile::encodeName(path).constData(), &st) == 0;
    QMutexLocker lock(&protectedMutex);
    for (const ProtectedFile &f : protectedFiles()) {
        if (f.name == name || (exists && f.haveInode && f.device == st.st_dev && f.inode == st.st_ino))
            return QCoreApplication::translate("SaveFile",
                "%1 is the database this command reads (or its -wal or -shm file); choose another file")
                .arg(QDir::toNativeSeparators(path));
    }
    return {};
}

Status saveFile(const QString &path, const QByteArray &bytes)
{
    if (const QString reason = protectedOutputReason(path); !reason.isEmpty())
        return Problem { path, 0, 0, reason };
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
            return writeDirectly(path, bytes, S_ISFIFO(st.st_mode));
        if (S_ISDIR(st.st_mode))
            return Problem { path, 0, 0, QCoreApplication::translate("SaveFile", "this is a directory; name a file") };
        if (!S_ISREG(st.st_mode))
            return Problem { path, 0, 0,
                QCoreApplication::translate("SaveFile", "this is a device or socket, not a file; name a file") };
    }
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    if (knownToLackRoom(storage, bytes.size()))
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
