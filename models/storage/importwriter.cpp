#include "storage/importwriter.h"

namespace air {

ImportWriter::~ImportWriter() = default;

std::optional<ImportWriter::Refusal> ImportWriter::awaitObservations()
{
    return std::nullopt; // written when writeObservations returned
}

} // namespace air
