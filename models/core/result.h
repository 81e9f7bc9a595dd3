#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace air {

// Where something went wrong in an input file, and why. Line and column are 1-based;
// 0 means "not applicable" (a whole-file problem has neither).
struct Problem final {
    QString file;
    qint64 line = 0;
    int column = 0;
    QString reason;

    // "file:line:column: reason", leaving out the parts that do not apply.
    QString toString() const;
};

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

private:
    std::optional<T> m_value;
    QList<Problem> m_problems;
};

struct Ok final { };
using Status = Result<Ok>;

QString joinProblems(const QList<Problem> &problems);

template<typename T>
QString Result<T>::errorText() const
{
    return joinProblems(m_problems);
}

} // namespace air
