#include "core/filesafety.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <map>
#include <mutex>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace mamori::files {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Files)
};

// Who a file is: its device and inode where the system has them; elsewhere its canonical path.
struct Identity
{
    quint64 device = 0;
    quint64 inode = 0;
    QString canonical;

    bool operator==(const Identity& other) const
    {
        return canonical.isEmpty() ? device == other.device && inode == other.inode
                                   : canonical.compare(other.canonical, Qt::CaseInsensitive) == 0;
    }
};

// The identity of the file `path` names, following links; nullopt when there is nothing.
std::optional<Identity> identityOf(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return std::nullopt;
    }
    return Identity{quint64(st.st_dev), quint64(st.st_ino), {}};
#else
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty()) {
        return std::nullopt;
    }
    return Identity{0, 0, canonical};
#endif
}

// Where a path puts its file: the folder's identity and the name in it. Two spellings of a path to a
// file that does not exist yet are the same place when this is equal.
struct Place
{
    std::optional<Identity> folder;
    QString name;

    bool operator==(const Place& other) const
    {
        return folder && other.folder && *folder == *other.folder && name == other.name;
    }
};

Place placeOf(const QString& path)
{
    const QFileInfo info(path);
    return Place{identityOf(info.absolutePath()), info.fileName()};
}

struct Entry
{
    QString path; // absolute, as given, for messages and to look at the file again
    InUse::Role role;
    QString owner; // for a companion file: the database it belongs to; else empty
};

struct Registry
{
    std::mutex mutex;
    quint64 next = 1;
    std::multimap<quint64, Entry> entries;
    int remembering = 0;
    std::vector<quint64> remembered;
};

Registry& registry()
{
    static Registry r;
    return r;
}

QString absolute(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString describe(const Entry& entry)
{
    if (!entry.owner.isEmpty()) {
        return entry.role == InUse::Role::Catalog
                   ? Tr::tr("a journal of the catalog %1 that is open").arg(entry.owner)
                   : Tr::tr("a journal of the database %1 that is open").arg(entry.owner);
    }
    switch (entry.role) {
    case InUse::Role::Database:
        return Tr::tr("the database %1 that is open").arg(entry.path);
    case InUse::Role::Catalog:
        return Tr::tr("the catalog %1 that is open").arg(entry.path);
    case InUse::Role::Input:
        break;
    }
    return Tr::tr("the file %1 that this command reads").arg(entry.path);
}

Diagnostic refusal(const QString& path, const QString& message)
{
    return fileError(ErrorCode::Io, path, message);
}

// ":memory:", Qt resources and server addresses are no files.
bool isFile(const QString& path)
{
    return !path.isEmpty() && !path.startsWith(u':') && !path.contains(u"://"_s);
}

// Adds the entries of one file under `id`; the registry's mutex is held.
void add(Registry& r, quint64 id, const QString& path, InUse::Role role)
{
    const QString main = absolute(path);
    r.entries.emplace(id, Entry{main, role, {}});
    if (role != InUse::Role::Input) {
        for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            r.entries.emplace(id, Entry{main + suffix, role, main});
        }
    }
}

} // namespace

Kind kindOf(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return Kind::Absent;
    }
    if (S_ISLNK(st.st_mode)) {
        return Kind::Link;
    }
    if (S_ISREG(st.st_mode)) {
        return Kind::Regular;
    }
    if (S_ISDIR(st.st_mode)) {
        return Kind::Folder;
    }
    return Kind::Special;
#else
    const QFileInfo info(path);
    if (info.isSymLink()) {
        return Kind::Link;
    }
    if (!info.exists()) {
        return Kind::Absent;
    }
    return info.isDir() ? Kind::Folder : (info.isFile() ? Kind::Regular : Kind::Special);
#endif
}

Result<bool> requireRegularFile(const QString& path, const QString& what)
{
    Kind kind = kindOf(path);
    if (kind == Kind::Link) {
        const QString target = QFileInfo(path).canonicalFilePath();
        if (target.isEmpty()) {
            return failure(refusal(path, Tr::tr("is a link to nothing; give the %1 file itself").arg(what)));
        }
        kind = kindOf(target);
    }
    switch (kind) {
    case Kind::Absent:
    case Kind::Regular:
        return true;
    case Kind::Folder:
        return failure(refusal(path, Tr::tr("is a folder, not a %1 file").arg(what)));
    case Kind::Link:
    case Kind::Special:
        break;
    }
    return failure(
        refusal(path, Tr::tr("is a device, pipe or socket, not a %1 file; nothing was opened or changed").arg(what)));
}

bool sameFile(const QString& a, const QString& b)
{
    const std::optional<Identity> x = identityOf(a);
    const std::optional<Identity> y = identityOf(b);
    if (x && y) {
        return *x == *y;
    }
    return placeOf(a) == placeOf(b);
}

Result<bool> checkOutput(const QString& path)
{
    switch (kindOf(path)) {
    case Kind::Absent:
    case Kind::Regular:
        break;
    case Kind::Link:
        return failure(refusal(path, Tr::tr("is a link (to %1); Mamori does not write through links: name the "
                                            "file itself, or remove the link; nothing was written")
                                         .arg(QFileInfo(path).symLinkTarget())));
    case Kind::Folder:
        return failure(refusal(path, Tr::tr("is a folder; name a file to write; nothing was written")));
    case Kind::Special:
        return failure(refusal(path, Tr::tr("is a device, pipe or socket, not a regular file; nothing was written")));
    }
    const std::optional<Identity> file = identityOf(path);
    const Place place = placeOf(path);
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    for (const auto& [id, entry] : r.entries) {
        // Look at the file again: a journal appears and disappears while the database is open.
        const std::optional<Identity> other = identityOf(entry.path);
        if ((file && other && *file == *other) || place == placeOf(entry.path)) {
            return failure(
                refusal(path, Tr::tr("is %1; writing here would destroy it. Choose another file; nothing was written")
                                  .arg(describe(entry))));
        }
    }
    return true;
}

InUse::InUse(const QString& path, Role role)
{
    if (!isFile(path)) {
        return;
    }
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    m_id = r.next++;
    add(r, m_id, path, role);
}

InUse::~InUse()
{
    release();
}

InUse::InUse(InUse&& other) noexcept : m_id(other.m_id)
{
    other.m_id = 0;
}

InUse& InUse::operator=(InUse&& other) noexcept
{
    if (this != &other) {
        release();
        m_id = other.m_id;
        other.m_id = 0;
    }
    return *this;
}

void InUse::release()
{
    if (m_id == 0) {
        return;
    }
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    r.entries.erase(m_id);
    m_id = 0;
}

RememberReads::RememberReads()
{
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    ++r.remembering;
}

RememberReads::~RememberReads()
{
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    if (--r.remembering == 0) {
        for (const quint64 id : r.remembered) {
            r.entries.erase(id);
        }
        r.remembered.clear();
    }
}

void noteRead(const QString& path, InUse::Role role)
{
    if (!isFile(path)) {
        return;
    }
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    if (r.remembering == 0) {
        return;
    }
    const quint64 id = r.next++;
    add(r, id, path, role);
    r.remembered.push_back(id);
}

} // namespace mamori::files
