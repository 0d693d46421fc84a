#pragma once

#include "horizonchange.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class HorizonChangeDialog;
}

namespace cplan {

// Says in plain words what a change of start month, horizon or currency leaves
// outside the plan or changes (with counts and names), and offers Move, Keep,
// Drop or Cancel.
class HorizonChangeDialog : public QDialog {
  Q_OBJECT
public:
  explicit HorizonChangeDialog(const HorizonChange &change,
                               QWidget *parent = nullptr);
  ~HorizonChangeDialog() override;

  // The button pressed; nullopt after Cancel (or Escape, or closing the
  // window).
  std::optional<HorizonChoice> choice() const { return m_choice; }
  // What the dialog says, for tests: the question, one line per kind of record,
  // the choices.
  QString question() const;
  QStringList lines() const;
  QString choices() const;

private:
  void choose(HorizonChoice choice);

  std::unique_ptr<Ui::HorizonChangeDialog> m_ui;
  std::optional<HorizonChoice> m_choice;
};

} // namespace cplan
