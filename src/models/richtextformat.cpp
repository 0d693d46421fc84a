#include "richtextformat.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>

#include <algorithm>

namespace cplan {

namespace {

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QChar::LineSeparator, QStringLiteral("<br>"));
    html.replace(QChar::Nbsp, QStringLiteral("&nbsp;"));
    return html;
}

QString inlineHtml(const QTextBlock &block, bool heading)
{
    QString html;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (!fragment.isValid())
            continue;
        const QTextCharFormat format = fragment.charFormat();
        QString text = escaped(fragment.text());
        const bool link = format.isAnchor() && !format.anchorHref().isEmpty();
        if (format.fontUnderline() && !link)
            text = QStringLiteral("<u>") + text + QStringLiteral("</u>");
        if (format.fontItalic())
            text = QStringLiteral("<i>") + text + QStringLiteral("</i>");
        if (format.fontWeight() >= QFont::DemiBold && !heading)
            text = QStringLiteral("<b>") + text + QStringLiteral("</b>");
        if (link)
            text = QStringLiteral("<a href=\"%1\">").arg(format.anchorHref().toHtmlEscaped()) + text + QStringLiteral("</a>");
        html += text;
    }
    // Neighbouring fragments with the same markup read better joined: "<b>a</b><b>b</b>".
    for (const char *tag : {"b", "i", "u"}) {
        html.replace(QStringLiteral("</%1><%1>").arg(QLatin1String(tag)), QString());
    }
    return html;
}

} // namespace

QString toPlanHtml(const QTextDocument &document)
{
    QString html;
    const QTextList *openList = nullptr;
    auto closeList = [&] {
        if (openList)
            html += openList->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
        openList = nullptr;
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextList *list = block.textList();
        const int heading = std::clamp(block.blockFormat().headingLevel(), 0, 3);
        const QString content = inlineHtml(block, heading > 0);
        if (list) {
            if (list != openList) {
                closeList();
                html += list->format().style() == QTextListFormat::ListDecimal ? QStringLiteral("<ol>") : QStringLiteral("<ul>");
                openList = list;
            }
            html += QStringLiteral("<li>") + content + QStringLiteral("</li>");
            continue;
        }
        closeList();
        if (heading > 0)
            html += QStringLiteral("<h%1>").arg(heading) + content + QStringLiteral("</h%1>").arg(heading);
        else
            html += QStringLiteral("<p>") + content + QStringLiteral("</p>");
    }
    closeList();
    // An empty editor is an empty text, not "<p></p>".
    if (html == QLatin1String("<p></p>"))
        return {};
    while (html.endsWith(QLatin1String("<p></p>")))
        html.chop(7);
    return html;
}

} // namespace cplan
