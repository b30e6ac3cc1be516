#include "gui/reportpage.h"

#include "core/catalogstore.h"
#include "core/json.h"
#include "core/reportexport.h"
#include "core/translations.h"
#include "report/pagelayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr double PageWidthOverHeight = report::PageWidth / report::PageHeight;

} // namespace

ReportPage::ReportPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_reportLanguage(new QComboBox(this)), m_sectionsLabel(new QLabel(this)), m_summary(new QCheckBox(this)),
      m_areas(new QCheckBox(this)), m_questions(new QCheckBox(this)), m_plan(new QCheckBox(this)),
      m_matches(new QCheckBox(this)), m_trend(new QCheckBox(this)), m_method(new QCheckBox(this)),
      m_consultantLabel(new QLabel(this)), m_consultant(new QLineEdit(this)), m_logoLabel(new QLabel(this)),
      m_logoName(new QLabel(this)), m_chooseLogo(new QPushButton(this)), m_removeLogo(new QPushButton(this)),
      m_exportPdf(new QPushButton(this)), m_exportCsv(new QPushButton(this)), m_exportJson(new QPushButton(this)),
      m_status(new QLabel(this)), m_pageLabel(new QLabel(this)), m_page(new QSpinBox(this)),
      m_pageCount(new QLabel(this)), m_scroll(new QScrollArea(this)), m_preview(new QLabel(this)),
      m_relayout(new QTimer(this))
{
    setObjectName(u"reportPage"_s);
    m_reportLanguage->setObjectName(u"reportLanguage"_s);
    m_summary->setObjectName(u"sectionSummary"_s);
    m_areas->setObjectName(u"sectionAreas"_s);
    m_questions->setObjectName(u"sectionQuestions"_s);
    m_plan->setObjectName(u"sectionPlan"_s);
    m_matches->setObjectName(u"sectionMatches"_s);
    m_trend->setObjectName(u"sectionTrend"_s);
    m_method->setObjectName(u"sectionMethod"_s);
    m_consultant->setObjectName(u"consultant"_s);
    m_chooseLogo->setObjectName(u"chooseLogo"_s);
    m_removeLogo->setObjectName(u"removeLogo"_s);
    m_exportPdf->setObjectName(u"exportPdf"_s);
    m_exportCsv->setObjectName(u"exportCsv"_s);
    m_exportJson->setObjectName(u"exportJson"_s);
    m_page->setObjectName(u"previewPage"_s);
    m_preview->setObjectName(u"preview"_s);

    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_title->setFont(title);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logoName->setWordWrap(true);
    m_reportLanguage->addItem(u"日本語"_s, int(Language::Japanese));
    m_reportLanguage->addItem(u"English"_s, int(Language::English));
    for (QCheckBox* box : {m_summary, m_areas, m_questions, m_plan, m_matches, m_trend, m_method}) {
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportPage::optionsChanged);
    }
    m_exportPdf->setDefault(true);
    m_removeLogo->setEnabled(false);

    auto* options = new QGroupBox(this);
    options->setFlat(true);
    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_reportLanguage);
    auto* sections = new QVBoxLayout;
    for (QCheckBox* box : {m_summary, m_areas, m_questions, m_plan, m_matches, m_trend, m_method}) {
        sections->addWidget(box);
    }
    form->addRow(m_sectionsLabel, sections);
    form->addRow(m_consultantLabel, m_consultant);
    auto* logoButtons = new QHBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    auto* logo = new QVBoxLayout;
    logo->addLayout(logoButtons);
    logo->addWidget(m_logoName);
    form->addRow(m_logoLabel, logo);
    m_languageLabel->setBuddy(m_reportLanguage);
    m_consultantLabel->setBuddy(m_consultant);
    m_logoLabel->setBuddy(m_chooseLogo);
    auto* left = new QVBoxLayout(options);
    left->setContentsMargins(0, 0, 0, 0);
    left->addLayout(form);
    left->addSpacing(12);
    left->addWidget(m_exportPdf);
    auto* dataExports = new QHBoxLayout;
    dataExports->addWidget(m_exportCsv);
    dataExports->addWidget(m_exportJson);
    left->addLayout(dataExports);
    left->addWidget(m_status);
    left->addStretch();
    options->setMaximumWidth(380);

    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_preview->setFocusPolicy(Qt::StrongFocus); // reachable by keyboard, so a screen reader reads its name
    m_scroll->setWidget(m_preview);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_page->setMinimum(1);
    m_page->setMaximum(1);
    m_pageLabel->setBuddy(m_page);
    auto* pager = new QHBoxLayout;
    pager->addStretch();
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_page);
    pager->addWidget(m_pageCount);
    pager->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_scroll, 1);
    right->addLayout(pager);

    auto* columns = new QHBoxLayout;
    columns->addWidget(options);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(columns, 1);

    // Typing a name or ticking boxes lays the report out once, after a pause, not at every key.
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(300);
    connect(m_relayout, &QTimer::timeout, this, &ReportPage::rebuild);
    connect(m_reportLanguage, &QComboBox::currentIndexChanged, this, &ReportPage::optionsChanged);
    connect(m_reportLanguage, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    connect(m_consultant, &QLineEdit::textChanged, this, &ReportPage::optionsChanged);
    connect(m_chooseLogo, &QPushButton::clicked, this, &ReportPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo = QImage();
        m_logoPath.clear();
        m_removeLogo->setEnabled(false);
        m_logoName->clear();
        optionsChanged();
    });
    connect(m_page, &QSpinBox::valueChanged, this, &ReportPage::updatePreview);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportClicked(Format::Pdf); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportClicked(Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportClicked(Format::Json); });
    retranslate();
}

ReportPage::~ReportPage() = default;

void ReportPage::setLanguage(Language language)
{
    m_language = language;
    if (!m_languageChosen) {
        m_reportLanguage->setCurrentIndex(language == Language::Japanese ? 0 : 1);
    }
}

void ReportPage::setStaleMonths(int months)
{
    if (months != m_staleMonths) {
        m_staleMonths = months;
        m_matchesLanguage.reset(); // match again, with the new mark
        if (m_current) {
            m_relayout->start();
        }
    }
}

void ReportPage::setConsultant(const QString& name)
{
    if (m_consultant->text().isEmpty()) {
        const QSignalBlocker blocker(m_consultant);
        m_consultant->setText(name);
    }
}

void ReportPage::showFor(const ScoredAssessment& current, CatalogStore* catalog, PdfReportOptions history)
{
    const bool sameAssessment = m_current && m_current->record.id == current.record.id;
    m_current = current;
    m_catalog = catalog;
    m_history = std::move(history);
    m_matchesLanguage.reset(); // the answers may have changed: match again
    if (!sameAssessment) {
        m_status->clear();
    }
    m_trend->setEnabled(m_history.trend.size() >= 2);
    m_matches->setEnabled(catalog != nullptr);
    rebuild();
}

Language ReportPage::reportLanguage() const
{
    return Language(m_reportLanguage->currentData().toInt());
}

PdfReportOptions ReportPage::options() const
{
    PdfReportOptions o;
    o.language = reportLanguage();
    o.sections.summary = m_summary->isChecked();
    o.sections.areas = m_areas->isChecked();
    o.sections.questions = m_questions->isChecked();
    o.sections.plan = m_plan->isChecked();
    o.sections.matches = m_matches->isChecked() && m_matches->isEnabled();
    o.sections.trend = m_trend->isChecked() && m_trend->isEnabled();
    o.sections.method = m_method->isChecked();
    o.logo = m_logo;
    o.services = m_services;
    o.talent = m_talent;
    o.trend = m_history.trend;
    o.sincePrevious = m_history.sincePrevious;
    return o;
}

void ReportPage::optionsChanged()
{
    m_relayout->start();
}

void ReportPage::rebuild()
{
    m_relayout->stop();
    if (!m_current) {
        return;
    }
    const Language language = reportLanguage();
    // Match reasons are sentences in the report's language: match again when it changes.
    if (m_catalog && m_matches->isChecked() && m_matchesLanguage != language) {
        const ScopedLanguage scope(language);
        auto matched = reportMatches(*m_catalog, *m_current->pack, m_current->record.profile, m_current->result,
                                     language, 5, m_staleMonths);
        if (matched) {
            m_services = std::move(matched->first);
            m_talent = std::move(matched->second);
            m_matchesProblem.clear();
        } else {
            m_services.reset();
            m_talent.reset();
            m_matchesProblem = matched.error().first().toString();
        }
        m_matchesLanguage = language;
    }
    const ReportInput input{*m_current->pack,  m_current->record.profile,       m_current->record.answers,
                            m_current->result, QDateTime::currentDateTimeUtc(), m_consultant->text().trimmed()};
    m_report = std::make_unique<PdfReport>(input, options());
    {
        const QSignalBlocker blocker(m_page);
        m_page->setMaximum(m_report->pageCount());
    }
    m_pageCount->setText(tr("of %1").arg(m_report->pageCount()));
    updatePreview();
}

const PdfReport* ReportPage::report()
{
    if (m_relayout->isActive() || (!m_report && m_current)) {
        rebuild();
    }
    return m_report.get();
}

int ReportPage::previewPage() const
{
    return m_page->value() - 1;
}

void ReportPage::showPreviewPage(int index)
{
    m_page->setValue(index + 1);
}

void ReportPage::updatePreview()
{
    if (!m_report) {
        m_preview->clear();
        return;
    }
    const int index = std::clamp(m_page->value() - 1, 0, m_report->pageCount() - 1);
    // The whole page in view, as it will print: its layout matters more here than reading it.
    const QSize room = m_scroll->viewport()->size() - QSize(24, 24);
    const int width = std::clamp(std::min(room.width(), int(room.height() * PageWidthOverHeight)), 240, 1200);
    const qreal ratio = devicePixelRatioF();
    QImage image = m_report->preview(index, int(width * ratio));
    image.setDevicePixelRatio(ratio);
    m_preview->setPixmap(QPixmap::fromImage(image));
    m_preview->setAccessibleName(tr("Preview of page %1 of %2").arg(index + 1).arg(m_report->pageCount()));
}

void ReportPage::chooseLogo()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a logo"), QDir::homePath(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Logo"), tr("%1 cannot be read as an image: %2").arg(path, reader.errorString()));
        return;
    }
    m_logo = image;
    m_logoPath = path;
    m_logoName->setText(QFileInfo(path).fileName());
    m_removeLogo->setEnabled(true);
    optionsChanged();
}

bool ReportPage::exportTo(const QString& path, Format format, QString* error)
{
    if (!m_current) {
        return false;
    }
    Result<bool> written = true;
    if (format == Format::Pdf) {
        const PdfReport* document = report();
        QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, document->pageCount(), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        progress.setAccessibleName(tr("Writing the report"));
        written = document->write(path, [&progress](int page, int pages) {
            progress.setMaximum(pages);
            progress.setValue(page);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
            return !progress.wasCanceled();
        });
    } else {
        const ScopedLanguage scope(reportLanguage());
        const ReportInput input{*m_current->pack,  m_current->record.profile,       m_current->record.answers,
                                m_current->result, QDateTime::currentDateTimeUtc(), m_consultant->text().trimmed()};
        const QByteArray bytes =
            format == Format::Csv ? reportToCsv(input, reportLanguage()) : reportToJsonBytes(input);
        written = writeFileAtomically(path, bytes, true);
    }
    if (!written) {
        if (error) {
            *error = written.error().first().toString();
        }
        return false;
    }
    m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportPage::exportClicked(Format format)
{
    if (!m_current) {
        return;
    }
    const QString suffix = format == Format::Pdf ? u"pdf"_s : format == Format::Csv ? u"csv"_s : u"json"_s;
    QString base = m_current->record.profile.name.trimmed();
    // Characters no file system takes, and path separators, become underscores.
    static const QString forbidden = u"/\\:*?\"<>|\n\r\t"_s;
    for (QChar& c : base) {
        if (forbidden.contains(c)) {
            c = u'_';
        }
    }
    if (base.isEmpty()) {
        base = u"mamori"_s;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    const QString proposed =
        QDir(folder).filePath(u"%1-%2.%3"_s.arg(base, QDate::currentDate().toString(u"yyyyMMdd"_s), suffix));
    const QString filter = format == Format::Pdf   ? tr("PDF (*.pdf)")
                           : format == Format::Csv ? tr("CSV for Excel (*.csv)")
                                                   : tr("JSON (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), proposed, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + suffix;
    }
    QString error;
    if (!exportTo(path, format, &error) && !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export the report"), tr("The report was not saved.\n\n%1").arg(error));
    }
}

void ReportPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updatePreview();
}

void ReportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // A page of a stacked widget is laid out only when shown: fit the preview to its real size.
    QTimer::singleShot(0, this, &ReportPage::updatePreview);
}

void ReportPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReportPage::retranslate()
{
    m_title->setText(tr("Report"));
    m_intro->setText(tr("A report to hand to the firm's owner: its scores with charts, every answer, the action "
                        "plan and who can help. Choose what goes in; the pages on the right are what will print."));
    m_languageLabel->setText(tr("&Language:"));
    m_reportLanguage->setAccessibleName(tr("Language of the report"));
    m_sectionsLabel->setText(tr("Sections:"));
    m_summary->setText(tr("S&ummary"));
    m_areas->setText(tr("Scores and &charts"));
    m_questions->setText(tr("Every &answer"));
    m_plan->setText(tr("Action &plan"));
    m_matches->setText(tr("Services and &experts"));
    m_trend->setText(tr("Progress over &time"));
    m_method->setText(tr("How it was &made"));
    m_trend->setToolTip(tr("Needs two finished assessments with the same questionnaire."));
    m_consultantLabel->setText(tr("Co&nsultant:"));
    m_consultant->setPlaceholderText(tr("Name on the cover (optional)"));
    m_consultant->setAccessibleName(tr("Consultant's name"));
    m_logoLabel->setText(tr("Logo:"));
    m_chooseLogo->setText(tr("Ch&oose…"));
    m_chooseLogo->setAccessibleName(tr("Choose a logo for the cover"));
    m_removeLogo->setText(tr("&Remove"));
    m_removeLogo->setAccessibleName(tr("Remove the logo"));
    m_exportPdf->setText(tr("E&xport PDF…"));
    m_exportPdf->setAccessibleName(tr("Export the report as PDF"));
    m_exportCsv->setText(tr("CS&V…"));
    m_exportCsv->setAccessibleName(tr("Export the result as CSV for Excel"));
    m_exportJson->setText(tr("&JSON…"));
    m_exportJson->setAccessibleName(tr("Export the result as JSON"));
    m_pageLabel->setText(tr("Pa&ge"));
    m_page->setAccessibleName(tr("Page shown"));
    m_status->setAccessibleName(tr("Last export"));
    if (m_report) {
        m_pageCount->setText(tr("of %1").arg(m_report->pageCount()));
        m_preview->setAccessibleName(tr("Preview of page %1 of %2").arg(m_page->value()).arg(m_report->pageCount()));
    } else {
        m_preview->setAccessibleName(tr("Preview"));
    }
}

} // namespace mamori::gui
