#include "gui/settingsdialog.h"

#include "core/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const AppSettings& current, QWidget* parent)
    : QDialog(parent), m_initial(current), m_languageLabel(new QLabel(this)), m_language(new QComboBox(this)),
      m_databaseLabel(new QLabel(this)), m_database(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_default(new QPushButton(this)), m_databaseHelp(new QLabel(this)), m_consultantLabel(new QLabel(this)),
      m_consultant(new QLineEdit(this)), m_staleLabel(new QLabel(this)), m_stale(new QSpinBox(this)),
      m_staleHelp(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"settingsLanguage"_s);
    m_database->setObjectName(u"settingsDatabase"_s);
    m_browse->setObjectName(u"settingsBrowse"_s);
    m_default->setObjectName(u"settingsDefaultDatabase"_s);
    m_consultant->setObjectName(u"settingsConsultant"_s);
    m_stale->setObjectName(u"settingsStaleMonths"_s);
    m_stale->setRange(1, 120);
    m_stale->setValue(current.staleMonths);
    m_staleHelp->setWordWrap(true);
    m_staleLabel->setBuddy(m_stale);
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(u"日本語"_s, u"ja"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(current.effectiveLanguage() == Language::Japanese ? 0 : 1);
    m_database->setText(QDir::toNativeSeparators(current.effectiveDatabasePath()));
    m_database->setClearButtonEnabled(true);
    m_consultant->setText(current.consultantName);
    m_databaseHelp->setWordWrap(true);
    m_languageLabel->setBuddy(m_language);
    m_databaseLabel->setBuddy(m_database);
    m_consultantLabel->setBuddy(m_consultant);

    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(m_browse);
    databaseRow->addWidget(m_default);
    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_databaseLabel, databaseRow);
    form->addRow(QString(), m_databaseHelp);
    form->addRow(m_consultantLabel, m_consultant);
    auto* staleRow = new QHBoxLayout; // a number of months, not a line of text: no wider than it needs
    staleRow->addWidget(m_stale);
    staleRow->addStretch();
    form->addRow(m_staleLabel, staleRow);
    form->addRow(QString(), m_staleHelp);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_default, &QPushButton::clicked, this,
            [this] { m_database->setText(QDir::toNativeSeparators(Store::defaultPath())); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    resize(620, sizeHint().height());
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    const Language chosen = m_language->currentData().toString() == u"ja"_s ? Language::Japanese : Language::English;
    // Left as it was, "follow the system's language" stays so.
    if (m_initial.language || chosen != m_initial.effectiveLanguage()) {
        s.language = chosen;
    }
    const QString typed = m_database->text().trimmed();
    const QString path = StoreLocation::looksLikeUrl(typed) ? typed : QDir::fromNativeSeparators(typed);
    // The default stays "the default" (it follows $MAMORI_DB and the data folder), not a fixed path;
    // a team server's address is kept as typed.
    s.databasePath = path.isEmpty() || path == Store::defaultPath() ? QString()
                     : StoreLocation::looksLikeUrl(path)            ? path
                                                                    : QFileInfo(path).absoluteFilePath();
    s.consultantName = m_consultant->text().trimmed();
    s.staleMonths = m_stale->value();
    return s;
}

void SettingsDialog::accept()
{
    const QString typed = m_database->text().trimmed();
    if (StoreLocation::looksLikeUrl(typed)) {
        if (const auto location = StoreLocation::parse(typed); !location) {
            QMessageBox box(QMessageBox::Warning, tr("Database"), location.error().first().message, QMessageBox::Ok,
                            this);
            box.setObjectName(u"settingsBadAddress"_s);
            box.exec();
            m_database->setFocus();
            return;
        }
    }
    QDialog::accept();
}

void SettingsDialog::browse()
{
    const QString current = m_database->text().trimmed();
    QFileDialog dialog(this, tr("Database file"),
                       StoreLocation::looksLikeUrl(current) ? QDir::homePath() : QFileInfo(current).absolutePath(),
                       tr("Mamori databases (*.sqlite);;All files (*)"));
    dialog.setObjectName(u"settingsBrowseDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave); // a new name makes a new, empty database
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setDefaultSuffix(u"sqlite"_s);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        m_database->setText(QDir::toNativeSeparators(dialog.selectedFiles().first()));
    }
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_databaseLabel->setText(tr("&Database:"));
    m_browse->setText(tr("&Browse…"));
    m_default->setText(tr("De&fault"));
    m_databaseHelp->setText(tr("All firms, answers and history are kept in this file on this PC, readable only by "
                               "you. Choosing a file that does not exist yet starts a new, empty database. A team's "
                               "shared database is named by its address, postgresql://server/database; the password "
                               "goes in ~/.pgpass, never here."));
    m_consultantLabel->setText(tr("&Consultant name:"));
    m_staleLabel->setText(tr("Check service facts older &than:"));
    m_stale->setSuffix(tr(" months"));
    m_stale->setAccessibleName(tr("Months after which a service's facts are marked for checking"));
    m_staleHelp->setText(tr("Prices and areas of services change. A service whose facts are older than this is "
                            "marked \"check the current terms\" on the matches, in the CLI and in reports. 12 "
                            "months is Mamori's own choice, not an official rule."));
    m_consultant->setPlaceholderText(tr("Shown on reports and in the change log; may stay empty"));
    m_language->setAccessibleName(tr("Language"));
    m_database->setAccessibleName(tr("Database file or server address"));
    m_browse->setAccessibleName(tr("Choose the database file"));
    m_default->setAccessibleName(tr("Use the default database"));
    m_consultant->setAccessibleName(tr("Consultant name"));
}

} // namespace mamori::gui
