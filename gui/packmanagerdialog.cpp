#include "gui/packmanagerdialog.h"

#include "core/format.h"
#include "core/packmigration.h"
#include "core/store.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    IdColumn,
    VersionColumn,
    QuestionsColumn,
    SourceColumn,
    SignatureColumn,
    TitleColumn
};

QString changeLines(const std::vector<PackDiff::Change>& changes)
{
    QStringList lines;
    for (const PackDiff::Change& c : changes) {
        lines.append(u"  "_s + c.id + u' ' + c.field);
        if (!c.from.isEmpty()) {
            lines.append(u"    - "_s + c.from);
        }
        if (!c.to.isEmpty()) {
            lines.append(u"    + "_s + c.to);
        }
    }
    return lines.join(u'\n');
}

} // namespace

PackManagerDialog::PackManagerDialog(Store* store, qint64 firmId, Language language, QWidget* parent)
    : QDialog(parent), m_store(store), m_firmId(firmId), m_language(language), m_packs(new QTreeWidget(this)),
      m_install(new QPushButton(this)), m_installUnsigned(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_compare(new QPushButton(this)), m_details(new QPlainTextEdit(this)), m_assessments(new QListWidget(this)),
      m_migrate(new QPushButton(this)), m_keys(new QListWidget(this)), m_addKey(new QPushButton(this)),
      m_removeKey(new QPushButton(this))
{
    setObjectName(u"packManager"_s);
    setWindowTitle(tr("Questionnaire packs"));
    m_packs->setObjectName(u"packList"_s);
    m_packs->setAccessibleName(tr("Installed packs"));
    m_packs->setRootIsDecorated(false);
    m_packs->setHeaderLabels({tr("ID"), tr("Version"), tr("Questions"), tr("Source"), tr("Signature"), tr("Title")});
    m_packs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A signer's name can be long (the test key's says what it is at length): elided here, whole in the
    // tooltip and the details below, so the title stays in view.
    m_packs->header()->setSectionResizeMode(SignatureColumn, QHeaderView::Interactive);
    m_packs->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_packs->setColumnWidth(SignatureColumn, 280);
    auto* choose = new QPushButton(tr("Install from &file…"), this);
    choose->setObjectName(u"chooseInstall"_s);
    m_install->setObjectName(u"installPack"_s);
    m_install->setText(tr("&Install"));
    m_installUnsigned->setObjectName(u"installUnsigned"_s);
    m_installUnsigned->setText(tr("Install &unsigned…"));
    m_remove->setObjectName(u"removePack"_s);
    m_remove->setText(tr("&Remove…"));
    m_compare->setObjectName(u"comparePack"_s);
    m_compare->setText(tr("&Compare with the previous version"));
    m_details->setObjectName(u"packDetails"_s);
    m_details->setAccessibleName(tr("Details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Choose a pack file to install: its signature is checked against the trusted "
                                     "keys and the result is shown here before anything is installed."));
    connect(choose, &QPushButton::clicked, this, &PackManagerDialog::chooseFile);
    connect(m_install, &QPushButton::clicked, this, [this] { installPreviewed(false); });
    connect(m_installUnsigned, &QPushButton::clicked, this, [this] {
        if (QMessageBox::warning(this, tr("Install an unsigned pack"),
                                 tr("Nobody vouches for this pack: it may have been changed by anyone. Install it "
                                    "only if you wrote it or received it in person. The pack lists will mark it as "
                                    "unsigned."),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes) {
            installPreviewed(true);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const PackEntry* e = selectedEntry();
        if (e && QMessageBox::question(this, tr("Remove a pack"), tr("Remove %1 %2?").arg(e->id, e->version)) ==
                     QMessageBox::Yes) {
            removeSelected();
        }
    });
    connect(m_compare, &QPushButton::clicked, this, [this] { showDetails(compareSelected()); });
    connect(m_packs, &QTreeWidget::currentItemChanged, this, [this] {
        if (const PackEntry* e = selectedEntry()) {
            showDetails(tr("%1 %2 — %3\n%4\n%5")
                            .arg(e->id, e->version, packSourceLabel(e->source), e->verification.reason, e->path));
        }
        updateButtons();
    });

    auto* packTab = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {choose, m_install, m_installUnsigned}) {
        buttons->addWidget(b);
    }
    buttons->addStretch();
    buttons->addWidget(m_compare);
    buttons->addWidget(m_remove);
    auto* packLayout = new QVBoxLayout(packTab);
    packLayout->addWidget(m_packs, 3);
    packLayout->addLayout(buttons);
    packLayout->addWidget(m_details, 2);

    auto* migrateTab = new QWidget(this);
    auto* migrateLabel = new QLabel(tr("Assessments of this firm made with an older version of their pack. Migrating "
                                       "starts a new assessment on the newest version with every answer that still "
                                       "fits; the earlier one is kept as it was."),
                                    migrateTab);
    migrateLabel->setWordWrap(true);
    m_assessments->setObjectName(u"olderAssessments"_s);
    m_assessments->setAccessibleName(tr("Assessments on older pack versions"));
    m_migrate->setObjectName(u"migrateAssessment"_s);
    m_migrate->setText(tr("&Migrate to the newest version…"));
    connect(m_assessments, &QListWidget::currentRowChanged, this, &PackManagerDialog::updateButtons);
    connect(m_migrate, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_assessments->currentItem()) {
            if (const qint64 created = migrate(item->data(Qt::UserRole).toLongLong()); created > 0) {
                QMessageBox::information(this, tr("Assessment migrated"), details());
            }
        }
    });
    auto* migrateLayout = new QVBoxLayout(migrateTab);
    migrateLayout->addWidget(migrateLabel);
    migrateLayout->addWidget(m_assessments, 1);
    migrateLayout->addWidget(m_migrate, 0, Qt::AlignLeft);

    auto* keyTab = new QWidget(this);
    m_keys->setObjectName(u"trustedKeys"_s);
    m_keys->setAccessibleName(tr("Trusted keys"));
    m_addKey->setObjectName(u"addKey"_s);
    m_addKey->setText(tr("&Trust a key…"));
    m_removeKey->setObjectName(u"removeKey"_s);
    m_removeKey->setText(tr("&Stop trusting…"));
    connect(m_addKey, &QPushButton::clicked, this, &PackManagerDialog::chooseKey);
    connect(m_removeKey, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Stop trusting a key"),
                                  tr("Packs signed with this key will be refused from now on, and assessments made "
                                     "with them cannot be scored until the key is trusted again. Continue?")) ==
            QMessageBox::Yes) {
            untrustSelectedKey();
        }
    });
    connect(m_keys, &QListWidget::currentRowChanged, this, &PackManagerDialog::updateButtons);
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_addKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addStretch();
    auto* keyLayout = new QVBoxLayout(keyTab);
    keyLayout->addWidget(m_keys, 1);
    keyLayout->addLayout(keyButtons);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"packTabs"_s);
    tabs->addTab(packTab, tr("&Packs"));
    if (m_store && m_firmId > 0) {
        tabs->addTab(migrateTab, tr("&Migrate assessments"));
    } else {
        migrateTab->hide();
    }
    tabs->addTab(keyTab, tr("Trusted &keys"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(close);
    resize(900, 620);
    refresh();
}

QString PackManagerDialog::details() const
{
    return m_details->toPlainText();
}

void PackManagerDialog::showDetails(const QString& text)
{
    m_details->setPlainText(text);
}

const PackEntry* PackManagerDialog::selectedEntry() const
{
    const QTreeWidgetItem* item = m_packs->currentItem();
    if (!item) {
        return nullptr;
    }
    const int index = item->data(IdColumn, Qt::UserRole).toInt();
    return index >= 0 && std::size_t(index) < m_entries.size() ? &m_entries[std::size_t(index)] : nullptr;
}

void PackManagerDialog::refresh()
{
    // A fresh repository each time: the trusted keys or the installed files may have changed.
    m_repository = PackRepository();
    std::vector<PackEntry> refused;
    m_entries = m_repository.list(nullptr, &refused);
    const std::size_t usable = m_entries.size();
    m_entries.insert(m_entries.end(), refused.begin(), refused.end());
    m_packs->clear();
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const PackEntry& e = m_entries[i];
        QString signature = e.verification.verified() ? tr("signed by %1").arg(e.verification.signer)
                                                      : trustStateLabel(e.verification.state);
        if (i >= usable) {
            signature = tr("refused: %1").arg(trustStateLabel(e.verification.state));
        }
        auto* item = new QTreeWidgetItem(m_packs, {e.id, e.version, QString::number(e.questionCount),
                                                   packSourceLabel(e.source), signature, e.title.text(m_language)});
        item->setData(IdColumn, Qt::UserRole, int(i));
        item->setToolTip(SignatureColumn, e.verification.reason);
        if (i >= usable || !e.verification.verified()) {
            // Not only colour: the text says it too, for readers who cannot tell the colours apart.
            item->setForeground(SignatureColumn, palette().color(QPalette::Link).darker(i >= usable ? 150 : 100));
            QFont font = item->font(SignatureColumn);
            font.setBold(true);
            item->setFont(SignatureColumn, font);
        }
    }
    m_keys->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TrustedKey& k : m_repository.trust().keys()) {
        QString text = u"%1  %2"_s.arg(k.key.keyId(), k.key.name);
        if (k.bundled) {
            text += u"  "_s + tr("(bundled with Mamori)");
        }
        if (k.key.expires.isValid()) {
            text += u"  "_s + (k.key.expiredAt(now) ? tr("expired %1") : tr("until %1"))
                                  .arg(formatDate(k.key.expires.toUTC().date())); // the day it ends, as in its reasons
        }
        auto* item = new QListWidgetItem(text, m_keys);
        item->setData(Qt::UserRole, k.key.keyId());
        item->setData(Qt::UserRole + 1, k.bundled);
    }
    m_assessments->clear();
    if (m_store && m_firmId > 0) {
        if (const auto records = m_store->assessments(m_firmId)) {
            // Only the firm's latest assessment of each pack: an earlier one has been followed up (often by
            // migrating it), and offering it again would invite a second copy.
            QHash<QString, const AssessmentRecord*> latest;
            for (const AssessmentRecord& r : *records) {
                latest.insert(r.packId, &r); // in order of start, so the last one stays
            }
            std::vector<const AssessmentRecord*> candidates(latest.begin(), latest.end());
            std::sort(candidates.begin(), candidates.end(), [](auto* a, auto* b) { return a->id < b->id; });
            for (const AssessmentRecord* each : candidates) {
                const AssessmentRecord& r = *each;
                // The usable entries listed above, newest version of each id first: no second scan of the packs.
                const auto newest = std::find_if(m_entries.begin(), m_entries.begin() + std::ptrdiff_t(usable),
                                                 [&](const PackEntry& e) { return e.id == r.packId; });
                if (newest == m_entries.begin() + std::ptrdiff_t(usable) ||
                    PackRepository::compareVersions(newest->version, r.packVersion) <= 0) {
                    continue;
                }
                auto* item = new QListWidgetItem(tr("Assessment %1: %2 %3 → %4 (%n answer(s))", nullptr, r.answerCount)
                                                     .arg(r.id)
                                                     .arg(r.packId, r.packVersion, newest->version),
                                                 m_assessments);
                item->setData(Qt::UserRole, r.id);
            }
        }
    }
    updateButtons();
}

void PackManagerDialog::updateButtons()
{
    const PackEntry* e = selectedEntry();
    m_remove->setEnabled(e && e->source == PackSource::User);
    m_compare->setEnabled(e && std::any_of(m_entries.begin(), m_entries.end(), [e](const PackEntry& other) {
                              return other.id == e->id &&
                                     PackRepository::compareVersions(other.version, e->version) < 0;
                          }));
    const bool inspected = m_inspected.has_value();
    m_install->setEnabled(inspected && m_inspected->verification.verified());
    m_installUnsigned->setEnabled(inspected && m_inspected->verification.state == TrustState::Unsigned);
    m_migrate->setEnabled(m_assessments->currentItem() != nullptr);
    const QListWidgetItem* key = m_keys->currentItem();
    m_removeKey->setEnabled(key && !key->data(Qt::UserRole + 1).toBool());
}

void PackManagerDialog::chooseFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Install a questionnaire pack"), QString(), tr("Packs (*.json)"));
    if (!file.isEmpty()) {
        preview(file);
    }
}

void PackManagerDialog::preview(const QString& file)
{
    m_file = file;
    m_inspected.reset();
    auto inspected = m_repository.inspect(file);
    QStringList lines{tr("File: %1").arg(QFileInfo(file).fileName())};
    if (!inspected) {
        lines.append(tr("%n problem(s); this file cannot be installed:", nullptr, int(inspected.error().size())));
        for (const Diagnostic& d : inspected.error()) {
            lines.append(d.toString());
        }
    } else {
        const Verification& v = inspected->verification;
        lines.append(tr("%1 %2 — %3, %n question(s)", nullptr, int(inspected->pack.questions.size()))
                         .arg(inspected->pack.id, inspected->pack.version, inspected->pack.title.text(m_language)));
        lines.append(tr("Signature: %1 — %2").arg(trustStateLabel(v.state), v.reason));
        for (const Diagnostic& d : v.problems) {
            lines.append(d.toString());
        }
        if (v.verified()) {
            lines.append(tr("Ready to install."));
        } else if (v.state == TrustState::Unsigned) {
            lines.append(tr("It can be installed only as unsigned, on your own responsibility."));
        } else {
            lines.append(tr("It cannot be installed: ask the sender for a correctly signed copy."));
        }
        m_inspected = std::move(*inspected);
    }
    showDetails(lines.join(u'\n'));
    updateButtons();
}

bool PackManagerDialog::installPreviewed(bool allowUnsigned)
{
    if (!m_inspected) {
        return false;
    }
    InstallOptions options;
    options.allowUnsigned = allowUnsigned;
    const auto result = m_repository.install(m_file, options);
    m_inspected.reset();
    if (!result) {
        QStringList lines{tr("Nothing was installed:")};
        for (const Diagnostic& d : result.error()) {
            lines.append(d.toString());
        }
        showDetails(lines.join(u'\n'));
        updateButtons();
        return false;
    }
    const PackEntry& e = result->entry;
    refresh();
    showDetails(result->alreadyInstalled
                    ? tr("%1 %2 is already installed; nothing changed.").arg(e.id, e.version)
                    : tr("Installed %1 %2: %3\nNew assessments use the newest version; earlier assessments keep "
                         "theirs until you migrate them.")
                          .arg(e.id, e.version, e.verification.reason));
    emit packsChanged();
    return true;
}

bool PackManagerDialog::removeSelected()
{
    const PackEntry* e = selectedEntry();
    if (!e) {
        return false;
    }
    const PackEntry entry = *e;
    if (m_store) {
        if (const auto users = m_store->assessmentsWithPack(entry.id, entry.version); users && !users->empty()) {
            showDetails(tr("%n assessment(s) use %1 %2; migrate them first.", nullptr, int(users->size()))
                            .arg(entry.id, entry.version));
            return false;
        }
    }
    const auto removed = m_repository.remove(entry.id + u'@' + entry.version);
    if (!removed) {
        showDetails(removed.error().first().toString());
        return false;
    }
    refresh();
    showDetails(tr("Removed %1 %2.").arg(entry.id, entry.version));
    emit packsChanged();
    return true;
}

QString PackManagerDialog::compareSelected()
{
    const PackEntry* e = selectedEntry();
    if (!e) {
        return {};
    }
    const PackEntry* previous = nullptr;
    for (const PackEntry& other : m_entries) {
        if (other.id == e->id && PackRepository::compareVersions(other.version, e->version) < 0 &&
            (!previous || PackRepository::compareVersions(other.version, previous->version) > 0)) {
            previous = &other;
        }
    }
    if (!previous) {
        return tr("There is no earlier version of %1 to compare with.").arg(e->id);
    }
    const auto older = m_repository.open(*previous);
    const auto newer = m_repository.open(*e);
    if (!older || !newer) {
        return (!older ? older.error() : newer.error()).first().toString();
    }
    const PackDiff d = diffPacks(*older, *newer);
    QStringList out{tr("%1 %2 → %3").arg(e->id, previous->version, e->version)};
    if (d.empty()) {
        out.append(tr("No differences in questions, categories or scoring."));
    }
    const auto ids = [&](const QString& title, const QStringList& list) {
        if (!list.isEmpty()) {
            out.append(title + u' ' + list.join(u", "_s));
        }
    };
    ids(tr("Added:"), d.added);
    for (const auto& r : d.replaced) {
        out.append(tr("Replaced: %1 → %2 (answers carry over)").arg(r.oldId, r.newId));
    }
    ids(tr("Removed:"), d.removed);
    ids(tr("Gone without a declaration:"), d.undeclared);
    if (!d.changed.empty()) {
        out.append(tr("Changed:") + u'\n' + changeLines(d.changed));
    }
    ids(tr("Categories added:"), d.categoriesAdded);
    ids(tr("Categories removed:"), d.categoriesRemoved);
    if (!d.categoriesChanged.empty()) {
        out.append(tr("Categories changed:") + u'\n' + changeLines(d.categoriesChanged));
    }
    if (!d.scoring.empty()) {
        out.append(tr("Scoring changed:") + u'\n' + changeLines(d.scoring));
    }
    return out.join(u'\n');
}

qint64 PackManagerDialog::migrate(qint64 assessmentId)
{
    if (!m_store) {
        return 0;
    }
    const auto record = m_store->assessment(assessmentId);
    const auto older =
        record ? m_repository.findVersion(record->packId, record->packVersion) : Result<Pack>(failure(record.error()));
    const auto newer = record ? m_repository.find(record->packId) : Result<Pack>(failure(record.error()));
    if (!older || !newer) {
        showDetails((!older ? older.error() : newer.error()).first().toString());
        return 0;
    }
    const auto migrated = migrateAssessment(*m_store, assessmentId, *older, *newer);
    if (!migrated) {
        showDetails(migrated.error().first().toString());
        return 0;
    }
    const Migration& m = migrated->migration;
    QStringList lines{tr("Started assessment %1 with %2 %3; assessment %4 is kept as it was.")
                          .arg(migrated->assessmentId)
                          .arg(newer->id, newer->version)
                          .arg(assessmentId),
                      tr("Carried over: %n answer(s)", nullptr, int(m.carried.size())),
                      tr("Need a fresh answer: %n question(s)", nullptr, int(m.fresh.size()))};
    for (const auto& f : m.fresh) {
        const Question& q = newer->questions[std::size_t(newer->questionIndex(f.question))];
        lines.append(u"  "_s + f.question + u"  "_s + q.text.text(m_language));
    }
    lines.append(tr("Not carried over (kept in assessment %1): %n", nullptr, int(m.left.size())).arg(assessmentId));
    for (const auto& l : m.left) {
        lines.append(u"  "_s + l.question + u": "_s + l.choice + u"  "_s + l.why.text(m_language));
    }
    refresh();
    showDetails(lines.join(u'\n'));
    emit assessmentMigrated(migrated->assessmentId);
    return migrated->assessmentId;
}

void PackManagerDialog::chooseKey()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Trust a signer's public key"), QString(),
                                                      tr("Public keys (*.pub.json)"));
    if (!file.isEmpty()) {
        trustKey(file);
    }
}

bool PackManagerDialog::trustKey(const QString& file)
{
    TrustStore trust;
    const auto added = trust.add(file);
    if (!added) {
        QStringList lines;
        for (const Diagnostic& d : added.error()) {
            lines.append(d.toString());
        }
        QMessageBox::warning(this, tr("Key not trusted"), lines.join(u'\n'));
        return false;
    }
    refresh();
    emit packsChanged();
    return true;
}

bool PackManagerDialog::untrustSelectedKey()
{
    const QListWidgetItem* item = m_keys->currentItem();
    if (!item) {
        return false;
    }
    TrustStore trust;
    const auto removed = trust.remove(item->data(Qt::UserRole).toString());
    if (!removed) {
        showDetails(removed.error().first().toString());
        return false;
    }
    refresh();
    emit packsChanged();
    return true;
}

} // namespace mamori::gui
