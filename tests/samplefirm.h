#pragma once

// The sample 35-person parts maker (resources/samples/small-manufacturer.*) with its answers to the
// bundled sme-guideline pack, scored: the firm the report, export and matching tests share.

#include "core/answers.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "core/scorer.h"

#include <optional>

struct SampleAssessment
{
    mamori::Pack pack;
    mamori::Profile profile;
    mamori::AnswerSet answers;
    mamori::ScoreResult result;
};

// nullopt when a sample file or the bundled pack does not load; the caller's QVERIFY says so.
inline std::optional<SampleAssessment> loadSampleManufacturer()
{
    const QString samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");
    auto pack = mamori::PackRepository().find(QStringLiteral("sme-guideline"));
    auto profile = mamori::loadProfile(samples + QStringLiteral("small-manufacturer.profile.json"));
    if (!pack || !profile) {
        return std::nullopt;
    }
    auto answers =
        mamori::loadAnswers(samples + QStringLiteral("small-manufacturer.sme-guideline.answers.json"), &*pack);
    if (!answers) {
        return std::nullopt;
    }
    SampleAssessment s{std::move(*pack), *profile, *answers, {}};
    s.result = mamori::Scorer(s.pack, s.profile).score(s.answers);
    return s;
}
