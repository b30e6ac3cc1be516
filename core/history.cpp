#include "core/history.h"

#include "core/packrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::History)
};

Diagnostic problem(ErrorCode code, const QString& message)
{
    return fileError(code, {}, message);
}

} // namespace

QString resultKey(const Pack& pack)
{
    return pack.digest + u"/scorer-"_s + QString::number(ScorerRevision);
}

StoredResult summarise(const Pack& pack, const ScoreResult& result)
{
    StoredResult s;
    s.packDigest = resultKey(pack);
    s.score = result.score;
    s.level = result.level ? result.level->id : QString();
    s.answered = result.answered;
    s.applicable = result.applicable;
    s.categories.reserve(result.categories.size());
    for (const CategoryScore& c : result.categories) {
        if (c.maxPoints > 0) { // an area that asked nothing has no score, not a score of 0
            s.categories.emplace_back(pack.categories[std::size_t(c.category)].id, c.score);
        }
    }
    s.computedAt = QDateTime::currentDateTimeUtc();
    return s;
}

ResultService::ResultService(Store& store, const PackRepository& packs) : m_store(store), m_packs(packs) {}

Result<std::shared_ptr<const Pack>> ResultService::pack(const QString& id, const QString& version)
{
    // Each assessment keeps the version it was made with; versions are installed side by side.
    const QString key = id + u'@' + version;
    auto it = m_loaded.find(key);
    if (it == m_loaded.end()) {
        auto found = m_packs.findVersion(id, version);
        Result<std::shared_ptr<const Pack>> loaded =
            found ? Result<std::shared_ptr<const Pack>>(std::make_shared<const Pack>(std::move(*found)))
                  : failure(found.error());
        it = m_loaded.emplace(key, std::move(loaded)).first;
    }
    if (!it->second) {
        return failure(it->second.error());
    }
    return *it->second;
}

Result<ScoredAssessment> ResultService::score(qint64 assessmentId)
{
    auto record = m_store.assessment(assessmentId);
    if (!record) {
        return failure(record.error());
    }
    auto loaded = pack(record->packId, record->packVersion);
    if (!loaded) {
        Diagnostics d = loaded.error();
        for (Diagnostic& each : d) {
            each.message = Tr::tr("assessment %1: %2").arg(assessmentId).arg(each.message);
        }
        return failure(d);
    }
    ScoredAssessment s{std::move(*record), *loaded, {}};
    s.result = Scorer(*s.pack, s.record.profile).score(s.record.answers);
    if (m_store.mode() == Store::Mode::ReadWrite &&
        (!s.record.result || s.record.result->packDigest != resultKey(*s.pack))) {
        // The cache only saves work; failing to fill it changes no answer.
        (void)m_store.saveResult(s.record.id, s.record.updatedAt, summarise(*s.pack, s.result));
    }
    return s;
}

Result<std::vector<HistoryEntry>> ResultService::history(qint64 firmId)
{
    if (auto firm = m_store.firm(firmId); !firm) {
        return failure(firm.error());
    }
    auto records = m_store.assessments(firmId);
    if (!records) {
        return failure(records.error());
    }
    std::vector<HistoryEntry> entries;
    entries.reserve(records->size());
    std::vector<Store::ResultUpdate> updates;
    for (AssessmentRecord& record : *records) {
        HistoryEntry& entry = entries.emplace_back();
        auto loaded = pack(record.packId, record.packVersion);
        if (!loaded) {
            entry.problem = loaded.error().front().message;
            entry.stale = record.result.has_value();
            entry.result = std::move(record.result);
        } else if (record.result && record.result->packDigest == resultKey(**loaded)) {
            entry.result = std::move(record.result);
        } else {
            auto full = m_store.assessment(record.id);
            if (!full) {
                return failure(full.error());
            }
            const ScoreResult scored = Scorer(**loaded, full->profile).score(full->answers, Scorer::Plan::Skip);
            entry.result = summarise(**loaded, scored);
            updates.push_back({record.id, full->updatedAt, *entry.result});
        }
        entry.record = std::move(record);
    }
    if (!updates.empty() && m_store.mode() == Store::Mode::ReadWrite) {
        (void)m_store.saveResults(updates); // a cache: failing to fill it changes no answer
    }
    // Changes are between finished assessments: a half-answered one scores its open questions as
    // zero, and "−30" against last year's would alarm for nothing.
    for (HistoryEntry& entry : entries) {
        if (!entry.result || entry.record.status != AssessmentStatus::Finished) {
            continue;
        }
        if (const HistoryEntry* before = previousFinished(entries, entry.record)) {
            entry.change = std::round((entry.result->score - before->result->score) * 10.0) / 10.0;
        }
    }
    return entries;
}

const HistoryEntry* previousFinished(const std::vector<HistoryEntry>& history, const AssessmentRecord& current)
{
    const HistoryEntry* found = nullptr;
    for (const HistoryEntry& e : history) {
        if (e.record.id == current.id) {
            break; // later ones are not "previous", whatever their dates say
        }
        if (e.record.packId == current.packId && e.record.status == AssessmentStatus::Finished && e.result) {
            found = &e;
        }
    }
    return found;
}

std::optional<Comparison> ResultService::sincePrevious(const ScoredAssessment& current,
                                                       const std::vector<HistoryEntry>& history)
{
    const HistoryEntry* before = previousFinished(history, current.record);
    if (!before) {
        return std::nullopt;
    }
    auto earlier = score(before->record.id);
    if (!earlier) {
        return std::nullopt;
    }
    auto compared = compareAssessments(*earlier, current);
    return compared ? std::optional<Comparison>(std::move(*compared)) : std::nullopt;
}

Result<Comparison> compareAssessments(const ScoredAssessment& before, const ScoredAssessment& after)
{
    if (before.record.firmId != after.record.firmId) {
        return failure(
            problem(ErrorCode::Mismatch,
                    Tr::tr("assessments %1 and %2 are of different firms").arg(before.record.id).arg(after.record.id)));
    }
    if (before.pack->id != after.pack->id) {
        return failure(problem(ErrorCode::Mismatch, Tr::tr("assessments %1 and %2 use different packs (%3, %4); "
                                                           "only assessments with the same pack can be compared")
                                                        .arg(before.record.id)
                                                        .arg(after.record.id)
                                                        .arg(before.pack->id, after.pack->id)));
    }
    Comparison c;
    c.scoreBefore = before.result.score;
    c.scoreAfter = after.result.score;
    const Pack& a = *before.pack;
    const Pack& b = *after.pack;
    for (const CategoryScore& score : after.result.categories) {
        const Category& category = b.categories[std::size_t(score.category)];
        Comparison::Category row{category.id, category.title, std::nullopt, std::nullopt, score.target};
        if (score.maxPoints > 0) {
            row.after = score.score;
        }
        if (const int i = a.categoryIndex(category.id);
            i >= 0 && before.result.categories[std::size_t(i)].maxPoints > 0) {
            row.before = before.result.categories[std::size_t(i)].score;
        }
        c.categories.push_back(std::move(row));
    }
    for (const CategoryScore& score : before.result.categories) {
        const Category& category = a.categories[std::size_t(score.category)];
        if (b.categoryIndex(category.id) < 0 && score.maxPoints > 0) {
            c.categories.push_back({category.id, category.title, score.score, std::nullopt, score.target});
        }
    }
    const auto label = [](const Pack& pack, const QString& choice) {
        const int i = choice.isEmpty() ? -1 : pack.choiceIndex(choice);
        return i >= 0 ? pack.scale[std::size_t(i)].label : LocalizedText{};
    };
    const auto change = [&](const Pack& pack, int question) {
        const Question& q = pack.questions[std::size_t(question)];
        Comparison::Change ch;
        ch.question = q.id;
        ch.text = q.text;
        ch.category = pack.categories[std::size_t(q.category)].id;
        ch.before = before.record.answers.choices.value(q.id);
        ch.after = after.record.answers.choices.value(q.id);
        ch.beforeLabel = label(a, ch.before);
        ch.afterLabel = label(b, ch.after);
        if (const int i = a.questionIndex(q.id); i >= 0) {
            ch.pointsBefore = before.result.questions[std::size_t(i)].points;
        }
        if (const int i = b.questionIndex(q.id); i >= 0) {
            ch.pointsAfter = after.result.questions[std::size_t(i)].points;
        }
        return ch;
    };
    for (std::size_t i = 0; i < b.questions.size(); ++i) {
        const QString& id = b.questions[i].id;
        if (before.record.answers.choices.value(id) != after.record.answers.choices.value(id)) {
            c.changes.push_back(change(b, int(i)));
        }
    }
    for (std::size_t i = 0; i < a.questions.size(); ++i) {
        const QString& id = a.questions[i].id;
        if (b.questionIndex(id) < 0 && before.record.answers.choices.contains(id)) {
            c.changes.push_back(change(a, int(i)));
        }
    }
    return c;
}

} // namespace mamori
