#pragma once

#include <QString>

class QTextDocument;

namespace cplan {

// The business plan's texts are stored as a small, clean subset of HTML: paragraphs, headings
// (h1-h3), bulleted and numbered lists, bold, italic, underline, links and line breaks. No
// fonts or styles of the machine that wrote them, so a plan reads and prints the same
// everywhere and two versions compare word by word.
QString toPlanHtml(const QTextDocument &document);

} // namespace cplan
