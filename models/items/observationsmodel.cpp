#include "items/observationsmodel.h"

#include "database/database.h"
#include "export/tableexporter.h"
#include "items/itemroles.h"
#include "items/valueformat.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

ObservationsModel::ObservationsModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_readOnly(isReadOnly(m_db))
{
}

bool ObservationsModel::load(const Filter &filter)
{
    QStringList where;
    QVariantList values;
    if (!filter.indicator.isEmpty()) {
        where << u"i.id = ?"_s;
        values << filter.indicator;
    }
    if (!filter.region.isEmpty()) {
        where << u"r.code = ?"_s;
        values << filter.region;
    }
    if (filter.year > 0) {
        where << u"o.year = ?"_s;
        values << filter.year;
    }
    QString statement = u"SELECT r.code, r.name_ko, r.name_en, i.id, i.name_ko, i.name_en, o.year, o.value, "
                        "i.unit, o.status, s.id, s.title, s.publisher, o.note, o.origin, o.source_ref "
                        "FROM observations o JOIN regions r ON r.ref = o.region_ref "
                        "JOIN indicators i ON i.ref = o.indicator_ref JOIN sources s ON s.ref = o.source_ref"_s;
    if (!where.isEmpty())
        statement += u" WHERE "_s + where.join(u" AND "_s);
    statement += u" ORDER BY i.id, r.level, r.code, o.year"_s;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return false;
    const bool english = m_language == u"en";
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.region = q.value(0).toString();
        r.regionName = q.value(english ? 2 : 1).toString();
        r.indicator = q.value(3).toString();
        r.indicatorName = q.value(english ? 5 : 4).toString();
        r.year = q.value(6).toInt();
        r.value = q.value(7).toDouble();
        r.unit = q.value(8).toString();
        r.status = q.value(9).toString();
        r.source = q.value(10).toString();
        r.sourceTitle = q.value(11).toString();
        r.sourcePublisher = q.value(12).toString();
        r.note = q.value(13).toString();
        r.origin = q.value(14).toString();
        r.sourceRef = q.value(15).toLongLong();
        rows.append(std::move(r));
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_filter = filter;
    endResetModel();
    emit undoStateChanged();
    return true;
}

void ObservationsModel::setLanguage(const QString &language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ObservationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ObservationsModel::tooltip(const Row &r) const
{
    QStringList lines;
    lines << u"%1 · %2 · %3"_s.arg(r.regionName, r.indicatorName).arg(r.year);
    lines << tr("Value: %1 %2").arg(QLocale().toString(r.value, 'g', 12), r.unit);
    lines << tr("Status: %1").arg(statusLabel(r.status, m_language));
    lines << tr("Source: %1 — %2").arg(r.sourcePublisher, r.sourceTitle);
    if (!r.note.isEmpty())
        lines << tr("Note: %1").arg(r.note);
    lines << (r.origin == u"user"_s ? tr("Entered or imported by a user") : tr("From the bundled dataset"));
    const QStringList changes = historyOf(r);
    if (!changes.isEmpty())
        lines << tr("History:") << changes;
    return lines.join(u'\n');
}

QString ObservationsModel::osUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? tr("unknown user") : name;
}

QString ObservationsModel::reason() const
{
    return m_reason.trimmed().isEmpty() ? tr("User edit") : m_reason.trimmed();
}

QStringList ObservationsModel::history(int row) const
{
    return row >= 0 && row < m_rows.size() ? historyOf(m_rows[row]) : QStringList();
}

QStringList ObservationsModel::historyOf(const Row &r) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT h.changed_at, h.changed_by, h.old_value, h.new_value, h.old_status, h.new_status, "
              "COALESCE(so.publisher, ''), COALESCE(so.title, ''), COALESCE(sn.publisher, ''), COALESCE(sn.title, ''), "
              "h.reason FROM observation_history h LEFT JOIN sources so ON so.ref = h.old_source_ref "
              "LEFT JOIN sources sn ON sn.ref = h.new_source_ref "
              "WHERE h.region_ref = (SELECT ref FROM regions WHERE code = ?) "
              "AND h.indicator_ref = (SELECT ref FROM indicators WHERE id = ?) AND h.year = ? ORDER BY h.id"_s);
    q.addBindValue(r.region);
    q.addBindValue(r.indicator);
    q.addBindValue(r.year);
    QStringList lines;
    if (!q.exec())
        return lines;
    auto figure = [this](const QVariant &value, const QString &status, const QString &publisher, const QString &title) {
        const QString v = value.isNull() ? tr("no figure") : QLocale().toString(value.toDouble(), 'g', 12);
        return tr("%1 (%2; %3 — %4)").arg(v, statusLabel(status, m_language), publisher, title);
    };
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        lines << tr("%1, %2: %3 → %4 (%5)")
                     .arg(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : q.value(0).toString(),
                         q.value(1).toString(),
                         figure(q.value(2), q.value(4).toString(), q.value(6).toString(), q.value(7).toString()),
                         figure(q.value(3), q.value(5).toString(), q.value(8).toString(), q.value(9).toString()),
                         q.value(10).toString());
    }
    return lines;
}

QVariant ObservationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case Qt::ToolTipRole:
        return tooltip(r);
    case Qt::TextAlignmentRole:
        return index.column() == Value || index.column() == Year ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case roleOf(ItemRole::RawValue):
        return r.value;
    case roleOf(ItemRole::Status):
        return r.status;
    case roleOf(ItemRole::SourceTitle):
        return r.sourceTitle;
    case roleOf(ItemRole::Origin):
        return r.origin;
    case roleOf(ItemRole::IndicatorId):
        return r.indicator;
    case roleOf(ItemRole::RegionCode):
        return r.region;
    case roleOf(ItemRole::Year):
        return r.year;
    case roleOf(ItemRole::IsMissing):
        return false;
    case Qt::EditRole:
        if (index.column() == Value)
            return r.value;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case Region: return r.regionName;
        case Indicator: return r.indicatorName;
        case Year: return r.year;
        case Value: return role == Qt::DisplayRole ? QLocale().toString(r.value, 'g', 12) : QVariant(r.value);
        case Unit: return r.unit;
        case Status: return role == Qt::DisplayRole ? statusLabel(r.status, m_language) : r.status;
        case Source: return r.sourceTitle;
        case Note: return r.note;
        case Origin: return r.origin;
        default: return {};
        }
    default:
        return {};
    }
}

QVariant ObservationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Region: return tr("Region");
    case Indicator: return tr("Indicator");
    case Year: return tr("Year");
    case Value: return tr("Value");
    case Unit: return tr("Unit");
    case Status: return tr("Status");
    case Source: return tr("Source");
    case Note: return tr("Note");
    case Origin: return tr("Origin");
    default: return {};
    }
}

Qt::ItemFlags ObservationsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && (index.column() == Value || index.column() == Status || index.column() == Note))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ObservationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (m_readOnly) {
        emit editRejected(tr("The database is open read-only: figures cannot be changed"));
        return false;
    }
    Row after = m_rows[index.row()];
    switch (index.column()) {
    case Value: {
        bool ok = false;
        double v = value.toDouble(&ok);
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            v = QLocale().toDouble(text, &ok);
            if (!ok)
                v = text.toDouble(&ok);
        }
        if (!ok || !std::isfinite(v)) {
            emit editRejected(tr("'%1' is not a number").arg(value.toString()));
            return false;
        }
        // The checks an import makes (issue 18, 9: one validation for every path in).
        if (v != 0 && std::fabs(v) < 1e-300) {
            emit editRejected(tr("%1 is too close to 0 to compute with").arg(value.toString()));
            return false;
        }
        QSqlQuery minimum(m_db);
        minimum.prepare(u"SELECT min_value FROM indicators WHERE id = ?"_s);
        minimum.addBindValue(m_rows[index.row()].indicator);
        if (minimum.exec() && minimum.next() && !minimum.value(0).isNull() && v < minimum.value(0).toDouble()) {
            emit editRejected(tr("%1 is below %2, the smallest value this indicator can take")
                                  .arg(value.toString(), minimum.value(0).toString()));
            return false;
        }
        after.value = v;
        break;
    }
    case Status: {
        const QString status = value.toString().trimmed();
        if (status != u"official"_s && status != u"reported"_s && status != u"estimate"_s && status != u"user"_s) {
            emit editRejected(tr("The status must be official, reported, estimate or user"));
            return false;
        }
        after.status = status;
        break;
    }
    case Note:
        after.note = value.toString();
        break;
    default:
        return false;
    }
    after.origin = u"user"_s;
    const Row before = m_rows[index.row()];
    if (before.value == after.value && before.status == after.status && before.note == after.note)
        return true;
    const QString why = reason();
    // A changed figure is the user's, not the newspaper's: its own status and source.
    const bool newFigure = after.value != before.value;
    if (newFigure)
        after.status = u"user"_s;
    if (!writeRow(after, before, why, newFigure)) {
        emit editRejected(tr("The database refused the change: %1").arg(m_db.lastError().text()));
        return false;
    }
    m_history.resize(m_undoIndex);
    m_history.append({ before, after, why });
    m_undoIndex = m_history.size();
    applyRow(after);
    emit undoStateChanged();
    return true;
}

// One source per edit: who (publisher), why (title), when (retrieved, and in the id).
bool ObservationsModel::addUserSource(Row &row, const QString &reason)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString id = u"user:%1:%2"_s.arg(m_changedBy, now.toString(Qt::ISODateWithMs));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sources (id, publisher, title, published, retrieved, origin) VALUES (?, ?, ?, ?, ?, 'user')"_s);
    q.addBindValue(id);
    q.addBindValue(m_changedBy);
    q.addBindValue(reason);
    q.addBindValue(now.date().toString(Qt::ISODate));
    q.addBindValue(now.toString(Qt::ISODate));
    if (!q.exec())
        return false;
    row.source = id;
    row.sourceRef = q.lastInsertId().toLongLong();
    row.sourcePublisher = m_changedBy;
    row.sourceTitle = reason;
    return row.sourceRef > 0;
}

bool ObservationsModel::writeRow(Row &r, const Row &old, const QString &reason, bool newSource)
{
    if (!m_db.transaction())
        return false;
    if (newSource && !addUserSource(r, reason)) {
        m_db.rollback();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE observations SET value = ?, status = ?, source_ref = ?, note = ?, origin = ? "
              "WHERE region_ref = (SELECT ref FROM regions WHERE code = ?) "
              "AND indicator_ref = (SELECT ref FROM indicators WHERE id = ?) AND year = ?"_s);
    q.addBindValue(r.value);
    q.addBindValue(r.status);
    q.addBindValue(r.sourceRef);
    q.addBindValue(r.note);
    q.addBindValue(r.origin);
    q.addBindValue(r.region);
    q.addBindValue(r.indicator);
    q.addBindValue(r.year);
    bool ok = q.exec() && q.numRowsAffected() == 1;
    if (ok) {
        QSqlQuery h(m_db);
        h.prepare(u"INSERT INTO observation_history (region_ref, indicator_ref, year, old_value, new_value, old_status, "
                  "new_status, old_source_ref, new_source_ref, changed_by, changed_at, reason) "
                  "VALUES ((SELECT ref FROM regions WHERE code = ?), (SELECT ref FROM indicators WHERE id = ?), ?, ?, ?, "
                  "?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : QVariantList { r.region, r.indicator, r.year, old.value, r.value, old.status, r.status,
                 old.sourceRef, r.sourceRef, m_changedBy,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), reason })
            h.addBindValue(v);
        ok = h.exec();
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

void ObservationsModel::applyRow(const Row &values)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (r.region == values.region && r.indicator == values.indicator && r.year == values.year) {
            r = values;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

QString ObservationsModel::undoText() const
{
    if (!canUndo())
        return {};
    const Edit &e = m_history[m_undoIndex - 1];
    return tr("Undo edit of %1 %2 (%3)").arg(e.before.regionName, e.before.indicatorName).arg(e.before.year);
}

QString ObservationsModel::redoText() const
{
    if (!canRedo())
        return {};
    const Edit &e = m_history[m_undoIndex];
    return tr("Redo edit of %1 %2 (%3)").arg(e.after.regionName, e.after.indicatorName).arg(e.after.year);
}

void ObservationsModel::undo()
{
    if (!canUndo())
        return;
    Edit &e = m_history[m_undoIndex - 1];
    if (!writeRow(e.before, e.after, tr("Undo: %1").arg(e.reason), false)) {
        emit editRejected(tr("The database refused the undo: %1").arg(m_db.lastError().text()));
        return;
    }
    --m_undoIndex;
    applyRow(e.before);
    emit undoStateChanged();
}

void ObservationsModel::redo()
{
    if (!canRedo())
        return;
    Edit &e = m_history[m_undoIndex];
    if (!writeRow(e.after, e.before, tr("Redo: %1").arg(e.reason), false)) {
        emit editRejected(tr("The database refused the redo: %1").arg(m_db.lastError().text()));
        return;
    }
    ++m_undoIndex;
    applyRow(e.after);
    emit undoStateChanged();
}

} // namespace air
