#pragma once

#include "recordtablemodel.h"

namespace cplan {

// Segments: name, needs, customers, annual spend, shares, and their TAM / SAM / SOM.
enum SegmentColumn { SegmentName, SegmentCustomers, SegmentSpend, SegmentServiceable, SegmentObtainable,
                     SegmentTam, SegmentSam, SegmentSom, SegmentNeeds };
RecordTableModel<Segment> *makeSegmentsModel(Document *document, QObject *parent = nullptr);

// Personas: who they are, the segment they belong to, what moves them, where to reach them.
enum PersonaColumn { PersonaName, PersonaSegment, PersonaMotivations, PersonaInterests, PersonaNeeds,
                     PersonaWhereToReach };
RecordTableModel<Persona> *makePersonasModel(Document *document, QObject *parent = nullptr);

// Competitors: offering, strengths, weaknesses, pricing, website.
enum CompetitorColumn { CompetitorName, CompetitorOffering, CompetitorStrengths, CompetitorWeaknesses,
                        CompetitorPricing, CompetitorWebsite };
RecordTableModel<Competitor> *makeCompetitorsModel(Document *document, QObject *parent = nullptr);

} // namespace cplan
