// mamori-render-icon: renders the SVG master of Mamori's icon (resources/icons/mamori.svg) to the PNG
// sizes of the hicolor theme and of the window icon, at build time, so the PNGs are never edited by
// hand and never drift from the master.
//   mamori-render-icon MASTER.svg OUT_DIR SIZE…   writes OUT_DIR/<SIZE>x<SIZE>/apps/jp.mamori.Mamori.png

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine has no display
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: mamori-render-icon MASTER.svg OUT_DIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "mamori-render-icon: %s is not a valid SVG file\n", qUtf8Printable(args[1]));
        return 1;
    }
    for (const QString& text : args.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "mamori-render-icon: \"%s\" is not an icon size (8-1024)\n", qUtf8Printable(text));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString folder = u"%1/%2x%2/apps"_s.arg(args[2]).arg(size);
        const QString file = folder + u"/jp.mamori.Mamori.png"_s;
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "mamori-render-icon: cannot write %s\n", qUtf8Printable(file));
            return 1;
        }
    }
    return 0;
}
