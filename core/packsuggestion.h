#pragma once

#include "core/packrepository.h"
#include "core/profile.h"

#include <QString>

#include <vector>

namespace mamori {

// An installed pack proposed for a firm, with why.
struct PackSuggestion
{
    PackEntry pack;
    int questions = 0;        // how many of its questions apply to this firm's profile
    bool recommended = false; // the one to start with
    QString reason;           // translated, one sentence
};

// Every valid installed pack, the recommended one first. Small firms start with IPA's 5-minute
// self-check (IPA's own advice for a first step); larger ones, and firms that supply large
// companies (who are asked about their security), with the full SME guideline tailored to them.
std::vector<PackSuggestion> suggestPacks(const Profile& profile, const PackRepository& packs);

} // namespace mamori
