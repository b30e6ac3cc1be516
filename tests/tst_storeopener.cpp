// The database recovery flow of the desktop application: every way out, driven through the opener's
// replaceable dialogs, on real files.

#include "gui/storeopener.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mamori::ErrorCode)

namespace {

Profile firmProfile(const QString& name)
{
    Profile p;
    p.name = name;
    p.industry = u'E';
    p.prefecture = 13;
    p.employees = 10;
    p.capitalManYen = 1000;
    p.assets.pcs = 10;
    return p;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStoreOpener : public QObject
{
    Q_OBJECT

private slots:
    void choices_data();
    void choices();
    void opensAGoodDatabaseWithoutAsking();
    void lockedDatabaseOpensReadOnly();
    void damagedDatabaseIsRestoredFromItsBackup();
    void foreignFileLeadsToAnotherFile();
    void quittingOpensNothingAndChangesNothing();
    void anUnreachableServerIsTriedAgain();
};

void TestStoreOpener::choices_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<bool>("backup");
    QTest::addColumn<QList<Recovery>>("expected");
    QTest::newRow("locked") << ErrorCode::Locked << false
                            << QList<Recovery>{Recovery::OpenReadOnly, Recovery::ChooseAnotherFile, Recovery::Quit};
    QTest::newRow("damaged, backup") << ErrorCode::Corrupt << true
                                     << QList<Recovery>{Recovery::RestoreBackup, Recovery::ChooseAnotherFile,
                                                        Recovery::Quit};
    QTest::newRow("damaged, no backup") << ErrorCode::Corrupt << false
                                        << QList<Recovery>{Recovery::ChooseAnotherFile, Recovery::Quit};
    QTest::newRow("newer") << ErrorCode::Newer << true << QList<Recovery>{Recovery::ChooseAnotherFile, Recovery::Quit};
    QTest::newRow("foreign") << ErrorCode::Foreign << false
                             << QList<Recovery>{Recovery::ChooseAnotherFile, Recovery::Quit};
    // A team's server: whatever went wrong is mended outside Mamori, then tried again.
    QTest::newRow("server") << ErrorCode::Database << false
                            << QList<Recovery>{Recovery::Retry, Recovery::ChooseAnotherFile, Recovery::Quit};
}

void TestStoreOpener::choices()
{
    QFETCH(ErrorCode, code);
    QFETCH(bool, backup);
    QFETCH(QList<Recovery>, expected);
    QTemporaryDir dir;
    const QString path = QByteArray(QTest::currentDataTag()) == "server" ? u"postgresql://db.example.jp/team"_s
                                                                         : dir.filePath(u"mamori.sqlite"_s);
    if (backup) {
        writeFile(path + u".bak-v1-20260101000000"_s, "copy");
    }
    const Diagnostic d{code, Severity::Error, path, 0, 0, {}, u"x"_s};
    QCOMPARE(recoveryChoices(d, path), expected);
}

void TestStoreOpener::opensAGoodDatabaseWithoutAsking()
{
    QTemporaryDir dir;
    StoreOpener opener;
    opener.setAsk([](const Diagnostic&, const QList<Recovery>&) -> std::optional<Recovery> {
        qFatal("asked although the database is fine");
    });
    const auto opened = opener.open(dir.filePath(u"new.sqlite"_s));
    QVERIFY(opened && opened->store);
    QCOMPARE(opened->store->mode(), Store::Mode::ReadWrite);
    QVERIFY(opened->notice.isEmpty());
}

void TestStoreOpener::lockedDatabaseOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.sqlite"_s);
    auto holder = Store::open(path); // another Mamori
    QVERIFY(holder);
    QVERIFY((*holder)->addFirm(firmProfile(u"見るだけ"_s)));
    StoreOpener opener;
    QList<Recovery> offered;
    Diagnostic shown;
    opener.setAsk([&](const Diagnostic& problem, const QList<Recovery>& choices) -> std::optional<Recovery> {
        shown = problem;
        offered = choices;
        return Recovery::OpenReadOnly;
    });
    const auto opened = opener.open(path);
    QVERIFY(opened);
    QCOMPARE(shown.code, ErrorCode::Locked);
    QVERIFY(shown.message.contains(u"another Mamori"_s));
    QCOMPARE(offered.first(), Recovery::OpenReadOnly);
    QCOMPARE(opened->store->mode(), Store::Mode::ReadOnly);
    QVERIFY(opened->notice.contains(u"read-only"_s));
    QCOMPARE(opened->store->firms()->front().name, u"見るだけ"_s);
}

void TestStoreOpener::damagedDatabaseIsRestoredFromItsBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mamori.sqlite"_s);
    {
        auto store = Store::open(path);
        QVERIFY((*store)->addFirm(firmProfile(u"復元される会社"_s)));
    }
    const QString backup = path + u".bak-v1-20260301000000"_s;
    QVERIFY(QFile::copy(path, backup));
    writeFile(path, "this used to be a database");
    StoreOpener opener;
    int asked = 0;
    QStringList backupsOffered;
    opener.setAsk([&](const Diagnostic& problem, const QList<Recovery>&) -> std::optional<Recovery> {
        ++asked;
        return problem.code == ErrorCode::Corrupt ? std::optional(Recovery::RestoreBackup) : std::nullopt;
    });
    opener.setChooseBackup([&](const QStringList& backups) {
        backupsOffered = backups;
        return backups.first();
    });
    const auto opened = opener.open(path);
    QVERIFY(opened);
    QCOMPARE(asked, 1);
    QCOMPARE(backupsOffered, QStringList{backup});
    QCOMPARE(opened->store->firms()->front().name, u"復元される会社"_s);
    QVERIFY2(opened->notice.contains(u"damaged"_s), qPrintable(opened->notice));
    // The damaged file is still there, under another name.
    const QStringList aside = QDir(dir.path()).entryList({u"mamori.sqlite.damaged-*"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(readFile(dir.filePath(aside.first())), QByteArray("this used to be a database"));
}

void TestStoreOpener::foreignFileLeadsToAnotherFile()
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(u"notes.txt"_s);
    writeFile(foreign, "shopping list");
    const QString other = dir.filePath(u"fresh.sqlite"_s);
    StoreOpener opener;
    opener.setAsk([](const Diagnostic& problem, const QList<Recovery>& choices) -> std::optional<Recovery> {
        if (problem.code != ErrorCode::Corrupt || choices.contains(Recovery::OpenReadOnly)) {
            return Recovery::Quit;
        }
        return Recovery::ChooseAnotherFile;
    });
    int chooserCalls = 0;
    opener.setChooseFile([&](const QString& current) {
        ++chooserCalls;
        return current == foreign && chooserCalls == 1 ? QString() : other; // first cancelled, then chosen
    });
    const auto opened = opener.open(foreign);
    QVERIFY(opened);
    QCOMPARE(chooserCalls, 2);
    QCOMPARE(opened->path, other);
    QCOMPARE(readFile(foreign), QByteArray("shopping list"));
}

void TestStoreOpener::quittingOpensNothingAndChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mamori.sqlite"_s);
    writeFile(path, "not a database");
    StoreOpener opener;
    opener.setAsk([](const Diagnostic&, const QList<Recovery>&) { return std::optional(Recovery::Quit); });
    QVERIFY(!opener.open(path));
    QCOMPARE(readFile(path), QByteArray("not a database"));
    opener.setAsk([](const Diagnostic&, const QList<Recovery>&) -> std::optional<Recovery> { return std::nullopt; });
    QVERIFY(!opener.open(path)); // the dialog closed: the same as Quit
}

void TestStoreOpener::anUnreachableServerIsTriedAgain()
{
    // Nothing listens on port 9: the server is "down". The user is told why, tries again (the
    // administrator may be restarting it), then gives up; nothing was made anywhere.
    const QString url = u"postgresql://mamori@127.0.0.1:9/team?connect_timeout=2"_s;
    StoreOpener opener;
    int asked = 0;
    QString message;
    opener.setAsk([&](const Diagnostic& problem, const QList<Recovery>& choices) -> std::optional<Recovery> {
        ++asked;
        message = problem.message;
        if (choices.first() != Recovery::Retry) {
            return Recovery::Quit;
        }
        return asked == 1 ? Recovery::Retry : Recovery::Quit;
    });
    QVERIFY(!opener.open(url));
    QCOMPARE(asked, 2);
    QVERIFY2(message.contains(u"cannot connect to the database server"_s), qPrintable(message));
    QCOMPARE(StoreOpener::choiceLabel(Recovery::Retry), u"Try again"_s);
}

QTEST_MAIN(TestStoreOpener)
#include "tst_storeopener.moc"
