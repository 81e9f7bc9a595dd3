#pragma once

#include <QCoreApplication>

namespace air {

// The messages of the storage layer a user reads (a read-only database, a refused copy, the team
// server's answers), under one translation context: Korean from resources/translations once the
// program has installed it (the window in Korean, the command line with --lang ko).
struct StorageText {
    Q_DECLARE_TR_FUNCTIONS(air::Storage)
};

} // namespace air
