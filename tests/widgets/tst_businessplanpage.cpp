#include "businessplanpage.h"
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
        QCOMPARE(document.undoStack()->count(), 1); // all typed without a pause: one step
        // What the editor wrote reads back the same.
        RichTextEditor other;
        other.setText(document.plan().texts.partnerships);
        QCOMPARE(other.text(), document.plan().texts.partnerships);
        document.undoStack()->undo();
        QCOMPARE(document.plan().texts.partnerships, testing::fullPlan().texts.partnerships);
        QCOMPARE(editor->text(), QStringLiteral("<p>Partners</p>")); // the editor follows the undo
        QCOMPARE(page.findChild<QListWidget *>(QStringLiteral("businessSections"))->item(7)->text(),
                 QStringLiteral("Partnerships (1 words)"));
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
