#pragma once

#include "plan.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QWidget;

namespace cplan {

class CompareDialog;
class Document;
class UserPrompts;

// What the open plan is compared with (File > Compare with…): an older version read from a
// file or a snapshot. Keeps the number of changes current while the plan is edited, for the
// Overview's "changed since …", and shows the Compare view.
class PlanComparison : public QObject
{
    Q_OBJECT
public:
    PlanComparison(UserPrompts *prompts, QWidget *dialogParent, QObject *parent = nullptr);
    ~PlanComparison() override;

    // A new document: nothing to compare with until the user picks something.
    void setDocument(Document *document);
    // Reads the older plan from `path`; a file that cannot be opened is reported plainly and
    // leaves the comparison as it was. True when the comparison is set. `name` is what the
    // older plan is called (the file's name when empty).
    bool compareWithFile(const QString &path, const QString &name = {});
    void compareWith(Plan older, const QString &olderName);
    // A snapshot kept in the document's file; a damaged one is reported plainly.
    bool compareWithSnapshot(const RecordId &snapshotId);
    void clear();

    bool isActive() const { return m_older.has_value(); }
    QString olderName() const { return m_olderName; }
    int changeCount() const { return m_changeCount; }

    // Opens (or brings forward) the Compare view, up to date with the document.
    void showComparison();
    CompareDialog *dialog() const;

signals:
    // An empty name: nothing is compared any more.
    void changed(const QString &olderName, int changeCount);

private:
    void recompute();
    // A plan with snapshots is compared with the newest one until the user picks something else.
    void followLatestSnapshot();

    UserPrompts *m_prompts;
    QWidget *m_dialogParent;
    QPointer<Document> m_document;
    std::optional<Plan> m_older;
    QString m_olderName;
    int m_changeCount = 0;
    bool m_followsSnapshots = false;
    QPointer<CompareDialog> m_dialog;
    QTimer m_recompute; // edits come in bursts (typing): compare once they pause
};

} // namespace cplan
