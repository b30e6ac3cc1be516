// Build-time tool: signs the bundled packs with the build's signing key (by default the repository's
// test key, resources/keys/) and writes the matching public key that Mamori then trusts as its own.
// Usage: mamori-sign-bundled KEY.secret.json PUBLIC_OUT.json OUT_DIR PACK.json…
#include "core/json.h"
#include "core/signing.h"
#include "core/sizes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "mamori-sign-bundled: %s\n", qPrintable(message));
    return 1;
}

int fail(const Diagnostics& problems)
{
    for (const Diagnostic& d : problems) {
        fail(d.toString());
    }
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 4) {
        return fail(u"usage: mamori-sign-bundled KEY.secret.json PUBLIC_OUT.json OUT_DIR PACK.json…"_s);
    }
    if (!signing::initialise()) {
        return fail(u"libsodium could not be initialised"_s);
    }
    const auto keyBytes = readFileBytes(args[0], 64 * KiB);
    if (!keyBytes) {
        return fail(keyBytes.error());
    }
    const auto key = signing::parseSecretKey(*keyBytes, args[0]);
    if (!key) {
        return fail(key.error());
    }
    // SOURCE_DATE_EPOCH keeps the signatures reproducible for builds that ask for it (Ed25519 itself is
    // deterministic); otherwise the signing time is the build's.
    bool epochOk = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&epochOk);
    const QDateTime signedAt =
        epochOk ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
    if (auto written = writeFileAtomically(args[1], signing::toJson(key->publicKey)); !written) {
        return fail(written.error());
    }
    for (const QString& path : args.mid(3)) {
        const auto pack = readFileBytes(path, 16 * MiB);
        if (!pack) {
            return fail(pack.error());
        }
        const QJsonObject o = QJsonDocument::fromJson(*pack).object();
        const QString id = o.value(u"id"_s).toString();
        const QString version = o.value(u"version"_s).toString();
        if (id.isEmpty() || version.isEmpty()) {
            return fail(u"%1: no pack id or version"_s.arg(path));
        }
        const auto signature = signing::sign(*pack, id, version, *key, signedAt);
        const QString out = args[2] + u'/' + QFileInfo(path).fileName() + u".sig"_s;
        if (auto written = writeFileAtomically(out, signing::toJson(signature)); !written) {
            return fail(written.error());
        }
    }
    return 0;
}
