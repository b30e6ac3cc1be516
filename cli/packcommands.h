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

// `pack install FILE [--signature SIG] [--allow-unsigned]`: verify, then copy into the user's packs.
class PackInstallCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack remove ID[@VERSION] [--force]`: refuses while stored assessments use that version, unless forced.
class PackRemoveCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack import-csv FILE.csv --base ID|PACK.json [--set-version V] --out PACK.json`: a pack from a spreadsheet.
class PackImportCsvCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack export-csv ID|FILE --out FILE.csv`: a pack's questions as a spreadsheet to edit.
class PackExportCsvCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack keygen --name NAME --out BASE [--expires DATE]`: a new signing key pair.
class PackKeygenCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack sign --key SECRET FILE [--out SIG]`: a detached signature for a valid pack.
class PackSignCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack verify FILE [--signature SIG]`: what installing it would find; exit 1 unless it verifies.
class PackVerifyCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `trust add KEY.pub.json`: accept a signer's packs.
class TrustAddCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `trust list`: the keys whose signatures are accepted.
class TrustListCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `trust remove KEY_ID`: stop accepting a signer; the packs it signed are refused from then on.
class TrustRemoveCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `pack diff OLD NEW`: questions added, removed, replaced and changed; categories and scoring.
class PackDiffCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

// `assessment migrate ID [--to VERSION] [--dry-run]`: a new assessment on another version of the pack,
// with every answer carried over or listed.
class AssessmentMigrateCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const std::vector<std::string>& args, Context& ctx) override;
};

} // namespace mamori::cli
