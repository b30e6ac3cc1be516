// The yardstick for mamori's start-up: a bare Qt Widgets window with one Qt Charts chart, nothing
// else. `--quit-after-startup` quits once the window has been shown, like mamori's.

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* series = new QLineSeries;
    series->append(0, 1);
    series->append(1, 3);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    window.setCentralWidget(new QChartView(chart));
    window.resize(1100, 720);
    window.show();
    if (app.arguments().contains(QStringLiteral("--quit-after-startup"))) {
        QTimer::singleShot(0, &app, [] {
            std::fputs("shown\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
