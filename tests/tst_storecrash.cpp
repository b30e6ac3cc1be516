#include "core/store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace mamori;
using namespace Qt::StringLiterals;

// "Every answer is saved the moment it is given": a writer process is killed with SIGKILL at a random
// moment (before its first commit, or after a random number of them), 100 times; every answer it reported as saved must
// be there, and the database must open clean each time.
class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoCommittedAnswer();
};

void TestStoreCrash::killedWriterLosesNoCommittedAnswer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"crash.sqlite"_s);
    qint64 assessmentId = 0;
    {
        auto store = Store::open(path);
        QVERIFY(store);
        Profile p;
        p.name = u"クラッシュ試験"_s;
        p.employees = 10;
        const auto firm = (*store)->addFirm(p);
        QVERIFY(firm);
        const auto started = (*store)->startAssessment(*firm, u"sme-guideline"_s, u"1.0.0"_s);
        QVERIFY(started);
        assessmentId = *started;
    }
    QRandomGenerator random(20261124);
    QStringList committed;
    int next = 0;
    for (int round = 0; round < 100; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(MAMORI_STORE_WRITER), {path, QString::number(assessmentId), QString::number(next)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Kill at a random point: sometimes before the first commit, mostly after a random number of
        // reported commits (counted as they arrive, so a slow or busy machine kills as late in the run as
        // a fast one: waiting a fixed time let too few commits happen under load).
        QByteArray output;
        const int target = int(random.bounded(0, 8));
        if (target == 0) {
            QTest::qWait(int(random.bounded(0, 6)));
        } else {
            QElapsedTimer waited;
            waited.start();
            while (output.count('\n') < target && waited.elapsed() < 20000 && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
                output += writer.readAllStandardOutput();
            }
            QVERIFY2(output.count('\n') >= target,
                     qPrintable(u"round %1: the writer reported %2 of %3 commits in 20 s"_s.arg(round)
                                    .arg(output.count('\n'))
                                    .arg(target)));
            QThread::usleep(
                static_cast<unsigned long>(random.bounded(0, 3000))); // into the middle of the next commit, or not
        }
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(
                     u"round %2: the writer stopped by itself (exit %1, status %3, error %4): "_s.arg(writer.exitCode())
                         .arg(round)
                         .arg(int(writer.exitStatus()))
                         .arg(writer.errorString()) +
                     QString::fromUtf8(writer.readAllStandardError()) + QString::fromUtf8(output).left(200)));
        writer.kill(); // SIGKILL on Unix
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        // The last piece may be a line cut by the kill; only complete lines were reported.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            committed.append(QString::fromLatin1(lines[i]));
        }
        next += 100000;

        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
        const auto check = (*store)->integrityCheck();
        QVERIFY(check);
        QCOMPARE(*check, u"ok"_s);
        const auto record = (*store)->assessment(assessmentId);
        QVERIFY(record);
        for (const QString& id : committed) {
            QVERIFY2(record->answers.choices.value(id) == u"yes"_s,
                     qPrintable(u"round %1: answer %2 was reported saved but is missing"_s.arg(round).arg(id)));
        }
    }
    // The rounds must really have written in the middle of runs, or the test proves nothing.
    QVERIFY2(committed.size() > 200, qPrintable(u"only %1 answers committed"_s.arg(committed.size())));
    qInfo("%lld answers committed across 100 killed writers, none lost", qint64(committed.size()));
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
