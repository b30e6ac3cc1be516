#pragma once

#include <QStyledItemDelegate>

namespace mamori::gui {

// Item rows with some air above and below. Rows sized by the Latin metrics crowd Japanese text; a
// style sheet would do the same but switches the whole view to the (slow) style-sheet style, which
// cost start-up time.
class RoomyDelegate : public QStyledItemDelegate
{
public:
    explicit RoomyDelegate(QObject* parent, int extra = 6) : QStyledItemDelegate(parent), m_extra(extra) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, m_extra);
    }

private:
    int m_extra;
};

} // namespace mamori::gui
