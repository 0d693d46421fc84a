#pragma once

// Answers the plan settings' question (move, keep or drop what a change of
// start, horizon or currency affects) as a test says, and keeps what was asked.
#include "plansettingsprompts.h"

#include <QStringList>

namespace cplan::testing {

struct PlanSettingsAnswers {
  std::optional<HorizonChoice> choice; // nullopt: the person cancels
  QList<HorizonChange> asked;
};

class TestPlanSettingsPrompts : public PlanSettingsPrompts {
public:
  explicit TestPlanSettingsPrompts(PlanSettingsAnswers *answers)
      : m_answers(answers) {}
  std::optional<HorizonChoice>
  askHorizonChange(const HorizonChange &change) override {
    m_answers->asked.append(change);
    return m_answers->choice;
  }

private:
  PlanSettingsAnswers *m_answers;
};

} // namespace cplan::testing
