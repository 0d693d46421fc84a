#pragma once

#include <QString>

namespace cplan {

// The business plan's texts are rich text: a small subset of HTML (see richtextformat.h in
// models); text that does not start with a tag is plain text.
bool isHtml(const QString &text);
// Words in the text as a reader counts them, markup left out.
int wordCount(const QString &text);

// How deeply the HTML's elements nest (<p><b>x</b></p> is 2), read in one pass: void elements
// (<br>, <img> ...) and self-closed tags do not nest, a <p>, <li> or <td> closes the one left
// open before it, and an end tag closes what was opened inside it. Stops counting past
// `stopAfter`, so a hostile text costs no more than the limit it breaks. 0 for plain text.
int htmlNestingDepth(const QString &html, int stopAfter = 1 << 30);

} // namespace cplan
