#pragma once

#include "core/catalogstore.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mamori::gui {

// The catalog manager for administrators: what the catalog holds, importing a CSV or JSON list with a
// preview of every problem before anything is written, and removing the bundled samples.
class CatalogDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogDialog(CatalogStore& catalog, QSet<QString> knownAreas, QWidget* parent = nullptr);

    // Checks `file` and shows the result; the import button is enabled only when it is valid.
    void preview(const QString& file);
    // Imports the previewed file; false (with the problems shown) when it fails.
    bool importPreviewed();
    QString statistics() const;

signals:
    void catalogChanged();

private:
    void chooseFile();
    void removeSamples();
    void showStatistics();

    CatalogStore& m_catalog;
    QSet<QString> m_knownAreas;
    QString m_file;
    QLabel* m_stats;
    QLabel* m_fileLabel;
    QPlainTextEdit* m_problems;
    QPushButton* m_choose;
    QPushButton* m_import;
    QPushButton* m_removeSamples;
};

} // namespace mamori::gui
