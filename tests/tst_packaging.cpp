// What the Debian package installs besides the binaries: the menu entry and the AppStream metadata
// (valid for desktop-file-validate and appstreamcli, and naming each other), the icons rendered from
// the SVG master in every size, and the manual page written by mamori-cli itself — every command in
// it, in English and Japanese, and clean for groff.
#include "cli/app.h"

#include <mamori/version.h>

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString Linux = QStringLiteral(MAMORI_SOURCE_DIR "/packaging/linux/");
const QString Id = u"jp.mamori.Mamori"_s;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runTool(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    Run r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        return r;
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString manual(const QString& language)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    const int code = mamori::cli::runCli({u"--lang"_s, language, u"--man"_s}, o, e);
    o.flush();
    return code == 0 && err.isEmpty() ? out : QString();
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void desktopEntryIsValid();
    void metainfoIsValid();
    void desktopEntryAndMetainfoAgree();
    void iconsInEverySize_data();
    void iconsInEverySize();
    void manualListsEveryCommand_data();
    void manualListsEveryCommand();
    void manualFormatsCleanly_data();
    void manualFormatsCleanly();
    void desktopApplicationStarts_data();
    void desktopApplicationStarts();
};

void TestPackaging::desktopEntryIsValid()
{
    const QString tool = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (tool.isEmpty()) {
        QSKIP("desktop-file-validate is not installed (scripts/setup-debian.sh installs desktop-file-utils)");
    }
    const Run r = runTool(tool, {Linux + Id + u".desktop"_s});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(u"error"_s) && !r.out.contains(u"warning"_s), qPrintable(r.out));
}

void TestPackaging::metainfoIsValid()
{
    const QString tool = QStandardPaths::findExecutable(u"appstreamcli"_s);
    if (tool.isEmpty()) {
        QSKIP("appstreamcli is not installed (scripts/setup-debian.sh installs appstream)");
    }
    const Run r = runTool(tool, {u"validate"_s, u"--no-net"_s, Linux + Id + u".metainfo.xml"_s});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(u"Validation was successful"_s), qPrintable(r.out));
}

void TestPackaging::desktopEntryAndMetainfoAgree()
{
    const QString desktop = readText(Linux + Id + u".desktop"_s);
    QVERIFY(desktop.contains(u"\nIcon="_s + Id + u'\n'));
    QVERIFY(desktop.contains(u"\nExec=mamori\n"_s));
    QVERIFY(desktop.contains(u"\nName[ja]="_s));
    QVERIFY(desktop.contains(u"\nComment[ja]="_s));

    // The elements that tie the two together, read with the stream reader (Qt Core has no DOM).
    QXmlStreamReader xml(readText(Linux + Id + u".metainfo.xml"_s));
    QString id;
    QString launchable;
    QString release;
    QStringList binaries;
    bool japaneseSummary = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"id"_s && id.isEmpty()) {
            id = xml.readElementText();
        } else if (name == u"launchable"_s) {
            launchable = xml.readElementText();
        } else if (name == u"binary"_s) {
            binaries.append(xml.readElementText());
        } else if (name == u"release"_s && release.isEmpty()) {
            release = xml.attributes().value(u"version"_s).toString();
        } else if (name == u"summary"_s) {
            japaneseSummary = japaneseSummary || xml.attributes().value(u"xml:lang"_s) == u"ja"_s;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, Id);
    QCOMPARE(launchable, Id + u".desktop"_s);
    QCOMPARE(binaries, (QStringList{u"mamori"_s, u"mamori-cli"_s}));
    // The release named there is the version being built.
    QCOMPARE(release, QStringLiteral(MAMORI_VERSION));
    // Japanese beside English for what a software centre shows first.
    QVERIFY(japaneseSummary);
}

void TestPackaging::iconsInEverySize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        QTest::addRow("%dx%d", size, size) << size;
    }
}

void TestPackaging::iconsInEverySize()
{
    QFETCH(int, size);
    const QString path =
        u"%1/packaging/icons/%2x%2/apps/%3.png"_s.arg(QStringLiteral(MAMORI_BINARY_DIR)).arg(size).arg(Id);
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // Drawn, not blank: the corners are transparent around the shield, the middle is the shield's blue.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    const QRgb middle = image.pixel(size / 2, size * 3 / 4);
    QCOMPARE(qAlpha(middle), 255);
    QVERIFY(qBlue(middle) > qRed(middle));
}

void TestPackaging::manualListsEveryCommand_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("summary");
    QTest::newRow("en") << u"en"_s << u".SH \"COMMANDS\""_s << u"Make a pack from a spreadsheet of questions"_s;
    QTest::newRow("ja") << u"ja"_s << u".SH \"コマンド\""_s << u"設問の表"_s;
}

void TestPackaging::manualListsEveryCommand()
{
    QFETCH(QString, language);
    QFETCH(QString, heading);
    QFETCH(QString, summary);
    const QString page = manual(language);
    QVERIFY(page.startsWith(u".TH MAMORI\\-CLI 1 "_s));
    QVERIFY2(page.contains(heading), qPrintable(page.left(2000)));
    QVERIFY(page.contains(summary));
    // Every command of the overview has its section, with its options.
    QString overview;
    QString err;
    QTextStream o(&overview);
    QTextStream e(&err);
    QCOMPARE(mamori::cli::runCli({u"--help"_s}, o, e), 0);
    o.flush();
    static const QRegularExpression commandLine(u"^  ([a-z-]+(?: [a-z-]+)?) {2,}"_s,
                                                QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = commandLine.globalMatch(overview); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name.startsWith(u"--"_s)) {
            continue;
        }
        ++commands;
        QVERIFY2(page.contains(u".SS \""_s + QString(name).replace(u'-', u"\\-"_s) + u"\"\n"_s), qPrintable(name));
    }
    QVERIFY(commands >= 30);
    QVERIFY(page.contains(u".B \\-\\-set\\-version arg\n"_s));
    QVERIFY(!page.contains(u"\\-h [ \\-\\-help ]"_s)); // said once, under the global options
}

void TestPackaging::manualFormatsCleanly_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("ja") << u"ja"_s;
}

void TestPackaging::manualFormatsCleanly()
{
    QFETCH(QString, language);
    const QString groff = QStandardPaths::findExecutable(u"groff"_s);
    if (groff.isEmpty()) {
        QSKIP("groff is not installed (Debian's groff-base, which man needs)");
    }
    const QString page = manual(language);
    QVERIFY(!page.isEmpty());
    // -ww: every warning but one: -Wbreak, since groff 1.22 cannot break Japanese lines, which have no
    // spaces (a long Japanese sentence overflows the terminal's width; man shows it all the same).
    // -z: no output, only the diagnostics. -k: preconv reads the UTF-8 input.
    const Run r = runTool(groff, {u"-k"_s, u"-man"_s, u"-Tutf8"_s, u"-ww"_s, u"-Wbreak"_s, u"-z"_s}, page.toUtf8());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    // -P-cbou: plain text, without bold and underline by overstriking or escape sequences.
    const Run text = runTool(groff, {u"-k"_s, u"-man"_s, u"-Tutf8"_s, u"-P-cbou"_s}, page.toUtf8());
    QVERIFY(text.out.contains(language == u"ja"_s ? u"終了ステータス"_s : u"EXIT STATUS"_s));
    QVERIFY(text.out.contains(u"MAMORI_PACK_PATH"_s));
}

void TestPackaging::desktopApplicationStarts_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected"); // on standard output, or standard error when the code is not 0
    QTest::newRow("system language Japanese") << QStringList{} << u"ja_JP.UTF-8"_s << 0 << u"ready: 中小企業"_s;
    QTest::newRow("system language English")
        << QStringList{} << u"en_US.UTF-8"_s << 0 << u"ready: Information security"_s;
    QTest::newRow("--lang en on a Japanese system")
        << QStringList{u"--lang"_s, u"en"_s} << u"ja_JP.UTF-8"_s << 0 << u"ready: Information security"_s;
    QTest::newRow("--lang ja on an English system")
        << QStringList{u"--lang"_s, u"ja"_s} << u"en_US.UTF-8"_s << 0 << u"ready: 中小企業"_s;
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"fr"_s} << u"ja_JP.UTF-8"_s << 2
                                      << u"--lang needs ja or en, not \"fr\""_s;
}

void TestPackaging::desktopApplicationStarts()
{
    // The installed application's start-up check (scripts/package-check.sh) on the build's binary: the
    // window comes up, opens its database and reports its title, in the language asked for.
    QFETCH(QStringList, args);
    QFETCH(QString, locale);
    QFETCH(int, code);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, locale);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"LANGUAGE"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MAMORI_BINARY_DIR "/bin/mamori"),
            args + QStringList{u"--db"_s, home.filePath(u"firms.sqlite"_s), u"--quit-after-startup"_s});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), code);
    QVERIFY2((code == 0 ? out : err).contains(expected), qPrintable(out + err));
    if (code == 0) {
        QVERIFY(out.startsWith(u"shown\n"_s));
    }
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
