#include "cli/app.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // A PDF report draws its charts with Qt Charts, which needs a QApplication; every other command
    // starts faster without one. The report never shows a window, so no display is needed either.
    std::unique_ptr<QCoreApplication> app;
    if (mamori::cli::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Mamori"));
    QCoreApplication::setApplicationName(QStringLiteral("mamori"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mamori::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
