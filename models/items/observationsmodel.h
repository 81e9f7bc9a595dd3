#pragma once

#include "storage/storage.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace air {

// The observations table, editable: a value, a status or a note can be changed in place. Each
// edit is validated, written at once as a `user` row, and can be undone and redone. An edited
// value is a user figure: its status becomes `user` and its source a user source naming who, when
// and why (the original stays in observation_history, one row per edit, undo and redo). Tooltips
// carry the provenance (status, source, note, origin) and the history. Undo lives here rather
// than in a QUndoStack because this library may not use Qt Gui; the window wires it to its actions.
class ObservationsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Region, Indicator, Year, Value, Unit, Status, Source, Note, Origin, ColumnCount };

    struct Filter {
        QString indicator;
        QString region;
        int year = 0;
    };

    explicit ObservationsModel(Storage &storage, QObject *parent = nullptr);

    bool load() { return load(Filter()); }
    // Keeps the undo history (a filter change does not lose it).
    bool load(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Who edits (the storage's user by default: the database user, or the OS user for a file) and why (for the next edits; empty: "User edit").
    void setChangedBy(const QString &name) { m_changedBy = name; }
    QString changedBy() const { return m_changedBy; }
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const;
    static QString osUserName();

    // The figure's changes, oldest first, one line each (when, who, old → new, why); empty when
    // it was never edited.
    QStringList history(int row) const;

    // The last edit refused because another desk changed the figure since it was read (editConflict):
    // the window asks whether to keep theirs (discardRefusedEdit) or write this desk's value over
    // theirs (writeRefusedEdit, a forced write recorded in the history like any edit, and undone like
    // one: the undo puts their figure back). The next edit, undo or redo forgets it.
    bool hasRefusedEdit() const { return m_refused.has_value(); }
    // What this desk's refused edit would have written: the value as the table shows it, or the
    // status or the note when only that was changed; empty when there is none.
    QString refusedValueText() const;
    bool writeRefusedEdit();
    void discardRefusedEdit() { m_refused.reset(); }

    bool canUndo() const { return m_undoIndex > 0; }
    bool canRedo() const { return m_undoIndex < m_history.size(); }
    QString undoText() const;
    QString redoText() const;

public slots:
    void undo();
    void redo();

signals:
    void editRejected(const QString &reason);
    // The figure changed on another desk since it was read: nothing was written (both values named).
    void editConflict(const QString &message);
    void undoStateChanged();

private:
    struct Row {
        QString region;
        QString regionName;
        QString indicator;
        QString indicatorName;
        int year = 0;
        double value = 0;
        QString unit;
        QString status;
        QString source;
        qint64 sourceRef = 0;
        QString sourceTitle;
        QString sourcePublisher;
        QString note;
        QString origin;
    };
    // By key (region, indicator, year), not by row: the history outlives a change of filter, and
    // an undone edit of a row not shown is still written.
    struct Edit {
        Row before;
        Row after;
        QString reason;
    };

    // What a refused write was: a new edit, an undo or a redo (of the edit at undoIndex).
    enum class WriteKind { Edit, Undo, Redo };
    struct RefusedEdit {
        WriteKind kind = WriteKind::Edit;
        Row mine;   // what would have been written
        Row asRead; // the figure as this desk read it
        Row theirs; // the figure as the other desk left it
        QString reason;
        bool newSource = false;
        qsizetype undoIndex = 0; // m_undoIndex when it was refused
    };

    // Writes row over old, with a history line (and first a user source for row, if newSource);
    // all or nothing. A figure changed by another desk since old was read is not written unless
    // force is set: the refusal is kept (m_refused) and editConflict says what the other desk wrote.
    bool writeRow(Row &row, const Row &old, const QString &reason, bool newSource, WriteKind kind, bool force = false);
    Row rowOf(const ObservationRecord &record) const;
    QVariant minimumOf(const QString &indicator) const;
    void applyRow(const Row &values);
    QString tooltip(const Row &row) const;
    QStringList historyOf(const Row &row) const;

    Storage &m_storage;
    bool m_readOnly = false;
    QList<Row> m_rows;
    Filter m_filter;
    QList<Edit> m_history;
    qsizetype m_undoIndex = 0;
    QString m_language = QStringLiteral("ko");
    QString m_changedBy;
    QString m_reason;
    std::optional<RefusedEdit> m_refused;
};

} // namespace air
