#include "core/profile.h"

#include "core/jsonchecker.h"
#include "core/sizes.h"
#include "core/textcheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Profile)
};

struct SectorThresholds
{
    int smeEmployees;
    qint64 smeCapitalManYen;
    int microEmployees;
};

// 中小企業基本法 第2条第1項 and 第5項 (中小企業庁「中小企業・小規模企業者の定義」).
SectorThresholds thresholds(SectorClass sector)
{
    switch (sector) {
    case SectorClass::Manufacturing:
        return {300, 30000, 20};
    case SectorClass::Wholesale:
        return {100, 10000, 5};
    case SectorClass::Retail:
        return {50, 5000, 5};
    case SectorClass::Services:
        return {100, 5000, 5};
    }
    return {300, 30000, 20};
}

// 産業競争力強化法 (2024 amendment): 中堅企業 employ at most 2,000 people.
constexpr int MidSizeEmployeeLimit = 2000;

constexpr qsizetype ProfileMaxBytes = MiB;

} // namespace

QString tierId(Tier tier)
{
    switch (tier) {
    case Tier::Micro:
        return u"micro"_s;
    case Tier::Small:
        return u"small"_s;
    case Tier::Medium:
        return u"medium"_s;
    case Tier::Large:
        return u"large"_s;
    }
    return {};
}

std::optional<Tier> tierFromId(QStringView id)
{
    for (Tier t : {Tier::Micro, Tier::Small, Tier::Medium, Tier::Large}) {
        if (tierId(t) == id) {
            return t;
        }
    }
    return std::nullopt;
}

QString sectorClassId(SectorClass sector)
{
    switch (sector) {
    case SectorClass::Manufacturing:
        return u"manufacturing"_s;
    case SectorClass::Wholesale:
        return u"wholesale"_s;
    case SectorClass::Retail:
        return u"retail"_s;
    case SectorClass::Services:
        return u"services"_s;
    }
    return {};
}

std::optional<SectorClass> sectorClassFromId(QStringView id)
{
    for (SectorClass s :
         {SectorClass::Manufacturing, SectorClass::Wholesale, SectorClass::Retail, SectorClass::Services}) {
        if (sectorClassId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

QString itStaffId(ItStaff staff)
{
    switch (staff) {
    case ItStaff::None:
        return u"none"_s;
    case ItStaff::PartTime:
        return u"part_time"_s;
    case ItStaff::Dedicated:
        return u"dedicated"_s;
    }
    return {};
}

std::optional<ItStaff> itStaffFromId(QStringView id)
{
    for (ItStaff s : {ItStaff::None, ItStaff::PartTime, ItStaff::Dedicated}) {
        if (itStaffId(s) == id) {
            return s;
        }
    }
    return std::nullopt;
}

std::optional<SectorClass> defaultSectorClass(QChar industry)
{
    switch (industry.unicode()) {
    case u'I':
        return std::nullopt;
    // 情報通信業, 学術研究・専門技術, 宿泊・飲食, 生活関連・娯楽, 教育, 医療・福祉, 複合サービス, その他サービス.
    // Software and information processing (政令: 3億円/300人) and restaurants (小売業) set sector_class.
    case u'G':
    case u'L':
    case u'M':
    case u'N':
    case u'O':
    case u'P':
    case u'Q':
    case u'R':
        return SectorClass::Services;
    default:
        return SectorClass::Manufacturing;
    }
}

const QStringList& cloudServiceIds()
{
    static const QStringList ids{u"mail"_s,        u"file_sharing"_s, u"accounting"_s, u"groupware"_s,
                                 u"web_meeting"_s, u"crm"_s,          u"payroll"_s,    u"other"_s};
    return ids;
}

const QStringList& protectionIds()
{
    static const QStringList ids{u"antivirus"_s, u"utm"_s,        u"backup"_s,    u"edr"_s,    u"mfa"_s,
                                 u"mdm"_s,       u"encryption"_s, u"insurance"_s, u"otasuke"_s};
    return ids;
}

const QStringList& industryLetters()
{
    static const QStringList letters = [] {
        QStringList out;
        for (char16_t c = u'A'; c <= u'T'; ++c) {
            out.append(QString(QChar(c)));
        }
        return out;
    }();
    return letters;
}

SectorClass Profile::sectorClass() const
{
    if (sectorClassOverride) {
        return *sectorClassOverride;
    }
    // A profile for industry I without a class only exists in memory (validation requires one);
    // retail has the strictest thresholds, so it never overstates the firm's size.
    return defaultSectorClass(industry).value_or(SectorClass::Retail);
}

Tier Profile::tier() const
{
    return deriveTier(sectorClass(), employees, capitalManYen);
}

Tier deriveTier(SectorClass sector, int employees, qint64 capitalManYen)
{
    const SectorThresholds t = thresholds(sector);
    if (employees <= t.microEmployees) {
        return Tier::Micro;
    }
    if (employees <= t.smeEmployees || (capitalManYen > 0 && capitalManYen <= t.smeCapitalManYen)) {
        return Tier::Small;
    }
    if (employees <= MidSizeEmployeeLimit) {
        return Tier::Medium;
    }
    return Tier::Large;
}

namespace {

template <typename T>
bool inRange(JsonChecker& check, const JsonNode& object, QLatin1StringView key, const JsonPath& path, T low, T high,
             T& target)
{
    const auto value = check.integer(object, key, path);
    if (!value) {
        return false;
    }
    if (*value < low || *value > high) {
        check.report(ErrorCode::Value, *object.member(QString(key)), path.child(QString(key)),
                     Tr::tr("must be between %1 and %2, found %3").arg(low).arg(high).arg(*value));
        return false;
    }
    target = T(*value);
    return true;
}

void checkList(JsonChecker& check, const JsonNode& object, QLatin1StringView key, const JsonPath& path,
               const QStringList& allowed, QStringList& target)
{
    const auto values = check.strings(object, key, path);
    if (!values) {
        return;
    }
    const QString name(key);
    const JsonNode& list = *object.member(name);
    const JsonPath listPath = path.child(name);
    QStringList accepted;
    for (qsizetype i = 0; i < values->size(); ++i) {
        const QString& v = values->at(i);
        if (!allowed.contains(v)) {
            check.report(ErrorCode::Value, list.items()[std::size_t(i)], listPath.at(i),
                         Tr::tr("unknown value \"%1\"; allowed: %2").arg(v, allowed.join(u", "_s)));
        } else if (accepted.contains(v)) {
            check.report(ErrorCode::Duplicate, list.items()[std::size_t(i)], listPath.at(i),
                         Tr::tr("\"%1\" is listed more than once").arg(v));
        } else {
            accepted.append(v);
        }
    }
    target = accepted;
}

} // namespace

Result<Profile> parseProfile(const QByteArray& json, const QString& fileName, bool strictText)
{
    auto doc = parseJson(json, fileName, JsonLimits{ProfileMaxBytes, 16});
    if (!doc) {
        return failure(doc.error());
    }
    Diagnostics diagnostics;
    JsonChecker check(fileName, doc->map, diagnostics);
    Profile p = checkProfile(check, doc->root, JsonPath{}, strictText);
    if (hasErrors(diagnostics)) {
        return failure(diagnostics);
    }
    return p;
}

Profile checkProfile(JsonChecker& check, const JsonNode& root, const JsonPath& path, bool strictText)
{
    Profile p;
    if (!check.object(root, path,
                      {{"format"_L1, false},
                       {"name"_L1, true},
                       {"industry"_L1, true},
                       {"sector_class"_L1, false},
                       {"prefecture"_L1, true},
                       {"employees"_L1, true},
                       {"capital_man_yen"_L1, true},
                       {"supplies_large_firms"_L1, false},
                       {"assets"_L1, true},
                       {"protections"_L1, false}})) {
        return p;
    }
    if (const auto format = check.integer(root, "format"_L1, path); format && *format != 1) {
        check.report(ErrorCode::Value, *root.member(u"format"_s), path.child(u"format"_s),
                     Tr::tr("unsupported profile format %1; this version reads format 1").arg(*format));
    }
    if (const auto name = check.string(root, "name"_L1, path)) {
        if (name->trimmed().isEmpty()) {
            check.report(ErrorCode::Missing, *root.member(u"name"_s), path.child(u"name"_s),
                         Tr::tr("the firm's name is empty"));
        } else if (const QString problem = strictText ? textProblem(*name, TextRules{false, MaxNameLength}) : QString();
                   !problem.isEmpty()) {
            check.report(ErrorCode::Value, *root.member(u"name"_s), path.child(u"name"_s),
                         Tr::tr("the firm's name %1").arg(problem));
        }
        p.name = name->trimmed();
    }
    if (const auto industry = check.string(root, "industry"_L1, path)) {
        if (!industryLetters().contains(*industry)) {
            check.report(
                ErrorCode::Value, *root.member(u"industry"_s), path.child(u"industry"_s),
                Tr::tr("unknown industry \"%1\"; use the 日本標準産業分類 division letter A–T").arg(*industry));
        } else {
            p.industry = industry->at(0);
        }
    }
    if (const auto sector = check.string(root, "sector_class"_L1, path)) {
        p.sectorClassOverride = sectorClassFromId(*sector);
        if (!p.sectorClassOverride) {
            check.report(ErrorCode::Value, *root.member(u"sector_class"_s), path.child(u"sector_class"_s),
                         Tr::tr("unknown sector class \"%1\"; allowed: manufacturing, wholesale, retail, services")
                             .arg(*sector));
        }
    } else if (!root.member(u"sector_class"_s) && p.industry == u'I' && root.member(u"industry"_s)) {
        check.report(ErrorCode::Missing, *root.member(u"industry"_s), path.child(u"industry"_s),
                     Tr::tr("industry I covers both wholesale and retail, which have different SME thresholds; "
                            "add \"sector_class\": \"wholesale\" or \"retail\""));
    }
    inRange<int>(check, root, "prefecture"_L1, path, 1, 47, p.prefecture);
    inRange<int>(check, root, "employees"_L1, path, 0, 10'000'000, p.employees);
    inRange<qint64>(check, root, "capital_man_yen"_L1, path, 0, 1'000'000'000'000LL, p.capitalManYen);
    if (const auto supplies = check.boolean(root, "supplies_large_firms"_L1, path)) {
        p.suppliesLargeFirms = *supplies;
    }
    checkList(check, root, "protections"_L1, path, protectionIds(), p.protections);

    if (const JsonNode* assets = root.member(u"assets"_s)) {
        const JsonPath ap = path.child(u"assets"_s);
        if (check.object(*assets, ap,
                         {{"pcs"_L1, true},
                          {"mobiles"_L1, false},
                          {"servers"_L1, false},
                          {"website"_L1, false},
                          {"ecommerce"_L1, false},
                          {"cloud"_L1, false},
                          {"remote_work"_L1, false},
                          {"wifi"_L1, false},
                          {"personal_info_records"_L1, false},
                          {"card_data"_L1, false},
                          {"ot_devices"_L1, false},
                          {"it_staff"_L1, true}})) {
            ItAssets& a = p.assets;
            inRange<int>(check, *assets, "pcs"_L1, ap, 0, 10'000'000, a.pcs);
            inRange<int>(check, *assets, "mobiles"_L1, ap, 0, 10'000'000, a.mobiles);
            inRange<int>(check, *assets, "servers"_L1, ap, 0, 10'000'000, a.servers);
            inRange<qint64>(check, *assets, "personal_info_records"_L1, ap, 0, 100'000'000'000LL,
                            a.personalInfoRecords);
            const std::pair<QLatin1StringView, bool*> flags[] = {
                {"website"_L1, &a.website}, {"ecommerce"_L1, &a.ecommerce}, {"remote_work"_L1, &a.remoteWork},
                {"wifi"_L1, &a.wifi},       {"card_data"_L1, &a.cardData},  {"ot_devices"_L1, &a.otDevices},
            };
            for (const auto& [key, target] : flags) {
                if (const auto value = check.boolean(*assets, key, ap)) {
                    *target = *value;
                }
            }
            checkList(check, *assets, "cloud"_L1, ap, cloudServiceIds(), a.cloud);
            if (const auto staff = check.string(*assets, "it_staff"_L1, ap)) {
                if (const auto parsed = itStaffFromId(*staff)) {
                    a.itStaff = *parsed;
                } else {
                    check.report(ErrorCode::Value, *assets->member(u"it_staff"_s), ap.child(u"it_staff"_s),
                                 Tr::tr("unknown value \"%1\"; allowed: none, part_time, dedicated").arg(*staff));
                }
            }
            if (a.ecommerce && !a.website) {
                if (assets->member(u"website"_s)) {
                    check.report(ErrorCode::Value, *assets->member(u"ecommerce"_s), ap.child(u"ecommerce"_s),
                                 Tr::tr("e-commerce needs a website; set \"website\" to true"));
                } else {
                    // An online shop is a website: a profile that names only the shop has both. Left
                    // false, the profile would be saved as one this reader refuses (found by fuzz_profile).
                    a.website = true;
                }
            }
        }
    }
    return p;
}

Result<Profile> loadProfile(const QString& path)
{
    const auto bytes = readFileBytes(path, ProfileMaxBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    return parseProfile(*bytes, path);
}

QJsonObject profileToJson(const Profile& p)
{
    QJsonObject assets{
        {u"pcs"_s, p.assets.pcs},
        {u"mobiles"_s, p.assets.mobiles},
        {u"servers"_s, p.assets.servers},
        {u"website"_s, p.assets.website},
        {u"ecommerce"_s, p.assets.ecommerce},
        {u"cloud"_s, QJsonArray::fromStringList(p.assets.cloud)},
        {u"remote_work"_s, p.assets.remoteWork},
        {u"wifi"_s, p.assets.wifi},
        {u"personal_info_records"_s, double(p.assets.personalInfoRecords)},
        {u"card_data"_s, p.assets.cardData},
        {u"ot_devices"_s, p.assets.otDevices},
        {u"it_staff"_s, itStaffId(p.assets.itStaff)},
    };
    QJsonObject out{
        {u"format"_s, 1},
        {u"name"_s, p.name},
        {u"industry"_s, QString(p.industry)},
        {u"prefecture"_s, p.prefecture},
        {u"employees"_s, p.employees},
        {u"capital_man_yen"_s, double(p.capitalManYen)},
        {u"supplies_large_firms"_s, p.suppliesLargeFirms},
        {u"assets"_s, assets},
        {u"protections"_s, QJsonArray::fromStringList(p.protections)},
    };
    if (p.sectorClassOverride) {
        out.insert(u"sector_class"_s, sectorClassId(*p.sectorClassOverride));
    }
    return out;
}

Result<bool> saveProfile(const Profile& profile, const QString& path)
{
    return writeFileAtomically(path, QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Indented));
}

} // namespace mamori
