// "The previous assessment" is one rule in core (previousFinished): the Results page, `mamori-cli
// history` and the PDF report all compare a firm's assessment against the same earlier one. The case
// that split them: three finished assessments started at the same moment (an import keeps the
// original times), where the window took the one listed after the current one as "previous".

#include "core/history.h"
#include "core/packrepository.h"
#include "core/store.h"
#include "gui/mainwindow.h"
#include "gui/resultspage.h"
#include "report/pdfreport.h"
#include "tests/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

class TestPreviousAssessment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameEarlierAssessmentEverywhere_data();
    void sameEarlierAssessmentEverywhere();

private:
    QTemporaryDir m_dir;
    PackRepository m_packs;
};

void TestPreviousAssessment::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_previousassessment"_s);
    qputenv("MAMORI_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toLocal8Bit());
}

void TestPreviousAssessment::sameEarlierAssessmentEverywhere_data()
{
    QTest::addColumn<bool>("sameStart"); // all three started at the same second
    QTest::newRow("same start") << true;
    QTest::newRow("started in turn") << false;
}

void TestPreviousAssessment::sameEarlierAssessmentEverywhere()
{
    QFETCH(bool, sameStart);
    const QString path = m_dir.filePath(u"h-%1.sqlite"_s.arg(sameStart));
    const auto pack = m_packs.find(u"ipa-self-check"_s);
    QVERIFY(pack);
    qint64 firm = 0;
    std::vector<qint64> ids; // A ("partial"), C ("yes", the one looked at), D ("no")
    {
        auto store = Store::open(path);
        QVERIFY(store);
        Profile p;
        p.name = u"前回比較"_s;
        p.industry = u'E';
        p.prefecture = 13;
        p.employees = 20;
        firm = *(*store)->addFirm(p);
        for (const QString& choice : {u"partial"_s, u"yes"_s, u"no"_s}) {
            const qint64 id = *(*store)->startAssessment(firm, pack->id, pack->version);
            for (const Question& q : pack->questions) {
                QVERIFY((*store)->saveAnswer(id, q.id, choice));
            }
            QVERIFY((*store)->finishAssessment(id));
            ids.push_back(id);
        }
    }
    if (sameStart) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"touch"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE assessments SET started_at = '2026-04-01T09:00:00.000Z'"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"touch"_s);
    const qint64 current = ids[1];

    // Core: the rule, and the score it compares with. The store is closed again before the window and
    // the CLI open it (one writer at a time).
    double earlier = 0;
    double now = 0;
    {
        auto store = Store::open(path);
        QVERIFY(store);
        ResultService service(**store, m_packs);
        const auto history = service.history(firm);
        QVERIFY(history);
        const auto scored = service.score(current);
        QVERIFY(scored);
        const HistoryEntry* before = previousFinished(*history, scored->record);
        QVERIFY(before);
        QCOMPARE(before->record.id, ids[0]);
        earlier = before->result->score;
        now = scored->result.score;
        QVERIFY(earlier != now);

        // The PDF report.
        PdfReportOptions options;
        addReportHistory(service, *scored, options);
        QVERIFY(options.sincePrevious);
        QCOMPARE(options.sincePrevious->scoreBefore, earlier);
    }

    // The Results page.
    {
        AppSettings settings;
        settings.language = Language::English;
        settings.databasePath = path;
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.openAssessment(current));
        window.goTo(MainWindow::Results);
        QVERIFY(window.resultsPage()->previous());
        QCOMPARE(window.resultsPage()->previous()->scoreBefore, earlier);
    }

    // `mamori-cli history`: the change shown for this assessment is against the same one.
    const test::CliRun r = test::runCliInProcess({u"--lang"_s, u"en"_s, u"--db"_s, path, u"history"_s, u"--firm"_s,
                                                  QString::number(firm), u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8())[u"assessments"_s].toArray();
    bool found = false;
    for (const QJsonValue& e : entries) {
        if (e[u"id"_s].toInteger() == current) {
            found = true;
            QCOMPARE(e[u"change"_s].toDouble(), std::round((now - earlier) * 10) / 10);
        }
    }
    QVERIFY2(found, qPrintable(r.out));
}

QTEST_MAIN(TestPreviousAssessment)
#include "tst_previousassessment.moc"
