// The reference for the start-up benchmark: an empty QMainWindow, shown and painted once.
#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1360, 860);
    window.show();
    QCoreApplication::processEvents();
    window.repaint();
    return 0;
}
