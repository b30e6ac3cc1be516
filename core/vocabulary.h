#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mamori {

struct VocabularyItem
{
    QString id;
    LocalizedText label;
};

// A controlled list of ids with bilingual labels, such as the service capabilities that packs
// recommend and the catalog's services provide. Defined once, in questionnaires/vocabulary/.
class Vocabulary
{
public:
    static Result<Vocabulary> load(const QString& path);
    static Result<Vocabulary> parse(const QByteArray& json, const QString& fileName);

    // The capability vocabulary bundled with Mamori (compiled in as a resource).
    static const Vocabulary& capabilities();

    const QString& name() const { return m_name; }
    const std::vector<VocabularyItem>& items() const { return m_items; }
    bool contains(QStringView id) const { return find(id) != nullptr; }
    const VocabularyItem* find(QStringView id) const;
    // The closest id, for "did you mean" hints, or an empty string.
    QString closest(QStringView id) const;
    QStringList ids() const;

private:
    QString m_name;
    std::vector<VocabularyItem> m_items;
};

} // namespace mamori
