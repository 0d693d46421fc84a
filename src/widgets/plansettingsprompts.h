#pragma once

#include "horizonchange.h"

#include <optional>

class QWidget;

namespace cplan {

// The question the plan settings ask when a change of start month, horizon or
// currency affects records, in one place so tests can answer it without a modal
// dialog (derive and override), like UserPrompts for the main window.
class PlanSettingsPrompts {
public:
  explicit PlanSettingsPrompts(QWidget *parent = nullptr) : m_parent(parent) {}
  virtual ~PlanSettingsPrompts() = default;

  // Move, keep or drop what the change affects; nullopt when the person
  // cancels.
  virtual std::optional<HorizonChoice>
  askHorizonChange(const HorizonChange &change);

protected:
  QWidget *m_parent;
};

} // namespace cplan
