#include "cli/app.h"
#include "cli/command.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <unistd.h>

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
    // On a terminal, text from files and databases cannot clear the screen, retitle the window or
    // reverse a line; redirected, the output stays exact.
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::unique_ptr<mamori::cli::TerminalSafeDevice> terminalOut;
    std::unique_ptr<mamori::cli::TerminalSafeDevice> terminalErr;
    if (isatty(fileno(stdout)) != 0) {
        terminalOut = std::make_unique<mamori::cli::TerminalSafeDevice>(stdout);
        out.setDevice(terminalOut.get());
    }
    if (isatty(fileno(stderr)) != 0) {
        terminalErr = std::make_unique<mamori::cli::TerminalSafeDevice>(stderr);
        err.setDevice(terminalErr.get());
    }
    const int code = mamori::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
