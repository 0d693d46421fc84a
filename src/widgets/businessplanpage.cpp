#include "businessplanpage.h"

#include "commands.h"
#include "document.h"
#include "richtext.h"
#include "richtexteditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace cplan {

namespace {

// Edits of one typing burst merge into one undo step (as ChangeTextsCommand's do, until a
// pause); each burst has its own merge id, so a new one never merges into the last.
class BurstCommand : public ChangeTextsCommand
{
public:
    BurstCommand(Document *document, const PlanTexts &texts, const QString &text, const QString &field, int burst)
        : ChangeTextsCommand(document, texts, text, field), m_burst(burst)
    {
    }
    int id() const override { return firstBurstId + m_burst % 0x10000; }

private:
    static constexpr int firstBurstId = 0x10000; // above the ids of commands.h
    int m_burst;
};

} // namespace

const std::vector<BusinessPlanPage::Section> &BusinessPlanPage::sections()
{
    static const std::vector<Section> list = {
        {"researchNotes", QT_TR_NOOP("Research notes"),
         QT_TR_NOOP("What did you learn about the market and the customers? Who has the need, how do they meet it "
                    "today, what do they buy and when? Note your sources: interviews, surveys, search data, a waiting "
                    "list, competitors' public figures. What do you still need to find out?"),
         &PlanTexts::researchNotes},
        {"strategy", QT_TR_NOOP("Strategy"),
         QT_TR_NOOP("How will the campaign win customers? Which channels first, which later, in what order? For a "
                    "launch: before, on and after the launch day, and which tests decide where the budget goes next."),
         &PlanTexts::strategy},
        {"rationale", QT_TR_NOOP("Rationale"),
         QT_TR_NOOP("Why this strategy? The numbers and findings that support it: why these channels, this timing "
                    "and this budget, and what would make you change course."),
         &PlanTexts::rationale},
        {"messageAudience", QT_TR_NOOP("Message: audience"),
         QT_TR_NOOP("To whom do you speak? Name the one or two segments and personas you must win first, and what "
                    "they care about."),
         &PlanTexts::messageAudience},
        {"messageWhatToSay", QT_TR_NOOP("Message: what to say"),
         QT_TR_NOOP("The promise and the proof points, in the customer's words: the one sentence people should "
                    "remember, and three proofs that make it believable."),
         &PlanTexts::messageWhatToSay},
        {"messageHowToSay", QT_TR_NOOP("Message: how to say it"),
         QT_TR_NOOP("Tone of voice, words to use and to avoid, formats, imagery, languages."), &PlanTexts::messageHowToSay},
        {"websiteObjectives", QT_TR_NOOP("Website objectives"),
         QT_TR_NOOP("What must the website (or landing page, or shop profile) achieve? Give numbers: visits, "
                    "sign-ups, orders, calls, conversion rates."),
         &PlanTexts::websiteObjectives},
        {"partnerships", QT_TR_NOOP("Partnerships"),
         QT_TR_NOOP("Partners, affiliates, reviewers, neighbours, link exchanges, co-marketing: who, and what each "
                    "side brings."),
         &PlanTexts::partnerships},
        {"priorities", QT_TR_NOOP("Priorities"),
         QT_TR_NOOP("List three to five things that must happen, most important first, and what you will not do."),
         &PlanTexts::priorities},
        {"recommendations", QT_TR_NOOP("Recommendations"),
         QT_TR_NOOP("What you ask the manager to decide or approve. After the tests: which channels to roll out, "
                    "which to stop, and what to change in the offer."),
         &PlanTexts::recommendations},
    };
    return list;
}

BusinessPlanPage::BusinessPlanPage(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QHBoxLayout(this);
    m_sections = new QListWidget;
    m_sections->setObjectName(QStringLiteral("businessSections"));
    m_sections->setAccessibleName(tr("Business plan sections"));
    m_sections->setFixedWidth(250);
    for (const Section &section : sections())
        m_sections->addItem(tr(section.title));
    layout->addWidget(m_sections);

    auto *right = new QVBoxLayout;
    auto *header = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("wordCount"));
    header->addWidget(m_title, 1);
    header->addWidget(m_count);
    right->addLayout(header);
    m_editor = new RichTextEditor;
    m_editor->setObjectName(QStringLiteral("businessTextEditor"));
    right->addWidget(m_editor, 1);
    layout->addLayout(right, 1);

    connect(m_sections, &QListWidget::currentRowChanged, this, &BusinessPlanPage::showSection);
    // One typing burst is one undo step: it ends when the person leaves the editor or uses a
    // formatting button (whose change is a step of its own), or pauses (ChangeTextsCommand).
    connect(m_editor, &RichTextEditor::textEdited, this, [this](const QString &html) { edited(html, false); });
    connect(m_editor, &RichTextEditor::formatChanged, this, [this](const QString &html) { edited(html, true); });
    connect(m_editor, &RichTextEditor::editingFinished, this, [this] { m_newStep = true; });
    connect(document, &Document::textsChanged, this, &BusinessPlanPage::load);
    connect(document, &Document::readOnlyChanged, this, &BusinessPlanPage::load);
    m_sections->setCurrentRow(0);
    refreshCounts();
}

void BusinessPlanPage::showSection(int index)
{
    if (index < 0 || index >= int(sections().size()))
        return;
    m_current = index;
    if (m_sections->currentRow() != index)
        m_sections->setCurrentRow(index);
    const Section &section = sections()[std::size_t(index)];
    m_title->setText(tr(section.title));
    m_editor->textEdit()->setAccessibleName(tr(section.title)); // screen readers say which section
    m_editor->setPlaceholderText(tr(section.prompt));
    load();
}

void BusinessPlanPage::load()
{
    const Section &section = sections()[std::size_t(m_current)];
    m_editor->setText(m_document->plan().texts.*section.field);
    m_editor->setReadOnly(m_document->isReadOnly());
    refreshCounts();
}

void BusinessPlanPage::refreshCounts()
{
    const PlanTexts &texts = m_document->plan().texts;
    int total = 0;
    for (std::size_t i = 0; i < sections().size(); ++i) {
        const int words = wordCount(texts.*sections()[i].field);
        total += words;
        QListWidgetItem *item = m_sections->item(int(i));
        item->setText(words > 0 ? tr("%1 (%2 words)").arg(tr(sections()[i].title)).arg(words) : tr(sections()[i].title));
    }
    const int words = wordCount(texts.*sections()[std::size_t(m_current)].field);
    m_count->setText(tr("%1 words in this section, %2 in the plan").arg(words).arg(total));
}

void BusinessPlanPage::edited(const QString &html, bool formatting)
{
    const Section &section = sections()[std::size_t(m_current)];
    PlanTexts texts = m_document->plan().texts;
    if (texts.*section.field == html || m_document->isReadOnly())
        return;
    texts.*section.field = html;
    const QString text = formatting ? tr("Format %1").arg(tr(section.title).toLower()) : tr("Edit %1").arg(tr(section.title).toLower());
    if (m_newStep || formatting)
        ++m_burst;
    m_newStep = formatting; // typing after a button's change is a new step too
    m_document->undoStack()->push(new BurstCommand(m_document, texts, text, QString::fromLatin1(section.key), m_burst));
}

} // namespace cplan
