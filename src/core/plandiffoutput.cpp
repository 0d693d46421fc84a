// The two printed forms of a comparison: readable text and JSON (docs/compare.md).
#include "plandiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanDiff", text);
}

QString quoted(const QString &text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

QString changeCountText(int count)
{
    return count == 1 ? tr("1 change") : tr("%1 changes").arg(count);
}

QString fieldLine(const FieldChange &field)
{
    if (field.beforeValue.isUndefined())
        return tr("%1 %2 (added)").arg(field.label, quoted(field.after));
    if (field.afterValue.isUndefined())
        return tr("%1 %2 (removed)").arg(field.label, quoted(field.before));
    return tr("%1 %2 \u2192 %3").arg(field.label, quoted(field.before), quoted(field.after));
}

QString recordHeading(const RecordChange &record)
{
    const QString what = record.id.isNull() ? record.kindName : tr("%1 %2").arg(record.kindName, quoted(record.name));
    switch (record.change) {
    case ChangeKind::Added: return tr("+ %1 added").arg(what);
    case ChangeKind::Removed: return tr("- %1 removed").arg(what);
    case ChangeKind::Changed: break;
    }
    return tr("~ %1").arg(what);
}

QJsonValue jsonValue(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

QString diffText(const PlanDiff &diff, const QString &beforeName, const QString &afterName)
{
    QStringList lines;
    const int count = diff.changeCount();
    lines << tr("Changes from %1 to %2: %3").arg(beforeName, afterName, count == 0 ? tr("none") : changeCountText(count));
    lines << QString() << tr("Headline figures");
    for (const HeadlineChange &figure : diff.headline) {
        if (figure.changed)
            lines << tr("  %1: %2 \u2192 %3 (%4)").arg(figure.label, figure.before, figure.after, figure.change);
        else
            lines << tr("  %1: %2 (no change)").arg(figure.label, figure.before);
    }
    for (const SectionChanges &section : diff.sections) {
        lines << QString() << section.title;
        for (const RecordChange &record : section.records) {
            const QString heading = recordHeading(record);
            // A changed record with one changed field reads as one line; added and removed
            // records are named without listing every field.
            if (record.change != ChangeKind::Changed) {
                lines << QStringLiteral("  ") + heading;
            } else if (record.fields.size() == 1) {
                lines << QStringLiteral("  ") + heading + QStringLiteral(": ") + fieldLine(record.fields.front());
            } else {
                lines << QStringLiteral("  ") + heading + QLatin1Char(':');
                for (const FieldChange &field : record.fields)
                    lines << QStringLiteral("      ") + fieldLine(field);
            }
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject diffJson(const PlanDiff &diff, const QString &beforeName, const QString &afterName)
{
    QJsonObject headline;
    for (const HeadlineChange &figure : diff.headline) {
        headline.insert(figure.key, QJsonObject{{QStringLiteral("old"), figure.beforeValue},
                                                {QStringLiteral("new"), figure.afterValue},
                                                {QStringLiteral("change"), figure.changeValue},
                                                {QStringLiteral("changed"), figure.changed}});
    }
    QJsonArray sections;
    for (const SectionChanges &section : diff.sections) {
        QJsonArray records;
        for (const RecordChange &record : section.records) {
            QJsonArray fields;
            for (const FieldChange &field : record.fields) {
                fields.append(QJsonObject{{QStringLiteral("field"), field.key},
                                          {QStringLiteral("label"), field.label},
                                          {QStringLiteral("old"), jsonValue(field.beforeValue)},
                                          {QStringLiteral("new"), jsonValue(field.afterValue)},
                                          {QStringLiteral("oldText"), field.before},
                                          {QStringLiteral("newText"), field.after}});
            }
            records.append(QJsonObject{
                {QStringLiteral("change"), toKey(record.change)},
                {QStringLiteral("kind"), record.kind},
                {QStringLiteral("id"), record.id.isNull() ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(record.id.toString(QUuid::WithoutBraces))},
                {QStringLiteral("name"), record.name},
                {QStringLiteral("fields"), fields}});
        }
        sections.append(QJsonObject{{QStringLiteral("section"), section.key},
                                    {QStringLiteral("title"), section.title},
                                    {QStringLiteral("changes"), records}});
    }
    return {{QStringLiteral("old"), beforeName},
            {QStringLiteral("new"), afterName},
            {QStringLiteral("changeCount"), diff.changeCount()},
            {QStringLiteral("headline"), headline},
            {QStringLiteral("sections"), sections}};
}

} // namespace cplan
