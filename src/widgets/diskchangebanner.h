#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace cplan {

class Document;
class PlanComparison;
class PlanFileController;
class UserPrompts;

// The strip above the pages that says another program changed the plan's file on disk (a
// command-line import, a sync client), with what the person can do about it: reload the plan
// as it is on disk, compare the two versions, or save this one as a copy. Save never writes
// over the other program's changes without asking, whether the strip is shown or closed.
class DiskChangeBanner : public QWidget
{
    Q_OBJECT
public:
    DiskChangeBanner(PlanFileController *files, PlanComparison *comparison, UserPrompts *prompts,
                     QWidget *parent = nullptr);

    // The Compare view: the plan here against the file as it is on disk now.
    bool compareWithDisk();

private:
    void updateState();
    void reload();

    PlanFileController *m_files;
    PlanComparison *m_comparison;
    UserPrompts *m_prompts;
    QLabel *m_text;
    QPointer<Document> m_closedFor; // the document whose strip the person closed
};

} // namespace cplan
