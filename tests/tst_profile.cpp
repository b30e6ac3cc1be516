#include "core/profile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mamori::Tier)
Q_DECLARE_METATYPE(mamori::SectorClass)

namespace {

QByteArray profileJson(const QByteArray& industry, const QByteArray& extra = {})
{
    return R"({
  "name": "サンプル株式会社",
  "industry": ")" +
           industry + R"(",
  "prefecture": 13,
  "employees": 12,
  "capital_man_yen": 1000,
  "assets": {"pcs": 10, "it_staff": "none"})" +
           extra + R"(
})";
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void derivesTier_data();
    void derivesTier();
    void defaultSectorClassByIndustry_data();
    void defaultSectorClassByIndustry();
    void parsesFullProfile();
    void rejects_data();
    void rejects();
    void reportsEveryProblem();
    void savesAtomicallyAndRoundTrips();
};

void TestProfile::derivesTier_data()
{
    QTest::addColumn<SectorClass>("sector");
    QTest::addColumn<int>("employees");
    QTest::addColumn<qint64>("capital");
    QTest::addColumn<Tier>("expected");
    // 小規模事業者: ≤20 (manufacturing and others), ≤5 (commerce and services).
    QTest::newRow("mfg 20 is micro") << SectorClass::Manufacturing << 20 << qint64(50000) << Tier::Micro;
    QTest::newRow("mfg 21 is small") << SectorClass::Manufacturing << 21 << qint64(50000) << Tier::Small;
    QTest::newRow("retail 5 is micro") << SectorClass::Retail << 5 << qint64(0) << Tier::Micro;
    QTest::newRow("retail 6 is small") << SectorClass::Retail << 6 << qint64(0) << Tier::Small;
    QTest::newRow("services 5 micro") << SectorClass::Services << 5 << qint64(100000) << Tier::Micro;
    QTest::newRow("wholesale 6 small") << SectorClass::Wholesale << 6 << qint64(100000) << Tier::Small;
    // 中小企業: employees OR capital within the limit.
    QTest::newRow("mfg 300 people") << SectorClass::Manufacturing << 300 << qint64(99999) << Tier::Small;
    QTest::newRow("mfg 301 people, 3億") << SectorClass::Manufacturing << 301 << qint64(30000) << Tier::Small;
    QTest::newRow("mfg 301 people, >3億") << SectorClass::Manufacturing << 301 << qint64(30001) << Tier::Medium;
    QTest::newRow("wholesale 100") << SectorClass::Wholesale << 100 << qint64(50000) << Tier::Small;
    QTest::newRow("wholesale 101, 1億") << SectorClass::Wholesale << 101 << qint64(10000) << Tier::Small;
    QTest::newRow("wholesale 101, >1億") << SectorClass::Wholesale << 101 << qint64(10001) << Tier::Medium;
    QTest::newRow("retail 50") << SectorClass::Retail << 50 << qint64(90000) << Tier::Small;
    QTest::newRow("retail 51, 5000万") << SectorClass::Retail << 51 << qint64(5000) << Tier::Small;
    QTest::newRow("retail 51, >5000万") << SectorClass::Retail << 51 << qint64(5001) << Tier::Medium;
    QTest::newRow("services 100") << SectorClass::Services << 100 << qint64(90000) << Tier::Small;
    QTest::newRow("services 101, >5000万") << SectorClass::Services << 101 << qint64(5001) << Tier::Medium;
    // Capital unknown (0) does not make a firm an SME by itself.
    QTest::newRow("services 101, capital 0") << SectorClass::Services << 101 << qint64(0) << Tier::Medium;
    // 中堅企業: up to 2,000 employees; beyond, large.
    QTest::newRow("2000 medium") << SectorClass::Manufacturing << 2000 << qint64(500000) << Tier::Medium;
    QTest::newRow("2001 large") << SectorClass::Manufacturing << 2001 << qint64(500000) << Tier::Large;
    QTest::newRow("big but small capital") << SectorClass::Manufacturing << 2500 << qint64(1000) << Tier::Small;
}

void TestProfile::derivesTier()
{
    QFETCH(SectorClass, sector);
    QFETCH(int, employees);
    QFETCH(qint64, capital);
    QFETCH(Tier, expected);
    QCOMPARE(deriveTier(sector, employees, capital), expected);
}

void TestProfile::defaultSectorClassByIndustry_data()
{
    QTest::addColumn<QString>("industry");
    QTest::addColumn<QString>("expected");
    QTest::newRow("E manufacturing") << u"E"_s << u"manufacturing"_s;
    QTest::newRow("D construction") << u"D"_s << u"manufacturing"_s;
    QTest::newRow("H transport") << u"H"_s << u"manufacturing"_s;
    QTest::newRow("G information") << u"G"_s << u"services"_s;
    QTest::newRow("P medical") << u"P"_s << u"services"_s;
    QTest::newRow("I needs choice") << u"I"_s << QString();
}

void TestProfile::defaultSectorClassByIndustry()
{
    QFETCH(QString, industry);
    QFETCH(QString, expected);
    const auto sector = defaultSectorClass(industry.at(0));
    QCOMPARE(sector ? sectorClassId(*sector) : QString(), expected);
}

void TestProfile::parsesFullProfile()
{
    const auto p = loadProfile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/small-manufacturer.profile.json"));
    QVERIFY2(p, qPrintable(p ? QString() : p.error().first().toString()));
    QCOMPARE(p->industry, QChar(u'E'));
    QCOMPARE(p->employees, 35);
    QCOMPARE(p->tier(), Tier::Small);
    QVERIFY(p->suppliesLargeFirms);
    QVERIFY(p->assets.otDevices);
    QCOMPARE(p->assets.itStaff, ItStaff::PartTime);

    const auto retail = parseProfile(profileJson("I", R"(, "sector_class": "retail")"), u"p.json"_s);
    QVERIFY(retail);
    QCOMPARE(retail->sectorClass(), SectorClass::Retail);
    QCOMPARE(retail->tier(), Tier::Small); // 12 people: above the ≤5 micro limit of commerce
}

void TestProfile::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("industry I without class") << profileJson("I") << 3 << u"$.industry"_s << u"sector_class"_s;
    QTest::newRow("unknown industry") << profileJson("Z") << 3 << u"$.industry"_s << u"A–T"_s;
    QTest::newRow("unknown sector class")
        << profileJson("E", R"(, "sector_class": "farming")") << 7 << u"$.sector_class"_s << u"unknown sector class"_s;
    QTest::newRow("typo key") << profileJson("E", R"(, "protection": ["utm"])") << 7 << u"$.protection"_s
                              << u"did you mean \"protections\""_s;
    QTest::newRow("unknown protection") << profileJson("E", R"(, "protections": ["firewall"])") << 7
                                        << u"$.protections[0]"_s << u"unknown value \"firewall\""_s;
    QTest::newRow("prefecture range")
        << QByteArray(R"({"name": "x", "industry": "E", "prefecture": 48, "employees": 1, "capital_man_yen": 0,
"assets": {"pcs": 1, "it_staff": "none"}})")
        << 1 << u"$.prefecture"_s << u"between 1 and 47"_s;
    QTest::newRow("negative employees")
        << QByteArray(R"({"name": "x", "industry": "E", "prefecture": 1, "employees": -3, "capital_man_yen": 0,
"assets": {"pcs": 1, "it_staff": "none"}})")
        << 1 << u"$.employees"_s << u"between 0 and"_s;
    QTest::newRow("fractional pcs")
        << QByteArray(R"({"name": "x", "industry": "E", "prefecture": 1, "employees": 3, "capital_man_yen": 0,
"assets": {"pcs": 1.5, "it_staff": "none"}})")
        << 2 << u"$.assets.pcs"_s << u"whole number"_s;
    QTest::newRow("bad it_staff")
        << QByteArray(R"({"name": "x", "industry": "E", "prefecture": 1, "employees": 3, "capital_man_yen": 0,
"assets": {"pcs": 1, "it_staff": "someone"}})")
        << 2 << u"$.assets.it_staff"_s << u"none, part_time, dedicated"_s;
    QTest::newRow("unknown cloud")
        << QByteArray(R"({"name": "x", "industry": "E", "prefecture": 1, "employees": 3, "capital_man_yen": 0,
"assets": {"pcs": 1, "it_staff": "none", "cloud": ["mail", "box"]}})")
        << 2 << u"$.assets.cloud[1]"_s << u"unknown value \"box\""_s;
    QTest::newRow("ecommerce without website")
        << QByteArray(R"({"name": "x", "industry": "E", "prefecture": 1, "employees": 3, "capital_man_yen": 0,
"assets": {"pcs": 1, "it_staff": "none", "website": false, "ecommerce": true}})")
        << 2 << u"$.assets.ecommerce"_s << u"needs a website"_s;
    QTest::newRow("empty name")
        << QByteArray(R"({"name": "  ", "industry": "E", "prefecture": 1, "employees": 3, "capital_man_yen": 0,
"assets": {"pcs": 1, "it_staff": "none"}})")
        << 1 << u"$.name"_s << u"empty"_s;
    QTest::newRow("missing assets")
        << QByteArray(R"({"name": "x", "industry": "E", "prefecture": 1, "employees": 3, "capital_man_yen": 0})") << 1
        << u"$"_s << u"\"assets\" is missing"_s;
    QTest::newRow("wrong type") << QByteArray(R"(["not", "an", "object"])") << 1 << u"$"_s
                                << u"expected object, found array"_s;
}

void TestProfile::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto p = parseProfile(json, u"firm.json"_s);
    QVERIFY(!p);
    const Diagnostic& d = p.error().first();
    QCOMPARE(d.file, u"firm.json"_s);
    QCOMPARE(d.line, line);
    QCOMPARE(d.path, path);
    QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
}

void TestProfile::reportsEveryProblem()
{
    const QByteArray json = R"({"name": "x", "industry": "Q9", "prefecture": 0, "employees": "many",
"capital_man_yen": 0, "assets": {"pcs": -1, "it_staff": "none", "wifi": "yes"}})";
    const auto p = parseProfile(json, u"firm.json"_s);
    QVERIFY(!p);
    QStringList paths;
    for (const Diagnostic& d : p.error()) {
        paths.append(d.path);
    }
    QCOMPARE(paths, (QStringList{u"$.industry"_s, u"$.prefecture"_s, u"$.employees"_s, u"$.assets.pcs"_s,
                                 u"$.assets.wifi"_s}));
}

void TestProfile::savesAtomicallyAndRoundTrips()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto original = loadProfile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/micro-retail.profile.json"));
    QVERIFY(original);
    const QString path = dir.filePath(u"copy.json"_s);
    QVERIFY(saveProfile(*original, path));
    const auto again = loadProfile(path);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().first().toString()));
    QCOMPARE(profileToJson(*again), profileToJson(*original));
    QCOMPARE(again->tier(), original->tier());
    // An online shop without the key "website" has a website: saved, the profile reads back.
    const auto shop = parseProfile(R"({"name": "ネット店", "industry": "I", "sector_class": "retail", "prefecture": 13,
        "employees": 3, "capital_man_yen": 300, "assets": {"pcs": 1, "it_staff": "none", "ecommerce": true}})",
                                   u"shop.json"_s);
    QVERIFY2(shop, qPrintable(shop ? QString() : shop.error().first().toString()));
    QVERIFY(shop->assets.website);
    const QString shopPath = dir.filePath(u"shop.json"_s);
    QVERIFY(saveProfile(*shop, shopPath));
    const auto shopAgain = loadProfile(shopPath);
    QVERIFY2(shopAgain, qPrintable(shopAgain ? QString() : shopAgain.error().first().toString()));
    QVERIFY(shopAgain->assets.ecommerce && shopAgain->assets.website);
    // A target folder that does not exist is an error, and leaves nothing behind.
    const auto failed = saveProfile(*original, dir.filePath(u"missing/copy.json"_s));
    QVERIFY(!failed);
    QCOMPARE(failed.error().first().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
