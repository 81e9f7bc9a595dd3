#pragma once

// Running the built ai-readiness program from a test (AIR_EXECUTABLE), optionally as the
// unprivileged user 'nobody': root reads and writes any file whatever its permissions, so tests
// of permissions must drop them.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <unistd.h>

namespace air::test {

struct CliRun {
    int exitCode = -1; // -1: crashed or killed
    QString out;
    QString err;
    QByteArray rawOut; // standard output as bytes (a BOM, CRLF)
};

// A copy of the program that 'nobody' can run: the build folder may lie under a folder only root
// may enter (a checkout in /root). The program needs no file of the build folder at run time.
inline QString executableForNobody()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755));
        const QString copy = QDir(dir.path()).filePath(QStringLiteral("ai-readiness"));
        if (!QFile::copy(QStringLiteral(AIR_EXECUTABLE), copy))
            qFatal("cannot copy the program to %s", qPrintable(copy));
        QFile::setPermissions(copy, QFileDevice::Permissions(0x7755));
        return copy;
    }();
    return path;
}

inline CliRun runCli(const QStringList &arguments, bool asNobody = false)
{
    QProcess p;
    if (asNobody) {
        p.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(99);
        });
    }
    p.start(asNobody ? executableForNobody() : QStringLiteral(AIR_EXECUTABLE), arguments);
    if (!p.waitForStarted(30000))
        qFatal("cannot start the program: %s", qPrintable(p.errorString()));
    if (!p.waitForFinished(300000))
        qFatal("the program did not finish within 5 minutes");
    const QByteArray out = p.readAllStandardOutput();
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(out),
        QString::fromUtf8(p.readAllStandardError()), out };
}

// A temporary folder everyone may enter and write to (QTemporaryDir makes it 0700).
inline void openToEveryone(const QTemporaryDir &dir)
{
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
}

} // namespace air::test
