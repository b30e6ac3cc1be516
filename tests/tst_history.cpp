// A firm's history: scores recomputed from stored answers, cached under the pack's digest, changes
// between assessments, and the comparison of two.

#include "core/history.h"
#include "core/packrepository.h"
#include "core/scorer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

Profile firmProfile(const QString& name)
{
    Profile p;
    p.name = name;
    p.industry = u'E';
    p.prefecture = 13;
    p.employees = 20;
    p.capitalManYen = 1000;
    p.assets.pcs = 20;
    p.assets.mobiles = 5;
    p.assets.website = true;
    p.assets.wifi = true;
    p.assets.cloud = {u"mail"_s};
    return p;
}

// Answers every question of the pack with `choice`, except those in `except`.
void answerAll(Store& s, const Pack& pack, qint64 id, const QString& choice, const QHash<QString, QString>& except = {})
{
    for (const Question& q : pack.questions) {
        QVERIFY(s.saveAnswer(id, q.id, except.value(q.id, choice)));
    }
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void historyScoresAndCaches();
    void aPackFixShowsInOldAssessments();
    void missingPackVersionIsReportedNotFatal();
    void readOnlyStoreIsScoredButNotWritten();
    void comparesTwoAssessments();
    void refusesToCompareAcrossFirmsOrPacks();

private:
    PackRepository m_packs;
    Pack m_ipa;
};

void TestHistory::initTestCase()
{
    auto ipa = m_packs.find(u"ipa-self-check"_s);
    QVERIFY(ipa);
    m_ipa = std::move(*ipa);
    QCOMPARE(m_ipa.digest.size(), 64);
}

void TestHistory::historyScoresAndCaches()
{
    auto store = Store::open(u":memory:"_s);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"あおば"_s));
    const qint64 first = *s.startAssessment(firm, m_ipa.id, m_ipa.version);
    answerAll(s, m_ipa, first, u"partial"_s);
    QVERIFY(s.finishAssessment(first));
    const qint64 second = *s.startAssessment(firm, m_ipa.id, m_ipa.version);
    answerAll(s, m_ipa, second, u"yes"_s, {{u"q05"_s, u"no"_s}});

    ResultService service(s, m_packs);
    const auto history = service.history(firm);
    QVERIFY(history);
    QCOMPARE(history->size(), std::size_t(2));
    const HistoryEntry& a = history->at(0);
    const HistoryEntry& b = history->at(1);
    QCOMPARE(a.record.id, first);
    QVERIFY(a.result && b.result);
    QVERIFY(!a.stale && a.problem.isEmpty());
    // The same numbers the scorer gives for the stored answers.
    const ScoreResult direct = Scorer(m_ipa, firmProfile(u"あおば"_s)).score(s.assessment(second)->answers);
    QCOMPARE(b.result->score, direct.score);
    QCOMPARE(b.result->answered, direct.answered);
    QCOMPARE(b.result->level, direct.level->id);
    QCOMPARE(b.result->categories.size(), m_ipa.categories.size());
    QCOMPARE(b.result->categories[0].first, m_ipa.categories[0].id);
    QCOMPARE(b.result->categories[0].second, direct.categories[0].score);
    QCOMPARE(a.result->score, 50.0); // every answer half-way: 2 of 4 points
    QVERIFY(!a.change);              // the first
    QVERIFY(!b.change);              // in progress: a change against a finished one would mislead

    // Both are now cached under this pack's digest, and served from there.
    const auto cached = s.assessments(firm);
    for (const AssessmentRecord& r : *cached) {
        QVERIFY(r.result);
        QCOMPARE(r.result->packDigest, resultKey(m_ipa));
        QVERIFY(r.result->packDigest.startsWith(m_ipa.digest));
    }
    const QDateTime computed = s.assessment(first)->result->computedAt;
    QTest::qWait(5);
    const auto again = ResultService(s, m_packs).history(firm);
    QCOMPARE(again->at(0).result->computedAt, computed);
    QCOMPARE(again->at(1).result->score, b.result->score);

    // A new answer is in the next history, not the cached score; once finished, the change shows.
    QVERIFY(s.saveAnswer(second, u"q05"_s, u"yes"_s));
    QVERIFY(s.finishAssessment(second));
    const auto after = ResultService(s, m_packs).history(firm);
    QVERIFY(after->at(1).result->score > b.result->score);
    QCOMPARE(after->at(1).result->score, 100.0);
    QCOMPARE(*after->at(1).change, 50.0);
}

void TestHistory::aPackFixShowsInOldAssessments()
{
    auto store = Store::open(u":memory:"_s);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"あおば"_s));
    const qint64 id = *s.startAssessment(firm, m_ipa.id, m_ipa.version);
    answerAll(s, m_ipa, id, u"partial"_s);
    QVERIFY(s.finishAssessment(id));
    QCOMPARE(ResultService(s, m_packs).history(firm)->front().result->score, 50.0);

    // The publisher corrects "partial" to 3 points and ships the pack again under the same version.
    QTemporaryDir dir;
    QFile original(QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires/ipa-self-check.json"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray fixed = original.readAll();
    const qsizetype at = fixed.indexOf("\"points\": 2");
    QVERIFY(at > 0);
    fixed.replace(at, 11, "\"points\": 3");
    QFile copy(dir.filePath(u"ipa-self-check.json"_s));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(fixed);
    copy.close();
    const PackRepository updated({dir.path(), PackRepository::bundledFolder()});
    const auto pack = updated.find(m_ipa.id);
    QVERIFY(pack);
    QCOMPARE(pack->version, m_ipa.version);
    QVERIFY(pack->digest != m_ipa.digest);

    const auto history = ResultService(s, updated).history(firm);
    QVERIFY(history);
    QCOMPARE(history->front().result->score, 75.0); // 3 of 4 points: the old answers, the fixed scoring
    QCOMPARE(s.assessment(id)->result->packDigest, resultKey(*pack));
    QCOMPARE(s.assessment(id)->result->score, 75.0);
}

void TestHistory::missingPackVersionIsReportedNotFatal()
{
    auto store = Store::open(u":memory:"_s);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"あおば"_s));
    const qint64 old = *s.startAssessment(firm, m_ipa.id, u"2.0.0"_s);
    QVERIFY(s.saveAnswer(old, u"q01"_s, u"yes"_s));
    QVERIFY(s.startAssessment(firm, u"retired-pack"_s, u"1.0.0"_s));
    const qint64 current = *s.startAssessment(firm, m_ipa.id, m_ipa.version);
    QVERIFY(s.saveAnswer(current, u"q01"_s, u"yes"_s));
    StoredResult earlier;
    earlier.packDigest = u"digest-of-2.0.0"_s;
    earlier.score = 33.3;
    const auto saved = s.saveResult(old, s.assessment(old)->updatedAt, earlier); // no level: stored as ""
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().first().toString()));
    QVERIFY(*saved);

    const auto history = ResultService(s, m_packs).history(firm);
    QVERIFY(history);
    QCOMPARE(history->size(), std::size_t(3));
    QVERIFY(history->at(0).stale);
    QCOMPARE(history->at(0).result->score, 33.3); // the last score it had, marked stale
    QVERIFY2(history->at(0).problem.contains(u"version 2.0.0"_s), qPrintable(history->at(0).problem));
    QVERIFY(!history->at(1).result);
    QVERIFY(history->at(1).problem.contains(u"retired-pack"_s));
    QVERIFY(history->at(2).result);
    QVERIFY(history->at(2).problem.isEmpty());
    QVERIFY(!history->at(2).change); // in progress
    QVERIFY(s.finishAssessment(old));
    QVERIFY(s.finishAssessment(current));
    const auto finished = ResultService(s, m_packs).history(firm);
    QVERIFY(finished->at(2).change); // against the stale score of the same pack
    QCOMPARE(*finished->at(2).change, std::round((finished->at(2).result->score - 33.3) * 10) / 10);
}

void TestHistory::readOnlyStoreIsScoredButNotWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.sqlite"_s);
    qint64 firm = 0;
    qint64 id = 0;
    {
        auto store = Store::open(path);
        firm = *(*store)->addFirm(firmProfile(u"あおば"_s));
        id = *(*store)->startAssessment(firm, m_ipa.id, m_ipa.version);
        answerAll(**store, m_ipa, id, u"yes"_s);
    }
    auto store = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(store);
    ResultService service(**store, m_packs);
    const auto history = service.history(firm);
    QVERIFY(history);
    QCOMPARE(history->front().result->score, 100.0);
    QVERIFY(service.score(id));
    QVERIFY(!(*store)->assessment(id)->result);
}

void TestHistory::comparesTwoAssessments()
{
    auto store = Store::open(u":memory:"_s);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"あおば"_s));
    const qint64 before = *s.startAssessment(firm, m_ipa.id, m_ipa.version);
    answerAll(s, m_ipa, before, u"partial"_s, {{u"q01"_s, u"no"_s}});
    QVERIFY(s.removeAnswer(before, u"q25"_s));
    const qint64 after = *s.startAssessment(firm, m_ipa.id, m_ipa.version);
    answerAll(s, m_ipa, after, u"partial"_s, {{u"q01"_s, u"yes"_s}, {u"q24"_s, u"unknown"_s}});

    ResultService service(s, m_packs);
    const auto a = service.score(before);
    const auto b = service.score(after);
    QVERIFY(a && b);
    const auto c = compareAssessments(*a, *b);
    QVERIFY(c);
    QCOMPARE(c->scoreBefore, a->result.score);
    QCOMPARE(c->scoreAfter, b->result.score);
    QCOMPARE(c->categories.size(), m_ipa.categories.size());
    for (std::size_t i = 0; i < c->categories.size(); ++i) {
        QCOMPARE(c->categories[i].id, m_ipa.categories[i].id);
        QCOMPARE(*c->categories[i].before, a->result.categories[i].score);
        QCOMPARE(*c->categories[i].after, b->result.categories[i].score);
        QCOMPARE(c->categories[i].target, b->result.categories[i].target);
    }
    QStringList changed;
    for (const auto& ch : c->changes) {
        changed.append(ch.question + u':' + ch.before + u'>' + ch.after);
    }
    QCOMPARE(changed, (QStringList{u"q01:no>yes"_s, u"q24:partial>unknown"_s, u"q25:>partial"_s}));
    QCOMPARE(c->changes[0].afterLabel.en, m_ipa.scale[0].label.en);
    QCOMPARE(c->changes[0].pointsBefore, 0.0);
    QVERIFY(c->changes[0].pointsAfter > 0);
    QCOMPARE(c->changes[0].text.ja, m_ipa.questions[0].text.ja);

    const auto same = compareAssessments(*b, *b);
    QVERIFY(same && same->changes.empty());
}

void TestHistory::refusesToCompareAcrossFirmsOrPacks()
{
    auto store = Store::open(u":memory:"_s);
    Store& s = **store;
    const qint64 one = *s.addFirm(firmProfile(u"一"_s));
    const qint64 two = *s.addFirm(firmProfile(u"二"_s));
    const qint64 a = *s.startAssessment(one, m_ipa.id, m_ipa.version);
    const qint64 b = *s.startAssessment(two, m_ipa.id, m_ipa.version);
    const auto guide = m_packs.find(u"sme-guideline"_s);
    QVERIFY(guide);
    const qint64 c = *s.startAssessment(one, guide->id, guide->version);
    ResultService service(s, m_packs);
    const auto firms = compareAssessments(*service.score(a), *service.score(b));
    QVERIFY(!firms);
    QVERIFY(firms.error().first().message.contains(u"different firms"_s));
    const auto packs = compareAssessments(*service.score(a), *service.score(c));
    QVERIFY(!packs);
    QVERIFY(packs.error().first().message.contains(u"different packs"_s));
    const auto missing = service.score(999);
    QVERIFY(!missing);
    QVERIFY(missing.error().first().message.contains(u"999"_s));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
