#include "core/packmigration.h"

#include "core/scorer.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QSet>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PackMigration)
};

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString text(const LocalizedText& t)
{
    return t.ja + u" / "_s + t.en;
}

QString dependsText(const Pack& pack, const std::optional<DependsOn>& d)
{
    if (!d || d->question < 0) {
        return {};
    }
    QString out = pack.questions[std::size_t(d->question)].id + u" in ["_s + d->answers.join(u", "_s) + u']';
    if (d->otherwise >= 0) {
        out += u", otherwise "_s + pack.scale[std::size_t(d->otherwise)].id;
    }
    return out;
}

QString recommendationText(const Recommendation& r)
{
    return text(r.text) + u" ("_s + gradeId(r.cost) + u'/' + gradeId(r.effort) + u"; "_s +
           r.capabilities.join(u", "_s) + u')';
}

QString targetText(const CategoryTarget& t)
{
    QStringList parts{number(t.defaultTarget)};
    for (Tier tier : {Tier::Micro, Tier::Small, Tier::Medium, Tier::Large}) {
        parts.append(number(t.forTier(tier)));
    }
    return parts.join(u" / "_s);
}

// The question of the earlier version whose answer a question of the new one takes: itself when it
// was there and answered, else the first question it replaces that was answered.
struct Source
{
    int index = -1; // in the earlier pack
    bool answered = false;
};

Source sourceOf(const Question& q, const Pack& older, const AnswerSet& answers)
{
    Source found;
    const auto consider = [&](const QString& id) {
        const int i = older.questionIndex(id);
        if (i < 0) {
            return false;
        }
        if (found.index < 0) {
            found.index = i;
        }
        if (answers.choices.contains(id)) {
            found = Source{i, true};
            return true;
        }
        return false;
    };
    if (consider(q.id)) {
        return found;
    }
    for (const QString& id : q.replaces) {
        if (consider(id)) {
            return found;
        }
    }
    return found;
}

} // namespace

bool PackDiff::empty() const
{
    return added.isEmpty() && replaced.empty() && removed.isEmpty() && undeclared.isEmpty() && changed.empty() &&
           categoriesAdded.isEmpty() && categoriesRemoved.isEmpty() && categoriesChanged.empty() && scoring.empty();
}

PackDiff diffPacks(const Pack& older, const Pack& newer)
{
    PackDiff d;
    QSet<QString> taken; // earlier ids that live on, under their own id or replaced
    for (const Question& q : newer.questions) {
        const int before = older.questionIndex(q.id);
        for (const QString& id : q.replaces) {
            if (older.questionIndex(id) >= 0) {
                d.replaced.push_back({id, q.id});
                taken.insert(id);
            }
        }
        if (before < 0) {
            const bool replaces = std::any_of(q.replaces.begin(), q.replaces.end(),
                                              [&](const QString& id) { return older.questionIndex(id) >= 0; });
            if (!replaces) {
                d.added.append(q.id);
            }
            continue;
        }
        taken.insert(q.id);
        const Question& o = older.questions[std::size_t(before)];
        const auto change = [&](const QString& field, const QString& from, const QString& to) {
            if (from != to) {
                d.changed.push_back({q.id, field, from, to});
            }
        };
        change(u"text"_s, text(o.text), text(q.text));
        change(u"help"_s, text(o.help), text(q.help));
        change(u"category"_s, older.categories[std::size_t(o.category)].id,
               newer.categories[std::size_t(q.category)].id);
        change(u"weight"_s, number(o.weight), number(q.weight));
        change(u"applies_if"_s, o.appliesIf ? o.appliesIf->source() : QString(),
               q.appliesIf ? q.appliesIf->source() : QString());
        change(u"depends_on"_s, dependsText(older, o.dependsOn), dependsText(newer, q.dependsOn));
        change(u"refs"_s, o.refs.join(u", "_s), q.refs.join(u", "_s));
        change(u"recommendation"_s, recommendationText(o.recommendation), recommendationText(q.recommendation));
    }
    for (const Question& o : older.questions) {
        if (taken.contains(o.id)) {
            continue;
        }
        const bool declared = std::any_of(newer.removed.begin(), newer.removed.end(),
                                          [&](const RemovedQuestion& r) { return r.id == o.id; });
        (declared ? d.removed : d.undeclared).append(o.id);
    }
    for (const Category& c : newer.categories) {
        const int before = older.categoryIndex(c.id);
        if (before < 0) {
            d.categoriesAdded.append(c.id);
            continue;
        }
        const Category& o = older.categories[std::size_t(before)];
        const auto change = [&](const QString& field, const QString& from, const QString& to) {
            if (from != to) {
                d.categoriesChanged.push_back({c.id, field, from, to});
            }
        };
        change(u"title"_s, text(o.title), text(c.title));
        change(u"description"_s, text(o.description), text(c.description));
        change(u"target"_s, targetText(o.target), targetText(c.target));
    }
    for (const Category& o : older.categories) {
        if (newer.categoryIndex(o.id) < 0) {
            d.categoriesRemoved.append(o.id);
        }
    }
    const auto choiceText = [](const ScaleChoice& c) {
        QString out = c.notApplicable ? u"not applicable"_s : number(c.points);
        if (c.flag) {
            out += u", flagged"_s;
        }
        return out;
    };
    for (const ScaleChoice& c : newer.scale) {
        const int before = older.choiceIndex(c.id);
        if (before < 0) {
            d.scoring.push_back({c.id, u"choice"_s, QString(), choiceText(c)});
        } else if (choiceText(older.scale[std::size_t(before)]) != choiceText(c)) {
            d.scoring.push_back({c.id, u"points"_s, choiceText(older.scale[std::size_t(before)]), choiceText(c)});
        }
    }
    for (const ScaleChoice& o : older.scale) {
        if (newer.choiceIndex(o.id) < 0) {
            d.scoring.push_back({o.id, u"choice"_s, choiceText(o), QString()});
        }
    }
    for (const Level& l : newer.levels) {
        const Level* o = older.level(l.id);
        if (!o) {
            d.scoring.push_back({l.id, u"band"_s, QString(), number(l.min)});
        } else if (o->min != l.min) {
            d.scoring.push_back({l.id, u"min"_s, number(o->min), number(l.min)});
        }
    }
    for (const Level& o : older.levels) {
        if (!newer.level(o.id)) {
            d.scoring.push_back({o.id, u"band"_s, number(o.min), QString()});
        }
    }
    return d;
}

Migration planMigration(const Pack& older, const AnswerSet& answers, const Pack& newer, const Profile& profile)
{
    Migration m;
    m.answers.packId = newer.id;
    m.answers.packVersion = newer.version;
    QSet<QString> used; // earlier questions whose answer went somewhere
    const Scorer scorer(newer, profile);
    QSet<int> applies;
    for (int i : scorer.applicableByProfile()) {
        applies.insert(i);
    }
    for (std::size_t i = 0; i < newer.questions.size(); ++i) {
        const Question& q = newer.questions[i];
        const Source source = sourceOf(q, older, answers);
        if (source.answered) {
            const Question& o = older.questions[std::size_t(source.index)];
            const QString choice = answers.choices.value(o.id);
            used.insert(o.id);
            if (newer.choiceIndex(choice) < 0) {
                if (applies.contains(int(i))) {
                    m.fresh.push_back({q.id, Migration::Reason::ChoiceGone, choice});
                }
                continue;
            }
            m.answers.choices.insert(q.id, choice);
            if (const QString note = answers.notes.value(o.id); !note.isEmpty()) {
                m.answers.notes.insert(q.id, note);
            }
            m.carried.push_back({q.id, o.id, choice, o.text.ja != q.text.ja || o.text.en != q.text.en});
        } else if (applies.contains(int(i))) {
            m.fresh.push_back({q.id, source.index < 0 ? Migration::Reason::New : Migration::Reason::Unanswered, {}});
        }
    }
    for (const Question& o : older.questions) {
        if (used.contains(o.id) || !answers.choices.contains(o.id)) {
            continue;
        }
        Migration::Left left{o.id, answers.choices.value(o.id), answers.notes.value(o.id), false, {}};
        for (const RemovedQuestion& r : newer.removed) {
            if (r.id == o.id) {
                left.declared = true;
                left.why = r.note;
            }
        }
        m.left.push_back(std::move(left));
    }
    // Follow-ups whose parent's carried answer now closes them need no fresh answer.
    const std::vector<int> toAsk = scorer.questionsToAsk(m.answers);
    const QSet<int> asked(toAsk.begin(), toAsk.end());
    m.fresh.erase(
        std::remove_if(m.fresh.begin(), m.fresh.end(),
                       [&](const Migration::Fresh& f) { return !asked.contains(newer.questionIndex(f.question)); }),
        m.fresh.end());
    return m;
}

Result<MigrationResult> migrateAssessment(Store& store, qint64 assessmentId, const Pack& older, const Pack& newer)
{
    const auto record = store.assessment(assessmentId);
    if (!record) {
        return failure(record.error());
    }
    const auto fail = [](ErrorCode code, const QString& message) {
        return failure(fileError(code, {}, message));
    };
    if (record->packId != older.id || record->packVersion != older.version) {
        return fail(ErrorCode::Mismatch, Tr::tr("assessment %1 was made with %2 %3, not %4 %5")
                                             .arg(assessmentId)
                                             .arg(record->packId, record->packVersion, older.id, older.version));
    }
    if (newer.id != older.id) {
        return fail(
            ErrorCode::Mismatch,
            Tr::tr("%1 is another pack than %2; migration moves between versions of one pack").arg(newer.id, older.id));
    }
    if (newer.version == older.version) {
        return fail(ErrorCode::Value,
                    Tr::tr("assessment %1 already uses %2 %3").arg(assessmentId).arg(newer.id, newer.version));
    }
    const auto firm = store.firm(record->firmId);
    if (!firm) {
        return failure(firm.error());
    }
    // The firm as it is now: a migrated assessment is a fresh look with today's profile.
    MigrationResult out;
    out.migration = planMigration(older, record->answers, newer, firm->profile);
    auto id = store.startAssessment(record->firmId, newer.id, newer.version, out.migration.answers);
    if (!id) {
        return failure(id.error());
    }
    out.assessmentId = *id;
    return out;
}

} // namespace mamori
