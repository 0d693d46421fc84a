// One libFuzzer target per entry point of fuzzentries.h; CPLAN_FUZZ_TARGET names it.
// Built only with -DCPLAN_FUZZ=ON (bench/fuzz).
#include "fuzzentries.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const cplan::fuzz::Entry entry = cplan::fuzz::entryFor(QStringLiteral(CPLAN_FUZZ_TARGET));
    // A copy, as a file read gives it (QFile::readAll ends its bytes with a zero).
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const cplan::fuzz::Outcome outcome = entry(bytes);
    // CPLAN_FUZZ_SHOW=1 fuzz_TARGET FILE... prints what each input gives, as its .expected says it.
    static const bool show = qEnvironmentVariableIntValue("CPLAN_FUZZ_SHOW") == 1;
    if (show)
        std::fprintf(stderr, "%s\n", outcome.read ? "read" : qPrintable(QStringLiteral("error: ") + outcome.error));
    if (!outcome.broken.isEmpty()) {
        std::fprintf(stderr, "cplan fuzz (%s): %s\n", CPLAN_FUZZ_TARGET, qPrintable(outcome.broken));
        std::abort();
    }
    return 0;
}
