#pragma once

#include "import/formats.h"

namespace air {

class CsvParser;
class ImportSession;

// Reads the data rows of one of the project's own formats (the header already consumed) and
// hands each valid row to the session.
void importOwnTable(ImportSession &session, const TableFormat &format, const QStringList &header, CsvParser &parser);

} // namespace air
