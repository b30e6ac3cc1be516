#include "core/json.h"
#include "core/packloader.h"
#include "tests/jsonschemacheck.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

QJsonObject loadSchema()
{
    QFile file(QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires/schema/pack.schema.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList keysOf(const QJsonObject& object)
{
    return sorted(object.value(u"properties"_s).toObject().keys());
}

QStringList requiredOf(const QJsonObject& object)
{
    QStringList out;
    for (const QJsonValue& v : object.value(u"required"_s).toArray()) {
        out.append(v.toString());
    }
    return sorted(out);
}

} // namespace

// The JSON Schema is the published description of the format; the loader is what enforces it. This
// suite keeps the two from drifting apart.
class TestPackSchema : public QObject
{
    Q_OBJECT

private slots:
    void schemaObjectsMatchLoader_data();
    void schemaObjectsMatchLoader();
    void everyObjectForbidsUnknownKeys();
    void bundledPacksValidateAgainstSchema();
};

void TestPackSchema::schemaObjectsMatchLoader_data()
{
    const QJsonObject schema = loadSchema();
    QVERIFY(!schema.isEmpty());
    const QJsonObject p = schema.value(u"properties"_s).toObject();
    const auto items = [&](const QString& key) {
        return p.value(key).toObject().value(u"items"_s).toObject();
    };
    const QJsonObject question = items(u"questions"_s);
    const QJsonObject category = items(u"categories"_s);
    const QJsonObject qp = question.value(u"properties"_s).toObject();

    QTest::addColumn<QString>("section");
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("pack") << u"pack"_s << schema;
    QTest::newRow("guideline") << u"guideline"_s << p.value(u"guideline"_s).toObject();
    QTest::newRow("scale") << u"scale"_s << items(u"scale"_s);
    QTest::newRow("level") << u"level"_s << items(u"levels"_s);
    QTest::newRow("category") << u"category"_s << category;
    QTest::newRow("target") << u"target"_s << category.value(u"properties"_s).toObject().value(u"target"_s).toObject();
    QTest::newRow("reference") << u"reference"_s << items(u"references"_s);
    QTest::newRow("question") << u"question"_s << question;
    QTest::newRow("depends_on") << u"depends_on"_s << qp.value(u"depends_on"_s).toObject();
    QTest::newRow("recommendation") << u"recommendation"_s << qp.value(u"recommendation"_s).toObject();
    QTest::newRow("removed") << u"removed"_s << items(u"removed"_s);
    QTest::newRow("text") << u"text"_s << schema.value(u"$defs"_s).toObject().value(u"text"_s).toObject();
}

void TestPackSchema::schemaObjectsMatchLoader()
{
    QFETCH(QString, section);
    QFETCH(QJsonObject, object);
    QCOMPARE(keysOf(object), sorted(PackLoader::acceptedKeys().value(section)));
    QCOMPARE(requiredOf(object), sorted(PackLoader::acceptedKeys(true).value(section)));
}

void TestPackSchema::everyObjectForbidsUnknownKeys()
{
    // Walk the whole schema: any object with properties must set additionalProperties to false,
    // because the loader rejects unknown keys everywhere.
    QStringList offenders;
    std::function<void(const QJsonValue&, const QString&)> walk = [&](const QJsonValue& v, const QString& at) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.contains(u"properties"_s) && o.value(u"additionalProperties"_s) != QJsonValue(false)) {
                offenders.append(at);
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                walk(it.value(), at + u'/' + it.key());
            }
        } else if (v.isArray()) {
            for (const QJsonValue& item : v.toArray()) {
                walk(item, at + u"/[]"_s);
            }
        }
    };
    walk(loadSchema(), u"#"_s);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_s)));
}

void TestPackSchema::bundledPacksValidateAgainstSchema()
{
    // An independent implementation of JSON Schema (python3-jsonschema) must accept every bundled pack.
    const QDir packs(QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires"));
    const QStringList names = packs.entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(names.size() >= 2);
    QStringList files;
    for (const QString& f : names) {
        files.append(packs.filePath(f));
    }
    const QString problems =
        jsonSchemaProblems(QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires/schema/pack.schema.json"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestPackSchema)
#include "tst_packschema.moc"
