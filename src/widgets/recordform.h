#pragma once

#include "commands.h"
#include "document.h"
#include "fieldfeedback.h"
#include "validation.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <functional>

namespace cplan {

// A form beside a list that edits the selected record's texts. Each editor
// commits when the person is done with it (Enter or leaving a line; a pause or
// leaving a paragraph) as one ChangeRecordCommand; a value the record's
// validator refuses for that field stays in the editor, marked, with the reason
// in the form's message label, and nothing is committed.
template<typename Record>
class RecordForm
{
public:
    using Validator = std::function<std::vector<Problem>(const Record &)>;
    using Member = QString Record::*;

    RecordForm(Document *document, std::function<RecordId()> current, QLabel *messageLabel, Validator validator)
        : m_document(document), m_current(std::move(current)), m_message(messageLabel),
          m_validator(std::move(validator))
    {}
    ~RecordForm()
    {
        // A paragraph's pending pause must not commit through a form being
        // destroyed.
        for (const Field &f : m_fields) {
            if (auto *paragraph = qobject_cast<QPlainTextEdit *>(f.editor))
                paragraph->document()->setModified(false);
        }
    }
    RecordForm(const RecordForm &) = delete;
    RecordForm &operator=(const RecordForm &) = delete;

    // `normalise` turns what was typed into what is stored (a website gets its
    // https://).
    template<typename Editor>
    void bind(Editor *editor, Member member, const QString &field, const QString &commandText,
              std::function<QString(const QString &)> normalise = {})
    {
        m_fields.push_back({editor, member});
        commit::whenDone(editor, [this, editor, member, field, commandText, normalise](const QString &typed) {
            const int row = m_document->indexOf<Record>(m_current());
            if (row < 0 || m_document->isReadOnly())
                return;
            const Record &stored = m_document->records<Record>()[std::size_t(row)];
            Record changed = stored;
            changed.*member = normalise ? normalise(typed) : typed;
            for (const Problem &problem : m_validator(changed)) {
                if (problem.field == field) {
                    fieldfeedback::showProblem(editor, problem.message, m_message);
                    return;
                }
            }
            fieldfeedback::clearProblem(editor, m_message, editors());
            if (!(changed == stored))
                m_document->undoStack()->push(new ChangeRecordCommand<Record>(m_document, changed, commandText, field));
        });
    }

    // Shows the selected record; `anotherRecord` drops what was typed for the
    // previous one.
    void load(bool anotherRecord)
    {
        const int row = m_document->indexOf<Record>(m_current());
        for (const Field &f : m_fields) {
            if (anotherRecord)
                fieldfeedback::clearProblem(f.editor, m_message);
            else if (fieldfeedback::hasProblem(f.editor))
                continue; // the person's text stays until they fix it
            const QString text = row < 0 ? QString() : m_document->records<Record>()[std::size_t(row)].*(f.member);
            if (auto *line = qobject_cast<QLineEdit *>(f.editor)) {
                if (line->text() != text) {
                    line->setText(text);
                    line->setCursorPosition(0);
                }
            } else if (auto *paragraph = qobject_cast<QPlainTextEdit *>(f.editor)) {
                if (paragraph->toPlainText() != text) {
                    paragraph->setPlainText(text);
                    paragraph->document()->setModified(false); // loaded, not typed
                }
            }
        }
    }

private:
    QList<QWidget *> editors() const
    {
        QList<QWidget *> list;
        for (const Field &f : m_fields)
            list.append(f.editor);
        return list;
    }
    struct Field
    {
        QWidget *editor;
        Member member;
    };
    Document *m_document;
    std::function<RecordId()> m_current;
    QLabel *m_message;
    Validator m_validator;
    std::vector<Field> m_fields;
};

} // namespace cplan
