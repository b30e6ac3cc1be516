#pragma once

#include "core/localizedtext.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QDialogButtonBox;
class QPushButton;

namespace mamori {
class Store;
class PackRepository;
} // namespace mamori

namespace mamori::gui {

// A firm's change log: who added it, changed its profile, and changed each answer of its
// assessments, and when (Store::firmChanges), newest at the bottom. Read-only; Refresh reads it again
// (colleagues on a shared database keep adding to it).
class ChangeLogDialog : public QDialog
{
    Q_OBJECT

public:
    ChangeLogDialog(const Store& store, const PackRepository& packs, qint64 firmId, Language language,
                    QWidget* parent = nullptr);

    int rowCount() const;
    QString cellText(int row, int column) const;

    void reload();

private:
    const Store& m_store;
    const PackRepository& m_packs;
    qint64 m_firmId;
    Language m_language;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_refresh;
    QDialogButtonBox* m_buttons;
};

} // namespace mamori::gui
