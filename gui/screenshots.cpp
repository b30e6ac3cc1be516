// mamori-screenshots: walks the desktop application through every page with a sample firm and writes
// one PNG per page and language, for the documentation and for looking at the screens after a change.
// Usage: mamori-screenshots OUTPUT_DIR [--dark] [--pack ID] [--size WxH]
//   --pack: the questionnaire of the tour (default ipa-self-check; the sample firm's answers to it are
//           in resources/samples/). --size: the window's inside, as a maximised window has it on a
//           screen of that kind (default 1280x720). Run offscreen or under xvfb-run; see scripts/screenshots.

#include "core/answers.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "gui/assetspage.h"
#include "gui/companypage.h"
#include "gui/contraststyle.h"
#include "gui/helpwindow.h"
#include "gui/mainwindow.h"
#include "gui/packmanagerdialog.h"
#include "gui/questionpage.h"
#include "gui/settingsdialog.h"
#include "gui/welcomepage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeWidget>
#include <QUuid>

#include <algorithm>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

bool shoot(QWidget& window, const QString& dir, const QString& name, QTextStream& out)
{
    settle();
    const QString path = QDir(dir).filePath(name + u".png"_s);
    const bool ok = window.grab().save(path);
    out << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"MamoriScreenshots"_s);
    QTextStream out(stdout);
    // A developer's tool, but a mistyped option must not become a directory full of PNGs.
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Walks the application through every page and writes one PNG per page."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"OUTPUT_DIR"_s, u"Where the PNG files go (made if missing)."_s);
    const QCommandLineOption darkOption(u"dark"_s, u"The same tour in a dark palette."_s);
    const QCommandLineOption packOption(u"pack"_s, u"The questionnaire of the tour (default ipa-self-check)."_s,
                                        u"ID"_s, u"ipa-self-check"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"The window's inside (default 1280x720)."_s, u"WxH"_s,
                                        u"1280x720"_s);
    parser.addOptions({darkOption, packOption, sizeOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        out << "usage: mamori-screenshots OUTPUT_DIR [--dark] [--pack ID] [--size WxH]" << Qt::endl;
        return 2;
    }
    const QString dir = parser.positionalArguments().first();
    const QString packId = parser.value(packOption);
    const QStringList sizeText = parser.value(sizeOption).split(u'x');
    const QSize windowSize(sizeText.value(0).toInt(), sizeText.value(1).toInt());
    if (sizeText.size() != 2 || windowSize.width() < 640 || windowSize.height() < 480) {
        out << "--size needs WIDTHxHEIGHT, at least 640x480" << Qt::endl;
        return 2;
    }
    // --dark: the same tour in a dark palette (as on a desktop set to dark), to check nothing is lost.
    const bool dark = parser.isSet(darkOption);
    if (dark) {
        QApplication::setStyle(new ContrastStyle(QStyleFactory::create(u"Fusion"_s)));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xd1));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        // As a dark desktop hands it over: the style makes its links readable.
        QApplication::style()->polish(p);
        QApplication::setPalette(p);
    }
    QDir().mkpath(dir);
    const QString samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");
    const auto profile = loadProfile(samples + u"small-manufacturer.profile.json"_s);
    const auto pack = PackRepository().find(packId);
    if (!pack) {
        out << "no questionnaire " << packId << Qt::endl;
        return 2;
    }
    const auto answers = loadAnswers(samples + u"small-manufacturer.%1.answers.json"_s.arg(packId), &*pack);
    if (!profile || !answers) {
        out << "cannot read the samples" << Qt::endl;
        return 1;
    }
    bool ok = true;
    for (const Language language : {Language::Japanese, Language::English}) {
        const QString suffix = (language == Language::Japanese ? u"-ja"_s : u"-en"_s) + (dark ? u"-dark"_s : QString());
        QTemporaryDir temp;
        const QString db = temp.filePath(u"mamori.sqlite"_s);
        // The bundled catalog, made afresh, never the user's own.
        qputenv("MAMORI_CATALOG", temp.filePath(u"catalog.sqlite"_s).toLocal8Bit());
        AppSettings settings;
        settings.language = language;
        settings.databasePath = db;
        MainWindow window(settings);
        window.resize(windowSize);
        if (!window.openDatabase(db)) {
            return 1;
        }
        window.show();
        ok &= shoot(window, dir, u"01-welcome-empty"_s + suffix, out);

        // The firm was assessed half a year ago, less well: imported, as from a consultant's PC.
        TransferDocument earlier;
        earlier.firmUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime then = QDateTime::currentDateTimeUtc().addMonths(-6);
        earlier.firmCreatedAt = then;
        earlier.profiles.push_back({then, *profile});
        TransferDocument::Assessment old;
        old.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        old.packId = pack->id;
        old.packVersion = pack->version;
        old.startedAt = then;
        old.updatedAt = then.addSecs(1800);
        old.finished = true;
        old.finishedAt = old.updatedAt;
        int n = 0;
        for (const Question& q : pack->questions) {
            const QString was = answers->choices.value(q.id, u"no"_s);
            old.answers.push_back({q.id, n++ % 3 == 0 && was == u"yes"_s ? u"partial"_s : was, QString(), then, {}, 0});
        }
        std::sort(old.answers.begin(), old.answers.end(),
                  [](const auto& a, const auto& b) { return a.question < b.question; });
        earlier.assessments.push_back(old);
        const auto imported = window.store()->importDocument(earlier);
        if (!imported) {
            out << "cannot import the earlier assessment: " << imported.error().first().message << Qt::endl;
            return 1;
        }

        // A new assessment of it, the profile brought up to date in the pages.
        window.welcomePage()->refresh();
        window.newAssessment(imported->firmId);
        window.companyPage()->setProfile(*profile);
        window.assetsPage()->setProfile(*profile);
        window.companyPage()->setProfile(*profile); // emits the change that refreshes the suggestions
        ok &= shoot(window, dir, u"02-company"_s + suffix, out);
        window.goTo(MainWindow::Assets);
        ok &= shoot(window, dir, u"03-it-assets"_s + suffix, out);
        window.assetsPage()->choosePack(packId); // the sample answers are for this one
        if (!window.startAssessment()) {
            out << "cannot start the assessment" << Qt::endl;
            return 1;
        }
        QuestionPage* questions = window.questionPage();
        // Answer the first eleven as the sample firm did, then show the twelfth, its help open.
        for (int i = 0; i < 11; ++i) {
            questions->answer(answers->choices.value(questions->currentQuestion()));
            questions->next();
        }
        if (auto* help = questions->findChild<QWidget*>(u"questionHelpToggle"_s)) {
            QMetaObject::invokeMethod(help, "click");
        }
        ok &= shoot(window, dir, u"04-question"_s + suffix, out);
        questions->setLayout(QuestionPage::Layout::WholeArea);
        ok &= shoot(window, dir, u"04b-whole-area"_s + suffix, out);
        questions->setLayout(QuestionPage::Layout::OneQuestion);
        while (!questions->showingSummary()) {
            questions->answer(answers->choices.value(questions->currentQuestion(), u"no"_s));
            questions->next();
        }
        ok &= shoot(window, dir, u"05-all-answered"_s + suffix, out);
        questions->finish();
        window.goTo(MainWindow::Results);
        ok &= shoot(window, dir, u"06-results"_s + suffix, out);
        if (HelpWindow* help = window.showUserGuide()) { // F1 on the results page
            help->resize(980, 700);
            help->showSection(language, MainWindow::guideSection(MainWindow::Results));
            ok &= shoot(*help, dir, u"12-user-guide"_s + suffix, out);
            help->close();
        }
        window.resize(windowSize.width(), std::max(1080, windowSize.height() * 3 / 2)); // history included
        ok &= shoot(window, dir, u"06b-results-whole-page"_s + suffix, out);
        window.resize(windowSize);
        window.goTo(MainWindow::Plan);
        ok &= shoot(window, dir, u"07-action-plan"_s + suffix, out);
        window.goTo(MainWindow::Matches);
        ok &= shoot(window, dir, u"09-matches"_s + suffix, out);
        if (auto* tabs = window.findChild<QTabWidget*>(u"matchTabs"_s)) {
            tabs->setCurrentIndex(1);
            ok &= shoot(window, dir, u"09b-matches-experts"_s + suffix, out);
            tabs->setCurrentIndex(0);
        }
        window.goTo(MainWindow::Report);
        QCoreApplication::processEvents(); // the preview fits itself once the page is laid out
        ok &= shoot(window, dir, u"10-report"_s + suffix, out);
        {
            // The pack manager, with a signature file checked and not installed (an unknown signer).
            PackManagerDialog packs(window.store(), imported->firmId, language, &window);
            packs.packList()->setCurrentItem(packs.packList()->topLevelItem(0));
            packs.resize(960, 620);
            packs.show();
            ok &= shoot(packs, dir, u"11-pack-manager"_s + suffix, out);
            packs.close();
        }
        {
            // Settings, at the size the window opens it.
            SettingsDialog dialog(window.settings(), &window);
            dialog.resize(720, dialog.sizeHint().height()); // as wide as the guide shows pictures
            dialog.show();
            ok &= shoot(dialog, dir, u"13-settings"_s + suffix, out);
            dialog.close();
        }
        window.goTo(MainWindow::Welcome);
        ok &= shoot(window, dir, u"08-welcome-history"_s + suffix, out);
        window.close();
    }
    return ok ? 0 : 1;
}
