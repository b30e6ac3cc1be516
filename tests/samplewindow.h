#pragma once

// A main window on a stored database, with the sample manufacturer's ipa-self-check answers given
// through the question page, then shown at `step`: what the GUI suites of the later steps start from.

#include "core/answers.h"
#include "core/packrepository.h"
#include "gui/assetspage.h"
#include "gui/companypage.h"
#include "gui/mainwindow.h"
#include "gui/questionpage.h"

#include <memory>

inline std::unique_ptr<mamori::gui::MainWindow> openSampleAssessment(const QString& database, mamori::Language language,
                                                                     mamori::gui::MainWindow::Step step,
                                                                     const QString& consultant = {})
{
    using namespace mamori;
    using namespace mamori::gui;
    const QString samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");
    AppSettings settings;
    settings.language = language;
    settings.databasePath = database;
    settings.consultantName = consultant;
    auto window = std::make_unique<MainWindow>(settings);
    window->resize(1280, 720);
    if (!window->openDatabase(database)) {
        return nullptr;
    }
    window->show();
    const auto profile = loadProfile(samples + QStringLiteral("small-manufacturer.profile.json"));
    const auto pack = PackRepository().find(QStringLiteral("ipa-self-check"));
    const auto answers =
        loadAnswers(samples + QStringLiteral("small-manufacturer.ipa-self-check.answers.json"), &*pack);
    window->newAssessment(0);
    window->companyPage()->setProfile(*profile);
    window->assetsPage()->setProfile(*profile);
    window->assetsPage()->choosePack(QStringLiteral("ipa-self-check"));
    if (!window->startAssessment()) {
        return nullptr;
    }
    QuestionPage* questions = window->questionPage();
    while (!questions->showingSummary()) {
        questions->answer(answers->choices.value(questions->currentQuestion(), QStringLiteral("no")));
        questions->next();
    }
    window->goTo(step);
    return window;
}
