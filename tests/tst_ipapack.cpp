#include "core/answers.h"
#include "core/packrepository.h"
#include "core/scorer.h"

#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const Pack& ipaPack()
{
    static const Pack pack = [] {
        auto loaded = PackRepository({PackRepository::bundledFolder()}).find(u"ipa-self-check"_s);
        return loaded ? *loaded : Pack();
    }();
    return pack;
}

Profile anyFirm()
{
    Profile p;
    p.name = u"x"_s;
    p.employees = 8;
    return p;
}

// Answers for q01…q25 from a pattern string: Y yes, P partial, N no, U unknown, '.' unanswered.
AnswerSet fromPattern(const QString& pattern)
{
    AnswerSet set;
    set.packId = u"ipa-self-check"_s;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString id = u"q%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'));
        switch (pattern[i].unicode()) {
        case u'Y':
            set.choices.insert(id, u"yes"_s);
            break;
        case u'P':
            set.choices.insert(id, u"partial"_s);
            break;
        case u'N':
            set.choices.insert(id, u"no"_s);
            break;
        case u'U':
            set.choices.insert(id, u"unknown"_s);
            break;
        default:
            break;
        }
    }
    return set;
}

} // namespace

// IPA's self-check scores 4 / 2 / 0 / −1 per item and sorts the total into four bands (DOMAIN.md §2).
// Mamori's `overall.points` must be IPA's own total, and the level IPA's band.
class TestIpaPack : public QObject
{
    Q_OBJECT

private slots:
    void hasTheOfficialStructure();
    void totalsAndBands_data();
    void totalsAndBands();
    void samplesScoreAsComputedByHand_data();
    void samplesScoreAsComputedByHand();
};

void TestIpaPack::hasTheOfficialStructure()
{
    const Pack& pack = ipaPack();
    QCOMPARE(pack.id, u"ipa-self-check"_s);
    QCOMPARE(pack.questions.size(), std::size_t(25));
    QStringList scale;
    for (const ScaleChoice& c : pack.scale) {
        scale.append(u"%1=%2"_s.arg(c.id).arg(c.points));
    }
    QCOMPARE(scale, (QStringList{u"yes=4"_s, u"partial=2"_s, u"no=0"_s, u"unknown=-1"_s}));
    QVERIFY(pack.scale[3].flag);
    QCOMPARE(pack.categories.size(), std::size_t(3));
    // Part 1: No.1–5, Part 2: No.6–18, Part 3: No.19–25, in the official order.
    for (std::size_t i = 0; i < 25; ++i) {
        const Question& q = pack.questions[i];
        QCOMPARE(q.id, u"q%1"_s.arg(i + 1, 2, 10, QLatin1Char('0')));
        const int part = i < 5 ? 0 : (i < 18 ? 1 : 2);
        QCOMPARE(q.category, part);
        QCOMPARE(q.weight, 1.0);
        QVERIFY(!q.appliesIf);
        QVERIFY2(q.refs.contains(u"ipa-self-check-3.1:%1"_s.arg(i + 1, 2, 10, QLatin1Char('0'))), qPrintable(q.id));
        QVERIFY(!q.recommendation.capabilities.isEmpty());
    }
    QStringList levels;
    for (const Level& l : pack.levels) {
        levels.append(u"%1@%2"_s.arg(l.id).arg(l.min));
    }
    QCOMPARE(levels, (QStringList{u"urgent@0"_s, u"insufficient@50"_s, u"partial@70"_s, u"entry@100"_s}));
}

void TestIpaPack::totalsAndBands_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("unknown");
    // Totals worked out by hand with IPA's rule: 4 × yes + 2 × partial − 1 × don't know.
    QTest::newRow("all yes: 100") << QString(25, u'Y') << 100.0 << 100.0 << u"entry"_s << 0;
    QTest::newRow("one partial: 98") << QString(24, u'Y') + u"P"_s << 98.0 << 98.0 << u"partial"_s << 0;
    QTest::newRow("20 yes 5 no: 80") << QString(20, u'Y') + QString(5, u'N') << 80.0 << 80.0 << u"partial"_s << 0;
    QTest::newRow("boundary 70") << QString(17, u'Y') + u"P"_s + QString(7, u'N') << 70.0 << 70.0 << u"partial"_s << 0;
    QTest::newRow("boundary 69") << QString(18, u'Y') + u"UUU"_s + u"NNNN"_s << 69.0 << 69.0 << u"insufficient"_s << 3;
    QTest::newRow("boundary 50") << QString(12, u'Y') + u"P"_s + QString(12, u'N') << 50.0 << 50.0 << u"insufficient"_s
                                 << 0;
    QTest::newRow("boundary 49") << QString(12, u'Y') + u"PU"_s + QString(11, u'N') << 49.0 << 49.0 << u"urgent"_s << 1;
    QTest::newRow("all partial: 50") << QString(25, u'P') << 50.0 << 50.0 << u"insufficient"_s << 0;
    QTest::newRow("all no: 0") << QString(25, u'N') << 0.0 << 0.0 << u"urgent"_s << 0;
    QTest::newRow("all unknown: -25") << QString(25, u'U') << -25.0 << 0.0 << u"urgent"_s << 25;
    QTest::newRow("mixed") << u"YYPNUYYPPNNYYYYPUNNYYPPNY"_s << 54.0 << 54.0 << u"insufficient"_s << 2;
}

void TestIpaPack::totalsAndBands()
{
    QFETCH(QString, pattern);
    QFETCH(double, points);
    QFETCH(double, score);
    QFETCH(QString, level);
    QFETCH(int, unknown);
    QCOMPARE(pattern.size(), 25);
    const ScoreResult r = Scorer(ipaPack(), anyFirm()).score(fromPattern(pattern));
    QCOMPARE(r.points, points);
    QCOMPARE(r.maxPoints, 100.0);
    QCOMPARE(r.score, score);
    QVERIFY(r.level);
    QCOMPARE(r.level->id, level);
    QCOMPARE(r.unknown, unknown);
    QCOMPARE(r.answered, 25);
    QCOMPARE(r.applicable, 25);
}

void TestIpaPack::samplesScoreAsComputedByHand_data()
{
    QTest::addColumn<QString>("firm");
    QTest::addColumn<double>("points");
    QTest::addColumn<QString>("level");
    QTest::newRow("micro-retail") << u"micro-retail"_s << 25.0 << u"urgent"_s;
    QTest::newRow("small-manufacturer") << u"small-manufacturer"_s << 66.0 << u"insufficient"_s;
    QTest::newRow("medium-it-services") << u"medium-it-services"_s << 92.0 << u"partial"_s;
}

void TestIpaPack::samplesScoreAsComputedByHand()
{
    QFETCH(QString, firm);
    QFETCH(double, points);
    QFETCH(QString, level);
    const QString dir = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");
    const auto profile = loadProfile(dir + firm + u".profile.json"_s);
    QVERIFY(profile);
    const auto answers = loadAnswers(dir + firm + u".ipa-self-check.answers.json"_s, &ipaPack());
    QVERIFY(answers);
    const ScoreResult r = Scorer(ipaPack(), *profile).score(*answers);
    QCOMPARE(r.points, points);
    QCOMPARE(r.level->id, level);
}

QTEST_GUILESS_MAIN(TestIpaPack)
#include "tst_ipapack.moc"
