#include "core/vocabulary.h"

#include "core/json.h"
#include "core/jsonchecker.h"
#include "core/sizes.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Vocabulary)
};

} // namespace

Result<Vocabulary> Vocabulary::parse(const QByteArray& json, const QString& fileName)
{
    auto doc = parseJson(json, fileName);
    if (!doc) {
        return failure(doc.error());
    }
    Diagnostics diagnostics;
    JsonChecker check(fileName, doc->map, diagnostics);
    const JsonPath path;
    Vocabulary v;
    if (check.object(doc->root, path,
                     {{"format"_L1, true},
                      {"vocabulary"_L1, true},
                      {"version"_L1, true},
                      {"note"_L1, false},
                      {"items"_L1, true}})) {
        v.m_name = check.string(doc->root, "vocabulary"_L1, path).value_or(QString());
        check.string(doc->root, "version"_L1, path);
        if (const JsonNode* items = check.array(doc->root, "items"_L1, path)) {
            const JsonPath itemsPath = path.child(u"items"_s);
            QSet<QString> seen;
            for (std::size_t i = 0; i < items->items().size(); ++i) {
                const JsonNode& item = items->items()[i];
                const JsonPath ip = itemsPath.at(qsizetype(i));
                if (!check.object(item, ip, {{"id"_L1, true}, {"label"_L1, true}})) {
                    continue;
                }
                const auto id = check.string(item, "id"_L1, ip);
                const auto label = check.text(item, "label"_L1, ip);
                if (id && seen.contains(*id)) {
                    check.report(ErrorCode::Duplicate, *item.member(u"id"_s), ip.child(u"id"_s),
                                 Tr::tr("the id \"%1\" is defined more than once").arg(*id));
                } else if (id && label) {
                    seen.insert(*id);
                    v.m_items.push_back({*id, *label});
                }
            }
        }
    }
    if (hasErrors(diagnostics)) {
        return failure(diagnostics);
    }
    return v;
}

Result<Vocabulary> Vocabulary::load(const QString& path)
{
    const auto bytes = readFileBytes(path, MiB);
    if (!bytes) {
        return failure(bytes.error());
    }
    return parse(*bytes, path);
}

const Vocabulary& Vocabulary::capabilities()
{
    static const Vocabulary vocabulary = [] {
        auto loaded = load(u":/mamori/vocabulary/capabilities.json"_s);
        // The bundled file is validated by the test suite; an empty vocabulary makes every
        // capability "unknown", which the pack validator then reports loudly rather than crashing.
        return loaded ? *loaded : Vocabulary();
    }();
    return vocabulary;
}

const VocabularyItem* Vocabulary::find(QStringView id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [&](const VocabularyItem& i) { return i.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

QString Vocabulary::closest(QStringView id) const
{
    QString best;
    int bestDistance = 4;
    for (const VocabularyItem& item : m_items) {
        const int d = editDistance(id, item.id);
        if (d < bestDistance) {
            bestDistance = d;
            best = item.id;
        }
    }
    return best;
}

QStringList Vocabulary::ids() const
{
    QStringList out;
    for (const VocabularyItem& item : m_items) {
        out.append(item.id);
    }
    return out;
}

} // namespace mamori
