#pragma once

#include "views.h"

#include <QWidget>

namespace cplan {

class Document;

// A read-only page that shows what the plan holds for one area (segments, channels, phases,
// content ...) as tables with headline figures. Views that have an editor of their own
// replace it; until then the user still sees everything the plan says about the area.
class PlanAreaPage : public QWidget
{
    Q_OBJECT
public:
    PlanAreaPage(Document *document, View view, QWidget *parent = nullptr);
    void refresh();

private:
    Document *m_document;
    View m_view;
    QWidget *m_content = nullptr;
};

} // namespace cplan
