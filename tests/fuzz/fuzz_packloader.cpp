// libFuzzer target: the questionnaire pack loader (core/packloader.h) on arbitrary bytes.
// Checks: a failure is located in the file; a pack that loads keeps the promises of "validated"
// (every index it holds points inside the pack), so scoring and planning can trust it.

#include "core/packloader.h"
#include "tests/fuzz/fuzzcommon.h"

using namespace Qt::StringLiterals;

namespace {

void checkPack(const mamori::Pack& pack)
{
    using mamori::fuzz::check;
    const auto inside = [](int index, std::size_t size) {
        return index >= 0 && std::size_t(index) < size;
    };
    check(!pack.id.isEmpty(), "a loaded pack has an id");
    check(!pack.scale.empty(), "a loaded pack has a scale");
    for (std::size_t i = 1; i < pack.levels.size(); ++i) {
        check(pack.levels[i - 1].min <= pack.levels[i].min, "levels are sorted by min");
    }
    const mamori::Profile profile;
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const mamori::Question& q = pack.questions[i];
        check(inside(q.category, pack.categories.size()), "a question's category is inside the pack", q.id);
        check(pack.questionIndex(q.id) == int(i), "questionIndex finds each question", q.id);
        if (q.dependsOn) {
            check(inside(q.dependsOn->question, pack.questions.size()), "depends_on names a question", q.id);
            check(q.dependsOn->otherwise == -1 || inside(q.dependsOn->otherwise, pack.scale.size()),
                  "depends_on.otherwise is a choice", q.id);
        }
        if (q.appliesIf) {
            (void)q.appliesIf->evaluate(profile);
        }
    }
    for (const mamori::ScaleChoice& c : pack.scale) {
        check(inside(pack.choiceIndex(c.id), pack.scale.size()), "choiceIndex finds each choice", c.id);
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
    const QString fileName = u"fuzz.json"_s;
    mamori::PackLoader loader;
    const auto pack = loader.loadData(mamori::fuzz::bytesOf(data, size), fileName);
    if (pack) {
        checkPack(*pack);
    } else {
        mamori::fuzz::expectLocated(pack.error(), fileName, "PackLoader::loadData");
    }
    return 0;
}
