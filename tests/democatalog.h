#pragma once

// The demo catalog's fictional services and experts (resources/catalog/demo/), imported on purpose
// as an administrator would: what the suites that rank, filter and compare start from.

#include "core/catalogstore.h"

inline bool importDemoCatalog(mamori::CatalogStore& catalog)
{
    for (const char* file : {"services.json", "talent.csv"}) {
        if (!catalog.importFile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/catalog/demo/") +
                                QString::fromLatin1(file))) {
            return false;
        }
    }
    return true;
}
