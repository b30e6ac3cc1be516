// libFuzzer target: the firm profile reader (core/profile.h) on arbitrary bytes.
// Checks: a failure is located in the file; a profile that reads is saved in a form that reads back
// to the same profile (what the app writes, it can open again).

#include "core/profile.h"
#include "tests/fuzz/fuzzcommon.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mamori::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString fileName = u"fuzz.profile.json"_s;
    const auto profile = mamori::parseProfile(mamori::fuzz::bytesOf(data, size), fileName);
    if (!profile) {
        mamori::fuzz::expectLocated(profile.error(), fileName, "parseProfile");
        return 0;
    }
    (void)profile->tier();
    const QJsonObject saved = mamori::profileToJson(*profile);
    const QByteArray savedBytes = QJsonDocument(saved).toJson();
    const auto reread = mamori::parseProfile(savedBytes, u"saved.profile.json"_s);
    mamori::fuzz::check(reread.has_value(), "a saved profile reads back",
                        reread ? QString() : mamori::fuzz::describe(reread.error()) + QString::fromUtf8(savedBytes));
    mamori::fuzz::check(mamori::profileToJson(*reread) == saved, "a saved profile reads back unchanged",
                        QString::fromUtf8(savedBytes));
    return 0;
}
