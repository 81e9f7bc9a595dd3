#pragma once

#include "core/result.h"
#include "storage/storage.h"
#include "import/importer.h"

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QThread;
class QPushButton;
class QTableWidget;

namespace air {

// File ▸ Import: choose files, see a preview, map KOSIS items to indicators and pick the
// classification values (--map and --filter of the command line), check, then import with a
// progress bar. The import runs on a worker thread with its own connection; the mapping is
// remembered per KOSIS table title.
class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(std::shared_ptr<Storage> storage, QWidget *parent = nullptr);
    // Waits for a running worker: it holds a pointer to the dialog.
    ~ImportDialog() override;

    void setFiles(const QStringList &files);
    ImportOptions options() const;

public slots:
    void chooseFiles();
    void check() { run(true); }
    void import() { run(false); }
    // Refused while the worker runs (Close, Escape, the window's close button).
    void done(int result) override;

    bool isRunning() const { return m_running; }

signals:
    // Not "finished": that would hide QDialog::finished(int).
    void importFinished(bool ok, const QString &text, bool checkOnly);

private:
    void run(bool checkOnly);
    void showPreview();
    void rememberMapping() const;
    void onFinished(bool ok, const QString &text, bool checkOnly, const Problem &first);
    // Selects, in the preview, the cell a problem names (when it is among the rows shown).
    void showProblemInPreview(const Problem &problem);

    std::shared_ptr<Storage> m_storage;
    QStringList m_files;
    QString m_tableTitle;
    QStringList m_items;
    QList<qint64> m_previewLines; // the file line each preview row starts on
    QLabel *m_fileLabel = nullptr;
    QLabel *m_detected = nullptr;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_mapping = nullptr;
    QWidget *m_filterBox = nullptr;
    QFormLayout *m_filters = nullptr;
    QCheckBox *m_replace = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_report = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    bool m_running = false;
    QThread *m_worker = nullptr;
};

} // namespace air
