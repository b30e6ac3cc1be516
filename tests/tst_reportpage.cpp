// The Report step, driven through its widgets (offscreen): the preview follows the options, the report
// speaks the chosen language while the window keeps its own, and PDF, CSV and JSON exports write whole
// files or report why they could not.
#include "core/answers.h"
#include "core/packrepository.h"
#include "gui/assetspage.h"
#include "gui/companypage.h"
#include "gui/mainwindow.h"
#include "gui/questionpage.h"
#include "gui/reportpage.h"
#include "tests/samplewindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

QString pdfText(const QString& file)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewFollowsTheOptions();
    void reportLanguageIsItsOwn();
    void exports_data();
    void exports();
    void exportProblemIsReported();
    void exportNeverOverwritesWhatIsOpen_data();
    void exportNeverOverwritesWhatIsOpen();

private:
    // A window with the sample manufacturer's ipa-self-check answers, on the Report step.
    std::unique_ptr<MainWindow> openOnReport(Language language);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestReportPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_reportpage"_s);
    QSettings().clear();
    qputenv("MAMORI_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toLocal8Bit());
}

std::unique_ptr<MainWindow> TestReportPage::openOnReport(Language language)
{
    return openSampleAssessment(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_counter)), language, MainWindow::Report,
                                u"鈴木 花子"_s);
}

void TestReportPage::previewFollowsTheOptions()
{
    auto window = openOnReport(Language::Japanese);
    QVERIFY(window);
    QCOMPARE(window->step(), MainWindow::Report);
    ReportPage* page = window->reportPage();
    const PdfReport* report = page->report();
    QVERIFY(report);
    const int full = report->pageCount();
    QVERIFY(full > 8);
    QCOMPARE(report->contents().front().first, u"概要"_s);
    // The consultant's name from the settings is proposed.
    QCOMPARE(page->findChild<QLineEdit*>(u"consultant"_s)->text(), u"鈴木 花子"_s);

    auto* preview = page->findChild<QLabel*>(u"preview"_s);
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(preview->accessibleName().contains(QString::number(full)));
    page->showPreviewPage(3);
    QCOMPARE(page->previewPage(), 3);
    QVERIFY(preview->accessibleName().contains(u"4"_s));

    // Leaving out every answer makes a shorter report, laid out again.
    page->findChild<QCheckBox*>(u"sectionQuestions"_s)->setChecked(false);
    report = page->report();
    QVERIFY(report->pageCount() < full);
    for (const auto& [title, number] : report->contents()) {
        QVERIFY2(title != u"分野別の回答"_s, qPrintable(title));
    }
    // One finished assessment: no trend to show.
    QVERIFY(!page->findChild<QCheckBox*>(u"sectionTrend"_s)->isEnabled());
    // The step is in the sidebar, and Back leads to Matches.
    QVERIFY(window->findChild<QListWidget*>(u"steps"_s)->item(MainWindow::Report)->text().contains(u"8"_s));
}

void TestReportPage::reportLanguageIsItsOwn()
{
    auto window = openOnReport(Language::Japanese);
    QVERIFY(window);
    ReportPage* page = window->reportPage();
    auto* language = page->findChild<QComboBox*>(u"reportLanguage"_s);
    QCOMPARE(language->currentIndex(), 0);
    language->setCurrentIndex(1);
    const PdfReport* report = page->report();
    QCOMPARE(report->contents().front().first, u"Summary"_s);
    // The window is still Japanese.
    QCOMPARE(QCoreApplication::translate("mamori::gui::MainWindow", "Report"), u"報告書"_s);
    const QString path = m_dir.filePath(u"english.pdf"_s);
    QString error;
    QVERIFY2(page->exportTo(path, ReportPage::Format::Pdf, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"Security assessment report"_s));
    QVERIFY(text.contains(u"Services and experts that fit"_s));
    QVERIFY(!text.contains(u"概要"_s));
}

void TestReportPage::exports_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("pdf") << int(ReportPage::Format::Pdf) << u"report.pdf"_s;
    QTest::newRow("csv") << int(ReportPage::Format::Csv) << u"report.csv"_s;
    QTest::newRow("json") << int(ReportPage::Format::Json) << u"report.json"_s;
}

void TestReportPage::exports()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    auto window = openOnReport(Language::Japanese);
    QVERIFY(window);
    ReportPage* page = window->reportPage();
    page->findChild<QLineEdit*>(u"consultant"_s)->setText(u"山本 コンサル"_s);
    const QString path = m_dir.filePath(file);
    QString error;
    QVERIFY2(page->exportTo(path, ReportPage::Format(format), &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    switch (ReportPage::Format(format)) {
    case ReportPage::Format::Pdf: {
        QVERIFY(bytes.startsWith("%PDF-"));
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"サンプル精密部品株式会社"_s));
        QVERIFY(text.contains(u"山本 コンサル"_s));
        QVERIFY(text.contains(u"合うサービスと専門家"_s));
        break;
    }
    case ReportPage::Format::Csv:
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(u"サンプル精密部品株式会社"_s));
        break;
    case ReportPage::Format::Json: {
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value(u"format"_s).toString(), u"mamori-report"_s);
        QCOMPARE(o.value(u"consultant"_s).toString(), u"山本 コンサル"_s);
        break;
    }
    }
}

void TestReportPage::exportProblemIsReported()
{
    auto window = openOnReport(Language::English);
    QVERIFY(window);
    const QString path = m_dir.filePath(u"no/such/folder/report.pdf"_s);
    QString error;
    QVERIFY(!window->reportPage()->exportTo(path, ReportPage::Format::Pdf, &error));
    QVERIFY2(error.contains(u"report.pdf"_s), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestReportPage::exportNeverOverwritesWhatIsOpen_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("target");   // database or catalog
    QTest::addColumn<QString>("spelling"); // same, dotdot, symlink, hardlink, or a journal's suffix
    QTest::newRow("pdf onto the database") << int(ReportPage::Format::Pdf) << u"database"_s << u"same"_s;
    QTest::newRow("csv onto the database, a/../") << int(ReportPage::Format::Csv) << u"database"_s << u"dotdot"_s;
    QTest::newRow("json onto the database's journal") << int(ReportPage::Format::Json) << u"database"_s << u"-wal"_s;
    QTest::newRow("pdf onto the database, hard link") << int(ReportPage::Format::Pdf) << u"database"_s << u"hardlink"_s;
    QTest::newRow("csv through a link to the database")
        << int(ReportPage::Format::Csv) << u"database"_s << u"symlink"_s;
    QTest::newRow("json onto the catalog") << int(ReportPage::Format::Json) << u"catalog"_s << u"same"_s;
}

void TestReportPage::exportNeverOverwritesWhatIsOpen()
{
    QFETCH(int, format);
    QFETCH(QString, target);
    QFETCH(QString, spelling);
    auto window = openOnReport(Language::English);
    QVERIFY(window);
    const QString file =
        target == u"database"_s ? m_dir.filePath(u"r%1.sqlite"_s.arg(m_counter)) : m_dir.filePath(u"catalog.sqlite"_s);
    const QString name = QFileInfo(file).fileName();
    QString path = file;
    QString hit = file;
    if (spelling == u"dotdot"_s) {
        QVERIFY(QDir().mkpath(m_dir.filePath(u"sub"_s)));
        path = m_dir.filePath(u"sub/../"_s + name);
    } else if (spelling == u"symlink"_s) {
        path = m_dir.filePath(u"link-%1.csv"_s.arg(m_counter));
        QVERIFY(QFile::link(file, path));
    } else if (spelling == u"hardlink"_s) {
        path = m_dir.filePath(u"hard-%1.pdf"_s.arg(m_counter));
        QCOMPARE(::link(QFile::encodeName(file).constData(), QFile::encodeName(path).constData()), 0);
    } else if (spelling != u"same"_s) {
        path = file + spelling;
        hit = path;
    }
    const auto read = [](const QString& p) {
        QFile f(p);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<absent>");
    };
    const QByteArray before = read(hit);
    QString error;
    QVERIFY(!window->reportPage()->exportTo(path, ReportPage::Format(format), &error));
    QVERIFY2(error.contains(QFileInfo(path).fileName()) && error.contains(name), qPrintable(error));
    QCOMPARE(read(hit), before);
    // The window goes on saving answers into its database.
    QVERIFY(window->reportPage()->exportTo(m_dir.filePath(u"fine-%1.json"_s.arg(m_counter)), ReportPage::Format::Json,
                                           &error));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
