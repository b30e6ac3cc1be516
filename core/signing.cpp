#include "core/signing.h"

#include "core/json.h"
#include "core/jsonchecker.h"
#include "core/sizes.h"
#include "core/textcheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace mamori::signing {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Signing)
};

constexpr qsizetype MaxFileBytes = 64 * KiB;

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

QJsonObject publicFields(const PublicKey& key, const QString& type)
{
    QJsonObject o{{u"format"_s, QString::fromLatin1(KeyFormat)},
                  {u"type"_s, type},
                  {u"name"_s, key.name},
                  {u"key_id"_s, key.keyId()},
                  {u"created"_s, timeText(key.created)},
                  {u"public_key"_s, QString::fromLatin1(key.key.toBase64())}};
    if (key.expires.isValid()) {
        o.insert(u"expires"_s, timeText(key.expires));
    }
    return o;
}

QByteArray indented(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// The shared reading of key and signature files: one checker, typed fields, located problems.
class Reader
{
public:
    Reader(const QByteArray& json, const QString& fileName) : m_fileName(fileName)
    {
        auto doc = parseJson(json, fileName, JsonLimits{MaxFileBytes, 4, 1000});
        if (!doc) {
            m_diagnostics = doc.error();
            return;
        }
        m_doc = std::move(*doc);
        m_check.emplace(fileName, m_doc.map, m_diagnostics);
    }

    // The document is an object with exactly these keys, in this format; false (problems recorded) when it
    // cannot be read any further.
    bool start(std::initializer_list<JsonKey> keys, const char* format)
    {
        if (!m_check || !m_check->object(m_doc.root, JsonPath(), keys)) {
            return false;
        }
        expectFormat(format);
        return true;
    }
    JsonChecker& check() { return *m_check; }
    const JsonNode& root() const { return m_doc.root; }
    Diagnostics& diagnostics() { return m_diagnostics; }

    QString text(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
    {
        return m_check->string(object, key, path).value_or(QString());
    }

    void expectFormat(const char* format)
    {
        const JsonPath root;
        if (const JsonNode* node = m_doc.root.member("format"_L1); node && node->isString()) {
            if (node->toString() != QLatin1StringView(format)) {
                m_check->report(ErrorCode::Value, *node, root.child(u"format"_s),
                                Tr::tr("\"%1\" is not a format this Mamori reads; expected \"%2\"")
                                    .arg(node->toString(), QLatin1StringView(format)));
            }
        }
    }

    QByteArray base64(const JsonNode& object, QLatin1StringView key, const JsonPath& path, qsizetype size)
    {
        const auto value = m_check->string(object, key, path);
        if (!value) {
            return {};
        }
        const auto decoded = QByteArray::fromBase64Encoding(value->toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != size) {
            m_check->report(ErrorCode::Value, *object.member(key), path.child(key),
                            Tr::tr("not a base64 value of %1 bytes").arg(size));
            return {};
        }
        return decoded.decoded;
    }

    QDateTime time(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
    {
        const auto value = m_check->string(object, key, path);
        if (!value) {
            return {};
        }
        QDateTime t = QDateTime::fromString(*value, Qt::ISODate);
        if (!t.isValid()) {
            m_check->report(ErrorCode::Value, *object.member(key), path.child(key),
                            Tr::tr("\"%1\" is not a date and time such as 2026-11-24T09:30:00Z").arg(*value));
            return {};
        }
        return t.toUTC();
    }

private:
    QString m_fileName;
    JsonDocument m_doc;
    Diagnostics m_diagnostics;
    std::optional<JsonChecker> m_check;
};

Result<SecretKey> parseKey(const QByteArray& json, const QString& fileName, bool wantSecret)
{
    Reader r(json, fileName);
    const JsonPath root;
    if (!r.start({{"format"_L1, true},
                  {"type"_L1, true},
                  {"name"_L1, true},
                  {"key_id"_L1, false},
                  {"created"_L1, true},
                  {"expires"_L1, false},
                  {"public_key"_L1, true},
                  {"secret_key"_L1, false}},
                 KeyFormat)) {
        return failure(r.diagnostics());
    }
    SecretKey key;
    const QString type = r.text(r.root(), "type"_L1, root);
    const JsonNode* typeNode = r.root().member("type"_L1);
    if (type == u"ed25519-secret"_s && !wantSecret) {
        // Trusting a key needs only its public half; the secret one must never leave its owner.
        r.check().report(ErrorCode::Value, *typeNode, root.child(u"type"_s),
                         Tr::tr("this is a secret key: give the public key file (made beside it by \"pack "
                                "keygen\", ending in .pub.json) and keep this one private"));
    } else if (type == u"ed25519-public"_s && wantSecret) {
        r.check().report(ErrorCode::Value, *typeNode, root.child(u"type"_s),
                         Tr::tr("this is a public key; signing needs the secret key file (.secret.json)"));
    } else if (typeNode && typeNode->isString() && type != u"ed25519-public"_s && type != u"ed25519-secret"_s) {
        r.check().report(ErrorCode::Value, *typeNode, root.child(u"type"_s),
                         Tr::tr("unknown key type \"%1\"; allowed: ed25519-public, ed25519-secret").arg(type));
    }
    key.publicKey.name = r.text(r.root(), "name"_L1, root).trimmed();
    if (const JsonNode* name = r.root().member("name"_L1); name && name->isString() && key.publicKey.name.isEmpty()) {
        r.check().report(ErrorCode::Value, *name, root.child(u"name"_s), Tr::tr("the key needs a name"));
    } else if (const QString problem = textProblem(key.publicKey.name, TextRules{false, MaxKeyNameLength});
               name && !problem.isEmpty()) {
        // The name is shown wherever the key vouches for a pack: it must print as what it is.
        r.check().report(ErrorCode::Value, *name, root.child(u"name"_s), Tr::tr("the key's name %1").arg(problem));
    }
    key.publicKey.created = r.time(r.root(), "created"_L1, root);
    if (r.root().member("expires"_L1)) {
        key.publicKey.expires = r.time(r.root(), "expires"_L1, root);
    }
    key.publicKey.key = r.base64(r.root(), "public_key"_L1, root, crypto_sign_PUBLICKEYBYTES);
    if (type == u"ed25519-secret"_s) {
        if (!r.root().member("secret_key"_L1)) {
            r.check().report(ErrorCode::Missing, r.root(), root, Tr::tr("a secret key file needs \"secret_key\""));
        } else {
            key.secret = r.base64(r.root(), "secret_key"_L1, root, crypto_sign_SECRETKEYBYTES);
        }
    } else if (const JsonNode* secret = r.root().member("secret_key"_L1)) {
        r.check().report(ErrorCode::UnknownKey, *secret, root.child(u"secret_key"_s),
                         Tr::tr("a public key file must not contain the secret key"));
    }
    if (const JsonNode* id = r.root().member("key_id"_L1);
        id && id->isString() && !key.publicKey.key.isEmpty() && id->toString() != key.publicKey.keyId()) {
        r.check().report(ErrorCode::Mismatch, *id, root.child(u"key_id"_s),
                         Tr::tr("the key id %1 does not belong to this public key (its id is %2)")
                             .arg(id->toString(), key.publicKey.keyId()));
    }
    if (!key.secret.isEmpty() && !key.publicKey.key.isEmpty() &&
        key.secret.right(crypto_sign_PUBLICKEYBYTES) != key.publicKey.key) {
        r.check().report(ErrorCode::Mismatch, *r.root().member("secret_key"_L1), root.child(u"secret_key"_s),
                         Tr::tr("the secret key does not belong to the public key in this file"));
    }
    if (hasErrors(r.diagnostics())) {
        return failure(r.diagnostics());
    }
    return key;
}

} // namespace

bool initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

QString PublicKey::keyId() const
{
    return keyIdOf(key);
}

QString keyIdOf(const QByteArray& publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Blake2b_256).left(8).toHex());
}

QString digestOf(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Blake2b_256).toHex());
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

SecretKey generate(const QString& name, const QDateTime& created, const QDateTime& expires)
{
    initialise();
    SecretKey key;
    key.publicKey.name = name;
    key.publicKey.created = created.toUTC();
    key.publicKey.expires = expires.isValid() ? expires.toUTC() : QDateTime();
    key.publicKey.key.resize(crypto_sign_PUBLICKEYBYTES);
    key.secret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.publicKey.key.data()),
                        reinterpret_cast<unsigned char*>(key.secret.data()));
    return key;
}

QByteArray signedMessage(const PackSignature& s)
{
    // A compact JSON array is unambiguous whatever the fields contain (a newline in the signer's name
    // cannot shift one field into the next), and Qt writes it the same way every time.
    const QJsonArray fields{s.keyId, s.signer, timeText(s.signedAt), s.packId, s.packVersion, s.digest};
    return QByteArray(SignatureFormat) + '\0' + QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

PackSignature sign(const QByteArray& packBytes, const QString& packId, const QString& packVersion, const SecretKey& key,
                   const QDateTime& signedAt)
{
    initialise();
    PackSignature s;
    s.keyId = key.publicKey.keyId();
    s.signer = key.publicKey.name;
    // Whole seconds: the file stores no more, and the signature must cover what the file says.
    s.signedAt = QDateTime::fromSecsSinceEpoch(signedAt.toSecsSinceEpoch(), Qt::UTC);
    s.packId = packId;
    s.packVersion = packVersion;
    s.digest = digestOf(packBytes);
    const QByteArray message = signedMessage(s);
    s.signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(s.signature.data()), nullptr, bytes(message),
                         quint64(message.size()), bytes(key.secret));
    return s;
}

bool verifySignature(const PackSignature& s, const QByteArray& publicKey)
{
    if (!initialise() || s.signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES) {
        return false;
    }
    const QByteArray message = signedMessage(s);
    return crypto_sign_verify_detached(bytes(s.signature), bytes(message), quint64(message.size()), bytes(publicKey)) ==
           0;
}

Result<PublicKey> parsePublicKey(const QByteArray& json, const QString& fileName)
{
    auto key = parseKey(json, fileName, false);
    if (!key) {
        return failure(key.error());
    }
    return key->publicKey;
}

Result<SecretKey> parseSecretKey(const QByteArray& json, const QString& fileName)
{
    return parseKey(json, fileName, true);
}

Result<PackSignature> parseSignature(const QByteArray& json, const QString& fileName)
{
    Reader r(json, fileName);
    const JsonPath root;
    if (!r.start({{"format"_L1, true},
                  {"algorithm"_L1, true},
                  {"key_id"_L1, true},
                  {"signer"_L1, true},
                  {"signed_at"_L1, true},
                  {"pack"_L1, true},
                  {"digest"_L1, true},
                  {"signature"_L1, true}},
                 SignatureFormat)) {
        return failure(r.diagnostics());
    }
    PackSignature s;
    if (const JsonNode* algorithm = r.root().member("algorithm"_L1);
        algorithm && algorithm->isString() && algorithm->toString() != u"ed25519"_s) {
        r.check().report(ErrorCode::Value, *algorithm, root.child(u"algorithm"_s),
                         Tr::tr("unknown algorithm \"%1\"; allowed: ed25519").arg(algorithm->toString()));
    }
    s.keyId = r.text(r.root(), "key_id"_L1, root);
    s.signer = r.text(r.root(), "signer"_L1, root);
    s.signedAt = r.time(r.root(), "signed_at"_L1, root);
    if (const JsonNode* pack = r.root().member("pack"_L1)) {
        const JsonPath pp = root.child(u"pack"_s);
        if (r.check().object(*pack, pp, {{"id"_L1, true}, {"version"_L1, true}})) {
            s.packId = r.text(*pack, "id"_L1, pp);
            s.packVersion = r.text(*pack, "version"_L1, pp);
        }
    }
    s.digest = r.text(r.root(), "digest"_L1, root);
    s.signature = r.base64(r.root(), "signature"_L1, root, crypto_sign_BYTES);
    if (hasErrors(r.diagnostics())) {
        return failure(r.diagnostics());
    }
    return s;
}

QByteArray toJson(const PublicKey& key)
{
    return indented(publicFields(key, u"ed25519-public"_s));
}

QByteArray toJson(const SecretKey& key)
{
    QJsonObject o = publicFields(key.publicKey, u"ed25519-secret"_s);
    o.insert(u"secret_key"_s, QString::fromLatin1(key.secret.toBase64()));
    return indented(o);
}

QByteArray toJson(const PackSignature& s)
{
    return indented(QJsonObject{{u"format"_s, QString::fromLatin1(SignatureFormat)},
                                {u"algorithm"_s, u"ed25519"_s},
                                {u"key_id"_s, s.keyId},
                                {u"signer"_s, s.signer},
                                {u"signed_at"_s, timeText(s.signedAt)},
                                {u"pack"_s, QJsonObject{{u"id"_s, s.packId}, {u"version"_s, s.packVersion}}},
                                {u"digest"_s, s.digest},
                                {u"signature"_s, QString::fromLatin1(s.signature.toBase64())}});
}

} // namespace mamori::signing
