#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// DESIGN.md: core depends on Qt Core and Qt Sql only. The build enforces it by linking; this suite
// makes an accidental include fail loudly with the file and line.
class TestCorePurity : public QObject
{
    Q_OBJECT

private slots:
    void coreIncludesNoGuiOrWidgets();
    void coreLinksOnlyCoreAndSql();
};

void TestCorePurity::coreIncludesNoGuiOrWidgets()
{
    const QRegularExpression forbidden(
        uR"(^\s*#\s*include\s*[<"](QtWidgets|QtGui|QtCharts|QtPrintSupport|QWidget|QApplication|QGuiApplication|QPainter|QPdfWriter|QImage|QPixmap|QFont|QColor|QChart)[/>".])"_s);
    QDirIterator it(QStringLiteral(MAMORI_SOURCE_DIR "/core"), {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    QStringList offenders;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            if (forbidden.match(text).hasMatch()) {
                offenders.append(u"%1:%2: %3"_s.arg(path).arg(line).arg(text.trimmed()));
            }
        }
    }
    QVERIFY(files > 10);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
}

void TestCorePurity::coreLinksOnlyCoreAndSql()
{
    QFile cmake(QStringLiteral(MAMORI_SOURCE_DIR "/core/CMakeLists.txt"));
    QVERIFY(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    const QRegularExpression qtLib(uR"(Qt6::(\w+))"_s);
    QStringList libs;
    for (auto m = qtLib.globalMatch(text); m.hasNext();) {
        libs.append(m.next().captured(1));
    }
    libs.removeDuplicates();
    libs.sort();
    QCOMPARE(libs, (QStringList{u"Core"_s, u"Sql"_s}));
}

QTEST_APPLESS_MAIN(TestCorePurity)
#include "tst_corepurity.moc"
