#include "plansettingsprompts.h"

#include "horizonchangedialog.h"

namespace cplan {

std::optional<HorizonChoice>
PlanSettingsPrompts::askHorizonChange(const HorizonChange &change) {
  HorizonChangeDialog dialog(change, m_parent);
  if (dialog.exec() != QDialog::Accepted)
    return std::nullopt;
  return dialog.choice();
}

} // namespace cplan
