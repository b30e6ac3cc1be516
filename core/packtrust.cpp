#include "core/packtrust.h"

#include "core/format.h"
#include "core/json.h"
#include "core/paths.h"
#include "core/sizes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PackTrust)
};

constexpr qsizetype MaxKeyBytes = 64 * KiB;

// The UTC day: keys end at the last second of their day, UTC, whatever the reader's time zone.
QString day(const QDateTime& time)
{
    return formatDate(time.toUTC().date());
}

Diagnostic problem(ErrorCode code, const QString& file, const QString& message)
{
    return fileError(code, file, message);
}

} // namespace

QString trustStateId(TrustState state)
{
    switch (state) {
    case TrustState::Verified:
        return u"verified"_s;
    case TrustState::Unsigned:
        return u"unsigned"_s;
    case TrustState::Tampered:
        return u"tampered"_s;
    case TrustState::UnknownSigner:
        return u"unknown-signer"_s;
    case TrustState::ExpiredKey:
        return u"expired-key"_s;
    case TrustState::BadSignature:
        return u"bad-signature"_s;
    }
    return {};
}

QString unsignedNotice(TrustState state)
{
    return state == TrustState::Unsigned
               ? Tr::tr("Unsigned questionnaire: no trusted signer vouches for its questions and scoring, so "
                        "they may differ from the guideline it names. Use it only if you know where it came from.")
               : QString();
}

QString trustStateLabel(TrustState state)
{
    switch (state) {
    case TrustState::Verified:
        return Tr::tr("signed");
    case TrustState::Unsigned:
        return Tr::tr("unsigned");
    case TrustState::Tampered:
        return Tr::tr("tampered");
    case TrustState::UnknownSigner:
        return Tr::tr("unknown signer");
    case TrustState::ExpiredKey:
        return Tr::tr("expired key");
    case TrustState::BadSignature:
        return Tr::tr("damaged signature");
    }
    return {};
}

TestKeyTrust defaultTestKeyTrust()
{
#ifdef MAMORI_TRUST_TEST_KEY
    return TestKeyTrust::Everywhere;
#else
    return TestKeyTrust::CompiledInOnly;
#endif
}

bool isTestKey(const signing::PublicKey& key)
{
    // The public half of resources/keys/mamori-TEST-ONLY-bundled-packs.secret.json.
    static const QByteArray test = QByteArray::fromBase64("OE3jUINCK0UN4Ejy5fYMX/GRgybNHvj34Up5NXTcjO4=");
    return key.key == test;
}

namespace {

// Whether only root can change the file at `path`: it and every folder above it belong to root and can
// be written by nobody else (no group or world write, so not /tmp). The packs a Debian package installs
// under /usr/share/mamori are; a file there is as trustworthy as the Mamori program beside it.
bool onlyRootCanChange(const QString& path)
{
#ifdef Q_OS_UNIX
    QString at = QFileInfo(path).canonicalFilePath();
    if (at.isEmpty()) {
        return false;
    }
    for (;;) {
        struct stat st
        {};
        if (::stat(QFile::encodeName(at).constData(), &st) != 0 || st.st_uid != 0 ||
            (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
            return false;
        }
        if (at == u"/"_s) {
            return true;
        }
        at = QFileInfo(at).path();
    }
#else
    Q_UNUSED(path)
    return false;
#endif
}

} // namespace

TrustStore::TrustStore() : TrustStore(defaultFolder()) {}

TrustStore::TrustStore(QString userFolder, TestKeyTrust testKey) : m_folder(std::move(userFolder)), m_testKey(testKey)
{
    load();
}

QString TrustStore::defaultFolder()
{
    const QString data = dataFolder();
    return data.isEmpty() ? QString() : data + u"/trust"_s;
}

QString TrustStore::bundledKeyPath()
{
    return u":/mamori/keys/bundled.pub.json"_s;
}

void TrustStore::load()
{
    m_keys.clear();
    m_problems.clear();
    const auto read = [this](const QString& path, bool bundled) {
        auto bytes = readFileBytes(path, MaxKeyBytes);
        auto key = bytes ? signing::parsePublicKey(*bytes, path) : Result<signing::PublicKey>(failure(bytes.error()));
        if (!key) {
            m_problems.append(key.error());
            return;
        }
        if (!find(key->keyId())) {
            const bool limited = isTestKey(*key) && m_testKey == TestKeyTrust::CompiledInOnly;
            m_keys.push_back(TrustedKey{std::move(*key), bundled, path, limited});
        }
    };
    read(bundledKeyPath(), true);
    if (m_folder.isEmpty()) {
        return;
    }
    const QDir dir(m_folder);
    for (const QFileInfo& info : dir.entryInfoList({u"*.pub.json"_s}, QDir::Files, QDir::Name)) {
        read(info.filePath(), false);
    }
}

const TrustedKey* TrustStore::find(const QString& keyId) const
{
    for (const TrustedKey& k : m_keys) {
        if (k.key.keyId() == keyId) {
            return &k;
        }
    }
    return nullptr;
}

Result<TrustedKey> TrustStore::add(const QString& file)
{
    auto bytes = readFileBytes(file, MaxKeyBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    auto key = signing::parsePublicKey(*bytes, file);
    if (!key) {
        return failure(key.error());
    }
    if (const TrustedKey* known = find(key->keyId())) {
        return *known;
    }
    if (isTestKey(*key) && m_testKey == TestKeyTrust::CompiledInOnly) {
        return failure(problem(ErrorCode::Untrusted, file,
                               Tr::tr("this is the test key of Mamori's source code, whose secret anyone can read; "
                                      "only development and test builds may trust it")));
    }
    if (key->expiredAt(QDateTime::currentDateTimeUtc())) {
        return failure(problem(ErrorCode::Value, file,
                               Tr::tr("the key \"%1\" (%2) expired on %3; ask its owner for their current key")
                                   .arg(key->name, key->keyId(), day(key->expires))));
    }
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder)) {
        return failure(problem(ErrorCode::Io, m_folder, Tr::tr("cannot create the folder for trusted keys")));
    }
    const QString path = m_folder + u'/' + key->keyId() + u".pub.json"_s;
    // Written in Mamori's own form: a key file with extra whitespace or key order still yields the same key.
    if (auto written = writeFileAtomically(path, signing::toJson(*key)); !written) {
        return failure(written.error());
    }
    m_keys.push_back(TrustedKey{std::move(*key), false, path, false});
    return m_keys.back();
}

Result<TrustedKey> TrustStore::remove(const QString& keyId)
{
    const auto it =
        std::find_if(m_keys.begin(), m_keys.end(), [&](const TrustedKey& k) { return k.key.keyId() == keyId; });
    if (it == m_keys.end()) {
        QStringList known;
        for (const TrustedKey& k : m_keys) {
            known.append(k.key.keyId());
        }
        return failure(
            problem(ErrorCode::Reference, {},
                    Tr::tr("no trusted key has the id \"%1\"; trusted keys: %2").arg(keyId, known.join(u", "_s))));
    }
    if (it->bundled) {
        return failure(
            problem(ErrorCode::Value, {},
                    Tr::tr("the key %1 signs the packs that come with Mamori and cannot be removed").arg(keyId)));
    }
    if (!QFile::remove(it->path) && QFileInfo::exists(it->path)) {
        return failure(problem(ErrorCode::Io, it->path, Tr::tr("cannot remove the key file")));
    }
    TrustedKey removed = *it;
    m_keys.erase(it);
    return removed;
}

Verification verifyPack(const QByteArray& packBytes, const QString& packId, const QString& packVersion,
                        const QString& signaturePath, const TrustStore& trust, VerifyFor purpose, const QDateTime& now)
{
    Verification v;
    if (!QFileInfo::exists(signaturePath)) {
        v.state = TrustState::Unsigned;
        v.reason = Tr::tr("the pack is not signed (no %1 beside it)").arg(QFileInfo(signaturePath).fileName());
        return v;
    }
    auto bytes = readFileBytes(signaturePath, MaxKeyBytes);
    auto signature =
        bytes ? signing::parseSignature(*bytes, signaturePath) : Result<signing::PackSignature>(failure(bytes.error()));
    if (!signature) {
        v.state = TrustState::BadSignature;
        v.problems = signature.error();
        v.reason = Tr::tr("the signature file cannot be read: %1").arg(signature.error().first().message);
        return v;
    }
    v.signer = signature->signer;
    v.keyId = signature->keyId;
    v.signedAt = signature->signedAt;
    const TrustedKey* key = trust.find(signature->keyId);
    if (!key) {
        v.state = TrustState::UnknownSigner;
        v.reason = Tr::tr("signed by \"%1\" with the key %2, which is not trusted here; if you know this signer, "
                          "check the key with them and add it with \"mamori-cli trust add\"")
                       .arg(signature->signer, signature->keyId);
        return v;
    }
    if (key->compiledInOnly && !signaturePath.startsWith(u":/"_s) && !onlyRootCanChange(signaturePath)) {
        // Anyone can sign with the test key: in this build it vouches only for what was compiled in.
        v.state = TrustState::UnknownSigner;
        v.reason = Tr::tr("signed with the test key of Mamori's source code (%1), whose secret anyone can read; "
                          "this build trusts it only for the packs built into Mamori or installed with it")
                       .arg(signature->keyId);
        return v;
    }
    if (!signing::verifySignature(*signature, key->key.key)) {
        v.state = TrustState::Tampered;
        v.reason = Tr::tr("the signature does not match: the signature file was changed after signing");
        return v;
    }
    if (signature->digest != signing::digestOf(packBytes)) {
        v.state = TrustState::Tampered;
        v.reason = Tr::tr("the pack was changed after \"%1\" signed it on %2").arg(signature->signer, day(v.signedAt));
        return v;
    }
    if (signature->packId != packId || signature->packVersion != packVersion) {
        v.state = TrustState::Tampered;
        v.reason = Tr::tr("the signature is for %1 %2, not for %3 %4")
                       .arg(signature->packId, signature->packVersion, packId, packVersion);
        return v;
    }
    if (purpose == VerifyFor::Install && key->key.expiredAt(now)) {
        v.state = TrustState::ExpiredKey;
        v.reason = Tr::tr("the key of \"%1\" (%2) expired on %3; ask them for the pack signed with their current key")
                       .arg(key->key.name, key->key.keyId(), day(key->key.expires));
        return v;
    }
    if (key->key.expiredAt(v.signedAt)) {
        v.state = TrustState::ExpiredKey;
        v.reason = Tr::tr("signed on %1, after the key of \"%2\" (%3) expired on %4")
                       .arg(day(v.signedAt), key->key.name, key->key.keyId(), day(key->key.expires));
        return v;
    }
    v.state = TrustState::Verified;
    // The name shown is the trusted key's, which the administrator checked, not the one the file claims.
    v.signer = key->key.name;
    v.reason = Tr::tr("signed by \"%1\" (%2) on %3").arg(key->key.name, key->key.keyId(), day(v.signedAt));
    return v;
}

} // namespace mamori
