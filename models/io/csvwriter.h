#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace air {

// Writes CSV the way import reads it: UTF-8, comma, fields quoted only when they must be.
// For spreadsheets (Excel mode): a BOM, CRLF line ends, and text cells that a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or CR) defused with a leading apostrophe.
// Numbers are never defused: -3.5 stays a number.
class CsvWriter final {
public:
    explicit CsvWriter(bool excel = false);

    void writeRow(const QStringList &fields);
    const QByteArray &data() const { return m_data; }

    static QString escapeField(const QString &field, bool excel);

private:
    bool m_excel;
    QByteArray m_data;
};

} // namespace air
