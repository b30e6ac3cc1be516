// Two Mamori processes on one PostgreSQL database (the throwaway cluster of tests/pgcluster.sh):
// they answer the same assessment at once and lose nothing, and a write based on an answer someone
// else has changed since is reported as a conflict. Runs as tst_teamwork_pg; an SQLite file has a
// single writer (tst_store's secondWriterIsRefusedReaderIsNot), so there is nothing to run without
// the server.

#include "core/store.h"
#include "tests/testprofile.h"
#include "tests/teststores.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
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
    void eachTeamSeesOnlyItsFirms();
    void aServerRestartIsSurvived();
    void tlsWhenAsked();

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

void TestTeamwork::eachTeamSeesOnlyItsFirms()
{
    // The documented set-up (resources/postgresql/team-access.sql), run as the tables' owner; then
    // consultants of two teams, as ordinary roles that are not the owner, each see only their team's
    // firms, and cannot reach the other's by id either. The owner sees all.
    const QString url = test::newPgDatabase();
    const QString database = url.section(u'/', 3).section(u'?', 0, 0);
    {
        auto owner = Store::open(url); // makes the tables, owned by the cluster's "mamori"
        QVERIFY(owner);
    }
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString teamA = u"team_a_"_s + suffix;
    const QString teamB = u"team_b_"_s + suffix;
    const QString sato = u"sato_"_s + suffix;
    const QString tanaka = u"tanaka_"_s + suffix;
    const QString newcomer = u"newcomer_"_s + suffix;
    {
        QSqlDatabase admin = test::pgConnection(u"team-admin"_s, database);
        QVERIFY(admin.open());
        QSqlQuery q(admin);
        QFile script(QStringLiteral(MAMORI_SOURCE_DIR "/resources/postgresql/team-access.sql"));
        QVERIFY(script.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(script.readAll());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text())); // again: changes nothing, fails nothing
        for (const QString& statement : {u"CREATE ROLE %1 NOLOGIN"_s.arg(teamA), u"CREATE ROLE %1 NOLOGIN"_s.arg(teamB),
                                         u"CREATE ROLE %1 LOGIN IN ROLE mamori_users, %2"_s.arg(sato, teamA),
                                         u"CREATE ROLE %1 LOGIN IN ROLE mamori_users, %2"_s.arg(tanaka, teamB),
                                         u"CREATE ROLE %1 LOGIN IN ROLE mamori_users"_s.arg(newcomer),
                                         u"ALTER ROLE %1 SET mamori.team = '%2'"_s.arg(sato, teamA),
                                         u"ALTER ROLE %1 SET mamori.team = '%2'"_s.arg(tanaka, teamB)}) {
            QVERIFY2(q.exec(statement), qPrintable(statement + u": "_s + q.lastError().text()));
        }
        admin.close();
    }
    const auto as = [&](const QString& role) {
        QString roleUrl = url;
        return Store::open(roleUrl.replace(u"user=mamori"_s, u"user="_s + role));
    };
    auto satoStore = as(sato);
    QVERIFY2(satoStore, qPrintable(satoStore ? QString() : satoStore.error().first().toString()));
    auto tanakaStore = as(tanaka);
    QVERIFY(tanakaStore);
    Store& a = **satoStore;
    Store& b = **tanakaStore;
    QCOMPARE(a.login(), sato);

    const qint64 firmA = *a.addFirm(firmProfile(u"あおば精機"_s, 35));
    const qint64 firmB = *b.addFirm(firmProfile(u"Alpha Trading"_s, 12));
    QCOMPARE(a.firm(firmA)->team, teamA); // the team the role names
    QCOMPARE(b.firm(firmB)->team, teamB);
    const qint64 assessmentA = *a.startAssessment(firmA, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(a.saveAnswer(assessmentA, u"q01"_s, u"yes"_s, u"社外秘のメモ"_s));

    // Each sees its own firm only, in lists and by id; nothing of the other's can be read or written.
    QCOMPARE(a.firms()->size(), std::size_t(1));
    QCOMPARE(a.firms()->front().id, firmA);
    QCOMPARE(b.firms()->size(), std::size_t(1));
    QCOMPARE(b.firms()->front().id, firmB);
    QVERIFY(!b.firm(firmA));
    QVERIFY(!b.assessment(assessmentA));
    QVERIFY(b.assessments(firmA)->empty());
    QVERIFY(b.firmChanges(firmA)->empty());
    QVERIFY(!b.startAssessment(firmA, u"ipa-self-check"_s, u"3.1.0"_s));
    QVERIFY(!b.updateProfile(firmA, firmProfile(u"乗っ取り"_s, 1)));
    const auto written = b.saveAnswer(assessmentA, u"q01"_s, u"no"_s);
    QVERIFY(!written);
    QVERIFY2(written.error().first().message.contains(u"there is no assessment"_s),
             qPrintable(written.error().first().message));
    QVERIFY(!b.finishAssessment(assessmentA));
    QCOMPARE(a.assessment(assessmentA)->answers.choices.value(u"q01"_s), u"yes"_s);
    QCOMPARE(a.firm(firmA)->profile.name, u"あおば精機"_s);

    // The owner (the administrator) sees both teams.
    auto owner = Store::open(url);
    QVERIFY(owner);
    QCOMPARE((*owner)->firms()->size(), std::size_t(2));

    // A role with no team for new firms is told so, by name.
    auto newcomerStore = as(newcomer);
    QVERIFY(newcomerStore);
    const auto added = (*newcomerStore)->addFirm(firmProfile(u"新しい会社"_s, 3));
    QVERIFY(!added);
    QVERIFY2(added.error().first().message.contains(u"SET mamori.team"_s) &&
                 added.error().first().message.contains(newcomer),
             qPrintable(added.error().first().message));
    QVERIFY((*newcomerStore)->firms()->empty());

    // The change log only grows, and its login is the server's word, whatever a client writes.
    {
        QSqlDatabase raw = test::pgConnection(u"team-raw"_s, database);
        raw.setUserName(sato);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY2(q.exec(u"INSERT INTO changes (firm_id, changed_at, actor, login, kind) VALUES (%1, "
                        "'2026-11-25T00:00:00.000Z', 'x', 'someone_else', 'note')"_s.arg(firmA)),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"UPDATE changes SET actor = 'x'"_s));
        // No stand-ins for the catalog or the tables: a consultant cannot make objects here.
        QVERIFY(!q.exec(u"CREATE TEMP VIEW pg_roles AS SELECT 1"_s));
        QVERIFY(!q.exec(u"CREATE TABLE public.mine (x int)"_s));
        QVERIFY(!q.exec(u"DELETE FROM changes"_s));
        QVERIFY(!q.exec(u"INSERT INTO changes (firm_id, changed_at, actor, login, kind) VALUES (%1, "
                        "'2026-11-25T00:00:00.000Z', 'x', 'x', 'note')"_s.arg(firmB))); // not its team's
        raw.close();
    }
    QCOMPARE(a.firmChanges(firmA)->back().login, sato);
}

void TestTeamwork::aServerRestartIsSurvived()
{
    // The server restarts (an update, a failover) while Mamori is open: the next answer connects
    // again and is saved, with nothing to do for the user; reading works again too.
    const QString url = test::newPgDatabase();
    auto store = Store::open(url);
    QVERIFY(store);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"あおば精機"_s, 35));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"yes"_s));
    auto reader = Store::open(url, Store::Mode::ReadOnly);
    QVERIFY(reader);

    QProcess restart;
    restart.start(QStringLiteral(MAMORI_SOURCE_DIR "/tests/pgcluster.sh"), {u"restart"_s, test::pgSocket()});
    QVERIFY(restart.waitForFinished(60'000));
    QVERIFY2(restart.exitCode() == 0, restart.readAllStandardError().constData());

    const auto saved = s.saveAnswer(id, u"q02"_s, u"no"_s, {}, 0);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().first().toString()));
    QCOMPARE(s.assessment(id)->answerCount, 2);
    // The read-only session comes back read-only.
    QCOMPARE((*reader)->firms()->size(), std::size_t(1));
    QVERIFY(!(*reader)->saveAnswer(id, u"q03"_s, u"yes"_s));
    QCOMPARE((*reader)->assessment(id)->answerCount, 2);
}

void TestTeamwork::tlsWhenAsked()
{
    // The cluster also listens on 127.0.0.1 and lets in TLS only (tests/pgcluster.sh). With the CA's
    // certificate and sslmode=verify-full Mamori connects, so the connection is encrypted and the
    // server is the one the certificate names; without TLS the server refuses, and a certificate
    // signed by someone else is refused by Mamori's side.
    const QString url = test::newPgDatabase();
    const QString database = url.section(u'/', 3).section(u'?', 0, 0);
    const QString base = u"postgresql://mamori@localhost:54329/%1"_s.arg(database);
    const QString certificate = test::pgSocket() + u"/server.crt"_s;
    auto secure = Store::open(base + u"?sslmode=verify-full&sslrootcert="_s + certificate);
    QVERIFY2(secure, qPrintable(secure ? QString() : secure.error().first().toString()));
    QVERIFY((*secure)->addFirm(firmProfile(u"あおば精機"_s, 35)));
    QCOMPARE((*secure)->firms()->size(), std::size_t(1));

    const auto plain = Store::open(base + u"?sslmode=disable"_s);
    QVERIFY(!plain);
    QVERIFY2(plain.error().first().message.contains(u"no encryption"_s), qPrintable(plain.error().first().message));
    const auto stranger =
        Store::open(base + u"?sslmode=verify-full&sslrootcert="_s + test::pgSocket() + u"/other.crt"_s);
    QVERIFY(!stranger);
    QVERIFY2(stranger.error().first().message.contains(u"certificate verify failed"_s),
             qPrintable(stranger.error().first().message));
}

QTEST_GUILESS_MAIN(TestTeamwork)
#include "tst_teamwork.moc"
