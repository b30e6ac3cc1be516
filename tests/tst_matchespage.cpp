// The Matches step and the catalog manager, driven through their widgets (offscreen): the cards are
// the core's ranking, filters re-rank, a budget nobody meets says what to relax, two services compare
// side by side, the shortlist exports as Excel-ready CSV, and an import is previewed before it runs.
#include "core/answers.h"
#include "core/catalogstore.h"
#include "core/matching.h"
#include "core/packrepository.h"
#include "core/scorer.h"
#include "gui/assetspage.h"
#include "gui/catalogdialog.h"
#include "gui/companypage.h"
#include "gui/mainwindow.h"
#include "gui/matchespage.h"
#include "gui/questionpage.h"
#include "tests/democatalog.h"
#include "tests/samplewindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

} // namespace

class TestMatchesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cardsAreTheCoresRanking();
    void filtersAndRelax();
    void compareAndExport();
    void catalogManagerPreviewsThenImports();
    void bundledCatalogOutOfTheBox_data();
    void bundledCatalogOutOfTheBox();

private:
    // A window with the sample manufacturer's ipa-self-check answers, finished, on the Matches step.
    std::unique_ptr<MainWindow> openOnMatches(Language language);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestMatchesPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_matchespage"_s);
    QSettings().clear();
    const QString catalog = m_dir.filePath(u"catalog.sqlite"_s);
    qputenv("MAMORI_CATALOG", catalog.toLocal8Bit());
    // The bundled catalog and, loaded on purpose, the demo's fictional entries: enough to rank, filter
    // and compare.
    auto store = CatalogStore::open(catalog);
    QVERIFY(store);
    QVERIFY(importDemoCatalog(**store));
}

std::unique_ptr<MainWindow> TestMatchesPage::openOnMatches(Language language)
{
    return openSampleAssessment(m_dir.filePath(u"m%1.sqlite"_s.arg(++m_counter)), language, MainWindow::Matches);
}

void TestMatchesPage::cardsAreTheCoresRanking()
{
    auto window = openOnMatches(Language::English);
    QVERIFY(window);
    QCOMPARE(window->step(), MainWindow::Matches);
    MatchesPage* page = window->matchesPage();
    QVERIFY(page->services() && page->talent());

    // The same firm, answers and catalog straight through the core.
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    const auto pack = PackRepository().find(u"ipa-self-check"_s);
    const auto answers = loadAnswers(Samples + u"small-manufacturer.ipa-self-check.answers.json"_s, &*pack);
    const FirmNeeds firm = firmNeeds(*pack, *profile, Scorer(*pack, *profile).score(*answers));
    MatchOptions options;
    options.top = 10;
    const ServiceMatches expected = matchServices(*window->catalog()->services(), firm, options);
    QCOMPARE(page->services()->matches.size(), expected.matches.size());
    for (std::size_t i = 0; i < expected.matches.size(); ++i) {
        QCOMPARE(page->services()->matches[i].service.id, expected.matches[i].service.id);
        QCOMPARE(page->services()->matches[i].score, expected.matches[i].score);
        // One card per match, named for screen readers.
        auto* card = page->findChild<QWidget*>(u"service:"_s + expected.matches[i].service.id);
        QVERIFY(card);
        QCOMPARE(card->accessibleName(), expected.matches[i].service.displayName(Language::English));
    }
    QVERIFY(!page->talent()->matches.empty());
    QVERIFY(page->findChild<QWidget*>(u"talent:"_s + page->talent()->matches[0].talent.id));
    // Samples say so on their cards.
    auto* tabs = page->findChild<QTabWidget*>(u"matchTabs"_s);
    QVERIFY(tabs->tabText(0).startsWith(u"Services ("_s));
    // Back goes to the plan.
    QTest::mouseClick(window->findChild<QPushButton*>(u"back"_s), Qt::LeftButton);
    QCOMPARE(window->step(), MainWindow::Plan);
}

void TestMatchesPage::filtersAndRelax()
{
    auto window = openOnMatches(Language::English);
    QVERIFY(window);
    MatchesPage* page = window->matchesPage();
    const std::size_t all = page->services()->matches.size();
    auto* monthly = page->findChild<QSpinBox*>(u"monthlyBudget"_s);
    monthly->setValue(100);
    // Only what costs nothing is left: the free pilot of the new type.
    QVERIFY(!page->services()->matches.empty());
    for (const ServiceMatch& m : page->services()->matches) {
        QVERIFY(m.service.pricePublished && m.monthlyEstimate == 0);
    }
    // Class 1 only: nothing is that cheap, and the page says what to relax.
    auto* scheme = page->findChild<QComboBox*>(u"schemeFilter"_s);
    scheme->setCurrentIndex(scheme->findData(int(Scheme::Otasuke1)));
    QVERIFY(page->services()->matches.empty());
    auto* relax = page->findChild<QLabel*>(u"relaxServices"_s);
    QVERIFY(relax);
    QVERIFY2(relax->text().contains(u"Raise the budget to ¥"_s), qPrintable(relax->text()));
    monthly->setValue(0); // no limit again
    scheme->setCurrentIndex(0);
    QCOMPARE(page->services()->matches.size(), all);
    auto* onsite = page->findChild<QCheckBox*>(u"onsiteOnly"_s);
    onsite->setChecked(true);
    for (const ServiceMatch& m : page->services()->matches) {
        QVERIFY(m.service.dispatchesTo(27)); // the sample firm is in Osaka
    }
    for (const TalentMatch& m : page->talent()->matches) {
        QVERIFY(m.talent.onsite && m.talent.prefectures.contains(27));
    }
    auto* daily = page->findChild<QSpinBox*>(u"dailyBudget"_s);
    daily->setValue(40000);
    for (const TalentMatch& m : page->talent()->matches) {
        QVERIFY(m.talent.feeDayMin <= 40000);
    }
}

void TestMatchesPage::compareAndExport()
{
    auto window = openOnMatches(Language::Japanese);
    QVERIFY(window);
    MatchesPage* page = window->matchesPage();
    QVERIFY(page->services()->matches.size() >= 2);
    auto* compare = page->findChild<QPushButton*>(u"compareServices"_s);
    QVERIFY(!compare->isEnabled());
    const QString a = page->services()->matches[0].service.id;
    const QString b = page->services()->matches[1].service.id;
    page->findChild<QCheckBox*>(u"compare:"_s + a)->setChecked(true);
    QVERIFY(!compare->isEnabled());
    page->findChild<QCheckBox*>(u"compare:"_s + b)->setChecked(true);
    QVERIFY(compare->isEnabled());
    QCOMPARE(page->comparedServices(), (QStringList{a, b}));
    const QList<QStringList> rows = page->comparison(a, b);
    QVERIFY(rows.size() > 12);
    QCOMPARE(rows[0][1].startsWith(page->services()->matches[0].service.name), true);
    QVERIFY(
        std::any_of(rows.begin(), rows.end(), [](const QStringList& r) { return r[1] == u"✓"_s || r[2] == u"✓"_s; }));

    const QString file = m_dir.filePath(u"shortlist.csv"_s);
    QString error;
    QVERIFY(page->exportShortlist(file, &error));
    // Owner-only, like the reports: it lists the firm's gaps.
    QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(a));
    QVERIFY(text.contains(page->talent()->matches[0].talent.id));
    QVERIFY(text.contains(u"サービス"_s)); // Japanese kind column
    QCOMPARE(text.count(u"\r\n"_s), 1 + int(page->services()->matches.size()) + int(page->talent()->matches.size()));
}

void TestMatchesPage::catalogManagerPreviewsThenImports()
{
    auto window = openOnMatches(Language::English);
    QVERIFY(window);
    CatalogStore* catalog = window->catalog();
    QVERIFY(catalog);
    const int before = catalog->stats()->talent;
    CatalogDialog dialog(*catalog, installedAreas(PackRepository()));
    const QString bad = m_dir.filePath(u"bad.csv"_s);
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,display_name,skills,prefectures,as_of,source\nnew1,A,backup,27,2025-01-01,s\n"
                "new2,B,backup,99,2025-01-01,s\n");
    }
    dialog.preview(bad);
    auto* preview = dialog.findChild<QPlainTextEdit*>(u"importPreview"_s);
    auto* run = dialog.findChild<QPushButton*>(u"runImport"_s);
    QVERIFY2(preview->toPlainText().contains(bad + u":3:prefectures:"_s), qPrintable(preview->toPlainText()));
    QVERIFY(!run->isEnabled());
    QCOMPARE(catalog->stats()->talent, before); // a preview writes nothing
    const QString good = m_dir.filePath(u"good.csv"_s);
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,display_name,skills,prefectures,as_of,source\nnew1,A,backup,27,2025-01-01,s\n");
    }
    dialog.preview(good);
    QVERIFY(run->isEnabled());
    QVERIFY(preview->toPlainText().contains(u"Ready to import: 0 services and 1 experts"_s));
    QSignalSpy changed(&dialog, &CatalogDialog::catalogChanged);
    QVERIFY(dialog.importPreviewed());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(catalog->stats()->talent, before + 1);
    QVERIFY(dialog.findChild<QLabel*>(u"catalogStats"_s)->text().contains(u"Experts: %1"_s.arg(before + 1)));
}

void TestMatchesPage::bundledCatalogOutOfTheBox_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("ja") << int(Language::Japanese);
    QTest::newRow("en") << int(Language::English);
}

void TestMatchesPage::bundledCatalogOutOfTheBox()
{
    // A first-time user's catalog: made from the bundled one, nothing imported.
    QFETCH(int, language);
    const QByteArray demo = qgetenv("MAMORI_CATALOG");
    qputenv("MAMORI_CATALOG", m_dir.filePath(u"fresh-%1.sqlite"_s.arg(language)).toLocal8Bit());
    auto window = openOnMatches(Language(language));
    qputenv("MAMORI_CATALOG", demo);
    QVERIFY(window);
    MatchesPage* page = window->matchesPage();
    QVERIFY(page->services() && !page->services()->matches.empty());
    for (const ServiceMatch& m : page->services()->matches) {
        QVERIFY(!m.service.sample);
        auto* card = page->findChild<QWidget*>(u"service:"_s + m.service.id);
        QVERIFY(card);
        // Each card names its sources as links to open, with their dates.
        auto* sources = card->findChild<QLabel*>(u"serviceSources"_s);
        QVERIFY(sources);
        QVERIFY(sources->openExternalLinks());
        QVERIFY2(sources->text().contains(u"<a href=\"https://"_s), qPrintable(sources->text()));
        QVERIFY(sources->text().contains(m.service.sources.front().date.toString(Qt::ISODate)));
        QVERIFY(card->findChild<QLabel*>(u"serviceNote"_s));
    }
    // The Osaka chamber's facts date from 2021: marked on its card, until the limit is raised.
    auto* osaka = page->findChild<QWidget*>(u"service:osaka-cci-otasuke"_s);
    QVERIFY(osaka);
    const auto title = [&] {
        return page->findChild<QWidget*>(u"service:osaka-cci-otasuke"_s)->findChildren<QLabel*>().first()->text();
    };
    QVERIFY2(title().contains(u"2021-04-15"_s), qPrintable(title()));
    AppSettings settings = window->settings();
    settings.staleMonths = 120;
    window->applySettings(settings);
    QVERIFY2(!title().contains(u"2021-04-15"_s), qPrintable(title()));
    settings.staleMonths = 12;
    window->applySettings(settings);
    QVERIFY(title().contains(u"2021-04-15"_s));
    // No expert is invented: the page says where to find one.
    QVERIFY(page->talent() && page->talent()->matches.empty());
    auto* relax = page->findChild<QLabel*>(u"relaxTalent"_s);
    QVERIFY(relax);
    QVERIFY2(relax->text().contains(u"中小企業119"_s), qPrintable(relax->text()));
}

QTEST_MAIN(TestMatchesPage)
#include "tst_matchespage.moc"
