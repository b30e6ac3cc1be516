#include "core/expression.h"

#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

Profile sampleProfile()
{
    Profile p;
    p.name = u"テスト工業"_s;
    p.industry = u'E';
    p.prefecture = 27;
    p.employees = 35;
    p.capitalManYen = 3000;
    p.suppliesLargeFirms = true;
    p.assets.pcs = 30;
    p.assets.mobiles = 0;
    p.assets.servers = 1;
    p.assets.website = true;
    p.assets.ecommerce = false;
    p.assets.cloud = {u"mail"_s, u"accounting"_s};
    p.assets.remoteWork = false;
    p.assets.wifi = true;
    p.assets.personalInfoRecords = 300;
    p.assets.otDevices = true;
    p.assets.itStaff = ItStaff::PartTime;
    p.protections = {u"antivirus"_s, u"backup"_s};
    return p;
}

} // namespace

class TestExpression : public QObject
{
    Q_OBJECT

private slots:
    void evaluates_data();
    void evaluates();
    void rejects_data();
    void rejects();
    void boundsDepthAndLength();
    void listsFields();
};

void TestExpression::evaluates_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("expected");
    QTest::newRow("bool field") << u"assets.website"_s << true;
    QTest::newRow("not") << u"!assets.ecommerce"_s << true;
    QTest::newRow("double not") << u"!!assets.wifi"_s << true;
    QTest::newRow("number gt") << u"employees > 5"_s << true;
    QTest::newRow("number le") << u"employees <= 34"_s << false;
    QTest::newRow("number ge equal") << u"employees >= 35"_s << true;
    QTest::newRow("number eq decimal") << u"assets.servers == 1.0"_s << true;
    QTest::newRow("number ne") << u"prefecture != 27"_s << false;
    QTest::newRow("and") << u"assets.website && employees > 5"_s << true;
    QTest::newRow("and false") << u"assets.website && assets.ecommerce"_s << false;
    QTest::newRow("or") << u"assets.ecommerce || assets.ot_devices"_s << true;
    QTest::newRow("precedence and over or") << u"true || false && false"_s << true;
    QTest::newRow("parentheses") << u"(true || false) && false"_s << false;
    QTest::newRow("string eq") << u"industry == \"E\""_s << true;
    QTest::newRow("single quotes") << u"tier == 'small'"_s << true;
    QTest::newRow("literal first") << u"\"small\" == tier"_s << true;
    QTest::newRow("in string list") << u"tier in [\"small\", \"medium\"]"_s << true;
    QTest::newRow("not in list") << u"!(tier in [\"micro\"])"_s << true;
    QTest::newRow("in number list") << u"prefecture in [13, 27, 23]"_s << true;
    QTest::newRow("member of list field") << u"\"mail\" in assets.cloud"_s << true;
    QTest::newRow("not member") << u"\"file_sharing\" in assets.cloud"_s << false;
    QTest::newRow("protections") << u"\"backup\" in protections && !(\"edr\" in protections)"_s << true;
    QTest::newRow("uses cloud") << u"assets.uses_cloud"_s << true;
    QTest::newRow("enum field") << u"assets.it_staff == \"part_time\""_s << true;
    QTest::newRow("sector class") << u"sector_class == \"manufacturing\""_s << true;
    QTest::newRow("capital") << u"capital_man_yen < 30000"_s << true;
    QTest::newRow("records") << u"assets.personal_info_records >= 5000"_s << false;
    QTest::newRow("bool compare") << u"supplies_large_firms == true"_s << true;
    QTest::newRow("negative number") << u"assets.mobiles > -1"_s << true;
    QTest::newRow("whitespace") << u"  assets.pcs>0&&assets.servers>0  "_s << true;
}

void TestExpression::evaluates()
{
    QFETCH(QString, source);
    QFETCH(bool, expected);
    const auto e = Expression::parse(source);
    QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
    QCOMPARE(e->evaluate(sampleProfile()), expected);
}

void TestExpression::rejects_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u"   "_s << 1 << u"empty"_s;
    QTest::newRow("unknown field") << u"assets.website && asets.pcs > 0"_s << 19 << u"did you mean \"assets.pcs\""_s;
    QTest::newRow("unknown field far") << u"turnover > 5"_s << 1 << u"unknown profile field \"turnover\""_s;
    QTest::newRow("single equals") << u"employees = 5"_s << 11 << u"write \"==\""_s;
    QTest::newRow("single ampersand") << u"assets.wifi & assets.website"_s << 13 << u"\"&&\""_s;
    QTest::newRow("word operator") << u"assets.wifi and assets.website"_s << 13 << u"use &&"_s;
    QTest::newRow("type mismatch") << u"employees == \"5\""_s << 11 << u"cannot compare a number with a string"_s;
    QTest::newRow("ordering strings") << u"tier > \"micro\""_s << 6 << u"compares numbers only"_s;
    QTest::newRow("not boolean") << u"employees"_s << 1 << u"must be true or false"_s;
    QTest::newRow("and number") << u"assets.wifi && employees"_s << 16 << u"needs true/false"_s;
    QTest::newRow("not of number") << u"!employees"_s << 2 << u"needs true/false"_s;
    QTest::newRow("unknown enum value") << u"tier == \"tiny\""_s << 9 << u"not a value of tier"_s;
    QTest::newRow("unknown enum in list") << u"tier in [\"small\", \"huge\"]"_s << 19 << u"not a value of tier"_s;
    QTest::newRow("unknown list member") << u"\"dropbox\" in assets.cloud"_s << 1 << u"not a value of assets.cloud"_s;
    QTest::newRow("list compare") << u"assets.cloud == \"mail\""_s << 1 << u"list cannot be compared"_s;
    QTest::newRow("in needs list") << u"tier in employees"_s << 9 << u"needs a list"_s;
    QTest::newRow("mixed list") << u"prefecture in [13, \"27\"]"_s << 20 << u"expected a number in the list"_s;
    QTest::newRow("empty list") << u"prefecture in []"_s << 15 << u"empty"_s;
    QTest::newRow("unclosed list") << u"prefecture in [13, 27"_s << 22 << u"expected , or ]"_s;
    QTest::newRow("unclosed paren") << u"(assets.wifi || assets.website"_s << 31 << u"close the \"(\" at column 1"_s;
    QTest::newRow("unclosed string") << u"tier == \"small"_s << 9 << u"not closed"_s;
    QTest::newRow("trailing token") << u"assets.wifi assets.website"_s << 13 << u"after a complete expression"_s;
    QTest::newRow("dangling operator") << u"assets.wifi &&"_s << 15 << u"ends too early"_s;
    QTest::newRow("bad character") << u"employees > 5 ; drop"_s << 15 << u"unexpected character"_s;
    QTest::newRow("emoji") << QString::fromUtf8("assets.wifi && 😀") << 16
                           << QString::fromUtf8("unexpected character \"😀\"");
    QTest::newRow("japanese column") << u"industry == \"E\" && 従業員 > 5"_s << 20
                                     << u"unknown profile field \"従業員\""_s;
}

void TestExpression::rejects()
{
    QFETCH(QString, source);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto e = Expression::parse(source);
    QVERIFY(!e);
    QVERIFY2(e.error().message.contains(message), qPrintable(e.error().message));
    QCOMPARE(e.error().column, column);
}

void TestExpression::boundsDepthAndLength()
{
    const QString deep = QString(200, u'(') + u"true"_s + QString(200, u')');
    const auto e = Expression::parse(deep);
    QVERIFY(!e);
    QVERIFY2(e.error().message.contains(u"deeper than 32"_s), qPrintable(e.error().message));

    const QString shallow = QString(8, u'(') + u"true"_s + QString(8, u')');
    QVERIFY(Expression::parse(shallow));

    QString longExpr = u"true"_s;
    while (longExpr.size() <= Expression::MaxLength) {
        longExpr += u" && true"_s;
    }
    const auto tooLong = Expression::parse(longExpr);
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().message.contains(u"longer than"_s));

    QString deepNot(Expression::MaxDepth * 4, u'!');
    QVERIFY(!Expression::parse(deepNot + u"true"_s));
}

void TestExpression::listsFields()
{
    const auto e = Expression::parse(u"assets.website && (employees > 5 || assets.website) && tier != \"micro\""_s);
    QVERIFY(e);
    QCOMPARE(e->fields(), (QStringList{u"assets.website"_s, u"employees"_s, u"tier"_s}));
}

QTEST_APPLESS_MAIN(TestExpression)
#include "tst_expression.moc"
