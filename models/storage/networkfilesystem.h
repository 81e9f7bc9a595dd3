#pragma once

// Whether a file lies on a network file system, where SQLite must not be used: its locks need one host
// (https://www.sqlite.org/useovernet.html), and in WAL mode its shared memory cannot work across hosts.
// Qt Core only.
#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace air {

// The network file system that holds PATH, or, when PATH does not exist yet, its nearest existing parent
// folder: its type name ("nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p", … as /proc/self/mountinfo
// names it, or the name of its statfs magic number when mountinfo does not list it). Nothing when the
// file system is local, or when nothing can be told (statfs fails).
// A relative PATH is taken from the current folder; symbolic links are followed.
// For tests only (nothing can be mounted where they run): when the environment variable
// AIR_TEST_NETWORK_FS names a folder, PATH at or under it is reported as on "nfs".
std::optional<QString> networkFileSystemOf(const QString &path);
inline constexpr char testNetworkFileSystemVariable[] = "AIR_TEST_NETWORK_FS";

// The network file system that a statfs f_type magic number stands for (linux/magic.h): NFS, SMB, CIFS
// and SMB2/3, 9P, AFS, Coda, Ceph, NCP. Nothing for local ones and for FUSE (0x65735546), whose
// mountinfo type ("fuse.sshfs", "fuse.encfs") tells what lies behind it.
std::optional<QString> networkFileSystemOfMagic(std::int64_t magic);
inline constexpr std::int64_t fuseSuperMagic = 0x65735546;

// Whether TYPE, a file system type as mountinfo writes it, is one on the network: nfs, nfs4, cifs,
// smb3, smbfs, ncpfs, 9p, afs, coda, ceph, and the FUSE file systems that reach another host
// (fuse.sshfs, fuse.rclone, fuse.s3fs, fuse.gcsfuse, fuse.glusterfs, fuse.ceph-fuse, fuse.smbnetfs,
// fuse.curlftpfs, fuse.davfs, fuse.gvfsd-fuse, fuse.juicefs). Any other FUSE file system is taken as
// local (encfs, gocryptfs, ntfs-3g, …), as are cluster file systems on a shared disk (gfs2, ocfs2),
// whose locks span the hosts.
bool isNetworkFileSystemType(QStringView type);

// One line of /proc/PID/mountinfo (proc(5)): the mount point, its file system type and its source.
struct MountInfoEntry {
    QString mountPoint; // escapes decoded (\040 is a space)
    QString type;       // "ext4", "nfs4", "fuse.sshfs"
    QString source;     // "/dev/sda1", "server:/export"
};

// The lines of a mountinfo text, in their order; malformed lines are skipped.
QList<MountInfoEntry> parseMountInfo(QStringView text);

// The entry of MOUNTINFO that holds the absolute, clean PATH: the one with the longest mount point that
// is PATH or one of its parent folders; of mounts stacked on one point, the last one (the one on top).
// Nothing when no entry holds PATH.
std::optional<MountInfoEntry> mountOf(QStringView mountInfo, const QString &path);

// The network file system type of the mount that holds PATH in MOUNTINFO; nothing when it is local or
// when no mount holds PATH.
std::optional<QString> networkFileSystemInMountInfo(QStringView mountInfo, const QString &path);

} // namespace air
