#include "gui/welcomepage.h"

#include "core/changelog.h"
#include "core/format.h"
#include "core/history.h"
#include "core/packrepository.h"
#include "core/store.h"
#include "core/translations.h"
#include "gui/roomydelegate.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;

QString when(const QDateTime& time)
{
    return time.isValid() ? formatDateTime(time) : QString();
}

// Columns fitted to their contents, with some air: fitted exactly, the headers run into each other.
// The last column takes the rest of the width.
void fitColumns(QTreeWidget* tree)
{
    for (int c = 0; c < tree->columnCount() - 1; ++c) {
        tree->resizeColumnToContents(c);
        tree->setColumnWidth(c, tree->columnWidth(c) + 16);
    }
}
} // namespace

QString WelcomePage::tierName(Tier tier)
{
    switch (tier) {
    case Tier::Micro:
        return tr("Micro business");
    case Tier::Small:
        return tr("Small or medium");
    case Tier::Medium:
        return tr("Mid-size");
    case Tier::Large:
        return tr("Large");
    }
    return {};
}

WelcomePage::WelcomePage(const PackRepository& packs, QWidget* parent)
    : QWidget(parent), m_packs(packs), m_intro(new QFrame(this)), m_introText(new QLabel(m_intro)),
      m_introDismiss(new QPushButton(m_intro)), m_title(new QLabel(this)), m_firmsLabel(new QLabel(this)),
      m_search(new QLineEdit(this)), m_searchTimer(new QTimer(this)), m_more(new QLabel(this)),
      m_showMore(new QPushButton(this)), m_firms(new QTreeWidget(this)), m_empty(new QLabel(this)),
      m_historyLabel(new QLabel(this)), m_history(new QTreeWidget(this)), m_import(new QPushButton(this)),
      m_export(new QPushButton(this)), m_newFirm(new QPushButton(this)), m_newAssessment(new QPushButton(this)),
      m_open(new QPushButton(this))
{
    setObjectName(u"welcomePage"_s);
    m_intro->setObjectName(u"intro"_s);
    m_introDismiss->setObjectName(u"introDismiss"_s);
    m_firms->setObjectName(u"firmList"_s);
    m_search->setObjectName(u"firmSearch"_s);
    m_more->setObjectName(u"firmsShown"_s);
    m_showMore->setObjectName(u"moreFirms"_s);
    // The clear button comes with the first letter typed (it shows only over text anyway): its icon
    // would be the first image loaded, before the window is up.
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!text.isEmpty() && !m_search->isClearButtonEnabled()) {
            m_search->setClearButtonEnabled(true);
        }
    });
    // Typing is not a query per key: a team's server is asked once the typing pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_shown = PageSize;
        refresh();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_showMore, &QPushButton::clicked, this, [this] {
        m_shown += PageSize;
        refresh();
    });
    m_history->setObjectName(u"historyList"_s);
    m_import->setObjectName(u"importButton"_s);
    m_export->setObjectName(u"exportButton"_s);
    m_empty->setObjectName(u"noFirms"_s);
    m_newFirm->setObjectName(u"newFirm"_s);
    m_newAssessment->setObjectName(u"newAssessment"_s);
    m_open->setObjectName(u"openAssessment"_s);
    m_newFirm->setDefault(true);

    m_intro->setFrameShape(QFrame::StyledPanel);
    m_introText->setWordWrap(true);
    m_introText->setTextFormat(Qt::PlainText);
    auto* introLayout = new QHBoxLayout(m_intro);
    introLayout->addWidget(m_introText, 1);
    introLayout->addWidget(m_introDismiss, 0, Qt::AlignTop);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont sectionFont = m_firmsLabel->font();
    sectionFont.setBold(true);
    m_firmsLabel->setFont(sectionFont);
    m_historyLabel->setFont(sectionFont);
    m_firmsLabel->setBuddy(m_firms);
    m_historyLabel->setBuddy(m_history);
    m_empty->setWordWrap(true);

    for (QTreeWidget* tree : {m_firms, m_history}) {
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->setSelectionMode(QAbstractItemView::SingleSelection);
        tree->header()->setStretchLastSection(true);
        tree->setItemDelegate(new RoomyDelegate(tree));
    }
    m_firms->setColumnCount(6);
    m_history->setColumnCount(8);
    m_export->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newFirm);
    buttons->addWidget(m_newAssessment);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addStretch();
    historyButtons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    auto* firmsHeader = new QHBoxLayout;
    firmsHeader->addWidget(m_firmsLabel);
    firmsHeader->addStretch();
    firmsHeader->addWidget(m_search, 1);
    layout->addLayout(firmsHeader);
    layout->addWidget(m_firms, 3);
    auto* moreRow = new QHBoxLayout;
    moreRow->addWidget(m_more);
    moreRow->addStretch();
    moreRow->addWidget(m_showMore);
    layout->addLayout(moreRow);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 2);
    layout->addLayout(historyButtons);

    connect(m_introDismiss, &QPushButton::clicked, this, [this] {
        m_intro->hide();
        emit introDismissed();
    });
    connect(m_firms, &QTreeWidget::currentItemChanged, this, &WelcomePage::showHistory);
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importWithDialog);
    connect(m_newFirm, &QPushButton::clicked, this, [this] { emit newAssessmentRequested(0); });
    connect(m_newAssessment, &QPushButton::clicked, this, [this] {
        if (const qint64 firm = selectedFirm()) {
            emit newAssessmentRequested(firm);
        }
    });
    const auto openSelected = [this] {
        if (const qint64 id = selectedAssessment()) {
            emit openAssessmentRequested(id);
        }
    };
    connect(m_open, &QPushButton::clicked, this, openSelected);
    connect(m_history, &QTreeWidget::itemActivated, this, openSelected);
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem* item = m_history->currentItem();
        m_open->setEnabled(item != nullptr);
        m_open->setText(item && item->data(2, IdRole).toBool() ? tr("&Continue answering") : tr("&Open"));
    });
    connect(m_export, &QPushButton::clicked, this, &WelcomePage::exportWithDialog);
    retranslate();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setStore(Store* store)
{
    m_results.reset(); // it refers to the store being replaced
    m_store = store;
    m_shown = PageSize;
    retranslate(); // "on this PC" or "in the team's database"
    refresh();
}

void WelcomePage::setIntroVisible(bool visible)
{
    m_intro->setVisible(visible);
}

qint64 WelcomePage::selectedAssessment() const
{
    const QTreeWidgetItem* item = m_history->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

qint64 WelcomePage::selectedFirm() const
{
    const QTreeWidgetItem* item = m_firms->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void WelcomePage::selectFirm(qint64 firmId)
{
    for (int i = 0; i < m_firms->topLevelItemCount(); ++i) {
        if (m_firms->topLevelItem(i)->data(0, IdRole).toLongLong() == firmId) {
            m_firms->setCurrentItem(m_firms->topLevelItem(i));
            return;
        }
    }
    // Not on the page shown (beyond it, or outside the search): shown anyway, as the one chosen.
    if (m_store && m_results) {
        const auto firm = m_store->firm(firmId);
        const auto assessments = m_store->assessments(firmId);
        if (firm && assessments) {
            const FirmSummary summary{firmId, firm->uid, firm->profile.name, firm->createdAt, int(assessments->size())};
            m_firms->setCurrentItem(addFirmItem(summary));
        }
    }
}

void WelcomePage::refresh()
{
    const qint64 selected = selectedFirm();
    // Rebuilding the list moves its current item many times; the history follows once, at the end.
    const QSignalBlocker blocker(m_firms);
    m_firms->clear();
    m_results = m_store ? std::make_unique<ResultService>(*m_store, m_packs) : nullptr;
    const bool writable = m_store && m_store->mode() == Store::Mode::ReadWrite;
    m_import->setEnabled(writable);
    m_newFirm->setEnabled(writable);
    if (!m_store) {
        m_empty->show();
        showHistory();
        return;
    }
    const QString search = m_search->text().trimmed();
    const auto firms = m_store->firms(FirmQuery{search, 0, m_shown});
    const auto total = m_store->firmCount(search);
    if (firms) {
        for (const FirmSummary& f : *firms) {
            addFirmItem(f);
        }
    }
    fitColumns(m_firms);
    const qint64 all = total ? *total : 0;
    const qint64 listed = firms ? qint64(firms->size()) : 0;
    const bool nothingFound = all == 0 && !search.isEmpty();
    m_more->setText(
        listed < all
            ? tr("Showing %1 of %2 firms; type part of a name to find one.").arg(formatCount(listed), formatCount(all))
        : nothingFound ? tr("No firm's name contains \"%1\".").arg(search)
                       : QString());
    m_more->setVisible(listed < all || nothingFound);
    m_showMore->setVisible(listed < all);
    m_search->setVisible(all > 0 || !search.isEmpty());
    m_empty->setVisible(m_firms->topLevelItemCount() == 0 && search.isEmpty());
    // The firm selected before stays selected: shown even beyond the page, but not against a search
    // that leaves it out.
    if (selected != 0 && search.isEmpty()) {
        selectFirm(selected);
    }
    for (int i = 0; selected != 0 && !search.isEmpty() && i < m_firms->topLevelItemCount(); ++i) {
        if (m_firms->topLevelItem(i)->data(0, IdRole).toLongLong() == selected) {
            m_firms->setCurrentItem(m_firms->topLevelItem(i));
        }
    }
    if (!m_firms->currentItem() && m_firms->topLevelItemCount() > 0) {
        m_firms->setCurrentItem(m_firms->topLevelItem(0));
    }
    showHistory();
}

QTreeWidgetItem* WelcomePage::addFirmItem(const FirmSummary& f)
{
    auto* item = new QTreeWidgetItem(m_firms);
    item->setData(0, IdRole, f.id);
    item->setText(0, f.name);
    if (const auto firm = m_store->firm(f.id)) {
        item->setText(1, tierName(firm->profile.tier()));
    }
    item->setText(2, formatCount(f.assessments));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    if (const auto history = m_results->history(f.id); history && !history->empty()) {
        // The latest finished assessment speaks for the firm; a half-answered one only until
        // there is a finished one, and says so.
        const auto finished = std::find_if(history->rbegin(), history->rend(), [](const HistoryEntry& e) {
            return e.result && e.record.status == AssessmentStatus::Finished;
        });
        if (finished != history->rend()) {
            item->setText(3, formatNumber(finished->result->score));
            if (finished->change) {
                item->setText(4, formatChange(*finished->change));
            }
        } else if (history->back().result) {
            item->setText(3, tr("%1 (in progress)").arg(formatNumber(history->back().result->score)));
        }
        item->setText(5, when(history->back().record.updatedAt));
    }
    item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void WelcomePage::showHistory()
{
    m_history->clear();
    const qint64 firmId = selectedFirm();
    m_export->setEnabled(firmId != 0);
    m_newAssessment->setEnabled(firmId != 0 && m_store && m_store->mode() == Store::Mode::ReadWrite);
    m_open->setEnabled(false);
    const QTreeWidgetItem* current = m_firms->currentItem();
    m_historyLabel->setText(current ? tr("Hi&story of %1").arg(current->text(0)) : tr("Hi&story"));
    if (!m_store || !m_results || firmId == 0) {
        return;
    }
    ResultService& results = *m_results;
    const auto history = results.history(firmId);
    if (!history) {
        emit statusMessage(history.error().first().message);
        return;
    }
    for (const HistoryEntry& e : *history) {
        auto* item = new QTreeWidgetItem(m_history);
        item->setData(0, IdRole, e.record.id);
        item->setText(0, QString::number(e.record.id));
        const auto pack = results.pack(e.record.packId, e.record.packVersion);
        const QString packName = pack ? (*pack)->title.text(m_language) : e.record.packId;
        item->setText(1, u"%1 %2"_s.arg(packName, e.record.packVersion));
        item->setText(2, e.record.status == AssessmentStatus::Finished ? tr("Finished") : tr("In progress"));
        item->setData(2, IdRole, e.record.status == AssessmentStatus::InProgress);
        if (e.result) {
            item->setText(3, tr("%1 of %2").arg(e.result->answered).arg(e.result->applicable));
            item->setText(4, formatNumber(e.result->score) + (e.stale ? u" *"_s : QString()));
            if (const Level* level = pack ? (*pack)->level(e.result->level) : nullptr) {
                item->setText(7, level->label.text(m_language));
            }
        }
        if (e.change) {
            item->setText(5, formatChange(*e.change));
        }
        item->setText(6, when(e.record.startedAt));
        if (!e.problem.isEmpty()) {
            item->setToolTip(4, e.problem);
            item->setToolTip(1, e.problem);
        }
        for (int c : {3, 4, 5}) {
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    fitColumns(m_history);
    // The one to continue, if any, is the natural next step.
    for (int i = m_history->topLevelItemCount() - 1; i >= 0; --i) {
        if (m_history->topLevelItem(i)->data(2, IdRole).toBool()) {
            m_history->setCurrentItem(m_history->topLevelItem(i));
            break;
        }
    }
}

Result<ImportReport> WelcomePage::importFile(const QString& path)
{
    if (!m_store) {
        return failure(fileError(ErrorCode::Io, path, tr("no database is open")));
    }
    const auto document = loadTransfer(path, m_packs);
    if (!document) {
        return failure(document.error());
    }
    auto report = m_store->importDocument(*document);
    if (report) {
        refresh();
        selectFirm(report->firmId);
    }
    return report;
}

Result<bool> WelcomePage::exportFirm(qint64 firmId, const QString& path)
{
    if (!m_store) {
        return failure(fileError(ErrorCode::Io, path, tr("no database is open")));
    }
    const auto document = m_store->exportFirm(firmId);
    if (!document) {
        return failure(document.error());
    }
    return saveTransfer(*document, path);
}

void WelcomePage::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a firm or an assessment"), QDir::homePath(),
                                                      tr("Mamori exports (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const auto report = importFile(path);
    if (!report) {
        QStringList lines;
        for (const Diagnostic& d : report.error()) {
            lines.append(d.toString());
        }
        QMessageBox box(QMessageBox::Warning, tr("Import"), tr("Nothing was imported: the file has problems."),
                        QMessageBox::Ok, this);
        box.setObjectName(u"importProblems"_s);
        box.setDetailedText(lines.join(u'\n'));
        box.setInformativeText(report.error().first().toString());
        box.exec();
        return;
    }
    const int taken = resolveImportConflicts(*report);
    QStringList parts;
    if (report->firmAdded) {
        parts.append(tr("a new firm"));
    }
    if (report->assessmentsAdded) {
        parts.append(tr("%n assessment(s) added", nullptr, report->assessmentsAdded));
    }
    if (report->assessmentsUpdated) {
        parts.append(tr("%n answer(s) brought up to date", nullptr, report->answersTaken));
    }
    if (report->assessmentsUnchanged) {
        parts.append(tr("%n assessment(s) already here", nullptr, report->assessmentsUnchanged));
    }
    if (report->answersKeptLocal - taken > 0) {
        parts.append(
            tr("%n answer(s) kept: changed here since the file was made", nullptr, report->answersKeptLocal - taken));
    }
    if (taken > 0) {
        parts.append(tr("%n answer(s) taken from the file over the ones here", nullptr, taken));
    }
    emit statusMessage(tr("Imported: %1").arg(parts.join(tr(", "))));
}

int WelcomePage::resolveImportConflicts(const ImportReport& report)
{
    if (!m_store) {
        return 0;
    }
    int taken = 0;
    // Each conflict's pack, loaded once per pack version however many conflicts share it.
    ChangeLogContext context(*m_store, m_packs);
    for (const ImportConflict& c : report.conflicts) {
        if (c.tookTheirs) {
            continue;
        }
        ChangeRecord where;
        where.firmId = report.firmId;
        where.assessmentId = c.assessmentId;
        const Pack* pack = context.pack(where);
        const auto describe = [&](const QString& choice, const QString& note, const QDateTime& at) {
            QString text = choice.isEmpty() ? tr("not answered") : choiceLabel(choice, pack, m_language);
            if (!note.isEmpty()) {
                text += tr(" — note: %1").arg(note);
            }
            if (at.isValid()) {
                text += tr(" (%1)").arg(formatDateTime(at));
            }
            return text;
        };
        // The same choice as a colleague's conflicting change on a shared database: both values side by
        // side, and the default keeps what is here, so a stray Enter loses nothing.
        QMessageBox box(QMessageBox::Warning, tr("Changed on both PCs"),
                        tr("The answer to %1 was changed here and in the imported file since the two copies last "
                           "met.")
                            .arg(c.question),
                        QMessageBox::NoButton, this);
        box.setObjectName(u"importConflict"_s);
        box.setInformativeText(
            tr("Here: %1\nIn the file: %2\n\nThe times are each PC's own clock.")
                .arg(describe(c.localChoice, c.localNote, c.localAt), describe(c.theirChoice, c.theirNote, c.theirAt)));
        QPushButton* keep = box.addButton(tr("&Keep mine"), QMessageBox::RejectRole);
        QPushButton* take = box.addButton(tr("&Take theirs"), QMessageBox::AcceptRole);
        keep->setObjectName(u"keepMine"_s);
        take->setObjectName(u"takeTheirs"_s);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != take) {
            continue;
        }
        const auto saved = m_store->saveAnswer(c.assessmentId, c.question, c.theirChoice, c.theirNote);
        if (!saved) {
            QMessageBox::warning(
                this, tr("Import"),
                tr("The answer to %1 was not changed: %2").arg(c.question, saved.error().first().message));
            continue;
        }
        ++taken;
    }
    if (taken > 0) {
        refresh();
    }
    return taken;
}

void WelcomePage::exportWithDialog()
{
    const qint64 firmId = selectedFirm();
    if (!firmId) {
        return;
    }
    const QString name = m_firms->currentItem()->text(0);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export %1").arg(name), QDir::home().filePath(name + u".mamori.json"_s),
                                     tr("Mamori exports (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (const auto saved = exportFirm(firmId, path); !saved) {
        QMessageBox::warning(this, tr("Export"), saved.error().first().toString());
        return;
    }
    emit statusMessage(tr("Exported %1 to %2").arg(name, QDir::toNativeSeparators(path)));
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh(); // tier names, pack titles and levels come from the current language
    }
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    const bool shared = m_store != nullptr && m_store->isServer();
    m_title->setText(tr("Welcome to Mamori"));
    // Plain text, a sentence a line: rich text (for its line height) cost a tenth of the start-up in
    // text layout, and the line breaks give the same air.
    m_introText->setText(
        QStringList{tr("Mamori shows where your company's information security stands, with questionnaires based on "
                       "the official guidelines for small and medium enterprises."),
                    tr("It turns the answers into scores and a plan of concrete steps, cheapest gains first, and "
                       "points to services and experts that can help."),
                    shared ? tr("Everything is kept in your team's database on its server, and sent nowhere else "
                                "unless you export it yourself.")
                           : tr("Everything stays on this PC: nothing is sent anywhere unless you export it yourself.")}
            .join(u'\n'));
    m_introDismiss->setText(tr("Got it"));
    m_introDismiss->setAccessibleName(tr("Hide the introduction"));
    m_firmsLabel->setText(shared ? tr("Fir&ms in the team's database") : tr("Fir&ms on this PC"));
    m_firms->setHeaderLabels(
        {tr("Firm"), tr("Size"), tr("Assessments"), tr("Latest score"), tr("Change"), tr("Last updated")});
    m_search->setPlaceholderText(tr("Find a firm by name"));
    m_search->setAccessibleName(tr("Find a firm by name"));
    m_showMore->setText(tr("Show &more firms"));
    m_showMore->setAccessibleName(tr("Show more firms"));
    m_firms->setAccessibleName(shared ? tr("Firms in the team's database") : tr("Firms on this PC"));
    m_empty->setText(tr("No firms on this PC yet. Start with \"New firm\"; to continue work begun on another "
                        "PC, import the file Mamori exported there."));
    m_history->setHeaderLabels({tr("No."), tr("Questionnaire"), tr("Status"), tr("Answered"), tr("Score"), tr("Change"),
                                tr("Started"), tr("Level")});
    m_history->setAccessibleName(tr("History of the selected firm"));
    m_import->setText(tr("&Import…"));
    m_import->setAccessibleName(tr("Import a firm or an assessment from a file"));
    m_export->setText(tr("&Export…"));
    m_newFirm->setText(tr("&New firm…"));
    m_newFirm->setAccessibleName(tr("Start an assessment of a new firm"));
    m_newAssessment->setText(tr("New &assessment of this firm"));
    m_newAssessment->setAccessibleName(tr("Start a new assessment of the selected firm"));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open the selected assessment"));
    m_export->setAccessibleName(tr("Export the selected firm to a file"));
    showHistory();
}

} // namespace mamori::gui
