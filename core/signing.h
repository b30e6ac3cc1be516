#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Ed25519 signing of questionnaire packs (docs/pack-signing.md), on libsodium. This part has no
// dependency on the rest of core, so the build can sign the bundled packs with a small tool before
// the library that embeds them is compiled.
namespace mamori::signing {

inline constexpr auto KeyFormat = "mamori-key/1";
inline constexpr auto SignatureFormat = "mamori-signature/1";

struct PublicKey
{
    QString name;      // who signs with it, as its owner named it ("Example Chamber of Commerce")
    QByteArray key;    // 32 bytes
    QDateTime created; // UTC
    QDateTime expires; // UTC; invalid when the key does not expire
    QString keyId() const;
    bool expiredAt(const QDateTime& when) const { return expires.isValid() && when > expires; }
};

struct SecretKey
{
    PublicKey publicKey;
    QByteArray secret; // libsodium's 64-byte form (seed and public key)
};

// What a detached signature file says. The signature covers every other field, so none of them can be
// changed — not even the signer's name shown to users — without the check failing.
struct PackSignature
{
    QString keyId;
    QString signer;
    QDateTime signedAt; // UTC, whole seconds
    QString packId;
    QString packVersion;
    QString digest;       // BLAKE2b-256 of the pack file's bytes, lower-case hex
    QByteArray signature; // 64 bytes
};

// Initialises libsodium once; false only when the CPU lacks what it needs (never on supported hardware).
bool initialise();

// The first 8 bytes of BLAKE2b-256 of the public key, as 16 hex digits: short enough to read out on
// the phone when an administrator checks a key with its owner.
QString keyIdOf(const QByteArray& publicKey);
QString digestOf(const QByteArray& data);

SecretKey generate(const QString& name, const QDateTime& created, const QDateTime& expires);

// The bytes the Ed25519 signature covers.
QByteArray signedMessage(const PackSignature& signature);

PackSignature sign(const QByteArray& packBytes, const QString& packId, const QString& packVersion, const SecretKey& key,
                   const QDateTime& signedAt);
// The Ed25519 check alone: the signature matches its fields under `key`. Whether the pack's bytes
// match the digest, and whether the key is trusted, are separate questions (core/packtrust.h).
bool verifySignature(const PackSignature& signature, const QByteArray& publicKey);

// Key and signature files, read with every problem located (file, line, column, JSON path).
Result<PublicKey> parsePublicKey(const QByteArray& json, const QString& fileName);
Result<SecretKey> parseSecretKey(const QByteArray& json, const QString& fileName);
Result<PackSignature> parseSignature(const QByteArray& json, const QString& fileName);

QByteArray toJson(const PublicKey& key);
QByteArray toJson(const SecretKey& key);
QByteArray toJson(const PackSignature& signature);

// A time in the files' format: ISO 8601 in UTC with whole seconds ("2026-11-24T09:30:00Z").
QString timeText(const QDateTime& time);

} // namespace mamori::signing
