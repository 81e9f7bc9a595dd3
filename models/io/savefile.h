#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace air {

// Writes BYTES to PATH all or nothing: beside the target first, renamed over it only when every
// byte is on disk (QSaveFile), so a full disk or a crash never leaves a half-written file. A
// disk without room for BYTES is refused before anything is written, and failures say why in
// words an official can act on ("the disk is full: 147 KB needed, 12 KB free").
Status saveFile(const QString &path, const QByteArray &bytes);

} // namespace air
