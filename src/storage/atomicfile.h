#pragma once

#include <QByteArray>
#include <QString>

namespace cplan::storage {

// The file that `path` names, absolute, with every symbolic link in the chain followed to its
// end (a -> b -> real/plan.cplan gives real/plan.cplan), also when that last file does not exist
// yet. A loop of links, or one longer than the system allows, gives `path` itself, absolute.
QString resolvedFilePath(const QString &path);

// Replaces `path` with `contents` so that at every instant the path holds either the old
// file or the new one, complete: write a temporary file in the same folder, flush it to the
// disk, rename it over the target, flush the folder. Keeps the old file's permissions.
// Saving through a chain of symbolic links replaces the file at its end; every link stays a link.
// On failure the target is untouched, the temporary file removed, and `error` says why.
bool writeFileAtomically(const QString &path, const QByteArray &contents, QString *error);

} // namespace cplan::storage
