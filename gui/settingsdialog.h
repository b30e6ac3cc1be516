#pragma once

#include "gui/appsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace mamori::gui {

// Language, where the database is, and the consultant's name. The caller applies what changed.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Refuses to close on a server address that cannot be used (a password in it, an unknown key),
    // saying why.
    void accept() override;
    explicit SettingsDialog(const AppSettings& current, QWidget* parent = nullptr);

    // The settings as edited (valid after accept()).
    AppSettings settings() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void browse();

    AppSettings m_initial;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QPushButton* m_browse;
    QPushButton* m_default;
    QLabel* m_databaseHelp;
    QLabel* m_consultantLabel;
    QLineEdit* m_consultant;
    QLabel* m_staleLabel;
    QSpinBox* m_stale;
    QLabel* m_staleHelp;
    QDialogButtonBox* m_buttons;
};

} // namespace mamori::gui
