// The desktop application as a first-time user meets it: the recommended questionnaire (the SME
// guideline check, ten areas) on a laptop screen. The window's size and place, the IT-assets page
// without scrolling, and charts that stay readable with many long area names.

#include "core/answers.h"
#include "core/packloader.h"
#include "core/packrepository.h"
#include "core/packtrust.h"
#include "core/profile.h"
#include "core/scorer.h"
#include "core/store.h"
#include "gui/appsettings.h"
#include "gui/assetspage.h"
#include "gui/companypage.h"
#include "gui/contraststyle.h"
#include "gui/mainwindow.h"
#include "gui/questionpage.h"
#include "gui/resultspage.h"
#include "tests/clirun.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyleFactory>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include <cmath>
#include <set>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

AppSettings settingsFor(const QString& database, Language language)
{
    AppSettings a;
    a.language = language;
    a.databasePath = database;
    return a;
}

// IPA's self-check with its 25 questions spread over twelve areas with long names: the most areas a
// chart must stay readable with.
Result<Pack> twelveAreas()
{
    QFile file(QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires/ipa-self-check.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(fileError(ErrorCode::Io, file.fileName(), u"unreadable"_s));
    }
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json[u"id"_s] = u"twelve-areas"_s;
    const QJsonObject model = json[u"categories"_s].toArray().first().toObject();
    QJsonArray categories;
    for (int i = 1; i <= 12; ++i) {
        QJsonObject c = model;
        c[u"id"_s] = u"area%1"_s.arg(i);
        c[u"title"_s] =
            QJsonObject{{u"ja"_s, u"取引先・委託先とサプライチェーンの情報セキュリティ対策 その%1"_s.arg(i)},
                        {u"en"_s, u"Partners, contractors and the supply chain, part %1 of the practice"_s.arg(i)}};
        categories.append(c);
    }
    json[u"categories"_s] = categories;
    QJsonArray questions = json[u"questions"_s].toArray();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        QJsonObject q = questions[i].toObject();
        q[u"category"_s] = u"area%1"_s.arg(i % 12 + 1);
        questions[i] = q;
    }
    json[u"questions"_s] = questions;
    return PackLoader().loadData(QJsonDocument(json).toJson(), u"twelve-areas.json"_s);
}

} // namespace

class TestFirstUse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void firstWindowFillsASmallScreen();
    void windowComesBackWhereItWasClosed();
    void assetsPageFitsALaptopScreen_data();
    void assetsPageFitsALaptopScreen();
    void resultsNumberTheAreas_data();
    void resultsNumberTheAreas();
    void unsignedIsSaidWhereverThePackIsUsed();
    void uncheckedBoxesShowOnDark();
    void linksReadOnDark();

private:
    QTemporaryDir m_dir;
    PackRepository m_packs;
};

void TestFirstUse::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_firstuse"_s);
    QVERIFY(m_dir.isValid());
}

void TestFirstUse::firstWindowFillsASmallScreen()
{
    // The offscreen platform's screen is 800×600: a laptop-sized screen, where the window is maximised.
    const QString db = m_dir.filePath(u"first.sqlite"_s);
    MainWindow window(settingsFor(db, Language::Japanese));
    window.placeOnScreen();
    QVERIFY(window.windowState().testFlag(Qt::WindowMaximized));
    // The title names the application once; Qt adds "— Mamori" itself.
    QVERIFY(!window.windowTitle().contains(u"Mamori"_s));
    QVERIFY(window.windowTitle().contains(u"中小企業"_s));
}

void TestFirstUse::windowComesBackWhereItWasClosed()
{
    const QString db = m_dir.filePath(u"again.sqlite"_s);
    QSize closed;
    {
        MainWindow window(settingsFor(db, Language::English));
        window.setGeometry(40, 50, 760, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        closed = window.size();
        window.close();
    }
    QVERIFY(!AppSettings::window().geometry.isEmpty());
    MainWindow again(settingsFor(db, Language::English));
    again.placeOnScreen();
    QVERIFY(!again.windowState().testFlag(Qt::WindowMaximized));
    QCOMPARE(again.size(), closed);
    QVERIFY(closed != QSize(800, 600)); // not merely the whole screen
}

void TestFirstUse::assetsPageFitsALaptopScreen_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("ja") << int(Language::Japanese);
    QTest::newRow("en") << int(Language::English);
}

// A maximised window on a 1366×768 screen, less the desktop's panel and the title bar: the page shows
// every field, both lists and every questionnaire without a scroll bar.
void TestFirstUse::assetsPageFitsALaptopScreen()
{
    QFETCH(int, language);
    const QString db = m_dir.filePath(u"assets%1.sqlite"_s.arg(language));
    MainWindow window(settingsFor(db, Language(language)));
    QVERIFY(window.openDatabase(db));
    window.resize(1366, 700);
    window.show();
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    QVERIFY(profile);
    window.newAssessment(0);
    window.companyPage()->setProfile(*profile);
    window.assetsPage()->setProfile(*profile);
    window.goTo(MainWindow::Assets);
    QCoreApplication::processEvents();
    auto* scroll = window.assetsPage()->findChild<QScrollArea*>();
    QVERIFY(scroll);
    QVERIFY2(!scroll->verticalScrollBar()->isVisible(),
             qPrintable(u"the page needs %1 more pixels"_s.arg(scroll->verticalScrollBar()->maximum())));
    // The capital is in units of 10,000 yen; English says so without 万円.
    auto* capital = window.findChild<QDoubleSpinBox*>(u"companyCapital"_s);
    QVERIFY(capital);
    QCOMPARE(capital->suffix().contains(u"万円"_s), language == int(Language::Japanese));
    auto* packs = window.findChild<QListWidget*>(u"assetsPack"_s);
    QVERIFY(packs->count() >= 4);
    const QRect last = packs->visualItemRect(packs->item(packs->count() - 1));
    QVERIFY(packs->viewport()->rect().contains(last)); // every questionnaire in sight
    QVERIFY(!window.findChild<QLabel*>(u"assetsPackReason"_s)->text().isEmpty());
}

void TestFirstUse::resultsNumberTheAreas_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("pack");
    // The bundled packs (10, 3 and 7 areas), and one of twelve areas with long names in both languages.
    for (const QString& pack : {u"sme-guideline"_s, u"ipa-self-check"_s, u"scs-star3-readiness"_s, u"twelve"_s}) {
        QTest::newRow(qPrintable(pack + u" ja"_s)) << int(Language::Japanese) << pack;
        QTest::newRow(qPrintable(pack + u" en"_s)) << int(Language::English) << pack;
    }
}

// The radar's spokes carry numbers and the table beside it names them: ten long Japanese area names
// as spoke labels left the plot a dot. The gap bars start with the same numbers; their axis ticks are
// round numbers and their values read as the table writes them.
void TestFirstUse::resultsNumberTheAreas()
{
    QFETCH(int, language);
    QFETCH(QString, pack);
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    const auto found = pack == u"twelve"_s ? twelveAreas() : m_packs.find(pack);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().first().toString()));
    QVERIFY(profile);
    const auto shared = std::make_shared<const Pack>(*found);
    AnswerSet answers;
    int i = 0;
    for (const Question& q : found->questions) {
        answers.choices.insert(q.id, found->scale[std::size_t(i++ % 3)].id);
    }
    ScoredAssessment scored{{}, shared, Scorer(*shared, *profile).score(answers)};
    ResultsPage page;
    page.setLanguage(Language(language));
    page.resize(1176, 640);
    page.showResult(scored, {}, std::nullopt);

    int areas = 0;
    for (const CategoryScore& c : scored.result.categories) {
        areas += c.maxPoints > 0 ? 1 : 0;
    }
    if (pack == u"twelve"_s) {
        QCOMPARE(areas, 12);
    }
    QStringList numbers;
    for (int n = 1; n <= areas; ++n) {
        numbers.append(QString::number(n));
    }
    QCOMPARE(page.radarLabels(), numbers);
    auto* table = page.findChild<QTreeWidget*>(u"resultAreas"_s);
    QCOMPARE(table->topLevelItemCount(), areas);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(table->verticalScrollBar()->maximum(), 0); // every area in sight, none behind a scroll bar
    for (int n = 0; n < areas; ++n) {
        QCOMPARE(table->topLevelItem(n)->text(0), numbers[n]);
        QCOMPARE(table->topLevelItem(n)->text(1), page.chartCategories()[n]); // the whole name, never cut
    }
    const QStringList gaps = page.gapLabels();
    QCOMPARE(gaps.size(), areas);
    for (const QString& label : gaps) {
        const qsizetype space = label.indexOf(u' ');
        QVERIFY(space > 0);
        const int n = label.left(space).toInt();
        QVERIFY(n >= 1 && n <= areas);
        QCOMPARE(label.mid(space).trimmed(), page.chartCategories()[n - 1]);
    }
    // The plot keeps its size whatever the names.
    auto* radar = page.findChild<QChartView*>(u"radarChart"_s);
    QVERIFY(radar->minimumWidth() >= 300 && radar->minimumHeight() >= 300);
    // Round ticks on the gap axis, and the values in the same form as the table ("10.0").
    auto* gapView = page.findChild<QChartView*>(u"gapChart"_s);
    QValueAxis* value = nullptr;
    QBarCategoryAxis* values = nullptr;
    for (QAbstractAxis* axis : gapView->chart()->axes()) {
        if (auto* v = qobject_cast<QValueAxis*>(axis)) {
            value = v;
        } else if (auto* c = qobject_cast<QBarCategoryAxis*>(axis); c && axis->alignment() == Qt::AlignRight) {
            values = c;
        }
    }
    QVERIFY(value && values);
    QCOMPARE(value->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(value->tickAnchor(), 0.0);
    const double step = value->tickInterval();
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    QVERIFY2(std::set<double>({1, 2, 5, 10}).count(std::round(step / magnitude * 10) / 10) == 1,
             qPrintable(QString::number(step)));
    QCOMPARE(std::fmod(value->max(), step), 0.0);
    for (const QString& v : values->categories()) {
        QVERIFY2(
            v.contains(
                QLocale(language == int(Language::Japanese) ? QLocale::Japanese : QLocale::English).decimalPoint()),
            qPrintable(v));
    }
}

// A draft questionnaire named in MAMORI_PACK_PATH loads unsigned; wherever it is chosen or its results
// are shown — the IT-assets list, the results page, `assess`, the PDF — it says so.
void TestFirstUse::unsignedIsSaidWhereverThePackIsUsed()
{
    const QString drafts = m_dir.filePath(u"drafts"_s);
    QVERIFY(QDir().mkpath(drafts));
    QFile bundled(QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires/ipa-self-check.json"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(bundled.readAll()).object();
    json[u"id"_s] = u"draft-self-check"_s;
    const QString file = drafts + u"/draft-self-check.json"_s;
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(json).toJson());
    out.close();
    qputenv("MAMORI_PACK_PATH", drafts.toLocal8Bit());
    const auto restore = qScopeGuard([] { qputenv("MAMORI_PACK_PATH", ""); });

    const PackRepository packs;
    const auto pack = packs.find(u"draft-self-check"_s);
    QVERIFY2(pack, qPrintable(pack ? QString() : pack.error().first().toString()));
    QCOMPARE(pack->verification.state, TrustState::Unsigned);
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    QVERIFY(profile);

    AssetsPage assets(packs);
    assets.setProfile(*profile);
    QVERIFY(assets.choosePack(u"draft-self-check"_s));
    auto* list = assets.findChild<QListWidget*>(u"assetsPack"_s);
    QVERIFY(list->currentItem()->text().endsWith(u" — unsigned"_s) ||
            list->currentItem()->text().endsWith(u" — 署名なし"_s));
    for (int i = 0; i < list->count(); ++i) { // the signed ones do not
        if (list->item(i) != list->currentItem()) {
            QVERIFY(!list->item(i)->text().contains(u"unsigned"_s) && !list->item(i)->text().contains(u"署名なし"_s));
        }
    }

    const auto shared = std::make_shared<const Pack>(*pack);
    ResultsPage results;
    results.showResult({{}, shared, Scorer(*shared, *profile).score(AnswerSet{})}, {}, std::nullopt);
    auto* notice = results.findChild<QLabel*>(u"resultUnsigned"_s);
    QVERIFY(notice->isVisibleTo(&results));
    QCOMPARE(notice->text(), unsignedNotice(TrustState::Unsigned));
    const auto signedPack = std::make_shared<const Pack>(*m_packs.find(u"ipa-self-check"_s));
    results.showResult({{}, signedPack, Scorer(*signedPack, *profile).score(AnswerSet{})}, {}, std::nullopt);
    QVERIFY(!notice->isVisibleTo(&results));

    // The sample firm's answers, as given to the draft.
    QFile sample(Samples + u"small-manufacturer.ipa-self-check.answers.json"_s);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QJsonObject given = QJsonDocument::fromJson(sample.readAll()).object();
    given[u"pack"_s] = u"draft-self-check"_s;
    const QString answers = m_dir.filePath(u"draft.answers.json"_s);
    QFile answersFile(answers);
    QVERIFY(answersFile.open(QIODevice::WriteOnly));
    answersFile.write(QJsonDocument(given).toJson());
    answersFile.close();
    const QString profileFile = Samples + u"small-manufacturer.profile.json"_s;
    for (const auto& [code, words] :
         {std::pair{u"en"_s, u"Unsigned questionnaire"_s}, std::pair{u"ja"_s, u"署名のない質問票"_s}}) {
        const auto assess = test::runCliInProcess(
            {u"--lang"_s, code, u"assess"_s, u"--pack"_s, file, u"--profile"_s, profileFile, u"--answers"_s, answers});
        QCOMPARE(assess.code, 0);
        QVERIFY2(assess.out.contains(words), qPrintable(assess.out));
        const QString pdf = m_dir.filePath(u"unsigned-%1.pdf"_s.arg(code));
        const auto report = test::runCliInProcess({u"--lang"_s, code, u"report"_s, u"--pack"_s, file, u"--profile"_s,
                                                   profileFile, u"--answers"_s, answers, u"--out"_s, pdf});
        QVERIFY2(report.code == 0, qPrintable(report.err));
        QProcess text;
        text.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY(text.waitForFinished(60000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput()).simplified().remove(u' ');
        QVERIFY2(pdfText.contains(QString(words).remove(u' ')), qPrintable(pdfText.left(400)));
    }
}

// On a dark palette Fusion outlines a check box in the colour of the box; ContrastStyle draws a frame
// that stands out from the background.
void TestFirstUse::linksReadOnDark()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Link, QColor(0, 0, 0xff)); // Qt's default
    ContrastStyle style(QStyleFactory::create(u"Fusion"_s));
    style.polish(dark);
    QVERIFY(dark.color(QPalette::Link).lightness() - dark.color(QPalette::Base).lightness() > 100);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Link, QColor(0, 0, 0xff));
    style.polish(light);
    QCOMPARE(light.color(QPalette::Link), QColor(0, 0, 0xff)); // a light palette keeps its links
}

void TestFirstUse::uncheckedBoxesShowOnDark()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    const auto visiblePixels = [&dark](QStyle& style) {
        QImage image(24, 24, QImage::Format_RGB32);
        image.fill(dark.color(QPalette::Base));
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(4, 4, 16, 16);
        option.palette = dark;
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        style.drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &option, &painter);
        painter.end();
        int visible = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                visible += QColor(image.pixel(x, y)).lightness() - dark.color(QPalette::Base).lightness() > 40 ? 1 : 0;
            }
        }
        return visible;
    };
    ContrastStyle contrast(QStyleFactory::create(u"Fusion"_s));
    QVERIFY2(visiblePixels(contrast) >= 40, qPrintable(QString::number(visiblePixels(contrast)))); // a whole frame
}

QTEST_MAIN(TestFirstUse)
#include "tst_firstuse.moc"
