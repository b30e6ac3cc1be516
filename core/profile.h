#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace mamori {

class JsonChecker;
class JsonNode;
struct JsonPath;

// Size tier derived from 中小企業基本法 (and, above it, 産業競争力強化法's 中堅企業).
enum class Tier
{
    Micro,
    Small,
    Medium,
    Large
};

// The industry groups 中小企業基本法 sets thresholds for.
enum class SectorClass
{
    Manufacturing,
    Wholesale,
    Retail,
    Services
};

enum class ItStaff
{
    None,
    PartTime,
    Dedicated
};

QString tierId(Tier tier);
std::optional<Tier> tierFromId(QStringView id);
QString sectorClassId(SectorClass sector);
std::optional<SectorClass> sectorClassFromId(QStringView id);
QString itStaffId(ItStaff staff);
std::optional<ItStaff> itStaffFromId(QStringView id);

// The default sector class for a 日本標準産業分類 division letter, or nullopt for "I" (卸売業，小売業),
// where only the firm knows whether it is a wholesaler or a retailer.
std::optional<SectorClass> defaultSectorClass(QChar industry);

struct ItAssets
{
    int pcs = 0;
    int mobiles = 0;
    int servers = 0;
    bool website = false;
    bool ecommerce = false;
    QStringList cloud;
    bool remoteWork = false;
    bool wifi = false;
    qint64 personalInfoRecords = 0;
    bool cardData = false;
    bool otDevices = false;
    ItStaff itStaff = ItStaff::None;
};

// Size, industry, region and IT assets of one firm (DESIGN.md "Profile").
struct Profile
{
    QString name;
    QChar industry = u'E';
    std::optional<SectorClass> sectorClassOverride;
    int prefecture = 13;
    int employees = 1;
    qint64 capitalManYen = 0;
    bool suppliesLargeFirms = false;
    ItAssets assets;
    QStringList protections;

    // The class whose thresholds apply: the profile's own choice, else the default for the industry.
    SectorClass sectorClass() const;
    Tier tier() const;
};

// Tier by 中小企業基本法 第2条 and 第5項 thresholds: a firm is an SME when it is within the employee OR the
// capital limit of its sector class; 小規模事業者 when also within the small-business employee limit.
// Above SME: 中堅 (medium) up to 2,000 employees (産業競争力強化法, 2024), then large.
Tier deriveTier(SectorClass sector, int employees, qint64 capitalManYen);

// The allowed values of the profile's list and enum fields; shared with the expression type checker.
const QStringList& cloudServiceIds();
const QStringList& protectionIds();
const QStringList& industryLetters();

// Reads and validates a profile. Every problem is reported with file, line, column and JSON path.
// `strictText` refuses a name with control or direction characters or over MaxNameLength (input from
// people and files); a profile already stored is read without it, so older data stays readable.
Result<Profile> parseProfile(const QByteArray& json, const QString& fileName, bool strictText = true);
Result<Profile> loadProfile(const QString& path);
// Validates a profile embedded in a larger document (an export), reporting through `check`; the
// returned profile is meaningful only when no error was reported.
Profile checkProfile(JsonChecker& check, const JsonNode& root, const JsonPath& path, bool strictText = true);

QJsonObject profileToJson(const Profile& profile);
// Writes atomically (temporary file, then rename): a crash never leaves half a profile.
Result<bool> saveProfile(const Profile& profile, const QString& path);

} // namespace mamori
