#pragma once

#include "monthlyimport.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

namespace Ui {
class CsvImportDialog;
}

class QComboBox;
class QPushButton;
class QThread;
class QTimer;

namespace cplan {

class Document;

// Imports an analytics, ads, e-mail or social export as monthly KPI actuals (monthlyimport.h):
// shows the tool the file comes from and how it is written (all changeable), the lines it skipped
// and the rows it cannot read, narrows the rows to one channel group or campaign, lets the user say
// which KPI each figure column goes into and how a month is made of it, and shows month by month
// what will be written before anything is. Import is one undo step. The file is read on a worker
// thread with progress and a stop button, so a large export never freezes the window; every change
// of how the file is read reads it again.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(Document *document, const QString &fileName, QWidget *parent = nullptr);
    ~CsvImportDialog() override;

    // The KPI for a file with a single figure that matches no KPI by name (the one selected on the
    // KPIs page).
    void setDefaultKpi(const RecordId &kpiId);

    bool isReading() const { return m_thread != nullptr; }
    // How the file is read now: what the user chose; the rest is found in the file.
    const MonthlyImportOptions &options() const { return m_options; }
    // What the last complete reading gave (its error says when the file cannot be read); null while
    // reading and after a stop.
    const MonthlyActualsRead *reading() const { return m_result.get(); }
    // The KPI each figure of the file goes into (series name → KPI, null: not imported), and how
    // its months are made.
    RecordId target(const QString &series) const;
    KpiAggregation aggregation(const QString &series) const;
    // The Import button: pushes the command and closes; false when there is nothing to import.
    bool importNow();

    void stopReading();

signals:
    void readingFinished();

private:
    struct Job;

    void fillFixedCombos();
    void connectControls();
    void readAgain();
    void startReading();
    void finishReading(const std::shared_ptr<Job> &job);
    void showReading();
    QString readingSummary() const;
    void showFormat();
    void showRows();
    void showProblems();
    // csvimportmapping.cpp
    void showMapping();
    void mappingChanged(int row);
    void showMonths();
    int currentSeriesRow() const;
    QString seriesAt(int row) const;
    QComboBox *targetCombo(int row) const;
    QComboBox *aggregationCombo(int row) const;
    KpiAggregation proposedAggregation(const ImportedSeries &series, const RecordId &kpiId) const;
    std::map<RecordId, std::map<YearMonth, double>> figuresByKpi(QString *conflict) const;
    void updateButtons();

    Document *m_document;
    QString m_fileName;
    std::unique_ptr<Ui::CsvImportDialog> m_ui;
    QPushButton *m_importButton = nullptr;
    QTimer *m_restartTimer = nullptr;
    QTimer *m_progressTimer = nullptr;
    MonthlyImportOptions m_options;
    RecordId m_defaultKpi;
    std::map<QString, RecordId> m_targets; // chosen by the user, by series name
    bool m_loading = false;

    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    QList<QPointer<QThread>> m_threads; // every worker still running, waited for on close
    std::unique_ptr<MonthlyActualsRead> m_result;
    QString m_readError;
};

} // namespace cplan
