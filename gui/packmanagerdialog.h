#pragma once

#include "core/packrepository.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace mamori {
class Store;
}

namespace mamori::gui {

// The pack manager for administrators: installed packs and versions with their signer and trust state,
// installing from a file after showing what its signature says, comparing versions, migrating the
// firm's assessments to a newer version, and the trusted keys.
class PackManagerDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` and `firmId` may be null/0: then the migration part is left out.
    PackManagerDialog(Store* store, qint64 firmId, Language language, QWidget* parent = nullptr);

    // Each step the buttons take, public so the test suite drives them without modal file dialogs.
    void refresh();
    void preview(const QString& file);
    bool installPreviewed(bool allowUnsigned);
    bool removeSelected();
    // The differences between the selected pack and the previous installed version of the same id.
    QString compareSelected();
    // Migrates the assessment to the newest installed version of its pack; the new assessment's id, or 0.
    qint64 migrate(qint64 assessmentId);
    bool trustKey(const QString& file);
    bool untrustSelectedKey();

    QTreeWidget* packList() const { return m_packs; }
    QListWidget* keyList() const { return m_keys; }
    QListWidget* assessmentList() const { return m_assessments; }
    QString details() const;

signals:
    void packsChanged();
    void assessmentMigrated(qint64 newAssessmentId);

private:
    void chooseFile();
    void chooseKey();
    void updateButtons();
    void showDetails(const QString& text);
    const PackEntry* selectedEntry() const;

    Store* m_store;
    qint64 m_firmId;
    Language m_language;
    PackRepository m_repository;
    std::vector<PackEntry> m_entries; // usable then refused, as listed
    QString m_file;
    std::optional<InspectedPack> m_inspected;
    QTreeWidget* m_packs;
    QPushButton* m_install;
    QPushButton* m_installUnsigned;
    QPushButton* m_remove;
    QPushButton* m_compare;
    QPlainTextEdit* m_details;
    QListWidget* m_assessments;
    QPushButton* m_migrate;
    QListWidget* m_keys;
    QPushButton* m_addKey;
    QPushButton* m_removeKey;
};

} // namespace mamori::gui
