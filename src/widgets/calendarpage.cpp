#include "calendarpage.h"
#include "ui_calendarpage.h"

#include "calendareditor.h"
#include "calendarfiltermodel.h"
#include "contentschedule.h"
#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "flowlayout.h"
#include "monthview.h"
#include "occurrencemodel.h"
#include "weekview.h"
#include "workloadmodel.h"

#include <QActionGroup>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace cplan {

namespace {

// A filter combo's value: "any" (no data), "none" (a null id) or a record.
template<typename Record>
void fillReferenceFilter(QComboBox *combo, const std::vector<Record> &records, const QString &any, const QString &none)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any);
    combo->addItem(none, QUuid());
    for (const Record &record : records)
        combo->addItem(record.name, record.id);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

// A toolbar button that opens a menu at once (its text says what the menu holds).
void addMenuButton(QToolBar *bar, QMenu *menu, const QString &objectName, const QString &toolTip)
{
    QAction *action = menu->menuAction();
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    bar->addAction(action);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action)))
        button->setPopupMode(QToolButton::InstantPopup);
}

std::optional<RecordId> referenceFilter(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<RecordId>(data.toUuid()) : std::nullopt;
}

} // namespace

CalendarPage::CalendarPage(Document *document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CalendarPage>()), m_document(document),
      m_occurrences(new OccurrenceModel(document, this)), m_filter(new CalendarFilterModel(this)),
      m_workload(new WorkloadModel(document, this)), m_editor(new CalendarEditor(document, this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_occurrences);
    m_ui->monthView->setModel(m_filter);
    m_ui->weekView->setModel(m_filter);
    m_ui->listView->setModel(m_filter);
    m_ui->listView->sortByColumn(OccurrenceModel::DateColumn, Qt::AscendingOrder);
    m_ui->listView->verticalHeader()->hide();
    m_ui->listView->horizontalHeader()->setStretchLastSection(true);
    m_ui->listView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns as wide as what they typically hold, so that dates and statuses read whole.
    const QFontMetrics metrics = m_ui->listView->fontMetrics();
    const QDate sample(2027, 9, 29);
    const QString samples[] = {QLocale().dayName(3, QLocale::ShortFormat) + QLatin1Char(' ') + QLocale().toString(sample, QLocale::ShortFormat),
                               QStringLiteral("00:00"), QString(28, QLatin1Char('n')), displayName(ContentType::PressRelease),
                               QString(17, QLatin1Char('n')), QString(14, QLatin1Char('n')), QString(14, QLatin1Char('n')),
                               displayName(ContentStatus::InProgress)};
    for (int column = 0; column < int(std::size(samples)); ++column) {
        const int header = metrics.horizontalAdvance(m_occurrences->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        m_ui->listView->setColumnWidth(column, std::max(header + 28, metrics.horizontalAdvance(samples[column]) + 20));
    }
    m_ui->listView->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    m_ui->workloadTable->setModel(m_workload);
    m_ui->workloadTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->workloadTable->horizontalHeader()->setMinimumSectionSize(70);
    m_ui->workloadTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->workloadTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 0);

    createActions();
    wrapFilters();
    // Long campaign and channel names must not push the search field off the page.
    for (QComboBox *combo : {m_ui->campaignFilter, m_ui->channelFilter, m_ui->ownerFilter, m_ui->statusFilter, m_ui->typeFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    fillFilters();

    // The plan's first month, or today when the plan covers it.
    const QDate start = toQDate(horizonStart(document->plan().settings));
    const QDate end = toQDate(horizonEnd(document->plan().settings));
    const QDate today = QDate::currentDate();
    m_current = today >= start && today <= end ? today : start;
    m_ui->monthView->setCurrentDate(m_current);
    m_ui->weekView->setCurrentDate(m_current);
    setMode(Mode::Month);
    QTimer::singleShot(0, this, [this] {
        // Room for the team's rows under the grid, the rest for the calendar.
        QTableView *table = m_ui->workloadTable;
        const int rows = std::clamp(m_workload->rowCount(), 1, 6);
        const int needed = m_ui->workloadSummary->sizeHint().height() + table->horizontalHeader()->sizeHint().height()
                           + rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() + 8;
        // On a small screen the month's items come first: the team's table takes at most
        // 30 % of the height and scrolls (the splitter still lets the person give it more).
        const int height = m_ui->splitter->height();
        const int wanted = std::min(needed, std::max(90, height * 3 / 10));
        m_ui->splitter->setSizes({std::max(200, height - wanted), wanted});
    });

    // Views ask; the editor asks the user and changes the plan.
    connect(m_ui->monthView, &MonthView::currentDateChanged, this, &CalendarPage::setCurrentDate);
    connect(m_ui->weekView, &WeekView::currentDateChanged, this, &CalendarPage::setCurrentDate);
    connect(m_ui->monthView, &MonthView::entryMoveRequested, this, [this](const RecordId &id, const QDate &from, const QDate &to) {
        if (const auto place = m_editor->move(id, from, to))
            select(place->itemId, place->date);
    });
    connect(m_ui->weekView, &WeekView::entryMoveRequested, this,
            [this](const RecordId &id, const QDate &from, const QDate &to, int time) {
                if (const auto place = m_editor->move(id, from, to, time))
                    select(place->itemId, place->date);
            });
    const auto edit = [this](const RecordId &id, const QDate &date) {
        if (const auto place = m_editor->edit(id, date))
            select(place->itemId, place->date);
    };
    connect(m_ui->monthView, &MonthView::entryActivated, this, edit);
    connect(m_ui->weekView, &WeekView::entryActivated, this, edit);
    connect(m_ui->listView, &QAbstractItemView::activated, this, [edit](const QModelIndex &index) {
        edit(index.data(OccurrenceModel::ItemIdRole).toUuid(), index.data(OccurrenceModel::DateRole).toDate());
    });
    const auto remove = [this](const RecordId &id, const QDate &date) {
        m_editor->remove(id, date);
        // A deleted date cannot stay selected; the day stays current.
        const int index = m_document->indexOf<ContentItem>(id);
        if (index < 0 || itemOccurrences(m_document->plan().content[std::size_t(index)], fromQDate(date), fromQDate(date)).empty())
            select({}, date);
    };
    connect(m_ui->monthView, &MonthView::deleteRequested, this, remove);
    connect(m_ui->weekView, &WeekView::deleteRequested, this, remove);
    connect(m_ui->monthView, &MonthView::newItemRequested, this, [this](const QDate &date) { newItem(date, -1); });
    connect(m_ui->weekView, &WeekView::newItemRequested, this, &CalendarPage::newItem);
    connect(m_ui->monthView, &MonthView::moreRequested, this, [this](const QDate &date) {
        setCurrentDate(date);
        setMode(Mode::Week); // the week shows every item of the day
    });
    m_ui->listView->installEventFilter(this);
    connect(m_editor, &CalendarEditor::message, this, &CalendarPage::showMessage);

    // Filters.
    for (QComboBox *combo : {m_ui->campaignFilter, m_ui->channelFilter, m_ui->ownerFilter, m_ui->statusFilter, m_ui->typeFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &CalendarPage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &CalendarPage::applyFilters);
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, [this] {
        for (QComboBox *combo : {m_ui->campaignFilter, m_ui->channelFilter, m_ui->ownerFilter, m_ui->statusFilter, m_ui->typeFilter})
            combo->setCurrentIndex(0);
        m_ui->searchEdit->clear();
    });
    connect(m_ui->colourCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const ChipColour colour = index == 0 ? ChipColour::ByCampaign : ChipColour::ByChannel;
        m_ui->monthView->setChipColour(colour);
        m_ui->weekView->setChipColour(colour);
    });
    connect(document, &Document::recordsInserted, this, &CalendarPage::fillFilters);
    connect(document, &Document::recordsRemoved, this, &CalendarPage::fillFilters);
    connect(document, &Document::recordChanged, this, [this](RecordKind kind) {
        if (kind != RecordKind::Content)
            fillFilters();
    });
    connect(document, &Document::settingsChanged, this, &CalendarPage::updatePeriodLabel);
    connect(document, &Document::settingsChanged, this, &CalendarPage::updateRange);
    connect(document, &Document::readOnlyChanged, this, &CalendarPage::updateEditable);
    connect(m_workload, &QAbstractItemModel::modelReset, this, &CalendarPage::updateWorkloadSummary);
    connect(m_workload, &QAbstractItemModel::dataChanged, this, &CalendarPage::updateWorkloadSummary);
    updateWorkloadSummary();
    updateEditable();
}

CalendarPage::~CalendarPage() = default;

MonthView *CalendarPage::monthView() const
{
    return m_ui->monthView;
}

WeekView *CalendarPage::weekView() const
{
    return m_ui->weekView;
}

void CalendarPage::setPrompts(std::unique_ptr<CalendarPrompts> prompts)
{
    m_editor->setPrompts(std::move(prompts));
}

void CalendarPage::createActions()
{
    QToolBar *bar = m_ui->toolBar;
    auto add = [this, bar](const QString &text, const QString &tip, auto slot) {
        QAction *action = bar->addAction(text);
        action->setToolTip(tip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    QAction *today = add(tr("Today"), tr("Go to today (Home in the calendar)"), [this] { setCurrentDate(QDate::currentDate()); });
    today->setObjectName(QStringLiteral("calendarToday"));
    m_previousAction = add(tr("‹"), tr("Previous month or week (Page Up)"), [this] { step(-1); });
    bar->widgetForAction(m_previousAction)->setAccessibleName(tr("Previous"));
    m_nextAction = add(tr("›"), tr("Next month or week (Page Down)"), [this] { step(1); });
    bar->widgetForAction(m_nextAction)->setAccessibleName(tr("Next"));
    m_periodLabel = new QLabel;
    m_periodLabel->setObjectName(QStringLiteral("calendarPeriod"));
    QFont bigger = m_periodLabel->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    bigger.setBold(true);
    m_periodLabel->setFont(bigger);
    // As wide as the longest period it shows (a week across two years, a long month), so the
    // buttons after it do not move while paging; no wider, so the bar fits a small window.
    const QFontMetrics periodMetrics(bigger);
    const QLocale locale;
    int widest = 0;
    for (const QString &sample : {locale.toString(QDate(2027, 9, 30), QStringLiteral("MMMM yyyy")),
                                  tr("%1 – %2").arg(locale.toString(QDate(2027, 12, 28), QStringLiteral("d MMM yyyy")),
                                                    locale.toString(QDate(2028, 1, 3), QStringLiteral("d MMM yyyy")))})
        widest = std::max(widest, periodMetrics.horizontalAdvance(sample));
    m_periodLabel->setMinimumWidth(widest + 16 + 8);
    m_periodLabel->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_periodLabel);
    bar->addSeparator();
    auto *modes = new QActionGroup(this);
    m_monthAction = add(tr("Month"), tr("The month as a grid (Alt+1)"), [this] { setMode(Mode::Month); });
    m_weekAction = add(tr("Week"), tr("The week with times (Alt+2)"), [this] { setMode(Mode::Week); });
    m_listAction = add(tr("List"), tr("Every date of the plan as a list to sort and search (Alt+3)"), [this] { setMode(Mode::List); });
    int key = Qt::Key_1;
    for (QAction *mode : {m_monthAction, m_weekAction, m_listAction}) {
        mode->setCheckable(true);
        mode->setShortcut(QKeySequence(Qt::ALT | Qt::Key(key++)));
        modes->addAction(mode);
    }
    bar->addSeparator();
    m_newAction = add(tr("New Item…"), tr("Add a content item on the current day (Insert in the calendar)"),
                      [this] { newItem(m_current, -1); });
    // The lists behind the calendar share one button with a menu, so the bar fits a small window.
    auto *manage = new QMenu(tr("Manage"), this);
    m_campaignsAction = manage->addAction(tr("Campaigns…"), this, [this] { m_editor->editCampaigns(); });
    m_campaignsAction->setStatusTip(tr("Add, rename and colour campaigns"));
    m_teamAction = manage->addAction(tr("Team…"), this, [this] { m_editor->editTeam(); });
    m_teamAction->setStatusTip(tr("Who makes the content and their hours a week"));
    addMenuButton(bar, manage, QStringLiteral("calendarManage"), tr("Campaigns and the team who make the content"));
    m_workloadAction = add(tr("Workload"), tr("Show hours per person and week against their capacity"),
                           [this](bool on) { m_ui->workloadBox->setVisible(on); });
    m_workloadAction->setCheckable(true);
    m_workloadAction->setChecked(true);
    bar->addSeparator();
    // Import and export share one button with a menu, so the bar fits a small window.
    auto *transfer = new QMenu(tr("Import / Export"), this);
    auto addToMenu = [this, transfer](const QString &text, const QString &tip, auto slot) {
        QAction *action = transfer->addAction(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_importAction = addToMenu(tr("Import ICS…"), tr("Add the events of an iCalendar file to the calendar"),
                               [this] { m_editor->importICalendar(); });
    transfer->addSeparator();
    addToMenu(tr("Export ICS…"), tr("Save the calendar as an iCalendar file for calendar programs"),
              [this] { m_editor->exportICalendar(); });
    addToMenu(tr("Export CSV…"), tr("Save every date in the plan's horizon as a CSV file for spreadsheets"),
              [this] { m_editor->exportCsv(); });
    addMenuButton(bar, transfer, QStringLiteral("calendarImportExport"),
                  tr("Import an iCalendar file, or export the calendar as iCalendar or CSV"));
}

void CalendarPage::wrapFilters()
{
    // The filters wrap onto a second line in a narrow window instead of widening it; each
    // label stays with its field.
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("calendarFilters"));
    auto *flow = new FlowLayout(bar, 6);
    flow->setContentsMargins(4, 0, 4, 0);
    auto pair = [](QWidget *label, QWidget *field) {
        auto *both = new QWidget;
        auto *row = new QHBoxLayout(both);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(label);
        row->addWidget(field);
        return both;
    };
    flow->addWidget(pair(m_ui->filtersLabel, m_ui->campaignFilter));
    for (QWidget *field : {static_cast<QWidget *>(m_ui->channelFilter), static_cast<QWidget *>(m_ui->ownerFilter),
                           static_cast<QWidget *>(m_ui->statusFilter), static_cast<QWidget *>(m_ui->typeFilter),
                           static_cast<QWidget *>(m_ui->searchEdit), static_cast<QWidget *>(m_ui->clearFiltersButton)})
        flow->addWidget(field);
    flow->addWidget(pair(m_ui->colourLabel, m_ui->colourCombo));
    const int at = m_ui->mainLayout->indexOf(m_ui->filtersLayout);
    m_ui->mainLayout->removeItem(m_ui->filtersLayout);
    delete m_ui->filtersLayout;
    m_ui->filtersLayout = nullptr;
    m_ui->mainLayout->insertWidget(at, bar);
}

void CalendarPage::fillFilters()
{
    const Plan &plan = m_document->plan();
    fillReferenceFilter(m_ui->campaignFilter, plan.campaigns, tr("All campaigns"), tr("No campaign"));
    fillReferenceFilter(m_ui->channelFilter, plan.channels, tr("All channels"), tr("No channel"));
    fillReferenceFilter(m_ui->ownerFilter, plan.team, tr("Everyone"), tr("Nobody yet"));
    if (m_ui->statusFilter->count() == 0) {
        m_ui->statusFilter->addItem(tr("Any status"));
        for (ContentStatus status : allValues<ContentStatus>())
            m_ui->statusFilter->addItem(displayName(status), int(status));
        m_ui->typeFilter->addItem(tr("Any type"));
        for (ContentType type : allValues<ContentType>())
            m_ui->typeFilter->addItem(displayName(type), int(type));
    }
    applyFilters();
}

void CalendarPage::applyFilters()
{
    m_filter->setCampaign(referenceFilter(m_ui->campaignFilter));
    m_filter->setChannel(referenceFilter(m_ui->channelFilter));
    m_filter->setOwner(referenceFilter(m_ui->ownerFilter));
    const QVariant status = m_ui->statusFilter->currentData();
    m_filter->setStatus(status.isValid() ? std::optional<ContentStatus>(ContentStatus(status.toInt())) : std::nullopt);
    const QVariant type = m_ui->typeFilter->currentData();
    m_filter->setType(type.isValid() ? std::optional<ContentType>(ContentType(type.toInt())) : std::nullopt);
    m_filter->setSearchText(m_ui->searchEdit->text());
    m_ui->clearFiltersButton->setEnabled(m_filter->isFiltering());
}

void CalendarPage::setMode(Mode mode)
{
    m_mode = mode;
    QWidget *view = mode == Mode::Month ? static_cast<QWidget *>(m_ui->monthView)
                    : mode == Mode::Week ? static_cast<QWidget *>(m_ui->weekView)
                                         : static_cast<QWidget *>(m_ui->listView);
    m_ui->views->setCurrentWidget(view);
    (mode == Mode::Month ? m_monthAction : mode == Mode::Week ? m_weekAction : m_listAction)->setChecked(true);
    // The list holds the whole horizon: nothing to page through.
    m_previousAction->setEnabled(mode != Mode::List);
    m_nextAction->setEnabled(mode != Mode::List);
    updateRange();
    updatePeriodLabel();
    if (isVisible())
        view->setFocus();
}

void CalendarPage::setCurrentDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const bool moved = date != m_current;
    m_current = date;
    m_ui->monthView->setCurrentDate(date);
    m_ui->weekView->setCurrentDate(date);
    if (moved) {
        updateRange();
        updatePeriodLabel();
    }
}

void CalendarPage::step(int direction)
{
    setCurrentDate(m_mode == Mode::Week ? m_current.addDays(7 * direction) : m_current.addMonths(direction));
}

void CalendarPage::updateRange()
{
    const Plan &plan = m_document->plan();
    switch (m_mode) {
    case Mode::Month:
        m_occurrences->setRange(m_ui->monthView->firstVisibleDay(), m_ui->monthView->lastVisibleDay());
        m_workload->setWeeks(m_ui->monthView->firstVisibleDay(), 6);
        break;
    case Mode::Week:
        m_occurrences->setRange(m_ui->weekView->firstVisibleDay(), m_ui->weekView->lastVisibleDay());
        m_workload->setWeeks(m_ui->weekView->firstVisibleDay(), 4);
        break;
    case Mode::List:
        // Every date of the plan: its horizon, and the month shown when that lies outside.
        m_occurrences->setRange(std::min(toQDate(horizonStart(plan.settings)), m_ui->monthView->firstVisibleDay()),
                                std::max(toQDate(horizonEnd(plan.settings)), m_ui->monthView->lastVisibleDay()));
        m_workload->setWeeks(m_ui->monthView->firstVisibleDay(), 6);
        break;
    }
}

void CalendarPage::updatePeriodLabel()
{
    const QLocale locale;
    QString text;
    switch (m_mode) {
    case Mode::Month: text = locale.toString(m_current, QStringLiteral("MMMM yyyy")); break;
    case Mode::Week: {
        const QDate first = m_ui->weekView->firstVisibleDay();
        const QDate last = m_ui->weekView->lastVisibleDay();
        text = tr("%1 – %2").arg(locale.toString(first, first.year() == last.year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy")),
                                 locale.toString(last, QStringLiteral("d MMM yyyy")));
        break;
    }
    case Mode::List:
        text = tr("%1 – %2").arg(formatMonth(m_document->plan().settings.startMonth),
                                 formatMonth(YearMonth::of(horizonEnd(m_document->plan().settings))));
        break;
    }
    m_periodLabel->setText(text);
}

void CalendarPage::updateWorkloadSummary()
{
    const int over = m_workload->overCapacityCount();
    QString text = tr("<b>Workload</b> — hours of content work per person and week (duration, or what the type "
                      "typically takes)");
    if (m_workload->rowCount() == 0)
        text += QStringLiteral(": ") + tr("add the team to see it.");
    else if (over == 0)
        text += QStringLiteral(": ") + tr("everyone within capacity.");
    else
        text += QStringLiteral(": <span style='color:#b91c1c'><b>%1</b></span>")
                    .arg(over == 1 ? tr("1 week over capacity") : tr("%1 weeks over capacity").arg(over));
    m_ui->workloadSummary->setText(text);
}

void CalendarPage::updateEditable()
{
    const bool editable = !m_document->isReadOnly();
    m_ui->monthView->setEditable(editable);
    m_ui->weekView->setEditable(editable);
    for (QAction *action : {m_newAction, m_importAction})
        action->setEnabled(editable);
}

void CalendarPage::select(const RecordId &itemId, const QDate &date)
{
    setCurrentDate(date);
    m_ui->monthView->select(itemId, date);
    m_ui->weekView->select(itemId, date);
}

void CalendarPage::newItem(const QDate &date, int time)
{
    ContentItem draft;
    draft.date = fromQDate(date.isValid() ? date : m_current);
    draft.status = ContentStatus::Planned;
    if (time >= 0)
        draft.timeMinutes = time;
    // What the filters narrow to is what the new item most likely is.
    if (const auto campaign = referenceFilter(m_ui->campaignFilter))
        draft.campaignId = *campaign;
    if (const auto channel = referenceFilter(m_ui->channelFilter))
        draft.channelId = *channel;
    if (const auto owner = referenceFilter(m_ui->ownerFilter))
        draft.ownerId = *owner;
    if (const QVariant type = m_ui->typeFilter->currentData(); type.isValid())
        draft.type = ContentType(type.toInt());
    if (const auto place = m_editor->add(draft))
        select(place->itemId, place->date);
}

// The list answers Delete and Insert like the grid and the week.
bool CalendarPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->listView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex current = m_ui->listView->currentIndex();
        if (key->key() == Qt::Key_Delete && current.isValid()) {
            m_editor->remove(current.data(OccurrenceModel::ItemIdRole).toUuid(), current.data(OccurrenceModel::DateRole).toDate());
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            newItem(current.isValid() ? current.data(OccurrenceModel::DateRole).toDate() : m_current, -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CalendarPage::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
}

} // namespace cplan
