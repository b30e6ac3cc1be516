// Where a Store lives: paths, ":memory:" and postgresql:// URLs, and the URLs Mamori refuses.
#include "core/storelocation.h"

#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
    void urls_data();
    void urls();
    void refused_data();
    void refused();
};

void TestStoreLocation::paths_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::newRow("file") << u"/home/a/.local/share/Mamori/mamori.sqlite"_s << int(StoreLocation::Kind::File);
    QTest::newRow("relative") << u"clients.sqlite"_s << int(StoreLocation::Kind::File);
    QTest::newRow("japanese") << u"/tmp/顧客.sqlite"_s << int(StoreLocation::Kind::File);
    QTest::newRow("memory") << u":memory:"_s << int(StoreLocation::Kind::Memory);
}

void TestStoreLocation::paths()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const auto l = StoreLocation::parse(text);
    QVERIFY(l);
    QCOMPARE(int(l->kind), kind);
    QCOMPARE(l->path, text);
    QCOMPARE(l->display(), text);
}

void TestStoreLocation::urls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("display");
    QTest::newRow("host and user") << u"postgresql://tanaka@db.example.jp/mamori"_s << u"db.example.jp"_s << 0
                                   << u"mamori"_s << u"tanaka"_s << QString()
                                   << u"postgresql://tanaka@db.example.jp/mamori"_s;
    QTest::newRow("port, TLS") << u"postgresql://tanaka@db.example.jp:5433/team?sslmode=verify-full"_s
                               << u"db.example.jp"_s << 5433 << u"team"_s << u"tanaka"_s << u"sslmode=verify-full"_s
                               << u"postgresql://tanaka@db.example.jp:5433/team?sslmode=verify-full"_s;
    QTest::newRow("short scheme") << u"postgres://db/mamori"_s << u"db"_s << 0 << u"mamori"_s << QString() << QString()
                                  << u"postgresql://db/mamori"_s;
    QTest::newRow("socket") << u"postgresql:///mamori?host=/run/postgresql&port=5432&user=sato"_s
                            << u"/run/postgresql"_s << 5432 << u"mamori"_s << u"sato"_s << QString()
                            << u"postgresql://sato@:5432/mamori?host=/run/postgresql"_s;
    QTest::newRow("service") << u"postgresql:///?service=chamber"_s << QString() << 0 << QString() << QString()
                             << u"service=chamber"_s << u"postgresql:/?service=chamber"_s;
    QTest::newRow("certificates")
        << u"postgresql://db/m?sslmode=verify-ca&sslrootcert=/etc/ssl/ca.pem&sslcert=/home/a/c.pem&sslkey=/home/a/k.pem"_s
        << u"db"_s << 0 << u"m"_s << QString()
        << u"sslmode=verify-ca;sslrootcert=/etc/ssl/ca.pem;sslcert=/home/a/c.pem;sslkey=/home/a/k.pem"_s
        << u"postgresql://db/m?sslmode=verify-ca&sslrootcert=/etc/ssl/ca.pem&sslcert=/home/a/c.pem&sslkey=/home/a/k.pem"_s;
}

void TestStoreLocation::urls()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, options);
    QFETCH(QString, display);
    const auto l = StoreLocation::parse(text);
    QVERIFY2(l, qPrintable(l ? QString() : l.error().first().toString()));
    QVERIFY(l->isPostgres());
    QCOMPARE(l->host, host);
    QCOMPARE(l->port, port);
    QCOMPARE(l->database, database);
    QCOMPARE(l->user, user);
    QCOMPARE(l->options, options);
    QCOMPARE(l->display(), display);
}

void TestStoreLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("password in the URL") << u"postgresql://tanaka:secret@db/mamori"_s << u"~/.pgpass"_s;
    QTest::newRow("password as a key") << u"postgresql://db/mamori?password=secret"_s << u"~/.pgpass"_s;
    QTest::newRow("unknown key") << u"postgresql://db/mamori?sslmod=require"_s << u"\"sslmod\""_s;
    QTest::newRow("bad sslmode") << u"postgresql://db/mamori?sslmode=always"_s << u"verify-full"_s;
    QTest::newRow("bad port") << u"postgresql://db/mamori?port=99999"_s << u"65535"_s;
    QTest::newRow("no database") << u"postgresql://db"_s << u"names no database"_s;
    QTest::newRow("slash in name") << u"postgresql://db/a/b"_s << u"a/b"_s;
    QTest::newRow("injected option") << u"postgresql://db/m?application_name=x;host=evil"_s << u"semicolon"_s;
    QTest::newRow("empty") << u" "_s << u"no database"_s;
}

void TestStoreLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto l = StoreLocation::parse(text);
    QVERIFY(!l);
    QVERIFY2(l.error().first().message.contains(says), qPrintable(l.error().first().message));
    // The message names the URL, but never repeats a password.
    QVERIFY(!l.error().first().message.contains(u"secret"_s));
    QVERIFY(!l.error().first().file.contains(u"secret"_s));
    if (!text.contains(u"secret"_s)) {
        QCOMPARE(l.error().first().file, text);
    }
}

QTEST_APPLESS_MAIN(TestStoreLocation)
#include "tst_storelocation.moc"
