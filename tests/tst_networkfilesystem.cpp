// A SQLite file on a network file system: the mount that holds a path, read from mountinfo texts
// (nothing is mounted: the texts are fixtures), the statfs magic numbers, and the real file system
// of a temporary folder checked against this machine's /proc/self/mountinfo.
#include "storage/networkfilesystem.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace air;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<QString>)

class TestNetworkFileSystem final : public QObject
{
    Q_OBJECT

private slots:
    void parsesMountInfo();
    void mountOfPath_data();
    void mountOfPath();
    void networkTypes_data();
    void networkTypes();
    void magicNumbers_data();
    void magicNumbers();
    void malformedLinesAreSkipped();
    void thisMachine();
    void testShare();
};

// A container's mount table: an overlay root, local and network mounts, nested ones, escaped names,
// a mount point that is a prefix of another's name, and two mounts stacked on one point.
static const QString fixture = QStringLiteral(
    "22 1 0:21 / / rw,relatime shared:1 - overlay overlay rw,lowerdir=/var/lib/docker/l/A:/var/lib/docker/l/B\n"
    "25 22 0:23 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw\n"
    "26 22 0:24 / /tmp rw,nosuid,nodev shared:5 - tmpfs tmpfs rw,size=1048576k\n"
    "30 22 8:1 / /home rw,relatime shared:2 - ext4 /dev/sda1 rw\n"
    "40 30 0:45 / /home/team rw,relatime shared:20 - nfs4 fileserver:/export/team rw,vers=4.2,addr=10.0.0.5\n"
    "41 40 0:46 / /home/team/local rw,relatime - tmpfs tmpfs rw\n"
    "42 22 0:47 / /mnt/정책\\040공유 rw,relatime shared:30 - cifs //nas/정책\\040공유 rw,vers=3.1.1\n"
    "43 22 0:48 / /mnt/smb rw,relatime - smb3 //nas/data rw,vers=3.0\n"
    "44 22 0:49 / /media/sshfs rw,nosuid,nodev,relatime shared:40 master:7 - fuse.sshfs user@host:/data rw,user_id=1000\n"
    "45 22 0:50 / /media/vault rw,nosuid,nodev,relatime - fuse.encfs encfs rw,user_id=1000\n"
    "46 22 0:51 / /mnt/back\\134slash\\011tab rw - nfs srv:/b rw\n"
    "47 22 8:17 / /mnt/teamdata rw,relatime - ext4 /dev/sdb1 rw\n"
    "48 22 0:53 / /mnt/team rw,relatime - nfs srv:/t rw,vers=3\n"
    "49 22 0:54 / /srv rw,relatime - nfs srv:/srv rw\n"
    "50 49 8:33 / /srv rw,relatime - ext4 /dev/sdc1 rw\n"
    "51 22 0:55 /export/sub /data/sub rw - nfs4 srv:/export/sub rw\n"
    "52 22 0:56 / /mnt/wsl-c rw,noatime - 9p drvfs rw,aname=drvfs;path=C:\\\n");

void TestNetworkFileSystem::parsesMountInfo()
{
    const QList<MountInfoEntry> entries = parseMountInfo(fixture);
    QCOMPARE(entries.size(), 17);
    QCOMPARE(entries.at(0).mountPoint, u"/"_s);
    QCOMPARE(entries.at(0).type, u"overlay"_s);
    QCOMPARE(entries.at(4).mountPoint, u"/home/team"_s);
    QCOMPARE(entries.at(4).type, u"nfs4"_s);
    QCOMPARE(entries.at(4).source, u"fileserver:/export/team"_s);
    QCOMPARE(entries.at(6).mountPoint, u"/mnt/정책 공유"_s);
    QCOMPARE(entries.at(6).source, u"//nas/정책 공유"_s);
    QCOMPARE(entries.at(8).type, u"fuse.sshfs"_s); // optional fields (shared:40 master:7) skipped
    QCOMPARE(entries.at(10).mountPoint, u"/mnt/back\\slash\ttab"_s);
    QCOMPARE(entries.at(15).mountPoint, u"/data/sub"_s); // the mount point, not the root within the source
}

void TestNetworkFileSystem::mountOfPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<std::optional<QString>>("network");

    const std::optional<QString> local;
    QTest::newRow("the root: overlay") << u"/"_s << u"overlay"_s << local;
    QTest::newRow("a file under the root") << u"/var/lib/air.sqlite"_s << u"overlay"_s << local;
    QTest::newRow("ext4 home") << u"/home/kim/air.sqlite"_s << u"ext4"_s << local;
    QTest::newRow("nfs4 inside ext4") << u"/home/team/air.sqlite"_s << u"nfs4"_s << std::optional(u"nfs4"_s);
    QTest::newRow("the nfs4 mount point itself") << u"/home/team"_s << u"nfs4"_s << std::optional(u"nfs4"_s);
    QTest::newRow("deep in nfs4") << u"/home/team/2026/q1/air.sqlite"_s << u"nfs4"_s << std::optional(u"nfs4"_s);
    QTest::newRow("tmpfs nested in nfs4: longest prefix") << u"/home/team/local/air.sqlite"_s << u"tmpfs"_s << local;
    QTest::newRow("/home/teamwork is not in /home/team") << u"/home/teamwork/air.sqlite"_s << u"ext4"_s << local;
    QTest::newRow("cifs with an escaped space, Korean name") << u"/mnt/정책 공유/air.sqlite"_s << u"cifs"_s
                                                           << std::optional(u"cifs"_s);
    QTest::newRow("the unescaped prefix of that name") << u"/mnt/정책/air.sqlite"_s << u"overlay"_s << local;
    QTest::newRow("smb3") << u"/mnt/smb/x/air.sqlite"_s << u"smb3"_s << std::optional(u"smb3"_s);
    QTest::newRow("sshfs over FUSE") << u"/media/sshfs/air.sqlite"_s << u"fuse.sshfs"_s
                                     << std::optional(u"fuse.sshfs"_s);
    QTest::newRow("encfs over FUSE is local") << u"/media/vault/air.sqlite"_s << u"fuse.encfs"_s << local;
    QTest::newRow("backslash and tab escapes") << u"/mnt/back\\slash\ttab/air.sqlite"_s << u"nfs"_s
                                               << std::optional(u"nfs"_s);
    QTest::newRow("ext4 whose name extends an nfs mount's") << u"/mnt/teamdata/air.sqlite"_s << u"ext4"_s << local;
    QTest::newRow("nfs next to it") << u"/mnt/team/air.sqlite"_s << u"nfs"_s << std::optional(u"nfs"_s);
    QTest::newRow("stacked mounts: the later one is on top") << u"/srv/air.sqlite"_s << u"ext4"_s << local;
    QTest::newRow("a bind of a subfolder of a share") << u"/data/sub/air.sqlite"_s << u"nfs4"_s
                                                      << std::optional(u"nfs4"_s);
    QTest::newRow("its parent is not in it") << u"/data/air.sqlite"_s << u"overlay"_s << local;
    QTest::newRow("9p (WSL's Windows drive)") << u"/mnt/wsl-c/Users/air.sqlite"_s << u"9p"_s
                                               << std::optional(u"9p"_s);
    QTest::newRow("tmpfs /tmp") << u"/tmp/air.sqlite"_s << u"tmpfs"_s << local;
}

void TestNetworkFileSystem::mountOfPath()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(std::optional<QString>, network);

    const std::optional<MountInfoEntry> mount = mountOf(fixture, path);
    QVERIFY(mount);
    QCOMPARE(mount->type, type);
    QCOMPARE(networkFileSystemInMountInfo(fixture, path), network);
}

void TestNetworkFileSystem::networkTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("network");
    for (const char *t : {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "coda", "fuse.sshfs",
                          "fuse.rclone", "fuse.s3fs", "fuse.glusterfs", "fuse.gvfsd-fuse"})
        QTest::newRow(t) << QString::fromLatin1(t) << true;
    for (const char *t : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "proc", "fuse.encfs", "fuse.gocryptfs",
                          "fuseblk", "fuse", "vfat", "nfsd", "fuse.sshfsx", "rpc_pipefs", ""})
        QTest::newRow(*t ? t : "(empty)") << QString::fromLatin1(t) << false;
}

void TestNetworkFileSystem::networkTypes()
{
    QFETCH(QString, type);
    QFETCH(bool, network);
    QCOMPARE(isNetworkFileSystemType(type), network);
}

void TestNetworkFileSystem::magicNumbers_data()
{
    QTest::addColumn<qint64>("magic");
    QTest::addColumn<std::optional<QString>>("name");
    QTest::newRow("NFS_SUPER_MAGIC") << qint64(0x6969) << std::optional(u"nfs"_s);
    QTest::newRow("SMB_SUPER_MAGIC") << qint64(0x517B) << std::optional(u"smbfs"_s);
    QTest::newRow("CIFS_SUPER_MAGIC") << qint64(0xFF534D42) << std::optional(u"cifs"_s);
    QTest::newRow("SMB2_SUPER_MAGIC") << qint64(0xFE534D42) << std::optional(u"smb3"_s);
    QTest::newRow("V9FS_MAGIC") << qint64(0x01021997) << std::optional(u"9p"_s);
    QTest::newRow("EXT4_SUPER_MAGIC") << qint64(0xEF53) << std::optional<QString>();
    QTest::newRow("TMPFS_MAGIC") << qint64(0x01021994) << std::optional<QString>();
    QTest::newRow("OVERLAYFS_SUPER_MAGIC") << qint64(0x794C7630) << std::optional<QString>();
    QTest::newRow("FUSE_SUPER_MAGIC: mountinfo decides") << qint64(fuseSuperMagic) << std::optional<QString>();
}

void TestNetworkFileSystem::magicNumbers()
{
    QFETCH(qint64, magic);
    QFETCH(std::optional<QString>, name);
    QCOMPARE(networkFileSystemOfMagic(magic), name);
}

void TestNetworkFileSystem::malformedLinesAreSkipped()
{
    const QString text = QStringLiteral(
        "garbage\n"
        "\n"
        "30 22 8:1 / /home rw,relatime shared:2 ext4 /dev/sda1 rw\n" // no separator
        "31 22 8:1 / /opt rw -\n"                                    // nothing after it
        "32 22 8:1 / relative rw - nfs srv:/x rw\n"                  // not an absolute mount point
        "33 22 8:1 / /var rw - ext4 /dev/sda2 rw\n");
    const QList<MountInfoEntry> entries = parseMountInfo(text);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).mountPoint, u"/var"_s);
    QVERIFY(!mountOf(text, u"/home/x"_s));
    QVERIFY(!mountOf(QString(), u"/home/x"_s));
    QCOMPARE(networkFileSystemInMountInfo(QString(), u"/home/x"_s), std::optional<QString>());
}

// The real thing, on whatever holds this machine's temporary folder: networkFileSystemOf agrees with this
// process's mount table, for a file that exists and for one whose folders do not exist yet.
void TestNetworkFileSystem::thisMachine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(u"air.sqlite"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();

    QFile mountInfo(u"/proc/self/mountinfo"_s);
    QVERIFY(mountInfo.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(mountInfo.readAll());
    const QString canonical = QFileInfo(dir.path()).canonicalFilePath();
    const std::optional<MountInfoEntry> mount = mountOf(table, canonical);
    QVERIFY(mount);
    const std::optional<QString> expected = isNetworkFileSystemType(mount->type) ? std::optional(mount->type)
                                                                                 : std::nullopt;
    QCOMPARE(networkFileSystemOf(file), expected);
    QCOMPARE(networkFileSystemOf(dir.path()), expected);
    QCOMPARE(networkFileSystemOf(dir.filePath(u"not/yet/there/air.sqlite"_s)), expected);

    // Relative paths are taken from the current folder.
    const QString saved = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const std::optional<QString> relative = networkFileSystemOf(u"air.sqlite"_s);
    QVERIFY(QDir::setCurrent(saved));
    QCOMPARE(relative, expected);

    // /proc is proc on every Linux: local.
    QCOMPARE(networkFileSystemOf(u"/proc/self/status"_s), std::optional<QString>());
}

// The tests' stand-in for a mounted share (AIR_TEST_NETWORK_FS): the folder and what lies under it, by
// any path that reaches it (relative, through a link, not yet created); not a sibling whose name merely
// starts the same; nothing once it is unset.
void TestNetworkFileSystem::testShare()
{
    QTemporaryDir dir;
    const QString share = dir.filePath(u"share"_s);
    QVERIFY(QDir().mkpath(share));
    QVERIFY(QDir().mkpath(dir.filePath(u"share2"_s)));
    QVERIFY(QFile::link(share, dir.filePath(u"link"_s)));
    const std::optional<QString> local = networkFileSystemOf(dir.path());
    QVERIFY2(!local, "the temporary folder is on a network file system: this test needs a local one");

    qputenv(testNetworkFileSystemVariable, share.toUtf8());
    const std::optional<QString> nfs(u"nfs"_s);
    QCOMPARE(networkFileSystemOf(share), nfs);
    QCOMPARE(networkFileSystemOf(share + u"/team.sqlite"_s), nfs);
    QCOMPARE(networkFileSystemOf(share + u"/not/yet/team.sqlite"_s), nfs);
    QCOMPARE(networkFileSystemOf(dir.filePath(u"link/team.sqlite"_s)), nfs);
    const QString saved = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const std::optional<QString> relative = networkFileSystemOf(u"share/team.sqlite"_s);
    QVERIFY(QDir::setCurrent(saved));
    QCOMPARE(relative, nfs);
    QCOMPARE(networkFileSystemOf(dir.filePath(u"share2/team.sqlite"_s)), std::optional<QString>());
    QCOMPARE(networkFileSystemOf(dir.filePath(u"team.sqlite"_s)), std::optional<QString>());
    qunsetenv(testNetworkFileSystemVariable);
    QCOMPARE(networkFileSystemOf(share + u"/team.sqlite"_s), std::optional<QString>());
}

QTEST_GUILESS_MAIN(TestNetworkFileSystem) // Qt Core only
#include "tst_networkfilesystem.moc"
