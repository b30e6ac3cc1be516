#pragma once

#include "core/diagnostic.h"

#include <QString>

// Which files a writer must never replace, and which paths may be written at all.
//
// Paths are compared by what they name on disk (device and inode, or the folder's identity and the
// name when the file does not exist yet), never by spelling: `./x.sqlite`, `../here/x.sqlite`, a link
// to it and a hard link are one file.
namespace mamori::files {

// What a path names on disk, resolved when it is asked for.
enum class Kind
{
    Absent,  // nothing there (yet)
    Regular, // a regular file
    Folder,  // a directory
    Link,    // a symbolic link (the last part of the path; links to folders earlier on are followed)
    Special, // a device, FIFO or socket
};

// What the last part of `path` is, without following a link there.
Kind kindOf(const QString& path);

// Refuses, by name and before anything is touched, a path that is there and is not a regular file
// (reached directly or through links): a folder, a device, a FIFO, a socket, or a link to nothing.
// `what` names the role in the message ("database", "catalog"). For the files Mamori opens as
// databases and reads as input.
Result<bool> requireRegularFile(const QString& path, const QString& what);

// Whether two paths name one file (or, for paths where nothing is yet, one place), however spelled.
bool sameFile(const QString& a, const QString& b);

// Checks that a new file may be put at `path`: the path is absent or a regular file (never a link, which
// a writer would follow, nor a device, FIFO or folder), and it is not a file this process has open or
// reads (see InUse). Every writer of Mamori calls it; the refusal names both files.
Result<bool> checkOutput(const QString& path);

// Marks a file as one this process holds open or reads, for as long as the object lives: no writer of
// the process may replace it. A database also covers the companions SQLite keeps beside it (-wal,
// -shm, -journal), whether or not they exist yet.
class InUse
{
public:
    enum class Role
    {
        Database,
        Catalog,
        Input,
    };
    InUse() = default;
    InUse(const QString& path, Role role);
    ~InUse();
    InUse(InUse&& other) noexcept;
    InUse& operator=(InUse&& other) noexcept;
    InUse(const InUse&) = delete;
    InUse& operator=(const InUse&) = delete;

private:
    void release();
    quint64 m_id = 0;
};

// While an object of this class lives, every file read through readFileBytes and CsvReader counts as in
// use until the object ends: a command of mamori-cli reads its inputs and then writes, and must never
// write over what it read. The desktop application does not use it: a file it read once may be saved
// over later, on purpose.
class RememberReads
{
public:
    RememberReads();
    ~RememberReads();
    RememberReads(const RememberReads&) = delete;
    RememberReads& operator=(const RememberReads&) = delete;
};

// Called by the readers and the stores: marks `path` (a database with its journals) as used until the
// outermost RememberReads ends; without one it does nothing.
void noteRead(const QString& path, InUse::Role role = InUse::Role::Input);

} // namespace mamori::files
