// libFuzzer target: the assessment import (core/transfer.h, docs/export-format.md) on arbitrary
// bytes, against the packs bundled with Mamori.
// Checks: a failure is located in the file; the references of a document that reads point inside it;
// a document that reads is exported in a form that reads back to the same export.

#include "core/packrepository.h"
#include "core/transfer.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace Qt::StringLiterals;

namespace {

const mamori::PackRepository* packs = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mamori::fuzz::initialise();
    packs = new mamori::PackRepository({mamori::PackRepository::bundledFolder()}); // for the process's life
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using mamori::fuzz::check;
    const QString fileName = u"fuzz.mamori-export.json"_s;
    const auto document = mamori::parseTransfer(mamori::fuzz::bytesOf(data, size), fileName, *packs);
    if (!document) {
        mamori::fuzz::expectLocated(document.error(), fileName, "parseTransfer");
        return 0;
    }
    for (const auto& a : document->assessments) {
        check(a.profile >= 0 && std::size_t(a.profile) < document->profiles.size(),
              "an assessment's profile is one of the firm's", a.uid);
        for (const auto& [store, revision] : a.seen) {
            check(!store.isEmpty() && revision >= 1, "a revision seen is a positive count of changes", store);
        }
        for (const auto& answer : a.answers) {
            check(answer.originStore.isEmpty() == (answer.originRevision == 0),
                  "an answer's origin names a database and its revision, or neither", answer.question);
        }
    }
    const QByteArray exported = mamori::transferToJson(*document);
    const auto reread = mamori::parseTransfer(exported, u"exported.mamori-export.json"_s, *packs);
    check(reread.has_value(), "an exported document reads back",
          reread ? QString() : mamori::fuzz::describe(reread.error()) + QString::fromUtf8(exported));
    check(mamori::transferToJson(*reread) == exported, "an exported document reads back unchanged",
          QString::fromUtf8(exported));
    return 0;
}
