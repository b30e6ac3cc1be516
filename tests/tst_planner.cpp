#include "core/packloader.h"
#include "core/scorer.h"

#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

// A one-category pack whose questions differ only in cost, effort and weight.
QByteArray packJson(const QList<std::tuple<QString, QString, double>>& questions)
{
    QByteArray items;
    int n = 0;
    for (const auto& [cost, effort, weight] : questions) {
        if (!items.isEmpty()) {
            items += ",\n";
        }
        items += QStringLiteral(R"({"id": "q%1", "category": "c", "weight": %2, "text": {"ja": "問", "en": "Q"},
            "recommendation": {"text": {"ja": "策", "en": "Do"}, "cost": "%3", "effort": "%4"}})")
                     .arg(++n)
                     .arg(weight)
                     .arg(cost, effort)
                     .toUtf8();
    }
    return R"({"format": 1, "id": "plan", "version": "1.0.0", "title": {"ja": "計画", "en": "Plan"},
        "guideline": {"id": "g", "title": {"ja": "指針", "en": "G"}},
        "scale": [{"id": "yes", "points": 4, "label": {"ja": "はい", "en": "Yes"}},
                  {"id": "partial", "points": 2, "label": {"ja": "一部", "en": "Partly"}},
                  {"id": "no", "points": 0, "label": {"ja": "いいえ", "en": "No"}},
                  {"id": "na", "not_applicable": true, "label": {"ja": "該当なし", "en": "N/A"}}],
        "categories": [{"id": "c", "title": {"ja": "分類", "en": "C"}, "target": {"default": 100}}],
        "questions": [)" +
           items + "]}";
}

Profile firm()
{
    Profile p;
    p.name = u"x"_s;
    p.employees = 10;
    return p;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void horizonFollowsCostAndEffort_data();
    void horizonFollowsCostAndEffort();
    void ranksInTheOrderTheFirmWillDoThem();
    void leavesOutMetAndNotApplicable();
};

void TestPlanner::horizonFollowsCostAndEffort_data()
{
    QTest::addColumn<QString>("cost");
    QTest::addColumn<QString>("effort");
    QTest::addColumn<QString>("horizon");
    QTest::addColumn<double>("priority");
    // One unanswered question of weight 1: shortfall 4, category gap 100 → benefit 8.
    QTest::newRow("low/low") << u"low"_s << u"low"_s << u"week"_s << 4.0;
    QTest::newRow("low/medium") << u"low"_s << u"medium"_s << u"quarter"_s << 8.0 / 3.0;
    QTest::newRow("medium/low") << u"medium"_s << u"low"_s << u"quarter"_s << 8.0 / 3.0;
    QTest::newRow("medium/medium") << u"medium"_s << u"medium"_s << u"quarter"_s << 2.0;
    QTest::newRow("high/low") << u"high"_s << u"low"_s << u"year"_s << 8.0 / 5.0;
    QTest::newRow("low/high") << u"low"_s << u"high"_s << u"year"_s << 8.0 / 5.0;
    QTest::newRow("high/high") << u"high"_s << u"high"_s << u"year"_s << 1.0;
}

void TestPlanner::horizonFollowsCostAndEffort()
{
    QFETCH(QString, cost);
    QFETCH(QString, effort);
    QFETCH(QString, horizon);
    QFETCH(double, priority);
    const auto pack = PackLoader().loadData(packJson({{cost, effort, 1.0}}), u"p.json"_s);
    QVERIFY2(pack, qPrintable(pack ? QString() : pack.error().first().toString()));
    const ScoreResult r = Scorer(*pack, firm()).score(AnswerSet{});
    QCOMPARE(r.plan.size(), std::size_t(1));
    QCOMPARE(horizonId(r.plan[0].horizon), horizon);
    QCOMPARE(r.plan[0].benefit, 8.0);
    QCOMPARE(r.plan[0].priority, priority);
    QCOMPARE(r.plan[0].rank, 1);
}

// This week's steps first, then this quarter's, then this year's; within each, the most benefit for
// the cost first. The numbers run 1, 2, 3 … in that order, with no jumps within a horizon.
void TestPlanner::ranksInTheOrderTheFirmWillDoThem()
{
    const auto pack = PackLoader().loadData(packJson({{u"high"_s, u"high"_s, 3},     // 24/8 = 3, this year
                                                      {u"low"_s, u"low"_s, 1},       // 8/2 = 4, this week
                                                      {u"medium"_s, u"medium"_s, 1}, // 8/4 = 2, this quarter
                                                      {u"low"_s, u"low"_s, 1}}),     // 8/2 = 4, after q2
                                            u"p.json"_s);
    QVERIFY(pack);
    const ScoreResult r = Scorer(*pack, firm()).score(AnswerSet{});
    QStringList order;
    for (const PlanStep& s : r.plan) {
        order.append(pack->questions[std::size_t(s.question)].id);
        QCOMPARE(s.rank, int(order.size()));
    }
    QCOMPARE(order, (QStringList{u"q2"_s, u"q4"_s, u"q3"_s, u"q1"_s}));
}

void TestPlanner::leavesOutMetAndNotApplicable()
{
    const auto pack = PackLoader().loadData(
        packJson({{u"low"_s, u"low"_s, 1}, {u"low"_s, u"low"_s, 1}, {u"low"_s, u"low"_s, 1}}), u"p.json"_s);
    QVERIFY(pack);
    AnswerSet answers;
    answers.choices = {{u"q1"_s, u"yes"_s}, {u"q2"_s, u"na"_s}, {u"q3"_s, u"partial"_s}};
    const ScoreResult r = Scorer(*pack, firm()).score(answers);
    QCOMPARE(r.plan.size(), std::size_t(1));
    QCOMPARE(pack->questions[std::size_t(r.plan[0].question)].id, u"q3"_s);
    // Shortfall 2; the category scores 75 against a target of 100, so the gap of 25 raises it by 25 %.
    QCOMPARE(r.plan[0].benefit, 2.5);
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
