#include "comparedialog.h"
#include "ui_comparedialog.h"

#include "displayformat.h"
#include "plandiffmodel.h"

#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cplan {

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CompareDialog>()), m_model(new PlanDiffModel(this)),
      m_filter(new PlanDiffFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_ui->changesView->setModel(m_filter);
    // The field names as wide as they need; old and new values share the rest equally.
    m_ui->changesView->header()->setStretchLastSection(false);
    m_ui->changesView->header()->setSectionResizeMode(PlanDiffModel::FieldColumn, QHeaderView::Interactive);
    m_ui->changesView->header()->setSectionResizeMode(PlanDiffModel::BeforeColumn, QHeaderView::Stretch);
    m_ui->changesView->header()->setSectionResizeMode(PlanDiffModel::AfterColumn, QHeaderView::Stretch);
    m_ui->kindCombo->addItem(tr("All changes"), -1);
    m_ui->kindCombo->addItem(tr("Added"), int(ChangeKind::Added));
    m_ui->kindCombo->addItem(tr("Removed"), int(ChangeKind::Removed));
    m_ui->kindCombo->addItem(tr("Changed"), int(ChangeKind::Changed));
    QFont summaryFont = m_ui->summaryLabel->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    summaryFont.setBold(true);
    m_ui->summaryLabel->setFont(summaryFont);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &CompareDialog::applyFilter);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &CompareDialog::applyFilter);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CompareDialog::reject);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::showDiff(PlanDiff diff, const QString &olderName, const QString &newerName)
{
    const int count = diff.changeCount();
    setWindowTitle(tr("Compare %1 with %2").arg(newerName, olderName));
    m_ui->summaryLabel->setText(count == 0 ? tr("No changes from %1 to %2.").arg(olderName, newerName)
                                : count == 1 ? tr("1 change from %1 to %2").arg(olderName, newerName)
                                             : tr("%1 changes from %2 to %3").arg(count).arg(olderName, newerName));
    for (QWidget *card : m_cards)
        delete card;
    m_cards.clear();
    for (const HeadlineChange &figure : diff.headline) {
        QWidget *card = headlineCard(figure);
        m_ui->headlineLayout->addWidget(card, 1);
        m_cards.push_back(card);
    }
    m_model->setDiff(std::move(diff));
    m_ui->emptyLabel->setText(tr("The records of both plans are the same; rows may only have moved."));
    m_ui->emptyLabel->setVisible(count == 0);
    m_ui->changesView->setVisible(count != 0);
    applyFilter();
}

namespace {

// The command line prints months as 2027-05 so scripts read them alike everywhere; on screen a
// month reads as the user's locale writes it.
QString shown(const HeadlineChange &figure, const QString &text, const QJsonValue &value)
{
    if (figure.key == QLatin1String("breakEvenMonth") && value.isString()) {
        if (const auto month = parseIsoMonth(value.toString()))
            return formatMonth(*month);
    }
    return text;
}

} // namespace

QWidget *CompareDialog::headlineCard(const HeadlineChange &figure)
{
    auto *card = new QFrame;
    card->setObjectName(QStringLiteral("headline_") + figure.key);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid #d0d4da; border-radius: 4px; }")
                            .arg(card->objectName(), figure.changed ? QStringLiteral("#fdf1d6") : QStringLiteral("#f4f6f8")));
    auto *layout = new QVBoxLayout(card);
    auto *title = new QLabel(figure.label);
    const QString before = shown(figure, figure.before, figure.beforeValue);
    const QString after = shown(figure, figure.after, figure.afterValue);
    auto *values = new QLabel(figure.changed ? tr("%1 \u2192 %2").arg(before, after) : after);
    values->setObjectName(QStringLiteral("values"));
    QFont valueFont = values->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.15);
    valueFont.setBold(true);
    values->setFont(valueFont);
    auto *change = new QLabel(figure.changed ? figure.change : tr("no change"));
    change->setObjectName(QStringLiteral("change"));
    layout->addWidget(title);
    layout->addWidget(values);
    layout->addWidget(change);
    card->setAccessibleName(tr("%1: %2").arg(figure.label, values->text() + QLatin1Char(' ') + change->text()));
    return card;
}

void CompareDialog::applyFilter()
{
    m_filter->setText(m_ui->filterEdit->text());
    const int change = m_ui->kindCombo->currentData().toInt();
    m_filter->setChangeKind(change < 0 ? std::nullopt : std::optional<ChangeKind>(ChangeKind(change)));
    // Sections and changed records open; an added or removed record's full field list stays
    // folded unless the filter is looking for something.
    QAbstractItemModel *model = m_filter;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        m_ui->changesView->expand(section);
        for (int r = 0; r < model->rowCount(section); ++r) {
            const QModelIndex record = model->index(r, 0, section);
            const bool open = record.data(PlanDiffModel::ChangeRole).toInt() == int(ChangeKind::Changed)
                              || !m_ui->filterEdit->text().trimmed().isEmpty();
            m_ui->changesView->setExpanded(record, open);
        }
    }
    m_ui->changesView->resizeColumnToContents(PlanDiffModel::FieldColumn);
}

} // namespace cplan
