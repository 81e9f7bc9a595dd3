#include "items/observationsmodel.h"

#include "export/tableexporter.h"
#include "items/itemroles.h"
#include "items/valueformat.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

ObservationsModel::ObservationsModel(Storage &storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
    , m_readOnly(storage.readOnly())
    , m_changedBy(storage.userName())
{
}

ObservationsModel::Row ObservationsModel::rowOf(const ObservationRecord &o) const
{
    const bool english = m_language == u"en";
    Row r;
    r.region = o.region;
    r.regionName = english ? o.regionNameEn : o.regionNameKo;
    r.indicator = o.indicator;
    r.indicatorName = english ? o.indicatorNameEn : o.indicatorNameKo;
    r.year = o.year;
    r.value = o.value;
    r.unit = o.unit;
    r.status = o.status;
    r.source = o.source;
    r.sourceTitle = o.sourceTitle;
    r.sourcePublisher = o.sourcePublisher;
    r.note = o.note;
    r.origin = o.origin;
    r.sourceRef = o.sourceRef;
    return r;
}

bool ObservationsModel::load(const Filter &filter)
{
    ObservationFilter f;
    f.indicator = filter.indicator;
    f.region = filter.region;
    f.year = filter.year;
    const Result<QList<ObservationRecord>> records = m_storage.observations(f);
    if (!records)
        return false;
    QList<Row> rows;
    rows.reserve(records->size());
    for (const ObservationRecord &o : *records)
        rows.append(rowOf(o));
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
    ObservationFilter key;
    key.region = r.region;
    key.indicator = r.indicator;
    key.year = r.year;
    const Result<QList<HistoryRecord>> changes = m_storage.history(key);
    QStringList lines;
    if (!changes)
        return lines;
    auto figure = [this](const QVariant &value, const QString &status, const QString &publisher, const QString &title) {
        const QString v = value.isNull() ? tr("no figure") : QLocale().toString(value.toDouble(), 'g', 12);
        return tr("%1 (%2; %3 — %4)").arg(v, statusLabel(status, m_language), publisher, title);
    };
    for (const HistoryRecord &h : *changes) {
        const QDateTime at = QDateTime::fromString(h.changedAt, Qt::ISODateWithMs);
        lines << tr("%1, %2: %3 → %4 (%5)")
                     .arg(at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : h.changedAt, h.changedBy,
                         figure(h.oldValue, h.oldStatus, h.oldSourcePublisher, h.oldSourceTitle),
                         figure(h.newValue, h.newStatus, h.newSourcePublisher, h.newSourceTitle), h.reason);
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
        const QVariant minimum = minimumOf(m_rows[index.row()].indicator);
        if (!minimum.isNull() && v < minimum.toDouble()) {
            emit editRejected(tr("%1 is below %2, the smallest value this indicator can take")
                                  .arg(value.toString(), minimum.toString()));
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
    if (!writeRow(after, before, why, newFigure, WriteKind::Edit))
        return false;
    m_history.resize(m_undoIndex);
    m_history.append({ before, after, why });
    m_undoIndex = m_history.size();
    applyRow(after);
    emit undoStateChanged();
    return true;
}

QVariant ObservationsModel::minimumOf(const QString &indicator) const
{
    const Result<QList<IndicatorInfo>> indicators = m_storage.indicators();
    if (indicators) {
        for (const IndicatorInfo &info : *indicators)
            if (info.id == indicator)
                return info.minimum;
    }
    return {};
}

bool ObservationsModel::writeRow(Row &r, const Row &old, const QString &reason, bool newSource, WriteKind kind, bool force)
{
    // A refused edit is answered at once or not at all: another write makes it stale.
    m_refused.reset();
    ObservationEdit edit;
    edit.region = r.region;
    edit.indicator = r.indicator;
    edit.year = r.year;
    edit.oldValue = old.value;
    edit.oldStatus = old.status;
    edit.oldSourceRef = old.sourceRef;
    edit.oldNote = old.note;
    edit.value = r.value;
    edit.status = r.status;
    edit.note = r.note;
    edit.sourceRef = r.sourceRef;
    edit.origin = r.origin;
    edit.newSource = newSource;
    edit.changedBy = m_changedBy;
    edit.reason = reason;
    edit.force = force;
    const Result<Storage::EditOutcome> outcome = m_storage.editObservation(edit);
    if (!outcome) {
        emit editRejected(tr("The database refused the change: %1").arg(outcome.errorText()));
        return false;
    }
    if (outcome->conflict) {
        // Another desk changed the figure since it was read: nothing is written and theirs is
        // shown; the window asks whether to keep it or to write this desk's over it.
        const ObservationConflict &c = *outcome->conflict;
        const QDateTime at = QDateTime::fromString(c.changedAt, Qt::ISODateWithMs);
        const QString who = c.changedBy.isEmpty() ? tr("unknown user") : c.changedBy;
        const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), u"HH:mm"_s) : tr("time unknown");
        const Row theirs = rowOf(outcome->record);
        applyRow(theirs);
        m_refused = RefusedEdit { kind, r, old, theirs, reason, newSource, m_undoIndex };
        emit editConflict(tr("Changed by another user: %1 → %2 (%3, %4)")
                              .arg(QLocale().toString(old.value, 'g', 12), QLocale().toString(c.value, 'g', 12), who, when));
        return false;
    }
    r = rowOf(outcome->record);
    return true;
}

QString ObservationsModel::refusedValueText() const
{
    if (!m_refused)
        return {};
    const Row &mine = m_refused->mine;
    const Row &read = m_refused->asRead;
    if (mine.value == read.value && mine.status != read.status)
        return statusLabel(mine.status, m_language);
    if (mine.value == read.value && mine.note != read.note)
        return mine.note;
    return QLocale().toString(mine.value, 'g', 12);
}

bool ObservationsModel::writeRefusedEdit()
{
    if (!m_refused || m_refused->undoIndex != m_undoIndex)
        return false;
    const RefusedEdit refused = *m_refused;
    Row mine = refused.mine;
    if (refused.kind == WriteKind::Edit && mine.value == refused.asRead.value) {
        // Only the status or the note was edited: that change goes onto their figure, whose value stays.
        Row onTheirs = refused.theirs;
        if (mine.status != refused.asRead.status)
            onTheirs.status = mine.status;
        if (mine.note != refused.asRead.note)
            onTheirs.note = mine.note;
        onTheirs.origin = mine.origin;
        mine = onTheirs;
    }
    // Over theirs, knowingly: the history records their figure as the old one.
    if (!writeRow(mine, refused.theirs, refused.reason, refused.newSource, refused.kind, true))
        return false;
    switch (refused.kind) {
    case WriteKind::Edit:
        // Undone like any edit: the undo puts their figure back.
        m_history.resize(m_undoIndex);
        m_history.append({ refused.theirs, mine, refused.reason });
        m_undoIndex = m_history.size();
        break;
    case WriteKind::Undo:
        --m_undoIndex;
        m_history[m_undoIndex].before = mine;
        break;
    case WriteKind::Redo:
        m_history[m_undoIndex].after = mine;
        ++m_undoIndex;
        break;
    }
    applyRow(mine);
    emit undoStateChanged();
    return true;
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
    if (!writeRow(e.before, e.after, tr("Undo: %1").arg(e.reason), false, WriteKind::Undo))
        return;
    --m_undoIndex;
    applyRow(e.before);
    emit undoStateChanged();
}

void ObservationsModel::redo()
{
    if (!canRedo())
        return;
    Edit &e = m_history[m_undoIndex];
    if (!writeRow(e.after, e.before, tr("Redo: %1").arg(e.reason), false, WriteKind::Redo))
        return;
    ++m_undoIndex;
    applyRow(e.after);
    emit undoStateChanged();
}

} // namespace air
