#pragma once

#include <libpq-fe.h>

namespace air::libpq {

// The libpq functions the bulk path needs, taken from the libpq already in the process (loaded by
// Qt's QPSQL driver with the first connection): the program does not link libpq, so a desk that
// never opens a team database never loads it (nor OpenSSL, Kerberos, LDAP). Null members when
// libpq cannot be found: the caller falls back to plain statements.
struct Functions {
    decltype(&PQexec) exec = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQputCopyData) putCopyData = nullptr;
    decltype(&PQputCopyEnd) putCopyEnd = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    decltype(&PQresultErrorField) resultErrorField = nullptr;
    decltype(&PQstatus) status = nullptr;
    bool ok() const
    {
        return exec && resultStatus && clear && errorMessage && resultErrorMessage && putCopyData && putCopyEnd && getResult
            && resultErrorField && status;
    }
};

const Functions &functions();

} // namespace air::libpq
