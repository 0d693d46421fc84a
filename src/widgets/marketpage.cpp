#include "marketpage.h"

#include "commands.h"
#include "displayformat.h"
#include "document.h"
#include "forecast.h"
#include "marketmodels.h"
#include "marketsizechart.h"
#include "recordform.h"
#include "recordlistpanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cplan {

namespace {

QPlainTextEdit *paragraph(const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setFixedHeight(56);
    return edit;
}

QLineEdit *line(const QString &accessibleName, int maxLength)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QLabel *messageLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b42318;"));
    return label;
}

void enableForm(QWidget *form, bool enabled)
{
    for (QWidget *field : form->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(field))
            line->setReadOnly(!enabled);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
            text->setReadOnly(!enabled);
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            combo->setEnabled(enabled);
    }
}

} // namespace

MarketPage::MarketPage(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->addTab(createSegmentsTab(), tr("Segments and market size"));
    m_tabs->addTab(createPersonasTab(), tr("Personas"));
    m_tabs->addTab(createCompetitorsTab(), tr("Competitors"));
    layout->addWidget(m_tabs);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &MarketPage::refreshTotals);
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    refreshTotals();
}

MarketPage::~MarketPage() = default;

QWidget *MarketPage::createSegmentsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *model = makeSegmentsModel(m_document, this);
    m_segments = new RecordListPanel(model, tr("segment"));
    m_segments->setObjectName(QStringLiteral("segmentsPanel"));
    m_segments->setAddHandler([this](int row) {
        Segment segment{newRecordId(), tr("New segment"), {}, 0, Money(), 0.0, 0.0, {}};
        m_document->undoStack()->push(new InsertRecordCommand<Segment>(m_document, row, segment, tr("Add segment")));
    });
    m_segments->setRemoveHandler([this](const RecordId &id) { m_document->undoStack()->push(makeRemoveSegmentCommand(m_document, id)); });
    m_segments->setMoveHandler([this](int from, int to) {
        m_document->undoStack()->push(new MoveRecordCommand<Segment>(m_document, from, to, tr("Move segment")));
    });
    m_segments->fitColumns();
    layout->addWidget(m_segments, 3);

    auto *bottom = new QHBoxLayout;
    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("marketTotals"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_totals->setWordWrap(true);
    m_totals->setMinimumWidth(320);
    bottom->addWidget(m_totals, 1);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(240);
    bottom->addWidget(m_chart, 2);
    layout->addLayout(bottom, 2);
    return tab;
}

QWidget *MarketPage::createPersonasTab()
{
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *model = makePersonasModel(m_document, this);
    m_personaModel = model;
    m_personas = new RecordListPanel(model, tr("persona"));
    m_personas->setObjectName(QStringLiteral("personasPanel"));
    m_personas->setAddHandler([this](int row) {
        Persona persona{newRecordId(), tr("New persona"), {}, {}, {}, {}, {}, {}};
        m_document->undoStack()->push(new InsertRecordCommand<Persona>(m_document, row, persona, tr("Add persona")));
    });
    m_personas->setRemoveHandler([this](const RecordId &id) {
        m_document->undoStack()->push(makeRemoveRecordCommand<Persona>(m_document, id, tr("Remove persona")));
    });
    m_personas->setMoveHandler([this](int from, int to) {
        m_document->undoStack()->push(new MoveRecordCommand<Persona>(m_document, from, to, tr("Move persona")));
    });
    m_personas->fitColumns();
    splitter->addWidget(m_personas);

    auto *box = new QGroupBox(tr("Selected persona"));
    auto *form = new QFormLayout(box);
    QLineEdit *name = line(tr("Persona name"), textlimits::name);
    name->setObjectName(QStringLiteral("personaNameEdit"));
    m_personaSegment = new QComboBox;
    m_personaSegment->setAccessibleName(tr("Segment"));
    m_personaSegment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // long names stay in
    m_personaSegment->setMinimumContentsLength(20);
    QPlainTextEdit *motivations = paragraph(tr("Motivations"));
    QPlainTextEdit *interests = paragraph(tr("Interests"));
    QPlainTextEdit *needs = paragraph(tr("Needs"));
    QPlainTextEdit *reach = paragraph(tr("Where to reach them"));
    QLabel *message = messageLabel(QStringLiteral("personaMessageLabel"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Segment:"), m_personaSegment);
    form->addRow(tr("&Motivations:"), motivations);
    form->addRow(tr("&Interests:"), interests);
    form->addRow(tr("N&eeds:"), needs);
    form->addRow(tr("&Where to reach them:"), reach);
    form->addRow(message);
    splitter->addWidget(box);
    splitter->setStretchFactor(0, 1);

    m_personaForm = std::make_unique<RecordForm<Persona>>(
        m_document, [this] { return m_personas->currentId(); }, message, [](const Persona &p) { return validatePersona(p); });
    m_personaForm->bind(name, &Persona::name, QStringLiteral("name"), tr("Rename persona"),
                        [](const QString &typed) { return typed.trimmed(); });
    m_personaForm->bind(motivations, &Persona::motivations, QStringLiteral("motivations"), tr("Change motivations"));
    m_personaForm->bind(interests, &Persona::interests, QStringLiteral("interests"), tr("Change interests"));
    m_personaForm->bind(needs, &Persona::needs, QStringLiteral("needs"), tr("Change needs"));
    m_personaForm->bind(reach, &Persona::whereToReach, QStringLiteral("whereToReach"), tr("Change where to reach"));
    connect(m_personaSegment, &QComboBox::activated, this, [this](int index) {
        const QModelIndex current = m_personas->view()->currentIndex();
        if (!current.isValid())
            return;
        const QModelIndex cell = current.siblingAtColumn(PersonaSegment);
        m_personas->proxy()->setData(cell, m_personaSegment->itemData(index), Qt::EditRole);
    });
    auto refreshForm = [this, box](bool anotherRecord) {
        enableForm(box, !m_document->isReadOnly() && m_personas->view()->currentIndex().isValid());
        m_personaForm->load(anotherRecord);
        showPersona(m_personas->currentId());
    };
    connect(m_document, &Document::readOnlyChanged, box, [refreshForm] { refreshForm(false); });
    connect(m_document, &Document::planChanged, box, [refreshForm] { refreshForm(false); });
    connect(m_personas, &RecordListPanel::currentChanged, box, [refreshForm] { refreshForm(true); });
    refreshForm(true);
    return splitter;
}

void MarketPage::showPersona(const RecordId &id)
{
    m_personaSegment->clear();
    m_personaSegment->addItem(tr("(no segment)"), QString());
    for (const Segment &segment : m_document->plan().segments)
        m_personaSegment->addItem(segment.name, segment.id.toString(QUuid::WithoutBraces));
    const int row = m_document->indexOf<Persona>(id);
    if (row < 0)
        return;
    const RecordId segment = m_document->plan().personas[std::size_t(row)].segmentId;
    m_personaSegment->setCurrentIndex(std::max(0, m_personaSegment->findData(segment.isNull() ? QString() : segment.toString(QUuid::WithoutBraces))));
}

QWidget *MarketPage::createCompetitorsTab()
{
    auto *splitter = new QSplitter(Qt::Vertical);
    auto *model = makeCompetitorsModel(m_document, this);
    m_competitors = new RecordListPanel(model, tr("competitor"));
    m_competitors->setObjectName(QStringLiteral("competitorsPanel"));
    m_competitors->setAddHandler([this](int row) {
        Competitor competitor{newRecordId(), tr("New competitor"), {}, {}, {}, {}, {}, {}};
        m_document->undoStack()->push(new InsertRecordCommand<Competitor>(m_document, row, competitor, tr("Add competitor")));
    });
    m_competitors->setRemoveHandler([this](const RecordId &id) {
        m_document->undoStack()->push(makeRemoveRecordCommand<Competitor>(m_document, id, tr("Remove competitor")));
    });
    m_competitors->setMoveHandler([this](int from, int to) {
        m_document->undoStack()->push(new MoveRecordCommand<Competitor>(m_document, from, to, tr("Move competitor")));
    });
    m_competitors->fitColumns();
    splitter->addWidget(m_competitors);

    auto *box = new QGroupBox(tr("Selected competitor"));
    auto *form = new QFormLayout(box);
    QLineEdit *name = line(tr("Competitor name"), textlimits::name);
    name->setObjectName(QStringLiteral("competitorNameEdit"));
    QPlainTextEdit *offering = paragraph(tr("Offering"));
    QPlainTextEdit *strengths = paragraph(tr("Strengths"));
    QPlainTextEdit *weaknesses = paragraph(tr("Weaknesses"));
    QLineEdit *pricing = line(tr("Pricing"), textlimits::shortText);
    QLineEdit *website = line(tr("Website"), textlimits::shortText);
    website->setObjectName(QStringLiteral("competitorWebsiteEdit"));
    website->setPlaceholderText(tr("https://example.com or example.com"));
    QLabel *message = messageLabel(QStringLiteral("competitorMessageLabel"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Offering:"), offering);
    form->addRow(tr("&Strengths:"), strengths);
    form->addRow(tr("&Weaknesses:"), weaknesses);
    form->addRow(tr("&Pricing:"), pricing);
    form->addRow(tr("Web&site:"), website);
    form->addRow(message);
    splitter->addWidget(box);
    splitter->setStretchFactor(0, 1);

    m_competitorForm = std::make_unique<RecordForm<Competitor>>(
        m_document, [this] { return m_competitors->currentId(); }, message,
        [](const Competitor &c) { return validateCompetitor(c); });
    m_competitorForm->bind(name, &Competitor::name, QStringLiteral("name"), tr("Rename competitor"),
                           [](const QString &typed) { return typed.trimmed(); });
    m_competitorForm->bind(offering, &Competitor::offering, QStringLiteral("offering"), tr("Change offering"));
    m_competitorForm->bind(strengths, &Competitor::strengths, QStringLiteral("strengths"), tr("Change strengths"));
    m_competitorForm->bind(weaknesses, &Competitor::weaknesses, QStringLiteral("weaknesses"), tr("Change weaknesses"));
    m_competitorForm->bind(pricing, &Competitor::pricing, QStringLiteral("pricing"), tr("Change pricing"));
    // "example.com" is taken as https://example.com; anything that is not a web address is refused.
    m_competitorForm->bind(website, &Competitor::website, QStringLiteral("website"), tr("Change website"), &normalisedWebsite);
    auto refreshForm = [this, box](bool anotherRecord) {
        enableForm(box, !m_document->isReadOnly() && m_competitors->view()->currentIndex().isValid());
        m_competitorForm->load(anotherRecord);
    };
    connect(m_document, &Document::readOnlyChanged, box, [refreshForm] { refreshForm(false); });
    connect(m_document, &Document::planChanged, box, [refreshForm] { refreshForm(false); });
    connect(m_competitors, &RecordListPanel::currentChanged, box, [refreshForm] { refreshForm(true); });
    refreshForm(true);
    return splitter;
}

void MarketPage::refreshTotals()
{
    const Plan &plan = m_document->plan();
    const MarketSize size = marketSize(plan);
    auto row = [](const QString &label, const QString &value, const QString &hint) {
        return QStringLiteral("<tr><td style='padding:3px 12px 3px 0'><b>%1</b></td><td align='right'>%2</td></tr>"
                              "<tr><td colspan='2' style='color:#555; padding-bottom:6px'>%3</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped(), hint.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("TAM"), formatMoney(plan, size.tam), tr("Total market: customers × annual spend, all segments"));
    html += row(tr("SAM"), formatMoney(plan, size.sam), tr("Serviceable: the part your offer and reach can serve"));
    html += row(tr("SOM"), formatMoney(plan, size.som), tr("Obtainable: the share you can win"));
    html += QStringLiteral("</table>");
    m_totals->setText(html);
    QChart *old = m_chart->chart();
    m_chart->setChart(buildMarketSizeChart(plan));
    m_chart->setAccessibleName(m_chart->chart()->title());
    delete old;
}

} // namespace cplan
