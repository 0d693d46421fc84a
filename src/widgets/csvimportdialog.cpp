#include "csvimportdialog.h"
#include "ui_csvimportdialog.h"

#include "displayformat.h"
#include "document.h"
#include "planningcommands.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QThread>
#include <QTimer>

namespace cplan {

// What the worker thread and the dialog share: the worker writes progress and the result,
// the dialog reads them once the thread has finished (or polls the atomics meanwhile).
struct CsvImportDialog::Job
{
    QString fileName;
    CsvImportOptions options;
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    CsvActuals result;
    QString error;
};

namespace {

const QList<QPair<QChar, const char *>> &delimiterNames()
{
    static const QList<QPair<QChar, const char *>> names = {
        {QLatin1Char(','), QT_TRANSLATE_NOOP("cplan::CsvImportDialog", "Comma ( , )")},
        {QLatin1Char(';'), QT_TRANSLATE_NOOP("cplan::CsvImportDialog", "Semicolon ( ; )")},
        {QLatin1Char('\t'), QT_TRANSLATE_NOOP("cplan::CsvImportDialog", "Tab")},
        {QLatin1Char('|'), QT_TRANSLATE_NOOP("cplan::CsvImportDialog", "Vertical bar ( | )")},
    };
    return names;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

CsvImportDialog::CsvImportDialog(Document *document, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_document(document), m_fileName(fileName), m_ui(std::make_unique<Ui::CsvImportDialog>())
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    for (const auto &[delimiter, name] : delimiterNames())
        m_ui->delimiterCombo->addItem(tr(name), QVariant::fromValue(delimiter));
    for (CsvDateFormat format : allCsvDateFormats())
        m_ui->dateFormatCombo->addItem(displayName(format), int(format));
    m_ui->decimalCombo->addItem(tr("Point: 1,234.5"), QVariant::fromValue(QChar(QLatin1Char('.'))));
    m_ui->decimalCombo->addItem(tr("Comma: 1.234,5"), QVariant::fromValue(QChar(QLatin1Char(','))));
    m_ui->mappingTable->setColumnCount(3);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("In the file"), tr("Import into"), tr("Values")});
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->problemsTable->setColumnCount(2);
    m_ui->problemsTable->setHorizontalHeaderLabels({tr("Line"), tr("Why it cannot be read")});
    m_ui->problemsTable->verticalHeader()->hide();
    m_ui->problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->hide();
    m_ui->stopButton->hide();

    m_restartTimer = new QTimer(this);
    m_restartTimer->setSingleShot(true);
    m_restartTimer->setInterval(250); // typing in a combo's search restarts the reading once
    connect(m_restartTimer, &QTimer::timeout, this, &CsvImportDialog::startReading);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_job)
            return;
        const qint64 total = m_job->total;
        m_ui->progressBar->setValue(total > 0 ? int(m_job->done * 1000 / total) : 0);
    });

    connect(m_ui->delimiterCombo, &QComboBox::activated, this, [this] {
        // Another separator splits the file differently: guess the columns again.
        splitPreview(m_preview, m_preview.text, m_ui->delimiterCombo->currentData().value<QChar>(), 200);
        applyGuess(guessColumns(m_preview.records, m_ui->delimiterCombo->currentData().value<QChar>()));
    });
    for (QComboBox *combo : {m_ui->dateFormatCombo, m_ui->decimalCombo, m_ui->dateColumnCombo, m_ui->kpiColumnCombo,
                             m_ui->valueColumnCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::optionsChanged);
    connect(m_ui->headerCheck, &QCheckBox::toggled, this, &CsvImportDialog::optionsChanged);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &CsvImportDialog::stopReading);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CsvImportDialog::importNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadPreview();
}

CsvImportDialog::~CsvImportDialog()
{
    if (m_job)
        m_job->cancel = true;
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void CsvImportDialog::setDefaultKpi(const RecordId &kpiId)
{
    m_defaultKpi = kpiId;
    if (m_result)
        showResult();
}

void CsvImportDialog::loadPreview()
{
    const QFileInfo info(m_fileName);
    QFile file(m_fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->fileLabel->setText(tr("<b>%1</b> cannot be read: %2").arg(QDir::toNativeSeparators(m_fileName).toHtmlEscaped(),
                                                                        file.errorString().toHtmlEscaped()));
        m_preview.problem = file.errorString();
        updateButtons();
        return;
    }
    m_preview = previewCsv(file);
    m_ui->fileLabel->setText(tr("<b>%1</b> · %2 · %3")
                                 .arg(info.fileName().toHtmlEscaped(), QLocale().formattedDataSize(info.size()),
                                      m_preview.encoding.toHtmlEscaped()));
    if (!m_preview.problem.isEmpty() && m_preview.records.empty()) {
        m_ui->summaryLabel->setText(m_preview.problem);
        updateButtons();
        return;
    }
    applyGuess(m_preview.guess);
}

void CsvImportDialog::applyGuess(const CsvGuess &guess)
{
    m_loading = true;
    m_ui->delimiterCombo->setCurrentIndex(std::max(0, m_ui->delimiterCombo->findData(QVariant::fromValue(guess.delimiter))));
    m_ui->headerCheck->setChecked(guess.hasHeader);
    m_ui->dateFormatCombo->setCurrentIndex(m_ui->dateFormatCombo->findData(int(guess.dateFormat)));
    m_ui->decimalCombo->setCurrentIndex(m_ui->decimalCombo->findData(QVariant::fromValue(guess.decimalSeparator)));
    fillColumnCombos();
    m_ui->dateColumnCombo->setCurrentIndex(std::max(0, m_ui->dateColumnCombo->findData(guess.dateColumn)));
    m_ui->kpiColumnCombo->setCurrentIndex(std::max(0, m_ui->kpiColumnCombo->findData(guess.kpiColumn)));
    m_ui->valueColumnCombo->setCurrentIndex(std::max(0, m_ui->valueColumnCombo->findData(guess.valueColumn)));
    m_loading = false;
    optionsChanged();
}

void CsvImportDialog::fillColumnCombos()
{
    qsizetype columns = 0;
    for (const QStringList &record : m_preview.records)
        columns = std::max(columns, record.size());
    const QStringList header = m_ui->headerCheck->isChecked() && !m_preview.records.empty() ? m_preview.records.front()
                                                                                            : QStringList();
    for (QComboBox *combo : {m_ui->dateColumnCombo, m_ui->kpiColumnCombo, m_ui->valueColumnCombo}) {
        const QVariant current = combo->currentData();
        combo->clear();
        if (combo == m_ui->kpiColumnCombo)
            combo->addItem(tr("None: every row is for one KPI"), -1);
        for (int c = 0; c < columns; ++c) {
            const QString name = header.value(c).trimmed();
            combo->addItem(name.isEmpty() ? tr("Column %1").arg(c + 1) : tr("Column %1: %2").arg(c + 1).arg(name), c);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
}

CsvImportOptions CsvImportDialog::options() const
{
    CsvImportOptions options;
    options.delimiter = m_ui->delimiterCombo->currentData().value<QChar>();
    options.hasHeader = m_ui->headerCheck->isChecked();
    options.dateColumn = m_ui->dateColumnCombo->currentData().isValid() ? m_ui->dateColumnCombo->currentData().toInt() : -1;
    options.kpiColumn = m_ui->kpiColumnCombo->currentData().isValid() ? m_ui->kpiColumnCombo->currentData().toInt() : -1;
    options.valueColumn = m_ui->valueColumnCombo->currentData().isValid() ? m_ui->valueColumnCombo->currentData().toInt() : -1;
    options.dateFormat = CsvDateFormat(m_ui->dateFormatCombo->currentData().toInt());
    options.decimalSeparator = m_ui->decimalCombo->currentData().value<QChar>();
    return options;
}

void CsvImportDialog::optionsChanged()
{
    if (m_loading)
        return;
    if (sender() == m_ui->headerCheck) {
        m_loading = true;
        fillColumnCombos(); // the names in the combos come from the header
        m_loading = false;
    }
    showPreview();
    stopReading();
    m_result.reset();
    m_ui->summaryLabel->setText(tr("Reading the file…"));
    m_restartTimer->start();
    updateButtons();
}

void CsvImportDialog::showPreview()
{
    const CsvImportOptions opts = options();
    QTableWidget *table = m_ui->previewTable;
    const std::size_t first = opts.hasHeader ? 1 : 0;
    int columns = 0;
    for (const QStringList &record : m_preview.records)
        columns = std::max(columns, int(record.size()));
    table->clear();
    table->setColumnCount(columns + 1);
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        QString name = opts.hasHeader && !m_preview.records.empty() ? m_preview.records.front().value(c) : QString();
        if (c == opts.dateColumn)
            name = tr("Date ← %1").arg(name);
        else if (c == opts.kpiColumn)
            name = tr("KPI ← %1").arg(name);
        else if (c == opts.valueColumn)
            name = tr("Value ← %1").arg(name);
        headers.append(name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
    }
    headers.append(tr("Cannot be read because"));
    table->setHorizontalHeaderLabels(headers);
    const int rows = m_preview.records.size() > first ? int(m_preview.records.size() - first) : 0;
    table->setRowCount(rows);
    QStringList lineLabels;
    const QColor problemColour(0xb4, 0x23, 0x18);
    for (int r = 0; r < rows; ++r) {
        const QStringList &record = m_preview.records[first + std::size_t(r)];
        lineLabels.append(QString::number(m_preview.lines[first + std::size_t(r)]));
        for (int c = 0; c < record.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(record[c]));
        const CsvActualRow row = readActualRow(record, opts);
        if (!row.problem.isEmpty()) {
            auto *item = new QTableWidgetItem(row.problem);
            item->setForeground(problemColour);
            table->setItem(r, columns, item);
        }
    }
    table->setVerticalHeaderLabels(lineLabels);
    table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 260));
    table->horizontalHeader()->setStretchLastSection(true);
}

void CsvImportDialog::stopReading()
{
    if (!m_job)
        return;
    m_job->cancel = true;
    m_job.reset();
    m_thread = nullptr; // it finishes on its own; the destructor waits for it
    m_progressTimer->stop();
    m_ui->progressBar->hide();
    m_ui->stopButton->hide();
    m_ui->summaryLabel->setText(tr("Reading stopped; nothing will be imported."));
    updateButtons();
}

void CsvImportDialog::startReading()
{
    stopReading();
    m_result.reset();
    const CsvImportOptions opts = options();
    if (opts.dateColumn < 0 || opts.valueColumn < 0) {
        m_ui->summaryLabel->setText(tr("Choose the columns that hold the date and the value."));
        updateButtons();
        return;
    }
    auto job = std::make_shared<Job>();
    job->fileName = m_fileName;
    job->options = opts;
    m_job = job;
    m_thread = QThread::create([job] {
        QFile file(job->fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            job->error = file.errorString();
            return;
        }
        job->result = readCsvActuals(file, job->options, [&job = *job](qint64 done, qint64 total) {
            job.done = done;
            job.total = total;
            return !job.cancel;
        });
    });
    m_threads.append(m_thread);
    connect(m_thread, &QThread::finished, this, [this, job] { finishReading(job); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_ui->stopButton->show();
    m_ui->summaryLabel->setText(tr("Reading the file…"));
    m_progressTimer->start();
    m_thread->start(QThread::LowPriority);
    updateButtons();
}

void CsvImportDialog::finishReading(const std::shared_ptr<Job> &job)
{
    if (job != m_job) // a reading that was stopped or replaced
        return;
    m_job.reset();
    m_thread = nullptr;
    m_progressTimer->stop();
    m_ui->progressBar->hide();
    m_ui->stopButton->hide();
    if (!job->error.isEmpty()) {
        m_ui->summaryLabel->setText(tr("The file cannot be read: %1").arg(job->error));
    } else if (!job->result.cancelled) {
        m_result = std::make_unique<CsvActuals>(std::move(job->result));
        showResult();
    }
    updateButtons();
    emit readingFinished();
}

void CsvImportDialog::showResult()
{
    const Plan &plan = m_document->plan();
    QTableWidget *mapping = m_ui->mappingTable;
    mapping->setRowCount(int(m_result->values.size()));
    int row = 0;
    for (const auto &[name, values] : m_result->values) {
        auto *nameItem = new QTableWidgetItem(name.isEmpty() ? tr("(every row)") : name);
        nameItem->setData(Qt::UserRole, name);
        mapping->setItem(row, 0, nameItem);
        auto *combo = new QComboBox;
        combo->addItem(tr("(skip these rows)"), QUuid());
        for (const Kpi &kpi : plan.kpis) {
            const Channel *channel = plan.findChannel(kpi.channelId);
            combo->addItem(channel ? tr("%1 (%2)").arg(kpi.name, channel->name) : kpi.name, kpi.id);
        }
        RecordId target = name.isEmpty() ? m_defaultKpi : matchKpi(plan, name);
        if (name.isEmpty() && target.isNull() && !plan.kpis.empty())
            target = plan.kpis.front().id;
        combo->setCurrentIndex(std::max(0, combo->findData(target)));
        combo->setAccessibleName(tr("Import the values of %1 into").arg(nameItem->text()));
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::updateButtons);
        mapping->setCellWidget(row, 1, combo);
        auto *countItem = new QTableWidgetItem(count(qint64(values.size())));
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mapping->setItem(row, 2, countItem);
        ++row;
    }
    mapping->resizeColumnToContents(0);
    mapping->resizeColumnToContents(2);

    QTableWidget *problems = m_ui->problemsTable;
    problems->setRowCount(int(m_result->problems.size()));
    for (int r = 0; r < int(m_result->problems.size()); ++r) {
        const CsvRowProblem &problem = m_result->problems[std::size_t(r)];
        auto *line = new QTableWidgetItem(count(problem.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        problems->setItem(r, 0, line);
        problems->setItem(r, 1, new QTableWidgetItem(problem.reason));
    }
    problems->resizeColumnToContents(0);

    const qint64 kpis = qint64(m_result->values.size());
    QString summary = (m_result->rows == 1 ? tr("1 row") : tr("%1 rows").arg(count(m_result->rows))) + QStringLiteral(": ")
                      + (m_result->readable == 1 ? tr("1 value") : tr("%1 values").arg(count(m_result->readable)))
                      + QLatin1Char(' ') + (kpis == 1 ? tr("for 1 KPI.") : tr("for %1 KPIs.").arg(kpis));
    if (m_result->problemCount == 1) {
        summary += QLatin1Char(' ') + tr("1 row cannot be read.");
    } else if (m_result->problemCount > qint64(m_result->problems.size())) {
        summary += QLatin1Char(' ') + tr("%1 rows cannot be read (the first %2 are listed).")
                                          .arg(count(m_result->problemCount), count(qint64(m_result->problems.size())));
    } else if (m_result->problemCount > 1) {
        summary += QLatin1Char(' ') + tr("%1 rows cannot be read.").arg(count(m_result->problemCount));
    }
    if (m_result->repeated > 0)
        summary += QLatin1Char(' ') + tr("Rows that repeat a KPI and date: %1; the later row counts.").arg(count(m_result->repeated));
    m_ui->summaryLabel->setText(summary);
}

void CsvImportDialog::setTarget(const QString &nameInFile, const RecordId &kpiId)
{
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        if (m_ui->mappingTable->item(row, 0)->data(Qt::UserRole).toString() != nameInFile)
            continue;
        auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, 1));
        combo->setCurrentIndex(std::max(0, combo->findData(kpiId)));
    }
}

std::map<QString, RecordId> CsvImportDialog::targets() const
{
    std::map<QString, RecordId> result;
    for (int row = 0; row < m_ui->mappingTable->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_ui->mappingTable->cellWidget(row, 1));
        result[m_ui->mappingTable->item(row, 0)->data(Qt::UserRole).toString()] = combo->currentData().toUuid();
    }
    return result;
}

bool CsvImportDialog::importNow()
{
    if (!m_result || m_document->isReadOnly())
        return false;
    const ActualsImport import = planActualsImport(m_document->plan(), *m_result, targets());
    QUndoCommand *command = makeImportActualsCommand(m_document, import, QFileInfo(m_fileName).fileName());
    if (!command) {
        m_ui->summaryLabel->setText(import.unchanged > 0 ? tr("Nothing new: every value is in the plan already.")
                                                         : tr("Nothing to import: choose a KPI for the values."));
        return false;
    }
    m_document->undoStack()->push(command);
    accept();
    return true;
}

void CsvImportDialog::updateButtons()
{
    bool anyTarget = false;
    if (m_result) {
        for (const auto &[name, id] : targets())
            anyTarget = anyTarget || !id.isNull();
    }
    m_importButton->setEnabled(m_result && anyTarget && !m_document->isReadOnly());
}

} // namespace cplan
