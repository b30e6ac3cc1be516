#include "core/answers.h"
#include "core/packloader.h"
#include "core/packrepository.h"
#include "core/scorer.h"
#include "core/vocabulary.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QString SamplesDir = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples");

} // namespace

class TestBundledPacks : public QObject
{
    Q_OBJECT

private slots:
    void vocabularyLoads();
    void everyBundledPackIsValid_data();
    void everyBundledPackIsValid();
    void smeGuidelineIsTailoredByProfile();
    void samplesLoadAndScore_data();
    void samplesLoadAndScore();
    void repositoryPrefersNewestVersion();
    void newPacksScoreAsComputedByHand_data();
    void newPacksScoreAsComputedByHand();
};

void TestBundledPacks::vocabularyLoads()
{
    const Vocabulary& v = Vocabulary::capabilities();
    QVERIFY(v.items().size() >= 25);
    for (const char* id : {"helpdesk", "monitoring_24h", "onsite_response", "cyber_insurance", "edr", "utm", "backup",
                           "training", "incident_response"}) {
        QVERIFY2(v.contains(QString::fromLatin1(id)), id);
    }
    QCOMPARE(v.find(u"helpdesk")->label.ja, u"相談窓口"_s);
}

void TestBundledPacks::everyBundledPackIsValid_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(PackRepository::bundledFolder());
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{u"ipa-self-check.json"_s, u"meti-management-10.json"_s, u"scs-star3-readiness.json"_s,
                                 u"sme-guideline.json"_s}));
    for (const QString& f : files) {
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

void TestBundledPacks::everyBundledPackIsValid()
{
    QFETCH(QString, path);
    PackLoader loader;
    const auto pack = loader.loadFile(path);
    QVERIFY2(pack, qPrintable(pack ? QString() : pack.error().first().toString()));
    QVERIFY2(loader.warnings().isEmpty(), qPrintable(loader.warnings().value(0).toString()));
    for (const Question& q : pack->questions) {
        QVERIFY2(!q.refs.isEmpty(), qPrintable(q.id + u": every question cites its guideline item"_s));
        QVERIFY2(!q.help.ja.isEmpty() && !q.help.en.isEmpty(), qPrintable(q.id + u": help text in both languages"_s));
        QVERIFY2(!q.recommendation.capabilities.isEmpty(), qPrintable(q.id));
    }
    for (const Reference& r : pack->references) {
        const bool used = std::any_of(pack->questions.begin(), pack->questions.end(),
                                      [&](const Question& q) { return q.refs.contains(r.id); });
        QVERIFY2(used, qPrintable(r.id + u": reference never cited"_s));
        // Every citation says how it was checked (docs/sources.md): nobody mistakes it for a verified one.
        QVERIFY2(r.checked != ReferenceCheck::Unstated, qPrintable(r.id + u": how it was checked is not stated"_s));
        QVERIFY2(!r.url.isEmpty(), qPrintable(r.id));
    }
    // The words the glossary avoids in the packs too: colloquial where IPA writes 監視 and 不審なメール.
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(raw.readAll());
    for (const QString& avoided : {u"見張"_s, u"だましのメール"_s, u"会話の聞かれ"_s}) {
        QVERIFY2(!text.contains(avoided), qPrintable(path + u": "_s + avoided));
    }
    QVERIFY(!pack->levels.empty());
}

void TestBundledPacks::smeGuidelineIsTailoredByProfile()
{
    const auto pack = PackRepository({PackRepository::bundledFolder()}).find(u"sme-guideline"_s);
    QVERIFY(pack);
    QVERIFY(pack->questions.size() >= 60);
    QStringList categories;
    for (const Category& c : pack->categories) {
        categories.append(c.id);
    }
    for (const char* id : {"start", "organized", "full", "stronger", "telework", "incident", "cloud", "website"}) {
        QVERIFY2(categories.contains(QString::fromLatin1(id)), id);
    }
    QSet<QString> fields;
    int followUps = 0;
    for (const Question& q : pack->questions) {
        if (q.appliesIf) {
            for (const QString& f : q.appliesIf->fields()) {
                fields.insert(f);
            }
        }
        followUps += q.dependsOn ? 1 : 0;
    }
    for (const char* f :
         {"assets.website", "assets.ecommerce", "assets.remote_work", "assets.servers", "assets.personal_info_records",
          "assets.card_data", "assets.ot_devices", "assets.uses_cloud", "supplies_large_firms", "tier"}) {
        QVERIFY2(fields.contains(QString::fromLatin1(f)), f);
    }
    QVERIFY(followUps >= 2);
    // Targets differ by tier for the advanced stages.
    const Category& stronger = pack->categories[std::size_t(pack->categoryIndex(u"stronger"))];
    QVERIFY(stronger.target.forTier(Tier::Micro) < stronger.target.forTier(Tier::Large));

    // A shop without a website or remote work is asked fewer questions than an IT firm with both.
    const auto micro = loadProfile(SamplesDir + u"/micro-retail.profile.json"_s);
    const auto it = loadProfile(SamplesDir + u"/medium-it-services.profile.json"_s);
    QVERIFY(micro && it);
    Profile offline = *micro;
    offline.assets.website = false;
    offline.assets.ecommerce = false;
    offline.assets.cardData = false;
    offline.assets.cloud.clear();
    const auto offlineCount = Scorer(*pack, offline).applicableByProfile().size();
    const auto itCount = Scorer(*pack, *it).applicableByProfile().size();
    QVERIFY2(offlineCount + 15 < itCount, qPrintable(u"%1 vs %2"_s.arg(offlineCount).arg(itCount)));
}

void TestBundledPacks::samplesLoadAndScore_data()
{
    QTest::addColumn<QString>("firm");
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("tier");
    for (const auto& [firm, tier] : {std::pair{"micro-retail", "micro"}, std::pair{"small-manufacturer", "small"},
                                     std::pair{"medium-it-services", "medium"}}) {
        for (const char* pack : {"ipa-self-check", "sme-guideline"}) {
            QTest::newRow(qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(firm), QString::fromLatin1(pack))))
                << QString::fromLatin1(firm) << QString::fromLatin1(pack) << QString::fromLatin1(tier);
        }
    }
}

void TestBundledPacks::samplesLoadAndScore()
{
    QFETCH(QString, firm);
    QFETCH(QString, pack);
    QFETCH(QString, tier);
    const auto loaded = PackRepository({PackRepository::bundledFolder()}).find(pack);
    QVERIFY(loaded);
    const auto profile = loadProfile(SamplesDir + u'/' + firm + u".profile.json"_s);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().first().toString()));
    QCOMPARE(tierId(profile->tier()), tier);
    Diagnostics warnings;
    const auto answers = loadAnswers(SamplesDir + u'/' + firm + u'.' + pack + u".answers.json"_s, &*loaded, &warnings);
    QVERIFY2(answers, qPrintable(answers ? QString() : answers.error().first().toString()));
    QVERIFY(warnings.isEmpty());
    const ScoreResult r = Scorer(*loaded, *profile).score(*answers);
    // The samples answer every question put to their firm (closed follow-ups are implied, not asked).
    QCOMPARE(r.answered, r.applicable);
    QVERIFY(r.applicable > 0);
    QVERIFY(r.level);
}

void TestBundledPacks::repositoryPrefersNewestVersion()
{
    QTemporaryDir dir;
    QFile source(PackRepository::bundledFolder() + u"/ipa-self-check.json"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray newer = source.readAll();
    newer.replace(R"("version": "3.1.0")", R"("version": "3.10.0")");
    QFile target(dir.filePath(u"ipa-newer.json"_s));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(newer);
    target.close();
    QFile broken(dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();

    const PackRepository repo({dir.path(), PackRepository::bundledFolder()});
    Diagnostics problems;
    const auto entries = repo.list(&problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().file, dir.filePath(u"broken.json"_s));
    QCOMPARE(entries.size(), std::size_t(5)); // the newer copy and the four bundled packs
    QCOMPARE(entries[0].id, u"ipa-self-check"_s);
    QCOMPARE(entries[0].version, u"3.10.0"_s);
    QCOMPARE(entries[1].version, u"3.1.0"_s);
    const auto found = repo.find(u"ipa-self-check"_s);
    QVERIFY(found);
    QCOMPARE(found->version, u"3.10.0"_s);
    // A broken file named after the id is reported with the version found, not silently skipped.
    Diagnostics warnings;
    QFile brokenIpa(dir.filePath(u"ipa-self-check-4.json"_s));
    QVERIFY(brokenIpa.open(QIODevice::WriteOnly));
    brokenIpa.write("{\"format\": 1}");
    brokenIpa.close();
    const auto withWarning = repo.find(u"ipa-self-check"_s, &warnings);
    QVERIFY(withWarning);
    QCOMPARE(warnings.size(), 7); // the seven required keys it lacks
    for (const Diagnostic& w : warnings) {
        QCOMPARE(w.severity, Severity::Warning);
        QCOMPARE(w.file, dir.filePath(u"ipa-self-check-4.json"_s));
    }
    const auto missing = repo.find(u"nist-csf"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().first().message.contains(
        u"ipa-self-check, meti-management-10, scs-star3-readiness, sme-guideline"_s));
    QCOMPARE(PackRepository::compareVersions(u"3.10.0"_s, u"3.9.9"_s), 1);
    // Parts beyond 64 bits still sort by their value, never as the oldest.
    QCOMPARE(PackRepository::compareVersions(u"18446744073709551616.0.0"_s, u"3.1.0"_s), 1);
    QCOMPARE(PackRepository::compareVersions(u"3.1.0"_s, u"3.01.0"_s), 0);
    QCOMPARE(PackRepository::compareVersions(u"3.1"_s, u"3.1.0"_s), 0);
}

// The figures are worked out by hand in tests/data/newpacks/expected.md from docs/pack-format.md.
void TestBundledPacks::newPacksScoreAsComputedByHand_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("answers");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("maxPoints");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QList<double>>("categories"); // score of each category, pack order
    QTest::addColumn<QList<double>>("gaps");
    QTest::addColumn<QStringList>("firstSteps"); // the first question ids of the plan, in order
    QTest::addColumn<int>("planSteps");
    QTest::addColumn<int>("implied");
    QTest::newRow("meti mixed") << u"meti-management-10"_s << u"meti-profile"_s << u"meti-mixed"_s << u"medium"_s
                                << 49.0 << 116.0 << 42.2 << u"ad_hoc"_s << QList<double>{41.7, 44.4, 30.0, 58.3, 41.7}
                                << QList<double>{33.3, 30.6, 45.0, 11.7, 23.3}
                                // This week's steps first: d7-3 and d2-2 (4th and 5th by benefit per cost)
                                // are this quarter's.
                                << QStringList{u"d1-3"_s, u"d6-3"_s, u"d10-2"_s, u"d10-3"_s, u"d1-1"_s} << 26 << 0;
    QTest::newRow("meti best") << u"meti-management-10"_s << u"meti-profile"_s << u"meti-best"_s << u"medium"_s << 116.0
                               << 116.0 << 100.0 << u"improving"_s << QList<double>{100, 100, 100, 100, 100}
                               << QList<double>{0, 0, 0, 0, 0} << QStringList{} << 0 << 0;
    QTest::newRow("scs mixed") << u"scs-star3-readiness"_s << u"scs-profile"_s << u"scs-mixed"_s << u"small"_s << 74.0
                               << 144.0 << 51.4 << u"basics"_s
                               << QList<double>{50.0, 83.3, 58.3, 16.7, 62.5, 50.0, 50.0}
                               << QList<double>{50.0, 16.7, 41.7, 83.3, 37.5, 50.0, 50.0} << QStringList{} << 19 << 1;
    QTest::newRow("scs best") << u"scs-star3-readiness"_s << u"scs-profile"_s << u"scs-best"_s << u"small"_s << 144.0
                              << 144.0 << 100.0 << u"ready"_s << QList<double>{100, 100, 100, 100, 100, 100, 100}
                              << QList<double>{0, 0, 0, 0, 0, 0, 0} << QStringList{} << 0 << 0;
}

void TestBundledPacks::newPacksScoreAsComputedByHand()
{
    QFETCH(QString, pack);
    QFETCH(QString, profile);
    QFETCH(QString, answers);
    QFETCH(QString, tier);
    QFETCH(double, points);
    QFETCH(double, maxPoints);
    QFETCH(double, score);
    QFETCH(QString, level);
    QFETCH(QList<double>, categories);
    QFETCH(QList<double>, gaps);
    QFETCH(QStringList, firstSteps);
    QFETCH(int, planSteps);
    QFETCH(int, implied);
    const QString dir = QStringLiteral(MAMORI_TEST_DATA_DIR "/newpacks/");
    const auto loaded = PackRepository({PackRepository::bundledFolder()}).find(pack);
    QVERIFY(loaded);
    QCOMPARE(loaded->verification.state, TrustState::Verified);
    const auto firm = loadProfile(dir + profile + u".json"_s);
    QVERIFY2(firm, qPrintable(firm ? QString() : firm.error().first().toString()));
    QCOMPARE(tierId(firm->tier()), tier);
    Diagnostics warnings;
    const auto set = loadAnswers(dir + answers + u".answers.json"_s, &*loaded, &warnings);
    QVERIFY2(set, qPrintable(set ? QString() : set.error().first().toString()));
    QVERIFY(warnings.isEmpty());
    const ScoreResult r = Scorer(*loaded, *firm).score(*set);
    QCOMPARE(r.points, points);
    QCOMPARE(r.maxPoints, maxPoints);
    QCOMPARE(r.score, score);
    QVERIFY(r.level);
    QCOMPARE(r.level->id, level);
    QCOMPARE(r.implied, implied);
    QCOMPARE(qsizetype(r.categories.size()), categories.size());
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QCOMPARE(r.categories[std::size_t(i)].score, categories[i]);
        QCOMPARE(r.categories[std::size_t(i)].gap, gaps[i]);
    }
    QCOMPARE(int(r.plan.size()), planSteps);
    for (qsizetype i = 0; i < firstSteps.size(); ++i) {
        QCOMPARE(loaded->questions[std::size_t(r.plan[std::size_t(i)].question)].id, firstSteps[i]);
    }
}

QTEST_GUILESS_MAIN(TestBundledPacks)
#include "tst_bundledpacks.moc"
