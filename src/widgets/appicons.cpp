#include "appicons.h"

#include <QHash>

namespace cplan {

namespace {

// The freedesktop icon naming specification's names; views have none, so theirs are ours.
QString themeNameOf(const QString &name)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("new"), QStringLiteral("document-new")},
        {QStringLiteral("open"), QStringLiteral("document-open")},
        {QStringLiteral("save"), QStringLiteral("document-save")},
        {QStringLiteral("save-as"), QStringLiteral("document-save-as")},
        {QStringLiteral("print"), QStringLiteral("document-print")},
        {QStringLiteral("export-pdf"), QStringLiteral("document-export")},
        {QStringLiteral("undo"), QStringLiteral("edit-undo")},
        {QStringLiteral("redo"), QStringLiteral("edit-redo")},
        {QStringLiteral("cut"), QStringLiteral("edit-cut")},
        {QStringLiteral("copy"), QStringLiteral("edit-copy")},
        {QStringLiteral("paste"), QStringLiteral("edit-paste")},
        {QStringLiteral("find"), QStringLiteral("edit-find")},
        {QStringLiteral("help"), QStringLiteral("help-contents")},
        {QStringLiteral("add"), QStringLiteral("list-add")},
        {QStringLiteral("remove"), QStringLiteral("list-remove")},
        {QStringLiteral("settings"), QStringLiteral("preferences-system")},
    };
    return names.value(name, QStringLiteral("campaign-planner-") + name);
}

} // namespace

QIcon appIcon(const QString &name)
{
    // One QIcon per name: the SVG is parsed once and every size is drawn from it.
    static QHash<QString, QIcon> cache;
    auto found = cache.constFind(name);
    if (found != cache.constEnd())
        return *found;
    const QIcon bundled(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    const QIcon icon = QIcon::fromTheme(themeNameOf(name), bundled);
    cache.insert(name, icon);
    return icon;
}

} // namespace cplan
