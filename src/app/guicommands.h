#pragma once

#include <QSize>
#include <QString>

namespace cplan::app {

// How FILE opens: for editing, read-only (--read-only) or for review (--review).
enum class OpenAs { Edit, ReadOnly, Review };

// Starts the main window on FILE (or, with none, on an unsaved copy of the bundled sample).
int runGui(const QString &file, OpenAs openAs);
// Renders the main window (1400x900 unless `size` says otherwise) on a view to a PNG,
// offscreen, with FILE opened as the user would see it opened that way.
// With `compareWith` (--compare-with OLD) the plan is first compared with OLD: the Overview shows
// "changed since", and the view "compare" renders the Compare view itself.
int takeScreenshot(const QString &outPath, const QString &viewKey, const QString &file, OpenAs openAs = OpenAs::Edit,
                   const QString &compareWith = {}, QSize size = QSize(1400, 900));

} // namespace cplan::app
