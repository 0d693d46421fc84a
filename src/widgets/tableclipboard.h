#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemView;
class QUndoStack;

namespace cplan {

// Copy and paste between a table and a spreadsheet or text: cells as tab-separated lines.
namespace tableclipboard {

// The selected cells as their text on screen: one line per row, cells separated by tabs (the
// rectangle around the selection; cells in it that are not selected stay empty).
QString selectedCellsAsText(const QAbstractItemView *view);

struct PasteResult
{
    int changed = 0;      // cells whose value changed
    QStringList problems; // why the other cells were left as they were, in plain words
};

// Pastes tab-separated text into the table from its current cell (one value fills every selected
// cell). Each cell goes through the model's setData like a typed edit, so validation holds; all
// cells together are one undo step on `stack` ("Paste 3 cells"). Read-only and worked-out cells are
// left alone.
PasteResult pasteText(QAbstractItemView *view, const QString &text, QUndoStack *stack);

} // namespace tableclipboard

} // namespace cplan
