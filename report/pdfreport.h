#pragma once

#include "core/diagnostic.h"
#include "core/history.h"
#include "core/matching.h"
#include "core/reportexport.h"
#include "report/reportcharts.h"

#include <QImage>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace mamori {

class CatalogStore;

// The parts of the PDF a consultant can leave out. The cover and the table of contents are always
// there; matches and trend appear only when there is something to show.
struct ReportSections
{
    bool summary = true;
    bool areas = true;     // charts and the table of scores per area
    bool questions = true; // every question with its answer, note and guideline item
    bool plan = true;
    bool matches = true;
    bool trend = true;
    bool method = true;
};

// What the PDF shows beyond the scored assessment.
struct PdfReportOptions
{
    Language language = Language::Japanese;
    ReportSections sections;
    QImage logo; // the consultant's, on the cover; may be null
    std::optional<ServiceMatches> services;
    std::optional<TalentMatches> talent;
    std::vector<report::TrendPoint> trend;   // finished assessments of this pack, oldest first
    std::optional<Comparison> sincePrevious; // the previous finished assessment against this one
};

// Matches for the report: the top services and experts for the firm from the catalog.
Result<std::pair<ServiceMatches, TalentMatches>> reportMatches(CatalogStore& catalog, const Pack& pack,
                                                               const Profile& profile, const ScoreResult& result,
                                                               Language language, int top = 5,
                                                               int staleMonths = DefaultStaleMonths);

// The firm's trend and the change since its previous finished assessment of the same pack, from its
// stored history. `current` is the assessment the report is about.
void addReportHistory(ResultService& results, const ScoredAssessment& current, PdfReportOptions& options);

// A consultant's report as A4 pages: cover, contents, summary, scores with radar and gap charts, one
// section per area with every question, the action plan, matches, trend and an appendix on method.
// Laid out once at construction; pages are painted on demand, into the PDF or a preview.
// Needs a QApplication (Qt Charts draws with QGraphicsWidget).
class PdfReport
{
public:
    PdfReport(const ReportInput& input, PdfReportOptions options);
    ~PdfReport();
    PdfReport(const PdfReport&) = delete;
    PdfReport& operator=(const PdfReport&) = delete;

    int pageCount() const;
    // Paints page `index` (0-based) in the page's decipoints (report::PageWidth × report::PageHeight).
    void paintPage(int index, QPainter& painter) const;
    // The page as an image `width` pixels wide, for previews.
    QImage preview(int index, int width) const;

    // The whole document as PDF bytes. `progress` is told each page done (1-based) of the total and
    // may return false to cancel, which gives an empty result.
    using Progress = std::function<bool(int page, int pages)>;
    QByteArray toPdf(const Progress& progress = {}) const;
    // Writes the PDF to `path` atomically and readable by its owner only: the old file stays as it was
    // until the new one is complete. A cancelled export leaves no file and reports why.
    Result<bool> write(const QString& path, const Progress& progress = {}) const;

    // The titles of the table of contents with their 1-based page numbers (for tests and previews).
    std::vector<std::pair<QString, int>> contents() const;

    struct Impl; // the laid-out pages; public only so the layout code can fill it

private:
    std::unique_ptr<Impl> d;
};

} // namespace mamori
