#include "storage/networkfilesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/vfs.h>

using namespace Qt::StringLiterals;

namespace air {

namespace {

// Magic numbers of linux/magic.h (spelled out: not every one is in every kernel's headers).
struct Magic {
    std::int64_t number;
    const char *name;
};
constexpr Magic networkMagics[] = {
    {0x6969, "nfs"},         // NFS_SUPER_MAGIC (NFS 2, 3 and 4)
    {0x517B, "smbfs"},       // SMB_SUPER_MAGIC (the old smbfs)
    {0xFF534D42, "cifs"},    // CIFS_SUPER_MAGIC
    {0xFE534D42, "smb3"},    // SMB2_SUPER_MAGIC (cifs.ko speaking SMB 2 or 3)
    {0x01021997, "9p"},      // V9FS_MAGIC (9P: virtio shares, WSL's Windows drives)
    {0x5346414F, "afs"},     // AFS_SUPER_MAGIC
    {0x6B414653, "afs"},     // AFS_FS_MAGIC (kAFS)
    {0x73757245, "coda"},    // CODA_SUPER_MAGIC
    {0x00C36400, "ceph"},    // CEPH_SUPER_MAGIC
    {0x564C, "ncpfs"},       // NCP_SUPER_MAGIC
};

// Kernel file systems on the network, by the type mountinfo gives them.
constexpr const char *networkTypes[] = {
    "nfs", "nfs4", "cifs", "smb3", "smb2", "smbfs", "ncpfs", "ncp", "9p", "afs", "coda", "ceph", "lustre",
};
// FUSE file systems (mountinfo type "fuse.NAME") that reach another host.
constexpr const char *networkFuseTypes[] = {
    "sshfs", "rclone", "s3fs", "gcsfuse", "glusterfs", "ceph-fuse", "ceph", "smbnetfs", "curlftpfs", "davfs",
    "gvfsd-fuse", "juicefs",
};

bool isOneOf(QStringView type, const auto &names)
{
    for (const char *name : names) {
        if (type == QLatin1StringView(name))
            return true;
    }
    return false;
}

// A mountinfo field with its octal escapes (\040 space, \011 tab, \012 newline, \134 backslash) decoded.
// The escapes stand for bytes: a UTF-8 name may be escaped byte by byte.
QString unescapeMountField(QStringView field)
{
    if (!field.contains(u'\\'))
        return field.toString();
    const QByteArray bytes = field.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto isOctal = [](char c) { return c >= '0' && c <= '7'; };
        if (bytes[i] == '\\' && i + 3 < bytes.size() && isOctal(bytes[i + 1]) && isOctal(bytes[i + 2])
            && isOctal(bytes[i + 3])) {
            out.append(char(((bytes[i + 1] - '0') << 6) | ((bytes[i + 2] - '0') << 3) | (bytes[i + 3] - '0')));
            i += 3;
        } else {
            out.append(bytes[i]);
        }
    }
    return QString::fromUtf8(out);
}

// Whether the folder MOUNTPOINT holds PATH (both absolute and clean).
bool holds(const QString &mountPoint, const QString &path)
{
    if (mountPoint == u"/")
        return path.startsWith(u'/');
    return path == mountPoint
        || (path.size() > mountPoint.size() && path.startsWith(mountPoint) && path.at(mountPoint.size()) == u'/');
}

// The nearest folder or file, from PATH up, that exists.
QString nearestExisting(const QString &path)
{
    QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(p)) {
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    return p;
}

} // namespace

std::optional<QString> networkFileSystemOfMagic(std::int64_t magic)
{
    for (const Magic &m : networkMagics) {
        if (m.number == magic)
            return QString::fromLatin1(m.name);
    }
    return std::nullopt;
}

bool isNetworkFileSystemType(QStringView type)
{
    if (type.startsWith(u"fuse.") || type.startsWith(u"fuseblk."))
        return isOneOf(type.mid(type.indexOf(u'.') + 1), networkFuseTypes);
    return isOneOf(type, networkTypes);
}

QList<MountInfoEntry> parseMountInfo(QStringView text)
{
    // 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
    // (1 mount id, 2 parent id, 3 major:minor, 4 root, 5 mount point, 6 options, optional fields, "-",
    //  then the type, the source and the super block's options)
    QList<MountInfoEntry> entries;
    for (QStringView line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QList<QStringView> fields = line.trimmed().split(u' ', Qt::SkipEmptyParts);
        const qsizetype separator = fields.indexOf(QStringView(u"-"), 6);
        if (separator < 6 || separator + 1 >= fields.size() || !fields.at(4).startsWith(u'/'))
            continue;
        MountInfoEntry entry;
        entry.mountPoint = unescapeMountField(fields.at(4));
        entry.type = unescapeMountField(fields.at(separator + 1));
        if (separator + 2 < fields.size())
            entry.source = unescapeMountField(fields.at(separator + 2));
        entries.append(entry);
    }
    return entries;
}

std::optional<MountInfoEntry> mountOf(QStringView mountInfo, const QString &path)
{
    std::optional<MountInfoEntry> best;
    for (const MountInfoEntry &entry : parseMountInfo(mountInfo)) {
        // ">=": of mounts stacked on one point the later one is on top.
        if (holds(entry.mountPoint, path) && (!best || entry.mountPoint.size() >= best->mountPoint.size()))
            best = entry;
    }
    return best;
}

std::optional<QString> networkFileSystemInMountInfo(QStringView mountInfo, const QString &path)
{
    const std::optional<MountInfoEntry> mount = mountOf(mountInfo, path);
    if (mount && isNetworkFileSystemType(mount->type))
        return mount->type;
    return std::nullopt;
}

std::optional<QString> networkFileSystemOf(const QString &path)
{
    const QString existing = nearestExisting(path);
    QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = existing;

    // The tests' stand-in for a mounted share (header): the path as given and as resolved.
    if (const QString testShare = qEnvironmentVariable(testNetworkFileSystemVariable); !testShare.isEmpty()) {
        const QString share = QDir::cleanPath(QFileInfo(testShare).absoluteFilePath());
        const QString resolvedShare = QFileInfo(share).canonicalFilePath();
        const QString given = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (holds(share, given) || holds(share, canonical)
            || (!resolvedShare.isEmpty() && (holds(resolvedShare, given) || holds(resolvedShare, canonical))))
            return u"nfs"_s;
    }

    struct statfs info {};
    if (::statfs(QFile::encodeName(canonical).constData(), &info) != 0)
        return std::nullopt;
    const auto magic = static_cast<std::int64_t>(static_cast<std::uint32_t>(info.f_type));

    const std::optional<QString> byMagic = networkFileSystemOfMagic(magic);
    if (!byMagic && magic != fuseSuperMagic)
        return std::nullopt;

    // mountinfo names the file system more exactly ("nfs4", "smb3") and alone tells what a FUSE one is.
    QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
    std::optional<MountInfoEntry> mount;
    if (mountInfo.open(QIODevice::ReadOnly))
        mount = mountOf(QString::fromUtf8(mountInfo.readAll()), canonical);
    if (magic == fuseSuperMagic) {
        if (mount && isNetworkFileSystemType(mount->type))
            return mount->type;
        return std::nullopt;
    }
    if (mount && isNetworkFileSystemType(mount->type))
        return mount->type;
    return byMagic;
}

} // namespace air
