#pragma once

// A small firm's profile for store tests: what is stored matters, not what it scores.

#include "core/profile.h"

inline mamori::Profile firmProfile(const QString& name, int employees)
{
    mamori::Profile p;
    p.name = name;
    p.industry = u'E';
    p.prefecture = 27;
    p.employees = employees;
    p.capitalManYen = 1000;
    p.assets.pcs = employees;
    p.assets.website = true;
    p.assets.cloud = {QStringLiteral("mail")};
    p.protections = {QStringLiteral("antivirus")};
    return p;
}
