#pragma once

#include "storage/storage.h"

#include <memory>

#include <QString>

#include <optional>

class QWidget;

namespace air {

// Opens the window's database. When the file cannot be used (damaged, not SQLite, not ours, no
// permission), says why and lets the official choose: open another file, start a fresh database
// beside it (PATH-new.sqlite, never over an existing file), or quit. The file that failed is
// never written, moved or deleted.
// Loads the bundled dataset into it (new or older). Null when the official chose to quit.
std::shared_ptr<Storage> openDatabaseForWindow(QString path, QWidget *parent = nullptr);

} // namespace air
