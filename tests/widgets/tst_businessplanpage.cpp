#include "businessplanpage.h"
#include "commands.h"
#include "document.h"
#include "planjson.h"
#include "richtext.h"
#include "richtexteditor.h"
#include "testplans.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTextEdit>

using namespace cplan;

namespace {

QAction *action(RichTextEditor *editor, const char *text)
{
    for (QAction *a : editor->actions()) {
        if (a->text() == QString::fromUtf8(text))
            return a;
    }
    qFatal("no action %s", text);
}

} // namespace

class TestBusinessPlanPage : public QObject
{
    Q_OBJECT
private slots:
    void wordCounts()
    {
        QCOMPARE(wordCount(QStringLiteral("Fresh tea, delivered in **two** days.")), 6);
        QCOMPARE(wordCount(QStringLiteral("<p>Tea <b>for</b> two</p><ul><li>gift&nbsp;box</li></ul>")), 5);
        QCOMPARE(wordCount(QStringLiteral("<p>See <a href=\"https://example.com/shop\">our shop</a> now</p>")), 4);
        QCOMPARE(wordCount(QStringLiteral("营销计划 for Q1")), 6); // four Chinese characters, two words
        QCOMPARE(wordCount(QStringLiteral("برنامه بازاریابی")), 2);
        QCOMPARE(wordCount(QString()), 0);
        QVERIFY(isHtml(QStringLiteral("  <p>x</p>")));
        QVERIFY(!isHtml(QStringLiteral("**x**")));
    }

    void typingIsOneUndoStepAndFormattingIsKept()
    {
        Document document(testing::fullPlan());
        BusinessPlanPage page(&document);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page)); // shortcuts need an active window
        page.showSection(7); // partnerships
        auto *editor = page.findChild<RichTextEditor *>(QStringLiteral("businessTextEditor"));
        QVERIFY(editor);
        QTextEdit *edit = editor->textEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Local shops"));
        QCOMPARE(document.plan().texts.partnerships, QStringLiteral("<p>Local shops</p>"));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit partnerships"));
        int total = 0;
        for (const auto &section : BusinessPlanPage::sections())
            total += wordCount(document.plan().texts.*section.field);
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("wordCount"))->text(),
                 QStringLiteral("2 words in this section, %1 in the plan").arg(total));
        // Bold through the shortcut, a bulleted list, a heading: the plan keeps clean HTML.
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral(" now"));
        QCOMPARE(document.plan().texts.partnerships, QStringLiteral("<p>Local shops<b> now</b></p>"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(edit, QStringLiteral("cafes & bakeries"));
        QCOMPARE(document.plan().texts.partnerships,
                 QStringLiteral("<p>Local shops<b> now</b></p><ul><li>cafes &amp; bakeries</li></ul>"));
        // Typing "Local shops", bold " now" and the new paragraph is one burst; the list button
        // is a step of its own, and typing after it another.
        QCOMPARE(document.undoStack()->count(), 3);
        QCOMPARE(document.undoStack()->text(1), QStringLiteral("Format partnerships"));
        // What the editor wrote reads back the same.
        RichTextEditor other;
        other.setText(document.plan().texts.partnerships);
        QCOMPARE(other.text(), document.plan().texts.partnerships);
        document.undoStack()->undo();
        QCOMPARE(document.plan().texts.partnerships, QStringLiteral("<p>Local shops<b> now</b></p><ul><li></li></ul>"));
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.plan().texts.partnerships, testing::fullPlan().texts.partnerships);
        QCOMPARE(editor->text(), QStringLiteral("<p>Partners</p>")); // the editor follows the undo
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("businessSections"))->item(7)->text(),
                 QStringLiteral("Partnerships (1 words)"));
    }

    void aTypingBurstAtAPaceIsOneUndoStep()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Document document(testing::fullPlan());
        BusinessPlanPage page(&document);
        page.show();
        page.showSection(1); // strategy
        QTextEdit *edit = page.findChild<RichTextEditor *>(QStringLiteral("businessTextEditor"))->textEdit();
        edit->setFocus();
        edit->selectAll();
        // A person's pace, a new paragraph and a typo put right: still one burst.
        QTest::keyClicks(edit, QStringLiteral("Search first,"), Qt::NoModifier, 60);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("then sociak"), Qt::NoModifier, 60);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QStringLiteral("l."), Qt::NoModifier, 60);
        QCOMPARE(document.plan().texts.strategy, QStringLiteral("<p>Search first,</p><p>then social.</p>"));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Edit strategy"));
        // Leaving the editor ends the burst: typing again later is a step of its own.
        QTest::keyClick(edit, Qt::Key_Tab);
        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral(" Then email."), Qt::NoModifier, 60);
        QCOMPARE(document.plan().texts.strategy, QStringLiteral("<p>Search first,</p><p>then social. Then email.</p>"));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        QCOMPARE(document.plan().texts.strategy, QStringLiteral("<p>Search first,</p><p>then social.</p>"));
        document.undoStack()->undo();
        QCOMPARE(document.plan().texts.strategy, testing::fullPlan().texts.strategy);
    }

    void theListButtonsTurnListsOnAndOff()
    {
        Document document(testing::fullPlan());
        BusinessPlanPage page(&document);
        page.show();
        page.showSection(8); // priorities
        auto *editor = page.findChild<RichTextEditor *>(QStringLiteral("businessTextEditor"));
        QTextEdit *edit = editor->textEdit();
        QAction *bullets = action(editor, "• List");
        QAction *numbers = action(editor, "1. List");
        QVERIFY(bullets->isCheckable() && numbers->isCheckable());
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("Search"), Qt::NoModifier, 20);
        QVERIFY(!bullets->isChecked());
        bullets->trigger();
        QCOMPARE(document.plan().texts.priorities, QStringLiteral("<ul><li>Search</li></ul>"));
        QVERIFY(bullets->isChecked());
        QVERIFY(!numbers->isChecked());
        numbers->trigger(); // the same list, numbered
        QCOMPARE(document.plan().texts.priorities, QStringLiteral("<ol><li>Search</li></ol>"));
        QVERIFY(numbers->isChecked());
        QVERIFY(!bullets->isChecked());
        numbers->trigger(); // and off again
        QCOMPARE(document.plan().texts.priorities, QStringLiteral("<p>Search</p>"));
        QVERIFY(!numbers->isChecked());
        bullets->trigger();
        bullets->trigger();
        QCOMPARE(document.plan().texts.priorities, QStringLiteral("<p>Search</p>"));
        QCOMPARE(edit->textCursor().blockFormat().indent(), 0); // a plain paragraph, not indented

        // Two paragraphs selected: both become items, and both come out again.
        QTest::keyClick(edit, Qt::Key_End);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, QStringLiteral("Email"), Qt::NoModifier, 20);
        edit->selectAll();
        bullets->trigger();
        QCOMPARE(document.plan().texts.priorities, QStringLiteral("<ul><li>Search</li><li>Email</li></ul>"));
        bullets->trigger();
        QCOMPARE(document.plan().texts.priorities, QStringLiteral("<p>Search</p><p>Email</p>"));
    }

    void theButtonsShowTheFormatAtTheCursor()
    {
        Document document(testing::fullPlan());
        document.undoStack()->push(new ChangeTextsCommand(&document, [&] {
            PlanTexts texts = document.plan().texts;
            texts.priorities = QStringLiteral("<p>plain <b>bold</b> <i>slanted</i></p><ul><li>item</li></ul>");
            return texts;
        }(), QStringLiteral("Edit priorities"), QStringLiteral("priorities")));
        BusinessPlanPage page(&document);
        page.show();
        page.showSection(8);
        auto *editor = page.findChild<RichTextEditor *>(QStringLiteral("businessTextEditor"));
        QTextEdit *edit = editor->textEdit();
        QAction *bold = action(editor, "Bold");
        QAction *italic = action(editor, "Italic");
        QAction *bullets = action(editor, "• List");
        QVERIFY(bold->isCheckable() && italic->isCheckable());
        auto placeAt = [&](int position) {
            QTextCursor cursor = edit->textCursor();
            cursor.setPosition(position);
            edit->setTextCursor(cursor);
        };
        placeAt(3); // in "plain"
        QVERIFY(!bold->isChecked());
        QVERIFY(!italic->isChecked());
        QVERIFY(!bullets->isChecked());
        placeAt(9); // in "bold"
        QVERIFY(bold->isChecked());
        QVERIFY(!italic->isChecked());
        placeAt(14); // in "slanted"
        QVERIFY(italic->isChecked());
        QVERIFY(!bold->isChecked());
        edit->moveCursor(QTextCursor::End); // in the list item
        QVERIFY(bullets->isChecked());
        QVERIFY(!italic->isChecked());

        // Bold on a selection, and off again: the button follows, one step each.
        placeAt(0);
        QTextCursor word = edit->textCursor();
        word.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        edit->setTextCursor(word);
        const int steps = document.undoStack()->count();
        bold->trigger();
        QVERIFY(bold->isChecked());
        QCOMPARE(document.plan().texts.priorities,
                 QStringLiteral("<p><b>plain</b> <b>bold</b> <i>slanted</i></p><ul><li>item</li></ul>"));
        bold->trigger();
        QVERIFY(!bold->isChecked());
        QCOMPARE(document.plan().texts.priorities,
                 QStringLiteral("<p>plain <b>bold</b> <i>slanted</i></p><ul><li>item</li></ul>"));
        QVERIFY(document.undoStack()->count() > steps);
    }

    void readOnlyPlanCannotBeEdited()
    {
        Document document(testing::fullPlan());
        document.setReadOnly(true, QStringLiteral("read-only"));
        BusinessPlanPage page(&document);
        page.show();
        auto *editor = page.findChild<RichTextEditor *>(QStringLiteral("businessTextEditor"));
        QTest::keyClicks(editor->textEdit(), QStringLiteral("x"));
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(document.plan().texts.researchNotes, testing::fullPlan().texts.researchNotes);
    }

    void templateQuestionsArePlaceholdersNotWords()
    {
        // A plan from the product launch template: each part is empty and shows its question in
        // grey; nothing is counted.
        QFile json(qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/resources/plans/product-launch.json"));
        QVERIFY2(json.open(QIODevice::ReadOnly), "the template is not found (CPLAN_SOURCE_DIR)");
        JsonImportResult read = planFromJson(json.readAll());
        QVERIFY2(read.plan, qPrintable(read.error));
        Document document(std::move(*read.plan));
        BusinessPlanPage page(&document);
        page.show();
        page.showSection(8); // priorities
        QTextEdit *edit = page.findChild<RichTextEditor *>(QStringLiteral("businessTextEditor"))->textEdit();
        QVERIFY(edit->toPlainText().isEmpty());
        QVERIFY2(edit->placeholderText().startsWith(QStringLiteral("List three to five things that must happen")),
                 qPrintable(edit->placeholderText()));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("wordCount"))->text(), QStringLiteral("0 words in this section, 0 in the plan"));
    }
};

QTEST_MAIN(TestBusinessPlanPage)
#include "tst_businessplanpage.moc"
