#include "gui/helpwindow.h"

#include <mamori/version.h>

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

#include <algorithm>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

// Screenshots are grabbed at 1280 pixels; shown at most this wide, they leave the text beside the
// window's edge readable.
constexpr double MaxImageWidth = 760;

} // namespace

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser), m_where(new QLabel)
{
    setObjectName(u"helpWindow"_s);
    m_browser->setObjectName(u"helpText"_s);
    m_browser->setOpenLinks(false); // web links go to the browser, the guide's own ones stay here
    m_where->setObjectName(u"helpLocation"_s);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_where);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::openLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        m_browser->document()->setDocumentMargin(16);
        prepare();
        m_where->setText(
            tr("The copy that came with Mamori %1; it needs no connection.").arg(QStringLiteral(MAMORI_VERSION)));
    });
    resize(980, 760);
    retranslate();
}

QString HelpWindow::guideUrl(Language language)
{
    return language == Language::Japanese ? u"qrc:/mamori/help/user-guide.ja.md"_s
                                          : u"qrc:/mamori/help/user-guide.en.md"_s;
}

bool HelpWindow::showSection(Language language, int section)
{
    const QUrl url(guideUrl(language));
    if (m_browser->source() != url) {
        m_browser->setSource(url, QTextDocument::MarkdownResource);
    }
    // Markdown headings carry no anchors in QTextDocument; prepare() gave each numbered section one.
    const QString name = u"section-%1"_s.arg(section);
    const QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2 && block.text().startsWith(QString::number(section) + u". "_s)) {
            m_browser->setTextCursor(QTextCursor(block));
            m_browser->scrollToAnchor(name);
            return true;
        }
    }
    m_browser->verticalScrollBar()->setValue(0);
    return false;
}

QString HelpWindow::currentHeading() const
{
    const QTextBlock block = m_browser->textCursor().block();
    return block.blockFormat().headingLevel() > 0 ? block.text() : QString();
}

QString HelpWindow::currentDocument() const
{
    return m_browser->source().toString();
}

void HelpWindow::prepare()
{
    QTextDocument* document = m_browser->document();
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        // "7. Reading the results" becomes the anchor "section-7", for showSection().
        if (block.blockFormat().headingLevel() == 2) {
            const QString number = block.text().section(u'.', 0, 0);
            bool numbered = false;
            (void)number.toInt(&numbered);
            if (numbered) {
                QTextCharFormat anchor;
                anchor.setAnchor(true);
                anchor.setAnchorNames({u"section-"_s + number});
                cursor.setPosition(block.position());
                cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(anchor);
            }
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid()) {
                continue;
            }
            const QVariant resource = document->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const QSizeF natural = resource.value<QImage>().size();
            if (natural.width() > 0) {
                // Every picture gets its size: a narrow one (a dialog) keeps its own, a wide one fits.
                const qreal width = std::min<qreal>(natural.width(), MaxImageWidth);
                image.setWidth(width);
                image.setHeight(natural.height() * width / natural.width());
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(image);
            }
        }
    }
}

void HelpWindow::openLink(const QUrl& url)
{
    if (url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"mailto"_s) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QUrl target = m_browser->source().resolved(url);
    if (target.scheme() == u"qrc"_s && QFile::exists(u":"_s + target.path())) {
        m_browser->setSource(target, target.path().endsWith(u".md"_s) ? QTextDocument::MarkdownResource
                                                                      : QTextDocument::UnknownResource);
        return;
    }
    // A file the guide names but Mamori does not carry (a source file, say): say so rather than go blank.
    m_where->setText(
        tr("%1 is not part of the offline guide; it is in Mamori's source, in docs/.").arg(url.toString()));
}

void HelpWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HelpWindow::retranslate()
{
    setWindowTitle(tr("User guide"));
    m_browser->setAccessibleName(tr("User guide"));
}

} // namespace mamori::gui
