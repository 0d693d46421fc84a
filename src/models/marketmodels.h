#pragma once

#include "recordtablemodel.h"

namespace cplan {

// Segments: name, needs, customers, annual spend, shares, and their TAM / SAM / SOM.
enum SegmentColumn { SegmentName, SegmentCustomers, SegmentSpend, SegmentServiceable, SegmentObtainable,
                     SegmentTam, SegmentSam, SegmentSom, SegmentNeeds };
RecordTableModel<Segment> *makeSegmentsModel(Document *document, QObject *parent = nullptr);

} // namespace cplan
