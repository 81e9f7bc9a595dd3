#include "storage/importwriter.h"

namespace air {

ImportWriter::~ImportWriter() = default;

} // namespace air
