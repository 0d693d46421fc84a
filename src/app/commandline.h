#pragma once

namespace cplan::app {

// Parses the command line, starts the GUI or runs one headless command; returns the exit code.
int run(int argc, char *argv[]);

} // namespace cplan::app
