#pragma once

#include <QIcon>
#include <QString>

namespace cplan {

// The application's bundled icons (resources/icons/<name>.svg): "new", "open", "save", "save-as",
// "print", "export-pdf", "undo", "redo", "cut", "copy", "paste", "find", "help", "comment", "add",
// "remove", "settings", and one per view, named by the view's key ("overview", "channels" …). Where
// the desktop's icon theme has the freedesktop icon of the same meaning ("document-save" for
// "save"), the theme's icon wins, so the application fits in.
QIcon appIcon(const QString &name);

} // namespace cplan
