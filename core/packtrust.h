#pragma once

#include "core/diagnostic.h"
#include "core/signing.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace mamori {

// Where a pack stands on integrity. Only Verified and Unsigned can load, and Unsigned only where the
// administrator allowed it (docs/pack-signing.md).
enum class TrustState
{
    Verified,
    Unsigned,
    Tampered,      // the pack or its signature file changed after signing
    UnknownSigner, // signed with a key that is not trusted here
    ExpiredKey,    // the signer's key had expired
    BadSignature,  // the signature file cannot be read
};
// "verified", "unsigned", "tampered", "unknown-signer", "expired-key", "bad-signature".
QString trustStateId(TrustState state);
QString trustStateLabel(TrustState state);
// One sentence shown wherever an unsigned pack is chosen or its results are shown (window, report,
// command line): no trusted signer vouches for it. Empty for any other state.
QString unsignedNotice(TrustState state);

struct Verification
{
    TrustState state = TrustState::Unsigned;
    QString signer; // as the signature names it (only shown once it verifies, or to say who claims it)
    QString keyId;
    QDateTime signedAt;
    QString reason;       // one translated sentence saying what was found, for refusals and for display
    Diagnostics problems; // a signature file that cannot be read: where and why
    // Unsigned but allowed where it lies: installed with --allow-unsigned, or a draft named directly.
    bool unsignedAllowed = false;

    bool verified() const { return state == TrustState::Verified; }
};

struct TrustedKey
{
    signing::PublicKey key;
    bool bundled = false; // the key the bundled packs are signed with; it cannot be removed
    QString path;
    // Trusted for the packs compiled into Mamori only, never for a pack installed from a file: the
    // repository's test key, whose secret anyone can read, in a release build.
    bool compiledInOnly = false;
};

// How far the bundled key is trusted when it is the repository's test key (docs/pack-signing.md).
enum class TestKeyTrust
{
    Everywhere,     // development and test builds: packs signed with it may be installed, for tests
    CompiledInOnly, // release builds: only the packs compiled into Mamori
};
// This build's choice (CMake option MAMORI_TRUST_TEST_KEY; off in Release builds).
TestKeyTrust defaultTestKeyTrust();
// Whether `key` is the test key in resources/keys, whose secret is public.
bool isTestKey(const signing::PublicKey& key);

// The public keys whose signatures Mamori accepts: the bundled key plus those the administrator added
// (one file per key in the user's data folder, trust/<key id>.pub.json).
class TrustStore
{
public:
    TrustStore();
    explicit TrustStore(QString userFolder, TestKeyTrust testKey = defaultTestKeyTrust());

    static QString defaultFolder();
    static QString bundledKeyPath();

    const std::vector<TrustedKey>& keys() const { return m_keys; }
    // Key files in the folder that could not be read; they are not trusted.
    const Diagnostics& problems() const { return m_problems; }
    const TrustedKey* find(const QString& keyId) const;

    // Trusts the public key in `file`. Adding a key that is already trusted changes nothing.
    Result<TrustedKey> add(const QString& file);
    // Stops trusting a key; the bundled one cannot be removed.
    Result<TrustedKey> remove(const QString& keyId);

private:
    void load();

    QString m_folder;
    TestKeyTrust m_testKey;
    std::vector<TrustedKey> m_keys;
    Diagnostics m_problems;
};

enum class VerifyFor
{
    Install, // a key that has expired by now refuses the pack
    Load,    // a pack installed earlier keeps loading if it was signed before its key expired
};

// Checks `packBytes` against the detached signature at `signaturePath` (a missing file means unsigned).
Verification verifyPack(const QByteArray& packBytes, const QString& packId, const QString& packVersion,
                        const QString& signaturePath, const TrustStore& trust, VerifyFor purpose,
                        const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace mamori
