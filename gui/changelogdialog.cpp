#include "gui/changelogdialog.h"

#include "core/changelog.h"
#include "core/format.h"
#include "core/packrepository.h"
#include "core/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

ChangeLogDialog::ChangeLogDialog(const Store& store, const PackRepository& packs, qint64 firmId, Language language,
                                 QWidget* parent)
    : QDialog(parent), m_store(store), m_packs(packs), m_firmId(firmId), m_language(language),
      m_summary(new QLabel(this)), m_table(new QTableWidget(0, 4, this)), m_refresh(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"changeLogDialog"_s);
    m_table->setObjectName(u"changeLogTable"_s);
    m_refresh->setObjectName(u"changeLogRefresh"_s);
    setWindowTitle(tr("Change log"));
    m_summary->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Assessment"), tr("Change")});
    m_table->setAccessibleName(tr("Changes, oldest first"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false); // one line per change; the whole text is in the tooltip
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Read the change log again"));
    m_buttons->addButton(m_refresh, QDialogButtonBox::ActionRole);
    connect(m_refresh, &QPushButton::clicked, this, &ChangeLogDialog::reload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(900, 520);
    reload();
}

void ChangeLogDialog::reload()
{
    m_table->setRowCount(0);
    const auto changes = m_store.firmChanges(m_firmId);
    if (!changes) {
        m_summary->setText(changes.error().first().message);
        return;
    }
    ChangeLogContext context(m_store, m_packs);
    m_table->setRowCount(int(changes->size()));
    int row = 0;
    for (const ChangeRecord& c : *changes) {
        const Pack* pack = context.pack(c);
        const AssessmentRecord* assessment = context.assessment(c);
        const QString name =
            assessment != nullptr
                ? u"#%1 %2"_s.arg(c.assessmentId).arg(formatDate(assessment->startedAt.toLocalTime().date()))
            : c.assessmentId > 0 ? u"#%1"_s.arg(c.assessmentId)
                                 : QString();
        const QStringList cells{formatDateTime(c.at), changeAuthor(c), name, describeChange(c, pack, m_language)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == 3) {
                // The whole change (a long note) and the question it was about.
                QString tip = cells[column];
                if (pack != nullptr && !c.questionId.isEmpty()) {
                    if (const int index = pack->questionIndex(c.questionId); index >= 0) {
                        tip += u"\n\n"_s + pack->questions[std::size_t(index)].text.text(m_language);
                    }
                }
                item->setToolTip(tip);
            }
            m_table->setItem(row, column, item);
        }
        ++row;
    }
    m_table->scrollToBottom();
    m_summary->setText(tr("%n change(s) to this firm and its assessments, oldest first. Names are those given in "
                          "the settings; the login stands beside a name when it differs.",
                          nullptr, int(changes->size())));
}

int ChangeLogDialog::rowCount() const
{
    return m_table->rowCount();
}

QString ChangeLogDialog::cellText(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item != nullptr ? item->text() : QString();
}

} // namespace mamori::gui
