#pragma once

#include <QElapsedTimer>
#include <QString>

namespace cplan::app {

// How far a long command has got, for a person watching the terminal: "Writing the report: 40 %"
// on stderr, redrawn in place and cleared at the end. Silent when stderr is not a terminal (a
// pipe, a log file, a test) and for jobs done within half a second.
class TerminalProgress
{
public:
    explicit TerminalProgress(QString what);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    // Always true: the command line has no cancel button (Ctrl+C stops the process).
    bool update(int done, int total);

private:
    QString m_what;
    bool m_terminal = false;
    bool m_shown = false;
    int m_percent = -1;
    QElapsedTimer m_timer;
};

} // namespace cplan::app
