#include "cli/app.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mamori"));
    QCoreApplication::setApplicationName(QStringLiteral("mamori"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return mamori::cli::runCli(QCoreApplication::arguments().mid(1), out, err);
}
