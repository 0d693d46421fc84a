#pragma once

#include "userprompts.h"

#include <memory>

class QMessageBox;
class QWidget;

namespace cplan {

// The question Save asks when another program changed the plan's file on disk. Its buttons are
// named reloadButton, compareButton, saveCopyButton and cancelButton (tests click them).
std::unique_ptr<QMessageBox> makeChangedOnDiskBox(QWidget *parent, const QString &fileName);
// The answer given in that box, once closed (Cancel when closed without a choice).
UserPrompts::DiskChangeChoice diskChangeChoice(const QMessageBox &box);

} // namespace cplan
