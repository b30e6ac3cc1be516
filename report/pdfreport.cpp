#include "report/pdfreport.h"

#include "core/catalogstore.h"
#include "core/filesafety.h"
#include "core/format.h"
#include "core/json.h"
#include "core/profilelabels.h"
#include "core/translations.h"
#include "mamori/version.h"
#include "report/pagelayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;
using namespace report;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PdfReport)
};

// The report's palette: dark blue for structure, orange for what is missing, greys for the rest.
const QColor ink(0x22, 0x22, 0x22);
const QColor muted(0x5f, 0x66, 0x70);
const QColor navy(0x1f, 0x3a, 0x5f);
const QColor blue(0x1f, 0x6f, 0xb4);
const QColor orange(0xc0, 0x50, 0x30);
const QColor noteInk(0x0b, 0x5b, 0x52);
const QColor paleBlue(0xee, 0xf3, 0xf9);
const QColor paleOrange(0xfd, 0xf1, 0xe8);

// Page frame: 20 mm at the sides, room for the running header and the footer.
constexpr double Side = 567;
constexpr double Top = 800;
constexpr double Bottom = 760;

// A table column: its heading, where it starts (from the body's left), how wide it is and how its
// cells align. Numbers align right, under a heading that does too.
struct Column
{
    QString label;
    double x = 0;
    double width = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

struct TocEntry
{
    QString title;
    int level = 1;
    int page = 0; // 1-based, filled in as the sections are laid out
};

std::shared_ptr<const TextBlock> block(const QString& text, const QFont& font, double width, QColor color = ink,
                                       Qt::Alignment align = Qt::AlignLeft, double spacing = 1.45)
{
    return std::make_shared<const TextBlock>(text, font, width, color, align, spacing);
}

} // namespace

struct PdfReport::Impl
{
    std::vector<Page> pages;
    std::vector<TocEntry> toc;
    QString headerLeft;  // report title and firm, elided to fit
    QString headerRight; // the date
    QString footerLeft;
    QString pageFormat; // "%1 / %2"
    QString documentTitle;
    QFont headerFont = reportFont(7.5);

    void paintFrame(int index, int count, QPainter& painter) const;
};

void PdfReport::Impl::paintFrame(int index, int count, QPainter& painter) const
{
    if (index == 0) {
        return; // the cover has its own design
    }
    painter.save();
    painter.setFont(headerFont);
    painter.setPen(muted);
    const QRectF header(Side, Top - 420, PageWidth - 2 * Side, 220);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, headerLeft);
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, headerRight);
    painter.setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 0.5 * Pt));
    painter.drawLine(QPointF(Side, Top - 170), QPointF(PageWidth - Side, Top - 170));
    const QRectF footer(Side, PageHeight - Bottom + 300, PageWidth - 2 * Side, 220);
    painter.setPen(muted);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     pageFormat.arg(QString::number(index + 1), QString::number(count)));
    painter.restore();
}

namespace {

// Lays the report out, section by section, in the report's language.
class Builder
{
public:
    Builder(const ReportInput& in, const PdfReportOptions& options, PdfReport::Impl& out)
        : m_in(in), m_options(options), m_out(out), m_lang(options.language), m_locale(localeFor(options.language)),
          m_flow(QRectF(Side, Top, PageWidth - 2 * Side, PageHeight - Top - Bottom))
    {}

    void build();

private:
    QString number(double value) const { return formatNumber(value, 1, m_lang); }
    QString change(double value) const { return formatChange(value, 1, m_lang); }
    QString count(qint64 value) const { return formatCount(value, m_lang); }
    QString date(const QDateTime& when) const { return formatLongDate(when.toLocalTime().date(), m_lang); }
    const QString& t(const LocalizedText& text) const { return text.text(m_lang); }
    double width() const { return m_flow.width(); }
    // "title, publisher, edition" of the pack's guideline, leaving out what it does not state.
    QString guidelineText() const
    {
        const Guideline& g = m_in.pack.guideline;
        QStringList parts{t(g.title)};
        if (!t(g.publisher).isEmpty()) {
            parts.append(t(g.publisher));
        }
        if (!g.edition.isEmpty()) {
            parts.append(g.edition);
        }
        return parts.join(Tr::tr(", "));
    }

    int addToc(const QString& title, int level)
    {
        m_out.toc.push_back(TocEntry{title, level, 0});
        return int(m_out.toc.size()) - 1;
    }
    void section(int toc);
    void subsection(int toc);
    // A heading kept on the same page as the `keepWith` height of what follows it.
    void subheading(const QString& text, double keepWith = 700);
    void tableHeader(const std::vector<Column>& columns);
    Cell cell(const Column& column, const QString& text, const QFont& font, QColor colour = ink) const
    {
        return Cell{block(text, font, column.width, colour, column.align), column.x};
    }
    // Points without a needless ".0" (4 / 8, 2.5 / 5).
    QString points(double value) const
    {
        return std::abs(value - std::round(value)) < 1e-9 ? m_locale.toString(qRound(value)) : number(value);
    }
    QString sampleMark(const QString& name, bool sample) const;
    // The points of the questionnaire's "don't know" answer (−1 in IPA's self-check, 0 elsewhere).
    double unknownPoints() const
    {
        for (const ScaleChoice& c : m_in.pack.scale) {
            if (c.flag && !c.notApplicable) {
                return c.points;
            }
        }
        return 0;
    }
    void bullet(const QString& text, double indent, const QFont& font, QColor color = ink);

    void cover();
    void contents();
    void summary();
    void areas();
    void questions();
    void plan();
    void matches();
    void trend();
    void method();

    const ReportInput& m_in;
    const PdfReportOptions& m_options;
    PdfReport::Impl& m_out;
    Language m_lang;
    QLocale m_locale;
    Flow m_flow;
    QString m_firm; // the firm's name as the report prints it
    int m_sectionNumber = 0;
    int m_subsectionNumber = 0;
    // Table-of-contents indexes of the sections, decided before any is laid out so the contents page
    // can be laid out first and its page numbers filled in afterwards.
    int m_tocSummary = -1, m_tocAreas = -1, m_tocQuestions = -1, m_tocPlan = -1, m_tocMatches = -1, m_tocTrend = -1,
        m_tocMethod = -1;
    std::vector<int> m_tocCategories; // per pack category, -1 when it has nothing to show
};

void Builder::section(int toc)
{
    m_flow.newPage();
    ++m_sectionNumber;
    m_subsectionNumber = 0;
    TocEntry& entry = m_out.toc[std::size_t(toc)];
    entry.page = m_flow.pageIndex() + 1;
    const auto title = block(u"%1  %2"_s.arg(m_sectionNumber).arg(entry.title), reportFont(17, true), width(), navy,
                             Qt::AlignLeft, 1.3);
    m_flow.row({Cell{title, 0}});
    m_flow.space(60);
    m_flow.fixed(40, [](QPainter& painter, const QRectF& rect) {
        painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), 18), navy);
    });
    m_flow.space(220);
}

void Builder::subsection(int toc)
{
    ++m_subsectionNumber;
    TocEntry& entry = m_out.toc[std::size_t(toc)];
    const auto title = block(u"%1.%2  %3"_s.arg(m_sectionNumber).arg(m_subsectionNumber).arg(entry.title),
                             reportFont(13, true), width(), navy, Qt::AlignLeft, 1.3);
    // A heading never ends a page: it keeps its first few lines of text with it.
    m_flow.space(200);
    m_flow.keep(title->height() + 900);
    entry.page = m_flow.pageIndex() + 1;
    m_flow.row({Cell{title, 0}});
    m_flow.space(80);
}

void Builder::subheading(const QString& text, double keepWith)
{
    const auto title = block(text, reportFont(11, true), width(), navy, Qt::AlignLeft, 1.3);
    m_flow.space(160);
    m_flow.keep(title->height() + keepWith);
    m_flow.row({Cell{title, 0}});
    m_flow.space(60);
}

void Builder::tableHeader(const std::vector<Column>& columns)
{
    std::vector<Cell> cells;
    double height = 0;
    for (const Column& column : columns) {
        cells.push_back(cell(column, column.label, reportFont(8, true), muted));
        height = std::max(height, cells.back().text->height());
    }
    m_flow.keep(height + 900);
    m_flow.row(cells);
    m_flow.rule(QColor(0x8a, 0x93, 0x9e));
    m_flow.space(40);
}

QString Builder::sampleMark(const QString& name, bool sample) const
{
    // Sample entries are often named as such already; say it once.
    const QString mark = Tr::tr("(sample)");
    if (!sample || name.contains(u"サンプル"_s) || name.contains(u"sample"_s, Qt::CaseInsensitive)) {
        return name;
    }
    return name + u' ' + mark;
}

void Builder::bullet(const QString& text, double indent, const QFont& font, QColor color)
{
    const auto mark = block(u"・"_s, font, 200, color);
    const auto body = block(text, font, width() - indent - 200, color);
    m_flow.row({Cell{mark, indent}, Cell{body, indent + 200}}, 1);
}

void Builder::build()
{
    const Pack& pack = m_in.pack;
    const ReportSections& s = m_options.sections;
    m_out.documentTitle = Tr::tr("Security assessment report");
    m_firm = m_in.profile.name.trimmed().isEmpty() ? Tr::tr("(firm without a name)") : m_in.profile.name;
    const QString headerText =
        u"%1 — %2"_s.arg(m_out.documentTitle, printable(m_firm).replace(QChar::LineSeparator, u' '));
    m_out.headerLeft = QFontMetricsF(m_out.headerFont).elidedText(headerText, Qt::ElideRight, width() * 0.72);
    m_out.headerRight = date(m_in.generatedAt);
    m_out.footerLeft = Tr::tr("Mamori %1 · Confidential: this report lists the firm's weaknesses")
                           .arg(QString::fromLatin1(MAMORI_VERSION));
    m_out.pageFormat = Tr::tr("%1 / %2");

    if (s.summary) {
        m_tocSummary = addToc(Tr::tr("Summary"), 1);
    }
    if (s.areas) {
        m_tocAreas = addToc(Tr::tr("Scores by area"), 1);
    }
    m_tocCategories.assign(pack.categories.size(), -1);
    if (s.questions) {
        m_tocQuestions = addToc(Tr::tr("Answers by area"), 1);
        for (std::size_t c = 0; c < pack.categories.size(); ++c) {
            for (std::size_t q = 0; q < pack.questions.size(); ++q) {
                if (pack.questions[q].category == int(c) &&
                    m_in.result.questions[q].state != QuestionState::OutOfScope) {
                    m_tocCategories[c] = addToc(t(pack.categories[c].title), 2);
                    break;
                }
            }
        }
    }
    if (s.plan) {
        m_tocPlan = addToc(Tr::tr("Action plan"), 1);
    }
    if (s.matches && (m_options.services || m_options.talent)) {
        m_tocMatches = addToc(Tr::tr("Services and experts that fit"), 1);
    }
    if (s.trend && m_options.trend.size() >= 2) {
        m_tocTrend = addToc(Tr::tr("Progress over time"), 1);
    }
    if (s.method) {
        m_tocMethod = addToc(Tr::tr("Appendix: how this report was made"), 1);
    }

    cover();
    contents();
    // Each section is laid out when it has an entry in the contents, in the contents' order.
    const std::pair<int, void (Builder::*)()> sections[] = {
        {m_tocSummary, &Builder::summary}, {m_tocAreas, &Builder::areas},     {m_tocQuestions, &Builder::questions},
        {m_tocPlan, &Builder::plan},       {m_tocMatches, &Builder::matches}, {m_tocTrend, &Builder::trend},
        {m_tocMethod, &Builder::method}};
    for (const auto& [toc, layOut] : sections) {
        if (toc >= 0) {
            (this->*layOut)();
        }
    }
    m_out.pages = m_flow.takePages();
}

void Builder::cover()
{
    const Pack& pack = m_in.pack;
    const Profile& profile = m_in.profile;
    const double w = PageWidth - 2 * Side;
    const auto brand = block(u"Mamori 守り"_s, reportFont(10, true), w, QColor(0xc9, 0xd8, 0xea));
    const auto title = block(m_out.documentTitle, reportFont(26, true), w, Qt::white, Qt::AlignLeft, 1.25);
    const auto subtitle = block(t(pack.title), reportFont(12), w, QColor(0xe4, 0xec, 0xf5));
    auto firmBlock = block(m_firm, reportFont(22, true), w, ink, Qt::AlignLeft, 1.3);
    // A very long name keeps to three lines, cut with an ellipsis, rather than pushing the details off
    // the cover.
    if (firmBlock->lineCount() > 3) {
        QString cut = printable(m_firm);
        while (cut.size() > 1 && firmBlock->lineCount() > 3) {
            cut.chop(std::max<qsizetype>(1, (cut.size() - 1) / 8));
            firmBlock = block(cut + u'…', reportFont(22, true), w, ink, Qt::AlignLeft, 1.3);
        }
    }
    const int firmLines = std::min(firmBlock->lineCount(), 3);
    const auto forLabel = block(Tr::tr("Prepared for"), reportFont(10), w, muted);

    std::vector<std::pair<QString, QString>> details;
    details.emplace_back(Tr::tr("Date"), date(m_in.generatedAt));
    details.emplace_back(Tr::tr("Questionnaire"),
                         pack.verification.state == TrustState::Unsigned
                             ? Tr::tr("%1, version %2 (unsigned)").arg(t(pack.title), pack.version)
                             : Tr::tr("%1, version %2").arg(t(pack.title), pack.version));
    details.emplace_back(Tr::tr("Based on"), guidelineText());
    details.emplace_back(Tr::tr("Size of firm"),
                         Tr::tr("%1 (%2 employees, %3, %4)")
                             .arg(t(tierName(m_in.result.tier)), count(profile.employees),
                                  t(industryName(profile.industry)), t(prefectureName(profile.prefecture))));
    details.emplace_back(
        Tr::tr("Answers"),
        Tr::tr("%1 of %2 questions that apply answered").arg(m_in.result.answered).arg(m_in.result.applicable));
    if (!m_in.consultant.trimmed().isEmpty()) {
        details.emplace_back(Tr::tr("Consultant"), m_in.consultant.trimmed());
    }
    std::vector<std::pair<std::shared_ptr<const TextBlock>, std::shared_ptr<const TextBlock>>> rows;
    for (const auto& [label, value] : details) {
        rows.emplace_back(block(label, reportFont(9.5), 1300, muted), block(value, reportFont(10.5), w - 1400));
    }
    const auto notice = block(Tr::tr("This report describes the firm's security weaknesses. Share it only with "
                                     "the people who need it."),
                              reportFont(8.5), w - 400, muted);
    const auto made = block(Tr::tr("Made with Mamori %1 from the firm's own answers. A self-assessment, not an "
                                   "audit or a certification.")
                                .arg(QString::fromLatin1(MAMORI_VERSION)),
                            reportFont(8.5), w - 400, muted);
    const QImage logo = m_options.logo;

    m_flow.fixed(0, [=](QPainter& painter, const QRectF&) {
        painter.fillRect(QRectF(0, 0, PageWidth, 2900), navy);
        painter.fillRect(QRectF(0, 2900, PageWidth, 60), QColor(0xd0, 0x70, 0x20));
        brand->paint(painter, QPointF(Side, 700));
        title->paint(painter, QPointF(Side, 1150));
        subtitle->paint(painter, QPointF(Side, 1150 + title->height() + 120));
        double y = 3500;
        forLabel->paint(painter, QPointF(Side, y));
        y += forLabel->height() + 40;
        firmBlock->paint(painter, Side, y, 0, firmLines);
        y += firmBlock->lineBottom(firmLines - 1) + 500;
        painter.setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 0.5 * Pt));
        for (const auto& [label, value] : rows) {
            label->paint(painter, QPointF(Side, y + 20));
            value->paint(painter, QPointF(Side + 1400, y));
            y += std::max(label->height(), value->height()) + 90;
            painter.drawLine(QPointF(Side, y - 45), QPointF(PageWidth - Side, y - 45));
        }
        if (!logo.isNull()) {
            const QSizeF box(1800, 800);
            QSizeF size = QSizeF(logo.size()).scaled(box, Qt::KeepAspectRatio);
            const QRectF target(PageWidth - Side - size.width(), PageHeight - 1500 - 300 - size.height(), size.width(),
                                size.height());
            painter.drawImage(target, logo);
        }
        const QRectF box(Side, PageHeight - 1500, PageWidth - 2 * Side, notice->height() + made->height() + 360);
        painter.fillRect(box, paleBlue);
        notice->paint(painter, QPointF(box.left() + 200, box.top() + 140));
        made->paint(painter, QPointF(box.left() + 200, box.top() + 160 + notice->height()));
    });
}

void Builder::contents()
{
    m_flow.newPage();
    const auto title = block(Tr::tr("Contents"), reportFont(17, true), width(), navy, Qt::AlignLeft, 1.3);
    m_flow.row({Cell{title, 0}});
    m_flow.space(300);
    const PdfReport::Impl* impl = &m_out;
    for (std::size_t i = 0; i < m_out.toc.size(); ++i) {
        const TocEntry& entry = m_out.toc[i];
        const bool top = entry.level == 1;
        const double indent = top ? 0 : 450;
        const auto text = block(entry.title, reportFont(top ? 11 : 10, top), width() - indent - 900, top ? navy : ink);
        const QFont numberFont = reportFont(top ? 11 : 10, top);
        if (top) {
            m_flow.space(120);
        }
        const double height = text->height();
        m_flow.fixed(height, [=](QPainter& painter, const QRectF& rect) {
            text->paint(painter, QPointF(rect.left() + indent, rect.top()));
            painter.save();
            painter.setFont(numberFont);
            painter.setPen(top ? navy : ink);
            const QRectF last(rect.right() - 800,
                              rect.bottom() - text->lineBottom(text->lineCount() - 1) +
                                  text->lineTop(text->lineCount() - 1),
                              800, text->lineBottom(text->lineCount() - 1) - text->lineTop(text->lineCount() - 1));
            painter.drawText(last, Qt::AlignRight | Qt::AlignVCenter, QString::number(impl->toc[i].page));
            painter.restore();
        });
    }
}

void Builder::summary()
{
    const ScoreResult& r = m_in.result;
    const Pack& pack = m_in.pack;
    section(m_tocSummary);

    // The overall score and its band, at a glance.
    const auto scoreText = block(number(r.score), reportFont(40, true), 1900, blue, Qt::AlignLeft, 1.1);
    const auto outOf = block(Tr::tr("out of 100"), reportFont(10), 1900, muted);
    const auto scoreLabel = block(Tr::tr("Overall score"), reportFont(10, true), 1900, muted);
    const auto level =
        block(r.level ? t(r.level->label) : Tr::tr("No bands defined"), reportFont(14, true), 2500, navy);
    const auto advice = block(r.level ? t(r.level->advice) : QString(), reportFont(9.5), 2500);
    const double panel = std::max(scoreLabel->height() + scoreText->height() + outOf->height(),
                                  level->height() + 60 + advice->height()) +
                         900;
    std::vector<std::pair<double, QString>> bands;
    for (const Level& l : pack.levels) {
        bands.emplace_back(l.min, t(l.label));
    }
    const double score = r.score;
    m_flow.fixed(panel, [=](QPainter& painter, const QRectF& rect) {
        painter.fillRect(rect.adjusted(0, 0, 0, -100), paleBlue);
        double y = rect.top() + 180;
        scoreLabel->paint(painter, QPointF(rect.left() + 250, y));
        scoreText->paint(painter, QPointF(rect.left() + 250, y + scoreLabel->height()));
        outOf->paint(painter, QPointF(rect.left() + 250, y + scoreLabel->height() + scoreText->height()));
        level->paint(painter, QPointF(rect.left() + 2150, y));
        advice->paint(painter, QPointF(rect.left() + 2150, y + level->height() + 60));
        // The bands as a scale from 0 to 100 with the score marked.
        const QRectF bar(rect.left() + 250, rect.bottom() - 520, rect.width() - 500, 110);
        static const QColor shades[] = {QColor(0xe5, 0x8e, 0x73), QColor(0xf1, 0xc2, 0x7d), QColor(0xb9, 0xd8, 0x8f),
                                        QColor(0x7f, 0xbf, 0x8e), QColor(0x4f, 0x9d, 0x7a)};
        painter.save();
        painter.setFont(reportFont(7));
        for (std::size_t i = 0; i < bands.size(); ++i) {
            const double from = bands[i].first;
            const double to = i + 1 < bands.size() ? bands[i + 1].first : 100.0;
            const QRectF part(bar.left() + bar.width() * from / 100, bar.top(), bar.width() * (to - from) / 100,
                              bar.height());
            painter.fillRect(part, shades[std::min(i, std::size(shades) - 1)]);
            painter.setPen(muted);
            painter.drawText(QRectF(part.left(), bar.bottom() + 20, part.width(), 140), Qt::AlignCenter,
                             QFontMetricsF(painter.font()).elidedText(bands[i].second, Qt::ElideRight, part.width()));
        }
        if (bands.empty()) {
            painter.fillRect(bar, QColor(0xdd, 0xe3, 0xea));
        }
        const double x = bar.left() + bar.width() * std::clamp(score, 0.0, 100.0) / 100;
        QPainterPath marker;
        marker.moveTo(x, bar.top() - 10);
        marker.lineTo(x - 70, bar.top() - 130);
        marker.lineTo(x + 70, bar.top() - 130);
        marker.closeSubpath();
        painter.fillPath(marker, navy);
        painter.restore();
    });

    const QFont body = reportFont(10);
    m_flow.space(120);
    QString counts =
        Tr::tr("%1 of the %2 questions that apply to this firm were answered.").arg(r.answered).arg(r.applicable);
    if (r.unknown > 0) {
        counts += u' ' + (unknownPoints() < 0
                              ? Tr::tr("%n answer(s) were \"don't know\": in this questionnaire they score below "
                                       "\"no\", and are worth checking.",
                                       nullptr, r.unknown)
                              : Tr::tr("%n answer(s) were \"don't know\": they score like \"no\" and are worth "
                                       "checking.",
                                       nullptr, r.unknown));
    }
    if (r.answered < r.applicable) {
        counts += u' ' + Tr::tr("Questions not answered count as zero until they are answered.");
    }
    m_flow.paragraph(counts, body);

    // The three areas furthest below their target.
    subheading(Tr::tr("The three biggest risks"));
    std::vector<const CategoryScore*> gaps;
    for (const CategoryScore& c : r.categories) {
        if (c.maxPoints > 0 && c.gap > 0) {
            gaps.push_back(&c);
        }
    }
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const CategoryScore* a, const CategoryScore* b) { return a->gap > b->gap; });
    if (gaps.empty()) {
        m_flow.paragraph(Tr::tr("Every area reaches the target for a firm of this size. Keep the measures up and "
                                "check again in a year."),
                         body);
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(3, gaps.size()); ++i) {
        const CategoryScore& c = *gaps[i];
        const Category& category = pack.categories[std::size_t(c.category)];
        const auto rank = block(QString::number(i + 1), reportFont(14, true), 400, orange);
        const auto title = block(t(category.title), reportFont(10.5, true), width() - 500);
        const auto detail = block(Tr::tr("Score %1 against a target of %2: %3 points short.")
                                      .arg(number(c.score), number(c.target), number(c.gap)),
                                  reportFont(9.5), width() - 500, muted);
        m_flow.space(60);
        m_flow.keep(title->height() + detail->height());
        m_flow.row({Cell{rank, 0}, Cell{title, 500}});
        m_flow.row({Cell{detail, 500}});
        // The summary keeps to one page: an area's description only where there is room for it.
        const auto description = block(t(category.description), reportFont(9), width() - 500, muted);
        if (!t(category.description).isEmpty() && description->height() < m_flow.remaining() - 3200) {
            m_flow.row({Cell{description, 500}});
        }
    }

    // What to do first.
    subheading(Tr::tr("The first three steps"));
    if (r.plan.empty()) {
        m_flow.paragraph(Tr::tr("Nothing to add: every question that applies already scores in full."), body);
    }
    for (std::size_t i = 0; i < std::min<std::size_t>(3, r.plan.size()); ++i) {
        const PlanStep& step = r.plan[i];
        const Question& q = pack.questions[std::size_t(step.question)];
        const auto rank = block(QString::number(step.rank), reportFont(14, true), 400, blue);
        const auto text = block(t(q.recommendation.text), reportFont(10.5, true), width() - 500);
        const auto detail =
            block(Tr::tr("%1 · cost %2 · effort %3 · %4")
                      .arg(horizonLabel(step.horizon), gradeLabel(q.recommendation.cost),
                           gradeLabel(q.recommendation.effort), t(pack.categories[std::size_t(q.category)].title)),
                  reportFont(9), width() - 500, muted);
        m_flow.space(60);
        m_flow.keep(text->height() + detail->height());
        m_flow.row({Cell{rank, 0}, Cell{text, 500}});
        m_flow.row({Cell{detail, 500}});
    }
    const auto closing = block(Tr::tr("The following pages show the scores by area, every answer with its guideline "
                                      "item, and the whole action plan, the best value first."),
                               reportFont(9.5), width(), muted);
    if (closing->height() + 200 <= m_flow.remaining()) {
        m_flow.space(200);
        m_flow.row({Cell{closing, 0}});
    }
}

void Builder::areas()
{
    const ScoreResult& r = m_in.result;
    const Pack& pack = m_in.pack;
    section(m_tocAreas);
    m_flow.paragraph(Tr::tr("The solid line is the firm's score in each area, the dashed line the target for a "
                            "firm of its size (%1). Where the solid line is inside the dashed one, the area needs "
                            "work. Each spoke is numbered; the table below names the areas.")
                         .arg(t(tierName(r.tier))),
                     reportFont(9.5), 0, muted);
    m_flow.space(100);
    const QSizeF radarSize(width(), 3000);
    auto radar = radarChart(pack, r, m_lang, radarSize);
    m_flow.fixed(radarSize.height(), [radar](QPainter& painter, const QRectF& rect) { radar->paint(painter, rect); });

    subheading(Tr::tr("Scores, targets and gaps"));
    const std::vector<Column> columns{
        {Tr::tr("No."), 0, 230, Qt::AlignRight},          {Tr::tr("Area"), 300, 1850},
        {Tr::tr("Score"), 2180, 480, Qt::AlignRight},     {Tr::tr("Target"), 2680, 480, Qt::AlignRight},
        {Tr::tr("Gap"), 3180, 480, Qt::AlignRight},       {Tr::tr("Answered"), 3680, 560, Qt::AlignRight},
        {Tr::tr("Don't know"), 4260, 559, Qt::AlignRight}};
    tableHeader(columns);
    const QFont cellFont = reportFont(9.5);
    int spoke = 0; // the radar's numbering
    for (const CategoryScore& c : r.categories) {
        const bool scored = c.maxPoints > 0;
        m_flow.row({cell(columns[0], scored ? QString::number(++spoke) : QString(), cellFont),
                    cell(columns[1], t(pack.categories[std::size_t(c.category)].title), cellFont),
                    cell(columns[2], scored ? number(c.score) : u"—"_s, cellFont, blue),
                    cell(columns[3], number(c.target), cellFont),
                    cell(columns[4], scored ? number(c.gap) : u"—"_s, cellFont, c.gap > 0 ? orange : ink),
                    cell(columns[5], u"%1 / %2"_s.arg(c.answered).arg(c.applicable), cellFont),
                    cell(columns[6], count(c.unknown), cellFont)});
        m_flow.space(30);
        m_flow.rule();
        m_flow.space(30);
    }
    const QFont total = reportFont(9.5, true);
    m_flow.row({cell(columns[1], Tr::tr("Overall"), total), cell(columns[2], number(r.score), total, blue),
                cell(columns[5], u"%1 / %2"_s.arg(r.answered).arg(r.applicable), total),
                cell(columns[6], count(r.unknown), total)});

    const QSizeF gapSize(width(), 800 + 260.0 * spoke);
    subheading(Tr::tr("Score and gap to the target, by area"), gapSize.height());
    auto gaps = gapChart(pack, r, m_lang, gapSize);
    m_flow.fixed(gapSize.height(), [gaps](QPainter& painter, const QRectF& rect) { gaps->paint(painter, rect); });
}
void Builder::questions()
{
    const ScoreResult& r = m_in.result;
    const Pack& pack = m_in.pack;
    section(m_tocQuestions);
    m_flow.paragraph(Tr::tr("Every question put to the firm, with its answer, the points it earned, the note "
                            "written with it and the guideline item it comes from."),
                     reportFont(9.5), 0, muted);
    const QFont idFont = reportFont(8);
    const QFont textFont = reportFont(9.5);
    const QFont answerFont = reportFont(9.5, true);
    const QFont smallFont = reportFont(8.5);
    const Column idColumn{Tr::tr("No."), 0, 560};
    const Column textColumn{Tr::tr("Question"), 600, 2600};
    const Column answerColumn{Tr::tr("Answer"), 3280, 900};
    const Column pointsColumn{Tr::tr("Points"), 4230, 589, Qt::AlignRight};
    const double textX = textColumn.x;
    for (std::size_t c = 0; c < pack.categories.size(); ++c) {
        if (m_tocCategories[c] < 0) {
            continue;
        }
        const CategoryScore& score = r.categories[c];
        subsection(m_tocCategories[c]);
        if (score.maxPoints > 0) {
            const QString line =
                score.gap > 0 ? Tr::tr("Score %1, target %2: %3 points short.")
                                    .arg(number(score.score), number(score.target), number(score.gap))
                              : Tr::tr("Score %1, target %2: reached.").arg(number(score.score), number(score.target));
            m_flow.paragraph(line, reportFont(10, true), 0, score.gap > 0 ? orange : blue);
        }
        if (!t(pack.categories[c].description).isEmpty()) {
            m_flow.paragraph(t(pack.categories[c].description), reportFont(9), 0, muted);
        }
        m_flow.space(120);
        tableHeader({idColumn, textColumn, answerColumn, pointsColumn});
        int outOfScope = 0;
        for (std::size_t i = 0; i < pack.questions.size(); ++i) {
            const Question& q = pack.questions[i];
            if (q.category != int(c)) {
                continue;
            }
            const QuestionOutcome& o = r.questions[i];
            if (o.state == QuestionState::OutOfScope) {
                ++outOfScope;
                continue;
            }
            QString answer = o.choice >= 0 ? t(pack.scale[std::size_t(o.choice)].label) : questionStateLabel(o.state);
            if (o.state == QuestionState::Implied) {
                answer += u"\n"_s + Tr::tr("(follows from an earlier answer)");
            }
            QColor answerColour = o.state == QuestionState::Unanswered ? orange : ink;
            if (o.flagged) {
                answer += u"\n"_s + Tr::tr("worth checking");
                answerColour = orange;
            }
            const QString earned = o.maxPoints > 0 ? u"%1 / %2"_s.arg(points(o.points), points(o.maxPoints)) : u"—"_s;
            m_flow.row({cell(idColumn, q.id, idFont, muted), cell(textColumn, t(q.text), textFont),
                        cell(answerColumn, answer, answerFont, answerColour), cell(pointsColumn, earned, textFont)});
            const QString note = m_in.answers.notes.value(q.id).trimmed();
            if (!note.isEmpty()) {
                m_flow.row({Cell{block(Tr::tr("Note"), reportFont(8, true), 550, noteInk), textX},
                            Cell{block(note, smallFont, width() - textX - 600, noteInk), textX + 600}},
                           1);
            }
            QStringList refs;
            for (const QString& key : q.refs) {
                const Reference* ref = pack.reference(key);
                refs.append(ref ? u"%1 (%2)"_s.arg(t(ref->title), key) : key);
            }
            if (!refs.isEmpty()) {
                m_flow.row({Cell{block(Tr::tr("Source"), reportFont(8, true), 550, muted), textX},
                            Cell{block(refs.join(u"; "_s), reportFont(8), width() - textX - 600, muted), textX + 600}},
                           1);
            }
            m_flow.space(50);
            m_flow.rule();
            m_flow.space(50);
        }
        if (outOfScope > 0) {
            m_flow.paragraph(
                Tr::tr("%n question(s) of this area do not apply to this firm and are left out.", nullptr, outOfScope),
                reportFont(8.5), 0, muted);
        }
    }
}

void Builder::plan()
{
    const ScoreResult& r = m_in.result;
    const Pack& pack = m_in.pack;
    section(m_tocPlan);
    m_flow.paragraph(Tr::tr("Each step closes a gap found by the questions. They are ranked by value for money: the "
                            "points a step wins, counted more where an area is far below its target, divided by "
                            "its cost and effort. Steps for this week are cheap and quick; the others take planning."),
                     reportFont(9.5), 0, muted);
    if (r.plan.empty()) {
        m_flow.space(200);
        m_flow.paragraph(Tr::tr("Nothing to add: every question that applies already scores in full."), reportFont(10));
        return;
    }
    const Column rank{Tr::tr("No."), 0, 380};
    const Column stepColumn{Tr::tr("Step"), 420, 3250};
    const Column cost{Tr::tr("Cost / effort"), 3750, 1069};
    const double textX = stepColumn.x;
    for (const Horizon horizon : {Horizon::Week, Horizon::Quarter, Horizon::Year}) {
        std::vector<const PlanStep*> steps;
        for (const PlanStep& step : r.plan) {
            if (step.horizon == horizon) {
                steps.push_back(&step);
            }
        }
        if (steps.empty()) {
            continue;
        }
        subheading(Tr::tr("%1 (%n step(s))", nullptr, int(steps.size())).arg(horizonLabel(horizon)));
        tableHeader({rank, stepColumn, cost});
        for (const PlanStep* step : steps) {
            const Question& q = pack.questions[std::size_t(step->question)];
            QStringList refs;
            for (const QString& key : q.refs) {
                const Reference* ref = pack.reference(key);
                refs.append(ref ? t(ref->title) : key);
            }
            const Cell text = cell(stepColumn, t(q.recommendation.text), reportFont(9.5));
            const auto area =
                block(Tr::tr("%1 · question %2").arg(t(pack.categories[std::size_t(q.category)].title), q.id),
                      reportFont(8), width() - textX, muted);
            m_flow.keep(text.text->height() + area->height());
            m_flow.row({cell(rank, QString::number(step->rank), reportFont(9.5, true), blue), text,
                        cell(cost,
                             Tr::tr("cost %1\neffort %2")
                                 .arg(gradeLabel(q.recommendation.cost), gradeLabel(q.recommendation.effort)),
                             reportFont(8.5))});
            m_flow.row({Cell{area, textX}}, 1);
            if (!refs.isEmpty()) {
                m_flow.row({Cell{block(Tr::tr("Source"), reportFont(8, true), 550, muted), textX},
                            Cell{block(refs.join(u"; "_s), reportFont(8), width() - textX - 600, muted), textX + 600}},
                           1);
            }
            m_flow.space(50);
            m_flow.rule();
            m_flow.space(50);
        }
    }
}

void Builder::matches()
{
    section(m_tocMatches);
    m_flow.paragraph(Tr::tr("Services and experts from Mamori's catalog that cover what this firm needs, best fit "
                            "first, each with the reasons it was chosen and where its facts come from. Prices are "
                            "estimates for this firm from the published prices; ask the provider for a quote. Mamori's "
                            "own list holds only the registered お助け隊 services whose facts could be checked in "
                            "public sources; entries marked \"sample\" are fictional."),
                     reportFont(9.5), 0, muted);
    const Column rank{Tr::tr("No."), 0, 380};
    const Column fit{Tr::tr("Fit"), 4320, 499, Qt::AlignRight};
    const double textX = 420, textWidth = 2600, priceX = 3070, priceWidth = 1200;
    // The services and the experts are laid out alike: a heading, then either why nothing matched or a
    // table whose entries have a name, a detail line, a price, the fit and the reasons.
    const auto opening = [&](const QString& title, bool empty, const QString& noMatch, const QStringList& relax,
                             const QString& nameHeader, const QString& priceHeader) {
        subheading(title);
        if (empty) {
            m_flow.paragraph(noMatch, reportFont(10));
            for (const QString& hint : relax) {
                bullet(hint, 0, reportFont(9));
            }
        } else {
            tableHeader({rank, {nameHeader, textX, textWidth}, {priceHeader, priceX, priceWidth}, fit});
        }
    };
    const auto entry = [&](int position, double score, const QString& name, const QString& detail, const QString& price,
                           const QStringList& reasons) {
        const auto nameBlock = block(name, reportFont(10, true), textWidth);
        const auto detailBlock = block(detail, reportFont(8.5), textWidth, muted);
        m_flow.keep(nameBlock->height() + detailBlock->height() + 400);
        m_flow.row({cell(rank, count(position), reportFont(10, true), blue), Cell{nameBlock, textX},
                    Cell{block(price, reportFont(8.5), priceWidth), priceX},
                    cell(fit, number(score), reportFont(10, true), blue)});
        if (!detail.isEmpty()) {
            m_flow.row({Cell{detailBlock, textX}}, 1);
        }
        for (const QString& reason : reasons.mid(0, 7)) {
            bullet(reason, textX, reportFont(8.5), muted);
        }
        m_flow.space(50);
        m_flow.rule();
        m_flow.space(50);
    };
    if (m_options.services) {
        const ServiceMatches& services = *m_options.services;
        opening(Tr::tr("Services"), services.matches.empty(),
                Tr::tr("No service in the catalog passes this firm's conditions."), services.relax, Tr::tr("Service"),
                Tr::tr("Estimate"));
        for (const ServiceMatch& m : services.matches) {
            QString name = sampleMark(m.service.displayName(m_lang), m.service.sample);
            if (m.stale) {
                name +=
                    u' ' + Tr::tr("(facts from %1: check the current terms)").arg(m.service.asOf.toString(Qt::ISODate));
            }
            // Where the facts come from, so a reader can check them: the first source, dated.
            QString detail = u"%1 · %2"_s.arg(m.service.displayProvider(m_lang), t(schemeName(m.service.scheme)));
            if (const auto cited = m.service.citedSources(); !cited.empty()) {
                detail +=
                    u'\n' + Tr::tr("Source: %1 (%2)").arg(cited.front().url, cited.front().date.toString(Qt::ISODate));
            }
            const QString price = !m.service.pricePublished  ? Tr::tr("price on request")
                                  : m.firstYearEstimate == 0 ? Tr::tr("free")
                                                             : Tr::tr("%1 a month\n%2 the first year")
                                                                   .arg(formatYen(m.monthlyEstimate, m_lang),
                                                                        formatYen(m.firstYearEstimate, m_lang));
            entry(m.rank, m.score, name, detail, price, m.reasons);
        }
    }
    if (m_options.talent) {
        const TalentMatches& talent = *m_options.talent;
        opening(Tr::tr("Experts"), talent.matches.empty(),
                talent.considered == 0 ? Tr::tr("The catalog holds no experts.")
                                       : Tr::tr("No expert in the catalog passes this firm's conditions."),
                talent.relax, Tr::tr("Expert"), Tr::tr("Fee a day"));
        for (const TalentMatch& m : talent.matches) {
            QStringList qualifications;
            for (const QString& id : m.talent.qualifications) {
                qualifications.append(t(qualificationName(id)));
            }
            const QString fee = m.talent.feeDayMax > 0 || m.talent.feeDayMin > 0
                                    ? Tr::tr("%1 – %2").arg(formatYen(m.talent.feeDayMin, m_lang),
                                                            formatYen(m.talent.feeDayMax, m_lang))
                                    : Tr::tr("ask");
            entry(m.rank, m.score, sampleMark(m.talent.displayName, m.talent.sample), qualifications.join(Tr::tr(", ")),
                  fee + u"\n"_s + t(availabilityName(m.talent.availability)), m.reasons);
        }
    }
}

void Builder::trend()
{
    const Pack& pack = m_in.pack;
    section(m_tocTrend);
    m_flow.paragraph(Tr::tr("The overall score of each finished assessment with this questionnaire, and each area "
                            "as a thinner line."),
                     reportFont(9.5), 0, muted);
    m_flow.space(100);
    const QSizeF size(width(), 3000);
    auto chart = trendChart(pack, m_options.trend, m_lang, size);
    m_flow.fixed(size.height(), [chart](QPainter& painter, const QRectF& rect) { chart->paint(painter, rect); });

    subheading(Tr::tr("Assessments"));
    const Column when{Tr::tr("Date"), 0, 2000};
    const Column scoreColumn{Tr::tr("Score"), 2100, 800, Qt::AlignRight};
    const Column changeColumn{Tr::tr("Change"), 3000, 800, Qt::AlignRight};
    tableHeader({when, scoreColumn, changeColumn});
    std::optional<double> previous;
    for (const TrendPoint& p : m_options.trend) {
        const QString shown = previous ? change(p.score - *previous) : u"—"_s;
        m_flow.row({cell(when, date(p.when), reportFont(9.5)),
                    cell(scoreColumn, number(p.score), reportFont(9.5), blue),
                    cell(changeColumn, shown, reportFont(9.5))});
        m_flow.space(30);
        m_flow.rule();
        m_flow.space(30);
        previous = p.score;
    }
    if (m_options.sincePrevious) {
        const Comparison& cmp = *m_options.sincePrevious;
        subheading(Tr::tr("Change by area since the previous assessment"));
        const Column area{Tr::tr("Area"), 0, 2000};
        const Column before{Tr::tr("Before"), 2100, 800, Qt::AlignRight};
        const Column now{Tr::tr("Now"), 3000, 800, Qt::AlignRight};
        const Column delta{Tr::tr("Change"), 3900, 900, Qt::AlignRight};
        tableHeader({area, before, now, delta});
        for (const Comparison::Category& c : cmp.categories) {
            const QString shown = c.before && c.after ? change(*c.after - *c.before) : u"—"_s;
            m_flow.row({cell(area, t(c.title), reportFont(9.5)),
                        cell(before, c.before ? number(*c.before) : u"—"_s, reportFont(9.5)),
                        cell(now, c.after ? number(*c.after) : u"—"_s, reportFont(9.5), blue),
                        cell(delta, shown, reportFont(9.5))});
            m_flow.space(30);
            m_flow.rule();
            m_flow.space(30);
        }
        if (!cmp.changes.empty()) {
            m_flow.space(100);
            m_flow.paragraph(
                Tr::tr("%n answer(s) changed since the previous assessment.", nullptr, int(cmp.changes.size())),
                reportFont(9.5), 0, muted);
        }
    }
}

void Builder::method()
{
    const Pack& pack = m_in.pack;
    section(m_tocMethod);
    const QFont body = reportFont(9.5);
    subheading(Tr::tr("How the scores are computed"));
    m_flow.paragraph(Tr::tr("Each answer earns points: the points of the chosen answer times the question's weight. "
                            "An area's score is the points earned divided by the most it could earn, as a "
                            "percentage; the overall score does the same over every question. Only the questions "
                            "that apply to the firm, by its size, industry and IT assets, are counted."),
                     body);
    m_flow.space(100);
    m_flow.paragraph(
        (unknownPoints() < 0
             ? Tr::tr("\"Not applicable\" takes a question out of the count altogether. In this questionnaire "
                      "\"don't know\" scores %1 (below \"no\"), as in IPA's self-check: a measure "
                      "nobody can vouch for is a risk of its own. It is listed for checking.")
                   .arg(QString::number(unknownPoints()))
             : Tr::tr("\"Not applicable\" takes a question out of the count altogether. In this questionnaire "
                      "\"don't know\" scores like \"no\" (0 points), because an unknown measure cannot be relied "
                      "on (Mamori's choice; IPA's own self-check scores it −1), and is listed for checking.")) +
            u' ' +
            Tr::tr("A question not yet answered also counts as zero. A follow-up question that was not opened "
                   "counts as its parent's answer."),
        body);
    m_flow.space(100);
    m_flow.paragraph(Tr::tr("The target of each area depends on the size of the firm (%1 here). These targets are "
                            "Mamori's own choice, not the guidelines': IPA's self-check defines only the bands of the "
                            "total score, and the guidelines set no per-area targets. Mamori sets them higher for "
                            "larger firms, which hold more data and are asked for more by their customers. The "
                            "action plan lists every question that fell short, grouped into this "
                            "week (low cost and effort), this quarter and this year and numbered in that order; "
                            "within each group, ranked by the points it would win, weighted by the area's gap, "
                            "divided by its cost and effort.")
                         .arg(t(tierName(m_in.result.tier))),
                     body);
    if (!pack.levels.empty()) {
        subheading(Tr::tr("What the bands mean"));
        const Column range{Tr::tr("Score"), 0, 800};
        const Column band{Tr::tr("Band"), 900, 1200};
        const Column meaning{Tr::tr("Meaning"), 2200, 2619};
        tableHeader({range, band, meaning});
        for (std::size_t i = 0; i < pack.levels.size(); ++i) {
            const Level& l = pack.levels[i];
            const QString scores = i + 1 < pack.levels.size()
                                       ? u"%1 – %2"_s.arg(number(l.min), number(pack.levels[i + 1].min - 0.1))
                                       : u"%1 – 100"_s.arg(number(l.min));
            m_flow.row({cell(range, scores, reportFont(9)), cell(band, t(l.label), reportFont(9, true)),
                        cell(meaning, t(l.advice), reportFont(9))});
            m_flow.space(30);
            m_flow.rule();
            m_flow.space(30);
        }
    }
    subheading(Tr::tr("Sources"));
    m_flow.paragraph(
        Tr::tr("Questionnaire \"%1\", version %2, based on %3.").arg(t(pack.title), pack.version, guidelineText()),
        body);
    if (!pack.guideline.url.isEmpty()) {
        m_flow.paragraph(pack.guideline.url, reportFont(8.5), 0, blue);
    }
    if (const QString notice = unsignedNotice(pack.verification.state); !notice.isEmpty()) {
        m_flow.paragraph(notice, reportFont(9.5, true), 0, orange);
    }
    m_flow.space(100);
    for (const Reference& ref : pack.references) {
        const auto id = block(ref.id, reportFont(8), 900, muted);
        QString text = t(ref.title);
        if (!ref.url.isEmpty()) {
            text += u"\n"_s + ref.url;
        }
        switch (ref.checked) {
        case ReferenceCheck::Document:
            text += u"\n"_s + Tr::tr("Checked against the document itself.");
            break;
        case ReferenceCheck::Secondary:
            text += u"\n"_s + Tr::tr("Checked against a public description of the document, not the document "
                                     "itself.");
            break;
        case ReferenceCheck::NotChecked:
            text += u"\n"_s + Tr::tr("Not yet checked against the document.");
            break;
        case ReferenceCheck::Unstated:
            break;
        }
        m_flow.row({Cell{id, 0}, Cell{block(text, reportFont(8.5), width() - 1000), 1000}}, 1);
        m_flow.space(40);
    }
    subheading(Tr::tr("About this report"));
    m_flow.paragraph(Tr::tr("The answers are the firm's own and were not verified on site. The report shows where to "
                            "look first; it is not an audit or a certification. Matches come from the catalog "
                            "installed with Mamori on the day the report was made."),
                     body);
}

} // namespace

PdfReport::PdfReport(const ReportInput& input, PdfReportOptions options) : d(std::make_unique<Impl>())
{
    // Every string in the report's language, whatever the window shows.
    const ScopedLanguage language(options.language);
    Builder(input, options, *d).build();
}

PdfReport::~PdfReport() = default;

int PdfReport::pageCount() const
{
    return int(d->pages.size());
}

void PdfReport::paintPage(int index, QPainter& painter) const
{
    if (index < 0 || index >= pageCount()) {
        return;
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const PaintFn& op : d->pages[std::size_t(index)].ops) {
        op(painter);
    }
    d->paintFrame(index, pageCount(), painter);
    painter.restore();
}

QImage PdfReport::preview(int index, int width) const
{
    const int height = int(std::lround(width * PageHeight / PageWidth));
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(width / PageWidth, width / PageWidth);
    paintPage(index, painter);
    return image;
}

QByteArray PdfReport::toPdf(const Progress& progress) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // 720 dpi: one device pixel is one decipoint, the unit the layout is made in.
        writer.setResolution(720);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(d->documentTitle);
        writer.setCreator(u"Mamori %1"_s.arg(QString::fromLatin1(MAMORI_VERSION)));
        QPainter painter(&writer);
        for (int i = 0; i < pageCount(); ++i) {
            if (i > 0) {
                writer.newPage();
            }
            paintPage(i, painter);
            if (progress && !progress(i + 1, pageCount())) {
                painter.end();
                return {};
            }
        }
    }
    return bytes;
}

Result<bool> PdfReport::write(const QString& path, const Progress& progress) const
{
    if (auto allowed = files::checkOutput(path); !allowed) { // before the pages are drawn, not after
        return allowed;
    }
    const QByteArray bytes = toPdf(progress);
    if (bytes.isEmpty()) {
        Diagnostic cancelled;
        cancelled.code = ErrorCode::Io;
        cancelled.file = path;
        cancelled.message = Tr::tr("cancelled; nothing was written");
        return tl::unexpected(Diagnostics{cancelled});
    }
    // Owner-only: the report lists the firm's weaknesses.
    return writeFileAtomically(path, bytes, true);
}

std::vector<std::pair<QString, int>> PdfReport::contents() const
{
    std::vector<std::pair<QString, int>> out;
    for (const TocEntry& e : d->toc) {
        out.emplace_back(e.title, e.page);
    }
    return out;
}

Result<std::pair<ServiceMatches, TalentMatches>> reportMatches(CatalogStore& catalog, const Pack& pack,
                                                               const Profile& profile, const ScoreResult& result,
                                                               Language language, int top, int staleMonths)
{
    const FirmNeeds firm = firmNeeds(pack, profile, result);
    MatchOptions options;
    options.top = top;
    options.staleMonths = staleMonths;
    options.language = language;
    MatchOutcome outcome = MatchService(catalog).match(firm, options, options);
    for (Diagnostics* problem : {&outcome.servicesProblem, &outcome.talentProblem}) {
        if (!problem->isEmpty()) {
            return tl::unexpected(std::move(*problem));
        }
    }
    return std::pair{std::move(*outcome.services), std::move(*outcome.talent)};
}

void addReportHistory(ResultService& results, const ScoredAssessment& current, PdfReportOptions& options)
{
    auto history = results.history(current.record.firmId);
    if (!history) {
        return; // the report is still whole without its trend
    }
    options.trend.clear();
    for (const HistoryEntry& e : *history) {
        const bool finished = e.record.status == AssessmentStatus::Finished;
        if (e.record.packId != current.pack->id || !e.result || (!finished && e.record.id != current.record.id)) {
            continue;
        }
        const QDateTime when = e.record.finishedAt.isValid() ? e.record.finishedAt : e.record.startedAt;
        options.trend.push_back(TrendPoint{when, e.result->score, e.result->categories});
        if (e.record.id == current.record.id) {
            break;
        }
    }
    options.sincePrevious = results.sincePrevious(current, *history);
}

} // namespace mamori
