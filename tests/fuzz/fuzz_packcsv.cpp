// libFuzzer target: the spreadsheet pack importer (core/packcsv.h). importPackCsv takes paths, so the
// input is written to a file in a temporary folder (in /dev/shm when there is one) and imported with a
// fixed base: the bundled sme-guideline pack, whose categories, references and scale the seeds use.
// Checks: a failure names the spreadsheet in its errors (the base is valid, so no problem may be laid
// at its door); an import that succeeds wrote a pack that loads on its own, and its questions, exported
// and imported again, export to the same sheet.

#include "core/packcsv.h"
#include "core/packloader.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace Qt::StringLiterals;

namespace {

const QString Base = u":/mamori/questionnaires/sme-guideline.json"_s;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mamori::fuzz::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = mamori::fuzz::scratchFolder().filePath(u"fuzz.csv"_s);
    mamori::fuzz::writeInput(path, mamori::fuzz::bytesOf(data, size));
    auto imported = mamori::importPackCsv(path, Base);
    if (!imported) {
        mamori::fuzz::expectLocated(imported.error(), path, "importPackCsv");
        for (const mamori::Diagnostic& d : imported.error()) {
            mamori::fuzz::check(d.file != Base, "a valid base is never blamed",
                                mamori::fuzz::describe(imported.error()));
        }
        return 0;
    }
    auto reloaded = mamori::PackLoader().loadData(imported->json, u"imported.json"_s);
    mamori::fuzz::check(reloaded.has_value(), "an imported pack loads on its own",
                        reloaded ? QString() : mamori::fuzz::describe(reloaded.error()));
    mamori::fuzz::check(imported->questions == int(imported->pack.questions.size()),
                        "every imported row is a question");

    // The sheet may leave cells empty that the export fills in (a weight of 1), so the files may differ
    // once; the questions may not: exporting the re-imported pack gives the same sheet.
    const QString again = mamori::fuzz::scratchFolder().filePath(u"again.csv"_s);
    const QByteArray sheet = mamori::exportPackCsv(imported->pack);
    mamori::fuzz::writeInput(again, sheet);
    auto second = mamori::importPackCsv(again, Base);
    mamori::fuzz::check(second.has_value(), "an exported pack's questions import again",
                        second ? QString() : mamori::fuzz::describe(second.error()));
    const QByteArray sheetAgain = mamori::exportPackCsv(second->pack);
    mamori::fuzz::check(sheetAgain == sheet, "export and import again give the same questions",
                        QString::fromUtf8(sheet) + u"\n---\n"_s + QString::fromUtf8(sheetAgain));
    return 0;
}
