// mamori: the desktop application. A thin main over the gui library.

#include "core/translations.h"
#include "gui/appsettings.h"
#include "gui/contraststyle.h"
#include "gui/mainwindow.h"

#include <mamori/version.h>

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new mamori::gui::ContrastStyle); // the platform's style, check boxes seen on dark
    QCoreApplication::setOrganizationName(u"Mamori"_s);
    QCoreApplication::setApplicationName(u"Mamori"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MAMORI_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Mamori"_s);
    // Ties the windows to the menu entry (packaging/linux/jp.mamori.Mamori.desktop): the task bar shows
    // its icon and name, also under Wayland, where the window class is not used.
    QGuiApplication::setDesktopFileName(u"jp.mamori.Mamori"_s);
    const QStringList args = app.arguments();
    mamori::gui::AppSettings settings = mamori::gui::AppSettings::load();
    // --lang ja|en: the language of this run, as mamori-cli takes it; the settings dialog changes it for good.
    if (const qsizetype i = args.indexOf(u"--lang"_s); i > 0) {
        const QString code = i + 1 < args.size() ? args[i + 1] : QString();
        const auto language = mamori::languageFromCode(code);
        if (!language) {
            std::fprintf(stderr, "mamori: --lang needs ja or en, not \"%s\"\n", qUtf8Printable(code));
            return 2;
        }
        settings.language = *language;
    }
    QString database = settings.effectiveDatabasePath();
    bool remember = true;
    if (const qsizetype i = args.indexOf(u"--db"_s); i > 0 && i + 1 < args.size()) {
        database = args[i + 1]; // for this run only
        remember = false;
    }
    mamori::gui::applyUiFont(); // before the first widget, which would otherwise be laid out twice
    mamori::gui::MainWindow window(settings);
    window.placeOnScreen();
    window.show();
    const bool benchmark = args.contains(u"--quit-after-startup"_s);
    // The window comes up first; the database opens with the first turn of the event loop, so its
    // recovery dialogs, when needed, sit over the window rather than before any window at all.
    QTimer::singleShot(0, &app, [&window, database, benchmark, remember] {
        if (benchmark) {
            // For start-up benchmarks: the window is on screen…
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
        }
        // The icon once the window is up: QIcon decodes each of the seven PNGs as it is added (2 ms,
        // a tenth of the start-up), and the window manager takes a new icon at any time.
        QIcon icon;
        for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
            icon.addFile(u":/mamori/icons/%1x%1/apps/jp.mamori.Mamori.png"_s.arg(size), QSize(size, size));
        }
        QApplication::setWindowIcon(icon);
        if (!window.openDatabase(database, remember)) {
            QCoreApplication::exit(1);
            return;
        }
        if (benchmark) {
            // …and now shows the firms of its database. The title tells which language it chose (the
            // package check in .ci/run expects Japanese on a Japanese locale).
            std::printf("ready: %s\n", qUtf8Printable(window.windowTitle()));
            std::fflush(stdout);
            QCoreApplication::quit();
        }
    });
    if (const qsizetype i = args.indexOf(u"--screenshot"_s); i > 0 && i + 1 < args.size()) {
        // For the documentation's screenshots: the window as drawn, then quit.
        const QString file = args[i + 1];
        QTimer::singleShot(500, &app, [&window, file] {
            window.grab().save(file);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
