#include "databaseopener.h"

#include "import/bundleddataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace air {
namespace {

// The translation context of the texts below.
struct DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
};

} // namespace

std::shared_ptr<Storage> openDatabaseForWindow(QString path, QWidget *parent)
{
    for (;;) {
        Result<std::shared_ptr<Storage>> database = openWithBundledData(path);
        if (database)
            return *database;

        if (database.errorKind() == ErrorKind::Busy || isStorageLocked(path)) {
            // Locked by another program (issue 18, 14): not damaged, so no fresh database; wait.
            QMessageBox box(QMessageBox::Warning, DatabaseOpener::tr("Cannot open the database"),
                DatabaseOpener::tr("Another program is using the database file:"), QMessageBox::NoButton, parent);
            box.setObjectName(QStringLiteral("databaseLocked"));
            box.setInformativeText(DatabaseOpener::tr("%1\n\nThe file is not damaged. Close the other program, "
                                                      "then try again.")
                                       .arg(database.errorText()));
            QPushButton *retry = box.addButton(DatabaseOpener::tr("Try again"), QMessageBox::AcceptRole);
            retry->setObjectName(QStringLiteral("retry"));
            QPushButton *quit = box.addButton(DatabaseOpener::tr("Quit"), QMessageBox::RejectRole);
            quit->setObjectName(QStringLiteral("quit"));
            box.setDefaultButton(retry);
            box.exec();
            if (box.clickedButton() == retry)
                continue;
            return nullptr;
        }
        const QString fresh = freshLocatorBeside(path);
        QMessageBox box(QMessageBox::Critical, DatabaseOpener::tr("Cannot open the database"),
            DatabaseOpener::tr("The database file cannot be used:"), QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("databaseProblem"));
        box.setInformativeText(DatabaseOpener::tr(
            "%1\n\nThe file has not been changed. You can open another database file, or start "
            "a fresh database (with the bundled figures) beside it as %2.")
                                   .arg(database.errorText(), QDir::toNativeSeparators(fresh)));
        QPushButton *other = box.addButton(DatabaseOpener::tr("Open another file…"), QMessageBox::ActionRole);
        other->setObjectName(QStringLiteral("openAnother"));
        QPushButton *start
            = box.addButton(DatabaseOpener::tr("Start a fresh database"), QMessageBox::AcceptRole);
        start->setObjectName(QStringLiteral("startFresh"));
        start->setToolTip(QDir::toNativeSeparators(fresh));
        QPushButton *quit = box.addButton(DatabaseOpener::tr("Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quit"));
        box.setDefaultButton(other);
        box.exec();

        if (box.clickedButton() == start) {
            path = fresh;
        } else if (box.clickedButton() == other) {
            const QString chosen = QFileDialog::getOpenFileName(parent, DatabaseOpener::tr("Open a database"),
                QFileInfo(path).absolutePath(),
                DatabaseOpener::tr("SQLite databases (*.sqlite *.db);;All files (*)"));
            if (!chosen.isEmpty())
                path = chosen;
        } else {
            return nullptr;
        }
    }
}

} // namespace air
