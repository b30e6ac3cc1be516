#pragma once

#include <QStringList>
#include <QTextStream>

namespace mamori::cli {

// Runs `mamori-cli` with `arguments` (without the program name), writing to `out` and `err`.
// Handles --help, --version and --lang (anywhere on the line), chooses the subcommand and returns its
// exit code: 0 success, 1 invalid input, 2 usage error. Needs a QCoreApplication.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

// Whether the command line asks for a PDF report, which needs a QApplication rather than a
// QCoreApplication: `report` with a .pdf file or --format pdf. Looked at before Qt starts.
bool needsGuiApplication(int argc, char* argv[]);

} // namespace mamori::cli
