// Two Mamori processes on one PostgreSQL database (the throwaway cluster of tests/pgcluster.sh):
// they answer the same assessment at once and lose nothing, and a write based on an answer someone
// else has changed since is reported as a conflict. Runs as tst_teamwork_pg; an SQLite file has a
// single writer (tst_store's secondWriterIsRefusedReaderIsNot), so there is nothing to run without
// the server.

#include "core/store.h"
#include "tests/testprofile.h"
#include "tests/teststores.h"

#include <QProcess>
#include <QSet>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

class TestTeamwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoProcessesAnsweringAtOnceLoseNothing();
    void aStaleWriteFromAnotherProcessIsAConflict();

private:
    // Runs mamori-cli on `url`; its standard output, or a failure with its standard error.
    static QString cli(const QString& url, const QStringList& args, int expectedExit = 0);
};

void TestTeamwork::initTestCase()
{
    if (!test::onServer()) {
        QSKIP("needs the PostgreSQL test cluster: run as tst_teamwork_pg");
    }
}

QString TestTeamwork::cli(const QString& url, const QStringList& args, int expectedExit)
{
    QProcess p;
    p.start(QStringLiteral(MAMORI_CLI_BINARY), QStringList{u"--lang"_s, u"en"_s, u"--db"_s, url} + args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != expectedExit) {
        qWarning("mamori-cli %s: exit %d: %s", qPrintable(args.join(u' ')), p.exitCode(),
                 p.readAllStandardError().constData());
        return u"<failed>"_s;
    }
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

void TestTeamwork::twoProcessesAnsweringAtOnceLoseNothing()
{
    const QString url = test::newPgDatabase();
    auto store = Store::open(url);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"あおば精機"_s, 35));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);

    // Two writers, 300 answers each, committed one by one while the other commits too.
    constexpr int Each = 300;
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(MAMORI_STORE_WRITER), {url, QString::number(id), u"1"_s, QString::number(Each)});
    second.start(QStringLiteral(MAMORI_STORE_WRITER), {url, QString::number(id), u"1001"_s, QString::number(Each)});
    for (QProcess* p : {&first, &second}) {
        QVERIFY(p->waitForFinished(120'000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QCOMPARE(p->readAllStandardOutput().count('\n'), Each);
    }

    const auto record = s.assessment(id);
    QVERIFY(record);
    QCOMPARE(record->answerCount, 2 * Each);
    QCOMPARE(record->answers.notes.value(u"q1299"_s), u"note 1299"_s);
    // Each commit took its own revision: none was given twice, none skipped.
    const QList<qint64> revisions = record->answers.revisions.values();
    QCOMPARE(QSet<qint64>(revisions.begin(), revisions.end()).size(), 2 * Each);
    QCOMPARE(record->revision, 1 + 2 * Each);
    QCOMPARE(*std::max_element(revisions.begin(), revisions.end()), record->revision);
    QCOMPARE(s.assessmentChanges(id)->size(), std::size_t(1 + 2 * Each)); // started, then every answer
}

void TestTeamwork::aStaleWriteFromAnotherProcessIsAConflict()
{
    const QString url = test::newPgDatabase();
    auto store = Store::open(url);
    QVERIFY(store);
    Store& s = **store;
    s.setActor(u"鈴木"_s);
    const qint64 firm = *s.addFirm(firmProfile(u"あおば精機"_s, 35));
    const QString firmText = QString::number(firm);
    const QString started = cli(url, {u"--as"_s, u"佐藤"_s, u"assessment"_s, u"start"_s, u"--firm"_s, firmText,
                                      u"--pack"_s, u"ipa-self-check"_s});
    QVERIFY2(started.startsWith(u"Started assessment "_s), qPrintable(started));
    const qint64 id = s.assessments(firm)->front().id;
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"no"_s, u"ルーターの設定は未確認"_s));

    // 鈴木's screen reads the assessment; 佐藤, in another process, then changes q01.
    const AssessmentRecord onScreen = *s.assessment(id);
    const QString answered = cli(url, {u"--as"_s, u"佐藤"_s, u"assessment"_s, u"answer"_s, QString::number(id),
                                       u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s});
    QVERIFY2(answered.startsWith(u"Saved q01"_s), qPrintable(answered));

    // 鈴木's change, made from what is on screen, is refused and names 佐藤; 佐藤's answer stands,
    // with the note 鈴木 wrote (the command line keeps a note it was not given).
    const auto mine = s.saveAnswer(id, u"q01"_s, u"partial"_s, u"ルーターの設定は未確認"_s,
                                   onScreen.answers.revisions.value(u"q01"_s));
    QVERIFY(!mine);
    QCOMPARE(mine.error().first().code, ErrorCode::Conflict);
    QVERIFY2(mine.error().first().message.contains(u"佐藤"_s), qPrintable(mine.error().first().message));
    const auto now = s.storedAnswer(id, u"q01"_s);
    QCOMPARE(now->choice, u"yes"_s);
    QCOMPARE(now->note, u"ルーターの設定は未確認"_s);
    QCOMPARE(now->changedBy, u"佐藤"_s);
    // Another question from the same screen is no conflict.
    QVERIFY(s.saveAnswer(id, u"q02"_s, u"yes"_s, {}, onScreen.answers.revisions.value(u"q02"_s, 0)));

    // Both are in the log, each with the server's role beside the name given.
    const QString log = cli(url, {u"assessment"_s, u"log"_s, QString::number(id)});
    QVERIFY2(log.contains(u"佐藤 (mamori)"_s) && log.contains(u"鈴木 (mamori)"_s), qPrintable(log));
    QVERIFY2(log.contains(u"q01: \"Not done\" changed to \"Done\""_s), qPrintable(log));
    QCOMPARE(log.count(u'\n'), 4); // started, q01 by 鈴木, q01 by 佐藤, q02 by 鈴木
}

QTEST_GUILESS_MAIN(TestTeamwork)
#include "tst_teamwork.moc"
