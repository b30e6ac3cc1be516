#pragma once

// mamori-cli run in-process, as the CLI suites drive it: the exit code and what it wrote.

#include "cli/app.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCliInProcess(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = mamori::cli::runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace test
