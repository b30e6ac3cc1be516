// Used by tst_storecrash: answers questions q<N>, q<N+1>, … of one assessment as fast as it can and
// prints each question id only after saveAnswer() returned, i.e. after the commit. The test kills it
// with SIGKILL at a random moment; every id printed must then be in the database.
// tst_teamwork_pg runs two at once on one server database, COUNT answers each.
// Usage: mamori-store-writer DATABASE ASSESSMENT_ID FIRST_INDEX [COUNT]

#include "core/store.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && args.size() != 5) {
        std::fprintf(stderr, "usage: mamori-store-writer DATABASE ASSESSMENT_ID FIRST_INDEX [COUNT]\n");
        return 2;
    }
    auto store = mamori::Store::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().first().toString()));
        return 1;
    }
    const qint64 assessment = args[2].toLongLong();
    const int first = args[3].toInt();
    const int count = args.size() == 5 ? args[4].toInt() : 100'000;
    for (int i = first; i < first + count; ++i) {
        const QString question = QStringLiteral("q%1").arg(i);
        const auto saved =
            (*store)->saveAnswer(assessment, question, QStringLiteral("yes"), QStringLiteral("note %1").arg(i));
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().first().toString()));
            return 1;
        }
        std::printf("%s\n", qPrintable(question));
        std::fflush(stdout);
    }
    return 0;
}
