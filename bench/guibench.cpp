// Measures the desktop application's start-up against a bare Qt Widgets + Charts window
// (bench/README.md): wall time from exec to exit with --quit-after-startup (goal ≤ 1.3×) and peak
// resident memory (goal ≤ 1.5×). Each program runs alternately, many times; medians are reported.
// Usage: mamori-gui-bench [--runs N]   (QT_QPA_PLATFORM=offscreen unless a display is wanted)

#include "bench/benchstats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

using mamori::bench::median;

namespace {

struct Run
{
    double shownMs = 0; // spawn to "shown" on the child's standard output: the window is up
    double readyMs = 0; // spawn to "ready": mamori's window shows its database
    double exitMs = 0;  // spawn to exit
    double rssMiB = 0;
};

// One run of `program args…` with its standard output on a pipe, timed from spawn to the window
// being shown and to exit, with the child's own peak RSS.
bool runOnce(const std::string& program, std::vector<std::string> args, Run& out)
{
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (std::string& a : args) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    int fds[2];
    if (pipe(fds) != 0) {
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (spawned != 0) {
        close(fds[0]);
        return false;
    }
    // "shown" when the window is up; mamori then opens its database and says "ready".
    std::string seen;
    char buffer[64];
    ssize_t got = 0;
    out.shownMs = out.readyMs = 0;
    while ((got = read(fds[0], buffer, sizeof buffer)) > 0) {
        seen.append(buffer, std::size_t(got));
        const double now = double(timer.nsecsElapsed()) / 1e6;
        if (out.shownMs == 0 && seen.find("shown") != std::string::npos) {
            out.shownMs = now;
        }
        if (out.readyMs == 0 && seen.find("ready") != std::string::npos) {
            out.readyMs = now;
        }
    }
    got = out.shownMs > 0 ? 1 : 0;
    close(fds[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || got <= 0) {
        return false;
    }
    out.exitMs = double(timer.nsecsElapsed()) / 1e6;
    out.rssMiB = double(usage.ru_maxrss) / 1024.0;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int runs = 21;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size()) {
        runs = std::max(3, args[i + 1].toInt());
    }
    const QString dir = QCoreApplication::applicationDirPath();
    const std::string mamori = QString(dir + QStringLiteral("/mamori")).toStdString();
    const std::string bare = QString(dir + QStringLiteral("/mamori-bare-window")).toStdString();
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8()); // a first start: no settings, a new database
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::string db = home.filePath(QStringLiteral("bench.sqlite")).toStdString();
    std::vector<double> appMs, appReady, bareMs, appExit, bareExit, appRss, bareRss;
    Run r;
    // Warm the file cache for both, then alternate so background load hits both alike.
    runOnce(mamori, {"--db", db, "--quit-after-startup"}, r);
    runOnce(bare, {"--quit-after-startup"}, r);
    for (int i = 0; i < runs; ++i) {
        if (!runOnce(mamori, {"--db", db, "--quit-after-startup"}, r)) {
            out << "mamori failed to start" << Qt::endl;
            return 1;
        }
        appMs.push_back(r.shownMs);
        appReady.push_back(r.readyMs);
        appExit.push_back(r.exitMs);
        appRss.push_back(r.rssMiB);
        if (!runOnce(bare, {"--quit-after-startup"}, r)) {
            out << "the bare window failed to start" << Qt::endl;
            return 1;
        }
        bareMs.push_back(r.shownMs);
        bareExit.push_back(r.exitMs);
        bareRss.push_back(r.rssMiB);
    }
    const double a = median(appMs), b = median(bareMs), ra = median(appRss), rb = median(bareRss);
    out << "start-up to first shown window, median of " << runs << " runs (" << qgetenv("QT_QPA_PLATFORM")
        << "):" << Qt::endl;
    out << "  bare Qt Widgets + Charts window  " << QString::number(b, 'f', 1) << " ms to shown, "
        << QString::number(median(bareExit), 'f', 1) << " ms to exit, " << QString::number(rb, 'f', 1)
        << " MiB peak RSS" << Qt::endl;
    out << "  mamori                           " << QString::number(a, 'f', 1) << " ms to shown, "
        << QString::number(median(appReady), 'f', 1) << " ms to its database shown, "
        << QString::number(median(appExit), 'f', 1) << " ms to exit, " << QString::number(ra, 'f', 1) << " MiB peak RSS"
        << Qt::endl;
    out << "  ratio: time to shown " << QString::number(a / b, 'f', 2) << " (goal <= 1.30), memory "
        << QString::number(ra / rb, 'f', 2) << " (goal <= 1.50)" << Qt::endl;
    return 0;
}
