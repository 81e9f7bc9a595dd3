#include "databaseopener.h"

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

std::optional<Database> openDatabaseForWindow(QString path, QWidget *parent)
{
    for (;;) {
        Result<Database> database = Database::open(path);
        if (database)
            return *database;

        const QString fresh = Database::freshPathBeside(path);
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
            return std::nullopt;
        }
    }
}

} // namespace air
