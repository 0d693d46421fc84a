#include "reportdialog.h"

#include "ui_reportdialog.h"

#include <QPushButton>

namespace cplan {

ReportDialog::ReportDialog(const ReportOptions &options, const QString &action, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportDialog>()), m_options(options)
{
    m_ui->setupUi(this);
    setWindowTitle(action);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(action);
    for (const ReportSectionInfo &info : allReportSections()) {
        auto *item = new QListWidgetItem(info.title, m_ui->sections);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(options.has(info.section) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, int(info.section));
    }
    m_ui->pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_ui->pageSize->addItem(tr("Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    m_ui->pageSize->setCurrentIndex(options.pageSize == QPageSize::Letter ? 1 : 0);
    (options.orientation == QPageLayout::Landscape ? m_ui->landscape : m_ui->portrait)->setChecked(true);

    connect(m_ui->selectAll, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(m_ui->selectNone, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(m_ui->sections, &QListWidget::itemChanged, this, &ReportDialog::updateOk);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

ReportDialog::~ReportDialog() = default;

ReportOptions ReportDialog::options() const
{
    ReportOptions options = m_options;
    options.sections.clear();
    for (int row = 0; row < m_ui->sections->count(); ++row) {
        const QListWidgetItem *item = m_ui->sections->item(row);
        if (item->checkState() == Qt::Checked)
            options.sections.insert(ReportSection(item->data(Qt::UserRole).toInt()));
    }
    options.pageSize = QPageSize::PageSizeId(m_ui->pageSize->currentData().toInt());
    options.orientation = m_ui->landscape->isChecked() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return options;
}

void ReportDialog::setSectionChecked(ReportSection section, bool checked)
{
    for (int row = 0; row < m_ui->sections->count(); ++row) {
        QListWidgetItem *item = m_ui->sections->item(row);
        if (item->data(Qt::UserRole).toInt() == int(section))
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void ReportDialog::setAll(bool checked)
{
    for (int row = 0; row < m_ui->sections->count(); ++row)
        m_ui->sections->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ReportDialog::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!options().sections.empty());
}

} // namespace cplan
