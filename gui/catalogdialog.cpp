#include "gui/catalogdialog.h"

#include "core/catalog.h"
#include "core/format.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

CatalogDialog::CatalogDialog(CatalogStore& catalog, QSet<QString> knownAreas, QWidget* parent)
    : QDialog(parent), m_catalog(catalog), m_knownAreas(std::move(knownAreas)), m_stats(new QLabel(this)),
      m_fileLabel(new QLabel(this)), m_problems(new QPlainTextEdit(this)), m_choose(new QPushButton(this)),
      m_import(new QPushButton(this)), m_removeSamples(new QPushButton(this))
{
    setObjectName(u"catalogDialog"_s);
    setWindowTitle(tr("Catalog of services and experts"));
    m_stats->setObjectName(u"catalogStats"_s);
    m_stats->setWordWrap(true);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setObjectName(u"importFile"_s);
    m_fileLabel->setWordWrap(true);
    m_problems->setObjectName(u"importPreview"_s);
    m_problems->setReadOnly(true);
    m_problems->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_problems->setAccessibleName(tr("Import check"));
    m_problems->setPlaceholderText(tr("Choose a CSV (UTF-8 or Shift_JIS, as Excel saves it) or JSON file. It is "
                                      "checked first; nothing is written until you import it, and then all of it "
                                      "or none of it."));
    m_choose->setObjectName(u"chooseImport"_s);
    m_choose->setText(tr("&Choose a file to import…"));
    m_import->setObjectName(u"runImport"_s);
    m_import->setText(tr("&Import"));
    m_import->setEnabled(false);
    m_removeSamples->setObjectName(u"removeSamples"_s);
    m_removeSamples->setText(tr("&Remove the sample entries…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &CatalogDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &CatalogDialog::importPreviewed);
    connect(m_removeSamples, &QPushButton::clicked, this, &CatalogDialog::removeSamples);
    auto* row = new QHBoxLayout;
    row->addWidget(m_choose);
    row->addWidget(m_import);
    row->addStretch();
    row->addWidget(m_removeSamples);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stats);
    layout->addLayout(row);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(820, 560);
    showStatistics();
}

QString CatalogDialog::statistics() const
{
    const auto stats = m_catalog.stats();
    if (!stats) {
        return stats.error().first().toString();
    }
    const CatalogStats& s = *stats;
    QString text = tr("%1\nServices: %2 (%3 samples) — お助け隊 1類 %4, 2類 %5, 新類型 %6, other %7\n"
                      "Experts: %8 (%9 samples), of whom %10 情報処理安全確保支援士, %11 available now, %12 work "
                      "remotely")
                       .arg(m_catalog.path())
                       .arg(formatCount(s.services))
                       .arg(formatCount(s.sampleServices))
                       .arg(formatCount(s.servicesByScheme.value(u"otasuke-1"_s)))
                       .arg(formatCount(s.servicesByScheme.value(u"otasuke-2"_s)))
                       .arg(formatCount(s.servicesByScheme.value(u"otasuke-new"_s)))
                       .arg(formatCount(s.servicesByScheme.value(u"other"_s)))
                       .arg(formatCount(s.talent))
                       .arg(formatCount(s.sampleTalent))
                       .arg(formatCount(s.riss))
                       .arg(formatCount(s.availableTalent))
                       .arg(formatCount(s.remoteTalent));
    if (s.oldestAsOf.isValid()) {
        text += u'\n' + tr("Facts checked between %1 and %2").arg(formatDate(s.oldestAsOf), formatDate(s.newestAsOf));
    }
    return text;
}

void CatalogDialog::showStatistics()
{
    m_stats->setText(statistics());
}

void CatalogDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import into the catalog"), QString(),
                                                      tr("Catalog files (*.csv *.json)"));
    if (!file.isEmpty()) {
        preview(file);
    }
}

void CatalogDialog::preview(const QString& file)
{
    m_file = file;
    m_fileLabel->setText(tr("File: %1").arg(QFileInfo(file).fileName()));
    auto report = CatalogStore::validateFile(file, m_knownAreas);
    QStringList lines;
    if (!report) {
        lines.append(tr("%n problem(s); fix them in the file and choose it again. Nothing will be imported.", nullptr,
                        int(report.error().size())));
        for (const Diagnostic& d : report.error()) {
            lines.append(d.toString());
        }
        m_import->setEnabled(false);
    } else {
        lines.append(tr("Ready to import: %1 services and %2 experts (existing ids are updated).")
                         .arg(formatCount(report->servicesAdded))
                         .arg(formatCount(report->talentAdded)));
        for (const Diagnostic& d : report->warnings) {
            lines.append(d.toString());
        }
        m_import->setEnabled(true);
    }
    m_problems->setPlainText(lines.join(u'\n'));
}

bool CatalogDialog::importPreviewed()
{
    if (m_file.isEmpty()) {
        return false;
    }
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(m_file).fileName()), QString(), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto report = m_catalog.importFile(m_file, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    progress.setValue(1000);
    m_import->setEnabled(false);
    if (!report) {
        QStringList lines{tr("Nothing was imported:")};
        for (const Diagnostic& d : report.error()) {
            lines.append(d.toString());
        }
        m_problems->setPlainText(lines.join(u'\n'));
        return false;
    }
    m_problems->setPlainText(tr("Imported: services %1 added, %2 updated; experts %3 added, %4 updated.")
                                 .arg(formatCount(report->servicesAdded))
                                 .arg(formatCount(report->servicesUpdated))
                                 .arg(formatCount(report->talentAdded))
                                 .arg(formatCount(report->talentUpdated)));
    m_file.clear();
    showStatistics();
    emit catalogChanged();
    return true;
}

void CatalogDialog::removeSamples()
{
    if (QMessageBox::question(this, tr("Remove the sample entries"),
                              tr("Remove every entry marked sample (the fictional services and experts shipped with "
                                 "Mamori)? Do this once a real list is imported.")) != QMessageBox::Yes) {
        return;
    }
    auto removed = m_catalog.removeSamples();
    m_problems->setPlainText(removed ? tr("%n sample entries removed.", nullptr, *removed)
                                     : removed.error().first().toString());
    showStatistics();
    emit catalogChanged();
}

} // namespace mamori::gui
