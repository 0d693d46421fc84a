#include "horizonchangecommand.h"

#include "commands.h"

#include <QHash>

namespace cplan {

namespace {

template <typename Record>
void collectRemoved(const Plan &before, const Plan &after,
                    QSet<RecordId> &removed) {
  QSet<RecordId> kept;
  for (const Record &record : RecordTraits<Record>::list(after))
    kept.insert(record.id);
  for (const Record &record : RecordTraits<Record>::list(before)) {
    if (!kept.contains(record.id))
      removed.insert(record.id);
  }
}

// Children that turn the document's list of `Record` into `after`'s: removals
// (later records first, so the indexes the children remember stay right), then
// changes by id.
template <typename Record>
void addListChanges(Document *document, const Plan &after,
                    QUndoCommand *parent) {
  const std::vector<Record> &before = document->records<Record>();
  QHash<RecordId, const Record *> kept;
  for (const Record &record : RecordTraits<Record>::list(after))
    kept.insert(record.id, &record);
  for (int i = int(before.size()) - 1; i >= 0; --i) {
    if (!kept.contains(before[std::size_t(i)].id))
      new RemoveRecordCommand<Record>(document, before[std::size_t(i)].id,
                                      parent->text(), parent);
  }
  for (const Record &record : before) {
    const Record *changed = kept.value(record.id);
    if (changed && !(*changed == record))
      new ChangeRecordCommand<Record>(document, *changed, parent->text(), {},
                                      parent);
  }
}

template <typename... Records>
void addAllChanges(Document *document, const Plan &after,
                   QUndoCommand *parent) {
  QSet<RecordId> removed;
  (collectRemoved<Records>(document->plan(), after, removed), ...);
  // Comments first, so undo puts them back after the records they are about.
  addCommentRemovals(document, removed, parent);
  (addListChanges<Records>(document, after, parent), ...);
}

} // namespace

QUndoCommand *makeHorizonChangeCommand(Document *document,
                                       const PlanSettings &after,
                                       HorizonChoice choice,
                                       const QString &text) {
  const Plan changed = applyHorizonChange(document->plan(), after, choice);
  auto *command = new QUndoCommand(text);
  addAllChanges<Segment, Channel, RolloutPhase, Kpi, FixedCost, Campaign,
                ContentItem>(document, changed, command);
  new ChangeSettingsCommand(document, after, text, {}, command);
  return command;
}

} // namespace cplan
