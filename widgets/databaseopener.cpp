#include "databaseopener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace air {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseOpener", text);
}

} // namespace

std::optional<Database> openDatabaseForWindow(QString path, QWidget *parent)
{
    for (;;) {
        Result<Database> database = Database::open(path);
        if (database)
            return *database;

        const QString fresh = Database::freshPathBeside(path);
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
            tr("The database file cannot be used:"), QMessageBox::NoButton, parent);
        box.setObjectName(QStringLiteral("databaseProblem"));
        box.setInformativeText(tr("%1\n\nThe file has not been changed. You can open another database file, or start "
                                  "a fresh database (with the bundled figures) beside it as %2.")
                                   .arg(database.errorText(), QDir::toNativeSeparators(fresh)));
        QPushButton *other = box.addButton(tr("Open another file…"), QMessageBox::ActionRole);
        other->setObjectName(QStringLiteral("openAnother"));
        QPushButton *start = box.addButton(tr("Start a fresh database"), QMessageBox::AcceptRole);
        start->setObjectName(QStringLiteral("startFresh"));
        start->setToolTip(QDir::toNativeSeparators(fresh));
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        quit->setObjectName(QStringLiteral("quit"));
        box.setDefaultButton(other);
        box.exec();

        if (box.clickedButton() == start) {
            path = fresh;
        } else if (box.clickedButton() == other) {
            const QString chosen = QFileDialog::getOpenFileName(parent, tr("Open a database"),
                QFileInfo(path).absolutePath(), tr("SQLite databases (*.sqlite *.db);;All files (*)"));
            if (!chosen.isEmpty())
                path = chosen;
        } else {
            return std::nullopt;
        }
    }
}

} // namespace air
