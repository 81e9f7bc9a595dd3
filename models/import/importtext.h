#pragma once

#include <QCoreApplication>

namespace air {

// The messages of the import (problems, skip reasons, notes, the report), under one translation
// context: Korean from resources/translations/ai-readiness_ko.qm once the program has installed
// it (the window in Korean, the command line with --lang ko); English otherwise.
struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(air::Import)
};

} // namespace air
