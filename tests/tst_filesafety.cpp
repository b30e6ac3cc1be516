// What mamori-cli writes, and where it refuses to: never over the database, its journals, the catalog or a
// file the command reads, however the path is spelled (relative, ./, a/../, a link, a hard link); never
// through a link; never into a device, FIFO or folder; and never changing the mode of a file Mamori did
// not create. Each refusal names both files and leaves everything as it was.
#include "cli/app.h"
#include "core/filesafety.h"
#include "tests/clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");
const QString Packs = QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires/");

using Run = test::CliRun;

Run runInProcess(const QStringList& args)
{
    return test::runCliInProcess(args);
}

// A report of the sample manufacturer written to {out}.
QStringList reportArgs()
{
    return {u"report"_s,
            u"--pack"_s,
            u"ipa-self-check"_s,
            u"--profile"_s,
            Samples + u"small-manufacturer.profile.json"_s,
            u"--answers"_s,
            Samples + u"small-manufacturer.ipa-self-check.answers.json"_s,
            u"--out"_s,
            u"{out}"_s};
}

// The bytes of a file, or a marker for "not there", to compare before and after.
QByteArray fingerprint(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return QByteArrayLiteral("<absent>");
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void outputIsAnInput_data();
    void outputIsAnInput();
    void linksAreNotFollowed_data();
    void linksAreNotFollowed();
    void replacingMakesANewFile_data();
    void replacingMakesANewFile();
    void onlyRegularFilesAreOpened_data();
    void onlyRegularFilesAreOpened();
    void readsAreForgottenAfterTheCommand();

private:
    // Runs mamori-cli on this suite's database and catalog, in English.
    Run run(const QStringList& args) const
    {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, m_db, u"--catalog"_s, m_catalog} + args);
    }
    // Fills in {db}, {catalog}, {pack}, {csv}, {out} and {dir} in the arguments.
    QStringList expand(const QStringList& args, const QString& out) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_catalog;
    QString m_pack; // a copy of a bundled pack, read by pack export-csv
    QString m_csv;  // a pack's questions, read by pack import-csv
    QString m_oldCwd;
    QStringList m_made; // links and files a row made, removed after it
};

void TestFileSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"firms.sqlite"_s);
    m_catalog = m_dir.filePath(u"catalog.sqlite"_s);
    m_pack = m_dir.filePath(u"pack.json"_s);
    m_csv = m_dir.filePath(u"questions.csv"_s);
    QVERIFY(QFile::copy(Packs + u"ipa-self-check.json"_s, m_pack));
    Run r = run({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"catalog"_s, u"stats"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(m_catalog).isFile());
    r = run({u"pack"_s, u"export-csv"_s, u"ipa-self-check"_s, u"--out"_s, m_csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    m_oldCwd = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir.path())); // for the rows that spell a path relative to here
    QVERIFY(QDir().mkpath(m_dir.filePath(u"sub"_s)));
}

void TestFileSafety::cleanup()
{
    for (const QString& path : std::as_const(m_made)) {
        ::unlink(QFile::encodeName(path).constData());
    }
    m_made.clear();
}

QStringList TestFileSafety::expand(const QStringList& args, const QString& out) const
{
    QStringList result;
    for (QString a : args) {
        a.replace(u"{db}"_s, m_db)
            .replace(u"{catalog}"_s, m_catalog)
            .replace(u"{pack}"_s, m_pack)
            .replace(u"{csv}"_s, m_csv)
            .replace(u"{out}"_s, out)
            .replace(u"{dir}"_s, m_dir.path());
        result.append(a);
    }
    return result;
}

void TestFileSafety::outputIsAnInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("target");   // the input the output names, as {db}, {catalog}, {pack} or {csv}
    QTest::addColumn<QString>("spelling"); // same, relative, dot, dotdot, symlink, hardlink, or a suffix

    const QStringList firmExport{u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, u"{out}"_s};
    const QStringList assessmentExport{u"assessment"_s, u"export"_s, u"1"_s, u"--output"_s, u"{out}"_s};
    const QStringList report = reportArgs() + QStringList{u"--format"_s};
    const QStringList catalogExport{u"catalog"_s, u"export"_s, u"--kind"_s, u"services"_s, u"--output"_s, u"{out}"_s};
    const QStringList exportCsv{u"pack"_s, u"export-csv"_s, u"{pack}"_s, u"--out"_s, u"{out}"_s};
    const QStringList importCsv{u"pack"_s,           u"import-csv"_s, u"{csv}"_s, u"--base"_s,
                                u"ipa-self-check"_s, u"--out"_s,      u"{out}"_s};

    const QString db = u"{db}"_s;
    const QString catalog = u"{catalog}"_s;
    for (const QString& spelling : {u"same"_s, u"relative"_s, u"dot"_s, u"dotdot"_s, u"symlink"_s, u"hardlink"_s,
                                    u"-wal"_s, u"-journal"_s, u"-shm"_s}) {
        QTest::addRow("firm export onto the database, %s", qPrintable(spelling)) << firmExport << db << spelling;
    }
    QTest::addRow("firm export onto the catalog") << firmExport << catalog << u"same"_s;
    QTest::addRow("firm export onto the catalog's journal") << firmExport << catalog << u"-wal"_s;
    QTest::addRow("assessment export onto the database") << assessmentExport << db << u"same"_s;
    QTest::addRow("assessment export onto the database, hard link") << assessmentExport << db << u"hardlink"_s;
    QTest::addRow("report csv onto the database") << report + QStringList{u"csv"_s} << db << u"same"_s;
    QTest::addRow("report json onto the database, ./") << report + QStringList{u"json"_s} << db << u"dot"_s;
    QTest::addRow("report pdf onto the database, hard link") << report + QStringList{u"pdf"_s} << db << u"hardlink"_s;
    QTest::addRow("report pdf onto the database's journal") << report + QStringList{u"pdf"_s} << db << u"-journal"_s;
    QTest::addRow("report csv onto the catalog") << report + QStringList{u"csv"_s} << catalog << u"relative"_s;
    // (catalog export names its format by the file's ending, so only a hard link reaches a database.)
    QTest::addRow("catalog export onto the catalog, hard link") << catalogExport << catalog << u"hardlink"_s;
    QTest::addRow("catalog export onto the database, hard link") << catalogExport << db << u"hardlink"_s;
    QTest::addRow("pack export-csv onto its pack") << exportCsv << u"{pack}"_s << u"same"_s;
    QTest::addRow("pack export-csv onto its pack, ./") << exportCsv << u"{pack}"_s << u"dot"_s;
    QTest::addRow("pack export-csv onto its pack, hard link") << exportCsv << u"{pack}"_s << u"hardlink"_s;
    QTest::addRow("pack import-csv onto its sheet") << importCsv << u"{csv}"_s << u"same"_s;
    QTest::addRow("pack import-csv onto its sheet, symlink") << importCsv << u"{csv}"_s << u"symlink"_s;
}

void TestFileSafety::outputIsAnInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, target);
    QFETCH(QString, spelling);
    const QString file = expand({target}, {}).first();
    const QString name = QFileInfo(file).fileName();
    QString out;
    QString hit = file; // the file a write would have destroyed
    if (spelling == u"same"_s) {
        out = file;
    } else if (spelling == u"relative"_s) {
        out = name;
    } else if (spelling == u"dot"_s) {
        out = u"./"_s + name;
    } else if (spelling == u"dotdot"_s) {
        out = u"sub/../"_s + name;
    } else if (spelling == u"symlink"_s) {
        out = m_dir.filePath(u"link-to-"_s + name);
        QVERIFY(QFile::link(file, out));
        m_made.append(out);
    } else if (spelling == u"hardlink"_s) {
        out = m_dir.filePath(u"sub/hard-"_s + name + u".json"_s); // a name every command accepts
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(out).constData()), 0);
        m_made.append(out);
    } else {
        out = u"./"_s + name + spelling; // a journal, which SQLite would read as the database's own
        hit = file + spelling;
    }
    const QByteArray before = fingerprint(file);
    const QByteArray journalBefore = fingerprint(hit);
    const Run r = run(expand(args, out));
    QCOMPARE(r.code, 1);
    const bool opensTheDatabase = args.first() == u"firm"_s || args.first() == u"assessment"_s;
    if (spelling == u"hardlink"_s && target == u"{db}"_s && opensTheDatabase) {
        // A database with a second name is not even opened (SQLite would keep a journal under each).
        QVERIFY2(r.err.contains(name) && r.err.contains(u"hard links"_s), qPrintable(r.err));
    } else {
        QVERIFY2(r.err.contains(out), qPrintable(r.err));  // the file asked for …
        QVERIFY2(r.err.contains(name), qPrintable(r.err)); // … and the one it would have destroyed
        QVERIFY2(r.err.contains(u"nothing was written"_s), qPrintable(r.err));
    }
    cleanup(); // links made for this row go before the checks below open the database again
    QCOMPARE(fingerprint(file), before);
    if (hit == file) {
        QCOMPARE(fingerprint(hit), journalBefore);
    } else {
        // SQLite may empty or remove its journal when the command closes the database; what matters
        // is that no document went there.
        QFile journal(hit);
        const QByteArray start = journal.open(QIODevice::ReadOnly) ? journal.read(8) : QByteArray();
        QVERIFY2(!start.startsWith("{") && !start.startsWith("%PDF") && !start.startsWith("\xEF\xBB\xBF"),
                 start.constData());
    }
    // The database and the catalog still work.
    Run check = run({u"firm"_s, u"show"_s, u"1"_s});
    QVERIFY2(check.code == 0, qPrintable(check.err));
    check = run({u"catalog"_s, u"stats"_s});
    QVERIFY2(check.code == 0, qPrintable(check.err));
}

void TestFileSafety::linksAreNotFollowed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("report csv") << reportArgs();
    QTest::newRow("firm export") << QStringList{u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, u"{out}"_s};
    QTest::newRow("assessment export") << QStringList{u"assessment"_s, u"export"_s, u"1"_s, u"--output"_s, u"{out}"_s};
    QTest::newRow("catalog export") << QStringList{u"catalog"_s, u"export"_s,   u"--kind"_s,
                                                   u"talent"_s,  u"--output"_s, u"{out}"_s};
    QTest::newRow("pack export-csv") << QStringList{u"pack"_s, u"export-csv"_s, u"ipa-self-check"_s, u"--out"_s,
                                                    u"{out}"_s};
}

void TestFileSafety::linksAreNotFollowed()
{
    QFETCH(QStringList, args);
    // r.csv → victim.txt, a file of the user's that is readable by others.
    const QString victim = m_dir.filePath(u"victim.txt"_s);
    writeFile(victim, "the user's own text\n");
    QVERIFY(QFile::setPermissions(victim, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    m_made.append(victim);
    const mode_t mode = modeOf(victim);
    const QString link = m_dir.filePath(u"r.csv"_s);
    QVERIFY(QFile::link(victim, link));
    m_made.append(link);
    const Run r = run(expand(args, link));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(link) && r.err.contains(u"link"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(victim), qPrintable(r.err));
    QCOMPARE(fingerprint(victim), fingerprint(victim)); // still readable
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the user's own text\n"));
    QCOMPARE(modeOf(victim), mode);
    QVERIFY(S_ISLNK(modeOf(link))); // the link is left as it was
}

void TestFileSafety::replacingMakesANewFile_data()
{
    QTest::addColumn<bool>("exists");
    QTest::newRow("a new file") << false;
    QTest::newRow("a file that was there, with another name (hard link)") << true;
}

void TestFileSafety::replacingMakesANewFile()
{
    // The document lists the firm's weaknesses: it is owner-only. A file that was there is replaced by a
    // new one, never written into, so its other name keeps the old content and mode.
    QFETCH(bool, exists);
    const QString out = m_dir.filePath(exists ? u"existing.json"_s : u"new.json"_s);
    const QString other = m_dir.filePath(u"sub/other-name.json"_s);
    m_made += {out, other};
    if (exists) {
        writeFile(out, "old\n");
        QCOMPARE(::chmod(QFile::encodeName(out).constData(), 0644), 0);
        QCOMPARE(::link(QFile::encodeName(out).constData(), QFile::encodeName(other).constData()), 0);
    }
    const Run r = run({u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("\"firm\""));
    QCOMPARE(int(modeOf(out) & 0777), 0600);
    if (exists) {
        QFile kept(other);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old\n"));
        QCOMPARE(int(modeOf(other) & 0777), 0644);
    }
}

void TestFileSafety::onlyRegularFilesAreOpened_data()
{
    QTest::addColumn<QString>("option"); // --db, --catalog or --out
    QTest::addColumn<QString>("kind");   // fifo, folder, dangling
    QTest::addColumn<QString>("words");  // in the message
    for (const QString& option : {u"--db"_s, u"--catalog"_s, u"--out"_s}) {
        QTest::addRow("%s FIFO", qPrintable(option)) << option << u"fifo"_s << u"pipe"_s;
        QTest::addRow("%s folder", qPrintable(option)) << option << u"folder"_s << u"folder"_s;
        QTest::addRow("%s link to nothing", qPrintable(option)) << option << u"dangling"_s << u"link"_s;
    }
}

void TestFileSafety::onlyRegularFilesAreOpened()
{
    QFETCH(QString, option);
    QFETCH(QString, kind);
    QFETCH(QString, words);
    const QString path = m_dir.filePath(u"special-"_s + kind);
    if (kind == u"fifo"_s) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    } else if (kind == u"folder"_s) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QVERIFY(QFile::link(m_dir.filePath(u"nothing-here"_s), path));
    }
    const auto remove = qScopeGuard([&] {
        QDir(path).removeRecursively();
        ::unlink(QFile::encodeName(path).constData());
    });
    const mode_t mode = modeOf(path);
    QStringList args{u"--lang"_s, u"en"_s};
    QStringList command{u"firm"_s, u"list"_s};
    if (option == u"--db"_s) {
        args += {u"--db"_s, path, u"--catalog"_s, m_catalog};
    } else if (option == u"--catalog"_s) {
        args += {u"--db"_s, m_db, u"--catalog"_s, path};
        command = {u"catalog"_s, u"stats"_s};
    } else {
        args += {u"--db"_s, m_db, u"--catalog"_s, m_catalog};
        command = {u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, path};
    }
    const Run r = runInProcess(args + command); // returns: a FIFO is never opened, so nothing waits on it
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(path) && r.err.contains(words), qPrintable(r.err));
    QCOMPARE(modeOf(path), mode);
    for (const QString& suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
        QVERIFY2(!QFileInfo::exists(path + suffix), qPrintable(path + suffix));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"nothing-here"_s)));
}

void TestFileSafety::readsAreForgottenAfterTheCommand()
{
    // What one command read does not bind the next: a sheet read by import-csv may be written by a later
    // export-csv of the same process (the test suites run many commands in one process, as the desktop
    // application saves over a file it opened earlier).
    const QString sheet = m_dir.filePath(u"reused.csv"_s);
    m_made.append(sheet);
    Run r = run({u"pack"_s, u"export-csv"_s, u"ipa-self-check"_s, u"--out"_s, sheet});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString pack = m_dir.filePath(u"reused.json"_s);
    m_made.append(pack);
    r = run({u"pack"_s, u"import-csv"_s, sheet, u"--base"_s, u"ipa-self-check"_s, u"--out"_s, pack});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"pack"_s, u"export-csv"_s, pack, u"--out"_s, sheet});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // And a store that is closed no longer holds its file.
    QVERIFY(mamori::files::checkOutput(m_dir.filePath(u"firms.sqlite"_s)));
}

QTEST_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
