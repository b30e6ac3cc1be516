// The pack manager dialog: listing with trust state, installing after verification, trusted keys,
// comparing versions and migrating an assessment.
#include "core/answers.h"
#include "core/profile.h"
#include "core/signing.h"
#include "core/store.h"
#include "core/translations.h"
#include "gui/packmanagerdialog.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QStringList column(const QTreeWidget* tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        out.append(tree->topLevelItem(i)->text(c));
    }
    return out;
}

QTreeWidgetItem* row(const QTreeWidget* tree, const QString& version)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(0) == u"ipa-self-check"_s && tree->topLevelItem(i)->text(1) == version) {
            return tree->topLevelItem(i);
        }
    }
    return nullptr;
}

} // namespace

class TestPackManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsPacksWithTheirSignature();
    void installsOnlyWhatVerifies();
    void comparesAndRemoves();
    void migratesAnAssessment();
    void controlsHaveNames();

private:
    // English with its plural forms, as a user running Mamori in English sees it.
    Translations m_translations{Language::English};
    QTemporaryDir m_dir;
    QString m_pack;
    QString m_publicKey;
    QString m_unsigned;
};

void TestPackManager::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
    const auto key = signing::generate(u"Chamber of Commerce"_s, QDateTime::currentDateTimeUtc(), {});
    m_publicKey = m_dir.filePath(u"chamber.pub.json"_s);
    write(m_publicKey, signing::toJson(key.publicKey));
    QFile source(PackRepository::bundledFolder() + u"/ipa-self-check.json"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace(R"("version": "3.1.0")", R"("version": "3.2.0")");
    m_pack = m_dir.filePath(u"ipa-3.2.0.json"_s);
    write(m_pack, bytes);
    write(m_pack + u".sig"_s,
          signing::toJson(signing::sign(bytes, u"ipa-self-check"_s, u"3.2.0"_s, key, QDateTime::currentDateTimeUtc())));
    bytes.replace(R"("version": "3.2.0")", R"("version": "3.3.0")");
    m_unsigned = m_dir.filePath(u"draft.json"_s);
    write(m_unsigned, bytes);
}

void TestPackManager::listsPacksWithTheirSignature()
{
    PackManagerDialog dialog(nullptr, 0, Language::English);
    const QTreeWidget* packs = dialog.packList();
    QCOMPARE(column(packs, 0),
             (QStringList{u"ipa-self-check"_s, u"meti-management-10"_s, u"scs-star3-readiness"_s, u"sme-guideline"_s}));
    for (const QString& signature : column(packs, 4)) {
        QVERIFY2(signature.startsWith(u"signed by Mamori TEST key"_s), qPrintable(signature));
    }
    QCOMPARE(dialog.keyList()->count(), 1);
    QVERIFY(dialog.keyList()->item(0)->text().contains(u"bundled with Mamori"_s));
    // Only the manager's own tab for migration needs a firm.
    QCOMPARE(dialog.findChild<QTabWidget*>(u"packTabs"_s)->count(), 2);
}

void TestPackManager::installsOnlyWhatVerifies()
{
    PackManagerDialog dialog(nullptr, 0, Language::English);
    auto* install = dialog.findChild<QPushButton*>(u"installPack"_s);
    auto* installUnsigned = dialog.findChild<QPushButton*>(u"installUnsigned"_s);
    dialog.preview(m_unsigned);
    QVERIFY(!install->isEnabled());
    QVERIFY(installUnsigned->isEnabled());
    QVERIFY2(dialog.details().contains(u"only as unsigned"_s), qPrintable(dialog.details()));
    dialog.preview(m_pack);
    QVERIFY(!install->isEnabled() && !installUnsigned->isEnabled());
    QVERIFY2(dialog.details().contains(u"unknown signer"_s), qPrintable(dialog.details()));
    QVERIFY(!dialog.installPreviewed(false));
    QVERIFY(!row(dialog.packList(), u"3.2.0"_s));

    QSignalSpy changed(&dialog, &PackManagerDialog::packsChanged);
    QVERIFY(dialog.trustKey(m_publicKey));
    QCOMPARE(dialog.keyList()->count(), 2);
    dialog.preview(m_pack);
    QVERIFY(install->isEnabled());
    QVERIFY2(dialog.details().contains(u"signed by \"Chamber of Commerce\""_s), qPrintable(dialog.details()));
    QVERIFY(dialog.installPreviewed(false));
    QCOMPARE(changed.count(), 2);
    QTreeWidgetItem* installed = row(dialog.packList(), u"3.2.0"_s);
    QVERIFY(installed);
    QCOMPARE(installed->text(3), u"installed"_s);
    QCOMPARE(installed->text(4), u"signed by Chamber of Commerce"_s);
}

void TestPackManager::comparesAndRemoves()
{
    PackManagerDialog dialog(nullptr, 0, Language::English);
    QTreeWidgetItem* installed = row(dialog.packList(), u"3.2.0"_s);
    QVERIFY(installed);
    dialog.packList()->setCurrentItem(installed);
    QVERIFY(dialog.findChild<QPushButton*>(u"comparePack"_s)->isEnabled());
    QVERIFY(dialog.findChild<QPushButton*>(u"removePack"_s)->isEnabled());
    const QString diff = dialog.compareSelected();
    QVERIFY2(diff.contains(u"ipa-self-check 3.1.0 → 3.2.0"_s), qPrintable(diff));
    QVERIFY2(diff.contains(u"No differences"_s), qPrintable(diff));
    dialog.packList()->setCurrentItem(row(dialog.packList(), u"3.1.0"_s));
    QVERIFY(!dialog.findChild<QPushButton*>(u"removePack"_s)->isEnabled()); // bundled
    dialog.packList()->setCurrentItem(row(dialog.packList(), u"3.2.0"_s));
    QVERIFY(dialog.removeSelected());
    QVERIFY(!row(dialog.packList(), u"3.2.0"_s));
    // Back for the next test.
    dialog.preview(m_pack);
    QVERIFY(dialog.installPreviewed(false));
}

void TestPackManager::migratesAnAssessment()
{
    auto store = Store::open(m_dir.filePath(u"m.sqlite"_s));
    QVERIFY(store);
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    QVERIFY(profile);
    const auto firm = (*store)->addFirm(*profile);
    QVERIFY(firm);
    const auto older = PackRepository().findVersion(u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(older);
    const auto answers = loadAnswers(Samples + u"small-manufacturer.ipa-self-check.answers.json"_s, &*older);
    QVERIFY(answers);
    const auto id = (*store)->startAssessment(*firm, u"ipa-self-check"_s, u"3.1.0"_s, *answers);
    QVERIFY(id);

    PackManagerDialog dialog(store->get(), *firm, Language::English);
    QCOMPARE(dialog.findChild<QTabWidget*>(u"packTabs"_s)->count(), 3);
    QCOMPARE(dialog.assessmentList()->count(), 1);
    QVERIFY(dialog.assessmentList()->item(0)->text().contains(u"3.1.0 → 3.2.0"_s));
    // The pack in use cannot be removed from under it.
    dialog.packList()->setCurrentItem(row(dialog.packList(), u"3.2.0"_s));
    QSignalSpy migrated(&dialog, &PackManagerDialog::assessmentMigrated);
    const qint64 created = dialog.migrate(*id);
    QVERIFY(created > 0);
    QCOMPARE(migrated.count(), 1);
    QVERIFY2(dialog.details().contains(u"Carried over: %1 answers"_s.arg(answers->choices.size())),
             qPrintable(dialog.details()));
    QCOMPARE(dialog.assessmentList()->count(), 0);
    const auto record = (*store)->assessment(created);
    QVERIFY(record);
    QCOMPARE(record->packVersion, u"3.2.0"_s);
    QCOMPARE(record->answers.choices, answers->choices);
    dialog.packList()->setCurrentItem(row(dialog.packList(), u"3.2.0"_s));
    QVERIFY(!dialog.removeSelected());
    QVERIFY2(dialog.details().contains(u"migrate them first"_s), qPrintable(dialog.details()));
}

void TestPackManager::controlsHaveNames()
{
    PackManagerDialog dialog(nullptr, 0, Language::English);
    for (const QPushButton* b : dialog.findChildren<QPushButton*>()) {
        QVERIFY2(!b->text().isEmpty(), qPrintable(b->objectName()));
    }
    for (const QWidget* w : {static_cast<QWidget*>(dialog.packList()), static_cast<QWidget*>(dialog.keyList()),
                             static_cast<QWidget*>(dialog.assessmentList())}) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

QTEST_MAIN(TestPackManager)
#include "tst_packmanager.moc"
