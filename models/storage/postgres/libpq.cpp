#include "storage/postgres/libpq.h"

#include <QLibrary>

namespace air::libpq {

const Functions &functions()
{
    static const Functions resolved = [] {
        Functions f;
        QLibrary library(QStringLiteral("pq"), 5);
        if (!library.load())
            return f;
        f.exec = reinterpret_cast<decltype(&PQexec)>(library.resolve("PQexec"));
        f.resultStatus = reinterpret_cast<decltype(&PQresultStatus)>(library.resolve("PQresultStatus"));
        f.clear = reinterpret_cast<decltype(&PQclear)>(library.resolve("PQclear"));
        f.errorMessage = reinterpret_cast<decltype(&PQerrorMessage)>(library.resolve("PQerrorMessage"));
        f.resultErrorMessage = reinterpret_cast<decltype(&PQresultErrorMessage)>(library.resolve("PQresultErrorMessage"));
        f.putCopyData = reinterpret_cast<decltype(&PQputCopyData)>(library.resolve("PQputCopyData"));
        f.putCopyEnd = reinterpret_cast<decltype(&PQputCopyEnd)>(library.resolve("PQputCopyEnd"));
        f.getResult = reinterpret_cast<decltype(&PQgetResult)>(library.resolve("PQgetResult"));
        f.resultErrorField = reinterpret_cast<decltype(&PQresultErrorField)>(library.resolve("PQresultErrorField"));
        f.status = reinterpret_cast<decltype(&PQstatus)>(library.resolve("PQstatus"));
        return f; // the library stays loaded: QLibrary does not unload on destruction
    }();
    return resolved;
}

} // namespace air::libpq
