#include "core/store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mamori::ErrorCode)

namespace {

Profile firmProfile(const QString& name, int employees)
{
    Profile p;
    p.name = name;
    p.industry = u'E';
    p.prefecture = 27;
    p.employees = employees;
    p.capitalManYen = 1000;
    p.assets.pcs = employees;
    p.assets.website = true;
    p.assets.cloud = {u"mail"_s};
    p.protections = {u"antivirus"_s};
    return p;
}

QFileDevice::Permissions othersBits()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
           QFileDevice::WriteOther | QFileDevice::ExeOther;
}

// Makes a file the way a test needs it, then lets `edit` damage or alter it with plain SQLite.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void firmsAndProfileVersions();
    void answersAreSavedAndReadBack();
    void finishedAssessmentsRefuseAnswers();
    void unknownIdsAreClearErrors();
    void fileStoreIsOwnerOnlyAndPersists();
    void tightensWiderPermissions();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void secondWriterIsRefusedReaderIsNot();
};

void TestStore::firmsAndProfileVersions()
{
    auto store = Store::open(u":memory:"_s);
    QVERIFY(store);
    Store& s = **store;
    QCOMPARE(s.schemaVersion(), Store::SchemaVersion);
    const auto a = s.addFirm(firmProfile(u"あおば精機"_s, 35));
    const auto b = s.addFirm(firmProfile(u"Alpha Trading"_s, 4));
    QVERIFY(a && b);
    const auto list = s.firms();
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->at(0).name, u"Alpha Trading"_s); // by name
    QCOMPARE(list->at(1).id, *a);

    const auto first = s.firm(*a);
    QVERIFY(first);
    QCOMPARE(first->profile.employees, 35);
    QCOMPARE(first->profileVersions, 1);
    const auto started = s.startAssessment(*a, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(started);

    // A new profile version: the firm shows it, the earlier assessment keeps the one it began with.
    Profile grown = firmProfile(u"あおば精機"_s, 60);
    QVERIFY(s.updateProfile(*a, grown));
    const auto second = s.firm(*a);
    QVERIFY(second);
    QCOMPARE(second->profile.employees, 60);
    QCOMPARE(second->profileVersions, 2);
    const auto old = s.assessment(*started);
    QVERIFY(old);
    QCOMPARE(old->profile.employees, 35);
    QCOMPARE(s.firms()->at(1).assessments, 1);
}

void TestStore::answersAreSavedAndReadBack()
{
    auto store = Store::open(u":memory:"_s);
    QVERIFY(store);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"テスト"_s, 10));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    const auto saved = s.saveAnswer(id, u"q01"_s, u"yes"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().first().toString()));
    QVERIFY(s.saveAnswer(id, u"q02"_s, u"partial"_s, u"半分のPCのみ"_s));
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"no"_s)); // answering again replaces
    QVERIFY(s.saveAnswer(id, u"q03"_s, u"unknown"_s));
    QVERIFY(s.removeAnswer(id, u"q03"_s));
    const auto record = s.assessment(id);
    QVERIFY(record);
    QCOMPARE(record->packId, u"ipa-self-check"_s);
    QCOMPARE(record->packVersion, u"3.1.0"_s);
    QCOMPARE(record->status, AssessmentStatus::InProgress);
    QCOMPARE(record->answers.choices.size(), 2);
    QCOMPARE(record->answers.choices.value(u"q01"_s), u"no"_s);
    QCOMPARE(record->answers.notes.value(u"q02"_s), u"半分のPCのみ"_s);
    QCOMPARE(record->answerCount, 2);
    QVERIFY(record->updatedAt >= record->startedAt);
    const auto list = s.assessments(firm);
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(1));
    QCOMPARE(list->front().answerCount, 2);
}

void TestStore::finishedAssessmentsRefuseAnswers()
{
    auto store = Store::open(u":memory:"_s);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"x"_s, 3));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"yes"_s));
    QVERIFY(s.finishAssessment(id));
    const auto record = s.assessment(id);
    QCOMPARE(record->status, AssessmentStatus::Finished);
    QVERIFY(record->finishedAt.isValid());
    const auto late = s.saveAnswer(id, u"q02"_s, u"yes"_s);
    QVERIFY(!late);
    QCOMPARE(late.error().first().code, ErrorCode::Value);
    QVERIFY(late.error().first().message.contains(u"finished"_s));
    QCOMPARE(s.assessment(id)->answers.choices.size(), 1);
}

void TestStore::unknownIdsAreClearErrors()
{
    auto store = Store::open(u":memory:"_s);
    Store& s = **store;
    const auto noFirm = s.firm(42);
    QVERIFY(!noFirm);
    QCOMPARE(noFirm.error().first().code, ErrorCode::Reference);
    QVERIFY(noFirm.error().first().message.contains(u"no firm 42"_s));
    QVERIFY(!s.startAssessment(42, u"ipa-self-check"_s, u"3.1.0"_s));
    const auto noAssessment = s.saveAnswer(7, u"q01"_s, u"yes"_s);
    QVERIFY(!noAssessment);
    QVERIFY(noAssessment.error().first().message.contains(u"no assessment 7"_s));
    QVERIFY(!s.updateProfile(9, firmProfile(u"x"_s, 1)));
}

void TestStore::fileStoreIsOwnerOnlyAndPersists()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"new/data"_s);
    const QString path = folder + u"/mamori.sqlite"_s;
    qint64 firm = 0;
    {
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
        firm = *(*store)->addFirm(firmProfile(u"永続テスト"_s, 8));
        QVERIFY(QFile::exists(path + u"-wal"_s)); // WAL journal
        QCOMPARE(QFile::permissions(path) & othersBits(), QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(folder) & othersBits(), QFileDevice::Permissions());
    }
    auto again = Store::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->firm(firm)->profile.name, u"永続テスト"_s);
    QCOMPARE(*(*again)->integrityCheck(), u"ok"_s);
}

void TestStore::tightensWiderPermissions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"open.sqlite"_s);
    QVERIFY(Store::open(path));
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY(Store::open(path));
    QCOMPARE(QFile::permissions(path) & othersBits(), QFileDevice::Permissions());
}

void TestStore::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << u"text"_s << ErrorCode::Corrupt << u"is not a database"_s;
    QTest::newRow("another program's database") << u"foreign"_s << ErrorCode::Foreign << u"another program"_s;
    QTest::newRow("newer Mamori") << u"newer"_s << ErrorCode::Newer << u"newer Mamori (schema 99"_s;
    QTest::newRow("damaged") << u"damaged"_s << ErrorCode::Corrupt << u"damaged"_s;
    QTest::newRow("folder") << u"folder"_s << ErrorCode::Io << u"folder"_s;
}

void TestStore::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.sqlite"_s);
    if (kind == u"text"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name\n1,not a database\n");
    } else if (kind == u"foreign"_s) {
        rawSql(path, {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s});
    } else if (kind == u"newer"_s) {
        QVERIFY(Store::open(path));
        rawSql(path, {u"UPDATE schema_version SET version = 99"_s});
    } else if (kind == u"damaged"_s) {
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QVERIFY((*store)->addFirm(firmProfile(u"x"_s, 3)));
        }
        rawSql(path, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // keep the 100-byte header, ruin the schema page behind it
        f.write(QByteArray(3000, '\x5a'));
    } else {
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = QFileInfo(path).isFile() ? [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }() : QByteArray();
    const auto store = Store::open(path);
    QVERIFY(!store);
    const Diagnostic& d = store.error().first();
    QCOMPARE(d.code, code);
    QCOMPARE(d.file, path);
    QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
    // Refusing a file never changes it.
    if (!before.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
}

void TestStore::secondWriterIsRefusedReaderIsNot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.sqlite"_s);
    auto first = Store::open(path);
    QVERIFY(first);
    QVERIFY((*first)->addFirm(firmProfile(u"共有"_s, 5)));
    const auto second = Store::open(path);
    QVERIFY(!second);
    QCOMPARE(second.error().first().code, ErrorCode::Locked);
    QVERIFY(second.error().first().message.contains(u"open the database read-only"_s));
    auto reader = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().first().toString()));
    QCOMPARE((*reader)->firms()->size(), std::size_t(1));
    QVERIFY(!(*reader)->addFirm(firmProfile(u"書けない"_s, 1)));
    first->reset();
    QVERIFY(Store::open(path)); // the lock went with the first writer
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
