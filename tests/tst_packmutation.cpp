#include "core/packloader.h"
#include "core/packrepository.h"

#include <QFile>
#include <QTest>

#include <random>

using namespace mamori;
using namespace Qt::StringLiterals;

// Damaged packs — truncated, spliced, with bytes flipped or stray JSON punctuation inserted — must be
// refused with located problems (or, rarely, still be a valid pack), never crash or hang. Seeded,
// so a failure reproduces; the seed and the mutation are in the failure message.
class TestPackMutation : public QObject
{
    Q_OBJECT

private slots:
    void damagedPacksFailCleanly_data();
    void damagedPacksFailCleanly();
};

void TestPackMutation::damagedPacksFailCleanly_data()
{
    QTest::addColumn<QString>("pack");
    QTest::addColumn<int>("firstSeed");
    for (const char* pack : {"ipa-self-check", "sme-guideline"}) {
        for (int block = 0; block < 4; ++block) {
            QTest::newRow(
                qPrintable(u"%1 seeds %2–%3"_s.arg(QString::fromLatin1(pack)).arg(block * 150).arg(block * 150 + 149)))
                << QString::fromLatin1(pack) << block * 150;
        }
    }
}

void TestPackMutation::damagedPacksFailCleanly()
{
    QFETCH(QString, pack);
    QFETCH(int, firstSeed);
    QFile file(PackRepository::bundledFolder() + u'/' + pack + u".json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const QByteArray stray[] = {
        "{", "}", "[", "]", "\"", ",", ":", "\\", "\xff", "\xe3\x81", "null", "-", "1e400", "\"id\": \"x\",", "\n"};
    PackLoader loader;
    int refused = 0;
    for (int seed = firstSeed; seed < firstSeed + 150; ++seed) {
        std::mt19937 random{static_cast<std::uint32_t>(seed)};
        QByteArray bytes = original;
        const auto pos = [&] {
            return qsizetype(std::uniform_int_distribution<qsizetype>(0, bytes.size() - 1)(random));
        };
        QString mutation;
        for (int k = 0, count = 1 + int(random() % 3); k < count; ++k) {
            switch (random() % 5) {
            case 0: {
                const qsizetype at = pos();
                bytes.truncate(at);
                mutation += u"truncate@%1 "_s.arg(at);
                break;
            }
            case 1: {
                const qsizetype at = pos();
                const qsizetype length = std::min<qsizetype>(qsizetype(random() % 200), bytes.size() - at);
                bytes.remove(at, length);
                mutation += u"remove@%1+%2 "_s.arg(at).arg(length);
                break;
            }
            case 2: {
                const qsizetype at = pos();
                bytes[at] = char(random() % 256);
                mutation += u"flip@%1 "_s.arg(at);
                break;
            }
            case 3: {
                const qsizetype at = pos();
                const QByteArray& s = stray[random() % std::size(stray)];
                bytes.insert(at, s);
                mutation += u"insert@%1 "_s.arg(at);
                break;
            }
            default: {
                const qsizetype from = pos();
                const qsizetype length = std::min<qsizetype>(qsizetype(random() % 400), bytes.size() - from);
                bytes.insert(pos(), bytes.mid(from, length));
                mutation += u"splice@%1+%2 "_s.arg(from).arg(length);
                break;
            }
            }
            if (bytes.isEmpty()) {
                break;
            }
        }
        const auto result = loader.loadData(bytes, u"damaged.json"_s);
        if (result) {
            continue;
        }
        ++refused;
        const QString context = u"seed %1: %2"_s.arg(seed).arg(mutation);
        QVERIFY2(!result.error().isEmpty(), qPrintable(context));
        for (const Diagnostic& d : result.error()) {
            QVERIFY2(d.file == u"damaged.json"_s, qPrintable(context));
            QVERIFY2(!d.message.isEmpty(), qPrintable(context));
            QVERIFY2(d.line > 0 && d.column > 0, qPrintable(context + u" → "_s + d.toString()));
        }
    }
    // The mutations are not gentle: nearly every damaged pack must be refused.
    QVERIFY2(refused > 120, qPrintable(u"only %1 of 150 refused"_s.arg(refused)));
}

QTEST_GUILESS_MAIN(TestPackMutation)
#include "tst_packmutation.moc"
