#pragma once

#include "core/localizedtext.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace mamori::gui {

// Help ▸ User guide (F1): the user guide (docs/user-guide.ja.md / .en.md, with its screenshots),
// compiled into Mamori and read offline, opened at the section for the step the user is on and in the
// language of the window. Links to the other documents in docs/ open here too; web links open in the
// browser.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The guide in `language`, scrolled to the section numbered `section` ("7. Reading the results").
    // False when the guide has no such section (it then opens at the top).
    bool showSection(Language language, int section);
    // The heading at the top of the view, and the document shown, for tests.
    QString currentHeading() const;
    QString currentDocument() const;
    QTextBrowser* browser() const { return m_browser; }

    // Where the guides live among the resources.
    static QString guideUrl(Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    // Anchors on the numbered sections, and pictures no wider than the text.
    void prepare();
    void openLink(const QUrl& url);

    QTextBrowser* m_browser;
    QLabel* m_where;
};

} // namespace mamori::gui
