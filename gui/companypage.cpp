#include "gui/companypage.h"

#include "core/profilelabels.h"
#include "core/textcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

QLabel* helpLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CompanyPage::CompanyPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_name(new QLineEdit(this)),
      m_industry(new QComboBox(this)), m_sector(new QComboBox(this)), m_prefecture(new QComboBox(this)),
      m_employees(new QSpinBox(this)), m_capital(new QDoubleSpinBox(this)), m_supplier(new QCheckBox(this)),
      m_tier(new QLabel(this)), m_problem(new QLabel(this)), m_form(new QFormLayout), m_nameLabel(new QLabel(this)),
      m_industryLabel(new QLabel(this)), m_sectorLabel(new QLabel(this)), m_prefectureLabel(new QLabel(this)),
      m_employeesLabel(new QLabel(this)), m_capitalLabel(new QLabel(this)), m_employeesHelp(helpLabel(this)),
      m_capitalHelp(helpLabel(this)), m_supplierHelp(helpLabel(this))
{
    setObjectName(u"companyPage"_s);
    m_name->setObjectName(u"companyName"_s);
    m_industry->setObjectName(u"companyIndustry"_s);
    m_sector->setObjectName(u"companySector"_s);
    m_prefecture->setObjectName(u"companyPrefecture"_s);
    m_employees->setObjectName(u"companyEmployees"_s);
    m_capital->setObjectName(u"companyCapital"_s);
    m_supplier->setObjectName(u"companySupplier"_s);
    m_tier->setObjectName(u"companyTier"_s);
    m_problem->setObjectName(u"companyProblem"_s);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_tier->setWordWrap(true);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x30, 0x20));
    m_problem->setPalette(warning);

    m_name->setMaxLength(200);
    m_employees->setRange(0, 10'000'000);
    m_employees->setGroupSeparatorShown(true);
    m_capital->setRange(0, 1e12);
    m_capital->setDecimals(0);
    m_capital->setGroupSeparatorShown(true);
    fillChoices();

    for (auto [label, field] : std::initializer_list<std::pair<QLabel*, QWidget*>>{{m_nameLabel, m_name},
                                                                                   {m_industryLabel, m_industry},
                                                                                   {m_sectorLabel, m_sector},
                                                                                   {m_prefectureLabel, m_prefecture},
                                                                                   {m_employeesLabel, m_employees},
                                                                                   {m_capitalLabel, m_capital}}) {
        label->setBuddy(field);
    }
    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_industryLabel, m_industry);
    m_form->addRow(m_sectorLabel, m_sector);
    m_form->addRow(m_prefectureLabel, m_prefecture);
    m_form->addRow(m_employeesLabel, m_employees);
    m_form->addRow(QString(), m_employeesHelp);
    m_form->addRow(m_capitalLabel, m_capital);
    m_form->addRow(QString(), m_capitalHelp);
    m_form->addRow(QString(), m_supplier);
    m_form->addRow(QString(), m_supplierHelp);

    auto* content = new QWidget(this);
    content->setMaximumWidth(900); // a form the width of a wide screen is hard to read
    auto* outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(content);
    outer->addStretch();
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_tier);
    layout->addWidget(m_problem);
    m_caution = new QLabel(this);
    m_caution->setObjectName(u"companyCaution"_s);
    m_caution->setWordWrap(true);
    m_caution->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_caution);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, &CompanyPage::update);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &CompanyPage::update);
    connect(m_sector, &QComboBox::currentIndexChanged, this, &CompanyPage::update);
    connect(m_prefecture, &QComboBox::currentIndexChanged, this, &CompanyPage::update);
    connect(m_employees, &QSpinBox::valueChanged, this, &CompanyPage::update);
    connect(m_capital, &QDoubleSpinBox::valueChanged, this, &CompanyPage::update);
    connect(m_supplier, &QCheckBox::toggled, this, &CompanyPage::update);
    retranslate();
    setProfile(Profile{});
}

void CompanyPage::fillChoices()
{
    const auto keepIndustry = m_industry->currentData();
    const auto keepSector = m_sector->currentData();
    const auto keepPrefecture = m_prefecture->currentData();
    const QSignalBlocker b1(m_industry);
    const QSignalBlocker b2(m_sector);
    const QSignalBlocker b3(m_prefecture);
    m_industry->clear();
    for (const QString& letter : industryLetters()) {
        m_industry->addItem(u"%1 — %2"_s.arg(letter, industryName(letter.at(0)).text(m_language)), letter);
    }
    m_sector->clear();
    for (const SectorClass s : {SectorClass::Wholesale, SectorClass::Retail}) {
        m_sector->addItem(sectorClassName(s).text(m_language), sectorClassId(s));
    }
    m_prefecture->clear();
    for (int code = 1; code <= 47; ++code) {
        m_prefecture->addItem(prefectureName(code).text(m_language), code);
    }
    if (keepIndustry.isValid()) {
        m_industry->setCurrentIndex(m_industry->findData(keepIndustry));
        m_sector->setCurrentIndex(m_sector->findData(keepSector));
        m_prefecture->setCurrentIndex(m_prefecture->findData(keepPrefecture));
    }
}

void CompanyPage::setProfile(const Profile& p)
{
    const QSignalBlocker b1(m_name);
    const QSignalBlocker b2(m_industry);
    const QSignalBlocker b3(m_sector);
    const QSignalBlocker b4(m_prefecture);
    const QSignalBlocker b5(m_employees);
    const QSignalBlocker b6(m_capital);
    const QSignalBlocker b7(m_supplier);
    m_name->setText(p.name);
    m_industry->setCurrentIndex(m_industry->findData(QString(p.industry)));
    m_sector->setCurrentIndex(m_sector->findData(sectorClassId(p.sectorClassOverride.value_or(SectorClass::Retail))));
    m_prefecture->setCurrentIndex(m_prefecture->findData(p.prefecture));
    m_employees->setValue(p.employees);
    m_capital->setValue(double(p.capitalManYen));
    m_supplier->setChecked(p.suppliesLargeFirms);
    update();
}

void CompanyPage::apply(Profile& p) const
{
    p.name = m_name->text().trimmed();
    const QString letter = m_industry->currentData().toString();
    p.industry = letter.isEmpty() ? u'E' : letter.at(0);
    p.sectorClassOverride =
        p.industry == u'I' ? sectorClassFromId(m_sector->currentData().toString()) : std::optional<SectorClass>();
    p.prefecture = m_prefecture->currentData().toInt();
    p.employees = m_employees->value();
    p.capitalManYen = qint64(m_capital->value());
    p.suppliesLargeFirms = m_supplier->isChecked();
}

QString CompanyPage::caution() const
{
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty() && m_otherFirms.contains(name, Qt::CaseInsensitive)) {
        return tr("A firm named \"%1\" is already on this PC. To assess it again, go back and choose it, then "
                  "\"New assessment of this firm\", so its history stays in one place.")
            .arg(name);
    }
    if (m_employees->value() == 0 && m_capital->value() == 0) {
        return tr("No employees and no capital: fine for a sole proprietor working alone; otherwise check the "
                  "figures, they decide the targets.");
    }
    return {};
}

QString CompanyPage::problem() const
{
    if (m_name->text().trimmed().isEmpty()) {
        return tr("Enter the firm's name to go on.");
    }
    // Said here, before anything is saved: the database refuses such a name too (core/textcheck.h).
    if (const QString problem = textProblem(m_name->text().trimmed(), TextRules{false, MaxNameLength});
        !problem.isEmpty()) {
        return tr("The firm's name %1.").arg(problem);
    }
    return {};
}

void CompanyPage::setLanguage(Language language)
{
    m_language = language;
    fillChoices();
    update();
}

void CompanyPage::update()
{
    const bool wholesaleOrRetail = m_industry->currentData().toString() == u"I"_s;
    m_sector->setVisible(wholesaleOrRetail);
    m_sectorLabel->setVisible(wholesaleOrRetail);
    Profile p;
    apply(p);
    m_tier->setText(tr("With these figures the firm counts as: <b>%1</b> (small and medium: 中小企業基本法; mid-size: "
                       "産業競争力強化法; size decides the targets and which questions are asked).")
                        .arg(tierName(p.tier()).text(m_language).toHtmlEscaped()));
    m_problem->setText(problem());
    m_problem->setVisible(!problem().isEmpty());
    if (m_caution) {
        m_caution->setText(caution());
        m_caution->setVisible(!caution().isEmpty());
    }
    emit changed();
}

void CompanyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CompanyPage::retranslate()
{
    m_title->setText(tr("About the company"));
    m_intro->setText(tr("Size and industry decide which targets apply and which questions are asked. Rough "
                        "figures are fine; you can change them later."));
    m_nameLabel->setText(tr("Company na&me:"));
    m_name->setPlaceholderText(tr("e.g. 株式会社あおば精機"));
    m_industryLabel->setText(tr("&Industry:"));
    m_sectorLabel->setText(tr("&Wholesale or retail:"));
    m_prefectureLabel->setText(tr("&Prefecture:"));
    m_employeesLabel->setText(tr("&Employees:"));
    m_employeesHelp->setText(tr("Regular employees (常時使用する従業員), not counting the owner or officers."));
    m_capitalLabel->setText(tr("&Capital (万円):"));
    m_capital->setSuffix(tr(" 万円"));
    m_capitalHelp->setText(tr("Paid-in capital in units of 10,000 yen; 0 for a sole proprietor."));
    m_supplier->setText(tr("We &supply large companies"));
    m_supplierHelp->setText(tr("Large customers increasingly ask their suppliers about security (supply-chain "
                               "attacks go through smaller firms)."));
    m_name->setAccessibleName(tr("Company name"));
    m_industry->setAccessibleName(tr("Industry"));
    m_sector->setAccessibleName(tr("Wholesale or retail"));
    m_prefecture->setAccessibleName(tr("Prefecture"));
    m_employees->setAccessibleName(tr("Employees"));
    m_capital->setAccessibleName(tr("Capital in 10,000 yen"));
    m_supplier->setAccessibleName(tr("We supply large companies"));
    update();
}

} // namespace mamori::gui
