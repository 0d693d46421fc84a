#pragma once

#include "plan.h"

#include <QWidget>

#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;

namespace cplan {

class Document;
class RecordListPanel;
class RecordTableModelBase;
template<typename Record>
class RecordForm;

// The market: segments with their size (TAM / SAM / SOM per segment and in total, with a
// chart), customer personas and competitors, each list with a detail form.
class MarketPage : public QWidget
{
    Q_OBJECT
public:
    explicit MarketPage(Document *document, QWidget *parent = nullptr);
    ~MarketPage() override;

    RecordListPanel *segmentsPanel() const { return m_segments; }
    RecordListPanel *personasPanel() const { return m_personas; }
    RecordListPanel *competitorsPanel() const { return m_competitors; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *createSegmentsTab();
    QWidget *createPersonasTab();
    QWidget *createCompetitorsTab();
    void refreshTotals();
    void showPersona(const RecordId &id);

    Document *m_document;
    QTabWidget *m_tabs = nullptr;
    RecordListPanel *m_segments = nullptr;
    RecordListPanel *m_personas = nullptr;
    RecordListPanel *m_competitors = nullptr;
    QLabel *m_totals = nullptr;
    QChartView *m_chart = nullptr;
    std::unique_ptr<RecordForm<Persona>> m_personaForm;
    std::unique_ptr<RecordForm<Competitor>> m_competitorForm;
    QComboBox *m_personaSegment = nullptr;
    RecordTableModelBase *m_personaModel = nullptr;
};

} // namespace cplan
