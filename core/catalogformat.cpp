#include "core/catalogformat.h"

#include "core/csv.h"
#include "core/format.h"
#include "core/json.h"
#include "core/jsonchecker.h"
#include "core/profilelabels.h"
#include "core/textcheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Catalog)
};

const QStringList ServiceColumns{
    u"id"_s,
    u"name"_s,
    u"name_en"_s,
    u"provider"_s,
    u"provider_en"_s,
    u"scheme"_s,
    u"type"_s,
    u"regions"_s,
    u"dispatch"_s,
    u"price_monthly"_s,
    u"price_unit"_s,
    u"tax"_s,
    u"initial_fee"_s,
    u"min_term_months"_s,
    u"min_devices"_s,
    u"max_devices"_s,
    u"max_employees"_s,
    u"capabilities"_s,
    u"subsidy"_s,
    u"insurance_cap"_s,
    u"helpdesk_hours"_s,
    u"contact"_s,
    u"source_url"_s,
    u"sources"_s,
    u"registered"_s,
    u"as_of"_s,
    u"sample"_s,
    u"note"_s,
    u"note_ja"_s,
};
const QStringList TalentColumns{
    u"id"_s,          u"display_name"_s, u"qualifications"_s, u"riss_number"_s, u"riss_training"_s, u"skills"_s,
    u"categories"_s,  u"industries"_s,   u"prefectures"_s,    u"onsite"_s,      u"remote"_s,        u"engagements"_s,
    u"fee_day_min"_s, u"fee_day_max"_s,  u"availability"_s,   u"languages"_s,   u"channels"_s,      u"contact"_s,
    u"source"_s,      u"as_of"_s,        u"sample"_s,
};

const QStringList& listColumns()
{
    static const QStringList lists{u"regions"_s,        u"sources"_s,     u"dispatch"_s,   u"capabilities"_s,
                                   u"qualifications"_s, u"skills"_s,      u"categories"_s, u"industries"_s,
                                   u"prefectures"_s,    u"engagements"_s, u"languages"_s,  u"channels"_s};
    return lists;
}

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return re;
}

QString joinedList(const QList<int>& codes, bool all)
{
    if (all) {
        return u"all"_s;
    }
    QStringList parts;
    for (int c : codes) {
        parts.append(QString::number(c));
    }
    return parts.join(u';');
}

QStringList sourceTexts(const std::vector<CatalogSource>& sources)
{
    QStringList out;
    for (const CatalogSource& source : sources) {
        out.append(sourceText(source));
    }
    return out;
}

QJsonArray codesToJson(const QList<int>& codes, bool all)
{
    QJsonArray a;
    if (all) {
        a.append(u"all"_s);
        return a;
    }
    for (int c : codes) {
        a.append(c);
    }
    return a;
}

} // namespace

QString sourceText(const CatalogSource& source)
{
    return QStringList{source.url, source.date.isValid() ? source.date.toString(Qt::ISODate) : QString(), source.kind,
                       source.covers.join(u", "_s)}
        .join(u" | "_s);
}

QString catalogKindId(CatalogKind kind)
{
    return kind == CatalogKind::Services ? u"services"_s : u"talent"_s;
}

const QStringList& catalogColumns(CatalogKind kind)
{
    return kind == CatalogKind::Services ? ServiceColumns : TalentColumns;
}

const RawField* RawRecord::field(QStringView name) const
{
    for (const auto& [key, value] : fields) {
        if (key == name) {
            return &value;
        }
    }
    return nullptr;
}

// The typed reading of one record's fields, each problem reported where the field stands.
class CatalogEntryReader::Fields
{
public:
    Fields(CatalogEntryReader& reader, const RawRecord& record) : m_r(reader), m_record(record) {}

    bool failed() const { return m_failed; }

    void report(const QString& name, ErrorCode code, const QString& message, Severity severity = Severity::Error)
    {
        const RawField* f = m_record.field(name);
        Diagnostic d{code, severity, m_r.m_file, f ? f->line : m_record.line, 0, {}, message};
        if (m_r.m_csv) {
            d.columnName = name;
        } else {
            d.column = f ? f->column : m_record.column;
            d.path = m_record.path + u'.' + name;
        }
        if (severity == Severity::Error) {
            m_failed = true;
        } else if (++m_r.m_warnings > JsonChecker::MaxProblems) {
            return; // a million rows with the same warning must not fill memory
        }
        m_r.m_out.append(d);
    }

    // The trimmed text of a field, empty when absent; lists are refused for scalar fields.
    QString text(const QString& name, bool required, int maxLength = 500)
    {
        const RawField* f = m_record.field(name);
        if (f && f->isList) {
            report(name, ErrorCode::Type, Tr::tr("expected one value, not a list"));
            return {};
        }
        QString value = f ? f->text.trimmed() : QString();
        if (value.isEmpty()) {
            if (required) {
                report(name, ErrorCode::Missing, Tr::tr("is required"));
            }
            return {};
        }
        if (value.size() > maxLength) {
            report(name, ErrorCode::Value, Tr::tr("is longer than %1 characters").arg(maxLength));
            return {};
        }
        // Control characters, and those that reverse the text after them in a list or a report.
        if (const QString problem = textProblem(value, TextRules{true, 0}); !problem.isEmpty()) {
            report(name, ErrorCode::Value, problem);
            return {};
        }
        return value;
    }

    QStringList list(const QString& name, bool required)
    {
        const RawField* f = m_record.field(name);
        QStringList items;
        if (f) {
            if (f->isList) {
                items = f->items;
            } else {
                for (const QString& part : f->text.split(u';')) {
                    items.append(part);
                }
            }
        }
        QStringList out;
        for (const QString& item : items) {
            const QString t = item.trimmed();
            if (!t.isEmpty() && !out.contains(t)) {
                out.append(t);
            }
        }
        if (out.isEmpty() && required) {
            report(name, ErrorCode::Missing, Tr::tr("needs at least one value"));
        }
        return out;
    }

    qint64 money(const QString& name, bool required, qint64 max = 10'000'000'000)
    {
        QString value = text(name, required);
        if (value.isEmpty()) {
            return 0;
        }
        // As Japanese Excel users type it: full-width digits and separators (１０，０００円) are read as
        // their plain forms (NFKC), then "\" too: Excel in Japan saves ¥ as the byte 0x5C, which Shift_JIS
        // decoders read as a backslash.
        value = value.normalized(QString::NormalizationForm_KC);
        value.remove(u',').remove(u'¥').remove(u'￥').remove(u'\\').remove(u"円"_s).remove(u' ');
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < 0 || n > max) {
            report(name, ErrorCode::Value,
                   Tr::tr("\"%1\" is not an amount in yen (a whole number from 0 to %2)")
                       .arg(m_record.field(name)->text.trimmed(), formatCount(max)));
            return 0;
        }
        return n;
    }

    int count(const QString& name, int max = 1'000'000)
    {
        const QString value = text(name, false).normalized(QString::NormalizationForm_KC).remove(u',');
        if (value.isEmpty()) {
            return 0;
        }
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < 0 || n > max) {
            report(name, ErrorCode::Value,
                   Tr::tr("\"%1\" is not a whole number from 0 to %2").arg(value, formatCount(max)));
            return 0;
        }
        return n;
    }

    bool flag(const QString& name, bool fallback)
    {
        const QString value = text(name, false).normalized(QString::NormalizationForm_KC).toLower();
        if (value.isEmpty()) {
            return fallback;
        }
        static const QStringList yes{u"true"_s, u"yes"_s, u"1"_s, u"y"_s, u"はい"_s, u"○"_s, u"〇"_s};
        static const QStringList no{u"false"_s, u"no"_s, u"0"_s, u"n"_s, u"いいえ"_s, u"×"_s, u"-"_s};
        if (yes.contains(value)) {
            return true;
        }
        if (no.contains(value)) {
            return false;
        }
        report(name, ErrorCode::Value, Tr::tr("\"%1\" is not yes or no (true/false, 1/0)").arg(value));
        return fallback;
    }

    QDate date(const QString& name, bool required = true)
    {
        const QString value = text(name, required).normalized(QString::NormalizationForm_KC);
        if (value.isEmpty()) {
            return {};
        }
        QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid()) {
            d = QDate::fromString(value, u"yyyy/M/d"_s);
        }
        if (!d.isValid()) {
            report(name, ErrorCode::Value, Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(value));
            return {};
        }
        if (d > QDate::currentDate().addDays(1)) {
            report(name, ErrorCode::Value,
                   Tr::tr("%1 lies in the future; give the date the facts were checked").arg(d.toString(Qt::ISODate)));
            return {};
        }
        return d;
    }

    // A closed list of ids: each item must be one of `allowed`.
    QStringList ids(const QString& name, const QStringList& allowed, bool required)
    {
        QStringList out;
        for (const QString& item : list(name, required)) {
            if (!allowed.contains(item)) {
                const QString hint = closestOf(item, allowed);
                report(name, ErrorCode::Value,
                       hint.isEmpty() ? Tr::tr("unknown value \"%1\"; allowed: %2").arg(item, allowed.join(u", "_s))
                                      : Tr::tr("unknown value \"%1\" (did you mean \"%2\"?)").arg(item, hint));
                continue;
            }
            out.append(item);
        }
        return out;
    }

    QString choice(const QString& name, const QStringList& allowed, const QString& fallback)
    {
        QString value = text(name, fallback.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            const QString hint = closestOf(value, allowed);
            report(name, ErrorCode::Value,
                   hint.isEmpty() ? Tr::tr("unknown value \"%1\"; allowed: %2").arg(value, allowed.join(u", "_s))
                                  : Tr::tr("unknown value \"%1\" (did you mean \"%2\"?)").arg(value, hint));
            return fallback;
        }
        return value;
    }

    // "URL | YYYY-MM-DD | kind | fact, fact" per source; the date, kind and facts may be left out.
    std::vector<CatalogSource> sources(const QString& name)
    {
        std::vector<CatalogSource> out;
        for (const QString& item : list(name, false)) {
            const QStringList parts = item.split(u'|');
            CatalogSource source;
            source.url = parts.value(0).trimmed();
            if (!source.url.startsWith(u"https://"_s) && !source.url.startsWith(u"http://"_s)) {
                report(name, ErrorCode::Value,
                       Tr::tr("\"%1\" does not start with a web address; write URL | YYYY-MM-DD | kind | facts")
                           .arg(item.left(80)));
                continue;
            }
            if (source.url.size() > 500 || source.url.contains(u' ') ||
                !textProblem(source.url, TextRules{true, 0}).isEmpty()) {
                report(name, ErrorCode::Value, Tr::tr("\"%1\" is not a web address").arg(source.url.left(80)));
                continue;
            }
            if (parts.size() > 4) {
                report(name, ErrorCode::Value,
                       Tr::tr("a source has at most four parts (URL | YYYY-MM-DD | kind | facts): \"%1\"")
                           .arg(item.left(80)));
                continue;
            }
            const QString dateText = parts.value(1).trimmed().normalized(QString::NormalizationForm_KC);
            if (!dateText.isEmpty()) {
                source.date = QDate::fromString(dateText, Qt::ISODate);
                if (!source.date.isValid() || source.date > QDate::currentDate().addDays(1)) {
                    report(name, ErrorCode::Value,
                           Tr::tr("\"%1\" is not the date the source was published or read (YYYY-MM-DD, not in "
                                  "the future)")
                               .arg(dateText));
                    continue;
                }
            }
            source.kind = parts.value(2).trimmed();
            if (!source.kind.isEmpty() && !sourceKindIds().contains(source.kind)) {
                report(name, ErrorCode::Value,
                       Tr::tr("unknown kind of source \"%1\"; allowed: %2")
                           .arg(source.kind, sourceKindIds().join(u", "_s)));
                continue;
            }
            const QString facts = parts.value(3);
            for (const QString& fact : facts.split(QRegularExpression(u"[,、\\s]+"_s), Qt::SkipEmptyParts)) {
                if (!sourceFactIds().contains(fact)) {
                    const QString hint = closestOf(fact, sourceFactIds());
                    report(name, ErrorCode::Value,
                           hint.isEmpty()
                               ? Tr::tr("unknown fact \"%1\"; allowed: %2").arg(fact, sourceFactIds().join(u", "_s))
                               : Tr::tr("unknown fact \"%1\" (did you mean \"%2\"?)").arg(fact, hint));
                    continue;
                }
                if (!source.covers.contains(fact)) {
                    source.covers.append(fact);
                }
            }
            out.push_back(std::move(source));
        }
        return out;
    }

    // The rules of the お助け隊 scheme (サービス基準; docs/sources.md): the four components and an
    // on-site dispatch area for every registered service, the 1類 price caps, and the 新類型 as a free
    // pilot. Errors: a catalog that breaks them would show a firm a service that cannot be what it says.
    void checkScheme(const ServiceEntry& e)
    {
        if (e.scheme == Scheme::Otasuke1 || e.scheme == Scheme::Otasuke2) {
            QStringList missing;
            for (const QString& cap :
                 {u"helpdesk"_s, u"monitoring_24h"_s, u"onsite_response"_s, u"cyber_insurance"_s}) {
                if (!e.capabilities.contains(cap)) {
                    missing.append(cap);
                }
            }
            if (!missing.isEmpty()) {
                report(u"capabilities"_s, ErrorCode::Value,
                       Tr::tr("an お助け隊 service includes a help desk, 24-hour monitoring, on-site response and "
                              "simple cyber insurance; missing: %1")
                           .arg(missing.join(u", "_s)));
            }
            if (e.dispatch.isEmpty() && !e.dispatchNationwide && !e.dispatchUnknown) {
                report(u"dispatch"_s, ErrorCode::Value,
                       Tr::tr("an お助け隊 service sends an engineer on site when asked; list where (or \"all\")"));
            }
            if (e.type != u"network"_s && e.type != u"endpoint"_s && e.type != u"hybrid"_s) {
                report(u"type"_s, ErrorCode::Value,
                       Tr::tr("an お助け隊 service is of the network, endpoint or hybrid type"));
            }
        }
        if (e.scheme == Scheme::Otasuke1 && e.pricePublished) {
            // The caps are on the price before tax; a price given with tax is compared without it.
            const qint64 beforeTax = e.tax == TaxBasis::Included ? (e.priceMonthly * 10 + 10) / 11 : e.priceMonthly;
            if (e.type == u"network"_s && (e.priceUnit != PriceUnit::Site || beforeTax > 10'000)) {
                report(u"price_monthly"_s, ErrorCode::Value,
                       Tr::tr("the 1類 network type is capped at ¥10,000 a month per site (compared before tax)"));
            }
            if (e.type == u"endpoint"_s && (e.priceUnit != PriceUnit::Device || beforeTax > 2'000)) {
                report(u"price_monthly"_s, ErrorCode::Value,
                       Tr::tr("the 1類 endpoint type is capped at ¥2,000 a month per device (compared before tax)"));
            }
        }
        if (e.scheme == Scheme::OtasukeNew && (!e.pricePublished || e.priceMonthly != 0 || e.initialFee != 0)) {
            report(u"price_monthly"_s, ErrorCode::Value,
                   Tr::tr("the 新類型 is a free pilot run by METI and IPA; its price is 0"));
        }
        if (!e.sample && isOtasuke(e.scheme) && e.sources.empty()) {
            report(u"sources"_s, ErrorCode::Missing,
                   Tr::tr("a registered service needs its sources: URL | date | kind | facts for each"));
        }
        // Each fact shown to a firm should be traceable; a warning, as a source may support a fact
        // without saying which.
        if (!e.sources.empty()) {
            QSet<QString> covered;
            for (const CatalogSource& source : e.sources) {
                for (const QString& fact : source.covers) {
                    covered.insert(fact);
                }
            }
            QStringList uncovered;
            const auto need = [&](bool stated, const QString& fact) {
                if (stated && !covered.contains(fact)) {
                    uncovered.append(fact);
                }
            };
            need(e.pricePublished, u"price"_s);
            need(!e.regionsUnknown, u"regions"_s);
            need(e.subsidy, u"subsidy"_s);
            need(e.registered.isValid(), u"registration"_s);
            need(e.tax != TaxBasis::Unknown, u"tax"_s);
            if (!covered.isEmpty() && !uncovered.isEmpty()) {
                report(u"sources"_s, ErrorCode::Value,
                       Tr::tr("no source is named for: %1").arg(uncovered.join(u", "_s)), Severity::Warning);
            }
        }
    }

    // Prefectures by JIS code (13) or name (東京都, 東京, Tokyo); "all" (全国) for the whole country.
    QList<int> prefectures(const QString& name, bool allowAll, bool* all, bool required)
    {
        QList<int> out;
        if (all) {
            *all = false;
        }
        const QStringList items = list(name, required);
        for (const QString& item : items) {
            const QString lower = item.toLower();
            if (lower == u"all"_s || lower == u"nationwide"_s || item == u"全国"_s) {
                if (!allowAll) {
                    report(name, ErrorCode::Value, Tr::tr("list the prefectures; \"all\" is not allowed here"));
                    continue;
                }
                if (items.size() > 1) {
                    report(name, ErrorCode::Value, Tr::tr("\"all\" must stand alone"));
                }
                *all = true;
                continue;
            }
            bool ok = false;
            int code = item.toInt(&ok);
            if (!ok) {
                code = 0;
                for (int c = 1; c <= 47; ++c) {
                    const LocalizedText n = prefectureName(c);
                    QString shortJa = n.ja;
                    if (c != 1 && (shortJa.endsWith(u'県') || shortJa.endsWith(u'府') || shortJa.endsWith(u'都'))) {
                        shortJa.chop(1);
                    }
                    if (item == n.ja || item == shortJa || lower == n.en.toLower()) {
                        code = c;
                        break;
                    }
                }
            }
            if (code < 1 || code > 47) {
                report(name, ErrorCode::Value,
                       Tr::tr("\"%1\" is not a prefecture (JIS code 1–47 or its name)").arg(item));
                continue;
            }
            if (!out.contains(code)) {
                out.append(code);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    CatalogEntryReader& m_r;
    const RawRecord& m_record;
    bool m_failed = false;
};

CatalogEntryReader::CatalogEntryReader(QString fileName, bool csv, Diagnostics& out, const Vocabulary& capabilities,
                                       QSet<QString> knownAreas)
    : m_file(std::move(fileName)), m_csv(csv), m_out(out), m_capabilities(capabilities),
      m_knownAreas(std::move(knownAreas))
{}

bool CatalogEntryReader::checkColumns(CatalogKind kind, const QStringList& header, int line)
{
    const QStringList& known = catalogColumns(kind);
    bool ok = true;
    QSet<QString> seen;
    for (const QString& name : header) {
        if (name.isEmpty()) {
            continue; // Excel's trailing empty columns; a value under one is reported row by row
        }
        const auto report = [&](ErrorCode code, const QString& message) {
            Diagnostic d{code, Severity::Error, m_file, line, 0, {}, message};
            d.columnName = name.isEmpty() ? u"?"_s : name;
            m_out.append(d);
            ok = false;
        };
        if (seen.contains(name)) {
            report(ErrorCode::Duplicate, Tr::tr("this column is named twice"));
        }
        seen.insert(name);
        if (!known.contains(name)) {
            const QString hint = closestOf(name, known);
            report(ErrorCode::UnknownKey,
                   hint.isEmpty() ? Tr::tr("unknown column; the columns are: %1 (docs/catalog-format.md, where "
                                           "their Japanese names are listed too)")
                                        .arg(known.join(u", "_s))
                                  : Tr::tr("unknown column (did you mean \"%1\"?)").arg(hint));
        }
    }
    const QStringList required =
        kind == CatalogKind::Services
            ? QStringList{u"id"_s,      u"name"_s,          u"provider"_s,   u"scheme"_s,       u"type"_s,
                          u"regions"_s, u"price_monthly"_s, u"price_unit"_s, u"capabilities"_s, u"as_of"_s}
            : QStringList{u"id"_s, u"display_name"_s, u"skills"_s, u"as_of"_s};
    for (const QString& name : required) {
        if (!seen.contains(name)) {
            Diagnostic d{ErrorCode::Missing, Severity::Error, m_file, line, 0, {}, Tr::tr("this column is required")};
            d.columnName = name;
            m_out.append(d);
            ok = false;
        }
    }
    return ok;
}

std::optional<ServiceEntry> CatalogEntryReader::service(const RawRecord& record)
{
    Fields f(*this, record);
    ServiceEntry e;
    e.id = f.text(u"id"_s, true, 64);
    if (!e.id.isEmpty() && !idPattern().match(e.id).hasMatch()) {
        f.report(u"id"_s, ErrorCode::Value,
                 Tr::tr("\"%1\" is not a valid id (letters, digits, '.', '_' and '-', up to 64)").arg(e.id));
    }
    e.name = f.text(u"name"_s, true, 200);
    e.nameEn = f.text(u"name_en"_s, false, 200);
    e.provider = f.text(u"provider"_s, true, 200);
    e.providerEn = f.text(u"provider_en"_s, false, 200);
    static const QStringList schemes{u"otasuke-1"_s, u"otasuke-2"_s, u"otasuke-new"_s, u"other"_s};
    e.scheme = schemeFromId(f.choice(u"scheme"_s, schemes, QString())).value_or(Scheme::Other);
    e.type = f.choice(u"type"_s, serviceTypeIds(), QString());
    // "unknown" (不明): the provider has not published where it works. Said as such, it is a fact a
    // firm can act on (ask), where a guessed list would be a claim nobody made.
    const auto unknownArea = [&record](const QString& name) {
        const RawField* field = record.field(name);
        const QString value = field && !field->isList             ? field->text.trimmed().toLower()
                              : field && field->items.size() == 1 ? field->items.first().trimmed().toLower()
                                                                  : QString();
        return value == u"unknown"_s || value == u"不明"_s;
    };
    e.regionsUnknown = unknownArea(u"regions"_s);
    if (!e.regionsUnknown) {
        e.regions = f.prefectures(u"regions"_s, true, &e.nationwide, true);
    }
    e.dispatchUnknown = unknownArea(u"dispatch"_s);
    if (!e.dispatchUnknown) {
        e.dispatch = f.prefectures(u"dispatch"_s, true, &e.dispatchNationwide, false);
    }
    // Many providers quote on request: "ask" (or 要問い合わせ) says the price is not published, which
    // is a fact of its own, unlike a price left out by mistake.
    const RawField* price = record.field(u"price_monthly");
    const QString priceText =
        price && !price->isList ? price->text.trimmed().normalized(QString::NormalizationForm_KC) : QString();
    if (priceText.compare(u"ask"_s, Qt::CaseInsensitive) == 0 || priceText == u"要問い合わせ"_s ||
        priceText == u"問い合わせ"_s || priceText == u"要見積"_s) {
        e.pricePublished = false;
    } else {
        e.priceMonthly = f.money(u"price_monthly"_s, true);
    }
    static const QStringList units{u"site"_s, u"device"_s, u"employee"_s};
    const QString unit = f.choice(u"price_unit"_s, units, QString());
    e.priceUnit = unit == u"device"_s     ? PriceUnit::Device
                  : unit == u"employee"_s ? PriceUnit::Employee
                                          : PriceUnit::Site;
    static const QStringList taxes{u"included"_s, u"excluded"_s, u"unknown"_s, u"税込"_s, u"税抜"_s, u"税別"_s};
    e.tax = taxBasisFromId(f.choice(u"tax"_s, taxes, u"unknown"_s)).value_or(TaxBasis::Unknown);
    e.initialFee = f.money(u"initial_fee"_s, false);
    e.minTermMonths = f.count(u"min_term_months"_s, 120);
    e.minDevices = f.count(u"min_devices"_s);
    e.maxDevices = f.count(u"max_devices"_s);
    e.maxEmployees = f.count(u"max_employees"_s);
    if (e.maxDevices > 0 && e.minDevices > e.maxDevices) {
        f.report(u"max_devices"_s, ErrorCode::Value, Tr::tr("is below min_devices (%1)").arg(e.minDevices));
    }
    e.capabilities = f.ids(u"capabilities"_s, m_capabilities.ids(), true);
    e.subsidy = f.flag(u"subsidy"_s, false);
    e.insuranceCap = f.money(u"insurance_cap"_s, false);
    e.helpdeskHours = f.text(u"helpdesk_hours"_s, false, 100);
    e.contact = f.text(u"contact"_s, false, 200);
    e.sample = f.flag(u"sample"_s, false);
    e.sourceUrl = f.text(u"source_url"_s, !e.sample, 500);
    if (!e.sourceUrl.isEmpty() && !e.sourceUrl.startsWith(u"https://"_s) && !e.sourceUrl.startsWith(u"http://"_s)) {
        f.report(u"source_url"_s, ErrorCode::Value, Tr::tr("must be a web address starting with https://"));
    }
    e.sources = f.sources(u"sources"_s);
    e.registered = f.date(u"registered"_s, false);
    e.asOf = f.date(u"as_of"_s);
    e.note = f.text(u"note"_s, false, 2000);
    e.noteJa = f.text(u"note_ja"_s, false, 2000);
    if (f.failed()) {
        return std::nullopt;
    }
    f.checkScheme(e);
    if (f.failed()) {
        return std::nullopt;
    }
    return e;
}

std::optional<TalentEntry> CatalogEntryReader::talent(const RawRecord& record)
{
    Fields f(*this, record);
    TalentEntry e;
    e.id = f.text(u"id"_s, true, 64);
    if (!e.id.isEmpty() && !idPattern().match(e.id).hasMatch()) {
        f.report(u"id"_s, ErrorCode::Value,
                 Tr::tr("\"%1\" is not a valid id (letters, digits, '.', '_' and '-', up to 64)").arg(e.id));
    }
    e.displayName = f.text(u"display_name"_s, true, 100);
    e.qualifications = f.ids(u"qualifications"_s, qualificationIds(), false);
    e.rissNumber = f.text(u"riss_number"_s, false, 20).normalized(QString::NormalizationForm_KC);
    static const QRegularExpression sixDigits(u"^[0-9]{6}$"_s);
    static const QRegularExpression fewerDigits(u"^[0-9]{1,5}$"_s);
    if (e.hasRiss()) {
        if (e.rissNumber.isEmpty()) {
            f.report(u"riss_number"_s, ErrorCode::Missing,
                     Tr::tr("a 情報処理安全確保支援士 is listed with the registration number"));
        } else if (fewerDigits.match(e.rissNumber).hasMatch()) {
            // Excel reads 001234 as the number 1234 and saves it so.
            f.report(u"riss_number"_s, ErrorCode::Value,
                     Tr::tr("\"%1\" has fewer than 6 digits: Excel drops leading zeros; write it as \"%2\" and "
                            "format the column as text")
                         .arg(e.rissNumber, e.rissNumber.rightJustified(6, u'0')));
        } else if (!sixDigits.match(e.rissNumber).hasMatch()) {
            f.report(u"riss_number"_s, ErrorCode::Value,
                     Tr::tr("\"%1\" is not a registration number (6 digits)").arg(e.rissNumber));
        }
        e.rissTraining = f.choice(u"riss_training"_s, {u"current"_s, u"overdue"_s, u"unknown"_s}, u"unknown"_s);
    } else {
        if (!e.rissNumber.isEmpty()) {
            f.report(u"riss_number"_s, ErrorCode::Value,
                     Tr::tr("a registration number needs \"riss\" among the qualifications"));
        }
        if (!f.text(u"riss_training"_s, false).isEmpty()) {
            f.report(u"riss_training"_s, ErrorCode::Value,
                     Tr::tr("training status applies only with \"riss\" among the qualifications"));
        }
    }
    e.skills = f.ids(u"skills"_s, m_capabilities.ids(), true);
    static const QRegularExpression area(u"^[a-z0-9][a-z0-9._-]*:[a-z0-9][a-z0-9_-]*$"_s);
    for (const QString& c : f.list(u"categories"_s, false)) {
        if (!area.match(c).hasMatch()) {
            f.report(u"categories"_s, ErrorCode::Value,
                     Tr::tr("\"%1\" is not an area of a questionnaire (pack-id:category-id)").arg(c));
            continue;
        }
        if (!m_knownAreas.isEmpty() && !m_knownAreas.contains(c)) {
            f.report(u"categories"_s, ErrorCode::Reference,
                     Tr::tr("no installed questionnaire has the area \"%1\"").arg(c), Severity::Warning);
        }
        e.categories.append(c);
    }
    for (const QString& letter : f.list(u"industries"_s, false)) {
        if (letter.size() != 1 || industryName(letter[0].toUpper()).ja.isEmpty()) {
            f.report(u"industries"_s, ErrorCode::Value,
                     Tr::tr("\"%1\" is not an industry division (a letter A–T)").arg(letter));
            continue;
        }
        e.industries.append(letter.toUpper());
    }
    e.prefectures = f.prefectures(u"prefectures"_s, false, nullptr, false);
    e.onsite = f.flag(u"onsite"_s, !e.prefectures.isEmpty());
    e.remote = f.flag(u"remote"_s, false);
    if (e.onsite && e.prefectures.isEmpty()) {
        f.report(u"prefectures"_s, ErrorCode::Missing, Tr::tr("on-site work needs the prefectures served"));
    }
    if (!e.onsite && !e.remote) {
        f.report(u"remote"_s, ErrorCode::Value, Tr::tr("works neither on site nor remotely; set one of them"));
    }
    e.engagements = f.ids(u"engagements"_s, engagementIds(), false);
    e.feeDayMin = f.money(u"fee_day_min"_s, false, 10'000'000);
    e.feeDayMax = f.money(u"fee_day_max"_s, false, 10'000'000);
    if (e.feeDayMax == 0) {
        e.feeDayMax = e.feeDayMin;
    } else if (e.feeDayMax < e.feeDayMin) {
        f.report(u"fee_day_max"_s, ErrorCode::Value, Tr::tr("is below fee_day_min (%1)").arg(e.feeDayMin));
    }
    const QString availability =
        f.choice(u"availability"_s, {u"available"_s, u"limited"_s, u"unavailable"_s}, u"available"_s);
    e.availability = availability == u"limited"_s       ? Availability::Limited
                     : availability == u"unavailable"_s ? Availability::Unavailable
                                                        : Availability::Available;
    static const QRegularExpression language(u"^[a-z]{2}$"_s);
    for (const QString& l : f.list(u"languages"_s, false)) {
        if (!language.match(l).hasMatch()) {
            f.report(u"languages"_s, ErrorCode::Value, Tr::tr("\"%1\" is not a two-letter language code").arg(l));
            continue;
        }
        e.languages.append(l);
    }
    if (e.languages.isEmpty()) {
        e.languages.append(u"ja"_s);
    }
    e.channels = f.ids(u"channels"_s, channelIds(), false);
    e.contact = f.text(u"contact"_s, false, 200);
    e.sample = f.flag(u"sample"_s, false);
    e.source = f.text(u"source"_s, !e.sample, 500);
    e.asOf = f.date(u"as_of"_s);
    if (f.failed()) {
        return std::nullopt;
    }
    return e;
}

RawRecord rawRecordFromCsv(const QStringList& header, const QStringList& cells, int line)
{
    RawRecord r;
    r.line = line;
    r.fields.reserve(header.size());
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i].isEmpty()) {
            continue; // a column without a name and without values (checked by the reader)
        }
        RawField f;
        f.text = i < cells.size() ? cells[i] : QString();
        // Undo csvCell()'s guard against spreadsheet formulas, so an export imports unchanged.
        if (f.text.size() >= 2 && f.text[0] == u'\'' && QStringView(u"=+-@\t\r").contains(f.text[1])) {
            f.text.remove(0, 1);
        }
        f.line = line;
        r.fields.append({header[i], std::move(f)});
    }
    return r;
}

RawRecord rawRecordFromJson(const QJsonObject& object)
{
    RawRecord r;
    for (auto it = object.begin(); it != object.end(); ++it) {
        RawField f;
        const QJsonValue v = it.value();
        if (v.isArray()) {
            f.isList = true;
            for (const QJsonValue item : v.toArray()) {
                f.items.append(item.isDouble() ? QString::number(item.toInteger()) : item.toString());
            }
        } else if (v.isDouble()) {
            f.text = QString::number(v.toInteger());
        } else if (v.isBool()) {
            f.text = v.toBool() ? u"true"_s : u"false"_s;
        } else {
            f.text = v.toString();
        }
        r.fields.append({it.key(), std::move(f)});
    }
    return r;
}

QJsonObject serviceToJson(const ServiceEntry& e)
{
    QJsonObject o{
        {u"id"_s, e.id},
        {u"name"_s, e.name},
        {u"provider"_s, e.provider},
        {u"scheme"_s, schemeId(e.scheme)},
        {u"type"_s, e.type},
        {u"regions"_s, e.regionsUnknown ? QJsonValue(u"unknown"_s) : QJsonValue(codesToJson(e.regions, e.nationwide))},
        {u"dispatch"_s,
         e.dispatchUnknown ? QJsonValue(u"unknown"_s) : QJsonValue(codesToJson(e.dispatch, e.dispatchNationwide))},
        {u"price_monthly"_s, e.pricePublished ? QJsonValue(e.priceMonthly) : QJsonValue(u"ask"_s)},
        {u"price_unit"_s, priceUnitId(e.priceUnit)},
        {u"initial_fee"_s, e.initialFee},
        {u"min_term_months"_s, e.minTermMonths},
        {u"min_devices"_s, e.minDevices},
        {u"max_devices"_s, e.maxDevices},
        {u"max_employees"_s, e.maxEmployees},
        {u"capabilities"_s, QJsonArray::fromStringList(e.capabilities)},
        {u"subsidy"_s, e.subsidy},
        {u"insurance_cap"_s, e.insuranceCap},
        {u"as_of"_s, e.asOf.toString(Qt::ISODate)},
        {u"sample"_s, e.sample},
    };
    const auto optional = [&o](const QString& key, const QString& value) {
        if (!value.isEmpty()) {
            o.insert(key, value);
        }
    };
    optional(u"name_en"_s, e.nameEn);
    optional(u"provider_en"_s, e.providerEn);
    optional(u"helpdesk_hours"_s, e.helpdeskHours);
    optional(u"contact"_s, e.contact);
    optional(u"source_url"_s, e.sourceUrl);
    optional(u"note"_s, e.note);
    optional(u"note_ja"_s, e.noteJa);
    optional(u"tax"_s, taxBasisId(e.tax));
    if (e.registered.isValid()) {
        o.insert(u"registered"_s, e.registered.toString(Qt::ISODate));
    }
    if (!e.sources.empty()) {
        o.insert(u"sources"_s, QJsonArray::fromStringList(sourceTexts(e.sources)));
    }
    return o;
}

QJsonObject talentToJson(const TalentEntry& e)
{
    QJsonObject o{
        {u"id"_s, e.id},
        {u"display_name"_s, e.displayName},
        {u"qualifications"_s, QJsonArray::fromStringList(e.qualifications)},
        {u"skills"_s, QJsonArray::fromStringList(e.skills)},
        {u"categories"_s, QJsonArray::fromStringList(e.categories)},
        {u"industries"_s, QJsonArray::fromStringList(e.industries)},
        {u"prefectures"_s, codesToJson(e.prefectures, false)},
        {u"onsite"_s, e.onsite},
        {u"remote"_s, e.remote},
        {u"engagements"_s, QJsonArray::fromStringList(e.engagements)},
        {u"fee_day_min"_s, e.feeDayMin},
        {u"fee_day_max"_s, e.feeDayMax},
        {u"availability"_s, availabilityId(e.availability)},
        {u"languages"_s, QJsonArray::fromStringList(e.languages)},
        {u"channels"_s, QJsonArray::fromStringList(e.channels)},
        {u"as_of"_s, e.asOf.toString(Qt::ISODate)},
        {u"sample"_s, e.sample},
    };
    if (e.hasRiss()) {
        o.insert(u"riss_number"_s, e.rissNumber);
        o.insert(u"riss_training"_s, e.rissTraining);
    }
    if (!e.contact.isEmpty()) {
        o.insert(u"contact"_s, e.contact);
    }
    if (!e.source.isEmpty()) {
        o.insert(u"source"_s, e.source);
    }
    return o;
}

QString csvCell(const QString& value)
{
    QString v = value;
    // A spreadsheet runs a cell starting with these as a formula; a leading apostrophe keeps it text.
    if (!v.isEmpty() &&
        (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' || v[0] == u'\t' || v[0] == u'\r')) {
        v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        return u'"' + v + u'"';
    }
    return v;
}

QString csvHeader(CatalogKind kind)
{
    return catalogColumns(kind).join(u',');
}

QString serviceToCsv(const ServiceEntry& e)
{
    const auto yesNo = [](bool b) {
        return b ? u"true"_s : u"false"_s;
    };
    const QStringList cells{
        e.id,
        e.name,
        e.nameEn,
        e.provider,
        e.providerEn,
        schemeId(e.scheme),
        e.type,
        e.regionsUnknown ? u"unknown"_s : joinedList(e.regions, e.nationwide),
        e.dispatchUnknown ? u"unknown"_s : joinedList(e.dispatch, e.dispatchNationwide),
        e.pricePublished ? QString::number(e.priceMonthly) : u"ask"_s,
        priceUnitId(e.priceUnit),
        taxBasisId(e.tax),
        QString::number(e.initialFee),
        QString::number(e.minTermMonths),
        QString::number(e.minDevices),
        QString::number(e.maxDevices),
        QString::number(e.maxEmployees),
        e.capabilities.join(u';'),
        yesNo(e.subsidy),
        QString::number(e.insuranceCap),
        e.helpdeskHours,
        e.contact,
        e.sourceUrl,
        sourceTexts(e.sources).join(u"; "_s),
        e.registered.isValid() ? e.registered.toString(Qt::ISODate) : QString(),
        e.asOf.toString(Qt::ISODate),
        yesNo(e.sample),
        e.note,
        e.noteJa,
    };
    QStringList out;
    for (const QString& c : cells) {
        out.append(csvCell(c));
    }
    return out.join(u',');
}

QString talentToCsv(const TalentEntry& e)
{
    const auto yesNo = [](bool b) {
        return b ? u"true"_s : u"false"_s;
    };
    const QStringList cells{
        e.id,
        e.displayName,
        e.qualifications.join(u';'),
        e.rissNumber,
        e.hasRiss() ? e.rissTraining : QString(),
        e.skills.join(u';'),
        e.categories.join(u';'),
        e.industries.join(u';'),
        joinedList(e.prefectures, false),
        yesNo(e.onsite),
        yesNo(e.remote),
        e.engagements.join(u';'),
        QString::number(e.feeDayMin),
        QString::number(e.feeDayMax),
        availabilityId(e.availability),
        e.languages.join(u';'),
        e.channels.join(u';'),
        e.contact,
        e.source,
        e.asOf.toString(Qt::ISODate),
        yesNo(e.sample),
    };
    QStringList out;
    for (const QString& c : cells) {
        out.append(csvCell(c));
    }
    return out.join(u',');
}

namespace {

// A whole number that converts to qint64. Found by fuzzing (tests/fuzz): `v == qint64(v)` on 1e300
// converts an out-of-range double to an integer, which is undefined behaviour (in practice any
// number); the range [-2^63, 2^63) is checked first, so every value accepted before still is.
bool isWholeNumber(double v)
{
    return v >= -0x1p63 && v < 0x1p63 && std::trunc(v) == v;
}

// A JSON value of the catalog file as raw text or list, with its position, or a type problem.
bool rawFieldFromNode(const JsonNode& node, const SourceMap& map, RawField& f)
{
    f.line = map.line(node.offset());
    f.column = map.column(node.offset());
    switch (node.type()) {
    case JsonNode::Type::Null:
        return true;
    case JsonNode::Type::Bool:
        f.text = node.toBool() ? u"true"_s : u"false"_s;
        return true;
    case JsonNode::Type::Number:
        f.text = QString::number(node.toNumber(), 'f', isWholeNumber(node.toNumber()) ? 0 : 2);
        return true;
    case JsonNode::Type::String:
        f.text = node.toString();
        return true;
    case JsonNode::Type::Array:
        f.isList = true;
        for (const JsonNode& item : node.items()) {
            if (item.isString()) {
                f.items.append(item.toString());
            } else if (item.isNumber() && isWholeNumber(item.toNumber())) {
                f.items.append(QString::number(qint64(item.toNumber())));
            } else {
                return false;
            }
        }
        return true;
    case JsonNode::Type::Object:
        return false;
    }
    return false;
}

Diagnostics readJsonCatalog(const QString& path, const CatalogFileVisitor& visitor, const Vocabulary& capabilities,
                            const QSet<QString>& knownAreas)
{
    Diagnostics out;
    auto doc = readJsonFile(path);
    if (!doc) {
        return doc.error();
    }
    JsonChecker check(path, doc->map, out);
    const JsonPath root;
    if (!check.object(doc->root, root,
                      {{"format"_L1, true},
                       {"compiled"_L1, false},
                       {"note"_L1, false},
                       {"version"_L1, false},
                       {"services"_L1, false},
                       {"talent"_L1, false}})) {
        return out;
    }
    if (const auto format = check.integer(doc->root, "format"_L1, root); format && *format != 1) {
        check.report(ErrorCode::Value, *doc->root.member(u"format"_s), root.child(u"format"_s),
                     Tr::tr("format %1 is not known to this Mamori (it reads format 1)").arg(*format));
        return out;
    }
    // When the list as a whole was put together: the date the GUI compares with today to say that a
    // bundled or shared catalog is getting old.
    if (const JsonNode* compiled = doc->root.member(u"compiled"_s)) {
        const QDate date = compiled->isString() ? QDate::fromString(compiled->toString(), Qt::ISODate) : QDate();
        if (!date.isValid() || date > QDate::currentDate().addDays(1)) {
            check.report(ErrorCode::Value, *compiled, root.child(u"compiled"_s),
                         Tr::tr("expected the date the catalog was compiled (YYYY-MM-DD, not in the future)"));
            return out;
        }
        if (visitor.compiled) {
            visitor.compiled(date);
        }
    }
    CatalogEntryReader reader(path, false, out, capabilities, knownAreas);
    qint64 done = 0;
    qint64 total = 0;
    for (const char* kindKey : {"services", "talent"}) {
        if (const JsonNode* list = doc->root.member(QLatin1StringView(kindKey)); list && list->isArray()) {
            total += qint64(list->items().size());
        }
    }
    for (const CatalogKind kind : {CatalogKind::Services, CatalogKind::Talent}) {
        const QString key = catalogKindId(kind);
        const JsonNode* list =
            check.array(doc->root, QLatin1StringView(kind == CatalogKind::Services ? "services" : "talent"), root);
        if (!list) {
            continue;
        }
        const JsonPath listPath = root.child(key);
        QHash<QString, int> seen;
        for (std::size_t i = 0; i < list->items().size(); ++i) {
            const JsonNode& item = list->items()[i];
            const JsonPath itemPath = listPath.at(qsizetype(i));
            if (!check.map(item, itemPath)) {
                continue;
            }
            RawRecord record;
            record.line = doc->map.line(item.offset());
            record.column = doc->map.column(item.offset());
            record.path = itemPath.toString();
            const QStringList& columns = catalogColumns(kind);
            for (std::size_t k = 0; k < item.keys().size(); ++k) {
                const QString& name = item.keys()[k];
                const JsonNode& value = item.items()[k];
                if (!columns.contains(name)) {
                    const QString hint = closestOf(name, columns);
                    check.report(ErrorCode::UnknownKey, doc->map.keyOffset(value.offset()), itemPath.child(name),
                                 hint.isEmpty() ? Tr::tr("unknown key")
                                                : Tr::tr("unknown key (did you mean \"%1\"?)").arg(hint));
                    continue;
                }
                RawField f;
                if (!rawFieldFromNode(value, doc->map, f)) {
                    check.report(ErrorCode::Type, value, itemPath.child(name),
                                 listColumns().contains(name) ? Tr::tr("expected a list of strings or numbers")
                                                              : Tr::tr("expected a string, number or true/false"));
                    continue;
                }
                record.fields.append({name, std::move(f)});
            }
            const RawField* id = record.field(u"id");
            if (id && !id->isList) {
                const QString idKey = id->text.trimmed();
                if (const auto it = seen.constFind(idKey); it != seen.cend()) {
                    check.report(ErrorCode::Duplicate, item, itemPath.child(u"id"_s),
                                 Tr::tr("the id \"%1\" is given twice (first on line %2)").arg(idKey).arg(*it));
                    continue;
                }
                seen.insert(idKey, record.line);
            }
            bool go = true;
            if (kind == CatalogKind::Services) {
                if (auto entry = reader.service(record); entry && visitor.service) {
                    go = visitor.service(*entry);
                }
            } else if (auto entry = reader.talent(record); entry && visitor.talent) {
                go = visitor.talent(*entry);
            }
            ++done;
            if (visitor.progress && done % 256 == 0) {
                visitor.progress(done, total);
            }
            if (!go || (out.size() >= JsonChecker::MaxProblems && hasErrors(out))) {
                return out;
            }
        }
    }
    if (visitor.progress) {
        visitor.progress(total, total);
    }
    return out;
}

// The Japanese names administrators give the columns in their own spreadsheets, as aliases of the
// documented ones (docs/catalog-format.md). Mamori's own choice of names, not a standard.
const QHash<QString, QString>& japaneseColumnNames()
{
    static const QHash<QString, QString> aliases{
        {u"サービスid"_s, u"id"_s},
        {u"サービス名"_s, u"name"_s},
        {u"名称"_s, u"name"_s},
        {u"事業者"_s, u"provider"_s},
        {u"事業者名"_s, u"provider"_s},
        {u"提供事業者"_s, u"provider"_s},
        {u"制度"_s, u"scheme"_s},
        {u"類型"_s, u"type"_s},
        {u"種類"_s, u"type"_s},
        {u"対応地域"_s, u"regions"_s},
        {u"駆けつけ地域"_s, u"dispatch"_s},
        {u"駆付け地域"_s, u"dispatch"_s},
        {u"月額料金"_s, u"price_monthly"_s},
        {u"月額"_s, u"price_monthly"_s},
        {u"料金単位"_s, u"price_unit"_s},
        {u"課金単位"_s, u"price_unit"_s},
        {u"初期費用"_s, u"initial_fee"_s},
        {u"最低契約期間"_s, u"min_term_months"_s},
        {u"最低契約月数"_s, u"min_term_months"_s},
        {u"最少台数"_s, u"min_devices"_s},
        {u"最小台数"_s, u"min_devices"_s},
        {u"最大台数"_s, u"max_devices"_s},
        {u"最大従業員数"_s, u"max_employees"_s},
        {u"機能"_s, u"capabilities"_s},
        {u"対応内容"_s, u"capabilities"_s},
        {u"補助金"_s, u"subsidy"_s},
        {u"保険上限"_s, u"insurance_cap"_s},
        {u"相談窓口時間"_s, u"helpdesk_hours"_s},
        {u"窓口時間"_s, u"helpdesk_hours"_s},
        {u"連絡先"_s, u"contact"_s},
        {u"問い合わせ先"_s, u"contact"_s},
        {u"出典url"_s, u"source_url"_s},
        {u"出典一覧"_s, u"sources"_s},
        {u"登録日"_s, u"registered"_s},
        {u"税"_s, u"tax"_s},
        {u"税込・税抜"_s, u"tax"_s},
        {u"備考(日本語)"_s, u"note_ja"_s}, // as NFKC makes 備考（日本語）
        {u"確認日"_s, u"as_of"_s},
        {u"サンプル"_s, u"sample"_s},
        {u"備考"_s, u"note"_s},
        {u"専門家id"_s, u"id"_s},
        {u"表示名"_s, u"display_name"_s},
        {u"氏名"_s, u"display_name"_s},
        {u"資格"_s, u"qualifications"_s},
        {u"登録番号"_s, u"riss_number"_s},
        {u"支援士登録番号"_s, u"riss_number"_s},
        {u"講習受講状況"_s, u"riss_training"_s},
        {u"スキル"_s, u"skills"_s},
        {u"得意分野"_s, u"skills"_s},
        {u"分野"_s, u"categories"_s},
        {u"業種"_s, u"industries"_s},
        {u"都道府県"_s, u"prefectures"_s},
        {u"対応都道府県"_s, u"prefectures"_s},
        {u"訪問"_s, u"onsite"_s},
        {u"訪問可"_s, u"onsite"_s},
        {u"リモート"_s, u"remote"_s},
        {u"契約形態"_s, u"engagements"_s},
        {u"日額下限"_s, u"fee_day_min"_s},
        {u"日額上限"_s, u"fee_day_max"_s},
        {u"空き状況"_s, u"availability"_s},
        {u"対応言語"_s, u"languages"_s},
        {u"言語"_s, u"languages"_s},
        {u"連絡方法"_s, u"channels"_s},
        {u"出典"_s, u"source"_s},
    };
    return aliases;
}

// The documented name of each column: full-width letters read as plain ones (ＩＤ as id), then the
// Japanese names above. A services file's 出典 is its source_url, a talent file's its source.
QStringList canonicalColumnNames(const QStringList& header)
{
    QStringList out;
    out.reserve(header.size());
    for (const QString& name : header) {
        out.append(name.normalized(QString::NormalizationForm_KC).trimmed().toLower());
    }
    const bool services = out.contains(u"scheme"_s) || out.contains(u"制度"_s) || out.contains(u"provider"_s) ||
                          out.contains(u"事業者"_s) || out.contains(u"事業者名"_s) || out.contains(u"提供事業者"_s);
    for (QString& name : out) {
        if (const auto it = japaneseColumnNames().constFind(name); it != japaneseColumnNames().cend()) {
            name = (*it == u"source"_s && services) ? u"source_url"_s : *it;
        }
    }
    return out;
}

Diagnostics readCsvCatalog(const QString& path, const CatalogFileVisitor& visitor, const Vocabulary& capabilities,
                           const QSet<QString>& knownAreas)
{
    Diagnostics out;
    auto opened = CsvReader::open(path);
    if (!opened) {
        return opened.error();
    }
    CsvReader& csv = **opened;
    const QStringList header = canonicalColumnNames(csv.header());
    const bool talent = header.contains(u"display_name"_s);
    if (!talent && !header.contains(u"scheme"_s) && !header.contains(u"provider"_s)) {
        out.append(Diagnostic{ErrorCode::Missing,
                              Severity::Error,
                              path,
                              1,
                              0,
                              {},
                              Tr::tr("cannot tell services from talent: a services file has the column \"scheme\", "
                                     "a talent file \"display_name\". Services' columns: %1. Talent's columns: %2")
                                  .arg(catalogColumns(CatalogKind::Services).join(u", "_s),
                                       catalogColumns(CatalogKind::Talent).join(u", "_s))});
        return out;
    }
    const CatalogKind kind = talent ? CatalogKind::Talent : CatalogKind::Services;
    CatalogEntryReader reader(path, true, out, capabilities, knownAreas);
    if (!reader.checkColumns(kind, header, 1)) {
        return out;
    }
    const qsizetype idColumn = header.indexOf(u"id"_s);
    QHash<QString, int> seen;
    qint64 rows = 0;
    for (;;) {
        auto row = csv.next();
        if (!row) {
            out.append(row.error());
            return out;
        }
        if (!*row) {
            break;
        }
        const CsvRow& r = **row;
        const QString id = r.cells[idColumn].trimmed();
        if (!id.isEmpty()) {
            if (const auto it = seen.constFind(id); it != seen.cend()) {
                Diagnostic d{ErrorCode::Duplicate,
                             Severity::Error,
                             path,
                             r.line,
                             0,
                             {},
                             Tr::tr("the id \"%1\" is given twice (first on line %2)").arg(id).arg(*it)};
                d.columnName = u"id"_s;
                out.append(d);
                continue;
            }
            seen.insert(id, r.line);
        }
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (header[c].isEmpty() && !r.cells[c].trimmed().isEmpty()) {
                Diagnostic d{ErrorCode::UnknownKey,
                             Severity::Error,
                             path,
                             r.line,
                             0,
                             {},
                             Tr::tr("a value in column %1, which has no name in the first row").arg(c + 1)};
                out.append(d);
            }
        }
        const RawRecord record = rawRecordFromCsv(header, r.cells, r.line);
        bool go = true;
        if (kind == CatalogKind::Services) {
            if (auto entry = reader.service(record); entry && visitor.service) {
                go = visitor.service(*entry);
            }
        } else if (auto entry = reader.talent(record); entry && visitor.talent) {
            go = visitor.talent(*entry);
        }
        if (visitor.progress && ++rows % 1024 == 0) {
            visitor.progress(csv.position(), csv.size());
        }
        if (!go || (out.size() >= JsonChecker::MaxProblems && hasErrors(out))) {
            return out;
        }
    }
    if (visitor.progress) {
        visitor.progress(csv.size(), csv.size());
    }
    return out;
}

} // namespace

Diagnostics readCatalogFile(const QString& path, const CatalogFileVisitor& visitor, const Vocabulary& capabilities,
                            const QSet<QString>& knownAreas)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json"_s) {
        return readJsonCatalog(path, visitor, capabilities, knownAreas);
    }
    if (suffix == u"csv"_s || suffix == u"txt"_s) {
        return readCsvCatalog(path, visitor, capabilities, knownAreas);
    }
    return {fileError(ErrorCode::Value, path, Tr::tr("a catalog file ends in .csv or .json"))};
}

} // namespace mamori
