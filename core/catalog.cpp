#include "core/catalog.h"

namespace mamori {

using namespace Qt::StringLiterals;

QString schemeId(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Otasuke1:
        return u"otasuke-1"_s;
    case Scheme::Otasuke2:
        return u"otasuke-2"_s;
    case Scheme::OtasukeNew:
        return u"otasuke-new"_s;
    case Scheme::Other:
        break;
    }
    return u"other"_s;
}

std::optional<Scheme> schemeFromId(QStringView id)
{
    for (const Scheme s : {Scheme::Otasuke1, Scheme::Otasuke2, Scheme::OtasukeNew, Scheme::Other}) {
        if (schemeId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

bool isOtasuke(Scheme scheme)
{
    return scheme != Scheme::Other;
}

QString priceUnitId(PriceUnit unit)
{
    switch (unit) {
    case PriceUnit::Device:
        return u"device"_s;
    case PriceUnit::Employee:
        return u"employee"_s;
    case PriceUnit::Site:
        break;
    }
    return u"site"_s;
}

QString availabilityId(Availability availability)
{
    switch (availability) {
    case Availability::Limited:
        return u"limited"_s;
    case Availability::Unavailable:
        return u"unavailable"_s;
    case Availability::Available:
        break;
    }
    return u"available"_s;
}

namespace {

struct Label
{
    QString id;
    LocalizedText name;
};

const std::vector<Label>& serviceTypes()
{
    static const std::vector<Label> labels{
        {u"network"_s, {u"ネットワーク一括監視型"_s, u"Network monitoring"_s}},
        {u"endpoint"_s, {u"端末監視型"_s, u"Endpoint monitoring"_s}},
        {u"hybrid"_s, {u"併用型（ネットワーク＋端末）"_s, u"Network and endpoint"_s}},
        {u"consulting"_s, {u"相談・コンサルティング"_s, u"Consulting"_s}},
        {u"training"_s, {u"教育・訓練"_s, u"Training"_s}},
        {u"assessment"_s, {u"診断"_s, u"Assessment and testing"_s}},
        {u"backup"_s, {u"バックアップ"_s, u"Backup"_s}},
        {u"insurance"_s, {u"保険"_s, u"Insurance"_s}},
        {u"other"_s, {u"その他"_s, u"Other"_s}},
    };
    return labels;
}

const std::vector<Label>& qualifications()
{
    static const std::vector<Label> labels{
        {u"riss"_s, {u"情報処理安全確保支援士"_s, u"Registered Information Security Specialist (RISS)"_s}},
        {u"sme_consultant"_s, {u"中小企業診断士"_s, u"SME management consultant (中小企業診断士)"_s}},
        {u"it_coordinator"_s, {u"ITコーディネータ"_s, u"IT Coordinator"_s}},
        {u"isms_auditor"_s, {u"ISMS審査員"_s, u"ISMS auditor"_s}},
        {u"pmark_auditor"_s, {u"プライバシーマーク審査員"_s, u"PrivacyMark auditor"_s}},
        {u"cissp"_s, {u"CISSP"_s, u"CISSP"_s}},
        {u"cisa"_s, {u"CISA"_s, u"CISA"_s}},
        {u"sg"_s, {u"情報セキュリティマネジメント試験"_s, u"Information Security Management exam (SG)"_s}},
        {u"other"_s, {u"その他の資格"_s, u"Other qualification"_s}},
    };
    return labels;
}

const std::vector<Label>& engagements()
{
    static const std::vector<Label> labels{
        {u"advice"_s, {u"相談・助言"_s, u"Advice"_s}},
        {u"assessment"_s, {u"現状診断"_s, u"Assessment"_s}},
        {u"policy"_s, {u"方針・規程づくり"_s, u"Policy writing"_s}},
        {u"incident_response"_s, {u"事故対応"_s, u"Incident response"_s}},
        {u"audit"_s, {u"監査"_s, u"Audit"_s}},
        {u"training"_s, {u"研修"_s, u"Training"_s}},
        {u"retainer"_s, {u"顧問契約"_s, u"Retainer"_s}},
    };
    return labels;
}

const std::vector<Label>& channels()
{
    static const std::vector<Label> labels{
        {u"chusho119"_s, {u"中小企業119"_s, u"Chusho 119 expert dispatch"_s}},
        {u"ipa_dispatch"_s, {u"IPAの専門家派遣"_s, u"IPA expert dispatch"_s}},
        {u"chamber"_s, {u"商工会議所・商工会の相談"_s, u"Chamber of commerce advice"_s}},
    };
    return labels;
}

QStringList idsOf(const std::vector<Label>& labels)
{
    QStringList ids;
    for (const Label& l : labels) {
        ids.append(l.id);
    }
    return ids;
}

LocalizedText nameOf(const std::vector<Label>& labels, const QString& id)
{
    for (const Label& l : labels) {
        if (l.id == id) {
            return l.name;
        }
    }
    return {id, id};
}

} // namespace

const QStringList& serviceTypeIds()
{
    static const QStringList ids = idsOf(serviceTypes());
    return ids;
}

const QStringList& qualificationIds()
{
    static const QStringList ids = idsOf(qualifications());
    return ids;
}

const QStringList& engagementIds()
{
    static const QStringList ids = idsOf(engagements());
    return ids;
}

const QStringList& channelIds()
{
    static const QStringList ids = idsOf(channels());
    return ids;
}

QString taxBasisId(TaxBasis tax)
{
    switch (tax) {
    case TaxBasis::Included:
        return u"included"_s;
    case TaxBasis::Excluded:
        return u"excluded"_s;
    case TaxBasis::Unknown:
        break;
    }
    return {};
}

std::optional<TaxBasis> taxBasisFromId(QStringView id)
{
    if (id.isEmpty() || id == u"unknown") {
        return TaxBasis::Unknown;
    }
    if (id == u"included" || id == u"税込") {
        return TaxBasis::Included;
    }
    if (id == u"excluded" || id == u"税抜" || id == u"税別") {
        return TaxBasis::Excluded;
    }
    return std::nullopt;
}

const QStringList& sourceKindIds()
{
    // provider: the provider's own page or release; official: IPA, METI or another public body;
    // press: a news report; secondary: anything else (a blog, a reseller).
    static const QStringList ids{u"provider"_s, u"official"_s, u"press"_s, u"secondary"_s};
    return ids;
}

const QStringList& sourceFactIds()
{
    static const QStringList ids{u"name"_s,         u"registration"_s, u"type"_s,      u"price"_s,
                                 u"tax"_s,          u"terms"_s,        u"regions"_s,   u"dispatch"_s,
                                 u"capabilities"_s, u"subsidy"_s,      u"insurance"_s, u"helpdesk"_s};
    return ids;
}

std::vector<CatalogSource> ServiceEntry::citedSources() const
{
    if (!sources.empty() || sourceUrl.isEmpty()) {
        return sources;
    }
    return {CatalogSource{sourceUrl, asOf, {}, {}}};
}

bool isStale(const QDate& asOf, const QDate& today, int months)
{
    return asOf.isValid() && today.isValid() && asOf.addMonths(months) < today;
}

LocalizedText schemeName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Otasuke1:
        return {u"お助け隊サービス（1類）"_s, u"Otasuke-tai service (class 1)"_s};
    case Scheme::Otasuke2:
        return {u"お助け隊サービス（2類）"_s, u"Otasuke-tai service (class 2)"_s};
    case Scheme::OtasukeNew:
        return {u"お助け隊サービス（新類型）"_s, u"Otasuke-tai service (new type)"_s};
    case Scheme::Other:
        break;
    }
    return {u"その他のサービス"_s, u"Other service"_s};
}

LocalizedText serviceTypeName(const QString& id)
{
    return nameOf(serviceTypes(), id);
}

LocalizedText priceUnitName(PriceUnit unit)
{
    switch (unit) {
    case PriceUnit::Device:
        return {u"1台あたり"_s, u"per device"_s};
    case PriceUnit::Employee:
        return {u"1人あたり"_s, u"per user"_s};
    case PriceUnit::Site:
        break;
    }
    return {u"1拠点あたり"_s, u"per site"_s};
}

LocalizedText qualificationName(const QString& id)
{
    return nameOf(qualifications(), id);
}

LocalizedText engagementName(const QString& id)
{
    return nameOf(engagements(), id);
}

LocalizedText availabilityName(Availability availability)
{
    switch (availability) {
    case Availability::Limited:
        return {u"空きわずか"_s, u"Limited"_s};
    case Availability::Unavailable:
        return {u"受付停止中"_s, u"Not taking work"_s};
    case Availability::Available:
        break;
    }
    return {u"受付中"_s, u"Available"_s};
}

LocalizedText channelName(const QString& id)
{
    return nameOf(channels(), id);
}

} // namespace mamori
