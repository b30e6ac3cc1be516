#pragma once

#include "core/packrepository.h"
#include "core/store.h"
#include "core/translations.h"
#include "gui/appsettings.h"
#include "gui/storeopener.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace mamori::gui {

class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database at `path` through the recovery dialogs; false when the user gave up (the
    // database open before, if any, stays open).
    bool openDatabase(const QString& path);
    // Applies edited settings: the language at once, a new database location by opening it.
    void applySettings(const AppSettings& settings);

    StoreOpener& opener() { return m_opener; }
    Store* store() const { return m_store.get(); }
    const AppSettings& settings() const { return m_settings; }
    WelcomePage* welcomePage() const { return m_welcome; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSettings();
    void chooseDatabase();
    void showAbout();
    void updateStatus();

    AppSettings m_settings;
    std::unique_ptr<Translations> m_translations;
    PackRepository m_packs;
    StoreOpener m_opener;
    std::unique_ptr<Store> m_store;
    WelcomePage* m_welcome;
    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QAction* m_openAction;
    QAction* m_settingsAction;
    QAction* m_quitAction;
    QAction* m_aboutAction;
    QLabel* m_databaseStatus;
};

} // namespace mamori::gui
