#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "core/pack.h"
#include "core/packtrust.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mamori {

enum class PackSource
{
    Bundled, // compiled into Mamori; must carry a valid signature
    User,    // installed with `pack install` into the user's data folder; signed, or allowed unsigned
    Path     // a folder in $MAMORI_PACK_PATH or a file named directly: for authors trying out drafts
};
QString packSourceId(PackSource source);
QString packSourceLabel(PackSource source);
struct PackEntry;
// Why a usable pack is trusted, in one translated sentence: built into Mamori, signed by a trusted key
// (which one, when), or unsigned where that is allowed (installed with --allow-unsigned, or a draft
// named directly).
QString trustedBecause(const PackEntry& entry);

struct PackEntry
{
    QString id;
    QString version;
    LocalizedText title;
    int questionCount = 0;
    QString path;
    PackSource source = PackSource::Bundled;
    Verification verification;
    QString digest;

    // Packs that may be used: verified, or unsigned where the source allows it.
    bool usable() const { return usable(source, verification); }
    static bool usable(PackSource source, const Verification& verification);
};

// A pack file checked before installing it: its content (when valid) and what its signature says.
struct InspectedPack
{
    Pack pack;
    Verification verification;
    QByteArray bytes;
};

struct InstallOptions
{
    QString signaturePath;      // empty: FILE.sig beside the pack
    bool allowUnsigned = false; // install a pack without signature, remembered as such
};

struct InstallResult
{
    PackEntry entry;
    bool alreadyInstalled = false; // the same bytes were installed already: nothing was written
};

// Finds packs by id across the search path: the folders in $MAMORI_PACK_PATH (':'-separated), the
// user's installed packs (dataFolder()/packs), then the packs compiled into Mamori. Several versions of
// one id live side by side: new assessments use the newest, old ones keep theirs (findVersion). Every
// pack is verified each time it is loaded, not only when it was installed (docs/pack-signing.md).
class PackRepository
{
public:
    PackRepository();
    explicit PackRepository(QStringList folders);
    PackRepository(QStringList folders, QString userFolder, TrustStore trust);

    static QStringList defaultFolders();
    static QString bundledFolder();
    static QString defaultUserFolder();
    const QString& userFolder() const { return m_userFolder; }
    const TrustStore& trust() const { return m_trust; }

    // Every usable pack found, newest version of each id first. Packs that fail to load or verify are
    // reported in `problems` and left out; those that loaded but were refused for their signature are
    // also given in `refused`, so a pack manager can show them with the reason.
    std::vector<PackEntry> list(Diagnostics* problems = nullptr, std::vector<PackEntry>* refused = nullptr) const;

    // `idOrPath` is a file when it names an existing file or ends in ".json"; otherwise a pack id, and
    // the newest usable version is returned. Files named after the id that fail to load are reported:
    // with the error when no valid pack has the id, else as `warnings`.
    Result<Pack> find(const QString& idOrPath, Diagnostics* warnings = nullptr) const;
    // The pack an entry of list() describes, verified again.
    Result<Pack> open(const PackEntry& entry) const { return load(entry.path, entry.source); }
    // Exactly this version of a pack id.
    Result<Pack> findVersion(const QString& id, const QString& version) const;
    // The usable versions of a pack id, newest first.
    QStringList versions(const QString& id) const;

    // Reads and validates a pack file and checks its signature for installing, without installing it.
    Result<InspectedPack> inspect(const QString& file, const QString& signaturePath = {}) const;
    // Copies a pack into the user folder after checking it. Refuses a pack whose signature does not
    // verify, naming why; refuses an unsigned one unless allowed; refuses different bytes under an
    // id and version that is already installed (a changed pack needs a new version number).
    Result<InstallResult> install(const QString& file, const InstallOptions& options = {});
    // The installed (not bundled) pack "ID", when one version is installed, or "ID@VERSION"; refused
    // ones included.
    Result<PackEntry> installed(const QString& idAtVersion) const;
    // Removes an installed pack named as for installed().
    Result<PackEntry> remove(const QString& idAtVersion);

    // Compares MAJOR.MINOR.PATCH numerically: negative, zero or positive.
    static int compareVersions(const QString& a, const QString& b);

private:
    PackSource sourceOf(const QString& folder) const;
    // A valid pack with its verification, usable or not.
    Result<Pack> examine(const QString& path, PackSource source) const;
    // Only a usable pack; a refused one becomes an Untrusted diagnostic naming the reason.
    Result<Pack> load(const QString& path, PackSource source) const;

    QStringList m_folders;
    QString m_userFolder;
    TrustStore m_trust;
};

} // namespace mamori
