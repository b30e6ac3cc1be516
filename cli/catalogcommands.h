#pragma once

#include "cli/command.h"

namespace mamori::cli {

// Commands over the service and talent catalog (--catalog FILE, default: the user's data folder).

// `match (--pack … --profile … --answers … | --assessment ID) [--kind services|talent] …`
class MatchCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `catalog import FILE…`
class CatalogImportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `catalog validate FILE…`
class CatalogValidateCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `catalog export --kind services|talent --output FILE`
class CatalogExportCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `catalog stats`
class CatalogStatsCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `catalog remove-samples`
class CatalogRemoveSamplesCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

} // namespace mamori::cli
