#pragma once

#include "cli/command.h"

namespace mamori::cli {

// `questions --pack … --profile … [--answers …]`: the questions that apply to this firm.
class QuestionsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assess --pack … --profile … --answers … [--format json|text]`: scores, gaps and the action plan.
class AssessCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

} // namespace mamori::cli
