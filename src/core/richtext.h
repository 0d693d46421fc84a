#pragma once

#include <QString>

namespace cplan {

// The business plan's texts are rich text: a small subset of HTML (see richtextformat.h in
// models); text that does not start with a tag is plain text.
bool isHtml(const QString &text);
// Words in the text as a reader counts them, markup left out.
int wordCount(const QString &text);

} // namespace cplan
