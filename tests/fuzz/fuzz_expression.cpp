// libFuzzer target: the applicability expression language (core/expression.h). The input is the
// expression's source as UTF-8 (invalid bytes become U+FFFD, as when a pack's JSON string is decoded).
// Checks: an error points at a column inside the expression (the pack loader maps it to a line and
// column of the file); an expression that parses evaluates, on any profile, without failing.

#include "core/expression.h"
#include "tests/fuzz/fuzzcommon.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

std::vector<mamori::Profile> sampleProfiles()
{
    std::vector<mamori::Profile> out(3);
    mamori::Profile& busy = out[1];
    busy.industry = u'I';
    busy.sectorClassOverride = mamori::SectorClass::Retail;
    busy.prefecture = 47;
    busy.employees = 2500;
    busy.capitalManYen = std::numeric_limits<qint64>::max();
    busy.suppliesLargeFirms = true;
    busy.assets.pcs = std::numeric_limits<int>::max();
    busy.assets.mobiles = 3;
    busy.assets.servers = 1;
    busy.assets.website = busy.assets.ecommerce = busy.assets.remoteWork = busy.assets.wifi = true;
    busy.assets.cardData = busy.assets.otDevices = true;
    busy.assets.cloud = mamori::cloudServiceIds();
    busy.assets.personalInfoRecords = std::numeric_limits<qint64>::max();
    busy.assets.itStaff = mamori::ItStaff::Dedicated;
    busy.protections = mamori::protectionIds();
    mamori::Profile& odd = out[2];
    odd.industry = QChar(u'?');
    odd.employees = -1;
    odd.capitalManYen = -1;
    odd.assets.cloud = QStringList{u""_s, u"not-a-service"_s};
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mamori::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using mamori::fuzz::check;
    static const std::vector<mamori::Profile> profiles = sampleProfiles();
    const QString source = QString::fromUtf8(mamori::fuzz::bytesOf(data, size));
    const auto expression = mamori::Expression::parse(source);
    if (!expression) {
        const mamori::ExpressionError& e = expression.error();
        check(!e.message.isEmpty(), "an expression error has a message");
        check(e.column >= 1 && e.column <= source.size() + 1, "an expression error's column is inside the source",
              u"column %1 of %2 characters: %3"_s.arg(e.column).arg(source.size()).arg(e.message));
        return 0;
    }
    check(source.size() <= mamori::Expression::MaxLength, "an expression longer than MaxLength is refused");
    for (const mamori::Profile& profile : profiles) {
        (void)expression->evaluate(profile);
    }
    for (const QString& field : expression->fields()) {
        bool known = false;
        for (const mamori::ProfileField& f : mamori::profileFields()) {
            known = known || f.name == field;
        }
        check(known, "fields() names profile fields only", field);
    }
    return 0;
}
