// Help ▸ User guide (F1): the guide ships inside Mamori with its screenshots and opens offline at the
// section for the step on screen, in the window's language.

#include "core/profile.h"
#include "gui/appsettings.h"
#include "gui/assetspage.h"
#include "gui/companypage.h"
#include "gui/helpwindow.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

AppSettings settingsFor(const QString& database, Language language)
{
    AppSettings a;
    a.language = language;
    a.databasePath = database;
    return a;
}

QString resourceText(const QString& url)
{
    QFile f(u":"_s + QUrl(url).path());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void guidesAndTheirPicturesAreInside_data();
    void guidesAndTheirPicturesAreInside();
    void f1OpensTheSectionOfTheStep_data();
    void f1OpensTheSectionOfTheStep();
    void followsTheLanguageAndLinks();

private:
    QTemporaryDir m_dir;
};

void TestHelp::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_help"_s);
    QVERIFY(m_dir.isValid());
}

void TestHelp::guidesAndTheirPicturesAreInside_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("ja") << int(Language::Japanese);
    QTest::newRow("en") << int(Language::English);
}

// The compiled-in guide is the one in docs/, and every picture it shows is there with it.
void TestHelp::guidesAndTheirPicturesAreInside()
{
    QFETCH(int, language);
    const QString url = HelpWindow::guideUrl(Language(language));
    const QString inside = resourceText(url);
    QFile source(QStringLiteral(MAMORI_SOURCE_DIR "/docs/") + QUrl(url).fileName());
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(inside, QString::fromUtf8(source.readAll()));
    const QRegularExpression image(uR"(!\[[^\]]*\]\(([^)]+)\))"_s);
    int pictures = 0;
    for (auto it = image.globalMatch(inside); it.hasNext();) {
        const QString name = it.next().captured(1);
        const QImage picture(u":/mamori/help/"_s + name);
        QVERIFY2(!picture.isNull(), qPrintable(name));
        QVERIFY(picture.width() >= 640);
        ++pictures;
    }
    QVERIFY(pictures >= 10);
}

void TestHelp::f1OpensTheSectionOfTheStep_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("step");
    for (const auto& [code, language] : {std::pair{"ja", Language::Japanese}, std::pair{"en", Language::English}}) {
        for (int step = MainWindow::Welcome; step <= MainWindow::Assets; ++step) {
            QTest::addRow("%s step %d", code, step) << int(language) << step;
        }
    }
}

void TestHelp::f1OpensTheSectionOfTheStep()
{
    QFETCH(int, language);
    QFETCH(int, step);
    const QString db = m_dir.filePath(u"help%1-%2.sqlite"_s.arg(language).arg(step));
    MainWindow window(settingsFor(db, Language(language)));
    QVERIFY(window.openDatabase(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (step > MainWindow::Welcome) {
        const auto profile =
            loadProfile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/small-manufacturer.profile.json"));
        QVERIFY(profile);
        window.newAssessment(0);
        window.companyPage()->setProfile(*profile);
        window.assetsPage()->setProfile(*profile);
        window.goTo(MainWindow::Step(step));
    }
    QCOMPARE(int(window.step()), step);
    QTest::keyClick(&window, Qt::Key_F1);
    auto* help = window.findChild<HelpWindow*>(u"helpWindow"_s);
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QCOMPARE(help->currentDocument(), HelpWindow::guideUrl(Language(language)));
    const int section = MainWindow::guideSection(MainWindow::Step(step));
    QVERIFY2(help->currentHeading().startsWith(QString::number(section) + u". "_s), qPrintable(help->currentHeading()));
    // At the top of the view, not merely somewhere on the page.
    QTextBrowser* browser = help->browser();
    const QTextBlock top = browser->cursorForPosition(QPoint(4, 4)).block();
    QCOMPARE(top.text(), help->currentHeading());
    // The pictures are drawn from inside Mamori, narrowed to the window.
    bool sawImage = false;
    for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat f = it.fragment().charFormat().toImageFormat();
            if (f.isValid()) {
                sawImage = true;
                QVERIFY(!browser->document()->resource(QTextDocument::ImageResource, QUrl(f.name())).isNull());
                QVERIFY(f.width() > 0 && f.width() <= 760);
            }
        }
    }
    QVERIFY(sawImage);
}

// Every step's section is there in both guides, the guide switches with the window's language, and a
// link to another document of docs/ opens inside the help.
void TestHelp::followsTheLanguageAndLinks()
{
    HelpWindow help;
    for (const Language language : {Language::Japanese, Language::English}) {
        for (int step = MainWindow::Welcome; step <= MainWindow::Report; ++step) {
            const int section = MainWindow::guideSection(MainWindow::Step(step));
            QVERIFY2(help.showSection(language, section), qPrintable(u"section %1"_s.arg(section)));
            QVERIFY(help.currentHeading().startsWith(QString::number(section) + u". "_s));
        }
    }
    QVERIFY(help.showSection(Language::Japanese, 10));
    QVERIFY(help.currentHeading().contains(u"報告書"_s));
    QVERIFY(help.showSection(Language::English, 10));
    QVERIFY(help.currentHeading().contains(u"Reports"_s));
    emit help.browser()->anchorClicked(QUrl(u"report-format.md"_s));
    QCOMPARE(help.currentDocument(), u"qrc:/mamori/help/report-format.md"_s);
    QVERIFY(help.browser()->toPlainText().size() > 200);
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
