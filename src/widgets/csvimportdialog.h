#pragma once

#include "actualsimport.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Ui {
class CsvImportDialog;
}

class QPushButton;
class QThread;
class QTimer;

namespace cplan {

class Document;

// Imports KPI actuals from a CSV file: previews the start of the file with the guessed
// separator, date format and decimal separator (all changeable), lets the user say which
// columns hold the date, the KPI and the value, shows the rows it cannot read with the reason,
// and imports the rest into the chosen KPIs as one undo step. The whole file is read on a
// worker thread with progress and a stop button, so a large export never freezes the window.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(Document *document, const QString &fileName, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // The KPI for a file without a KPI column (the one selected on the KPIs page).
    void setDefaultKpi(const RecordId &kpiId);

    bool isReading() const { return m_thread != nullptr; }
    // The options the form shows now.
    CsvImportOptions options() const;
    // What the last complete reading of the file gave; null while reading or after a stop.
    const CsvActuals *result() const { return m_result.get(); }
    // Where the values of a KPI name in the file go (null: skip them).
    void setTarget(const QString &nameInFile, const RecordId &kpiId);
    // The Import button: pushes the command and closes; false when there is nothing to import.
    bool importNow();

    void stopReading();

signals:
    void readingFinished();

private:
    struct Job;

    void loadPreview();
    void applyGuess(const CsvGuess &guess);
    void fillColumnCombos();
    void showPreview();
    void optionsChanged();
    void startReading();
    void finishReading(const std::shared_ptr<Job> &job);
    void showResult();
    std::map<QString, RecordId> targets() const;
    void updateButtons();

    Document *m_document;
    QString m_fileName;
    std::unique_ptr<Ui::CsvImportDialog> m_ui;
    QPushButton *m_importButton = nullptr;
    QTimer *m_restartTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    CsvPreview m_preview;
    RecordId m_defaultKpi;
    bool m_loading = false;

    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    QList<QPointer<QThread>> m_threads; // every worker still running, waited for on close
    std::unique_ptr<CsvActuals> m_result;
};

} // namespace cplan
