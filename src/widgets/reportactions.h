#pragma once

#include "reportoptions.h"

#include <QObject>

#include <functional>

class QAction;
class QPagedPaintDevice;
class QWidget;

namespace cplan {

class Document;
class UserPrompts;
struct Plan;

// File → Print…, Print Preview… and Export PDF…: each asks for the sections and the paper
// (remembered for next time), then lays the report out with a progress dialog that can cancel.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    ReportActions(QWidget *window, UserPrompts *prompts, std::function<Document *()> document);

    QAction *printAction() const { return m_print; }
    QAction *previewAction() const { return m_preview; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    void setEnabled(bool enabled);

    void exportPdf();
    void print();
    void printPreview();

signals:
    // After a report was written, for the status bar.
    void finished(const QString &message);

private:
    bool askOptions(const QString &action, ReportOptions *options);
    // Paints the report on a printer or the preview, with progress; false when cancelled.
    bool paint(const Plan &plan, const ReportOptions &options, QPagedPaintDevice *device);

    QWidget *m_window;
    UserPrompts *m_prompts;
    std::function<Document *()> m_document;
    QAction *m_print;
    QAction *m_preview;
    QAction *m_exportPdf;
};

} // namespace cplan
