#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "core/profile.h"
#include "core/transfer.h"

#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QLineEdit;
class QTimer;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mamori {
class PackRepository;
class ResultService;
class Store;
struct FirmSummary;
} // namespace mamori

namespace mamori::gui {

// The first page: what Mamori is (on first run), the firms on this PC with their latest score, and the
// history of the selected firm, score by score. Firms move between PCs here (import and export).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(const PackRepository& packs, QWidget* parent = nullptr);
    ~WelcomePage() override;

    // Shows the firms of `store` (nullptr: none open). The store must outlive the page or be replaced.
    void setStore(Store* store);
    void setIntroVisible(bool visible);
    // The language of pack content (titles, levels); the UI's own strings follow the translators.
    void setLanguage(Language language) { m_language = language; }
    void refresh();

    qint64 selectedFirm() const;
    qint64 selectedAssessment() const;
    void selectFirm(qint64 firmId);

    // The actions behind the buttons, without their file dialogs (tests and drag-and-drop use these).
    Result<ImportReport> importFile(const QString& path);
    Result<bool> exportFirm(qint64 firmId, const QString& path);
    // Asks, answer by answer, about what an import found changed on both PCs (kept here by the import):
    // keep mine (the default) or take theirs, which is then saved as a change made here. Returns how many
    // were taken.
    int resolveImportConflicts(const ImportReport& report);

signals:
    void introDismissed();
    // 0: a new firm.
    void newAssessmentRequested(qint64 firmId);
    void openAssessmentRequested(qint64 assessmentId);
    void statusMessage(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString tierName(Tier tier);
    void retranslate();
    // One row of the firm list, with its size and latest score.
    QTreeWidgetItem* addFirmItem(const FirmSummary& firm);
    void showHistory();
    void importWithDialog();
    void exportWithDialog();

    const PackRepository& m_packs;
    Store* m_store = nullptr;
    // Made anew by each refresh (so a pack installed meanwhile is seen), shared by the firm list and
    // every history shown until the next: each pack is loaded once, not on every selection.
    std::unique_ptr<ResultService> m_results;
    Language m_language = Language::Japanese;
    QFrame* m_intro;
    QLabel* m_introText;
    QPushButton* m_introDismiss;
    QLabel* m_title;
    QLabel* m_firmsLabel;
    // A team's database holds thousands of firms: the list shows a page, found by name.
    static constexpr int PageSize = 200;
    int m_shown = PageSize;
    QLineEdit* m_search;
    QTimer* m_searchTimer;
    QLabel* m_more;
    QPushButton* m_showMore;
    QTreeWidget* m_firms;
    QLabel* m_empty;
    QLabel* m_historyLabel;
    QTreeWidget* m_history;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_newFirm;
    QPushButton* m_newAssessment;
    QPushButton* m_open;
};

} // namespace mamori::gui
