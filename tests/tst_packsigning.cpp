// Signed packs: the Ed25519 primitives, key and signature files, the trust store, and the pack
// repository's install / load / remove rules (docs/pack-signing.md).
#include "core/json.h"
#include "core/packrepository.h"
#include "core/packtrust.h"
#include "core/signing.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace mamori;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mamori::TrustState)

namespace {

QByteArray bundledPackBytes(const QString& id = u"ipa-self-check"_s)
{
    QFile f(PackRepository::bundledFolder() + u'/' + id + u".json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The bundled IPA pack under another version, so it can be installed beside the bundled one.
QByteArray packVersion(const QString& version)
{
    QByteArray bytes = bundledPackBytes();
    bytes.replace(R"("version": "3.1.0")", (u"\"version\": \""_s + version + u'"').toUtf8());
    return bytes;
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QDateTime Now = QDateTime::currentDateTimeUtc();

} // namespace

class TestPackSigning : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void signatureCoversEveryField_data();
    void signatureCoversEveryField();
    void keyFilesRoundTrip();
    void badKeyFiles_data();
    void badKeyFiles();
    void badSignatureFileIsLocated();
    void trustStore();
    void bundledPacksVerify();
    void installRefuses_data();
    void installRefuses();
    void installSignedThenTamperAtLoad();
    void unsignedOnlyWhenAllowedAndRemembered();
    void versionsLiveSideBySide();
    void sameVersionOtherContentIsRefused();
    void removingTrustRefusesItsPacks();
    void expiredKeyKeepsEarlierInstalls();
    void testKeyVouchesOnlyWhereAllowed_data();
    void testKeyVouchesOnlyWhereAllowed();

private:
    // A signer: key pair, and its public key trusted in the test's trust folder when `trusted`.
    signing::SecretKey makeSigner(const QString& name, bool trusted, const QDateTime& expires = {});
    QString packFile(const QString& name, const QByteArray& bytes, const signing::SecretKey* signer,
                     const QDateTime& signedAt = Now);
    PackRepository repository() const
    {
        return PackRepository({m_userFolder, PackRepository::bundledFolder()}, m_userFolder, TrustStore(m_trustFolder));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_userFolder;
    QString m_trustFolder;
};

void TestPackSigning::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_userFolder = m_dir->filePath(u"packs"_s);
    m_trustFolder = m_dir->filePath(u"trust"_s);
    QVERIFY(QDir().mkpath(m_trustFolder));
}

signing::SecretKey TestPackSigning::makeSigner(const QString& name, bool trusted, const QDateTime& expires)
{
    const QDateTime created = expires.isValid() ? expires.addYears(-1) : Now.addDays(-1);
    signing::SecretKey key = signing::generate(name, created, expires);
    if (trusted) {
        // Written straight into the folder: TrustStore::add refuses expired keys, and tests need them.
        write(m_trustFolder + u'/' + key.publicKey.keyId() + u".pub.json"_s, signing::toJson(key.publicKey));
    }
    return key;
}

QString TestPackSigning::packFile(const QString& name, const QByteArray& bytes, const signing::SecretKey* signer,
                                  const QDateTime& signedAt)
{
    const QString path = m_dir->filePath(name);
    write(path, bytes);
    if (signer) {
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        const auto s = signing::sign(bytes, o[u"id"_s].toString(), o[u"version"_s].toString(), *signer, signedAt);
        write(path + u".sig"_s, signing::toJson(s));
    }
    return path;
}

void TestPackSigning::signatureCoversEveryField_data()
{
    QTest::addColumn<QString>("field");
    for (const char* field : {"keyId", "signer", "signedAt", "packId", "packVersion", "digest", "signature"}) {
        QTest::newRow(field) << QString::fromLatin1(field);
    }
}

void TestPackSigning::signatureCoversEveryField()
{
    QFETCH(QString, field);
    const auto key = signing::generate(u"Signer"_s, Now, {});
    const QByteArray pack = bundledPackBytes();
    signing::PackSignature s = signing::sign(pack, u"ipa-self-check"_s, u"3.1.0"_s, key, Now);
    QVERIFY(signing::verifySignature(s, key.publicKey.key));
    QCOMPARE(s.digest, signing::digestOf(pack));
    QCOMPARE(s.keyId, key.publicKey.keyId());
    QCOMPARE(s.keyId.size(), 16);
    if (field == u"keyId") {
        s.keyId = u"0000000000000000"_s;
    } else if (field == u"signer") {
        s.signer = u"Someone else"_s;
    } else if (field == u"signedAt") {
        s.signedAt = s.signedAt.addSecs(-1);
    } else if (field == u"packId") {
        s.packId = u"sme-guideline"_s;
    } else if (field == u"packVersion") {
        s.packVersion = u"3.1.1"_s;
    } else if (field == u"digest") {
        s.digest = signing::digestOf(pack + ' ');
    } else {
        s.signature[10] = char(s.signature[10] ^ 1);
    }
    QVERIFY(!signing::verifySignature(s, key.publicKey.key));
    // And the file form keeps it all: read back, the untouched signature still verifies.
    const signing::PackSignature fresh = signing::sign(pack, u"ipa-self-check"_s, u"3.1.0"_s, key, Now);
    const auto parsed = signing::parseSignature(signing::toJson(fresh), u"x.sig"_s);
    QVERIFY(parsed);
    QVERIFY(signing::verifySignature(*parsed, key.publicKey.key));
    QVERIFY(!signing::verifySignature(*parsed, signing::generate(u"Other"_s, Now, {}).publicKey.key));
}

void TestPackSigning::keyFilesRoundTrip()
{
    const QDateTime expires(QDate(2030, 3, 31), QTime(23, 59, 59), Qt::UTC);
    const auto key =
        signing::generate(u"大阪の商工会"_s, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC), expires);
    const auto secret = signing::parseSecretKey(signing::toJson(key), u"k.secret.json"_s);
    QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().first().toString()));
    QCOMPARE(secret->secret, key.secret);
    QCOMPARE(secret->publicKey.key, key.publicKey.key);
    QCOMPARE(secret->publicKey.name, u"大阪の商工会"_s);
    QCOMPARE(secret->publicKey.expires, expires);
    const auto pub = signing::parsePublicKey(signing::toJson(key.publicKey), u"k.pub.json"_s);
    QVERIFY(pub);
    QCOMPARE(pub->keyId(), key.publicKey.keyId());
    QVERIFY(pub->expiredAt(expires.addSecs(1)));
    QVERIFY(!pub->expiredAt(expires));
    QVERIFY(!signing::toJson(key.publicKey).contains("secret"));
}

void TestPackSigning::badKeyFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const auto key = signing::generate(u"K"_s, Now, {});
    const QByteArray pub = signing::toJson(key.publicKey);
    const QByteArray sec = signing::toJson(key);
    QTest::newRow("secret given to trust") << sec << false << u"$.type"_s << u"this is a secret key"_s;
    QTest::newRow("public given to sign") << pub << true << u"$.type"_s << u"signing needs the secret key"_s;
    QByteArray b = pub;
    b.replace(key.publicKey.key.toBase64(), "AAAA");
    QTest::newRow("short key") << b << false << u"$.public_key"_s << u"not a base64 value of 32 bytes"_s;
    b = pub;
    b.replace(key.publicKey.keyId().toLatin1(), "0123456789abcdef");
    QTest::newRow("key id of another key") << b << false << u"$.key_id"_s << u"does not belong"_s;
    b = pub;
    b.replace("mamori-key/1", "mamori-key/9");
    QTest::newRow("format") << b << false << u"$.format"_s << u"not a format this Mamori reads"_s;
    b = pub;
    b.replace("\"created\"", "\"create\"");
    QTest::newRow("typo") << b << false << u"$.create"_s << u"create"_s;
    b = sec;
    b.replace(key.secret.toBase64(), signing::generate(u"L"_s, Now, {}).secret.toBase64());
    QTest::newRow("halves of two keys") << b << true << u"$.secret_key"_s << u"does not belong to the public key"_s;
}

void TestPackSigning::badKeyFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, secret);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Diagnostics errors = secret ? signing::parseSecretKey(json, u"key.json"_s).error()
                                      : signing::parsePublicKey(json, u"key.json"_s).error();
    QVERIFY(!errors.isEmpty());
    const auto hit = std::find_if(errors.begin(), errors.end(), [&](const Diagnostic& d) { return d.path == path; });
    QVERIFY2(hit != errors.end(), qPrintable(errors.first().toString()));
    QVERIFY2(hit->message.contains(message), qPrintable(hit->message));
    QCOMPARE(hit->file, u"key.json"_s);
    QVERIFY(hit->line > 1);
}

void TestPackSigning::badSignatureFileIsLocated()
{
    const auto key = makeSigner(u"Signer"_s, true);
    const QString pack = packFile(u"p.json"_s, packVersion(u"3.2.0"_s), &key);
    QByteArray sig = read(pack + u".sig"_s);
    sig.replace("\"ed25519\"", "\"rsa\"");
    write(pack + u".sig"_s, sig);
    const auto inspected = repository().inspect(pack);
    QVERIFY(inspected);
    QCOMPARE(inspected->verification.state, TrustState::BadSignature);
    QCOMPARE(inspected->verification.problems.size(), 1);
    const Diagnostic& d = inspected->verification.problems.first();
    QCOMPARE(d.file, pack + u".sig"_s);
    QCOMPARE(d.path, u"$.algorithm"_s);
    QVERIFY(d.line > 1);
    QVERIFY(!repository().install(pack));
    QVERIFY(!QDir(m_userFolder).exists());
}

void TestPackSigning::trustStore()
{
    TrustStore trust(m_trustFolder);
    QCOMPARE(trust.keys().size(), std::size_t(1));
    QVERIFY(trust.keys().front().bundled);
    QVERIFY(trust.keys().front().key.name.contains(u"TEST"_s));
    const auto key = signing::generate(u"Chamber"_s, Now, Now.addYears(2));
    const QString file = m_dir->filePath(u"chamber.pub.json"_s);
    write(file, signing::toJson(key.publicKey));
    const auto added = trust.add(file);
    QVERIFY(added);
    QCOMPARE(added->key.keyId(), key.publicKey.keyId());
    QVERIFY(QFile::exists(m_trustFolder + u'/' + key.publicKey.keyId() + u".pub.json"_s));
    QVERIFY(trust.add(file)); // again: no change, no error
    QCOMPARE(TrustStore(m_trustFolder).keys().size(), std::size_t(2));

    const auto bundledId = trust.keys().front().key.keyId();
    const auto refused = trust.remove(bundledId);
    QVERIFY(!refused);
    QVERIFY(refused.error().first().message.contains(u"cannot be removed"_s));
    QVERIFY(!trust.remove(u"ffffffffffffffff"_s));
    QVERIFY(trust.remove(key.publicKey.keyId()));
    QCOMPARE(TrustStore(m_trustFolder).keys().size(), std::size_t(1));

    const auto old = signing::generate(u"Old"_s, Now.addYears(-3), Now.addYears(-1));
    write(file, signing::toJson(old.publicKey));
    const auto expired = trust.add(file);
    QVERIFY(!expired);
    QVERIFY(expired.error().first().message.contains(u"expired"_s));

    write(m_trustFolder + u"/broken.pub.json"_s, "{");
    QCOMPARE(TrustStore(m_trustFolder).problems().size(), 1);
}

void TestPackSigning::bundledPacksVerify()
{
    const auto entries = repository().list();
    const auto files = QDir(PackRepository::bundledFolder()).entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(files.size() >= 2);
    QCOMPARE(entries.size(), std::size_t(files.size()));
    for (const PackEntry& e : entries) {
        QCOMPARE(e.source, PackSource::Bundled);
        QCOMPARE(e.verification.state, TrustState::Verified);
        QCOMPARE(e.verification.keyId, TrustStore(m_trustFolder).keys().front().key.keyId());
        QVERIFY(e.verification.signedAt.isValid());
    }
}

void TestPackSigning::installRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<TrustState>("state");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unsigned") << u"unsigned"_s << TrustState::Unsigned << u"not signed"_s;
    QTest::newRow("pack changed after signing")
        << u"tampered pack"_s << TrustState::Tampered << u"was changed after \"Chamber\" signed it"_s;
    QTest::newRow("signature file edited")
        << u"tampered signature"_s << TrustState::Tampered << u"the signature file was changed"_s;
    QTest::newRow("signature of another pack")
        << u"moved signature"_s << TrustState::Tampered << u"the pack was changed"_s;
    QTest::newRow("unknown signer") << u"unknown"_s << TrustState::UnknownSigner << u"not trusted here"_s;
    QTest::newRow("expired key") << u"expired"_s << TrustState::ExpiredKey << u"expired on"_s;
}

void TestPackSigning::installRefuses()
{
    QFETCH(QString, kind);
    QFETCH(TrustState, state);
    QFETCH(QString, reason);
    const auto chamber = makeSigner(u"Chamber"_s, true);
    const auto stranger = makeSigner(u"Stranger"_s, false);
    const auto lapsed = makeSigner(u"Lapsed"_s, true, Now.addDays(-10));
    const QByteArray bytes = packVersion(u"3.2.0"_s);
    QString pack;
    if (kind == u"unsigned") {
        pack = packFile(u"p.json"_s, bytes, nullptr);
    } else if (kind == u"tampered pack") {
        pack = packFile(u"p.json"_s, bytes, &chamber);
        QByteArray changed = bytes;
        changed.replace(R"("points": 4)", R"("points": 40)");
        write(pack, changed);
    } else if (kind == u"tampered signature") {
        pack = packFile(u"p.json"_s, bytes, &chamber);
        QByteArray sig = read(pack + u".sig"_s);
        sig.replace("\"Chamber\"", "\"METI\"");
        write(pack + u".sig"_s, sig);
    } else if (kind == u"moved signature") {
        pack = packFile(u"p.json"_s, bytes, nullptr);
        const QString other = packFile(u"other.json"_s, packVersion(u"3.3.0"_s), &chamber);
        QFile::copy(other + u".sig"_s, pack + u".sig"_s);
    } else if (kind == u"unknown") {
        pack = packFile(u"p.json"_s, bytes, &stranger);
    } else {
        pack = packFile(u"p.json"_s, bytes, &lapsed, Now.addDays(-30));
    }
    PackRepository repo = repository();
    const auto inspected = repo.inspect(pack);
    QVERIFY(inspected);
    QCOMPARE(inspected->verification.state, state);
    QVERIFY2(inspected->verification.reason.contains(reason), qPrintable(inspected->verification.reason));
    const auto installed = repo.install(pack);
    QVERIFY(!installed);
    QCOMPARE(installed.error().first().code, ErrorCode::Untrusted);
    QCOMPARE(installed.error().first().file, pack);
    QVERIFY2(installed.error().first().message.contains(reason), qPrintable(installed.error().first().message));
    // Nothing written: the user folder does not even exist.
    QVERIFY(!QDir(m_userFolder).exists());
    QCOMPARE(repo.versions(u"ipa-self-check"_s), QStringList{u"3.1.0"_s});
}

void TestPackSigning::installSignedThenTamperAtLoad()
{
    const auto chamber = makeSigner(u"Chamber"_s, true);
    const QString pack = packFile(u"p.json"_s, packVersion(u"3.2.0"_s), &chamber);
    PackRepository repo = repository();
    const auto installed = repo.install(pack);
    QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().first().toString()));
    QVERIFY(!installed->alreadyInstalled);
    QCOMPARE(installed->entry.source, PackSource::User);
    QCOMPARE(installed->entry.verification.state, TrustState::Verified);
    QCOMPARE(installed->entry.verification.signer, u"Chamber"_s);
    const QString target = m_userFolder + u"/ipa-self-check-3.2.0.json"_s;
    QCOMPARE(installed->entry.path, target);
    QVERIFY(QFile::exists(target + u".sig"_s));
    QCOMPARE(repo.find(u"ipa-self-check"_s)->version, u"3.2.0"_s);
    QCOMPARE(repo.find(u"ipa-self-check"_s)->verification.signer, u"Chamber"_s);

    // Verified again at load: an edit after installation makes the pack unusable, with the reason.
    QByteArray changed = read(target);
    changed.replace(R"("points": 4)", R"("points": 5)");
    write(target, changed);
    Diagnostics problems;
    std::vector<PackEntry> refused;
    const auto entries = repository().list(&problems, &refused);
    QCOMPARE(refused.size(), std::size_t(1));
    QCOMPARE(refused.front().verification.state, TrustState::Tampered);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, ErrorCode::Untrusted);
    QCOMPARE(problems.first().file, target);
    QVERIFY(problems.first().message.contains(u"tampered"_s));
    QCOMPARE(repository().find(u"ipa-self-check"_s)->version, u"3.1.0"_s);
    const auto exact = repository().findVersion(u"ipa-self-check"_s, u"3.2.0"_s);
    QVERIFY(!exact);
    QVERIFY(std::any_of(exact.error().begin(), exact.error().end(),
                        [](const Diagnostic& d) { return d.code == ErrorCode::Untrusted; }));
    const auto named = repository().find(target);
    QVERIFY(!named);
    QCOMPARE(named.error().first().code, ErrorCode::Untrusted);
    // A refused pack can still be removed.
    QVERIFY(repository().remove(u"ipa-self-check"_s));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFile::exists(target + u".sig"_s));
}

void TestPackSigning::unsignedOnlyWhenAllowedAndRemembered()
{
    const QString pack = packFile(u"p.json"_s, packVersion(u"3.2.0"_s), nullptr);
    PackRepository repo = repository();
    InstallOptions allow;
    allow.allowUnsigned = true;
    const auto installed = repo.install(pack, allow);
    QVERIFY(installed);
    QCOMPARE(installed->entry.verification.state, TrustState::Unsigned);
    QVERIFY(installed->entry.verification.reason.contains(u"--allow-unsigned"_s));
    const auto found = repository().findVersion(u"ipa-self-check"_s, u"3.2.0"_s);
    QVERIFY(found);
    QCOMPARE(found->verification.state, TrustState::Unsigned);
    QVERIFY(found->verification.unsignedAllowed);
    // The decision was for these bytes only.
    const QString target = m_userFolder + u"/ipa-self-check-3.2.0.json"_s;
    QByteArray changed = read(target);
    changed.replace(R"("points": 4)", R"("points": 3)");
    write(target, changed);
    std::vector<PackEntry> refused;
    repository().list(nullptr, &refused);
    QCOMPARE(refused.size(), std::size_t(1));
    QCOMPARE(refused.front().verification.state, TrustState::Tampered);
    // A pack copied into the folder by hand, without the administrator's decision, is refused too.
    QVERIFY(QFile::remove(target + u".unsigned"_s));
    write(target, packVersion(u"3.2.0"_s));
    refused.clear();
    repository().list(nullptr, &refused);
    QCOMPARE(refused.size(), std::size_t(1));
    QCOMPARE(refused.front().verification.state, TrustState::Unsigned);
    QVERIFY(refused.front().verification.reason.contains(u"--allow-unsigned"_s));
    // A draft named directly (an author trying it out) loads, marked unsigned.
    const auto draft = repository().find(pack);
    QVERIFY(draft);
    QCOMPARE(draft->verification.state, TrustState::Unsigned);
}

void TestPackSigning::versionsLiveSideBySide()
{
    const auto chamber = makeSigner(u"Chamber"_s, true);
    PackRepository repo = repository();
    for (const QString& v : {u"3.2.0"_s, u"3.10.0"_s}) {
        QVERIFY(repo.install(packFile(v + u".json"_s, packVersion(v), &chamber)));
    }
    QCOMPARE(repo.versions(u"ipa-self-check"_s), (QStringList{u"3.10.0"_s, u"3.2.0"_s, u"3.1.0"_s}));
    QCOMPARE(repo.find(u"ipa-self-check"_s)->version, u"3.10.0"_s);
    QCOMPARE(repo.findVersion(u"ipa-self-check"_s, u"3.2.0"_s)->version, u"3.2.0"_s);
    QCOMPARE(repo.findVersion(u"ipa-self-check"_s, u"3.1.0"_s)->verification.state, TrustState::Verified);
    const auto missing = repo.findVersion(u"ipa-self-check"_s, u"9.0.0"_s);
    QVERIFY(!missing);
    QVERIFY(missing.error().first().message.contains(u"3.10.0, 3.2.0, 3.1.0"_s));
    const auto ambiguous = repo.remove(u"ipa-self-check"_s);
    QVERIFY(!ambiguous);
    QVERIFY(ambiguous.error().first().message.contains(u"ipa-self-check@3.10.0, ipa-self-check@3.2.0"_s));
    const auto bundled = repo.remove(u"ipa-self-check@3.1.0"_s);
    QVERIFY(!bundled);
    QVERIFY(bundled.error().first().message.contains(u"comes with Mamori"_s));
    QCOMPARE(repo.remove(u"ipa-self-check@3.10.0"_s)->version, u"3.10.0"_s);
    QCOMPARE(repo.find(u"ipa-self-check"_s)->version, u"3.2.0"_s);
}

void TestPackSigning::sameVersionOtherContentIsRefused()
{
    const auto chamber = makeSigner(u"Chamber"_s, true);
    PackRepository repo = repository();
    const QString first = packFile(u"a.json"_s, packVersion(u"3.2.0"_s), &chamber);
    QVERIFY(repo.install(first));
    const auto again = repo.install(first);
    QVERIFY(again);
    QVERIFY(again->alreadyInstalled);
    QByteArray other = packVersion(u"3.2.0"_s);
    other.replace(R"("points": 4)", R"("points": 3)");
    const auto changed = repo.install(packFile(u"b.json"_s, other, &chamber));
    QVERIFY(!changed);
    QCOMPARE(changed.error().first().code, ErrorCode::Duplicate);
    QVERIFY(changed.error().first().message.contains(u"needs a new version number"_s));
    // The bundled version cannot be replaced by other bytes either.
    QByteArray bundled = bundledPackBytes();
    bundled.replace(R"("points": 4)", R"("points": 3)");
    QVERIFY(!repo.install(packFile(u"c.json"_s, bundled, &chamber)));
    QCOMPARE(read(m_userFolder + u"/ipa-self-check-3.2.0.json"_s), packVersion(u"3.2.0"_s));
}

void TestPackSigning::removingTrustRefusesItsPacks()
{
    const auto chamber = makeSigner(u"Chamber"_s, true);
    QVERIFY(repository().install(packFile(u"p.json"_s, packVersion(u"3.2.0"_s), &chamber)));
    TrustStore trust(m_trustFolder);
    QVERIFY(trust.remove(chamber.publicKey.keyId()));
    std::vector<PackEntry> refused;
    repository().list(nullptr, &refused);
    QCOMPARE(refused.size(), std::size_t(1));
    QCOMPARE(refused.front().verification.state, TrustState::UnknownSigner);
    QCOMPARE(refused.front().verification.keyId, chamber.publicKey.keyId());
}

void TestPackSigning::expiredKeyKeepsEarlierInstalls()
{
    // Installed while the key was valid (placed as `pack install` leaves it), loaded after it expired.
    const auto lapsed = makeSigner(u"Lapsed"_s, true, Now.addDays(-10));
    QVERIFY(QDir().mkpath(m_userFolder));
    const QString target = m_userFolder + u"/ipa-self-check-3.2.0.json"_s;
    write(target, packVersion(u"3.2.0"_s));
    const auto s = signing::sign(packVersion(u"3.2.0"_s), u"ipa-self-check"_s, u"3.2.0"_s, lapsed, Now.addDays(-30));
    write(target + u".sig"_s, signing::toJson(s));
    const auto loaded = repository().findVersion(u"ipa-self-check"_s, u"3.2.0"_s);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().first().toString()));
    QCOMPARE(loaded->verification.state, TrustState::Verified);
    // A signature dated after the key's end is refused even at load.
    const auto late = signing::sign(packVersion(u"3.2.0"_s), u"ipa-self-check"_s, u"3.2.0"_s, lapsed, Now.addDays(-1));
    write(target + u".sig"_s, signing::toJson(late));
    std::vector<PackEntry> refused;
    repository().list(nullptr, &refused);
    QCOMPARE(refused.size(), std::size_t(1));
    QCOMPARE(refused.front().verification.state, TrustState::ExpiredKey);
    QVERIFY(refused.front().verification.reason.contains(u"after the key"_s));
}

void TestPackSigning::testKeyVouchesOnlyWhereAllowed_data()
{
    QTest::addColumn<int>("trust"); // TestKeyTrust
    QTest::addColumn<bool>("compiledIn");
    QTest::addColumn<int>("state"); // TrustState
    const int everywhere = int(TestKeyTrust::Everywhere);
    const int compiledInOnly = int(TestKeyTrust::CompiledInOnly);
    QTest::newRow("development build, built-in pack") << everywhere << true << int(TrustState::Verified);
    QTest::newRow("development build, pack from a file") << everywhere << false << int(TrustState::Verified);
    QTest::newRow("release build, built-in pack") << compiledInOnly << true << int(TrustState::Verified);
    QTest::newRow("release build, pack from a file") << compiledInOnly << false << int(TrustState::UnknownSigner);
    QTest::newRow("release build, pack installed where only root can change it")
        << compiledInOnly << true << int(TrustState::Verified);
}

void TestPackSigning::testKeyVouchesOnlyWhereAllowed()
{
    // The test key's secret is in the repository: anyone can sign "ipa-self-check 3.9.0" with it. A
    // release build trusts it only for the packs compiled into Mamori, and will not be told to trust it.
    QFETCH(int, trust);
    QFETCH(bool, compiledIn);
    QFETCH(int, state);
    QFile secretFile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/keys/mamori-TEST-ONLY-bundled-packs.secret.json"));
    QVERIFY(secretFile.open(QIODevice::ReadOnly));
    const auto secret = signing::parseSecretKey(secretFile.readAll(), secretFile.fileName());
    QVERIFY(secret);
    QVERIFY(isTestKey(secret->publicKey));
    const TrustStore store(m_trustFolder, TestKeyTrust(trust));
    QFile bundled(PackRepository::bundledFolder() + u"/ipa-self-check.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QByteArray bytes = bundled.readAll();
    QString version = QJsonDocument::fromJson(bytes).object()[u"version"_s].toString();
    QString signature = bundled.fileName() + u".sig"_s;
    std::unique_ptr<QTemporaryDir> system;
    if (compiledIn &&
        QTest::currentDataTag() == QByteArray("release build, pack installed where only root can change it")) {
        // As the Debian package installs them: a copy of the pack and its signature in a folder whose
        // every part only root can write (/usr/share/mamori/questionnaires; here a folder under /run).
        if (::geteuid() != 0) {
            QSKIP("needs root, to make a folder only root can change");
        }
        system = std::make_unique<QTemporaryDir>(u"/run/mamori-trust-XXXXXX"_s);
        if (!system->isValid()) {
            QSKIP("cannot make a folder under /run");
        }
        QVERIFY(QFile::setPermissions(system->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                          QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                          QFile::ExeOther));
        signature = system->filePath(u"ipa-self-check.json.sig"_s);
        QVERIFY(QFile::copy(bundled.fileName() + u".sig"_s, signature));
        QVERIFY(QFile::setPermissions(signature,
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    if (!compiledIn) {
        bytes.replace(u"\"version\": \"%1\""_s.arg(version).toUtf8(), "\"version\": \"3.9.0\"");
        version = u"3.9.0"_s;
        signature = packFile(u"evil.json"_s, bytes, &*secret) + u".sig"_s;
    }
    const Verification v = verifyPack(bytes, u"ipa-self-check"_s, version, signature, store, VerifyFor::Install);
    QCOMPARE(int(v.state), state);
    if (TrustState(state) == TrustState::UnknownSigner) {
        QVERIFY2(v.reason.contains(u"whose secret anyone can read"_s), qPrintable(v.reason));
        // Nor can the administrator be talked into trusting it.
        TrustStore adding(m_trustFolder, TestKeyTrust(trust));
        const QString pub = m_dir->filePath(u"test.pub.json"_s);
        write(pub, signing::toJson(secret->publicKey));
        const auto added = adding.add(pub);
        QVERIFY(added); // it is the bundled key already: nothing to add …
        QVERIFY(adding.find(secret->publicKey.keyId())->compiledInOnly); // … and it stays limited
    }
}

QTEST_GUILESS_MAIN(TestPackSigning)
#include "tst_packsigning.moc"
