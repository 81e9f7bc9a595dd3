#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace air {

// What kind of failure a problem is, so that callers decide by kind and never by message text.
enum class ErrorKind {
    Invalid,      // the input is wrong (a file's line, a value, an option)
    NotFound,     // what was asked for does not exist (a region, a weight set, a figure)
    ReadOnly,     // the storage refuses writes (no permission, a viewer's role, query_only)
    Conflict,     // someone else changed it since it was read (no lost update)
    Busy,         // another writer holds the lock beyond the wait
    Damaged,      // the storage cannot be read as ours (not SQLite, a damaged file)
    Incompatible, // written by a newer program (schema version above ours)
    Unavailable,  // the storage cannot be reached (a server down, a file missing)
    Failed,       // anything else the engine reported
};

// Where something went wrong in an input file, and why. Line and column are 1-based;
// 0 means "not applicable" (a whole-file problem has neither).
struct Problem final {
    QString file;
    qint64 line = 0;
    int column = 0;
    QString reason;
    ErrorKind kind = ErrorKind::Invalid;
    // The sheet of a workbook (.xlsx): line is then its row and column its column, shown as the
    // cell ("B17").
    QString sheet = {};

    // "file:line:column: reason", leaving out the parts that do not apply; in a workbook
    // "file, sheet NAME, cell B17: reason".
    QString toString() const;
};

// A spreadsheet's name for the cell at ROW and COLUMN (1-based): "B17"; the column alone ("B")
// for row 0.
QString cellName(qint64 row, int column);

// Either a value or the problems that prevented it (STYLE.md #10). Errors never escape as
// exceptions from the storage layer.
template<typename T>
class [[nodiscard]] Result final {
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Problem problem) : m_problems { std::move(problem) } { }
    Result(QList<Problem> problems) : m_problems(std::move(problems)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }

    const QList<Problem> &problems() const { return m_problems; }
    QString errorText() const;
    // The kind of the first problem (Invalid when there is none).
    ErrorKind errorKind() const { return m_problems.isEmpty() ? ErrorKind::Invalid : m_problems.first().kind; }

private:
    std::optional<T> m_value;
    QList<Problem> m_problems;
};

struct Ok final { };
using Status = Result<Ok>;

QString joinProblems(const QList<Problem> &problems);

// A problem of the storage itself (no file line), of a kind.
inline Problem storageProblem(ErrorKind kind, QString reason, QString where = {})
{
    return Problem { std::move(where), 0, 0, std::move(reason), kind };
}

template<typename T>
QString Result<T>::errorText() const
{
    return joinProblems(m_problems);
}

} // namespace air
