#pragma once

#include <QByteArray>
#include <QString>

namespace cplan::storage {

// Replaces `path` with `contents` so that at every instant the path holds either the old
// file or the new one, complete: write a temporary file in the same folder, flush it to the
// disk, rename it over the target, flush the folder. Keeps the old file's permissions.
// On failure the target is untouched, the temporary file removed, and `error` says why.
bool writeFileAtomically(const QString &path, const QByteArray &contents, QString *error);

} // namespace cplan::storage
