#include "gui/assetspage.h"

#include "core/profilelabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int ReasonRole = Qt::UserRole + 1;

QStringList checkedIds(const QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids.append(list->item(i)->data(IdRole).toString());
        }
    }
    return ids;
}

void setChecked(QListWidget* list, const QStringList& ids)
{
    for (int i = 0; i < list->count(); ++i) {
        list->item(i)->setCheckState(ids.contains(list->item(i)->data(IdRole).toString()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
}

// A list of check boxes laid out in as many columns as its width holds, as tall as its rows: two
// lists of nine one-word items in one column each took the room the questionnaire list needs on a
// 1366×768 laptop screen.
class FlowList : public QListWidget
{
public:
    explicit FlowList(QWidget* parent) : QListWidget(parent)
    {
        setFlow(QListView::LeftToRight);
        setWrapping(true);
        setResizeMode(QListView::Adjust);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    // Every cell as wide as the widest item, so the columns line up.
    void fitCells()
    {
        QSize cell(0, 0);
        for (int i = 0; i < count(); ++i) {
            const QSize hint = sizeHintForIndex(indexFromItem(item(i)));
            cell = cell.expandedTo(hint);
        }
        setGridSize(cell + QSize(16, 4));
        updateGeometry();
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override
    {
        const QSize cell = gridSize();
        if (cell.isEmpty() || count() == 0) {
            return QListWidget::sizeHint().height();
        }
        const int inside = width - 2 * frameWidth() - 4;
        const int columns = std::max(1, inside / cell.width());
        const int rows = (count() + columns - 1) / columns;
        return rows * cell.height() + 2 * frameWidth() + 4;
    }
    QSize sizeHint() const override
    {
        const int w = QListWidget::sizeHint().width();
        return {w, heightForWidth(w)};
    }
    QSize minimumSizeHint() const override { return {gridSize().width() + 2 * frameWidth() + 4, 40}; }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QListWidget::resizeEvent(event);
        if (height() != heightForWidth(width())) {
            updateGeometry();
        }
    }
};

} // namespace

AssetsPage::AssetsPage(const PackRepository& packs, QWidget* parent)
    : QWidget(parent), m_packs(packs), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_pcs(new QSpinBox(this)),
      m_mobiles(new QSpinBox(this)), m_servers(new QSpinBox(this)), m_website(new QCheckBox(this)),
      m_ecommerce(new QCheckBox(this)), m_remote(new QCheckBox(this)), m_wifi(new QCheckBox(this)),
      m_cardData(new QCheckBox(this)), m_ot(new QCheckBox(this)), m_records(new QDoubleSpinBox(this)),
      m_staff(new QComboBox(this)), m_cloud(new FlowList(this)), m_protections(new FlowList(this)),
      m_pack(new QListWidget(this)), m_pcsLabel(new QLabel(this)), m_mobilesLabel(new QLabel(this)),
      m_serversLabel(new QLabel(this)), m_serversHelp(new QLabel(this)), m_pcsHelp(new QLabel(this)),
      m_mobilesHelp(new QLabel(this)), m_recordsHelp(new QLabel(this)), m_staffHelp(new QLabel(this)),
      m_recordsLabel(new QLabel(this)), m_staffLabel(new QLabel(this)), m_cloudLabel(new QLabel(this)),
      m_protectionsLabel(new QLabel(this)), m_packLabel(new QLabel(this)), m_packReason(new QLabel(this))
{
    setObjectName(u"assetsPage"_s);
    const std::pair<QWidget*, const char16_t*> names[] = {
        {m_pcs, u"assetsPcs"},
        {m_mobiles, u"assetsMobiles"},
        {m_servers, u"assetsServers"},
        {m_website, u"assetsWebsite"},
        {m_ecommerce, u"assetsEcommerce"},
        {m_remote, u"assetsRemoteWork"},
        {m_wifi, u"assetsWifi"},
        {m_cardData, u"assetsCardData"},
        {m_ot, u"assetsOt"},
        {m_records, u"assetsRecords"},
        {m_staff, u"assetsItStaff"},
        {m_cloud, u"assetsCloud"},
        {m_protections, u"assetsProtections"},
        {m_pack, u"assetsPack"},
    };
    for (const auto& [widget, name] : names) {
        widget->setObjectName(QString::fromUtf16(name));
    }
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    for (QLabel* help : {m_serversHelp, m_pcsHelp, m_mobilesHelp, m_recordsHelp, m_staffHelp}) {
        help->setWordWrap(true);
        help->setForegroundRole(QPalette::PlaceholderText);
    }
    for (QSpinBox* spin : {m_pcs, m_mobiles, m_servers}) {
        spin->setRange(0, 10'000'000);
        spin->setGroupSeparatorShown(true);
    }
    m_records->setRange(0, 1e11);
    m_records->setDecimals(0);
    m_records->setGroupSeparatorShown(true);
    m_pack->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pack->setWordWrap(true);
    m_pack->setSpacing(2);
    // It takes the room left, not the 192 pixels a list asks for by default: on a laptop screen that
    // pushed the page past the bottom.
    m_pack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_pack->setMinimumHeight(4 * (m_pack->fontMetrics().height() + 4) + 2 * m_pack->frameWidth());
    m_packReason->setObjectName(u"assetsPackReason"_s);
    m_packReason->setWordWrap(true);
    m_packReason->setForegroundRole(QPalette::PlaceholderText);
    connect(m_pack, &QListWidget::currentItemChanged, this, [this](const QListWidgetItem* item) {
        m_packReason->setText(item ? item->data(ReasonRole).toString() : QString());
    });
    fillLists();

    m_pcsLabel->setBuddy(m_pcs);
    m_mobilesLabel->setBuddy(m_mobiles);
    m_serversLabel->setBuddy(m_servers);
    m_recordsLabel->setBuddy(m_records);
    m_staffLabel->setBuddy(m_staff);
    m_cloudLabel->setBuddy(m_cloud);
    m_protectionsLabel->setBuddy(m_protections);
    m_packLabel->setBuddy(m_pack);

    // Two columns of fields, each with its explanation right under it (as one form row: rows of their
    // own for the explanations doubled the gaps), the yes/no questions under the second: on a
    // 1366×768 laptop screen the page fits without scrolling, in both languages.
    const auto withHelp = [](QWidget* field, QLabel* help) {
        auto* box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(field);
        box->addWidget(help);
        return box;
    };
    auto* devices = new QFormLayout;
    devices->setVerticalSpacing(8);
    devices->addRow(m_pcsLabel, withHelp(m_pcs, m_pcsHelp));
    devices->addRow(m_mobilesLabel, withHelp(m_mobiles, m_mobilesHelp));
    devices->addRow(m_serversLabel, withHelp(m_servers, m_serversHelp));
    auto* people = new QFormLayout;
    people->setVerticalSpacing(8);
    people->addRow(m_recordsLabel, withHelp(m_records, m_recordsHelp));
    people->addRow(m_staffLabel, withHelp(m_staff, m_staffHelp));
    auto* checks = new QGridLayout;
    checks->setVerticalSpacing(4);
    int n = 0;
    for (QCheckBox* box : {m_website, m_ecommerce, m_remote, m_wifi, m_cardData, m_ot}) {
        checks->addWidget(box, n % 3, n / 3); // down the first column, then the second
        ++n;
    }
    auto* second = new QVBoxLayout;
    second->addLayout(people);
    second->addLayout(checks);
    second->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(devices, 1);
    top->addSpacing(20);
    top->addLayout(second, 1);
    auto* lists = new QGridLayout;
    lists->addWidget(m_cloudLabel, 0, 0);
    lists->addWidget(m_protectionsLabel, 0, 1);
    lists->addWidget(m_cloud, 1, 0);
    lists->addWidget(m_protections, 1, 1);

    auto* content = new QWidget;
    content->setMaximumWidth(1200);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 12, 24, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addLayout(lists);
    layout->addWidget(m_packLabel);
    layout->addWidget(m_pack, 1); // what is left of the screen
    layout->addWidget(m_packReason);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    const auto changedNow = [this] {
        Profile p = m_base;
        apply(p);
        suggestFor(p);
        emit changed();
    };
    for (QSpinBox* spin : {m_pcs, m_mobiles, m_servers}) {
        connect(spin, &QSpinBox::valueChanged, this, changedNow);
    }
    connect(m_records, &QDoubleSpinBox::valueChanged, this, changedNow);
    for (QCheckBox* box : {m_website, m_ecommerce, m_remote, m_wifi, m_cardData, m_ot}) {
        connect(box, &QCheckBox::toggled, this, changedNow);
    }
    // Selling online needs a website; ticking the one ticks the other rather than scolding.
    connect(m_ecommerce, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_website->setChecked(true);
        }
    });
    connect(m_website, &QCheckBox::toggled, this, [this](bool on) {
        if (!on) {
            m_ecommerce->setChecked(false);
        }
    });
    connect(m_staff, &QComboBox::currentIndexChanged, this, changedNow);
    // A choice by mouse or keyboard is the user's (suggestion refreshes block these signals).
    connect(m_pack, &QListWidget::currentRowChanged, this, [this] {
        m_userChosePack = true;
        emit changed();
    });
    connect(m_cloud, &QListWidget::itemChanged, this, changedNow);
    connect(m_protections, &QListWidget::itemChanged, this, changedNow);
    retranslate();
}

void AssetsPage::fillLists()
{
    const QSignalBlocker b1(m_cloud);
    const QSignalBlocker b2(m_protections);
    const QSignalBlocker b3(m_staff);
    const QStringList cloud = checkedIds(m_cloud);
    const QStringList protections = checkedIds(m_protections);
    const QVariant staff = m_staff->currentData();
    m_cloud->clear();
    for (const QString& id : cloudServiceIds()) {
        auto* item = new QListWidgetItem(cloudServiceName(id).text(m_language), m_cloud);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(cloud.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_protections->clear();
    for (const QString& id : protectionIds()) {
        auto* item = new QListWidgetItem(protectionName(id).text(m_language), m_protections);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(protections.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_staff->clear();
    for (const ItStaff s : {ItStaff::None, ItStaff::PartTime, ItStaff::Dedicated}) {
        m_staff->addItem(itStaffName(s).text(m_language), itStaffId(s));
    }
    if (staff.isValid()) {
        m_staff->setCurrentIndex(m_staff->findData(staff));
    }
    for (QListWidget* list : {m_cloud, m_protections}) {
        static_cast<FlowList*>(list)->fitCells(); // the words changed with the language
    }
}

void AssetsPage::setProfile(const Profile& p)
{
    m_base = p;
    m_userChosePack = false;
    const ItAssets& a = p.assets;
    QList<QWidget*> widgets{m_pcs,      m_mobiles, m_servers, m_website, m_ecommerce, m_remote,     m_wifi,
                            m_cardData, m_ot,      m_records, m_staff,   m_cloud,     m_protections};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget* w : widgets) {
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    }
    m_pcs->setValue(a.pcs);
    m_mobiles->setValue(a.mobiles);
    m_servers->setValue(a.servers);
    m_website->setChecked(a.website);
    m_ecommerce->setChecked(a.ecommerce);
    m_remote->setChecked(a.remoteWork);
    m_wifi->setChecked(a.wifi);
    m_cardData->setChecked(a.cardData);
    m_ot->setChecked(a.otDevices);
    m_records->setValue(double(a.personalInfoRecords));
    m_staff->setCurrentIndex(m_staff->findData(itStaffId(a.itStaff)));
    setChecked(m_cloud, a.cloud);
    setChecked(m_protections, p.protections);
    blockers.clear();
    suggestFor(p);
}

void AssetsPage::apply(Profile& p) const
{
    ItAssets& a = p.assets;
    a.pcs = m_pcs->value();
    a.mobiles = m_mobiles->value();
    a.servers = m_servers->value();
    a.website = m_website->isChecked();
    a.ecommerce = m_ecommerce->isChecked();
    a.remoteWork = m_remote->isChecked();
    a.wifi = m_wifi->isChecked();
    a.cardData = m_cardData->isChecked();
    a.otDevices = m_ot->isChecked();
    a.personalInfoRecords = qint64(m_records->value());
    a.itStaff = itStaffFromId(m_staff->currentData().toString()).value_or(ItStaff::None);
    a.cloud = checkedIds(m_cloud);
    p.protections = checkedIds(m_protections);
}

void AssetsPage::suggestFor(const Profile& profile)
{
    m_base = profile;
    // Suggesting loads and scores every installed pack: done when the page is on screen, not for
    // every keystroke on a page nobody sees (nor at start-up).
    if (!isVisible()) {
        m_suggestionsStale = true;
        return;
    }
    refreshSuggestions();
}

void AssetsPage::refreshSuggestions()
{
    m_suggestionsStale = false;
    // The recommendation follows the profile until the user picks a questionnaire themselves.
    const QString chosen = m_userChosePack ? chosenPack() : QString();
    m_suggestions = suggestPacks(m_base, m_packs);
    const QSignalBlocker blocker(m_pack);
    m_pack->clear();
    for (const PackSuggestion& s : m_suggestions) {
        QString text = s.pack.title.text(m_language);
        if (s.recommended) {
            text += tr(" — recommended");
        }
        if (s.pack.verification.state == TrustState::Unsigned) {
            text += tr(" — unsigned");
        }
        // One line each, so all of them show on a laptop screen; the chosen one's reason below.
        auto* item = new QListWidgetItem(text, m_pack);
        item->setData(IdRole, s.pack.id);
        item->setData(ReasonRole, s.reason);
        item->setToolTip(s.reason);
    }
    int select = 0; // the recommended one comes first
    for (int i = 0; i < m_pack->count(); ++i) {
        if (m_pack->item(i)->data(IdRole).toString() == chosen) {
            select = i;
        }
    }
    if (m_pack->count() > 0) {
        m_pack->setCurrentRow(select);
    }
    const QListWidgetItem* current = m_pack->currentItem();
    m_packReason->setText(current ? current->data(ReasonRole).toString() : QString());
}

void AssetsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_suggestionsStale) {
        refreshSuggestions();
    }
}

bool AssetsPage::choosePack(const QString& id)
{
    if (m_suggestionsStale) {
        refreshSuggestions();
    }
    for (int i = 0; i < m_pack->count(); ++i) {
        if (m_pack->item(i)->data(IdRole).toString() == id) {
            m_pack->setCurrentRow(i);
            m_userChosePack = true;
            return true;
        }
    }
    return false;
}

QString AssetsPage::chosenPack() const
{
    const QListWidgetItem* item = m_pack->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void AssetsPage::setLanguage(Language language)
{
    m_language = language;
    fillLists();
    suggestFor(m_base);
}

void AssetsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AssetsPage::retranslate()
{
    m_title->setText(tr("IT assets"));
    m_intro->setText(tr("What the company uses decides which questions are asked: a firm without a website is "
                        "not asked about one. Count roughly; \"don't know\" is an answer later, not here."));
    m_pcsLabel->setText(tr("&PCs:"));
    m_mobilesLabel->setText(tr("S&martphones and tablets:"));
    m_serversLabel->setText(tr("Ser&vers on the premises:"));
    m_serversHelp->setText(tr("Computers that serve others in the office (file server, NAS, accounting server), "
                              "not cloud services."));
    m_recordsLabel->setText(tr("Personal data &records:"));
    m_pcsHelp->setText(tr("Desktops and laptops used for work, staff's own ones included if they are used for "
                          "work."));
    m_mobilesHelp->setText(tr("Company phones and tablets, and staff's own phones used for work mail or chat."));
    m_recordsHelp->setText(tr("People (customers, staff, applicants…) whose names with contact details or other "
                              "personal data the company keeps; a rough count is enough."));
    m_staffHelp->setText(tr("Someone who installs updates, manages accounts and passwords, and is called when "
                            "something breaks."));
    m_staffLabel->setText(tr("Who looks after &IT:"));
    m_website->setText(tr("Our own &website"));
    m_ecommerce->setText(tr("We sell &online or take payments online"));
    m_remote->setText(tr("Staff wor&k remotely (home, VPN)"));
    m_wifi->setText(tr("We use Wi-Fi in the offic&e"));
    m_cardData->setText(tr("We handle &credit card data"));
    m_ot->setText(tr("Factory machines or IoT &devices on the network"));
    m_cloudLabel->setText(tr("Cloud services &used:"));
    m_protectionsLabel->setText(tr("Protections already in place:"));
    m_packLabel->setText(tr("&Questionnaire to answer:"));
    m_pcs->setAccessibleName(tr("Number of PCs"));
    m_mobiles->setAccessibleName(tr("Number of smartphones and tablets"));
    m_servers->setAccessibleName(tr("Number of servers on the premises"));
    m_records->setAccessibleName(tr("Number of personal data records"));
    m_staff->setAccessibleName(tr("Who looks after IT"));
    m_cloud->setAccessibleName(tr("Cloud services used"));
    m_protections->setAccessibleName(tr("Protections already in place"));
    m_pack->setAccessibleName(tr("Questionnaire to answer"));
    for (QCheckBox* box : {m_website, m_ecommerce, m_remote, m_wifi, m_cardData, m_ot}) {
        box->setAccessibleName(box->text().remove(u'&'));
    }
    suggestFor(m_base);
}

} // namespace mamori::gui
