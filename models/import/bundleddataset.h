#pragma once

#include "core/result.h"
#include "storage/openstorage.h"
#include "storage/storage.h"

#include <QStringList>

namespace air {

// The dataset in data/*.csv, compiled into the program as a Qt resource.
class BundledDataset final {
public:
    // The files in import order (regions before the observations that use them).
    static QStringList files();
    // A digest of their contents: the database remembers which dataset it holds.
    static QString version();
    // The dataset's date: the newest date a bundled source was published or read (sources.csv's
    // published and retrieved columns, YYYY-MM-DD); empty if none is given.
    static QString date();
    // Loads the dataset into a new database, or refreshes the bundled rows of an older one
    // (never a user's rows), in one transaction. Does nothing when the dataset is current.
    static Status ensureLoaded(Storage &storage);
};

// The program's way to open its storage: openStorage(), then the bundled dataset loaded or
// refreshed (a read-only storage is shown as it is).
Result<std::shared_ptr<Storage>> openWithBundledData(const QString &locator, const StorageOptions &options = {});

} // namespace air
