// The import dialog's reading of the file: the worker thread, how the file is read (preset,
// separator, decimals, dates), which rows count (date column, filter) and what was skipped. The
// mapping of figures to KPIs and the month-by-month preview are in csvimportmapping.cpp.
#include "csvimportdialog.h"
#include "ui_csvimportdialog.h"

#include "document.h"

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

// What the worker thread and the dialog share: the worker writes progress and the result, the
// dialog reads them once the thread has finished (or polls the atomics meanwhile).
struct CsvImportDialog::Job
{
    QString fileName;
    MonthlyImportOptions options;
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    MonthlyActualsRead result;
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

// Selects the item holding `data` without telling anyone; false when there is none.
bool select(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
    return index >= 0;
}

} // namespace

CsvImportDialog::CsvImportDialog(Document *document, const QString &fileName, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_fileName(fileName),
      m_ui(std::make_unique<Ui::CsvImportDialog>())
{
    m_ui->setupUi(this);
    m_options.dayFirstWhenAmbiguous = MonthlyImportOptions::localeWritesDayFirst();
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    fillFixedCombos();

    m_ui->mappingTable->setColumnCount(4);
    m_ui->mappingTable->setHorizontalHeaderLabels({tr("In the file"), tr("Import into"), tr("Month's figure"), tr("Values")});
    m_ui->mappingTable->verticalHeader()->hide();
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->monthsTable->setColumnCount(4);
    m_ui->monthsTable->setHorizontalHeaderLabels({tr("Month"), tr("From the file"), tr("In the plan"), tr("What happens")});
    m_ui->monthsTable->verticalHeader()->hide();
    m_ui->monthsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->problemsTable->setColumnCount(2);
    m_ui->problemsTable->setHorizontalHeaderLabels({tr("Line"), tr("Why it cannot be read")});
    m_ui->problemsTable->verticalHeader()->hide();
    m_ui->problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->problemsGroup->hide();
    m_ui->problemsButton->hide();
    m_ui->formatLayout->setRowVisible(m_ui->dateOrderCombo, false);
    m_ui->progressBar->setRange(0, 1000);
    m_ui->progressBar->hide();
    m_ui->stopButton->hide();
    // The settings keep their height; the figures and months take what the screen has.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->resultSplitter->setStretchFactor(0, 3);
    m_ui->resultSplitter->setStretchFactor(1, 2);
    // On a wide screen the settings keep a readable width.
    for (QComboBox *combo : m_ui->settingsPanel->findChildren<QComboBox *>())
        combo->setMaximumWidth(520);

    m_restartTimer = new QTimer(this);
    m_restartTimer->setSingleShot(true);
    m_restartTimer->setInterval(250); // typing in a combo's search reads the file once
    connect(m_restartTimer, &QTimer::timeout, this, &CsvImportDialog::startReading);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_job)
            return;
        const qint64 total = m_job->total;
        m_ui->progressBar->setValue(total > 0 ? int(m_job->done * 1000 / total) : 0);
    });
    connectControls();

    const QFileInfo info(m_fileName);
    QFile file(m_fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->fileLabel->setText(
            tr("<b>%1</b> cannot be read: %2")
                .arg(QDir::toNativeSeparators(m_fileName).toHtmlEscaped(), file.errorString().toHtmlEscaped()));
        m_ui->summaryLabel->setText(file.errorString());
        updateButtons();
        return;
    }
    m_ui->fileLabel->setText(tr("<b>%1</b> · %2").arg(info.fileName().toHtmlEscaped(), QLocale().formattedDataSize(info.size())));
    if (file.size() == 0) {
        m_ui->summaryLabel->setText(tr("The file is empty."));
        updateButtons();
        return;
    }
    startReading();
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

void CsvImportDialog::fillFixedCombos()
{
    m_ui->presetCombo->addItem(tr("No known tool: read the columns as they are"), QString());
    for (const CsvPreset &preset : csvPresets())
        m_ui->presetCombo->addItem(preset.name, preset.key);
    for (const auto &[delimiter, name] : delimiterNames())
        m_ui->delimiterCombo->addItem(tr(name), QVariant::fromValue(delimiter));
    m_ui->decimalCombo->addItem(tr("Point: 1,234.5"), QVariant::fromValue(QChar(QLatin1Char('.'))));
    m_ui->decimalCombo->addItem(tr("Comma: 1.234,5"), QVariant::fromValue(QChar(QLatin1Char(','))));
    for (CsvDateFormat format : allCsvDateFormats())
        m_ui->dateFormatCombo->addItem(displayName(format), int(format));
    m_ui->dateOrderCombo->addItem(tr("Dates are day first (31/12/2026)"), true);
    m_ui->dateOrderCombo->addItem(tr("Dates are month first (12/31/2026)"), false);
}

void CsvImportDialog::connectControls()
{
    auto onUserChange = [this](QComboBox *combo, auto apply) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, apply] {
            if (m_loading || combo->currentIndex() < 0)
                return;
            apply(combo->currentData());
            readAgain();
        });
    };
    onUserChange(m_ui->presetCombo, [this](const QVariant &key) {
        m_options.preset = key.toString();
        m_options.recognisePreset = false; // chosen: "none" stays none
    });
    onUserChange(m_ui->delimiterCombo, [this](const QVariant &delimiter) {
        // Split differently, the file has other columns: what was chosen by name no longer holds.
        MonthlyImportOptions fresh;
        fresh.preset = m_options.preset;
        fresh.recognisePreset = m_options.recognisePreset;
        fresh.delimiter = delimiter.value<QChar>();
        fresh.decimalSeparator = m_options.decimalSeparator;
        fresh.dayFirstWhenAmbiguous = m_options.dayFirstWhenAmbiguous;
        m_options = fresh;
        m_targets.clear();
    });
    onUserChange(m_ui->decimalCombo, [this](const QVariant &decimal) { m_options.decimalSeparator = decimal.value<QChar>(); });
    onUserChange(m_ui->dateFormatCombo, [this](const QVariant &format) { m_options.dateFormat = CsvDateFormat(format.toInt()); });
    onUserChange(m_ui->dateOrderCombo, [this](const QVariant &dayFirst) {
        m_options.dayFirstWhenAmbiguous = dayFirst.toBool();
        m_options.dateFormat.reset();
    });
    onUserChange(m_ui->dateColumnCombo, [this](const QVariant &column) {
        m_options.dateColumn = column.toString();
        m_options.dateFormat.reset(); // another column, its own format
    });
    onUserChange(m_ui->filterColumnCombo, [this](const QVariant &column) {
        m_options.filterColumn = column.toString();
        m_options.filterValue.clear();
        if (m_result) {
            const auto values = m_result->dimensionValues.find(m_options.filterColumn);
            if (values != m_result->dimensionValues.end() && !values->second.isEmpty())
                m_options.filterValue = values->second.front();
        }
    });
    onUserChange(m_ui->filterValueCombo, [this](const QVariant &value) { m_options.filterValue = value.toString(); });
    connect(m_ui->problemsButton, &QPushButton::toggled, this, [this](bool show) {
        m_ui->problemsGroup->setVisible(show);
        if (!show)
            return;
        // The list opens below the figures with room for a few lines; the settings keep theirs.
        QList<int> sizes = m_ui->mainSplitter->sizes();
        const int total = sizes.value(0) + sizes.value(1) + sizes.value(2);
        const int settings = std::min(m_ui->settingsPanel->sizeHint().height(), total / 3);
        const int problems = std::min(180, total / 4);
        m_ui->mainSplitter->setSizes({settings, total - settings - problems, problems});
    });
    connect(m_ui->mappingTable, &QTableWidget::currentCellChanged, this, [this] { showMonths(); });
    connect(m_ui->stopButton, &QPushButton::clicked, this, &CsvImportDialog::stopReading);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CsvImportDialog::importNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CsvImportDialog::setDefaultKpi(const RecordId &kpiId)
{
    m_defaultKpi = kpiId;
    if (m_result)
        showReading();
}

void CsvImportDialog::readAgain()
{
    stopReading();
    m_result.reset();
    m_ui->summaryLabel->setText(tr("Reading the file…"));
    m_restartTimer->start();
    updateButtons();
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
    auto job = std::make_shared<Job>();
    job->fileName = m_fileName;
    job->options = m_options;
    m_job = job;
    m_thread = QThread::create([job] {
        QFile file(job->fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            job->error = file.errorString();
            return;
        }
        job->result = readMonthlyActuals(file, job->options, [&job = *job](qint64 done, qint64 total) {
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
        m_result = std::make_unique<MonthlyActualsRead>(std::move(job->result));
        showReading();
    }
    updateButtons();
    emit readingFinished();
}

void CsvImportDialog::showReading()
{
    m_loading = true;
    showFormat();
    showRows();
    showProblems();
    showMapping();
    m_loading = false;
    showMonths();
    // The settings show whole unless the screen is very small (then they scroll).
    m_ui->settingsArea->setMinimumHeight(std::min(m_ui->settingsPanel->sizeHint().height(), 240));

    updateButtons(); // says what was read, or what stands in the way of importing
}

QString CsvImportDialog::readingSummary() const
{
    const MonthlyActualsRead &read = *m_result;
    if (!read.error.isEmpty())
        return read.error;
    QStringList parts;
    parts.append(read.rows == 1 ? tr("1 row") : tr("%1 rows").arg(count(read.rows)));
    if (read.filteredOut > 0)
        parts.append(tr("%1 left out by the filter").arg(count(read.filteredOut)));
    parts.append(read.readable == 1 ? tr("1 with figures") : tr("%1 with figures").arg(count(read.readable)));
    if (read.problemCount > qint64(read.problems.size()))
        parts.append(
            tr("%1 cannot be read (the first %2 are listed)").arg(count(read.problemCount), count(qint64(read.problems.size()))));
    else if (read.problemCount > 0)
        parts.append(tr("%1 cannot be read").arg(count(read.problemCount)));
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

void CsvImportDialog::showFormat()
{
    const MonthlyActualsRead &read = *m_result;
    select(m_ui->presetCombo, read.preset);
    if (!m_options.preset.isEmpty() || !m_options.recognisePreset)
        m_ui->presetNote->clear();
    else if (const CsvPreset *preset = findCsvPreset(read.preset))
        m_ui->presetNote->setText(tr("Recognised: %1").arg(preset->name));
    else
        m_ui->presetNote->setText(tr("Not a known tool's export: every column of figures is offered."));
    m_ui->fileLabel->setText(m_ui->fileLabel->text().section(QStringLiteral(" · "), 0, 1)
                             + (read.encoding.isEmpty() ? QString() : QStringLiteral(" · ") + read.encoding.toHtmlEscaped()));
    if (!read.delimiter.isNull())
        select(m_ui->delimiterCombo, QVariant::fromValue(read.delimiter));
    if (!read.decimalSeparator.isNull())
        select(m_ui->decimalCombo, QVariant::fromValue(read.decimalSeparator));
    const bool datesRead = read.error.isEmpty();
    if (datesRead)
        select(m_ui->dateFormatCombo, int(read.dateFormat));
    m_ui->formatLayout->setRowVisible(m_ui->dateOrderCombo, datesRead && read.datesAmbiguous);
    if (datesRead && read.datesAmbiguous)
        select(m_ui->dateOrderCombo, read.dateFormat == CsvDateFormat::DayMonthYear);

    // The columns the file has; without a header, those the reading named.
    QStringList columns = read.header;
    if (columns.isEmpty()) {
        for (const QString &name : read.dimensionColumns)
            columns.append(name);
        for (const auto &[name, series] : read.series)
            columns.append(series.valueColumn);
        if (!read.dateColumn.isEmpty())
            columns.prepend(read.dateColumn);
        columns.removeDuplicates();
    }
    m_ui->dateColumnCombo->clear();
    for (int c = 0; c < columns.size(); ++c) {
        const QString name = columns[c].trimmed();
        m_ui->dateColumnCombo->addItem(name.isEmpty() ? tr("Column %1").arg(c + 1) : name,
                                       name.isEmpty() ? tr("Column %1").arg(c + 1) : name);
    }
    select(m_ui->dateColumnCombo, read.dateColumn.isEmpty() ? m_options.dateColumn : read.dateColumn);
}

void CsvImportDialog::showRows()
{
    const MonthlyActualsRead &read = *m_result;
    QComboBox *columns = m_ui->filterColumnCombo;
    columns->clear();
    columns->addItem(tr("(any row)"), QString());
    for (const QString &name : read.dimensionColumns)
        columns->addItem(name, name);
    if (!m_options.filterColumn.isEmpty() && columns->findData(m_options.filterColumn) < 0)
        columns->addItem(m_options.filterColumn, m_options.filterColumn);
    select(columns, m_options.filterColumn);
    columns->setEnabled(columns->count() > 1);

    QComboBox *values = m_ui->filterValueCombo;
    values->clear();
    if (const auto found = read.dimensionValues.find(m_options.filterColumn); found != read.dimensionValues.end()) {
        for (const QString &value : found->second)
            values->addItem(value, value);
    }
    if (!m_options.filterColumn.isEmpty()) {
        int index = values->findText(m_options.filterValue,
                                     Qt::MatchFixedString); // ignoring case, as the reading does
        if (index < 0) {
            values->addItem(m_options.filterValue, m_options.filterValue);
            index = values->count() - 1;
        }
        values->setCurrentIndex(index);
    }
    values->setEnabled(!m_options.filterColumn.isEmpty());

    // "5 comment lines, 1 totals row skipped."
    int comments = 0, titles = 0, totals = 0;
    for (const CsvLineNote &note : read.skipped) {
        // The reasons as the reading writes them (monthlyimport.cpp).
        if (note.reason == QCoreApplication::translate("cplan::MonthlyImport", "comment"))
            ++comments;
        else if (note.reason == QCoreApplication::translate("cplan::MonthlyImport", "totals row"))
            ++totals;
        else
            ++titles;
    }
    QStringList skipped;
    if (comments > 0)
        skipped.append(comments == 1 ? tr("1 comment line") : tr("%1 comment lines").arg(count(comments)));
    if (titles > 0)
        skipped.append(titles == 1 ? tr("1 title row") : tr("%1 title rows").arg(count(titles)));
    if (totals > 0)
        skipped.append(totals == 1 ? tr("1 totals row") : tr("%1 totals rows").arg(count(totals)));
    if (read.skippedCount > qint64(read.skipped.size()))
        skipped.append(tr("%1 more lines").arg(count(read.skippedCount - qint64(read.skipped.size()))));
    m_ui->skippedLabel->setText(skipped.isEmpty() ? tr("No lines skipped.")
                                                  : tr("%1 skipped.").arg(QLocale().createSeparatedList(skipped)));
    m_ui->skippedLabel->setVisible(read.error.isEmpty());
}

void CsvImportDialog::showProblems()
{
    const MonthlyActualsRead &read = *m_result;
    QTableWidget *problems = m_ui->problemsTable;
    problems->setRowCount(int(read.problems.size()));
    for (int r = 0; r < int(read.problems.size()); ++r) {
        const CsvRowProblem &problem = read.problems[std::size_t(r)];
        auto *line = new QTableWidgetItem(count(problem.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        problems->setItem(r, 0, line);
        problems->setItem(r, 1, new QTableWidgetItem(problem.reason));
    }
    problems->resizeColumnToContents(0);
    const bool any = read.problemCount > 0 && read.error.isEmpty();
    m_ui->problemsButton->setText(read.problemCount == 1
                                      ? tr("Show the row that cannot be read")
                                      : tr("Show the %1 rows that cannot be read").arg(count(read.problemCount)));
    m_ui->problemsButton->setVisible(any);
    m_ui->problemsGroup->setVisible(any && m_ui->problemsButton->isChecked());
}

void CsvImportDialog::updateButtons()
{
    QString conflict;
    const bool anyTarget = m_result && m_result->error.isEmpty() && !figuresByKpi(&conflict).empty();
    m_importButton->setEnabled(anyTarget && conflict.isEmpty() && !m_document->isReadOnly());
    if (m_result)
        m_ui->summaryLabel->setText(conflict.isEmpty() ? readingSummary() : conflict);
}

} // namespace cplan
