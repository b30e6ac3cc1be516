// libFuzzer target: the catalog importer (core/catalogformat.h, core/csv.h). readCatalogFile takes a
// path, so the input is written to a file in a temporary folder (in /dev/shm when there is one); the
// first byte chooses the format: even → .csv, odd → .json. The same bytes also go through
// CsvReader::fromBytes, the in-memory reader.
// Checks: a file with errors names itself in them; the entries that were accepted, exported as
// `catalog export` writes them (JSON and CSV), import again without errors.

#include "core/catalogformat.h"
#include "core/csv.h"
#include "core/vocabulary.h"
#include "tests/fuzz/fuzzcommon.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> knownAreas{u"ipa-self-check:basic"_s, u"sme-guideline:management"_s, u"sme-guideline:full"_s};

struct Accepted
{
    std::vector<mamori::ServiceEntry> services;
    std::vector<mamori::TalentEntry> talent;
};

mamori::Diagnostics read(const QString& path, Accepted* accepted)
{
    mamori::CatalogFileVisitor visitor;
    visitor.service = [&](const mamori::ServiceEntry& e) {
        if (accepted) {
            accepted->services.push_back(e);
        }
        return true;
    };
    visitor.talent = [&](const mamori::TalentEntry& e) {
        if (accepted) {
            accepted->talent.push_back(e);
        }
        return true;
    };
    visitor.progress = [](qint64 done, qint64 total) {
        mamori::fuzz::check(done >= 0 && done <= total, "progress stays within the total",
                            u"%1 of %2"_s.arg(done).arg(total));
    };
    return mamori::readCatalogFile(path, visitor, mamori::Vocabulary::capabilities(), knownAreas);
}

void expectReadsBack(const QString& path, const QByteArray& bytes, std::size_t entries)
{
    mamori::fuzz::writeInput(path, bytes);
    Accepted again;
    const mamori::Diagnostics d = read(path, &again);
    mamori::fuzz::check(!mamori::hasErrors(d), "an exported catalog imports again",
                        mamori::fuzz::describe(d) + QString::fromUtf8(bytes));
    mamori::fuzz::check(again.services.size() + again.talent.size() == entries,
                        "an exported catalog imports every entry again", QString::fromUtf8(bytes));
}

void checkExports(const Accepted& accepted)
{
    if (accepted.services.empty() && accepted.talent.empty()) {
        return;
    }
    QJsonArray services;
    QJsonArray talent;
    for (const auto& e : accepted.services) {
        services.append(mamori::serviceToJson(e));
    }
    for (const auto& e : accepted.talent) {
        talent.append(mamori::talentToJson(e));
    }
    const QJsonObject doc{{u"format"_s, 1}, {u"services"_s, services}, {u"talent"_s, talent}};
    expectReadsBack(mamori::fuzz::scratchFolder().filePath(u"export.json"_s), QJsonDocument(doc).toJson(),
                    accepted.services.size() + accepted.talent.size());
    // CSV holds one kind per file.
    if (!accepted.services.empty()) {
        QString csv = mamori::csvHeader(mamori::CatalogKind::Services) + u'\n';
        for (const auto& e : accepted.services) {
            csv += mamori::serviceToCsv(e) + u'\n';
        }
        expectReadsBack(mamori::fuzz::scratchFolder().filePath(u"export-services.csv"_s), csv.toUtf8(),
                        accepted.services.size());
    }
    if (!accepted.talent.empty()) {
        QString csv = mamori::csvHeader(mamori::CatalogKind::Talent) + u'\n';
        for (const auto& e : accepted.talent) {
            csv += mamori::talentToCsv(e) + u'\n';
        }
        expectReadsBack(mamori::fuzz::scratchFolder().filePath(u"export-talent.csv"_s), csv.toUtf8(),
                        accepted.talent.size());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mamori::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const bool json = (data[0] & 1) != 0;
    const QByteArray bytes = mamori::fuzz::bytesOf(data + 1, size - 1);

    // In memory: every record, until the end or the first error.
    const QString memoryName = u"memory.csv"_s;
    if (auto reader = mamori::CsvReader::fromBytes(bytes, memoryName)) {
        for (;;) {
            auto row = (*reader)->next();
            if (!row) {
                mamori::fuzz::expectLocated(row.error(), memoryName, "CsvReader::next");
                break;
            }
            if (!*row) {
                break;
            }
            mamori::fuzz::check((*row)->cells.size() == (*reader)->header().size(), "a row is as wide as the header");
        }
    } else {
        mamori::fuzz::expectLocated(reader.error(), memoryName, "CsvReader::fromBytes");
    }

    const QString path = mamori::fuzz::scratchFolder().filePath(json ? u"fuzz.json"_s : u"fuzz.csv"_s);
    mamori::fuzz::writeInput(path, bytes);
    Accepted accepted;
    const mamori::Diagnostics diagnostics = read(path, &accepted);
    if (mamori::hasErrors(diagnostics)) {
        mamori::fuzz::expectLocated(diagnostics, path, "readCatalogFile");
    }
    checkExports(accepted);
    return 0;
}
