#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace air {

// Writes BYTES to PATH all or nothing: beside the target first, renamed over it only when every
// byte is on disk (QSaveFile), so a full disk or a crash never leaves a half-written file. A
// disk without room for BYTES is refused before anything is written, and failures say why in
// words an official can act on ("the disk is full: 147 KB needed, 12 KB free").
//
// Only a regular file (or a name not yet taken) is replaced that way: a character device
// (/dev/null, a terminal) or a FIFO is written directly, never replaced; a directory, block
// device or socket is refused. A database this process has open (see protectDatabaseFile), or
// its -wal or -shm file, is refused whatever name reaches it (a symbolic or hard link too).
Status saveFile(const QString &path, const QByteArray &bytes);

// Registers DATABASE (and its -wal and -shm files) as never to be written by saveFile: every
// output option of the program and the window's exports refuse them. Database::open calls it.
void protectDatabaseFile(const QString &database);

// The reason saveFile gives for PATH when it is a protected database file, or an empty string.
QString protectedOutputReason(const QString &path);

} // namespace air
