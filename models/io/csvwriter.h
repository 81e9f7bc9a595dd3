#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace air {

// Writes CSV the way import reads it: UTF-8, comma, fields quoted only when they must be.
// Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are
// always defused with a leading apostrophe, since every export may end up in a spreadsheet;
// import removes that apostrophe again (restoreDefused), so a round trip loses nothing.
// Numbers are never defused: -3.5 stays a number. Excel mode adds a BOM and CRLF line ends.
class CsvWriter final {
public:
    explicit CsvWriter(bool excel = false);

    void writeRow(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

    static QString escapeField(const QString &field, bool excel = false);
    // A field as written before defusing: "'=SUM(A1)" becomes "=SUM(A1)"; others are unchanged.
    static QStringView restoreDefused(QStringView field);

private:
    bool m_excel;
    QByteArray m_data;
};

} // namespace air
