#pragma once

// Runs the real campaign-planner binary (CPLAN_BINARY, set by the test's CMake target) and
// keeps what it said. Numbers come out as in the C locale ("1500.00 EUR") on any machine.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace cplan::testing {

struct Run
{
    int exitCode = -1; // -1 when it crashed or did not finish
    QString out;
    QString err;
};

inline Run run(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(CPLAN_BINARY));
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace cplan::testing
