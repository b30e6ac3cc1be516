#pragma once

#include "cli/command.h"

namespace mamori::cli {

// Commands over the local database (--db FILE, default: the user's data folder).

// `firm add --profile FILE`
class FirmAddCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `firm list`
class FirmListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `firm show ID`
class FirmShowCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment start --firm ID --pack ID|FILE`
class AssessmentStartCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment answer ID --question Q --choice C [--note TEXT]`
class AssessmentAnswerCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment finish ID`
class AssessmentFinishCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment log ID [--format text|json]`
class AssessmentLogCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `firm log ID [--format text|json]`
class FirmLogCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment list --firm ID`
class AssessmentListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment show ID`
class AssessmentShowCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `firm export ID [--output FILE]`
class FirmExportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment export ID [--output FILE]`
class AssessmentExportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment import FILE`
class AssessmentImportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `db copy --from FILE|URL --to FILE|URL`
class DbCopyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `db init` — makes Mamori's tables in the --db database, or upgrades them
class DbInitCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `history --firm ID [--compare A B]`
class HistoryCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

} // namespace mamori::cli
