#include "gui/storeopener.h"

#include "core/format.h"
#include "core/storelocation.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::gui::StoreOpener)
};

QString objectNameOf(Recovery choice)
{
    switch (choice) {
    case Recovery::Retry:
        return u"recoveryRetry"_s;
    case Recovery::OpenReadOnly:
        return u"recoveryReadOnly"_s;
    case Recovery::RestoreBackup:
        return u"recoveryRestore"_s;
    case Recovery::ChooseAnotherFile:
        return u"recoveryChooseFile"_s;
    case Recovery::Quit:
        break;
    }
    return u"recoveryQuit"_s;
}

} // namespace

QList<Recovery> recoveryChoices(const Diagnostic& problem, const QString& path)
{
    QList<Recovery> choices;
    // A server's problems (not reachable, a password missing from ~/.pgpass, a role without rights) are
    // fixed outside Mamori, then tried again; there are no backups or locks of Mamori's there.
    if (StoreLocation::looksLikeUrl(path)) {
        return {Recovery::Retry, Recovery::ChooseAnotherFile, Recovery::Quit};
    }
    if (problem.code == ErrorCode::Locked) {
        choices.append(Recovery::OpenReadOnly);
    }
    if (problem.code == ErrorCode::Corrupt && !Store::backupsOf(path).isEmpty()) {
        choices.append(Recovery::RestoreBackup);
    }
    choices.append(Recovery::ChooseAnotherFile);
    choices.append(Recovery::Quit);
    return choices;
}

QString StoreOpener::choiceLabel(Recovery choice)
{
    switch (choice) {
    case Recovery::Retry:
        return Tr::tr("Try again");
    case Recovery::OpenReadOnly:
        return Tr::tr("Open read-only");
    case Recovery::RestoreBackup:
        return Tr::tr("Restore a backup copy…");
    case Recovery::ChooseAnotherFile:
        return Tr::tr("Choose another file…");
    case Recovery::Quit:
        break;
    }
    return Tr::tr("Quit");
}

StoreOpener::StoreOpener(QWidget* parent) : m_parent(parent)
{
    m_ask = [this](const Diagnostic& problem, const QList<Recovery>& choices) -> std::optional<Recovery> {
        QMessageBox box(QMessageBox::Warning, Tr::tr("Mamori"), Tr::tr("Mamori cannot open its database."),
                        QMessageBox::NoButton, m_parent);
        box.setObjectName(u"storeProblem"_s);
        box.setInformativeText(u"%1\n\n%2"_s.arg(QDir::toNativeSeparators(problem.file), problem.message));
        std::vector<std::pair<QAbstractButton*, Recovery>> buttons;
        for (const Recovery choice : choices) {
            QPushButton* button = box.addButton(
                choiceLabel(choice), choice == Recovery::Quit ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
            button->setObjectName(objectNameOf(choice));
            buttons.emplace_back(button, choice);
        }
        box.setDefaultButton(qobject_cast<QPushButton*>(buttons.front().first));
        box.exec();
        for (const auto& [button, choice] : buttons) {
            if (box.clickedButton() == button) {
                return choice;
            }
        }
        return std::nullopt;
    };
    m_chooseFile = [this](const QString& current) {
        QFileDialog dialog(m_parent, Tr::tr("Choose a Mamori database"), QFileInfo(current).absolutePath(),
                           Tr::tr("Mamori databases (*.sqlite);;All files (*)"));
        dialog.setObjectName(u"chooseDatabase"_s);
        // A new name creates a new database, so the dialog must accept files that do not exist yet.
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setOption(QFileDialog::DontConfirmOverwrite);
        dialog.setDefaultSuffix(u"sqlite"_s);
        return dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty() ? dialog.selectedFiles().first()
                                                                                       : QString();
    };
    m_inform = [this](const Diagnostic& problem) {
        QMessageBox box(QMessageBox::Warning, Tr::tr("Mamori"), problem.message, QMessageBox::Ok, m_parent);
        box.setObjectName(u"storeProblemDetail"_s);
        box.exec();
    };
    m_chooseBackup = [this](const QStringList& backups) {
        QStringList labels;
        for (const QString& b : backups) {
            const QFileInfo info(b);
            labels.append(Tr::tr("%1 (saved %2)").arg(info.fileName(), formatDateTime(info.lastModified())));
        }
        bool ok = false;
        const QString picked = QInputDialog::getItem(
            m_parent, Tr::tr("Restore a backup copy"),
            Tr::tr("The damaged database will be kept next to it, renamed. Restore:"), labels, 0, false, &ok);
        const auto index = labels.indexOf(picked);
        return ok && index >= 0 ? backups.at(index) : QString();
    };
}

std::optional<StoreOpener::Opened> StoreOpener::open(const QString& initialPath)
{
    QString path = initialPath;
    QString notice;
    // Each round either opens, or asks once; a user who keeps choosing files is never stuck in a
    // loop of ours, and a hundred rounds means something is wrong with the dialogs, not the user.
    for (int round = 0; round < 100; ++round) {
        auto store = Store::open(path);
        if (store) {
            return Opened{std::move(*store), path, notice};
        }
        const Diagnostic problem = store.error().first();
        if (problem.code == ErrorCode::ReadOnly) {
            // Nothing to choose: the user cannot write here, but can read. The banner says why.
            if (auto readOnly = Store::open(path, Store::Mode::ReadOnly)) {
                return Opened{std::move(*readOnly), path,
                              Tr::tr("The database is open read-only: %1. To make changes, copy the file to a "
                                     "folder you can write to, or ask its owner.")
                                  .arg(problem.message)};
            }
        }
        const QList<Recovery> choices = recoveryChoices(problem, path);
        const std::optional<Recovery> choice = m_ask(problem, choices);
        if (!choice || *choice == Recovery::Quit) {
            return std::nullopt;
        }
        switch (*choice) {
        case Recovery::Retry:
            break; // the next round opens it again
        case Recovery::OpenReadOnly: {
            auto readOnly = Store::open(path, Store::Mode::ReadOnly);
            if (readOnly) {
                return Opened{std::move(*readOnly), path,
                              Tr::tr("The database is open read-only: another Mamori is using it. Changes are "
                                     "not possible until it is closed.")};
            }
            m_inform(readOnly.error().first()); // say why, then offer the ways out again
            break;
        }
        case Recovery::RestoreBackup: {
            const QString backup = m_chooseBackup(Store::backupsOf(path));
            if (backup.isEmpty()) {
                break;
            }
            const auto restored = Store::restoreBackup(path, backup);
            if (!restored) {
                m_inform(restored.error().first());
                break;
            }
            notice = Tr::tr("The backup copy %1 was restored. The damaged database was kept as %2.")
                         .arg(QFileInfo(backup).fileName(), QFileInfo(*restored).fileName());
            break;
        }
        case Recovery::ChooseAnotherFile: {
            const QString chosen = m_chooseFile(path);
            if (!chosen.isEmpty()) {
                path = chosen;
            }
            break;
        }
        case Recovery::Quit:
            break;
        }
    }
    return std::nullopt;
}

} // namespace mamori::gui
