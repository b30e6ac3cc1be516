// Export and import of firms and assessments: round trips, never twice, all or nothing, and precise
// errors for bad documents.

#include "core/packrepository.h"
#include "core/store.h"
#include "core/transfer.h"
#include "tests/jsonschemacheck.h"
#include "tests/testprofile.h"
#include "tests/teststores.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mamori;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mamori::ErrorCode)

namespace {

// SQLite in memory, or a new database on the test cluster (tst_transfer_pg).
std::unique_ptr<Store> memoryStore()
{
    return test::openTestStore();
}

struct Counts
{
    int firms = 0;
    int assessments = 0;
    int answers = 0;
    int profiles = 0;
    bool operator==(const Counts&) const = default;
};

Counts counts(const Store& s)
{
    Counts c;
    const auto firms = s.firms(); // kept: a range-for over *s.firms() would read a destroyed temporary
    for (const FirmSummary& f : *firms) {
        ++c.firms;
        c.assessments += f.assessments;
        const auto firm = s.firm(f.id);
        if (!firm) {
            qWarning() << firm.error().first().toString();
            return {};
        }
        c.profiles += firm->profileVersions;
    }
    (void)s.forEachAssessment([&](const AssessmentRecord& r) {
        c.answers += int(r.answers.choices.size());
        return true;
    });
    return c;
}

} // namespace

namespace QTest {
template <>
char* toString(const Counts& c)
{
    return qstrdup(qPrintable(u"firms %1, profiles %2, assessments %3, answers %4"_s.arg(c.firms)
                                  .arg(c.profiles)
                                  .arg(c.assessments)
                                  .arg(c.answers)));
}
} // namespace QTest

class TestTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firmRoundTrip();
    void assessmentRoundTrip();
    void importingTwiceAddsNothing();
    void unknownOriginImports_data();
    void unknownOriginImports();
    void laterChangesWinEitherWay();
    void clocksDoNotDecide_data();
    void clocksDoNotDecide();
    void notesWithoutAnswersStayLocal();
    void importIsAllOrNothing();
    void badDocuments_data();
    void badDocuments();
    void exportMatchesTheSchema();

private:
    // A source store with one firm: two profile versions, a finished assessment with notes and one in
    // progress; returns its export.
    QByteArray sourceDocument(bool wholeFirm = true);
    // The consultant's firm imported on two PCs, the client's and the consultant's, with the id of the
    // open assessment on each.
    struct TwoPcs
    {
        std::unique_ptr<Store> client;
        std::unique_ptr<Store> consultant;
        qint64 clientFirm = 0;
        qint64 clientOpen = 0;
        qint64 consultantOpen = 0;
    };
    std::optional<TwoPcs> sentToTwoPcs();

    PackRepository m_packs;
    std::unique_ptr<Store> m_source;
    qint64 m_firm = 0;
    qint64 m_finished = 0;
    qint64 m_open = 0;
};

void TestTransfer::initTestCase()
{
    m_source = memoryStore();
    QVERIFY(m_source);
    Store& s = *m_source;
    m_firm = *s.addFirm(firmProfile(u"あおば精機"_s, 35));
    m_finished = *s.startAssessment(m_firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(m_finished, u"q01"_s, u"yes"_s));
    QVERIFY(s.saveAnswer(m_finished, u"q02"_s, u"partial"_s, u"事務所のPCのみ。\n工場は未対応"_s));
    QVERIFY(s.saveAnswer(m_finished, u"q03"_s, u"unknown"_s));
    QVERIFY(s.finishAssessment(m_finished));
    QTest::qWait(2);
    QVERIFY(s.updateProfile(m_firm, firmProfile(u"あおば精機株式会社"_s, 48)));
    m_open = *s.startAssessment(m_firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(m_open, u"q01"_s, u"yes"_s));
}

QByteArray TestTransfer::sourceDocument(bool wholeFirm)
{
    const auto d = wholeFirm ? m_source->exportFirm(m_firm) : m_source->exportAssessment(m_finished);
    return d ? transferToJson(*d) : QByteArray();
}

void TestTransfer::firmRoundTrip()
{
    const QByteArray json = sourceDocument();
    const auto parsed = parseTransfer(json, u"firm.json"_s, m_packs);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().first().toString()));
    QCOMPARE(parsed->scope, TransferDocument::Scope::Firm);
    QCOMPARE(parsed->profiles.size(), std::size_t(2));
    QCOMPARE(parsed->assessments.size(), std::size_t(2));

    auto target = memoryStore();
    QVERIFY(target->addFirm(firmProfile(u"先にいた会社"_s, 3))); // ids differ between the two PCs
    const auto report = target->importDocument(*parsed);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().first().toString()));
    QVERIFY(report->firmAdded);
    QCOMPARE(report->profilesAdded, 2);
    QCOMPARE(report->assessmentsAdded, 2);
    QCOMPARE(report->assessmentIds.size(), std::size_t(2));

    const auto original = m_source->firm(m_firm);
    const auto copy = target->firm(report->firmId);
    QVERIFY(copy);
    QCOMPARE(copy->uid, original->uid);
    QCOMPARE(copy->profile.name, u"あおば精機株式会社"_s);
    QCOMPARE(copy->profile.employees, 48);
    QCOMPARE(copy->profileVersions, 2);
    QCOMPARE(copy->createdAt, original->createdAt);
    QCOMPARE(target->firms()->at(0).name, u"あおば精機株式会社"_s);

    const auto a = m_source->assessment(m_finished);
    const auto b = target->assessment(report->assessmentIds[0]);
    QVERIFY(b);
    QCOMPARE(b->uid, a->uid);
    QCOMPARE(b->status, AssessmentStatus::Finished);
    QCOMPARE(b->startedAt, a->startedAt);
    QCOMPARE(b->updatedAt, a->updatedAt);
    QCOMPARE(b->finishedAt, a->finishedAt);
    QCOMPARE(b->answers.choices, a->answers.choices);
    QCOMPARE(b->answers.notes, a->answers.notes);
    QCOMPARE(b->profile.employees, 35); // still the profile version it was made with
    const auto open = target->assessment(report->assessmentIds[1]);
    QCOMPARE(open->status, AssessmentStatus::InProgress);
    QCOMPARE(open->profile.employees, 48);

    // And back again: the same document, byte for byte, but for the moment of export.
    const auto again = target->exportFirm(report->firmId);
    QVERIFY(again);
    auto expected = *parsed;
    expected.exportedAt = again->exportedAt;
    // … and but for what this copy adds to what it has seen: its own revision, beside the source's.
    for (std::size_t i = 0; i < expected.assessments.size(); ++i) {
        auto& seen = expected.assessments[i].seen;
        const auto& seenThere = again->assessments[i].seen;
        QCOMPARE(seenThere.size(), seen.size() + 1);
        for (const auto& [store, revision] : seen) {
            QCOMPARE(seenThere.at(store), revision);
        }
        seen = seenThere;
    }
    QCOMPARE(transferToJson(*again), transferToJson(expected));
}

void TestTransfer::assessmentRoundTrip()
{
    const auto parsed = parseTransfer(sourceDocument(false), u"one.json"_s, m_packs);
    QVERIFY(parsed);
    QCOMPARE(parsed->scope, TransferDocument::Scope::Assessment);
    QCOMPARE(parsed->profiles.size(), std::size_t(1)); // only the profile version it was made with
    QCOMPARE(parsed->profiles[0].profile.employees, 35);
    QCOMPARE(parsed->assessments.size(), std::size_t(1));
    auto target = memoryStore();
    const auto report = target->importDocument(*parsed);
    QVERIFY(report);
    QCOMPARE(report->assessmentsAdded, 1);
    QCOMPARE(target->firm(report->firmId)->profileVersions, 1);
    QCOMPARE(target->assessment(report->assessmentIds[0])->answers.choices.size(), 3);

    // The rest of the firm arrives later: the firm and the assessment are recognised, the rest added.
    const auto whole = parseTransfer(sourceDocument(), u"firm.json"_s, m_packs);
    const auto second = target->importDocument(*whole);
    QVERIFY(second);
    QVERIFY(!second->firmAdded);
    QCOMPARE(second->firmId, report->firmId);
    QCOMPARE(second->profilesAdded, 1);
    QCOMPARE(second->assessmentsUnchanged, 1);
    QCOMPARE(second->assessmentsAdded, 1);
    QCOMPARE(counts(*target), (Counts{1, 2, 4, 2}));
}

void TestTransfer::unknownOriginImports_data()
{
    QTest::addColumn<bool>("fromJson");
    QTest::newRow("version 1 document") << true;
    QTest::newRow("document made in memory") << false; // as the screenshot tour and tests build one
}

// Answers whose origin is unknown (a version 1 export, or a document built in code) are taken as
// given here; they once failed the NOT NULL on answers.origin and the whole import was refused.
void TestTransfer::unknownOriginImports()
{
    QFETCH(bool, fromJson);
    auto parsed = parseTransfer(sourceDocument(), u"firm.json"_s, m_packs);
    QVERIFY(parsed);
    for (auto& a : parsed->assessments) {
        a.seen.clear();
        for (auto& answer : a.answers) {
            answer.originStore = QString(); // null, not merely empty
            answer.originRevision = 0;
        }
    }
    if (fromJson) {
        // Without origins and seen revisions, the export is a version 1 document but for its number.
        QJsonObject root = QJsonDocument::fromJson(transferToJson(*parsed)).object();
        QVERIFY(!QJsonDocument(root).toJson().contains("\"origin\""));
        root[u"version"_s] = 1;
        parsed = parseTransfer(QJsonDocument(root).toJson(), u"v1.json"_s, m_packs);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().first().toString()));
    }
    auto target = memoryStore();
    const auto report = target->importDocument(*parsed);
    QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
    QCOMPARE(report->assessmentsAdded, 2);
    QCOMPARE(counts(*target), (Counts{1, 2, 4, 2}));
}

void TestTransfer::importingTwiceAddsNothing()
{
    const auto parsed = parseTransfer(sourceDocument(), u"firm.json"_s, m_packs);
    auto target = memoryStore();
    QVERIFY(target->importDocument(*parsed));
    const Counts once = counts(*target);
    const auto again = target->importDocument(*parsed);
    QVERIFY(again);
    QVERIFY(!again->firmAdded);
    QCOMPARE(again->profilesAdded, 0);
    QCOMPARE(again->assessmentsAdded, 0);
    QCOMPARE(again->assessmentsUpdated, 0);
    QCOMPARE(again->assessmentsUnchanged, 2);
    QCOMPARE(counts(*target), once);
    QCOMPARE(once, (Counts{1, 2, 4, 2}));

    // Back into the store it came from: it is all already there.
    const auto home = m_source->importDocument(*parsed);
    QVERIFY(home);
    QCOMPARE(home->firmId, m_firm);
    QCOMPARE(home->assessmentsUnchanged, 2);
    QCOMPARE(counts(*m_source), (Counts{1, 2, 4, 2}));
}

std::optional<TestTransfer::TwoPcs> TestTransfer::sentToTwoPcs()
{
    const auto sent = parseTransfer(sourceDocument(), u"firm.json"_s, m_packs);
    TwoPcs pcs{memoryStore(), memoryStore()};
    if (!sent || !pcs.client || !pcs.consultant) {
        return std::nullopt;
    }
    const auto atClient = pcs.client->importDocument(*sent);
    const auto atConsultant = pcs.consultant->importDocument(*sent);
    if (!atClient || !atConsultant) {
        return std::nullopt;
    }
    pcs.clientFirm = atClient->firmId;
    pcs.clientOpen = atClient->assessmentIds[1];
    pcs.consultantOpen = atConsultant->assessmentIds[1];
    return pcs;
}

void TestTransfer::clocksDoNotDecide_data()
{
    QTest::addColumn<int>("skewHours");    // the client's clock against the consultant's
    QTest::addColumn<QString>("changed");  // who changed q01 after the firm was sent: client, consultant, both
    QTest::addColumn<bool>("theirs");      // import with preferTheirs
    QTest::addColumn<QString>("expected"); // q01 at the consultant's after the import
    QTest::addColumn<int>("conflicts");
    for (const int skew : {9, -9}) {
        const QByteArray clock = skew > 0 ? "client 9 h fast" : "client 9 h slow";
        QTest::addRow("%s, client only", clock.constData()) << skew << u"client"_s << false << u"partial"_s << 0;
        QTest::addRow("%s, consultant only", clock.constData()) << skew << u"consultant"_s << false << u"no"_s << 0;
        QTest::addRow("%s, both, keep mine", clock.constData()) << skew << u"both"_s << false << u"no"_s << 1;
        QTest::addRow("%s, both, take theirs", clock.constData()) << skew << u"both"_s << true << u"partial"_s << 1;
    }
}

void TestTransfer::clocksDoNotDecide()
{
    // A PC whose clock is hours off (JST written as UTC) must neither win nor lose by it: what each side
    // changed since the firm was sent decides, and a change on both sides is a conflict shown to the user.
    QFETCH(int, skewHours);
    QFETCH(QString, changed);
    QFETCH(bool, theirs);
    QFETCH(QString, expected);
    QFETCH(int, conflicts);
    auto pcs = sentToTwoPcs();
    QVERIFY(pcs);
    auto& [client, consultant, clientFirm, clientOpen, consultantOpen] = *pcs;
    QCOMPARE(consultant->assessment(consultantOpen)->answers.choices.value(u"q01"_s), u"yes"_s);
    QVERIFY(client->saveAnswer(clientOpen, u"q02"_s, u"no"_s)); // always: something to take either way
    if (changed != u"consultant"_s) {
        QVERIFY(client->saveAnswer(clientOpen, u"q01"_s, u"partial"_s, u"客先で確認"_s));
    }
    if (changed != u"client"_s) {
        QVERIFY(consultant->saveAnswer(consultantOpen, u"q01"_s, u"no"_s, u"社内で確認"_s));
    }
    auto back = client->exportFirm(clientFirm);
    QVERIFY(back);
    // The client's clock wrote its own answers' times.
    for (auto& a : back->assessments) {
        for (auto& answer : a.answers) {
            if (answer.question == u"q02"_s || (answer.question == u"q01"_s && changed != u"consultant"_s)) {
                answer.answeredAt = answer.answeredAt.addSecs(qint64(skewHours) * 3600);
            }
        }
    }
    const auto document = parseTransfer(transferToJson(*back), u"back.json"_s, m_packs);
    QVERIFY(document);
    const auto merged = consultant->importDocument(*document, theirs);
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().first().toString()));
    QCOMPARE(int(merged->conflicts.size()), conflicts);
    const auto result = consultant->assessment(consultantOpen);
    QCOMPARE(result->answers.choices.value(u"q01"_s), expected);
    QCOMPARE(result->answers.notes.value(u"q01"_s),
             expected == u"partial"_s ? u"客先で確認"_s : (expected == u"no"_s ? u"社内で確認"_s : QString()));
    QCOMPARE(result->answers.choices.value(u"q02"_s), u"no"_s); // the client's, taken in every case
    if (conflicts > 0) {
        const ImportConflict& c = merged->conflicts.front();
        QCOMPARE(c.assessmentId, consultantOpen);
        QCOMPARE(c.question, u"q01"_s);
        QCOMPARE(c.localChoice, u"no"_s);
        QCOMPARE(c.localNote, u"社内で確認"_s);
        QCOMPARE(c.theirChoice, u"partial"_s);
        QCOMPARE(c.theirNote, u"客先で確認"_s);
        QCOMPARE(c.tookTheirs, theirs);
        // Both values are in the change log.
        const auto log = consultant->assessmentChanges(consultantOpen);
        QVERIFY(log);
        const auto entry = std::find_if(log->begin(), log->end(),
                                        [](const ChangeRecord& r) { return r.kind == ChangeKind::ImportConflict; });
        QVERIFY(entry != log->end());
        QCOMPARE(entry->questionId, u"q01"_s);
        QCOMPARE(entry->choice, u"partial"_s);
        QCOMPARE(entry->note, u"客先で確認"_s);
        QCOMPARE(entry->previousChoice, u"no"_s);
        QCOMPARE(entry->previousNote, u"社内で確認"_s);
        QCOMPARE(entry->detail, theirs ? u"theirs"_s : u"kept"_s);
    }
    // Importing the same file again changes nothing and asks nothing again.
    const auto again = consultant->importDocument(*document, theirs);
    QVERIFY(again);
    QCOMPARE(again->assessmentsUpdated, 0);
    QVERIFY(again->conflicts.empty());
    QCOMPARE(consultant->assessment(consultantOpen)->answers.choices, result->answers.choices);
    // And the consultant's copy sent back to the client brings the two PCs to the same answers.
    const auto reply =
        parseTransfer(transferToJson(*consultant->exportFirm(consultant->assessment(consultantOpen)->firmId)),
                      u"reply.json"_s, m_packs);
    QVERIFY(reply);
    const auto atClient = client->importDocument(*reply);
    QVERIFY2(atClient, qPrintable(atClient ? QString() : atClient.error().first().toString()));
    QVERIFY(atClient->conflicts.empty());
    QCOMPARE(client->assessment(clientOpen)->answers.choices, result->answers.choices);
    QCOMPARE(client->assessment(clientOpen)->answers.notes.value(u"q01"_s), result->answers.notes.value(u"q01"_s));
}

void TestTransfer::notesWithoutAnswersStayLocal()
{
    // A note on a question not answered yet is not part of the document (its answers each have a
    // choice); an answer arriving for that question keeps the note written here.
    auto pcs = sentToTwoPcs();
    QVERIFY(pcs);
    auto& [client, consultant, clientFirm, clientOpen, consultantOpen] = *pcs;
    QVERIFY(client->saveNote(clientOpen, u"q04"_s, u"来週確認"_s));
    const auto noteOnly = client->exportFirm(clientFirm);
    QVERIFY(noteOnly);
    for (const auto& a : noteOnly->assessments) {
        for (const auto& answer : a.answers) {
            QVERIFY2(answer.question != u"q04"_s, "a note without an answer was exported");
        }
    }
    QVERIFY(consultant->saveNote(consultantOpen, u"q05"_s, u"見積もり依頼中"_s));
    QTest::qWait(2);
    QVERIFY(client->saveAnswer(clientOpen, u"q05"_s, u"partial"_s));
    const auto back = parseTransfer(transferToJson(*client->exportFirm(clientFirm)), u"back.json"_s, m_packs);
    QVERIFY(back);
    const auto merged = consultant->importDocument(*back);
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().first().toString()));
    QCOMPARE(merged->answersTaken, 1);
    const auto result = consultant->assessment(consultantOpen);
    QCOMPARE(result->answers.choices.value(u"q05"_s), u"partial"_s);
    QCOMPARE(result->answers.notes.value(u"q05"_s), u"見積もり依頼中"_s);
}

void TestTransfer::laterChangesWinEitherWay()
{
    // The consultant sends the firm to the client. Both then answer the open assessment: the client
    // q01 and q02, the consultant q03 and, after the client, q02 again. Each import merges.
    auto pcs = sentToTwoPcs();
    QVERIFY(pcs);
    auto& [client, consultant, clientFirm, clientOpen, consultantOpen] = *pcs;
    QTest::qWait(2);
    QVERIFY(client->saveAnswer(clientOpen, u"q01"_s, u"partial"_s));
    QVERIFY(client->saveAnswer(clientOpen, u"q02"_s, u"no"_s, u"まだ"_s));
    QTest::qWait(2);
    QVERIFY(consultant->saveAnswer(consultantOpen, u"q03"_s, u"yes"_s));
    QVERIFY(consultant->saveAnswer(consultantOpen, u"q02"_s, u"yes"_s, u"確認済み"_s));
    const auto back = parseTransfer(transferToJson(*client->exportFirm(clientFirm)), u"back.json"_s, m_packs);
    QVERIFY(back);
    const AssessmentRecord onScreen = *consultant->assessment(consultantOpen);

    const auto merged = consultant->importDocument(*back);
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().first().toString()));
    QCOMPARE(merged->assessmentsUpdated, 1);
    QCOMPARE(merged->assessmentsUnchanged, 1);
    QCOMPARE(merged->answersTaken, 1);     // q01 from the client
    QCOMPARE(merged->answersKeptLocal, 1); // q02: the consultant answered later
    const auto result = consultant->assessment(consultantOpen);
    QCOMPARE(result->answers.choices.value(u"q01"_s), u"partial"_s);
    QCOMPARE(result->answers.choices.value(u"q02"_s), u"yes"_s);
    QCOMPARE(result->answers.notes.value(u"q02"_s), u"確認済み"_s);
    QCOMPARE(result->answers.choices.value(u"q03"_s), u"yes"_s); // only here: kept
    QCOMPARE(result->answers.choices.size(), 3);
    // The import is one change in the log and one new revision: a screen that read q01 before it is
    // told, rather than overwriting the client's answer; q03 is untouched and stays writable.
    QCOMPARE(result->revision, onScreen.revision + 1);
    QCOMPARE(result->answers.revisions.value(u"q01"_s), result->revision);
    QCOMPARE(consultant->assessmentChanges(consultantOpen)->back().kind, ChangeKind::Imported);
    QCOMPARE(consultant->assessmentChanges(consultantOpen)->back().detail, u"ipa-self-check 3.1.0 1"_s);
    const auto stale =
        consultant->saveAnswer(consultantOpen, u"q01"_s, u"no"_s, {}, onScreen.answers.revisions.value(u"q01"_s, 0));
    QVERIFY(!stale);
    QCOMPARE(stale.error().first().code, ErrorCode::Conflict);
    QVERIFY(consultant->saveAnswer(consultantOpen, u"q03"_s, u"yes"_s, u"念のため"_s,
                                   onScreen.answers.revisions.value(u"q03"_s)));
    QVERIFY(consultant->saveNote(consultantOpen, u"q03"_s, {}));

    // The first document arriving late changes nothing.
    const auto sent = parseTransfer(sourceDocument(), u"firm.json"_s, m_packs);
    QVERIFY(sent);
    const auto late = consultant->importDocument(*sent);
    QVERIFY(late);
    QCOMPARE(late->assessmentsUpdated, 0);
    QCOMPARE(late->assessmentsUnchanged, 2);
    QCOMPARE(consultant->assessment(consultantOpen)->answers.choices, result->answers.choices);

    // Finishing travels too.
    QVERIFY(client->finishAssessment(clientOpen));
    const auto finished = parseTransfer(transferToJson(*client->exportFirm(clientFirm)), u"done.json"_s, m_packs);
    QVERIFY(consultant->importDocument(*finished));
    QCOMPARE(consultant->assessment(consultantOpen)->status, AssessmentStatus::Finished);
}

void TestTransfer::importIsAllOrNothing()
{
    auto target = memoryStore();
    const qint64 other = *target->addFirm(firmProfile(u"別の会社"_s, 5));
    const qint64 otherAssessment = *target->startAssessment(other, u"ipa-self-check"_s, u"3.1.0"_s);
    const Counts before = counts(*target);
    // A document whose second assessment has the uid of an assessment of another firm here: the
    // firm and the first assessment must not stay behind when the second is refused.
    auto doc = *parseTransfer(sourceDocument(), u"firm.json"_s, m_packs);
    doc.assessments[1].uid = target->assessment(otherAssessment)->uid;
    const auto report = target->importDocument(doc);
    QVERIFY(!report);
    QVERIFY2(report.error().first().message.contains(u"nothing was changed"_s),
             qPrintable(report.error().first().toString()));
    QCOMPARE(counts(*target), before);
}

void TestTransfer::badDocuments_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    // Each row edits a valid export; the first problem reported must name the right place.
    QTest::newRow("not an export") << u"\"mamori-export\""_s << u"\"something-else\""_s << ErrorCode::Foreign
                                   << u"$.format"_s << u"not a document exported by Mamori"_s;
    QTest::newRow("newer version") << u"\"version\": 2"_s << u"\"version\": 3"_s << ErrorCode::Newer << u"$.version"_s
                                   << u"newer Mamori"_s;
    QTest::newRow("unknown choice") << u"\"choice\": \"partial\""_s << u"\"choice\": \"maybe\""_s
                                    << ErrorCode::Reference << u"$.assessments[0].answers.q02.choice"_s
                                    << u"unknown answer \"maybe\""_s;
    QTest::newRow("unknown question") << u"\"q03\": {"_s << u"\"q99\": {"_s << ErrorCode::Reference
                                      << u"$.assessments[0].answers.q99"_s << u"no question \"q99\""_s;
    QTest::newRow("pack not installed") << u"\"id\": \"ipa-self-check\""_s << u"\"id\": \"no-such-pack\""_s
                                        << ErrorCode::Reference << u"$.assessments[0].pack.id"_s << u"not installed"_s;
    QTest::newRow("other pack version") << u"\"version\": \"3.1.0\""_s << u"\"version\": \"9.0.0\""_s
                                        << ErrorCode::Mismatch << u"$.assessments[0].pack.version"_s
                                        << u"version 9.0.0"_s;
    QTest::newRow("bad time") << u"\"started_at\": \"20"_s << u"\"started_at\": \"yesterday 20"_s << ErrorCode::Value
                              << u"$.assessments[0].started_at"_s << u"not a date and time"_s;
    QTest::newRow("bad status") << u"\"in_progress\""_s << u"\"paused\""_s << ErrorCode::Value
                                << u"$.assessments[1].status"_s << u"unknown status \"paused\""_s;
    QTest::newRow("bad profile") << u"\"prefecture\": 27"_s << u"\"prefecture\": 48"_s << ErrorCode::Value
                                 << u"$.firm.profiles[0].profile.prefecture"_s << u"48"_s;
    QTest::newRow("profile index") << u"\"profile\": 1"_s << u"\"profile\": 7"_s << ErrorCode::Reference
                                   << u"$.assessments[1].profile"_s << u"no profile 7"_s;
    QTest::newRow("bad uid") << u"\"uid\": \""_s << u"\"uid\": \"x"_s << ErrorCode::Value << u"$.assessments[0].uid"_s
                             << u"is not a uid"_s;
    QTest::newRow("unknown key") << u"\"generator\""_s << u"\"generater\""_s << ErrorCode::UnknownKey
                                 << u"$.generater"_s << u"generator"_s;
}

void TestTransfer::badDocuments()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(ErrorCode, code);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QString json = QString::fromUtf8(sourceDocument());
    const qsizetype at = json.indexOf(from);
    QVERIFY2(at >= 0, qPrintable(from));
    json.replace(at, from.size(), to);
    const auto parsed = parseTransfer(json.toUtf8(), u"bad.json"_s, m_packs);
    QVERIFY(!parsed);
    const auto it =
        std::find_if(parsed.error().begin(), parsed.error().end(), [&](const Diagnostic& d) { return d.path == path; });
    QVERIFY2(it != parsed.error().end(), qPrintable(parsed.error().first().toString()));
    QCOMPARE(it->code, code);
    QCOMPARE(it->file, u"bad.json"_s);
    QVERIFY(it->line > 0);
    QVERIFY2(it->message.contains(message), qPrintable(it->toString()));
    // The line named is where the edit is.
    QCOMPARE(it->line, int(json.left(at).count(u'\n')) + 1);
}

void TestTransfer::exportMatchesTheSchema()
{
    QTemporaryDir dir;
    QStringList files;
    for (const bool whole : {true, false}) {
        const QString path = dir.filePath(whole ? u"firm.json"_s : u"one.json"_s);
        const auto document = whole ? m_source->exportFirm(m_firm) : m_source->exportAssessment(m_finished);
        QVERIFY(saveTransfer(*document, path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        files.append(path);
    }
    const QString problems =
        jsonSchemaProblems(QStringLiteral(MAMORI_SOURCE_DIR "/docs/schema/export.schema.json"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
