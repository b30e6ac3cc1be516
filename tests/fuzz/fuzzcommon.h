#pragma once

// What every libFuzzer target of Mamori shares (tests/fuzz/README.md): a quiet, reproducible set-up,
// and the contract each target checks on every input — a parser returns a value, or fails with at
// least one error located in the file it was given. A broken contract aborts, which libFuzzer reports
// as a crash with the input that caused it.

#include "core/diagnostic.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace mamori::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    // A deep copy: libFuzzer's buffer is only valid during the call, and Qt may keep implicit shares.
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "mamori-fuzz: contract broken: %s\n%s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void check(bool condition, const char* what, const QString& detail = {})
{
    if (!condition) {
        fail(what, detail);
    }
}

inline QString describe(const Diagnostics& diagnostics)
{
    QString out;
    for (const Diagnostic& d : diagnostics) {
        out += d.toString() + u'\n';
    }
    return out;
}

// A failure must say what is wrong and where: at least one error, and at least one diagnostic that
// names the file the caller gave (so a user is never left with a bare "invalid").
inline void expectLocated(const Diagnostics& diagnostics, const QString& fileName, const char* what)
{
    using namespace Qt::StringLiterals;
    check(hasErrors(diagnostics), what, u"a failure without any error:\n"_s + describe(diagnostics));
    bool named = false;
    for (const Diagnostic& d : diagnostics) {
        named = named || d.file == fileName;
    }
    check(named, what, u"no diagnostic names the file \""_s + fileName + u"\":\n"_s + describe(diagnostics));
}

// For readers that take a path: a folder for the inputs, in /dev/shm when there is one (no disk write
// per run), made on first use and kept for the process's life.
inline QTemporaryDir& scratchFolder()
{
    using namespace Qt::StringLiterals;
    static QTemporaryDir* folder =
        QDir(u"/dev/shm"_s).exists() ? new QTemporaryDir(u"/dev/shm/mamori-fuzz-XXXXXX"_s) : new QTemporaryDir();
    if (!folder->isValid()) {
        fail("a temporary folder can be made", folder->errorString());
    }
    return *folder;
}

// Writes one input where a reader will open it; a failure to write is the harness's, not the reader's.
inline void writeInput(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        fail("the fuzz input can be written to a temporary file", path);
    }
}

// Run once from LLVMFuzzerInitialize. No QCoreApplication: core needs none (Q_DECLARE_TR_FUNCTIONS
// and QStandardPaths work without one, and the pack resources are registered statically). The user's
// data folder points at an empty temporary one, so installed packs, trust keys and $MAMORI_PACK_PATH
// of whoever runs the fuzzer never change what an input does.
inline void initialise()
{
    static QTemporaryDir* home = new QTemporaryDir(); // kept for the process's life, reachable for LSan
    qputenv("XDG_DATA_HOME", home->path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home->path().toUtf8());
    qunsetenv("MAMORI_PACK_PATH");
    // Parsers may warn through qWarning; millions of runs would drown libFuzzer's own output.
    // qFatal and failed Q_ASSERTs still abort after the handler returns.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
        }
    });
}

} // namespace mamori::fuzz
