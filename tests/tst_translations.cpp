#include <QFile>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Catalogue
{
    QSet<QString> sources; // "context\u0001source"
    QStringList unfinished;
    QStringList placeholderMismatches;
    QStringList texts; // every translation, as shown
};

QStringList placeholders(const QString& text)
{
    QStringList out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'%' && (text[i + 1].isDigit() || text[i + 1] == u'n')) {
            out.append(text.mid(i, 2));
        }
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

Catalogue read(const QString& path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList forms;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"message"_s) {
                source.clear();
                forms.clear();
                unfinished = false;
            } else if (xml.name() == u"source"_s) {
                source = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                const auto type = xml.attributes().value(u"type"_s);
                unfinished = type == u"unfinished"_s;
                if (type == u"vanished"_s || type == u"obsolete"_s) {
                    source.clear();
                }
            } else if (xml.name() == u"numerusform"_s) {
                forms.append(xml.readElementText());
            }
        } else if (xml.isCharacters() && !xml.isWhitespace() && forms.isEmpty()) {
            forms.append(xml.text().toString());
        } else if (xml.isEndElement() && xml.name() == u"message"_s && !source.isEmpty()) {
            const QString key = context + u'\u0001' + source;
            c.sources.insert(key);
            if (unfinished || forms.isEmpty() || forms.contains(QString())) {
                c.unfinished.append(context + u": "_s + source);
            }
            c.texts += forms;
            for (const QString& form : forms) {
                if (placeholders(form) != placeholders(source)) {
                    c.placeholderMismatches.append(context + u": "_s + source + u" → "_s + form);
                }
            }
        }
    }
    return c;
}

} // namespace

// Every visible string has its Japanese and its English text, with the same placeholders.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cataloguesAreComplete_data();
    void cataloguesAreComplete();
    void cataloguesCoverTheSameStrings();
    void glossaryIsFollowed_data();
    void glossaryIsFollowed();
};

void TestTranslations::cataloguesAreComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("ja") << QStringLiteral(MAMORI_SOURCE_DIR "/i18n/mamori_ja.ts");
    QTest::newRow("en") << QStringLiteral(MAMORI_SOURCE_DIR "/i18n/mamori_en.ts");
}

void TestTranslations::cataloguesAreComplete()
{
    QFETCH(QString, path);
    const Catalogue c = read(path);
    QVERIFY(c.sources.size() > 100);
    QVERIFY2(c.unfinished.isEmpty(), qPrintable(c.unfinished.join(u'\n')));
    QVERIFY2(c.placeholderMismatches.isEmpty(), qPrintable(c.placeholderMismatches.join(u'\n')));
}

void TestTranslations::cataloguesCoverTheSameStrings()
{
    const Catalogue ja = read(QStringLiteral(MAMORI_SOURCE_DIR "/i18n/mamori_ja.ts"));
    const Catalogue en = read(QStringLiteral(MAMORI_SOURCE_DIR "/i18n/mamori_en.ts"));
    QCOMPARE(ja.sources, en.sources);
}

void TestTranslations::glossaryIsFollowed_data()
{
    QTest::addColumn<QString>("avoid");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QString>("use");
    QFile file(QStringLiteral(MAMORI_SOURCE_DIR "/docs/glossary.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    bool inTerms = false;
    int rows = 0;
    for (const QString& line : lines) {
        if (line.startsWith(u"## "_s)) {
            inTerms = line == u"## Terms"_s;
            continue;
        }
        if (!inTerms || !line.startsWith(u'|') || line.startsWith(u"|---"_s) || line.startsWith(u"| English"_s)) {
            continue;
        }
        const QStringList cells = line.split(u'|');
        QVERIFY2(cells.size() == 7, qPrintable(line)); // empty, five cells, empty
        ++rows;
        QStringList allowed;
        for (const QString& a : cells[4].split(u',')) {
            if (!a.trimmed().isEmpty()) {
                allowed.append(a.trimmed());
            }
        }
        for (const QString& cell : cells[3].split(u',')) {
            if (const QString avoid = cell.trimmed(); !avoid.isEmpty()) {
                QTest::addRow("%s", qPrintable(avoid)) << avoid << allowed << cells[2].trimmed();
            }
        }
    }
    QVERIFY(rows >= 7);
}

// The Japanese says each thing with the glossary's word (docs/glossary.md).
void TestTranslations::glossaryIsFollowed()
{
    QFETCH(QString, avoid);
    QFETCH(QStringList, allowed);
    QFETCH(QString, use);
    QStringList texts = read(QStringLiteral(MAMORI_SOURCE_DIR "/i18n/mamori_ja.ts")).texts;
    QVERIFY(texts.size() > 1000);
    QFile guide(QStringLiteral(MAMORI_SOURCE_DIR "/docs/user-guide.ja.md"));
    QVERIFY(guide.open(QIODevice::ReadOnly));
    texts += QString::fromUtf8(guide.readAll()).split(u'\n');
    QStringList found;
    for (QString text : texts) {
        for (const QString& compound : allowed) {
            text.remove(compound);
        }
        if (text.contains(avoid)) {
            found.append(text.left(80));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"write %1, not %2: "_s.arg(use, avoid) + found.join(u" / "_s)));
}

QTEST_APPLESS_MAIN(TestTranslations)
#include "tst_translations.moc"
