// libFuzzer target: the key and signature files of pack signing (core/signing.h). The first byte
// chooses the parser (0: signature, 1: public key, 2: secret key, by its value modulo 3); the rest is
// the file.
// Checks: a failure is located in the file; what reads is written in a form that reads back the same;
// checking a parsed signature against a parsed key, or signing with a parsed secret key, is safe.

#include "core/signing.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace Qt::StringLiterals;

namespace {

template <typename T, typename Parse>
void roundTrip(const T& value, Parse parse, const char* what)
{
    const QByteArray written = mamori::signing::toJson(value);
    const auto reread = parse(written, u"written.json"_s);
    mamori::fuzz::check(reread.has_value(), what,
                        reread ? QString() : mamori::fuzz::describe(reread.error()) + QString::fromUtf8(written));
    mamori::fuzz::check(mamori::signing::toJson(*reread) == written, what, QString::fromUtf8(written));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mamori::fuzz::initialise();
    mamori::fuzz::check(mamori::signing::initialise(), "libsodium initialises");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace mamori::signing;
    if (size == 0) {
        return 0;
    }
    const QByteArray bytes = mamori::fuzz::bytesOf(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: {
        const QString fileName = u"fuzz.json.sig"_s;
        const auto signature = parseSignature(bytes, fileName);
        if (!signature) {
            mamori::fuzz::expectLocated(signature.error(), fileName, "parseSignature");
            break;
        }
        mamori::fuzz::check(signature->signature.size() == 64, "a signature that reads has 64 bytes");
        (void)verifySignature(*signature, QByteArray(32, '\x01'));
        roundTrip(*signature, parseSignature, "a signature file reads back unchanged");
        break;
    }
    case 1: {
        const QString fileName = u"fuzz.pub.json"_s;
        const auto key = parsePublicKey(bytes, fileName);
        if (!key) {
            mamori::fuzz::expectLocated(key.error(), fileName, "parsePublicKey");
            break;
        }
        mamori::fuzz::check(key->key.size() == 32, "a public key that reads has 32 bytes");
        mamori::fuzz::check(key->keyId().size() == 16, "a key id has 16 hex digits", key->keyId());
        roundTrip(*key, parsePublicKey, "a public key file reads back unchanged");
        break;
    }
    default: {
        const QString fileName = u"fuzz.secret.json"_s;
        const auto key = parseSecretKey(bytes, fileName);
        if (!key) {
            mamori::fuzz::expectLocated(key.error(), fileName, "parseSecretKey");
            break;
        }
        mamori::fuzz::check(key->secret.size() == 64, "a secret key that reads has 64 bytes");
        const PackSignature s = sign("{}", u"p"_s, u"1.0.0"_s, *key, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        // A secret key whose halves do not belong together must not yield a signature that verifies.
        (void)verifySignature(s, key->publicKey.key);
        roundTrip(*key, parseSecretKey, "a secret key file reads back unchanged");
        break;
    }
    }
    return 0;
}
