// libFuzzer target: the answers reader (core/answers.h) on arbitrary bytes, checked against the
// bundled pack "ipa-self-check" (loaded once) and without a pack.
// Checks: a failure is located in the file; answers that read are saved in a form that reads back to
// the same answers.

#include "core/answers.h"
#include "core/pack.h"
#include "core/packrepository.h"
#include "tests/fuzz/fuzzcommon.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const mamori::Pack* pack = nullptr;

void checkRoundTrip(const mamori::AnswerSet& answers, const mamori::Pack* against)
{
    const QByteArray saved = QJsonDocument(mamori::answersToJson(answers)).toJson();
    const auto reread = mamori::parseAnswers(saved, u"saved.answers.json"_s, against);
    mamori::fuzz::check(reread.has_value(), "saved answers read back",
                        reread ? QString() : mamori::fuzz::describe(reread.error()) + QString::fromUtf8(saved));
    mamori::fuzz::check(reread->packId == answers.packId && reread->packVersion == answers.packVersion &&
                            reread->choices == answers.choices && reread->notes == answers.notes,
                        "saved answers read back unchanged", QString::fromUtf8(saved));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    mamori::fuzz::initialise();
    auto found = mamori::PackRepository({mamori::PackRepository::bundledFolder()}).find(u"ipa-self-check"_s);
    if (!found) {
        mamori::fuzz::fail("the bundled pack ipa-self-check loads", mamori::fuzz::describe(found.error()));
    }
    pack = new mamori::Pack(std::move(*found)); // for the process's life
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString fileName = u"fuzz.answers.json"_s;
    const QByteArray bytes = mamori::fuzz::bytesOf(data, size);
    for (const mamori::Pack* against : {pack, static_cast<const mamori::Pack*>(nullptr)}) {
        mamori::Diagnostics warnings;
        const auto answers = mamori::parseAnswers(bytes, fileName, against, &warnings);
        if (!answers) {
            mamori::fuzz::expectLocated(answers.error(), fileName, "parseAnswers");
            continue;
        }
        mamori::fuzz::check(!mamori::hasErrors(warnings), "warnings of answers that read are not errors");
        if (against) {
            for (auto it = answers->choices.cbegin(); it != answers->choices.cend(); ++it) {
                mamori::fuzz::check(against->questionIndex(it.key()) >= 0, "an accepted answer names a question",
                                    it.key());
                mamori::fuzz::check(against->choiceIndex(it.value()) >= 0, "an accepted answer is a choice",
                                    it.value());
            }
        }
        checkRoundTrip(*answers, against);
    }
    return 0;
}
