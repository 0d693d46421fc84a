#include "terminalprogress.h"

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CPLAN_ISATTY(fd) _isatty(fd)
#define CPLAN_FILENO(f) _fileno(f)
#else
#include <unistd.h>
#define CPLAN_ISATTY(fd) isatty(fd)
#define CPLAN_FILENO(f) fileno(f)
#endif

namespace cplan::app {

TerminalProgress::TerminalProgress(QString what) : m_what(std::move(what)), m_terminal(CPLAN_ISATTY(CPLAN_FILENO(stderr)) != 0)
{
    m_timer.start();
}

TerminalProgress::~TerminalProgress()
{
    if (m_shown) {
        std::fputs("\r\033[K", stderr); // the line is cleared: what follows starts clean
        std::fflush(stderr);
    }
}

bool TerminalProgress::update(int done, int total)
{
    if (!m_terminal || total <= 0)
        return true;
    const int percent = int(qint64(std::clamp(done, 0, total)) * 100 / total);
    if (percent == m_percent || (!m_shown && m_timer.elapsed() < 500))
        return true;
    m_percent = percent;
    m_shown = true;
    const QByteArray line = QStringLiteral("\r%1: %2 %").arg(m_what).arg(percent).toLocal8Bit();
    std::fputs(line.constData(), stderr);
    std::fflush(stderr);
    return true;
}

} // namespace cplan::app
