#include "tableclipboard.h"

#include "commands.h"
#include "displayformat.h"
#include "itemroles.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDate>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QUndoStack>

#include <algorithm>
#include <optional>

namespace cplan::tableclipboard {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cplan::TableClipboard", text, nullptr, n);
}

QString headerOf(const QAbstractItemModel *model, int column)
{
    return model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QDate parseDate(const QString &text)
{
    const QLocale locale;
    for (const QString &format : {locale.dateFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::LongFormat),
                                  QStringLiteral("yyyy-MM-dd"), QStringLiteral("d MMM yyyy")}) {
        QDate date = locale.toDate(text, format);
        if (date.isValid()) {
            if (date.year() < 100) // "3/2/27": this century
                date = date.addYears(2000);
            return date;
        }
    }
    return {};
}

// The pasted text as the value the cell's editor would give, or nullopt with the reason.
std::optional<QVariant> valueFor(const QModelIndex &index, const QString &pasted, QString *problem)
{
    const QString text = pasted.trimmed();
    const QVariant current = index.data(Qt::EditRole);
    const QString column = headerOf(index.model(), index.column());
    const QVariant choices = index.data(ChoicesRole);
    if (choices.isValid()) {
        for (const QVariant &entry : choices.toList()) {
            const QVariantList pair = entry.toList();
            if (pair.size() == 2
                && (pair[0].toString().compare(text, Qt::CaseInsensitive) == 0
                    || pair[1].toString().compare(text, Qt::CaseInsensitive) == 0))
                return pair[1];
        }
        *problem = tr("“%1” is not one of the choices for %2.").arg(text, column);
        return std::nullopt;
    }
    switch (current.typeId()) {
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong: {
        // Figures copied from the screen carry a currency code or symbol: keep the number.
        QString number = text;
        number.remove(QRegularExpression(QStringLiteral("[^0-9.,'\\s\\x{00A0}\\x{202F}%+-]")));
        if (const std::optional<double> value = parseNumber(number.trimmed()))
            return current.typeId() == QMetaType::Double ? QVariant(*value) : QVariant(qRound64(*value));
        *problem = tr("“%1” is not a number for %2.").arg(text, column);
        return std::nullopt;
    }
    case QMetaType::QDate: {
        const QDate date = parseDate(text);
        if (date.isValid())
            return date;
        *problem = tr("“%1” is not a date for %2.").arg(text, column);
        return std::nullopt;
    }
    case QMetaType::Bool: *problem = tr("%1 is ticked, not typed.").arg(column); return std::nullopt;
    default: return text;
    }
}

// The table's columns as the person sees them: in the header's order, hidden ones left out.
QList<int> shownColumns(const QAbstractItemView *view)
{
    QList<int> columns;
    const int count = view->model()->columnCount(view->rootIndex());
    const auto *table = qobject_cast<const QTableView *>(view);
    for (int visual = 0; visual < count; ++visual) {
        const int logical = table ? table->horizontalHeader()->logicalIndex(visual) : visual;
        if (!table || !table->isColumnHidden(logical))
            columns.append(logical);
    }
    return columns;
}

} // namespace

QString selectedCellsAsText(const QAbstractItemView *view)
{
    const QItemSelectionModel *selection = view->selectionModel();
    QModelIndexList cells = selection ? selection->selectedIndexes() : QModelIndexList();
    if (cells.isEmpty() && view->currentIndex().isValid())
        cells.append(view->currentIndex());
    if (cells.isEmpty())
        return {};
    const QList<int> columns = shownColumns(view);
    int top = cells.first().row(), bottom = top;
    qsizetype left = columns.size(), right = -1;
    for (const QModelIndex &cell : cells) {
        top = std::min(top, cell.row());
        bottom = std::max(bottom, cell.row());
        const qsizetype at = columns.indexOf(cell.column());
        if (at >= 0) {
            left = std::min(left, at);
            right = std::max(right, at);
        }
    }
    const QAbstractItemModel *model = view->model();
    const QSet<QModelIndex> chosen(cells.cbegin(), cells.cend());
    QStringList lines;
    for (int row = top; row <= bottom; ++row) {
        QStringList values;
        for (qsizetype at = left; at <= right; ++at) {
            const QModelIndex cell = model->index(row, columns[at], cells.first().parent());
            QString value = chosen.contains(cell) ? cell.data(Qt::DisplayRole).toString() : QString();
            // A tab or line break inside a cell would split it in a spreadsheet.
            value.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            values.append(value);
        }
        lines.append(values.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

PasteResult pasteText(QAbstractItemView *view, const QString &text, QUndoStack *stack)
{
    PasteResult result;
    QAbstractItemModel *model = view->model();
    const QModelIndex start = view->currentIndex();
    if (!model || !start.isValid() || !stack) {
        result.problems.append(tr("Select the cell to paste into first."));
        return result;
    }
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (body.endsWith(QLatin1Char('\n'))) // spreadsheets end the last row with a line break
        body.chop(1);
    std::vector<std::pair<QModelIndex, QString>> targets;
    const QStringList rows = body.split(QLatin1Char('\n'));
    const QModelIndexList selected =
        view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (rows.size() == 1 && !rows.first().contains(QLatin1Char('\t')) && selected.size() > 1) {
        for (const QModelIndex &cell : selected) // one value fills the selection, as in a spreadsheet
            targets.emplace_back(cell, rows.first());
    } else {
        int outside = 0;
        const QList<int> columns = shownColumns(view);
        const qsizetype first = columns.indexOf(start.column());
        for (int r = 0; r < rows.size(); ++r) {
            const QStringList values = rows[r].split(QLatin1Char('\t'));
            for (int c = 0; c < values.size(); ++c) {
                const qsizetype at = first + c;
                const QModelIndex cell = first >= 0 && at < columns.size()
                                             ? model->index(start.row() + r, columns[at], start.parent())
                                             : QModelIndex();
                if (cell.isValid())
                    targets.emplace_back(cell, values[c]);
                else
                    ++outside;
            }
        }
        if (outside > 0)
            result.problems.append(outside == 1 ? tr("1 value did not fit in the table.")
                                                : tr("%n values did not fit in the table.", outside));
    }

    // Check every value first: a paste that cannot be read changes nothing.
    std::vector<std::pair<QModelIndex, QVariant>> values;
    int unreadable = 0;
    for (const auto &[cell, pasted] : targets) {
        if (!(cell.flags() & Qt::ItemIsEditable)) {
            result.problems.append(tr("%1 cannot be typed in here.").arg(headerOf(model, cell.column())));
            continue;
        }
        QString problem;
        if (const std::optional<QVariant> value = valueFor(cell, pasted, &problem))
            values.emplace_back(cell, *value);
        else {
            result.problems.append(problem);
            ++unreadable;
        }
    }
    if (unreadable > 0 || values.empty())
        return result;

    const int before = stack->index();
    stack->beginMacro(values.size() == 1 ? tr("Paste 1 cell") : tr("Paste %n cells", int(values.size())));
    for (const auto &[cell, value] : values) {
        const QVariant old = cell.data(Qt::EditRole);
        if (!model->setData(cell, value, Qt::EditRole))
            result.problems.append(tr("%1 does not take “%2”.").arg(headerOf(model, cell.column()), value.toString()));
        else if (cell.data(Qt::EditRole) != old)
            ++result.changed;
    }
    stack->endMacro();
    if (result.changed == 0 && stack->index() > before) {
        // Nothing took: no empty "Paste" step in the history.
        takeBackLastStep(stack);
    }
    return result;
}

} // namespace cplan::tableclipboard
