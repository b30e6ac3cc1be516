#include "core/packrepository.h"

#include "core/packloader.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PackRepository)
};

} // namespace

QString packSourceId(PackSource source)
{
    switch (source) {
    case PackSource::Bundled:
        return u"bundled"_s;
    case PackSource::User:
        return u"user"_s;
    case PackSource::Path:
        return u"path"_s;
    }
    return {};
}

PackRepository::PackRepository() : m_folders(defaultFolders()) {}

PackRepository::PackRepository(QStringList folders) : m_folders(std::move(folders)) {}

QString PackRepository::bundledFolder()
{
    return u":/mamori/questionnaires"_s;
}

QStringList PackRepository::defaultFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("MAMORI_PACK_PATH");
    for (const QString& folder : env.split(u':', Qt::SkipEmptyParts)) {
        folders.append(folder);
    }
    const QString data = dataFolder();
    if (!data.isEmpty()) {
        folders.append(data + u"/packs"_s);
    }
    folders.append(bundledFolder());
    return folders;
}

int PackRepository::compareVersions(const QString& a, const QString& b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const qlonglong x = i < pa.size() ? pa[i].toLongLong() : 0;
        const qlonglong y = i < pb.size() ? pb[i].toLongLong() : 0;
        if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}

std::vector<PackEntry> PackRepository::list(Diagnostics* problems) const
{
    std::vector<PackEntry> out;
    PackLoader loader;
    for (const QString& folder : m_folders) {
        const QDir dir(folder);
        if (!dir.exists()) {
            continue;
        }
        const PackSource source = folder == bundledFolder()
                                      ? PackSource::Bundled
                                      : (folder.endsWith(u"/packs"_s) ? PackSource::User : PackSource::Path);
        for (const QFileInfo& info : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            auto pack = loader.loadFile(info.filePath());
            if (!pack) {
                if (problems) {
                    problems->append(pack.error());
                }
                continue;
            }
            const bool shadowed = std::any_of(out.begin(), out.end(), [&](const PackEntry& e) {
                return e.id == pack->id && e.version == pack->version;
            });
            if (shadowed) {
                continue;
            }
            out.push_back(
                PackEntry{pack->id, pack->version, pack->title, int(pack->questions.size()), info.filePath(), source});
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
    PackLoader loader;
    const QFileInfo info(idOrPath);
    if (idOrPath.endsWith(u".json"_s, Qt::CaseInsensitive) || (info.exists() && info.isFile())) {
        return loader.loadFile(idOrPath);
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
        related.prepend(Diagnostic{ErrorCode::Reference,
                                   Severity::Error,
                                   {},
                                   0,
                                   0,
                                   {},
                                   Tr::tr("no pack with the id \"%1\"; installed packs: %2")
                                       .arg(idOrPath, known.isEmpty() ? Tr::tr("none") : known.join(u", "_s))});
        return failure(related);
    }
    if (warnings) {
        for (Diagnostic d : related) {
            d.severity = Severity::Warning;
            warnings->append(d);
        }
    }
    return loader.loadFile(best->path);
}

} // namespace mamori
