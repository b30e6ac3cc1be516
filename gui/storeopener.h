#pragma once

#include "core/diagnostic.h"
#include "core/store.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace mamori::gui {

// What the user can do about a database that will not open.
enum class Recovery
{
    Retry,             // a team's server that did not answer: try again (it may be restarting)
    OpenReadOnly,      // another Mamori has it: look without changing anything
    RestoreBackup,     // damaged: put a backup copy in its place (the damaged file is kept aside)
    ChooseAnotherFile, // open or create a different database
    Quit,
};

// The ways out that make sense for this problem, the most useful first.
QList<Recovery> recoveryChoices(const Diagnostic& problem, const QString& path);

// Opens the database, and when it cannot, tells the user why and offers the ways out until one
// works or the user gives up. Never deletes or overwrites a file: a restored backup moves the damaged
// file aside first. The dialogs are replaceable so tests can drive every path.
class StoreOpener
{
public:
    struct Opened
    {
        std::unique_ptr<Store> store;
        QString path;
        QString notice; // what the user should know afterwards ("the damaged file was kept as …")
    };
    // Which way out; nullopt (the dialog closed) counts as Quit.
    using Ask = std::function<std::optional<Recovery>(const Diagnostic& problem, const QList<Recovery>& choices)>;
    // Another database file; empty when cancelled.
    using ChooseFile = std::function<QString(const QString& current)>;
    // One of the backup copies (newest first); empty when cancelled.
    using ChooseBackup = std::function<QString(const QStringList& backups)>;
    // Tells why a way out did not work, before the choices are offered again.
    using Inform = std::function<void(const Diagnostic& problem)>;

    explicit StoreOpener(QWidget* parent = nullptr);
    void setAsk(Ask ask) { m_ask = std::move(ask); }
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }
    void setChooseBackup(ChooseBackup choose) { m_chooseBackup = std::move(choose); }
    void setInform(Inform inform) { m_inform = std::move(inform); }

    // nullopt when the user chose to quit.
    std::optional<Opened> open(const QString& path);

    static QString choiceLabel(Recovery choice);

private:
    QWidget* m_parent;
    Ask m_ask;
    ChooseFile m_chooseFile;
    ChooseBackup m_chooseBackup;
    Inform m_inform;
};

} // namespace mamori::gui
