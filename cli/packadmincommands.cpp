#include "cli/inputs.h"
#include "cli/packcommands.h"
#include "core/format.h"
#include "core/json.h"
#include "core/packloader.h"
#include "core/packrepository.h"
#include "core/signing.h"
#include "core/storelocation.h"
#include "core/textcheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PackAdminCommands)
};

// The UTC day: a key made with --expires DAY ends at that day's last second, UTC.
QString day(const QDateTime& time)
{
    return time.isValid() ? formatDate(time.toUTC().date()) : QString();
}

QJsonObject verificationJson(const Verification& v)
{
    QJsonObject o{{u"state"_s, trustStateId(v.state)}, {u"reason"_s, v.reason}};
    if (!v.keyId.isEmpty()) {
        o.insert(u"key_id"_s, v.keyId);
        o.insert(u"signer"_s, v.signer);
        o.insert(u"signed_at"_s, signing::timeText(v.signedAt));
    }
    return o;
}

// The pack file a signature is about: valid, so nobody signs a pack that cannot load.
std::optional<Pack> validPack(const QString& path, Context& ctx)
{
    PackLoader loader;
    auto pack = loader.loadFile(path);
    if (!pack) {
        Command::printDiagnosticsTo(pack.error(), ctx);
        return std::nullopt;
    }
    Command::printDiagnosticsTo(loader.warnings(), ctx);
    return std::move(*pack);
}

} // namespace

// --- pack install ---------------------------------------------------------------------------------

QString PackInstallCommand::name() const
{
    return u"pack install"_s;
}

QString PackInstallCommand::summary() const
{
    return Tr::tr("Check a pack's signature and install it beside the bundled packs.");
}

int PackInstallCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::string>()->required(), Tr::tr("pack file").toStdString().c_str())(
        "signature", po::value<std::string>(), Tr::tr("signature file (default: FILE.sig)").toStdString().c_str())(
        "allow-unsigned",
        Tr::tr("install a pack without signature; pack lists mark it as unsigned").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx,
                                u"pack install FILE [--signature SIG] [--allow-unsigned]"_s)) {
        return *stop;
    }
    PackRepository packs;
    InstallOptions install;
    install.signaturePath = text(values, "signature");
    install.allowUnsigned = values.count("allow-unsigned") > 0;
    const auto result = packs.install(text(values, "file"), install);
    if (!result) {
        printDiagnosticsTo(result.error(), ctx);
        return InvalidInput;
    }
    const PackEntry& e = result->entry;
    if (result->alreadyInstalled) {
        ctx.out << Tr::tr("%1 %2 is already installed (%3); nothing changed.")
                       .arg(e.id, e.version, packSourceLabel(e.source))
                << u'\n';
        return Success;
    }
    ctx.out << Tr::tr("Installed %1 %2: %3").arg(e.id, e.version, e.verification.reason) << u'\n';
    ctx.out << Tr::tr("New assessments use the newest version; earlier assessments keep theirs until migrated.")
            << u'\n';
    return Success;
}

// --- pack remove ----------------------------------------------------------------------------------

QString PackRemoveCommand::name() const
{
    return u"pack remove"_s;
}

QString PackRemoveCommand::summary() const
{
    return Tr::tr("Remove an installed pack version (not while assessments use it, unless forced).");
}

int PackRemoveCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("pack", po::value<std::string>()->required(),
                          Tr::tr("ID or ID@VERSION").toStdString().c_str())(
        "force", Tr::tr("remove it even though stored assessments use it").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("pack", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"pack remove ID[@VERSION] [--force]"_s)) {
        return *stop;
    }
    PackRepository packs;
    const auto target = packs.installed(text(values, "pack"));
    if (!target) {
        printDiagnosticsTo(target.error(), ctx);
        return InvalidInput;
    }
    const QString path = ctx.database.isEmpty() ? Store::defaultPath() : ctx.database;
    if (!values.count("force") && (StoreLocation::looksLikeUrl(path) || QFileInfo::exists(path))) {
        auto store = openStoreForReading(ctx);
        if (!store) {
            return InvalidInput;
        }
        auto users = store->assessmentsWithPack(target->id, target->version);
        if (!users) {
            printDiagnosticsTo(users.error(), ctx);
            return InvalidInput;
        }
        if (!users->empty()) {
            QStringList ids;
            for (const AssessmentRecord& r : *users) {
                ids.append(QString::number(r.id));
            }
            ctx.err << Tr::tr("mamori-cli pack remove: %n stored assessment(s) use %1 %2 (%3); migrate them "
                              "first, or give --force (they cannot be scored until it is installed again)",
                              nullptr, int(users->size()))
                           .arg(target->id, target->version, ids.join(u", "_s))
                    << u'\n';
            return InvalidInput;
        }
    }
    const auto removed = packs.remove(target->id + u'@' + target->version);
    if (!removed) {
        printDiagnosticsTo(removed.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Removed %1 %2.").arg(removed->id, removed->version) << u'\n';
    return Success;
}

// --- pack keygen ----------------------------------------------------------------------------------

QString PackKeygenCommand::name() const
{
    return u"pack keygen"_s;
}

QString PackKeygenCommand::summary() const
{
    return Tr::tr("Make a key pair for signing packs: a secret key to keep, a public key to hand out.");
}

int PackKeygenCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("name", po::value<std::string>()->required(),
                          Tr::tr("who signs, as users will see it").toStdString().c_str())(
        "out", po::value<std::string>()->required(),
        Tr::tr("writes OUT.secret.json and OUT.pub.json").toStdString().c_str())(
        "expires", po::value<std::string>(), Tr::tr("last day the key may sign (YYYY-MM-DD)").toStdString().c_str());
    po::variables_map values;
    const QString usage = u"pack keygen --name NAME --out BASE [--expires YYYY-MM-DD]"_s;
    if (const auto stop = parse(args, options, {}, values, ctx, usage)) {
        return *stop;
    }
    const QString name = text(values, "name").trimmed();
    if (name.isEmpty()) {
        ctx.err << Tr::tr("mamori-cli pack keygen: the key needs a name") << u'\n';
        return UsageError;
    }
    if (const QString problem = textProblem(name, TextRules{false, MaxKeyNameLength}); !problem.isEmpty()) {
        ctx.err << Tr::tr("mamori-cli pack keygen: --name %1").arg(problem) << u'\n';
        return InvalidInput;
    }
    QDateTime expires;
    if (values.count("expires")) {
        const QDate date = QDate::fromString(text(values, "expires"), Qt::ISODate);
        if (!date.isValid() || date <= QDate::currentDate()) {
            ctx.err << Tr::tr("mamori-cli pack keygen: --expires needs a future date such as 2028-03-31, not \"%1\"")
                           .arg(text(values, "expires"))
                    << u'\n';
            return UsageError;
        }
        // The whole last day counts.
        expires = QDateTime(date, QTime(23, 59, 59), Qt::UTC);
    }
    const QString base = text(values, "out");
    const QString secretPath = base + u".secret.json"_s;
    const QString publicPath = base + u".pub.json"_s;
    for (const QString& path : {secretPath, publicPath}) {
        if (QFileInfo::exists(path)) {
            ctx.err << Tr::tr("mamori-cli pack keygen: %1 exists; a key is never overwritten").arg(path) << u'\n';
            return InvalidInput;
        }
    }
    if (!signing::initialise()) {
        ctx.err << Tr::tr("mamori-cli pack keygen: the cryptography library cannot start") << u'\n';
        return InvalidInput;
    }
    const signing::SecretKey key = signing::generate(name, QDateTime::currentDateTimeUtc(), expires);
    for (const auto& [path, bytes, ownerOnly] : {std::tuple{secretPath, signing::toJson(key), true},
                                                 std::tuple{publicPath, signing::toJson(key.publicKey), false}}) {
        if (auto written = writeFileAtomically(path, bytes, ownerOnly); !written) {
            printDiagnosticsTo(written.error(), ctx);
            return InvalidInput;
        }
    }
    ctx.out << Tr::tr("Key %1 for \"%2\"").arg(key.publicKey.keyId(), name) << u'\n';
    ctx.out << Tr::tr("  secret: %1 (readable by you only; keep it off shared drives)").arg(secretPath) << u'\n';
    ctx.out
        << Tr::tr("  public: %1 (give it to the users who install your packs: mamori-cli trust add)").arg(publicPath)
        << u'\n';
    if (expires.isValid()) {
        ctx.out << Tr::tr("  signs until %1").arg(day(expires)) << u'\n';
    }
    return Success;
}

// --- pack sign ------------------------------------------------------------------------------------

QString PackSignCommand::name() const
{
    return u"pack sign"_s;
}

QString PackSignCommand::summary() const
{
    return Tr::tr("Sign a valid pack with your secret key (writes FILE.sig beside it).");
}

int PackSignCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::string>()->required(), Tr::tr("pack file").toStdString().c_str())(
        "key", po::value<std::string>()->required(), Tr::tr("secret key file").toStdString().c_str())(
        "out", po::value<std::string>(), Tr::tr("signature file (default: FILE.sig)").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"pack sign --key SECRET FILE [--out SIG]"_s)) {
        return *stop;
    }
    const QString file = text(values, "file");
    const QString keyPath = text(values, "key");
    auto keyBytes = readFileBytes(keyPath, 64 * 1024);
    auto key =
        keyBytes ? signing::parseSecretKey(*keyBytes, keyPath) : Result<signing::SecretKey>(failure(keyBytes.error()));
    const auto pack = validPack(file, ctx);
    if (!key) {
        printDiagnosticsTo(key.error(), ctx);
    }
    if (!key || !pack) {
        return InvalidInput;
    }
    if (key->publicKey.expiredAt(QDateTime::currentDateTimeUtc())) {
        ctx.err << Tr::tr("%1: the key expired on %2; make a new one with \"pack keygen\" and hand out its public key")
                       .arg(keyPath, day(key->publicKey.expires))
                << u'\n';
        return InvalidInput;
    }
    auto bytes = readFileBytes(file, PackLoader::MaxBytes);
    if (!bytes) {
        printDiagnosticsTo(bytes.error(), ctx);
        return InvalidInput;
    }
    const auto signature = signing::sign(*bytes, pack->id, pack->version, *key, QDateTime::currentDateTimeUtc());
    const QString out = values.count("out") ? text(values, "out") : file + u".sig"_s;
    if (auto written = writeFileAtomically(out, signing::toJson(signature)); !written) {
        printDiagnosticsTo(written.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Signed %1 %2 as \"%3\" (%4): %5")
                   .arg(pack->id, pack->version, terminalSafe(key->publicKey.name), key->publicKey.keyId(), out)
            << u'\n';
    return Success;
}

// --- pack verify ----------------------------------------------------------------------------------

QString PackVerifyCommand::name() const
{
    return u"pack verify"_s;
}

QString PackVerifyCommand::summary() const
{
    return Tr::tr("Check a pack's signature against the trusted keys, as installing it would.");
}

int PackVerifyCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::string>()->required(), Tr::tr("pack file").toStdString().c_str())(
        "signature", po::value<std::string>(), Tr::tr("signature file (default: FILE.sig)").toStdString().c_str());
    addFormatOption(options);
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx,
                                u"pack verify FILE [--signature SIG] [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    const QString file = text(values, "file");
    const auto inspected = PackRepository().inspect(file, text(values, "signature"));
    if (!inspected) {
        printDiagnosticsTo(inspected.error(), ctx);
        return InvalidInput;
    }
    const Verification& v = inspected->verification;
    if (*format == OutputFormat::Json) {
        QJsonObject o = verificationJson(v);
        o.insert(u"pack"_s, QJsonObject{{u"id"_s, inspected->pack.id}, {u"version"_s, inspected->pack.version}});
        o.insert(u"file"_s, file);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << u"%1 %2: %3 — %4"_s.arg(inspected->pack.id, inspected->pack.version, trustStateLabel(v.state),
                                           v.reason)
                << u'\n';
        printDiagnosticsTo(v.problems, ctx);
    }
    return v.verified() ? Success : InvalidInput;
}

// --- trust ----------------------------------------------------------------------------------------

QString TrustAddCommand::name() const
{
    return u"trust add"_s;
}

QString TrustAddCommand::summary() const
{
    return Tr::tr("Trust a signer's public key, so their packs can be installed.");
}

int TrustAddCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::string>()->required(),
                          Tr::tr("public key file").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"trust add KEY.pub.json"_s)) {
        return *stop;
    }
    TrustStore trust;
    const auto added = trust.add(text(values, "file"));
    if (!added) {
        printDiagnosticsTo(added.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Trusted \"%1\" (%2).").arg(terminalSafe(added->key.name), added->key.keyId()) << u'\n';
    ctx.out << Tr::tr("Check the key id with its owner by phone or in person before installing their packs.") << u'\n';
    return Success;
}

QString TrustListCommand::name() const
{
    return u"trust list"_s;
}

QString TrustListCommand::summary() const
{
    return Tr::tr("List the keys whose pack signatures Mamori accepts.");
}

int TrustListCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    addFormatOption(options);
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"trust list [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    const TrustStore trust;
    printDiagnosticsTo(trust.problems(), ctx);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (*format == OutputFormat::Json) {
        QJsonArray list;
        for (const TrustedKey& k : trust.keys()) {
            QJsonObject o{{u"key_id"_s, k.key.keyId()},
                          {u"name"_s, k.key.name},
                          {u"bundled"_s, k.bundled},
                          {u"created"_s, signing::timeText(k.key.created)},
                          {u"expired"_s, k.key.expiredAt(now)}};
            if (k.key.expires.isValid()) {
                o.insert(u"expires"_s, signing::timeText(k.key.expires));
            }
            list.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return trust.problems().isEmpty() ? Success : InvalidInput;
    }
    for (const TrustedKey& k : trust.keys()) {
        QString notes = k.bundled ? Tr::tr("bundled") : Tr::tr("added");
        if (k.key.expires.isValid()) {
            notes +=
                u", "_s + (k.key.expiredAt(now) ? Tr::tr("expired %1") : Tr::tr("until %1")).arg(day(k.key.expires));
        }
        ctx.out << k.key.keyId() << u"  "_s << pad(notes, 20) << u"  "_s << terminalSafe(k.key.name) << u'\n';
    }
    return trust.problems().isEmpty() ? Success : InvalidInput;
}

QString TrustRemoveCommand::name() const
{
    return u"trust remove"_s;
}

QString TrustRemoveCommand::summary() const
{
    return Tr::tr("Stop trusting a key; packs it signed are refused from then on.");
}

int TrustRemoveCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("key", po::value<std::string>()->required(), Tr::tr("key id").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("key", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"trust remove KEY_ID"_s)) {
        return *stop;
    }
    TrustStore trust;
    const auto removed = trust.remove(text(values, "key"));
    if (!removed) {
        printDiagnosticsTo(removed.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("No longer trusted: \"%1\" (%2).").arg(terminalSafe(removed->key.name), removed->key.keyId())
            << u'\n';
    // Say what stops loading now, so nobody is surprised by it later in the middle of an assessment.
    std::vector<PackEntry> refused;
    PackRepository().list(nullptr, &refused);
    for (const PackEntry& e : refused) {
        if (e.verification.keyId == removed->key.keyId()) {
            ctx.out << Tr::tr("  %1 %2 is refused from now on (%3)").arg(e.id, e.version, e.path) << u'\n';
        }
    }
    return Success;
}

} // namespace mamori::cli
