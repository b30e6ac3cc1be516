#include "core/packrepository.h"

#include "core/format.h"
#include "core/json.h"
#include "core/packloader.h"
#include "core/paths.h"
#include "core/sizes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PackRepository)
};

// Beside a pack installed with --allow-unsigned: the administrator's decision and the bytes it was
// made for, so an unsigned pack that changes afterwards is refused like a tampered one.
constexpr auto UnsignedMarkerFormat = "mamori-unsigned/1";

QString signatureFor(const QString& packPath)
{
    return packPath + u".sig"_s;
}

QString markerFor(const QString& packPath)
{
    return packPath + u".unsigned"_s;
}

Diagnostic refusal(const QString& file, const QString& message)
{
    return fileError(ErrorCode::Untrusted, file, message);
}

Diagnostics refusal(const QString& file, const Verification& v)
{
    Diagnostics out{refusal(file, Tr::tr("refused (%1): %2").arg(trustStateLabel(v.state), v.reason))};
    out.append(v.problems);
    return out;
}

// The unsigned marker's digest, or empty when there is none or it cannot be read (then not allowed).
QString allowedUnsignedDigest(const QString& packPath, QDateTime* allowedAt)
{
    QFile file(markerFor(packPath));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(u"format"_s).toString() != QLatin1StringView(UnsignedMarkerFormat)) {
        return {};
    }
    *allowedAt = QDateTime::fromString(o.value(u"allowed_at"_s).toString(), Qt::ISODate);
    return o.value(u"digest"_s).toString();
}

PackEntry entryFor(const Pack& pack, PackSource source)
{
    return PackEntry{pack.id,         pack.version, pack.title,        int(pack.questions.size()),
                     pack.sourcePath, source,       pack.verification, pack.digest};
}

} // namespace

QString packSourceId(PackSource source)
{
    switch (source) {
    case PackSource::Bundled:
        return u"bundled"_s;
    case PackSource::User:
        return u"installed"_s;
    case PackSource::Path:
        return u"path"_s;
    }
    return {};
}

QString packSourceLabel(PackSource source)
{
    switch (source) {
    case PackSource::Bundled:
        return Tr::tr("bundled");
    case PackSource::User:
        return Tr::tr("installed");
    case PackSource::Path:
        return Tr::tr("path");
    }
    return {};
}

bool PackEntry::usable(PackSource source, const Verification& verification)
{
    if (verification.state == TrustState::Verified) {
        return true;
    }
    return verification.state == TrustState::Unsigned && verification.unsignedAllowed && source != PackSource::Bundled;
}

QString trustedBecause(const PackEntry& entry)
{
    if (entry.source == PackSource::Bundled && entry.verification.verified()) {
        return Tr::tr("built into Mamori; %1").arg(entry.verification.reason);
    }
    return entry.verification.reason;
}

PackRepository::PackRepository() : PackRepository(defaultFolders(), defaultUserFolder(), TrustStore()) {}

PackRepository::PackRepository(QStringList folders)
    : PackRepository(std::move(folders), defaultUserFolder(), TrustStore())
{}

PackRepository::PackRepository(QStringList folders, QString userFolder, TrustStore trust)
    : m_folders(std::move(folders)), m_userFolder(std::move(userFolder)), m_trust(std::move(trust))
{}

QString PackRepository::bundledFolder()
{
    return u":/mamori/questionnaires"_s;
}

QString PackRepository::defaultUserFolder()
{
    const QString data = dataFolder();
    return data.isEmpty() ? QString() : data + u"/packs"_s;
}

QStringList PackRepository::defaultFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("MAMORI_PACK_PATH");
    for (const QString& folder : env.split(u':', Qt::SkipEmptyParts)) {
        folders.append(folder);
    }
    if (const QString user = defaultUserFolder(); !user.isEmpty()) {
        folders.append(user);
    }
    folders.append(bundledFolder());
    return folders;
}

int PackRepository::compareVersions(const QString& a, const QString& b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    // Parts are compared as digit strings, shorter (after leading zeros) being smaller, so no part is too
    // large to compare: a loader bounds them, and a file that slipped past it still sorts by its value.
    const auto digits = [](const QStringList& parts, qsizetype i) {
        QStringView part = i < parts.size() ? QStringView(parts[i]) : QStringView();
        while (part.size() > 1 && part.front() == u'0') {
            part = part.mid(1);
        }
        return part.isEmpty() ? QStringView(u"0") : part;
    };
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const QStringView x = digits(pa, i);
        const QStringView y = digits(pb, i);
        if (x.size() != y.size()) {
            return x.size() < y.size() ? -1 : 1;
        }
        if (const int c = x.compare(y); c != 0) {
            return c < 0 ? -1 : 1;
        }
    }
    return 0;
}

PackSource PackRepository::sourceOf(const QString& folder) const
{
    if (folder == bundledFolder()) {
        return PackSource::Bundled;
    }
    if (!m_userFolder.isEmpty() && QDir::cleanPath(folder) == QDir::cleanPath(m_userFolder)) {
        return PackSource::User;
    }
    return PackSource::Path;
}

Result<Pack> PackRepository::load(const QString& path, PackSource source) const
{
    auto pack = examine(path, source);
    if (pack && !PackEntry::usable(source, pack->verification)) {
        return failure(refusal(path, pack->verification));
    }
    return pack;
}

Result<Pack> PackRepository::examine(const QString& path, PackSource source) const
{
    auto bytes = readFileBytes(path, PackLoader::MaxBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    PackLoader loader;
    auto pack = loader.loadData(*bytes, path);
    if (!pack) {
        return failure(pack.error());
    }
    pack->sourcePath = path;
    Verification& v = pack->verification;
    v = verifyPack(*bytes, pack->id, pack->version, signatureFor(path), m_trust, VerifyFor::Load);
    if (v.state == TrustState::Unsigned) {
        switch (source) {
        case PackSource::Bundled:
            v.reason = Tr::tr("a pack bundled with Mamori must be signed; this build is incomplete");
            break;
        case PackSource::Path:
            v.reason = Tr::tr("not signed; used because it was named directly or lies in $MAMORI_PACK_PATH");
            v.unsignedAllowed = true;
            break;
        case PackSource::User: {
            QDateTime allowedAt;
            const QString allowed = allowedUnsignedDigest(path, &allowedAt);
            if (allowed.isEmpty()) {
                v.reason = Tr::tr("not signed; install it again with --allow-unsigned to use it anyway");
            } else if (allowed != pack->digest) {
                v.state = TrustState::Tampered;
                v.reason = Tr::tr("the unsigned pack was changed after it was installed");
            } else {
                v.reason = Tr::tr("not signed; installed with --allow-unsigned on %1")
                               .arg(formatDate(allowedAt.toLocalTime().date()));
                v.unsignedAllowed = true;
            }
            break;
        }
        }
    }
    return pack;
}

std::vector<PackEntry> PackRepository::list(Diagnostics* problems, std::vector<PackEntry>* refused) const
{
    std::vector<PackEntry> out;
    for (const QString& folder : m_folders) {
        const QDir dir(folder);
        if (!dir.exists()) {
            continue;
        }
        const PackSource source = sourceOf(folder);
        for (const QFileInfo& info : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            auto pack = examine(info.filePath(), source);
            if (!pack) {
                if (problems) {
                    problems->append(pack.error());
                }
                continue;
            }
            if (!PackEntry::usable(source, pack->verification)) {
                if (problems) {
                    problems->append(refusal(info.filePath(), pack->verification));
                }
                if (refused) {
                    refused->push_back(entryFor(*pack, source));
                }
                continue;
            }
            const bool shadowed = std::any_of(out.begin(), out.end(), [&](const PackEntry& e) {
                return e.id == pack->id && e.version == pack->version;
            });
            if (!shadowed) {
                out.push_back(entryFor(*pack, source));
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const PackEntry& a, const PackEntry& b) {
        if (a.id != b.id) {
            return a.id < b.id;
        }
        return compareVersions(a.version, b.version) > 0;
    });
    return out;
}

Result<Pack> PackRepository::find(const QString& idOrPath, Diagnostics* warnings) const
{
    const QFileInfo info(idOrPath);
    if (idOrPath.endsWith(u".json"_s, Qt::CaseInsensitive) || (info.exists() && info.isFile())) {
        return load(idOrPath, sourceOf(info.absolutePath()));
    }
    Diagnostics problems;
    const std::vector<PackEntry> entries = list(&problems);
    // A file named after the id that fails to load is most likely the pack asked for (or a newer
    // version of it): its problems must not vanish behind a fallback or a "no such pack".
    Diagnostics related;
    for (const Diagnostic& d : problems) {
        if (QFileInfo(d.file).completeBaseName().startsWith(idOrPath)) {
            related.append(d);
        }
    }
    const PackEntry* best = nullptr;
    for (const PackEntry& e : entries) {
        if (e.id == idOrPath && (!best || compareVersions(e.version, best->version) > 0)) {
            best = &e;
        }
    }
    if (!best) {
        QStringList known;
        for (const PackEntry& e : entries) {
            if (!known.contains(e.id)) {
                known.append(e.id);
            }
        }
        related.prepend(fileError(ErrorCode::Reference, {},
                                  Tr::tr("no pack with the id \"%1\"; installed packs: %2")
                                      .arg(idOrPath, known.isEmpty() ? Tr::tr("none") : known.join(u", "_s))));
        return failure(related);
    }
    if (warnings) {
        for (Diagnostic d : related) {
            d.severity = Severity::Warning;
            warnings->append(d);
        }
    }
    return load(best->path, best->source);
}

Result<Pack> PackRepository::findVersion(const QString& id, const QString& version) const
{
    Diagnostics problems;
    const std::vector<PackEntry> entries = list(&problems);
    QStringList versions;
    for (const PackEntry& e : entries) {
        if (e.id != id) {
            continue;
        }
        if (e.version == version) {
            return load(e.path, e.source);
        }
        versions.append(e.version);
    }
    Diagnostics out{fileError(ErrorCode::Reference, {},
                              versions.isEmpty() ? Tr::tr("the pack \"%1\" is not installed").arg(id)
                                                 : Tr::tr("version %1 of \"%2\" is not installed (installed: %3)")
                                                       .arg(version, id, versions.join(u", "_s)))};
    // A refused file for that pack says why it is missing.
    for (const Diagnostic& d : problems) {
        if (QFileInfo(d.file).completeBaseName().startsWith(id)) {
            out.append(d);
        }
    }
    return failure(out);
}

QStringList PackRepository::versions(const QString& id) const
{
    QStringList out;
    for (const PackEntry& e : list()) {
        if (e.id == id) {
            out.append(e.version);
        }
    }
    return out;
}

Result<InspectedPack> PackRepository::inspect(const QString& file, const QString& signaturePath) const
{
    auto bytes = readFileBytes(file, PackLoader::MaxBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    auto pack = PackLoader().loadData(*bytes, file);
    if (!pack) {
        return failure(pack.error());
    }
    pack->sourcePath = file;
    InspectedPack out;
    out.verification =
        verifyPack(*bytes, pack->id, pack->version, signaturePath.isEmpty() ? signatureFor(file) : signaturePath,
                   m_trust, VerifyFor::Install);
    pack->verification = out.verification;
    out.pack = std::move(*pack);
    out.bytes = std::move(*bytes);
    return out;
}

Result<InstallResult> PackRepository::install(const QString& file, const InstallOptions& options)
{
    auto inspected = inspect(file, options.signaturePath);
    if (!inspected) {
        return failure(inspected.error());
    }
    const Verification& v = inspected->verification;
    const Pack& pack = inspected->pack;
    if (v.state == TrustState::Unsigned && !options.allowUnsigned) {
        return failure(refusal(file, Tr::tr("refused: the pack is not signed; to install it anyway, give "
                                            "--allow-unsigned (pack lists will then mark it as unsigned)")));
    }
    if (v.state != TrustState::Verified && v.state != TrustState::Unsigned) {
        return failure(refusal(file, v));
    }
    // Refused copies do not count: installing a good copy over a tampered one is how it is repaired.
    for (const PackEntry& e : list()) {
        if (e.id != pack.id || e.version != pack.version) {
            continue;
        }
        if (e.digest == pack.digest) {
            return InstallResult{e, true};
        }
        return failure(fileError(ErrorCode::Duplicate, file,
                                 Tr::tr("version %1 of \"%2\" is already %3 (%4) with different content; a changed "
                                        "pack needs a new version number")
                                     .arg(pack.version, pack.id, packSourceLabel(e.source), e.path)));
    }
    if (m_userFolder.isEmpty() || !QDir().mkpath(m_userFolder)) {
        return failure(fileError(ErrorCode::Io, m_userFolder, Tr::tr("cannot create the folder for installed packs")));
    }
    const QString target = m_userFolder + u'/' + pack.id + u'-' + pack.version + u".json"_s;
    // The signature (or the unsigned marker) goes first: a crash before the pack itself is written
    // leaves nothing usable behind, never an unverified pack.
    if (v.state == TrustState::Verified) {
        const QString from = options.signaturePath.isEmpty() ? signatureFor(file) : options.signaturePath;
        auto signature = readFileBytes(from, 64 * KiB);
        if (!signature) {
            return failure(signature.error());
        }
        if (auto written = writeFileAtomically(signatureFor(target), *signature); !written) {
            return failure(written.error());
        }
        QFile::remove(markerFor(target));
    } else {
        const QJsonObject marker{{u"format"_s, QString::fromLatin1(UnsignedMarkerFormat)},
                                 {u"digest"_s, pack.digest},
                                 {u"allowed_at"_s, signing::timeText(QDateTime::currentDateTimeUtc())}};
        if (auto written = writeFileAtomically(markerFor(target), QJsonDocument(marker).toJson()); !written) {
            return failure(written.error());
        }
        QFile::remove(signatureFor(target));
    }
    if (auto written = writeFileAtomically(target, inspected->bytes); !written) {
        return failure(written.error());
    }
    auto installed = load(target, PackSource::User);
    if (!installed) {
        return failure(installed.error());
    }
    return InstallResult{entryFor(*installed, PackSource::User), false};
}

Result<PackEntry> PackRepository::installed(const QString& idAtVersion) const
{
    const qsizetype at = idAtVersion.indexOf(u'@');
    const QString id = at < 0 ? idAtVersion : idAtVersion.left(at);
    const QString version = at < 0 ? QString() : idAtVersion.mid(at + 1);
    // Refused packs count: a tampered one is exactly what an administrator wants to remove.
    std::vector<PackEntry> all;
    const std::vector<PackEntry> usable = list(nullptr, &all);
    all.insert(all.end(), usable.begin(), usable.end());
    std::vector<PackEntry> matches;
    bool elsewhere = false;
    for (const PackEntry& e : all) {
        if (e.id != id || (!version.isEmpty() && e.version != version)) {
            continue;
        }
        if (e.source == PackSource::User) {
            matches.push_back(e);
        } else {
            elsewhere = true;
        }
    }
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(fileError(code, {}, message));
    };
    if (matches.empty()) {
        return fail(ErrorCode::Reference,
                    elsewhere ? Tr::tr("%1 is not an installed pack: it comes with Mamori or from $MAMORI_PACK_PATH, "
                                       "and cannot be removed")
                                    .arg(idAtVersion)
                              : Tr::tr("no installed pack matches \"%1\"").arg(idAtVersion));
    }
    if (matches.size() > 1) {
        QStringList names;
        for (const PackEntry& e : matches) {
            names.append(e.id + u'@' + e.version);
        }
        return fail(ErrorCode::Value,
                    Tr::tr("several versions of \"%1\" are installed; name one: %2").arg(id, names.join(u", "_s)));
    }
    return matches.front();
}

// NOLINTNEXTLINE(readability-make-member-function-const): it deletes the pack's files, a change of state
Result<PackEntry> PackRepository::remove(const QString& idAtVersion)
{
    auto found = installed(idAtVersion);
    if (!found) {
        return failure(found.error());
    }
    const PackEntry& e = *found;
    // The pack first: without it, a leftover signature or marker is inert.
    if (!QFile::remove(e.path) && QFileInfo::exists(e.path)) {
        return failure(fileError(ErrorCode::Io, e.path, Tr::tr("cannot remove the file")));
    }
    QFile::remove(signatureFor(e.path));
    QFile::remove(markerFor(e.path));
    return e;
}

} // namespace mamori
