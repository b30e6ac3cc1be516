#include "core/answers.h"
#include "core/packloader.h"
#include "core/profile.h"
#include "core/resultjson.h"
#include "core/scorer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QString CasesDir = QStringLiteral(MAMORI_TEST_DATA_DIR "/scoring");

// Every key in `expected` must be in `actual` with the same value; arrays must match element by
// element. Returns the first difference, or an empty string.
QString subsetDifference(const QJsonValue& expected, const QJsonValue& actual, const QString& at)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            return at + u": expected an object"_s;
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                return at + u'.' + it.key() + u": missing"_s;
            }
            const QString d = subsetDifference(it.value(), a.value(it.key()), at + u'.' + it.key());
            if (!d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size()) {
            return at + u": expected %1 items, got %2"_s.arg(e.size()).arg(actual.isArray() ? a.size() : -1);
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString d = subsetDifference(e[i], a[i], at + u'[' + QString::number(i) + u']');
            if (!d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (expected != actual) {
        return at + u": expected "_s +
               QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)) + u", got "_s +
               QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact));
    }
    return {};
}

struct Loaded
{
    Pack pack;
    Profile profile;
    AnswerSet answers;
};

Result<Loaded> loadCase(const QString& dir)
{
    auto pack = PackLoader().loadFile(dir + u"/pack.json"_s);
    if (!pack) {
        return failure(pack.error());
    }
    auto profile = loadProfile(dir + u"/profile.json"_s);
    if (!profile) {
        return failure(profile.error());
    }
    auto answers = loadAnswers(dir + u"/answers.json"_s, &*pack);
    if (!answers) {
        return failure(answers.error());
    }
    return Loaded{std::move(*pack), std::move(*profile), std::move(*answers)};
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT

private slots:
    void goldenCases_data();
    void goldenCases();
    void isDeterministic_data() { goldenCases_data(); }
    void isDeterministic();
    void followUpsOpenWithTheirAnswer();
};

void TestScoring::goldenCases_data()
{
    QTest::addColumn<QString>("dir");
    const QStringList cases = QDir(CasesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 8);
    for (const QString& c : cases) {
        QTest::newRow(qPrintable(c)) << QDir(CasesDir).filePath(c);
    }
}

void TestScoring::goldenCases()
{
    QFETCH(QString, dir);
    const auto loaded = loadCase(dir);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    const ScoreResult result = Scorer(loaded->pack, loaded->profile).score(loaded->answers);
    const QJsonObject actual = resultToJson(loaded->pack, loaded->profile, result);

    QFile file(dir + u"/expected.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!expected.isEmpty());
    const QString difference = subsetDifference(expected, actual, u"$"_s);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestScoring::isDeterministic()
{
    QFETCH(QString, dir);
    const auto first = loadCase(dir);
    const auto second = loadCase(dir);
    QVERIFY(first && second);
    const QByteArray a =
        resultToJsonBytes(first->pack, first->profile, Scorer(first->pack, first->profile).score(first->answers));
    const QByteArray b =
        resultToJsonBytes(second->pack, second->profile, Scorer(second->pack, second->profile).score(second->answers));
    QCOMPARE(a, b);
}

void TestScoring::followUpsOpenWithTheirAnswer()
{
    const auto loaded = loadCase(CasesDir + u"/all-yes"_s);
    QVERIFY(loaded);
    const Scorer scorer(loaded->pack, loaded->profile);
    AnswerSet answers;
    QCOMPARE(scorer.questionsToAsk(answers), (std::vector<int>{0, 1, 2, 3}));
    answers.choices.insert(u"q4"_s, u"partial"_s);
    QCOMPARE(scorer.questionsToAsk(answers).size(), std::size_t(4));
    answers.choices.insert(u"q4"_s, u"yes"_s);
    QCOMPARE(scorer.questionsToAsk(answers), (std::vector<int>{0, 1, 2, 3, 4}));
    QCOMPARE(scorer.applicableByProfile().size(), std::size_t(5));
}

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
