#pragma once

#include "core/history.h"
#include "core/localizedtext.h"
#include "report/pdfreport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace mamori {
class CatalogStore;
}

namespace mamori::gui {

// Step "Report": the consultant's PDF for the firm's owner. Options on the left (language, sections,
// consultant, logo), the pages as they will print on the right, and export as PDF — or the whole result
// as CSV for Excel or JSON. Files are written to a temporary file and renamed, never half-written.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget* parent = nullptr);
    ~ReportPage() override;

    // The assessment to report on, the catalog for matches (may be null) and the history it has.
    void showFor(const ScoredAssessment& current, CatalogStore* catalog, PdfReportOptions history);
    void setLanguage(Language language); // the window's; the report's own language is an option
    void setConsultant(const QString& name);
    void setStaleMonths(int months); // services with older facts are marked in the report

    enum class Format
    {
        Pdf,
        Csv,
        Json
    };
    // Writes the report with the current options; false with `error` set when it could not (a
    // cancelled PDF export leaves any earlier file as it was).
    bool exportTo(const QString& path, Format format, QString* error);

    // The laid-out report the preview shows (laid out again when an option changes).
    const PdfReport* report();
    int previewPage() const;
    void showPreviewPage(int index);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void optionsChanged();
    void rebuild();
    void updatePreview();
    void chooseLogo();
    void exportClicked(Format format);
    PdfReportOptions options() const;
    Language reportLanguage() const;

    Language m_language = Language::Japanese;
    bool m_languageChosen = false; // the report's language follows the window's until the user picks one
    std::optional<ScoredAssessment> m_current;
    CatalogStore* m_catalog = nullptr;
    PdfReportOptions m_history; // trend and comparison, language-neutral
    QImage m_logo;
    QString m_logoPath;
    std::unique_ptr<PdfReport> m_report;
    std::optional<Language> m_matchesLanguage; // the language the cached matches' reasons are in
    int m_staleMonths = DefaultStaleMonths;
    std::optional<ServiceMatches> m_services;
    std::optional<TalentMatches> m_talent;
    QString m_matchesProblem;

    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_languageLabel;
    QComboBox* m_reportLanguage;
    QLabel* m_sectionsLabel;
    QCheckBox* m_summary;
    QCheckBox* m_areas;
    QCheckBox* m_questions;
    QCheckBox* m_plan;
    QCheckBox* m_matches;
    QCheckBox* m_trend;
    QCheckBox* m_method;
    QLabel* m_consultantLabel;
    QLineEdit* m_consultant;
    QLabel* m_logoLabel;
    QLabel* m_logoName;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    QPushButton* m_exportPdf;
    QPushButton* m_exportCsv;
    QPushButton* m_exportJson;
    QLabel* m_status;
    QLabel* m_pageLabel;
    QSpinBox* m_page;
    QLabel* m_pageCount;
    QScrollArea* m_scroll;
    QLabel* m_preview;
    QTimer* m_relayout;
};

} // namespace mamori::gui
