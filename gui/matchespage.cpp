#include "gui/matchespage.h"

#include "core/catalogformat.h"
#include "core/catalogstore.h"
#include "core/format.h"
#include "core/json.h"
#include "core/profilelabels.h"
#include "core/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QUrl>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

QScrollArea* scrolling(QWidget* content, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(content);
    return area;
}

void clearLayout(QVBoxLayout* layout)
{
    while (QLayoutItem* item = layout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            delete w;
        }
        delete item;
    }
}

QString bullets(const QStringList& lines)
{
    QString html = u"<ul style=\"margin-left: -20px; margin-top: 2px;\">"_s;
    for (const QString& line : lines) {
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    }
    return html + u"</ul>"_s;
}

QLabel* textLabel(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

// The score as a bar to compare at a glance, with the number beside it (text drawn inside a bar is
// split between the filled and the empty part).
QHBoxLayout* scoreRow(double value, QWidget* card)
{
    auto* row = new QHBoxLayout;
    auto* bar = new QProgressBar(card);
    bar->setRange(0, 1000);
    bar->setValue(int(value * 10));
    bar->setTextVisible(false);
    bar->setMaximumWidth(260);
    bar->setMaximumHeight(12);
    auto* number = new QLabel(MatchesPage::tr("Score %1 / 100").arg(formatNumber(value)), card);
    bar->setAccessibleName(number->text());
    row->addWidget(bar);
    row->addWidget(number);
    row->addStretch();
    return row;
}

} // namespace

MatchesPage::MatchesPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_monthlyLabel(new QLabel(this)),
      m_monthly(new QSpinBox(this)), m_dailyLabel(new QLabel(this)), m_daily(new QSpinBox(this)),
      m_onsite(new QCheckBox(this)), m_schemeLabel(new QLabel(this)), m_scheme(new QComboBox(this)),
      m_tabs(new QTabWidget(this)), m_serviceList(new QWidget), m_serviceLayout(new QVBoxLayout(m_serviceList)),
      m_talentList(new QWidget), m_talentLayout(new QVBoxLayout(m_talentList)), m_compare(new QPushButton(this)),
      m_export(new QPushButton(this)), m_catalogButton(new QPushButton(this))
{
    setObjectName(u"matchesPage"_s);
    m_monthly->setObjectName(u"monthlyBudget"_s);
    m_daily->setObjectName(u"dailyBudget"_s);
    m_onsite->setObjectName(u"onsiteOnly"_s);
    m_scheme->setObjectName(u"schemeFilter"_s);
    m_tabs->setObjectName(u"matchTabs"_s);
    m_serviceList->setObjectName(u"serviceCards"_s);
    m_talentList->setObjectName(u"talentCards"_s);
    m_compare->setObjectName(u"compareServices"_s);
    m_export->setObjectName(u"exportShortlist"_s);
    m_catalogButton->setObjectName(u"manageCatalog"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    // 0 means no limit; steps of a thousand yen are what people type.
    for (QSpinBox* box : {m_monthly, m_daily}) {
        box->setRange(0, 10'000'000);
        box->setSingleStep(1000);
        box->setGroupSeparatorShown(true);
        box->setKeyboardTracking(false);
    }
    m_monthlyLabel->setBuddy(m_monthly);
    m_dailyLabel->setBuddy(m_daily);
    m_schemeLabel->setBuddy(m_scheme);
    m_serviceLayout->setSpacing(10);
    m_talentLayout->setSpacing(10);
    m_tabs->addTab(scrolling(m_serviceList, m_tabs), QString());
    m_tabs->addTab(scrolling(m_talentList, m_tabs), QString());

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_monthlyLabel);
    filters->addWidget(m_monthly);
    filters->addSpacing(12);
    filters->addWidget(m_dailyLabel);
    filters->addWidget(m_daily);
    filters->addSpacing(12);
    filters->addWidget(m_schemeLabel);
    filters->addWidget(m_scheme);
    filters->addSpacing(12);
    filters->addWidget(m_onsite);
    filters->addStretch();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addWidget(m_export);
    actions->addStretch();
    actions->addWidget(m_catalogButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(actions);

    connect(m_monthly, &QSpinBox::valueChanged, this, &MatchesPage::refresh);
    connect(m_daily, &QSpinBox::valueChanged, this, &MatchesPage::refresh);
    connect(m_onsite, &QCheckBox::toggled, this, &MatchesPage::refresh);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &MatchesPage::refresh);
    connect(m_compare, &QPushButton::clicked, this, &MatchesPage::showComparison);
    connect(m_export, &QPushButton::clicked, this, &MatchesPage::exportClicked);
    connect(m_catalogButton, &QPushButton::clicked, this, &MatchesPage::manageCatalog);
    retranslate();
}

void MatchesPage::setCatalog(CatalogStore* catalog, const QString& problem)
{
    if (catalog == m_catalog && problem == m_catalogProblem) {
        return; // showFor() or a filter runs the matching
    }
    m_catalog = catalog;
    m_matcher.reset();
    m_catalogProblem = problem;
    refresh();
}

void MatchesPage::showFor(const ScoredAssessment& current)
{
    m_current = current;
    m_firm = firmNeeds(*current.pack, current.record.profile, current.result);
    refresh();
}

void MatchesPage::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

void MatchesPage::setStaleMonths(int months)
{
    if (months != m_staleMonths) {
        m_staleMonths = months;
        refresh();
    }
}

void MatchesPage::refresh()
{
    m_services.reset();
    m_talent.reset();
    m_talentProblem.clear();
    if (m_firm && m_catalog) {
        MatchOptions options;
        options.language = m_language;
        options.top = 10;
        options.staleMonths = m_staleMonths;
        options.onsiteOnly = m_onsite->isChecked();
        const int scheme = m_scheme->currentData().toInt();
        if (scheme == -2) {
            options.schemes = {Scheme::Otasuke1, Scheme::Otasuke2, Scheme::OtasukeNew};
        } else if (scheme >= 0) {
            options.schemes = {Scheme(scheme)};
        }
        MatchOptions talentOptions = options;
        talentOptions.schemes.clear();
        if (m_monthly->value() > 0) {
            options.budget = m_monthly->value();
        }
        if (m_daily->value() > 0) {
            talentOptions.budget = m_daily->value();
        }
        if (!m_matcher) {
            m_matcher = std::make_unique<MatchService>(*m_catalog);
        }
        MatchOutcome outcome = m_matcher->match(*m_firm, options, talentOptions);
        m_services = std::move(outcome.services);
        m_talent = std::move(outcome.talent);
        if (!outcome.servicesProblem.isEmpty()) {
            m_catalogProblem = outcome.servicesProblem.first().toString();
        }
        if (!outcome.talentProblem.isEmpty()) {
            m_talentProblem = outcome.talentProblem.first().toString();
        }
    }
    rebuild();
}

QWidget* MatchesPage::serviceCard(const ServiceMatch& m)
{
    auto* card = new QFrame(m_serviceList);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(u"service:"_s + m.service.id);
    card->setAccessibleName(m.service.displayName(m_language));
    auto* layout = new QVBoxLayout(card);
    auto* top = new QHBoxLayout;
    QString title = u"<b>%1. %2</b>"_s.arg(m.rank).arg(m.service.displayName(m_language).toHtmlEscaped());
    if (m.service.sample) {
        title += u" <span style=\"color:#b35900;\">["_s + tr("sample").toHtmlEscaped() + u"]</span>"_s;
    }
    if (m.stale) {
        title +=
            u" <span style=\"color:#b35900;\">["_s +
            tr("facts from %1: check the current terms").arg(m.service.asOf.toString(Qt::ISODate)).toHtmlEscaped() +
            u"]</span>"_s;
    }
    top->addWidget(textLabel(title, card), 1);
    auto* compare = new QCheckBox(tr("Compare"), card);
    compare->setObjectName(u"compare:"_s + m.service.id);
    compare->setProperty("serviceId", m.service.id);
    compare->setAccessibleName(tr("Compare %1").arg(m.service.displayName(m_language)));
    connect(compare, &QCheckBox::toggled, this, &MatchesPage::updateButtons);
    m_compareBoxes.append(compare);
    top->addWidget(compare);
    layout->addLayout(top);
    const QString meta = m.service.displayProvider(m_language) + u" · "_s +
                         schemeName(m.service.scheme).text(m_language) + u" · "_s +
                         serviceTypeName(m.service.type).text(m_language);
    layout->addWidget(textLabel(meta.toHtmlEscaped(), card));
    layout->addLayout(scoreRow(m.score, card));
    layout->addWidget(textLabel(bullets(m.reasons), card));
    // What the entry says of itself, and where each fact comes from: links the user can open and check.
    if (const QString note = m.service.displayNote(m_language); !note.isEmpty()) {
        auto* noteLabel = textLabel(note.toHtmlEscaped(), card);
        noteLabel->setObjectName(u"serviceNote"_s);
        layout->addWidget(noteLabel);
    }
    QStringList sources;
    for (const CatalogSource& source : m.service.citedSources()) {
        sources.append(u"<a href=\"%1\">%2</a> (%3)"_s.arg(
            source.url.toHtmlEscaped(), QUrl(source.url).host().toHtmlEscaped(), source.date.toString(Qt::ISODate)));
    }
    if (!sources.isEmpty()) {
        auto* sourceLabel = textLabel(tr("Sources: %1").arg(sources.join(u", "_s)), card);
        sourceLabel->setObjectName(u"serviceSources"_s);
        sourceLabel->setOpenExternalLinks(true);
        sourceLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
        sourceLabel->setAccessibleName(tr("Sources of %1").arg(m.service.displayName(m_language)));
        layout->addWidget(sourceLabel);
    }
    return card;
}

QWidget* MatchesPage::talentCard(const TalentMatch& m)
{
    auto* card = new QFrame(m_talentList);
    card->setFrameShape(QFrame::StyledPanel);
    card->setObjectName(u"talent:"_s + m.talent.id);
    card->setAccessibleName(m.talent.displayName);
    auto* layout = new QVBoxLayout(card);
    QString title = u"<b>%1. %2</b>"_s.arg(m.rank).arg(m.talent.displayName.toHtmlEscaped());
    if (m.talent.sample) {
        title += u" <span style=\"color:#b35900;\">["_s + tr("sample").toHtmlEscaped() + u"]</span>"_s;
    }
    layout->addWidget(textLabel(title, card));
    QStringList facts;
    for (const QString& q : m.talent.qualifications) {
        facts.append(qualificationName(q).text(m_language));
    }
    facts.append(availabilityName(m.talent.availability).text(m_language));
    layout->addWidget(textLabel(facts.join(u" · "_s).toHtmlEscaped(), card));
    layout->addLayout(scoreRow(m.score, card));
    layout->addWidget(textLabel(bullets(m.reasons), card));
    return card;
}

void MatchesPage::rebuild()
{
    clearLayout(m_serviceLayout);
    clearLayout(m_talentLayout);
    m_compareBoxes.clear();
    const auto note = [](QWidget* parent, const QString& html, const QString& name) {
        QLabel* label = textLabel(html, parent);
        label->setObjectName(name);
        // Selectable text takes focus: a screen reader reads it as a whole.
        label->setAccessibleName(QTextDocumentFragment::fromHtml(html).toPlainText().left(200));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    if (!m_catalog) {
        const QString text = m_catalogProblem.isEmpty() ? tr("No catalog is open.") : m_catalogProblem;
        m_serviceLayout->addWidget(note(m_serviceList, text.toHtmlEscaped(), u"catalogProblem"_s));
    }
    if (m_services) {
        const ServiceMatches& s = *m_services;
        // The bundled list is a snapshot: say how old it is once it is older than the limit.
        const QDate compiled = CatalogStore::bundledCompiled();
        if (compiled.isValid() && isStale(compiled, QDate::currentDate(), m_staleMonths)) {
            m_serviceLayout->addWidget(
                note(m_serviceList,
                     u"<b>"_s +
                         tr("Mamori's list of services was compiled on %1, longer ago than %2 months: update Mamori, "
                            "and check each provider's current terms.")
                             .arg(compiled.toString(Qt::ISODate))
                             .arg(m_staleMonths)
                             .toHtmlEscaped() +
                         u"</b>"_s,
                     u"catalogOld"_s));
        }
        if (s.matches.empty()) {
            m_serviceLayout->addWidget(
                note(m_serviceList, u"<b>"_s + tr("No service matches.").toHtmlEscaped() + u"</b>"_s, u"noServices"_s));
        }
        for (const ServiceMatch& m : s.matches) {
            m_serviceLayout->addWidget(serviceCard(m));
        }
        if (!s.relax.isEmpty()) {
            m_serviceLayout->addWidget(
                note(m_serviceList, u"<b>"_s + tr("What to relax").toHtmlEscaped() + u"</b>"_s + bullets(s.relax),
                     u"relaxServices"_s));
        }
        if (!s.rejected.empty()) {
            QStringList lines;
            for (const ServiceRejection& r : s.rejected) {
                QStringList why;
                for (const FilterFailure& f : r.failures) {
                    why.append(f.reason);
                }
                lines.append(r.service.displayName(m_language) + u": "_s + why.join(u"; "_s));
            }
            m_serviceLayout->addWidget(note(m_serviceList,
                                            u"<b>"_s +
                                                tr("Left out (%n)", nullptr, int(s.rejected.size())).toHtmlEscaped() +
                                                u"</b>"_s + bullets(lines),
                                            u"leftOutServices"_s));
        }
    }
    if (!m_talentProblem.isEmpty()) {
        m_talentLayout->addWidget(note(m_talentList, m_talentProblem.toHtmlEscaped(), u"talentProblem"_s));
    }
    if (m_talent && m_talent->considered == 0) {
        // An empty list is no "match" to relax: say where experts are found.
        m_talentLayout->addWidget(note(
            m_talentList, u"<b>"_s + tr("Finding an expert").toHtmlEscaped() + u"</b>"_s + bullets(m_talent->relax),
            u"relaxTalent"_s));
    } else if (m_talent) {
        const TalentMatches& t = *m_talent;
        m_talentLayout->addWidget(note(m_talentList,
                                       tr("%1 experts in the catalog; %2 work here or remotely and pass the filters.")
                                           .arg(formatCount(t.considered), formatCount(t.passed))
                                           .toHtmlEscaped(),
                                       u"talentSummary"_s));
        if (t.matches.empty()) {
            m_talentLayout->addWidget(
                note(m_talentList, u"<b>"_s + tr("Nobody matches.").toHtmlEscaped() + u"</b>"_s, u"noTalent"_s));
        }
        for (const TalentMatch& m : t.matches) {
            m_talentLayout->addWidget(talentCard(m));
        }
        if (!t.relax.isEmpty()) {
            m_talentLayout->addWidget(
                note(m_talentList, u"<b>"_s + tr("What to relax").toHtmlEscaped() + u"</b>"_s + bullets(t.relax),
                     u"relaxTalent"_s));
        }
        if (!t.rejected.empty()) {
            QStringList lines;
            for (const TalentRejection& r : t.rejected) {
                QStringList why;
                for (const FilterFailure& f : r.failures) {
                    why.append(f.reason);
                }
                lines.append(tr("%1 (covers %2%): %3")
                                 .arg(r.talent.displayName)
                                 .arg(int(std::lround(r.coverage * 100)))
                                 .arg(why.join(u"; "_s)));
            }
            m_talentLayout->addWidget(note(m_talentList,
                                           u"<b>"_s + tr("Close matches left out by the filters").toHtmlEscaped() +
                                               u"</b>"_s + bullets(lines),
                                           u"leftOutTalent"_s));
        }
    }
    m_serviceLayout->addStretch();
    m_talentLayout->addStretch();
    if (m_services) {
        m_tabs->setTabText(0, tr("Services (%1)").arg(formatCount(qint64(m_services->matches.size()))));
    }
    if (m_talent) {
        m_tabs->setTabText(1, tr("Experts (%1)").arg(formatCount(qint64(m_talent->matches.size()))));
    }
    updateButtons();
}

QStringList MatchesPage::comparedServices() const
{
    QStringList ids;
    for (const QCheckBox* box : m_compareBoxes) {
        if (box->isChecked()) {
            ids.append(box->property("serviceId").toString());
        }
    }
    return ids;
}

void MatchesPage::updateButtons()
{
    const int chosen = int(comparedServices().size());
    m_compare->setEnabled(chosen == 2);
    m_compare->setToolTip(chosen == 2 ? QString() : tr("Tick \"Compare\" on two services"));
    m_export->setEnabled((m_services && !m_services->matches.empty()) || (m_talent && !m_talent->matches.empty()));
}

QList<QStringList> MatchesPage::comparison(const QString& firstId, const QString& secondId) const
{
    QList<QStringList> rows;
    if (!m_services || !m_firm) {
        return rows;
    }
    const ServiceMatch* a = nullptr;
    const ServiceMatch* b = nullptr;
    for (const ServiceMatch& m : m_services->matches) {
        if (m.service.id == firstId) {
            a = &m;
        }
        if (m.service.id == secondId) {
            b = &m;
        }
    }
    if (!a || !b) {
        return rows;
    }
    const auto yesNo = [this](bool v) -> QString {
        return v ? tr("yes") : tr("no");
    };
    const QString here = prefectureName(m_firm->prefecture).text(m_language);
    const auto row = [&](const QString& label, const auto& value) {
        rows.append({label, value(*a), value(*b)});
    };
    row(tr("Name"), [&](const ServiceMatch& m) -> QString {
        return m.service.displayName(m_language) + (m.service.sample ? u" ["_s + tr("sample") + u']' : QString());
    });
    row(tr("Provider"), [&](const ServiceMatch& m) -> QString { return m.service.displayProvider(m_language); });
    row(tr("Scheme"), [&](const ServiceMatch& m) -> QString { return schemeName(m.service.scheme).text(m_language); });
    row(tr("Type"), [&](const ServiceMatch& m) -> QString { return serviceTypeName(m.service.type).text(m_language); });
    row(tr("Score"), [](const ServiceMatch& m) -> QString { return formatNumber(m.score); });
    row(tr("Needs covered"), [](const ServiceMatch& m) -> QString { return formatNumber(m.coverage * 100, 0) + u'%'; });
    row(tr("A month for you"), [](const ServiceMatch& m) -> QString {
        return m.service.pricePublished ? formatYen(m.monthlyEstimate) + u" ("_s + m.priceBasis + u')' : m.priceBasis;
    });
    row(tr("First year"), [](const ServiceMatch& m) -> QString {
        return m.service.pricePublished ? formatYen(m.firstYearEstimate) : m.priceBasis;
    });
    row(tr("Facts from"), [](const ServiceMatch& m) -> QString {
        return m.service.asOf.toString(Qt::ISODate) + (m.stale ? u" — "_s + tr("check the current terms") : QString());
    });
    row(tr("Minimum term"), [this](const ServiceMatch& m) -> QString {
        return m.service.minTermMonths > 0 ? tr("%n month(s)", nullptr, m.service.minTermMonths) : tr("none");
    });
    row(tr("On site in %1").arg(here),
        [&](const ServiceMatch& m) -> QString { return yesNo(m.service.dispatchesTo(m_firm->prefecture)); });
    row(tr("IT導入補助金"), [&](const ServiceMatch& m) -> QString { return yesNo(m.service.subsidy); });
    row(tr("Insurance cover"), [this](const ServiceMatch& m) -> QString {
        return m.service.insuranceCap > 0
                   ? formatYen(m.service.insuranceCap)
                   : (m.service.capabilities.contains(u"cyber_insurance"_s) ? tr("included") : tr("none"));
    });
    for (const Need& need : m_firm->needs) {
        row(capabilityLabel(need.capability, m_language) + u" (%1)"_s.arg(formatNumber(need.weight)),
            [&](const ServiceMatch& m) -> QString {
                return m.service.capabilities.contains(need.capability) ? u"✓"_s : u"—"_s;
            });
    }
    return rows;
}

void MatchesPage::showComparison()
{
    const QStringList ids = comparedServices();
    if (ids.size() != 2) {
        return;
    }
    const QList<QStringList> rows = comparison(ids[0], ids[1]);
    QDialog dialog(this);
    dialog.setObjectName(u"compareDialog"_s);
    dialog.setWindowTitle(tr("Compare services"));
    auto* table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setObjectName(u"comparison"_s);
    table->setAccessibleName(tr("Comparison"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    QStringList labels;
    for (int r = 0; r < rows.size(); ++r) {
        labels.append(rows[r][0]);
        for (int c = 0; c < 2; ++c) {
            table->setItem(r, c, new QTableWidgetItem(rows[r][c + 1]));
        }
    }
    table->setHorizontalHeaderLabels({tr("First"), tr("Second")});
    table->setVerticalHeaderLabels(labels);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->resizeRowsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(900, 620);
    dialog.exec();
}

bool MatchesPage::exportShortlist(const QString& path, QString* error) const
{
    QByteArray csv = "\xEF\xBB\xBF";
    const QStringList header{tr("Kind"),
                             tr("Rank"),
                             tr("Id"),
                             tr("Name"),
                             tr("Provider or qualifications"),
                             tr("Sample"),
                             tr("Score"),
                             tr("Needs covered (%)"),
                             tr("Price"),
                             tr("Reasons")};
    QStringList cells;
    for (const QString& h : header) {
        cells.append(csvCell(h));
    }
    csv += cells.join(u',').toUtf8() + "\r\n";
    const auto line = [&csv](const QStringList& values) {
        QStringList out;
        for (const QString& v : values) {
            out.append(csvCell(v));
        }
        csv += out.join(u',').toUtf8() + "\r\n";
    };
    if (m_services) {
        for (const ServiceMatch& m : m_services->matches) {
            line({tr("service"), QString::number(m.rank), m.service.id, m.service.displayName(m_language),
                  m.service.displayProvider(m_language), m.service.sample ? tr("yes") : tr("no"),
                  QString::number(m.score, 'f', 1), QString::number(std::lround(m.coverage * 100)),
                  m.service.pricePublished ? tr("%1 a month").arg(formatYen(m.monthlyEstimate)) : m.priceBasis,
                  m.reasons.join(u" / "_s)});
        }
    }
    if (m_talent) {
        for (const TalentMatch& m : m_talent->matches) {
            QStringList quals;
            for (const QString& q : m.talent.qualifications) {
                quals.append(qualificationName(q).text(m_language));
            }
            line({tr("expert"), QString::number(m.rank), m.talent.id, m.talent.displayName, quals.join(u"; "_s),
                  m.talent.sample ? tr("yes") : tr("no"), QString::number(m.score, 'f', 1),
                  QString::number(std::lround(m.coverage * 100)),
                  tr("from %1 a day").arg(formatYen(m.talent.feeDayMin)), m.reasons.join(u" / "_s)});
        }
    }
    // Owner-only like the reports: the needs and reasons name the firm's gaps.
    const auto written = writeFileAtomically(path, csv, true);
    if (!written && error) {
        *error = written.error().first().message;
    }
    return bool(written);
}

void MatchesPage::exportClicked()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the shortlist"), u"shortlist.csv"_s, tr("CSV for Excel (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportShortlist(path, &error)) {
        QMessageBox::warning(this, tr("Export the shortlist"), tr("Cannot write %1: %2").arg(path, error));
    }
}

void MatchesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MatchesPage::retranslate()
{
    m_title->setText(tr("Matches"));
    m_intro->setText(tr("Services and experts that cover what your action plan needs, best first, each with why and "
                        "where its facts come from. Mamori's own list holds the registered お助け隊 services whose "
                        "facts could be checked in public sources, not every registered one; an administrator can "
                        "import more with the catalog manager."));
    m_monthlyLabel->setText(tr("Services up to (a month):"));
    m_dailyLabel->setText(tr("Experts up to (a day):"));
    // The amount written as formatYen writes it on the cards: 30,000円 / ¥30,000.
    const bool japanese = currentLanguage() == Language::Japanese;
    for (QSpinBox* box : {m_monthly, m_daily}) {
        box->setSpecialValueText(tr("no limit"));
        box->setPrefix(japanese ? QString() : u"¥"_s);
        box->setSuffix(japanese ? u"円"_s : QString());
    }
    m_monthly->setAccessibleName(tr("Monthly budget for services"));
    m_daily->setAccessibleName(tr("Daily budget for experts"));
    m_onsite->setText(tr("&On site only"));
    m_onsite->setAccessibleName(tr("On site only"));
    m_onsite->setToolTip(tr("Only services and experts who come to your prefecture"));
    m_schemeLabel->setText(tr("&Scheme:"));
    m_scheme->setAccessibleName(tr("Scheme"));
    {
        const QSignalBlocker blocker(m_scheme);
        const int current = std::max(0, m_scheme->currentIndex());
        m_scheme->clear();
        m_scheme->addItem(tr("All"), -1);
        m_scheme->addItem(tr("お助け隊 services only"), -2);
        for (const Scheme s : {Scheme::Otasuke1, Scheme::Otasuke2, Scheme::OtasukeNew, Scheme::Other}) {
            m_scheme->addItem(schemeName(s).text(m_language), int(s));
        }
        m_scheme->setCurrentIndex(current);
    }
    m_tabs->setTabText(0, tr("Services"));
    m_tabs->setTabText(1, tr("Experts"));
    m_tabs->setAccessibleName(tr("Matches"));
    m_tabs->tabBar()->setAccessibleName(tr("Services or experts"));
    m_compare->setText(tr("Co&mpare two…"));
    m_compare->setAccessibleName(tr("Compare two services"));
    m_export->setText(tr("&Export shortlist (CSV)…"));
    m_export->setAccessibleName(tr("Export shortlist"));
    m_catalogButton->setText(tr("&Catalog…"));
    m_catalogButton->setAccessibleName(tr("Manage the catalog"));
    rebuild();
}

} // namespace mamori::gui
