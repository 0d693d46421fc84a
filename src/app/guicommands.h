#pragma once

#include <QString>

namespace cplan::app {

// Starts the main window on FILE (or, with none, on an unsaved copy of the bundled sample).
int runGui(const QString &file, bool readOnly);
// Renders the main window (1400x900) on a view to a PNG, offscreen; with readOnly as the
// user would see a plan opened read-only.
int takeScreenshot(const QString &outPath, const QString &viewKey, const QString &file, bool readOnly = false);

} // namespace cplan::app
