#pragma once

#include "cli/command.h"

namespace mamori::cli {

// `pack list`: the packs on the search path, newest version first.
class PackListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack validate FILE…`: every problem of every file, located; exit 1 when any file is invalid.
class PackValidateCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack show ID|FILE`: what a pack contains.
class PackShowCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

} // namespace mamori::cli
