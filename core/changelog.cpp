#include "core/changelog.h"

#include "core/pack.h"
#include "core/packrepository.h"

#include <QCoreApplication>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::ChangeLog)
};

} // namespace

QString choiceLabel(const QString& choice, const Pack* pack, Language language)
{
    if (pack != nullptr) {
        if (const int index = pack->choiceIndex(choice); index >= 0) {
            return pack->scale[std::size_t(index)].label.text(language);
        }
    }
    return choice;
}

QString describeChange(const ChangeRecord& c, const Pack* pack, Language language)
{
    const auto label = [&](const QString& choice) {
        return choiceLabel(choice, pack, language);
    };
    switch (c.kind) {
    case ChangeKind::FirmAdded:
        return Tr::tr("Firm added: %1").arg(c.detail);
    case ChangeKind::ProfileSaved:
        return Tr::tr("Company profile changed");
    case ChangeKind::Started:
        return Tr::tr("Assessment started with %1").arg(c.detail);
    case ChangeKind::Answered: {
        QString text =
            c.previousChoice.isEmpty()
                ? Tr::tr("%1: answered \"%2\"").arg(c.questionId, label(c.choice))
                : Tr::tr("%1: \"%2\" changed to \"%3\"").arg(c.questionId, label(c.previousChoice), label(c.choice));
        if (c.note != c.previousNote && !c.note.isEmpty()) {
            text += Tr::tr("; note: %1").arg(c.note);
        }
        return text;
    }
    case ChangeKind::NoteChanged:
        return c.note.isEmpty() ? Tr::tr("%1: note removed").arg(c.questionId)
                                : Tr::tr("%1: note: %2").arg(c.questionId, c.note);
    case ChangeKind::AnswerRemoved:
        return Tr::tr("%1: answer \"%2\" taken back").arg(c.questionId, label(c.previousChoice));
    case ChangeKind::Finished:
        return Tr::tr("Assessment finished");
    case ChangeKind::Imported: {
        // detail: "<pack id> <version> <count>"
        const QStringList parts = c.detail.split(u' ');
        const int count = parts.size() == 3 ? parts[2].toInt() : 0;
        return Tr::tr("%n answer(s) taken in from %1", nullptr, count)
            .arg(parts.size() == 3 ? parts[0] + u' ' + parts[1] : c.detail);
    }
    case ChangeKind::ImportConflict: {
        const auto value = [&](const QString& choice, const QString& note) {
            const QString shown = choice.isEmpty() ? Tr::tr("not answered") : u"\""_s + label(choice) + u'"';
            return note.isEmpty() ? shown : Tr::tr("%1 (note: %2)").arg(shown, note);
        };
        const QString here = value(c.previousChoice, c.previousNote);
        const QString theirs = value(c.choice, c.note);
        return c.detail == u"theirs"_s ? Tr::tr("%1: changed on both PCs; took %2 from the file over %3 here")
                                             .arg(c.questionId, theirs, here)
                                       : Tr::tr("%1: changed on both PCs; kept %2 here over %3 in the file")
                                             .arg(c.questionId, here, theirs);
    }
    }
    return c.detail;
}

const AssessmentRecord* ChangeLogContext::assessment(const ChangeRecord& change)
{
    if (change.assessmentId <= 0) {
        return nullptr;
    }
    auto firm = m_assessments.find(change.firmId);
    if (firm == m_assessments.end()) {
        auto read = m_store.assessments(change.firmId);
        firm = m_assessments.emplace(change.firmId, read ? std::move(*read) : std::vector<AssessmentRecord>{}).first;
    }
    for (const AssessmentRecord& a : firm->second) {
        if (a.id == change.assessmentId) {
            return &a;
        }
    }
    return nullptr;
}

const Pack* ChangeLogContext::pack(const ChangeRecord& change)
{
    const AssessmentRecord* a = assessment(change);
    if (a == nullptr) {
        return nullptr;
    }
    auto it = m_loaded.find({a->packId, a->packVersion});
    if (it == m_loaded.end()) {
        std::optional<Pack> found;
        if (auto loaded = m_packs.findVersion(a->packId, a->packVersion)) {
            found = std::move(*loaded);
        }
        it = m_loaded.emplace(std::pair{a->packId, a->packVersion}, std::move(found)).first;
    }
    return it->second ? &*it->second : nullptr;
}

QString changeAuthor(const ChangeRecord& c)
{
    if (c.login.isEmpty() || c.actor == c.login) {
        return c.actor;
    }
    return u"%1 (%2)"_s.arg(c.actor, c.login);
}

QJsonObject changeToJson(const ChangeRecord& c)
{
    QJsonObject o{
        {u"id"_s, c.id},       {u"at"_s, c.at.toString(Qt::ISODateWithMs)}, {u"actor"_s, c.actor},
        {u"login"_s, c.login}, {u"kind"_s, changeKindId(c.kind)},           {u"firm"_s, c.firmId},
    };
    if (c.assessmentId > 0) {
        o.insert(u"assessment"_s, c.assessmentId);
    }
    const auto put = [&](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            o.insert(QLatin1StringView(key), value);
        }
    };
    put("question", c.questionId);
    put("choice", c.choice);
    put("note", c.note);
    put("previous_choice", c.previousChoice);
    put("previous_note", c.previousNote);
    put("detail", c.detail);
    return o;
}

} // namespace mamori
