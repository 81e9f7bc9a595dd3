#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

#include <sqlite3.h>

namespace air {

// A prepared SQLite statement on the raw handle, for the bulk import path only: binding and
// stepping through the C API avoids a QVariant per value (PITFALLS.md: execBatch only loops).
class Statement final {
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // Text must outlive the next step(): bind from storage that stays put, or use bindCopy.
    void bindStatic(int index, const QByteArray &utf8);
    void bindCopy(int index, const QByteArray &utf8);
    void bind(int index, double value);
    void bind(int index, int value);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs the statement; returns the SQLite result code (SQLITE_DONE, SQLITE_ROW, ...).
    int step();
    void reset();
    double columnDouble(int index) const;
    qint64 columnInt64(int index) const;
    QString columnText(int index) const;
    // The blob's bytes, valid until the next step() or reset().
    std::pair<const char *, int> columnBlob(int index) const;
    int extendedError() const;
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace air
