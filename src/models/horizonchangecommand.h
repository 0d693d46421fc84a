#pragma once

#include "horizonchange.h"

class QUndoCommand;

namespace cplan {

class Document;

// A change of start month, horizon or currency together with what the person
// chose to do with the records it affects (horizonchange.h), as one undo step:
// the settings, every moved or cut record, every dropped record and the
// comments on it. Undo puts all of it back.
QUndoCommand *makeHorizonChangeCommand(Document *document,
                                       const PlanSettings &after,
                                       HorizonChoice choice,
                                       const QString &text);

} // namespace cplan
