// Versions of a pack: `replaces` and `removed` in the format, the diff between two versions, and
// migrating an assessment so that every earlier answer is carried over or listed.
#include "core/answers.h"
#include "core/packloader.h"
#include "core/packmigration.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "core/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

QJsonObject bundledJson()
{
    QFile f(PackRepository::bundledFolder() + u"/ipa-self-check.json"_s);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

QJsonObject text(const QString& ja, const QString& en)
{
    return QJsonObject{{u"ja"_s, ja}, {u"en"_s, en}};
}

int indexOf(const QJsonArray& questions, const QString& id)
{
    for (qsizetype i = 0; i < questions.size(); ++i) {
        if (questions[i][u"id"_s].toString() == id) {
            return int(i);
        }
    }
    return -1;
}

// Version 3.2.0 of the IPA pack: q02 becomes q26, q05 is removed on purpose, q07 disappears without a
// word, q03 is reworded, q27 is new and "partly" is worth 3 points instead of 2.
QJsonObject nextVersion()
{
    QJsonObject o = bundledJson();
    o[u"version"_s] = u"3.2.0"_s;
    QJsonArray questions = o[u"questions"_s].toArray();
    QJsonObject q26 = questions[indexOf(questions, u"q02"_s)].toObject();
    q26[u"id"_s] = u"q26"_s;
    q26[u"replaces"_s] = QJsonArray{u"q02"_s};
    QJsonObject q27 = questions[indexOf(questions, u"q01"_s)].toObject();
    q27[u"id"_s] = u"q27"_s;
    q27[u"text"_s] = text(u"新しい質問です。"_s, u"A new question."_s);
    QJsonObject q03 = questions[indexOf(questions, u"q03"_s)].toObject();
    q03[u"text"_s] = text(u"言い換えた質問です。"_s, u"A reworded question."_s);
    questions[indexOf(questions, u"q03"_s)] = q03;
    questions.removeAt(indexOf(questions, u"q02"_s));
    questions.removeAt(indexOf(questions, u"q05"_s));
    questions.removeAt(indexOf(questions, u"q07"_s));
    questions.append(q26);
    questions.append(q27);
    o[u"questions"_s] = questions;
    o[u"removed"_s] = QJsonArray{
        QJsonObject{{u"id"_s, u"q05"_s}, {u"note"_s, text(u"q01に統合しました。"_s, u"Merged into q01."_s)}}};
    QJsonArray scale = o[u"scale"_s].toArray();
    QJsonObject partial = scale[1].toObject();
    partial[u"points"_s] = 3;
    scale[1] = partial;
    o[u"scale"_s] = scale;
    return o;
}

Pack load(const QJsonObject& o)
{
    auto pack = PackLoader().loadData(QJsonDocument(o).toJson(), u"v.json"_s);
    if (!pack) {
        qWarning() << pack.error().first().toString();
        return {};
    }
    return *pack;
}

} // namespace

class TestPackMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatIsValidated_data();
    void formatIsValidated();
    void diffListsEveryKindOfChange();
    void identicalVersionsHaveNoDiff();
    void migrationCarriesOrListsEveryAnswer_data();
    void migrationCarriesOrListsEveryAnswer();
    void choiceThatIsGoneNeedsAFreshAnswer();
    void migrateStoredAssessment();

private:
    Pack m_old;
    Pack m_new;
    Profile m_profile;
    AnswerSet m_answers;
};

void TestPackMigration::initTestCase()
{
    m_old = load(bundledJson());
    m_new = load(nextVersion());
    QCOMPARE(m_new.version, u"3.2.0"_s);
    QCOMPARE(m_new.questions.back().id, u"q27"_s);
    QCOMPARE(m_new.questions[std::size_t(m_new.questionIndex(u"q26"))].replaces, QStringList{u"q02"_s});
    QCOMPARE(m_new.removed.size(), std::size_t(1));
    QCOMPARE(m_new.removed.front().note.en, u"Merged into q01."_s);
    auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    QVERIFY(profile);
    m_profile = *profile;
    auto answers = loadAnswers(Samples + u"small-manufacturer.ipa-self-check.answers.json"_s, &m_old);
    QVERIFY(answers);
    m_answers = *answers;
    m_answers.notes.insert(u"q02"_s, u"毎月第1月曜に確認"_s);
}

void TestPackMigration::formatIsValidated_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("replaces a question still present")
        << u"q26 replaces q01"_s << u"$.questions[22].replaces[0]"_s << u"still a question of this version"_s;
    QTest::newRow("replaces an invalid id")
        << u"q26 replaces Bad Id"_s << u"$.questions[22].replaces[0]"_s << u"is not a valid id"_s;
    QTest::newRow("removed still present")
        << u"removed q01"_s << u"$.removed[1].id"_s << u"still a question of this version"_s;
    QTest::newRow("removed and replaced") << u"removed q02"_s << u"$.removed[1].id"_s << u"replaced by \"q26\""_s;
    QTest::newRow("removed twice") << u"removed q05"_s << u"$.removed[1].id"_s << u"listed twice"_s;
    QTest::newRow("removed unknown key") << u"removed key"_s << u"$.removed[1].why"_s << u"why"_s;
}

void TestPackMigration::formatIsValidated()
{
    QFETCH(QString, edit);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QJsonObject o = nextVersion();
    QJsonArray questions = o[u"questions"_s].toArray();
    QJsonArray removed = o[u"removed"_s].toArray();
    if (edit.startsWith(u"q26 replaces "_s)) {
        QJsonObject q26 = questions[22].toObject();
        QCOMPARE(q26[u"id"_s].toString(), u"q26"_s);
        q26[u"replaces"_s] = QJsonArray{edit.mid(13)};
        questions[22] = q26;
    } else if (edit == u"removed key"_s) {
        removed.append(QJsonObject{{u"id"_s, u"q99"_s}, {u"why"_s, u"x"_s}});
    } else {
        removed.append(QJsonObject{{u"id"_s, edit.mid(8)}});
    }
    o[u"questions"_s] = questions;
    o[u"removed"_s] = removed;
    const auto pack = PackLoader().loadData(QJsonDocument(o).toJson(), u"v.json"_s);
    QVERIFY(!pack);
    const auto hit =
        std::find_if(pack.error().begin(), pack.error().end(), [&](const Diagnostic& d) { return d.path == path; });
    QVERIFY2(hit != pack.error().end(), qPrintable(pack.error().first().toString()));
    QVERIFY2(hit->message.contains(message), qPrintable(hit->message));
    QVERIFY(hit->line > 1);
}

void TestPackMigration::diffListsEveryKindOfChange()
{
    const PackDiff d = diffPacks(m_old, m_new);
    QCOMPARE(d.added, QStringList{u"q27"_s});
    QCOMPARE(d.replaced.size(), std::size_t(1));
    QCOMPARE(d.replaced.front().oldId, u"q02"_s);
    QCOMPARE(d.replaced.front().newId, u"q26"_s);
    QCOMPARE(d.removed, QStringList{u"q05"_s});
    QCOMPARE(d.undeclared, QStringList{u"q07"_s});
    QCOMPARE(d.changed.size(), std::size_t(1));
    QCOMPARE(d.changed.front().id, u"q03"_s);
    QCOMPARE(d.changed.front().field, u"text"_s);
    QVERIFY(d.changed.front().to.contains(u"A reworded question."_s));
    QCOMPARE(d.scoring.size(), std::size_t(1));
    QCOMPARE(d.scoring.front().id, u"partial"_s);
    QCOMPARE(d.scoring.front().from, u"2"_s);
    QCOMPARE(d.scoring.front().to, u"3"_s);
    QVERIFY(d.categoriesAdded.isEmpty() && d.categoriesRemoved.isEmpty() && d.categoriesChanged.empty());
    // The other way round, the replacement is not declared: q26 and q27 are gone, q02, q05 and q07 new.
    const PackDiff back = diffPacks(m_new, m_old);
    QCOMPARE(back.undeclared, (QStringList{u"q26"_s, u"q27"_s}));
    QCOMPARE(back.added, (QStringList{u"q02"_s, u"q05"_s, u"q07"_s}));
}

void TestPackMigration::identicalVersionsHaveNoDiff()
{
    QVERIFY(diffPacks(m_old, m_old).empty());
}

void TestPackMigration::migrationCarriesOrListsEveryAnswer_data()
{
    QTest::addColumn<QString>("firm");
    for (const char* firm : {"micro-retail", "small-manufacturer", "medium-it-services"}) {
        QTest::newRow(firm) << QString::fromLatin1(firm);
    }
}

void TestPackMigration::migrationCarriesOrListsEveryAnswer()
{
    QFETCH(QString, firm);
    const auto profile = loadProfile(Samples + firm + u".profile.json"_s);
    QVERIFY(profile);
    auto answers = loadAnswers(Samples + firm + u".ipa-self-check.answers.json"_s, &m_old);
    QVERIFY(answers);
    answers->notes.insert(u"q02"_s, u"毎月第1月曜に確認"_s);
    const Migration m = planMigration(m_old, *answers, m_new, *profile);
    // Never dropped silently: each earlier answer is carried or listed as left behind, exactly once.
    QStringList accounted;
    for (const auto& c : m.carried) {
        accounted.append(c.from);
        QCOMPARE(m.answers.choices.value(c.question), c.choice);
    }
    for (const auto& l : m.left) {
        accounted.append(l.question);
        QCOMPARE(l.choice, answers->choices.value(l.question));
    }
    QStringList given = answers->choices.keys();
    given.sort();
    accounted.sort();
    QCOMPARE(accounted, given);
    QCOMPARE(m.answers.packVersion, u"3.2.0"_s);
    // The replacement takes the answer and its note; the reworded question is flagged for review.
    const auto q26 =
        std::find_if(m.carried.begin(), m.carried.end(), [](const auto& c) { return c.question == u"q26"_s; });
    QVERIFY(q26 != m.carried.end());
    QCOMPARE(q26->from, u"q02"_s);
    QCOMPARE(m.answers.notes.value(u"q26"_s), u"毎月第1月曜に確認"_s);
    const auto q03 =
        std::find_if(m.carried.begin(), m.carried.end(), [](const auto& c) { return c.question == u"q03"_s; });
    QVERIFY(q03 != m.carried.end() && q03->reworded);
    QVERIFY(std::none_of(m.carried.begin(), m.carried.end(),
                         [](const auto& c) { return c.question == u"q01"_s && c.reworded; }));
    // What was removed is listed with the pack's reason, or as undeclared.
    const auto q05 = std::find_if(m.left.begin(), m.left.end(), [](const auto& l) { return l.question == u"q05"_s; });
    QVERIFY(q05 != m.left.end());
    QVERIFY(q05->declared);
    QCOMPARE(q05->why.en, u"Merged into q01."_s);
    const auto q07 = std::find_if(m.left.begin(), m.left.end(), [](const auto& l) { return l.question == u"q07"_s; });
    QVERIFY(q07 != m.left.end());
    QVERIFY(!q07->declared);
    // The new question needs an answer, and nothing else does.
    QCOMPARE(m.fresh.size(), std::size_t(1));
    QCOMPARE(m.fresh.front().question, u"q27"_s);
    QCOMPARE(m.fresh.front().reason, Migration::Reason::New);
}

void TestPackMigration::choiceThatIsGoneNeedsAFreshAnswer()
{
    QJsonObject o = nextVersion();
    o[u"version"_s] = u"3.3.0"_s;
    QJsonArray scale = o[u"scale"_s].toArray();
    QCOMPARE(scale[3][u"id"_s].toString(), u"unknown"_s);
    scale.removeAt(3);
    o[u"scale"_s] = scale;
    const Pack newer = load(o);
    QCOMPARE(newer.version, u"3.3.0"_s);
    AnswerSet answers = m_answers;
    answers.choices.insert(u"q04"_s, u"unknown"_s);
    answers.choices.remove(u"q06"_s);
    const Migration m = planMigration(m_old, answers, newer, m_profile);
    const auto gone =
        std::find_if(m.fresh.begin(), m.fresh.end(), [](const auto& f) { return f.question == u"q04"_s; });
    QVERIFY(gone != m.fresh.end());
    QCOMPARE(gone->reason, Migration::Reason::ChoiceGone);
    QCOMPARE(gone->earlierChoice, u"unknown"_s);
    QVERIFY(!m.answers.choices.contains(u"q04"_s));
    const auto unanswered =
        std::find_if(m.fresh.begin(), m.fresh.end(), [](const auto& f) { return f.question == u"q06"_s; });
    QVERIFY(unanswered != m.fresh.end());
    QCOMPARE(unanswered->reason, Migration::Reason::Unanswered);
}

void TestPackMigration::migrateStoredAssessment()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(u"m.sqlite"_s));
    QVERIFY(store);
    const auto firm = (*store)->addFirm(m_profile);
    QVERIFY(firm);
    const auto old = (*store)->startAssessment(*firm, m_old.id, m_old.version, m_answers);
    QVERIFY(old);
    const auto migrated = migrateAssessment(**store, *old, m_old, m_new);
    QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().first().message));
    QVERIFY(migrated->assessmentId != *old);
    const auto fresh = (*store)->assessment(migrated->assessmentId);
    QVERIFY(fresh);
    QCOMPARE(fresh->packVersion, u"3.2.0"_s);
    QCOMPARE(fresh->status, AssessmentStatus::InProgress);
    QCOMPARE(fresh->answers.choices, migrated->migration.answers.choices);
    QCOMPARE(fresh->answers.notes.value(u"q26"_s), u"毎月第1月曜に確認"_s);
    // The earlier assessment keeps every answer, those not carried included.
    const auto kept = (*store)->assessment(*old);
    QVERIFY(kept);
    QCOMPARE(kept->packVersion, u"3.1.0"_s);
    QCOMPARE(kept->answers.choices, m_answers.choices);
    QCOMPARE((*store)->assessments(*firm)->size(), std::size_t(2));
    // Wrong inputs are refused and write nothing.
    QVERIFY(!migrateAssessment(**store, *old, m_new, m_new));
    QVERIFY(!migrateAssessment(**store, *old, m_old, m_old));
    QVERIFY(!migrateAssessment(**store, 999, m_old, m_new));
    QCOMPARE((*store)->assessments(*firm)->size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestPackMigration)
#include "tst_packmigration.moc"
