#pragma once

#include "plan.h"

#include <QLineEdit>
#include <QPointer>

class QCompleter;
class QStandardItemModel;

namespace cplan {

class Document;

// "Find in plan" on the toolbar: type part of a name, pick a record from the list (or press Enter
// for the first), and the window shows it in its view, selected.
class PlanSearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit PlanSearchField(QWidget *parent = nullptr);
    void setDocument(Document *document);

signals:
    // The view's key ("channels") and the record to select there.
    void recordChosen(const QString &section, const cplan::RecordId &record);

private:
    void updateMatches();
    void choose(int row);

    QPointer<Document> m_document;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    bool m_justChose = false;
};

} // namespace cplan
