// The catalog's import: CSV in every encoding a spreadsheet writes, JSON, every kind of row error with
// its file:line:column-name, all-or-nothing, update by id, export round trip, and the bundled catalog.
#include "core/catalogformat.h"
#include "core/catalogstore.h"
#include "core/csv.h"
#include "tests/democatalog.h"
#include "tests/tempfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QByteArray TalentHeader =
    "id,display_name,qualifications,riss_number,riss_training,skills,categories,industries,prefectures,onsite,remote,"
    "engagements,fee_day_min,fee_day_max,availability,languages,channels,contact,source,as_of,sample\n";
const QByteArray TalentRow = "t1,山田 花子,riss;sme_consultant,012345,current,policy_writing;training,"
                             "sme-guideline:start,E,13;14,true,true,advice,50000,80000,available,ja,chusho119,,"
                             "example source,2025-04-01,false\n";
const QByteArray ServiceHeader = "id,name,provider,scheme,type,regions,dispatch,price_monthly,price_unit,capabilities,"
                                 "subsidy,source_url,as_of,sources\n";
const QByteArray ServiceRow = "s1,見守りサービス,提供会社,otasuke-1,network,13;14,13,\"8,800\",site,"
                              "helpdesk;monitoring_24h;onsite_response;cyber_insurance;utm,true,"
                              "https://example.jp/s1,2025-04-01,"
                              "\"https://example.jp/terms | 2025-03-01 | provider | name, price, regions, subsidy\"\n";

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

private:
    TempFiles m_files;

    QString write(const QByteArray& bytes, const QString& suffix = u"csv"_s) { return m_files.write(bytes, suffix); }

    std::unique_ptr<CatalogStore> emptyCatalog()
    {
        auto c = CatalogStore::open(m_files.unique(u"cat"_s, u"sqlite"_s), CatalogStore::Mode::ReadWrite, false);
        if (!c) {
            qFatal("cannot open catalog: %s", qPrintable(c.error().first().toString()));
        }
        return std::move(*c);
    }

private slots:
    void csvReader_data();
    void csvReader();
    void csvLimits_data();
    void csvLimits();
    void csvFileOverTheLimit();
    void encodings_data();
    void encodings();
    void talentFields();
    void serviceFields();
    void rowErrors_data();
    void rowErrors();
    void allOrNothing();
    void updateById();
    void jsonImport();
    void jsonErrors();
    void exportRoundTrip_data();
    void exportRoundTrip();
    void schemeRules_data();
    void schemeRules();
    void demoCatalog();
    void olderCatalogTakesTheBundledOne();
    void bundledCatalog();
    void removeSamples();
    void damagedAndForeignFiles();
    void spreadsheetQuirks_data();
    void spreadsheetQuirks();
    void spreadsheetHints_data();
    void spreadsheetHints();
    void formulaGuardRoundTrips();
    void vocabularyChangeRecomputesSkills();
};

void TestCatalogImport::csvReader_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("cells"); // of the first data row
    QTest::addColumn<int>("line");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << QStringList{u"1"_s, u"2"_s} << 2;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << QStringList{u"1"_s, u"2"_s} << 2;
    QTest::newRow("quoted comma") << QByteArray("a,b\n\"x,y\",2\n") << QStringList{u"x,y"_s, u"2"_s} << 2;
    QTest::newRow("doubled quote") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n") << QStringList{u"say \"hi\""_s, u"2"_s}
                                   << 2;
    QTest::newRow("line break in cell") << QByteArray("a,b\n\"one\ntwo\",2\n") << QStringList{u"one\ntwo"_s, u"2"_s}
                                        << 2;
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n\n1,2\n") << QStringList{u"1"_s, u"2"_s} << 4;
    QTest::newRow("short row padded") << QByteArray("a,b\n1\n") << QStringList{u"1"_s, QString()} << 2;
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList{u"1"_s, u"2"_s} << 2;
}

void TestCatalogImport::csvReader()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, cells);
    QFETCH(int, line);
    auto reader = CsvReader::fromBytes(input, u"t.csv"_s);
    QVERIFY(reader);
    QCOMPARE((*reader)->header(), (QStringList{u"a"_s, u"b"_s}));
    auto row = (*reader)->next();
    QVERIFY(row && *row);
    QCOMPARE((*row)->cells, cells);
    QCOMPARE((*row)->line, line);
    auto end = (*reader)->next();
    QVERIFY(end && !*end);
}

void TestCatalogImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QByteArray utf8 = TalentHeader + TalentRow;
    QStringEncoder sjis("windows-31j");
    const QByteArray shiftJis = sjis(QString::fromUtf8(utf8));
    QVERIFY(!sjis.hasError());
    QVERIFY(shiftJis != utf8);
    QTest::newRow("UTF-8") << utf8 << int(TextEncoding::Utf8);
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << int(TextEncoding::Utf8WithBom);
    QTest::newRow("Shift_JIS (Excel)") << shiftJis << int(TextEncoding::ShiftJis);
    QByteArray crlf = utf8;
    crlf.replace("\n", "\r\n");
    QTest::newRow("UTF-8, CRLF") << crlf << int(TextEncoding::Utf8);
}

void TestCatalogImport::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    auto reader = CsvReader::fromBytes(bytes, u"t.csv"_s);
    QVERIFY(reader);
    QCOMPARE(int((*reader)->encoding()), encoding);
    QCOMPARE((*reader)->header().first(), u"id"_s); // the BOM is not part of the first column's name
    auto catalog = emptyCatalog();
    auto report = catalog->importFile(write(bytes));
    QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
    QCOMPARE(report->talentAdded, 1);
    auto t = catalog->talent(u"t1"_s);
    QVERIFY(t && *t);
    QCOMPARE((*t)->displayName, u"山田 花子"_s);
}

void TestCatalogImport::talentFields()
{
    auto catalog = emptyCatalog();
    QVERIFY(catalog->importFile(write(TalentHeader + TalentRow)));
    const TalentEntry t = **catalog->talent(u"t1"_s);
    QCOMPARE(t.qualifications, (QStringList{u"riss"_s, u"sme_consultant"_s}));
    QCOMPARE(t.rissNumber, u"012345"_s); // leading zero kept: a number, not an integer
    QCOMPARE(t.rissTraining, u"current"_s);
    QCOMPARE(t.skills, (QStringList{u"policy_writing"_s, u"training"_s}));
    QCOMPARE(t.categories, QStringList{u"sme-guideline:start"_s});
    QCOMPARE(t.prefectures, (QList<int>{13, 14}));
    QVERIFY(t.onsite);
    QVERIFY(t.remote);
    QCOMPARE(t.feeDayMin, 50000);
    QCOMPARE(t.feeDayMax, 80000);
    QCOMPARE(t.availability, Availability::Available);
    QCOMPARE(t.channels, QStringList{u"chusho119"_s});
    QCOMPARE(t.asOf, QDate(2025, 4, 1));
    QVERIFY(!t.sample);
}

void TestCatalogImport::serviceFields()
{
    auto catalog = emptyCatalog();
    QVERIFY(catalog->importFile(write(ServiceHeader + ServiceRow)));
    const ServiceEntry s = **catalog->service(u"s1"_s);
    QCOMPARE(s.scheme, Scheme::Otasuke1);
    QCOMPARE(s.type, u"network"_s);
    QCOMPARE(s.regions, (QList<int>{13, 14}));
    QVERIFY(!s.nationwide);
    QCOMPARE(s.dispatch, QList<int>{13});
    QCOMPARE(s.priceMonthly, 8800); // "8,800" as Excel writes it
    QCOMPARE(s.priceUnit, PriceUnit::Site);
    QVERIFY(s.subsidy);
    QCOMPARE(s.capabilities.size(), 5);
    QVERIFY(s.pricePublished);
    QCOMPARE(s.tax, TaxBasis::Unknown);
    QCOMPARE(s.sources.size(), std::size_t(1));
    QCOMPARE(s.sources[0].url, u"https://example.jp/terms"_s);
    QCOMPARE(s.sources[0].date, QDate(2025, 3, 1));
    QCOMPARE(s.sources[0].kind, u"provider"_s);
    QCOMPARE(s.sources[0].covers, (QStringList{u"name"_s, u"price"_s, u"regions"_s, u"subsidy"_s}));
    // Prefecture names work as well as codes, and 全国 as well as "all".
    auto named = catalog->importFile(
        write(ServiceHeader + "s2,名前,会社,other,backup,全国,東京;大阪府;Hokkaido,500,device,backup,false,"
                              "https://example.jp,2025-01-01\n"));
    QVERIFY2(named, named ? "" : qPrintable(named.error().first().toString()));
    const ServiceEntry s2 = **catalog->service(u"s2"_s);
    QVERIFY(s2.nationwide);
    QCOMPARE(s2.dispatch, (QList<int>{1, 13, 27}));
    // A price on request, an area not published, tax, the registration date and a Japanese note, as a
    // spreadsheet types them.
    auto facts = catalog->importFile(write(
        "id,name,provider,scheme,type,regions,dispatch,price_monthly,price_unit,tax,capabilities,source_url,as_of,"
        "sources,登録日,備考（日本語）\n"
        "s3,名前,会社,otasuke-1,endpoint,不明,unknown,要問い合わせ,device,税込,"
        "helpdesk;monitoring_24h;onsite_response;cyber_insurance;edr,https://example.jp/s3,2025-01-01,"
        "https://example.jp/s3 | 2025-01-01 | official | registration,２０２４／０５／０１,日本語の備考\n"));
    QVERIFY2(facts, facts ? "" : qPrintable(facts.error().first().toString()));
    const ServiceEntry s3 = **catalog->service(u"s3"_s);
    QVERIFY(!s3.pricePublished);
    QVERIFY(s3.regionsUnknown && s3.dispatchUnknown);
    QVERIFY(s3.servesRegion(47) && !s3.dispatchesTo(47));
    QCOMPARE(s3.tax, TaxBasis::Included);
    QCOMPARE(s3.registered, QDate(2024, 5, 1));
    QCOMPARE(s3.displayNote(Language::Japanese), u"日本語の備考"_s);
    // Written back as they were read.
    const QJsonObject json = serviceToJson(s3);
    QCOMPARE(json[u"price_monthly"_s].toString(), u"ask"_s);
    QCOMPARE(json[u"regions"_s].toString(), u"unknown"_s);
    QCOMPARE(json[u"tax"_s].toString(), u"included"_s);
    QCOMPARE(json[u"sources"_s].toArray().first().toString(),
             u"https://example.jp/s3 | 2025-01-01 | official | registration"_s);
}

void TestCatalogImport::csvLimits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // empty: read to the end
    const QByteArray header512 = []() -> QByteArray {
        QByteArray h;
        for (int i = 0; i < CsvReader::MaxColumns; ++i) {
            h += (i ? "," : "") + QByteArray("c") + QByteArray::number(i);
        }
        return h + "\n";
    }();
    QTest::newRow("a file of nothing but commas")
        << QByteArray(1'000'000, ',') << u"1: the header names more than 512 columns"_s;
    QTest::newRow("a header of 512 columns") << header512 + "x\n" << QString();
    QTest::newRow("a header of 513 columns") << header512.chopped(1) + ",c512\n" << u"1: the header names more"_s;
    QTest::newRow("a row of nothing but commas") << QByteArray("a,b\n") + QByteArray(1'000'000, ',')
                                                 << u"2: this row has more cells than the header's 2 columns"_s;
    QTest::newRow("a cell at the limit") << QByteArray("a,b\n") + QByteArray(CsvReader::MaxCellChars, 'x') + ",1\n"
                                         << QString();
    QTest::newRow("a cell over the limit") << QByteArray("a,b\n") + QByteArray(CsvReader::MaxCellChars + 1, 'x')
                                           << u"2: a cell is longer than 1,000,000 characters"_s;
    QTest::newRow("a quote never closed, over the limit")
        << QByteArray("a,b\n\"") + QByteArray(CsvReader::MaxCellChars + 10, 'x')
        << u"2: a cell is longer than 1,000,000 characters"_s;
}

void TestCatalogImport::csvLimits()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QString problem;
    if (auto reader = CsvReader::fromBytes(input, u"t.csv"_s)) {
        for (;;) {
            auto row = (*reader)->next();
            if (!row) {
                problem = row.error().first().toString();
                break;
            }
            if (!*row) {
                break;
            }
        }
    } else {
        problem = reader.error().first().toString();
    }
    if (expected.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.startsWith(u"t.csv:"_s + expected), qPrintable(problem));
    }
}

void TestCatalogImport::csvFileOverTheLimit()
{
    // Refused by its size before a byte is read (a sparse file: no disk space is used).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write("a,b\n") == 4);
    QVERIFY(f.resize(CsvReader::MaxBytes + 1));
    f.close();
    const auto reader = CsvReader::open(path);
    QVERIFY(!reader);
    QCOMPARE(reader.error().first().code, ErrorCode::Limit);
    QVERIFY2(reader.error().first().toString().startsWith(path + u": the file is larger than the limit of 256 MiB"_s),
             qPrintable(reader.error().first().toString()));
}

void TestCatalogImport::rowErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected"); // the diagnostic, without the file name
    QTest::addColumn<int>("code");
    const auto talent = [](const QByteArray& from, const QByteArray& to) -> QByteArray {
        QByteArray row = TalentRow;
        if (!row.contains(from)) {
            qFatal("no %s in the row", from.constData());
        }
        return TalentHeader + row.replace(from, to);
    };
    QTest::newRow("unknown capability") << talent("policy_writing;training", "policy_writing;trainig")
                                        << u":2:skills: unknown value \"trainig\" (did you mean \"training\"?)"_s
                                        << int(ErrorCode::Value);
    QTest::newRow("bad prefecture") << talent("13;14", "13;48")
                                    << u":2:prefectures: \"48\" is not a prefecture (JIS code 1–47 or its name)"_s
                                    << int(ErrorCode::Value);
    QTest::newRow("bad fee")
        << talent("50000,80000", "5万,80000")
        << u":2:fee_day_min: \"5万\" is not an amount in yen (a whole number from 0 to 10,000,000)"_s
        << int(ErrorCode::Value);
    QTest::newRow("fee range reversed") << talent("50000,80000", "90000,80000")
                                        << u":2:fee_day_max: is below fee_day_min (90000)"_s << int(ErrorCode::Value);
    QTest::newRow("riss without number")
        << talent("012345", "") << u":2:riss_number: a 情報処理安全確保支援士 is listed with the registration number"_s
        << int(ErrorCode::Missing);
    QTest::newRow("riss number malformed")
        << talent("012345", "12-345") << u":2:riss_number: \"12-345\" is not a registration number (6 digits)"_s
        << int(ErrorCode::Value);
    QTest::newRow("bad date") << talent("2025-04-01", "2025-13-01")
                              << u":2:as_of: \"2025-13-01\" is not a date (YYYY-MM-DD)"_s << int(ErrorCode::Value);
    QTest::newRow("future date") << talent("2025-04-01", "2999-01-01")
                                 << u":2:as_of: 2999-01-01 lies in the future; give the date the facts were checked"_s
                                 << int(ErrorCode::Value);
    QTest::newRow("bad boolean") << talent(",true,true,", ",maybe,true,")
                                 << u":2:onsite: \"maybe\" is not yes or no (true/false, 1/0)"_s
                                 << int(ErrorCode::Value);
    QTest::newRow("missing name") << talent("山田 花子", "") << u":2:display_name: is required"_s
                                  << int(ErrorCode::Missing);
    QTest::newRow("bad id") << talent("t1,", "t 1,")
                            << u":2:id: \"t 1\" is not a valid id (letters, digits, '.', '_' and '-', up to 64)"_s
                            << int(ErrorCode::Value);
    QTest::newRow("duplicate id") << TalentHeader + TalentRow + TalentRow
                                  << u":3:id: the id \"t1\" is given twice (first on line 2)"_s
                                  << int(ErrorCode::Duplicate);
    QTest::newRow("unknown column") << QByteArray(TalentHeader).replace("availability", "availabilty") + TalentRow
                                    << u":1:availabilty: unknown column (did you mean \"availability\"?)"_s
                                    << int(ErrorCode::UnknownKey);
    QTest::newRow("required column missing")
        << QByteArray("id,display_name\nt1,x\n") << u":1:skills: this column is required"_s << int(ErrorCode::Missing);
    QTest::newRow("unknown kind")
        << QByteArray("a,b\n1,2\n")
        << u":1: cannot tell services from talent: a services file has the column \"scheme\", a talent file "
           u"\"display_name\". "
           "Services' columns: id, name, name_en, provider, provider_en, scheme, type, regions, dispatch, "
           "price_monthly, "
           "price_unit, tax, initial_fee, min_term_months, min_devices, max_devices, max_employees, capabilities, "
           "subsidy, insurance_cap, helpdesk_hours, contact, source_url, sources, registered, as_of, sample, note, "
           "note_ja. Talent's columns: id, "
           "display_name, "
           "qualifications, riss_number, riss_training, skills, categories, industries, prefectures, onsite, remote, "
           "engagements, fee_day_min, fee_day_max, availability, languages, channels, contact, source, as_of, sample"_s
        << int(ErrorCode::Missing);
    QTest::newRow("too many cells") << TalentHeader + QByteArray(TalentRow).replace("\n", ",extra\n")
                                    << u":2: this row has more cells than the header's 21 columns"_s
                                    << int(ErrorCode::Syntax);
    QTest::newRow("unterminated quote") << TalentHeader + QByteArray("t1,\"never closed\n")
                                        << u":2: a quoted cell is never closed (a \" is missing)"_s
                                        << int(ErrorCode::Syntax);
    QTest::newRow("neither UTF-8 nor Shift_JIS")
        << TalentHeader + QByteArray("t1,\xFF\xFE\xFD\n")
        << u":2: the file is neither UTF-8 nor Shift_JIS; save it as \"CSV UTF-8\""_s << int(ErrorCode::Encoding);
    QTest::newRow("empty file") << QByteArray("") << u":1: the file is empty; the first row must name the columns"_s
                                << int(ErrorCode::Syntax);
    QTest::newRow("service scheme") << ServiceHeader + QByteArray(ServiceRow).replace("otasuke-1", "otasuke1")
                                    << u":2:scheme: unknown value \"otasuke1\" (did you mean \"otasuke-1\"?)"_s
                                    << int(ErrorCode::Value);
    QTest::newRow("service source required")
        << ServiceHeader + QByteArray(ServiceRow).replace("https://example.jp/s1", "")
        << u":2:source_url: is required"_s << int(ErrorCode::Missing);
    QTest::newRow("service all mixed") << ServiceHeader + QByteArray(ServiceRow).replace("13;14,13", "all;13,13")
                                       << u":2:regions: \"all\" must stand alone"_s << int(ErrorCode::Value);
}

void TestCatalogImport::rowErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    QFETCH(int, code);
    const QString path = write(file);
    auto catalog = emptyCatalog();
    auto report = catalog->importFile(path);
    QVERIFY(!report);
    QStringList all;
    for (const Diagnostic& d : report.error()) {
        all.append(d.toString());
    }
    QVERIFY2(all.contains(path + expected), qPrintable(all.join(u'\n')));
    const auto it = std::find_if(report.error().begin(), report.error().end(),
                                 [&](const Diagnostic& d) { return d.toString() == path + expected; });
    QCOMPARE(int(it->code), code);
    // validate reports the same, and nothing was written.
    auto validated = CatalogStore::validateFile(path);
    QVERIFY(!validated);
    QCOMPARE(catalog->stats()->talent + catalog->stats()->services, 0);
}

void TestCatalogImport::allOrNothing()
{
    auto catalog = emptyCatalog();
    QVERIFY(catalog->importFile(write(TalentHeader + TalentRow)));
    const qint64 revision = catalog->revision();
    // 500 good rows, one bad one at the end: none of the 500 may be kept, and t1 stays as it was.
    QByteArray file = TalentHeader;
    for (int i = 0; i < 500; ++i) {
        const QByteArray id = QByteArray("n") + QByteArray::number(i) + QByteArray(",");
        file += QByteArray(TalentRow).replace("t1,", id);
    }
    file += QByteArray(TalentRow).replace("t1,山田 花子", "t1,変更後").replace("13;14", "99");
    auto report = catalog->importFile(write(file));
    QVERIFY(!report);
    for (const Diagnostic& d : report.error()) {
        QCOMPARE(d.line, 502); // only the bad row is reported
    }
    QCOMPARE(catalog->stats()->talent, 1);
    QCOMPARE((*catalog->talent(u"t1"_s))->displayName, u"山田 花子"_s);
    QCOMPARE(catalog->revision(), revision);
    auto index = catalog->talentIndex();
    QVERIFY(index);
    QCOMPARE((*index)->keys.size(), std::size_t(1));
}

void TestCatalogImport::updateById()
{
    auto catalog = emptyCatalog();
    QVERIFY(catalog->importFile(write(TalentHeader + TalentRow)));
    auto report = catalog->importFile(
        write(TalentHeader +
              QByteArray(TalentRow).replace("13;14,true,true", "27,true,false").replace("50000,80000", "60000,60000") +
              QByteArray(TalentRow).replace("t1,", "t2,")));
    QVERIFY(report);
    QCOMPARE(report->talentUpdated, 1);
    QCOMPARE(report->talentAdded, 1);
    const TalentEntry t = **catalog->talent(u"t1"_s);
    QCOMPARE(t.prefectures, QList<int>{27});
    QVERIFY(!t.remote);
    QCOMPARE(t.feeDayMin, 60000);
    // The area table follows: t1 no longer counts for Tokyo, t2 does.
    const CatalogStats s = *catalog->stats();
    QCOMPARE(s.talent, 2);
    QCOMPARE(s.talentByPrefecture.value(13), 1);
    QCOMPARE(s.talentByPrefecture.value(27), 1);
    QCOMPARE(s.remoteTalent, 1);
    auto index = catalog->talentIndex();
    QVERIFY(index);
    QCOMPARE((*index)->keys.size(), std::size_t(2));
    QCOMPARE((*index)->revision, catalog->revision());
}

void TestCatalogImport::jsonImport()
{
    const QByteArray json = R"({"format": 1,
  "services": [{"id": "j1", "name": "JSONサービス", "provider": "会社", "scheme": "other", "type": "training",
                "regions": ["all"], "price_monthly": 300, "price_unit": "employee", "capabilities": ["training"],
                "source_url": "https://example.jp", "as_of": "2025-02-01"}],
  "talent": [{"id": "jt", "display_name": "専門家", "skills": ["backup", "edr"], "prefectures": [13],
              "fee_day_min": 40000, "as_of": "2025-02-01", "source": "s"}]})";
    auto catalog = emptyCatalog();
    auto report = catalog->importFile(write(json, u"json"_s));
    QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
    QCOMPARE(report->servicesAdded, 1);
    QCOMPARE(report->talentAdded, 1);
    const ServiceEntry s = **catalog->service(u"j1"_s);
    QCOMPARE(s.priceUnit, PriceUnit::Employee);
    QVERIFY(s.nationwide);
    const TalentEntry t = **catalog->talent(u"jt"_s);
    QVERIFY(t.onsite); // prefectures given: on site unless said otherwise
    QCOMPARE(t.feeDayMax, 40000);
    QCOMPARE(t.languages, QStringList{u"ja"_s});
}

void TestCatalogImport::jsonErrors()
{
    const QByteArray json = "{\"format\": 1,\n \"talent\": [\n  {\"id\": \"x\", \"display_name\": \"a\", \"skills\": "
                            "[\"backup\"], \"remote\": true, \"as_of\": \"2025-01-01\", \"source\": \"s\", "
                            "\"fee_day_mim\": 3},\n  {\"id\": \"y\", \"display_name\": {\"ja\": \"b\"}}\n]}";
    const QString path = write(json, u"json"_s);
    auto catalog = emptyCatalog();
    auto report = catalog->importFile(path);
    QVERIFY(!report);
    QStringList all;
    for (const Diagnostic& d : report.error()) {
        all.append(d.toString());
    }
    QVERIFY2(all.contains(path + u":3:112: $.talent[0].fee_day_mim: unknown key (did you mean \"fee_day_min\"?)"_s),
             qPrintable(all.join(u'\n')));
    QVERIFY2(all.contains(path + u":4:31: $.talent[1].display_name: expected a string, number or true/false"_s),
             qPrintable(all.join(u'\n')));
}

void TestCatalogImport::exportRoundTrip_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("json") << u"json"_s;
}

void TestCatalogImport::exportRoundTrip()
{
    QFETCH(QString, suffix);
    auto catalog = CatalogStore::open(m_files.filePath(u"seeded-%1.sqlite"_s.arg(suffix)));
    QVERIFY(catalog);
    QVERIFY(importDemoCatalog(**catalog));
    for (const CatalogKind kind : {CatalogKind::Services, CatalogKind::Talent}) {
        const QString file = m_files.filePath(u"export-%1.%2"_s.arg(catalogKindId(kind), suffix));
        auto written = (*catalog)->exportTo(file, kind);
        QVERIFY(written);
        QVERIFY(*written > 0);
        if (suffix == u"csv"_s) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.read(3) == "\xEF\xBB\xBF"); // Excel needs the BOM to read Japanese UTF-8
        }
        auto copy = emptyCatalog();
        auto report = copy->importFile(file);
        QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
        if (kind == CatalogKind::Services) {
            QCOMPARE(report->servicesAdded, *written);
            const auto a = *(*catalog)->services();
            const auto b = *copy->services();
            QCOMPARE(b.size(), a.size());
            for (std::size_t i = 0; i < a.size(); ++i) {
                QCOMPARE(serviceToJson(b[i]), serviceToJson(a[i]));
            }
        } else {
            QCOMPARE(report->talentAdded, *written);
            QCOMPARE(copy->stats()->talentByPrefecture, (*catalog)->stats()->talentByPrefecture);
            const TalentEntry a = **(*catalog)->talent(u"sample-talent-0000007"_s);
            const TalentEntry b = **copy->talent(u"sample-talent-0000007"_s);
            QCOMPARE(talentToJson(b), talentToJson(a));
        }
    }
}

void TestCatalogImport::schemeRules_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("expected"); // empty: imported
    const QByteArray row = ServiceRow;
    QTest::newRow("within the rules") << row << QString();
    QTest::newRow("network over ¥10,000")
        << QByteArray(row).replace("\"8,800\"", "12000") << u":2:price_monthly: the 1類 network type is capped"_s;
    QTest::newRow("¥11,000 with tax is ¥10,000 before tax")
        << QByteArray(row).replace("\"8,800\"", "11000") << u":2:price_monthly: the 1類 network type is capped"_s;
    QTest::newRow("network priced per device")
        << QByteArray(row).replace(",site,", ",device,") << u":2:price_monthly: the 1類 network type is capped"_s;
    QTest::newRow("endpoint over ¥2,000 a device")
        << QByteArray(row).replace("network", "endpoint").replace("\"8,800\"", "2500").replace(",site,", ",device,")
        << u":2:price_monthly: the 1類 endpoint type is capped"_s;
    QTest::newRow("no insurance") << QByteArray(row).replace(";cyber_insurance", "")
                                  << u":2:capabilities: an お助け隊 service includes"_s;
    QTest::newRow("no on-site area") << QByteArray(row).replace("13;14,13,", "13;14,,")
                                     << u":2:dispatch: an お助け隊 service sends an engineer on site"_s;
    QTest::newRow("consulting is no お助け隊 type")
        << QByteArray(row).replace("network", "consulting") << u":2:type: an お助け隊 service is of the network"_s;
    QTest::newRow("priced new type") << QByteArray(row).replace("otasuke-1", "otasuke-new")
                                     << u":2:price_monthly: the 新類型 is a free pilot"_s;
    QTest::newRow("free new type") << QByteArray(row).replace("otasuke-1", "otasuke-new").replace("\"8,800\"", "0")
                                   << QString();
    QTest::newRow("class 2 above the class 1 caps")
        << QByteArray(row).replace("otasuke-1", "otasuke-2").replace("\"8,800\"", "30000") << QString();
    QTest::newRow("no sources") << QByteArray(row).left(row.lastIndexOf(",\"https")) + ",\n"
                                << u":2:sources: a registered service needs its sources"_s;
    QTest::newRow("source without a web address")
        << QByteArray(row).replace("\"https://example.jp/terms", "\"example.jp/terms")
        << u":2:sources: \"example.jp/terms"_s;
    QTest::newRow("source in the future")
        << QByteArray(row).replace("2025-03-01", "2999-01-01") << u":2:sources: \"2999-01-01\" is not the date"_s;
    QTest::newRow("unknown fact") << QByteArray(row).replace("name, price", "name, prise")
                                  << u":2:sources: unknown fact \"prise\" (did you mean \"price\"?)"_s;
    QTest::newRow("unknown kind") << QByteArray(row).replace("| provider |", "| blog |")
                                  << u":2:sources: unknown kind of source \"blog\""_s;
}

void TestCatalogImport::schemeRules()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, expected);
    QByteArray header = ServiceHeader;
    if (QTest::currentDataTag() == QByteArray("¥11,000 with tax is ¥10,000 before tax")) {
        // 11,000 with tax passes; 11,001 does not.
        header.replace("\n", ",tax\n");
        auto catalog = emptyCatalog();
        auto ok = catalog->importFile(write(header + QByteArray(row).replace("\n", ",税込\n")));
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().first().toString()));
        row.replace("11000", "11001").replace("\n", ",included\n");
    }
    const QString file = write(header + row);
    auto validated = CatalogStore::validateFile(file);
    auto catalog = emptyCatalog();
    auto report = catalog->importFile(file);
    if (expected.isEmpty()) {
        QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
        QVERIFY(validated);
        QCOMPARE(report->servicesAdded, 1);
        return;
    }
    QVERIFY(!report);
    QVERIFY(!validated); // catalog validate refuses what import refuses
    QStringList all;
    for (const Diagnostic& d : report.error()) {
        all.append(d.toString());
    }
    QVERIFY2(all.join(u'\n').contains(file + expected), qPrintable(all.join(u'\n')));
    QCOMPARE(catalog->stats()->services, 0);
}

void TestCatalogImport::bundledCatalog()
{
    auto catalog = CatalogStore::open(m_files.filePath(u"bundled.sqlite"_s));
    QVERIFY(catalog);
    const CatalogStats s = *(*catalog)->stats();
    // Real services only: no sample, no fictional expert.
    QVERIFY(s.services >= 1);
    QCOMPARE(s.sampleServices, 0);
    QCOMPARE(s.talent, 0);
    QVERIFY(CatalogStore::bundledCompiled().isValid());
    QVERIFY(CatalogStore::bundledCompiled() <= QDate::currentDate());
    // Clean under catalog validate: the scheme's rules, and a source for every fact shown.
    for (const QString& file : CatalogStore::bundledFiles()) {
        auto report = CatalogStore::validateFile(file);
        QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
        QVERIFY2(report->warnings.isEmpty(),
                 report->warnings.isEmpty() ? "" : qPrintable(report->warnings.first().toString()));
    }
    const auto services = (*catalog)->services(); // named: a range-for over *temporary would dangle
    QVERIFY(services);
    for (const ServiceEntry& e : *services) {
        QVERIFY(!e.sample);
        QVERIFY(isOtasuke(e.scheme));
        QVERIFY(!e.sources.empty());
        for (const CatalogSource& source : e.sources) {
            QVERIFY2(source.date.isValid() && !source.kind.isEmpty() && !source.covers.isEmpty(),
                     qPrintable(e.id + u": "_s + source.url));
        }
        QVERIFY2(!e.note.isEmpty() && !e.noteJa.isEmpty(), qPrintable(e.id));
        QVERIFY(!e.name.contains(u"サンプル"_s));
    }
    // The Osaka chamber's service as its sources have it: no area and no subsidy listing claimed.
    const auto osaka = *(*catalog)->service(u"osaka-cci-otasuke"_s);
    QVERIFY(osaka);
    QCOMPARE(osaka->priceMonthly, 6600);
    QVERIFY(osaka->regionsUnknown);
    QVERIFY(!osaka->subsidy);
    QCOMPARE(osaka->tax, TaxBasis::Unknown);
    // The new type is the free pilot.
    const auto pilot = *(*catalog)->service(u"meti-otasuke-new-pilot"_s);
    QVERIFY(pilot);
    QCOMPARE(pilot->scheme, Scheme::OtasukeNew);
    QCOMPARE(pilot->priceMonthly, 0);
}

void TestCatalogImport::demoCatalog()
{
    // The fictional entries import cleanly when asked for, each marked as a sample and named as one.
    auto catalog = emptyCatalog();
    for (const QString& file : {u"services.json"_s, u"talent.csv"_s}) {
        const QString path = QStringLiteral(MAMORI_SOURCE_DIR "/resources/catalog/demo/") + file;
        auto report = catalog->importFile(path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
        QVERIFY2(report->warnings.isEmpty(),
                 report->warnings.isEmpty() ? "" : qPrintable(report->warnings.first().toString()));
    }
    const CatalogStats s = *catalog->stats();
    QVERIFY(s.services >= 10);
    QCOMPARE(s.sampleServices, s.services);
    QVERIFY(s.talent >= 200);
    QCOMPARE(s.sampleTalent, s.talent);
    const auto services = catalog->services(); // named: a range-for over *temporary would dangle
    QVERIFY(services);
    for (const ServiceEntry& e : *services) {
        QVERIFY(e.name.contains(u"サンプル"_s));
        QVERIFY(e.provider.contains(u"架空"_s));
    }
}

void TestCatalogImport::olderCatalogTakesTheBundledOne()
{
    // A catalog as an earlier Mamori made it: the samples it seeded, an entry an administrator added,
    // and an older copy of a bundled entry.
    const QString path = m_files.filePath(u"older.sqlite"_s);
    {
        auto old = CatalogStore::open(path, CatalogStore::Mode::ReadWrite, false);
        QVERIFY(old);
        QVERIFY((*old)->importFile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/catalog/demo/services.json")));
        QVERIFY((*old)->importFile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/catalog/demo/talent.csv")));
        QVERIFY((*old)->importFile(write(ServiceHeader + ServiceRow)));
        QVERIFY((*old)->importFile(write(ServiceHeader + QByteArray(ServiceRow).replace("s1,", "osaka-cci-otasuke,"))));
    }
    auto catalog = CatalogStore::open(path);
    QVERIFY2(catalog, catalog ? "" : qPrintable(catalog.error().first().toString()));
    const CatalogStats s = *(*catalog)->stats();
    QCOMPARE(s.sampleServices, 0);
    QCOMPARE(s.talent, 0);
    QVERIFY(*(*catalog)->service(u"s1"_s)); // the administrator's entry stays
    const auto osaka = *(*catalog)->service(u"osaka-cci-otasuke"_s);
    QVERIFY(osaka && osaka->regionsUnknown); // replaced by the bundled one
    const qint64 revision = (*catalog)->revision();
    catalog->reset();
    // Opened again: nothing more to do, and samples imported on purpose now stay.
    auto again = CatalogStore::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->revision(), revision);
    QVERIFY((*again)->importFile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/catalog/demo/services.json")));
    again->reset();
    auto third = CatalogStore::open(path);
    QVERIFY(third);
    QVERIFY((*third)->stats()->sampleServices > 0);
}

void TestCatalogImport::removeSamples()
{
    auto catalog = CatalogStore::open(m_files.filePath(u"samples.sqlite"_s));
    QVERIFY(catalog);
    QVERIFY(importDemoCatalog(**catalog));
    const CatalogStats before = *(*catalog)->stats();
    auto removed = (*catalog)->removeSamples();
    QVERIFY(removed);
    QCOMPARE(*removed, before.sampleServices + before.sampleTalent);
    const CatalogStats after = *(*catalog)->stats();
    QCOMPARE(after.services, before.services - before.sampleServices);
    QCOMPARE(after.sampleServices, 0);
    QCOMPARE(after.talent, 0);
    QVERIFY(after.talentByPrefecture.isEmpty());
    QCOMPARE((*(*catalog)->talentIndex())->keys.size(), std::size_t(0));
}

void TestCatalogImport::damagedAndForeignFiles()
{
    const QString notDb = write("this is not a database at all, just some text", u"sqlite"_s);
    auto c1 = CatalogStore::open(notDb);
    QVERIFY(!c1);
    QCOMPARE(c1.error().first().code, ErrorCode::Corrupt);
    const QString storeLike = m_files.filePath(u"other.sqlite"_s);
    {
        auto c = CatalogStore::open(storeLike, CatalogStore::Mode::ReadWrite, false);
        QVERIFY(c);
    }
    auto again = CatalogStore::open(storeLike);
    QVERIFY(again); // our own empty catalog reopens
}

void TestCatalogImport::spreadsheetQuirks_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<qint64>("price");
    const QByteArray header =
        "id,name,provider,scheme,type,regions,price_monthly,price_unit,capabilities,source_url,as_of";
    const QByteArray row = "q1,名前,会社,other,backup,13,PRICE,site,backup,https://example.jp,2025-01-01";
    const auto with = [&](const QByteArray& price) -> QByteArray {
        return QByteArray(row).replace("PRICE", price);
    };
    QTest::newRow("rows of empty cells (once formatted)") << header + "\n" + with("500") + "\n,,,,,,,,,,\n,,,\n"
                                                          << qint64(500);
    QTest::newRow("trailing columns without a name") << header + ",,\n" + with("500") + ",,\n" << qint64(500);
    // Excel (Japan) writes a currency cell's ¥ as byte 0x5C, a backslash once decoded.
    QTest::newRow("yen sign as backslash") << header + "\n" + with("\"\\8,800\"") + "\n" << qint64(8800);
    QTest::newRow("yen sign and 円") << header + "\n" + with("8800円") + "\n" << qint64(8800);
    // What Japanese Excel users type with the IME on: full-width digits, separators and yen.
    QTest::newRow("full-width digits and separators") << header + "\n" + with("\"１０，０００円\"") + "\n"
                                                      << qint64(10000);
    QTest::newRow("full-width yen sign") << header + "\n" + with("\"￥８，８００\"") + "\n" << qint64(8800);
    QTest::newRow("full-width date") << header + "\n" + with("500").replace("2025-01-01", "２０２５／０１／０１") + "\n"
                                     << qint64(500);
    // The columns named in Japanese, as an administrator's own sheet names them.
    QTest::newRow("Japanese column names")
        << QByteArray("ＩＤ,サービス名,事業者名,制度,類型,対応地域,月額料金,料金単位,機能,出典,確認日\n") +
               with("\"1,980\"") + "\n"
        << qint64(1980);
}

void TestCatalogImport::spreadsheetHints_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a registration number whose leading zero Excel dropped")
        << TalentHeader + QByteArray(TalentRow).replace(",012345,", ",12345,")
        << u":2:riss_number: \"12345\" has fewer than 6 digits: Excel drops leading zeros; write it as \"012345\""_s;
    QTest::newRow("a full-width registration number")
        << TalentHeader + QByteArray(TalentRow).replace(",012345,", ",０１２３４５,") << QString();
    QTest::newRow("a column nobody knows lists the columns")
        << QByteArray(ServiceHeader).replace("subsidy", "zzzzzzzz") + ServiceRow
        << u":1:zzzzzzzz: unknown column; the columns are: id, name, name_en, provider, provider_en, scheme, type"_s;
    QTest::newRow("neither kind lists both")
        << QByteArray("a,b\n1,2\n") << u"Services' columns: id, name, name_en, provider"_s;
}

void TestCatalogImport::spreadsheetHints()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    auto catalog = emptyCatalog();
    const QString path = write(file);
    auto report = catalog->importFile(path);
    if (expected.isEmpty()) {
        QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
        return;
    }
    QVERIFY(!report);
    QString all;
    for (const Diagnostic& d : report.error()) {
        all += d.toString() + u'\n';
    }
    QVERIFY2(all.contains(expected), qPrintable(all));
}

void TestCatalogImport::spreadsheetQuirks()
{
    QFETCH(QByteArray, file);
    QFETCH(qint64, price);
    auto catalog = emptyCatalog();
    auto report = catalog->importFile(write(file));
    QVERIFY2(report, report ? "" : qPrintable(report.error().first().toString()));
    QCOMPARE(report->servicesAdded, 1);
    QCOMPARE((*catalog->service(u"q1"_s))->priceMonthly, price);
    // A value under a column without a name is not silently dropped.
    auto bad = emptyCatalog()->importFile(
        write("id,name,provider,scheme,type,regions,price_monthly,price_unit,capabilities,source_url,as_of,\n"
              "q1,n,p,other,backup,13,1,site,backup,https://example.jp,2025-01-01,lost?\n"));
    QVERIFY(!bad);
    QVERIFY(bad.error().first().toString().endsWith(u"a value in column 12, which has no name in the first row"_s));
}

void TestCatalogImport::formulaGuardRoundTrips()
{
    // Cells that a spreadsheet would run as formulas are exported with a leading apostrophe, and
    // read back without it.
    auto catalog = emptyCatalog();
    QVERIFY(catalog->importFile(
        write(TalentHeader + QByteArray(TalentRow).replace(",,example source", ",+81-3-1234-5678,=cmd|calc"))));
    const QString file = m_files.filePath(u"guard.csv"_s);
    QVERIFY(catalog->exportTo(file, CatalogKind::Talent));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains(",'+81-3-1234-5678,'=cmd|calc,"));
    auto copy = emptyCatalog();
    QVERIFY(copy->importFile(file));
    const TalentEntry t = **copy->talent(u"t1"_s);
    QCOMPARE(t.contact, u"+81-3-1234-5678"_s);
    QCOMPARE(t.source, u"=cmd|calc"_s);
}

void TestCatalogImport::vocabularyChangeRecomputesSkills()
{
    // A catalog written under a vocabulary in another order: its stored skill bits are recomputed from
    // the entries when it is opened, so matching never credits the wrong capability.
    const QString path = m_files.filePath(u"vocabulary.sqlite"_s);
    quint64 skills = 0;
    {
        auto catalog = CatalogStore::open(path, CatalogStore::Mode::ReadWrite, false);
        QVERIFY(catalog);
        QVERIFY((*catalog)->importFile(write(TalentHeader + TalentRow)));
        skills = (*(*catalog)->talentIndex())->keys.at(0).skills;
        QVERIFY(skills != 0);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE talent SET skill_mask = 1"_s));
        QVERIFY(q.exec(u"UPDATE catalog_info SET value = 'training,helpdesk' WHERE key = 'vocabulary'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"edit"_s);
    auto reopened = CatalogStore::open(path);
    QVERIFY(reopened);
    QCOMPARE((*(*reopened)->talentIndex())->keys.at(0).skills, skills);
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
