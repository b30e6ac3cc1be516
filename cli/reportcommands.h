#pragma once

#include "cli/command.h"

namespace mamori::cli {

// `report (--pack … --profile … --answers … | --assessment ID) --out FILE [--format csv|json]`
class ReportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

} // namespace mamori::cli
