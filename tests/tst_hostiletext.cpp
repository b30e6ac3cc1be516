// Text that could take over a terminal or reverse a name (ESC and OSC sequences, NUL, C1 controls, the
// direction overrides and isolates U+202A–202E and U+2066–2069) and over-long text: refused where it
// comes in — firm names, notes, key names, catalog entries, imports — with the file, place and character
// named; and escaped wherever mamori-cli prints text that is already stored.
#include "cli/app.h"
#include "cli/command.h"
#include "core/store.h"
#include "core/textcheck.h"
#include "tests/clirun.h"
#include "tests/tempfiles.h"
#include "tests/testprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

using Run = test::CliRun;

Run runInProcess(const QStringList& args)
{
    return test::runCliInProcess(args);
}

// The sample profile with another name, as a JSON file.
QByteArray profileNamed(const QString& name)
{
    QFile f(Samples + u"small-manufacturer.profile.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the sample profile");
    }
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o[u"name"_s] = name;
    return QJsonDocument(o).toJson();
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void firmNames_data();
    void firmNames();
    void notes_data();
    void notes();
    void keyNames_data();
    void keyNames();
    void catalogText_data();
    void catalogText();
    void storedTextIsEscapedWhenPrinted_data();
    void storedTextIsEscapedWhenPrinted();
    void terminalEscapes_data();
    void terminalEscapes();

private:
    Run run(const QStringList& args) const
    {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, m_db, u"--catalog"_s, m_catalog} + args);
    }

    TempFiles m_files;
    QString m_db;
    QString m_catalog;
};

void TestHostileText::initTestCase()
{
    m_db = m_files.filePath(u"firms.sqlite"_s);
    m_catalog = m_files.filePath(u"catalog.sqlite"_s);
    Run r = run({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestHostileText::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("lineBreaks");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
    QTest::newRow("plain Japanese") << u"株式会社 髙﨑①㈱"_s << false << QString();
    QTest::newRow("emoji") << u"ABC 🛡 商会"_s << false << QString();
    QTest::newRow("ESC") << u"A\x1b[2JB"_s << false << u"control character U+001B at character 2"_s;
    QTest::newRow("OSC title") << u"A\x1b]0;pwned\x07"_s << false << u"U+001B"_s;
    QTest::newRow("BEL") << u"A\x07"_s << false << u"U+0007"_s;
    QTest::newRow("NUL") << QString(u"A\0B"_s) << false << u"U+0000 at character 2"_s;
    QTest::newRow("DEL") << u"A\x7f"_s << false << u"U+007F"_s;
    QTest::newRow("C1 NEL") << u"A\u0085"_s << false << u"U+0085"_s;
    QTest::newRow("C1 CSI") << u"A\u009b2J"_s << false << u"U+009B"_s;
    QTest::newRow("RLO") << u"ABC\u202eCorp"_s << false << u"U+202E, which changes the direction"_s;
    QTest::newRow("LRE") << u"\u202aX"_s << false << u"U+202A"_s;
    QTest::newRow("PDF") << u"X\u202c"_s << false << u"U+202C"_s;
    QTest::newRow("LRI") << u"\u2066X"_s << false << u"U+2066"_s;
    QTest::newRow("RLI") << u"\u2067X"_s << false << u"U+2067"_s;
    QTest::newRow("FSI") << u"\u2068X"_s << false << u"U+2068"_s;
    QTest::newRow("PDI") << u"X\u2069"_s << false << u"U+2069"_s;
    QTest::newRow("line break in a name") << u"A\nB"_s << false << u"line break at character 2"_s;
    QTest::newRow("tab in a name") << u"A\tB"_s << false << u"tab or line break"_s;
    QTest::newRow("tab and line breaks in a note") << u"一行目\n\t二行目\r\n"_s << true << QString();
    QTest::newRow("ESC in a note") << u"一行目\n\x1b[31m"_s << true << u"U+001B at character 5"_s;
    QTest::newRow("RLO in a note") << u"メモ\u202e"_s << true << u"U+202E"_s;
}

void TestHostileText::rules()
{
    QFETCH(QString, text);
    QFETCH(bool, lineBreaks);
    QFETCH(QString, problem);
    const QString found = textProblem(text, TextRules{lineBreaks, 0});
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found));
    } else {
        QVERIFY2(found.contains(problem), qPrintable(found));
    }
}

void TestHostileText::firmNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ESC clears the screen") << u"悪い\x1b[2J会社"_s << u"U+001B at character 3"_s;
    QTest::newRow("OSC retitles the terminal") << u"\x1b]0;pwned\x07"_s << u"U+001B at character 1"_s;
    QTest::newRow("NUL") << QString(u"A\0B"_s) << u"U+0000"_s;
    QTest::newRow("RLO reverses the name") << u"ABC\u202eCorp"_s << u"U+202E"_s;
    QTest::newRow("RLI") << u"ABC\u2067Corp\u2069"_s << u"U+2067"_s;
    QTest::newRow("over the limit") << QString(MaxNameLength + 1, u'名') << u"the limit is 200"_s;
}

void TestHostileText::firmNames()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    // From a profile file: the file, line, column and field are named.
    const QString file = m_files.write(profileNamed(name), u"json"_s);
    Run r = run({u"firm"_s, u"add"_s, u"--profile"_s, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(file + u":"_s) && r.err.contains(u"$.name: the firm's name"_s) && r.err.contains(problem),
             qPrintable(r.err));
    // Through the core, whatever the front end (the desktop application's company page saves this way).
    auto store = Store::open(m_db);
    QVERIFY(store);
    const auto added = (*store)->addFirm(firmProfile(name, 5));
    QVERIFY(!added);
    QVERIFY2(added.error().first().message.contains(problem), qPrintable(added.error().first().message));
    QVERIFY(!(*store)->updateProfile(1, firmProfile(name, 5)));
    QCOMPARE((*store)->firms()->size(), std::size_t(1)); // nothing was added
}

void TestHostileText::notes_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("tabs and line breaks stay") << u"確認済み\n\t- 事務所\n\t- 工場"_s << QString();
    QTest::newRow("ESC") << u"OK\x1b[2J"_s << u"U+001B at character 3"_s;
    QTest::newRow("C1") << u"OK\u009b"_s << u"U+009B"_s;
    QTest::newRow("RLO") << u"OK\u202eKO"_s << u"U+202E"_s;
    QTest::newRow("PDI") << u"OK\u2069"_s << u"U+2069"_s;
    QTest::newRow("over the limit") << QString(MaxNoteLength + 1, u'x') << u"the limit is 10,000"_s;
    QTest::newRow("at the limit") << QString(MaxNoteLength, u'x') << QString();
}

void TestHostileText::notes()
{
    QFETCH(QString, note);
    QFETCH(QString, problem);
    // Typed on the command line.
    Run r = run(
        {u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s, u"--note"_s, note});
    if (problem.isEmpty()) {
        QVERIFY2(r.code == 0, qPrintable(r.err));
    } else {
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"the note on q01"_s) && r.err.contains(problem), qPrintable(r.err));
    }
    // In an answers file: located.
    QJsonObject answers{{u"pack"_s, u"ipa-self-check"_s},
                        {u"answers"_s, QJsonObject{{u"q01"_s, u"yes"_s}}},
                        {u"notes"_s, QJsonObject{{u"q01"_s, note}}}};
    const QString file = m_files.write(QJsonDocument(answers).toJson(), u"json"_s);
    r = run({u"assess"_s, u"--pack"_s, u"ipa-self-check"_s, u"--profile"_s,
             Samples + u"small-manufacturer.profile.json"_s, u"--answers"_s, file});
    if (problem.isEmpty()) {
        QVERIFY2(r.code == 0, qPrintable(r.err));
    } else {
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(file + u":"_s) && r.err.contains(u"$.notes.q01: the note"_s) && r.err.contains(problem),
                 qPrintable(r.err));
    }
    // Through the core (the desktop application's note field saves this way): nothing is written.
    auto store = Store::open(m_db);
    QVERIFY(store);
    const QString before = (*store)->assessment(1)->answers.notes.value(u"q02"_s);
    const auto saved = (*store)->saveNote(1, u"q02"_s, note);
    QCOMPARE(bool(saved), problem.isEmpty());
    if (!problem.isEmpty()) {
        QCOMPARE((*store)->assessment(1)->answers.notes.value(u"q02"_s), before);
    }
    // In an imported document: located, and nothing imported.
    const QString source = m_files.unique(u"source"_s, u"sqlite"_s);
    const auto on = [&](const QStringList& a) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, source} + a);
    };
    QCOMPARE(on({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s}).code, 0);
    QCOMPARE(on({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s}).code, 0);
    QCOMPARE(on({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s}).code, 0);
    const QString exported = m_files.unique(u"export"_s, u"json"_s);
    QCOMPARE(on({u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, exported}).code, 0);
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray document = f.readAll();
    f.close();
    const QByteArray choice = "\"choice\": \"yes\"";
    QVERIFY(document.contains(choice));
    const QByteArray quoted = QJsonDocument(QJsonArray{note}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    document.replace(choice, QByteArray(choice + ", \"note\": " + quoted));
    const QString edited = m_files.write(document, u"json"_s);
    r = runInProcess({u"--lang"_s, u"en"_s, u"--db"_s, m_files.unique(u"other"_s, u"sqlite"_s), u"assessment"_s,
                      u"import"_s, edited});
    if (problem.isEmpty()) {
        QVERIFY2(r.code == 0, qPrintable(r.err));
    } else {
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(edited + u":"_s) && r.err.contains(u".note: the note"_s) && r.err.contains(problem),
                 qPrintable(r.err));
    }
}

void TestHostileText::keyNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ESC") << u"Chamber\x1b]0;x\x07"_s << u"U+001B"_s;
    QTest::newRow("RLO") << u"Chamber\u202eof Commerce"_s << u"U+202E"_s;
    QTest::newRow("line break") << u"Chamber\nof Commerce"_s << u"line break"_s;
}

void TestHostileText::keyNames()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const QString base = m_files.unique(u"key"_s, u"k"_s);
    // Made here: refused by keygen.
    Run r = runInProcess({u"--lang"_s, u"en"_s, u"pack"_s, u"keygen"_s, u"--name"_s, name, u"--out"_s, base});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(problem), qPrintable(r.err));
    QVERIFY(!QFile::exists(base + u".pub.json"_s));
    // Made elsewhere: a good key file whose name was edited afterwards is refused by trust add.
    r = runInProcess({u"--lang"_s, u"en"_s, u"pack"_s, u"keygen"_s, u"--name"_s, u"Good name"_s, u"--out"_s, base});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile pub(base + u".pub.json"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QJsonObject key = QJsonDocument::fromJson(pub.readAll()).object();
    pub.close();
    key[u"name"_s] = name;
    const QString edited = m_files.write(QJsonDocument(key).toJson(), u"json"_s);
    QTemporaryDir config;
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    r = runInProcess({u"--lang"_s, u"en"_s, u"trust"_s, u"add"_s, edited});
    qputenv("XDG_CONFIG_HOME", saved);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(edited + u":"_s) && r.err.contains(u"$.name"_s) && r.err.contains(problem),
             qPrintable(r.err));
}

void TestHostileText::catalogText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("ESC") << u"ABC\x1b[2J"_s << u"U+001B"_s;
    QTest::newRow("RLO") << u"ABC\u202eXYZ"_s << u"U+202E"_s;
    QTest::newRow("LRI") << u"\u2066ABC"_s << u"U+2066"_s;
}

void TestHostileText::catalogText()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const QByteArray csv = "id,display_name,skills,prefectures,as_of,source\r\n"
                           "x1,\"" +
                           name.toUtf8() + "\",backup,13,2025-01-01,https://example.org/\r\n";
    const QString file = m_files.write(csv);
    const Run r = run({u"catalog"_s, u"import"_s, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(file + u":2:display_name: "_s) && r.err.contains(problem), qPrintable(r.err));
}

void TestHostileText::storedTextIsEscapedWhenPrinted_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("firm list") << QStringList{u"firm"_s, u"list"_s};
    QTest::newRow("firm show") << QStringList{u"firm"_s, u"show"_s, u"1"_s};
    QTest::newRow("assessment show") << QStringList{u"assessment"_s, u"show"_s, u"1"_s};
    QTest::newRow("assessment log") << QStringList{u"assessment"_s, u"log"_s, u"1"_s};
}

void TestHostileText::storedTextIsEscapedWhenPrinted()
{
    // A database written by an earlier Mamori, or by hand, may already hold such text: printing it shows
    // the escapes, never the raw characters.
    QFETCH(QStringList, args);
    const QString db = m_files.unique(u"legacy"_s, u"sqlite"_s);
    const auto on = [&](const QStringList& a) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + a);
    };
    QCOMPARE(on({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s}).code, 0);
    QCOMPARE(on({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s}).code, 0);
    QCOMPARE(on({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s, u"--note"_s,
                 u"ok"_s})
                 .code,
             0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"legacy"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        const QString evil = u"Evil\x1b]0;pwned\x07\u202eCorp"_s;
        q.prepare(u"UPDATE firms SET name = ?"_s);
        q.addBindValue(evil);
        QVERIFY(q.exec());
        q.prepare(u"UPDATE profiles SET profile_json = replace(profile_json, ?, ?)"_s);
        q.addBindValue(u"サンプル精密部品株式会社（架空）"_s);
        q.addBindValue(u"Evil\\u001b]0;pwned\\u0007\u202eCorp"_s); // as JSON writes it
        QVERIFY(q.exec());
        q.prepare(u"UPDATE answers SET note = ?"_s);
        q.addBindValue(u"note\x1b[2J\u202e"_s);
        QVERIFY(q.exec());
        q.prepare(u"UPDATE changes SET note = ? WHERE kind = 'answer'"_s);
        q.addBindValue(u"note\x1b[2J\u202e"_s);
        QVERIFY(q.exec());
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"legacy"_s);
    const Run r = on(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QChar c : {QChar(0x1b), QChar(0x07), QChar(0x202e)}) {
        QVERIFY2(!r.out.contains(c), qPrintable(r.out));
    }
    QVERIFY2(r.out.contains(u"\\x1b"_s) && r.out.contains(u"\\u202e"_s), qPrintable(r.out));
}

void TestHostileText::terminalEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("oneLine");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"あおば精機 ①"_s << true << u"あおば精機 ①"_s;
    QTest::newRow("ESC and BEL") << u"A\x1b]0;t\x07"_s << true << u"A\\x1b]0;t\\x07"_s;
    QTest::newRow("C1") << u"A\u009b"_s << true << u"A\\x9b"_s;
    QTest::newRow("RLO and PDI") << u"A\u202eB\u2069"_s << true << u"A\\u202eB\\u2069"_s;
    QTest::newRow("line break on one line") << u"A\nB\tC"_s << true << u"A\\nB\\tC"_s;
    QTest::newRow("line break in a block") << u"A\nB\tC"_s << false << u"A\nB\tC"_s;
    QTest::newRow("carriage return") << u"A\rB"_s << false << u"A\\x0dB"_s;
}

void TestHostileText::terminalEscapes()
{
    QFETCH(QString, text);
    QFETCH(bool, oneLine);
    QFETCH(QString, expected);
    QCOMPARE(cli::terminalSafe(text, oneLine), expected);
}

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
