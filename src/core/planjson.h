#pragma once

#include "plan.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cplan {

// The JSON interchange format (docs/json-format.md). Lossless: export -> import -> export
// gives byte-identical JSON.
constexpr int jsonFormatVersion = 1;

QByteArray planToJson(const Plan &plan);

struct JsonImportResult
{
    std::optional<Plan> plan;
    // Plain language, with where: "line 12, column 5: ..." for syntax errors and
    // "channels[2].leadRate: ..." for values.
    QString error;
};

// Reads and validates a plan: the result holds a plan only when every value is in range.
// Pass the text with std::move to let its memory go as soon as it is parsed.
JsonImportResult planFromJson(QByteArray json);

} // namespace cplan
