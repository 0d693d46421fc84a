#include "recoverystore.h"

#include "atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>
#include <QCoreApplication>

#include <cerrno>
#include <signal.h>

namespace cplan::storage {

namespace {

QString notePathOf(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".json");
}

} // namespace

RecoveryStore::RecoveryStore(QString folder) : m_folder(std::move(folder)) { }

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::recoveryPathFor(const QString &planPath, const QString &untitledKey) const
{
    if (planPath.isEmpty())
        return m_folder + QStringLiteral("/untitled-") + untitledKey + QStringLiteral(".cplan");
    const QByteArray key = QCryptographicHash::hash(QFileInfo(planPath).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1).toHex().left(16);
    return m_folder + QStringLiteral("/") + QFileInfo(planPath).completeBaseName() + QLatin1Char('-')
           + QString::fromLatin1(key) + QStringLiteral(".cplan");
}

bool RecoveryStore::write(const QByteArray &image, const QString &planName, const QString &planPath,
                          const QString &untitledKey, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QString path = recoveryPathFor(planPath, untitledKey);
    if (image.isEmpty() || !writeFileAtomically(path, image, error))
        return false;
    const QJsonObject note{{QStringLiteral("plan"), planPath.isEmpty() ? QString() : QFileInfo(planPath).absoluteFilePath()},
                           {QStringLiteral("name"), planName},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                           {QStringLiteral("host"), QSysInfo::machineHostName()}};
    return writeFileAtomically(notePathOf(path), QJsonDocument(note).toJson(), error);
}

std::optional<RecoveryEntry> RecoveryStore::readEntry(const QString &recoveryPath) const
{
    QFile file(notePathOf(recoveryPath));
    if (!QFileInfo::exists(recoveryPath) || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
    RecoveryEntry entry;
    entry.recoveryPath = recoveryPath;
    entry.planPath = note.value(QStringLiteral("plan")).toString();
    entry.planName = note.value(QStringLiteral("name")).toString();
    entry.savedAt = QDateTime::fromString(note.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    entry.ownerPid = note.value(QStringLiteral("pid")).toInteger();
    entry.ownerHost = note.value(QStringLiteral("host")).toString();
    if (!entry.savedAt.isValid())
        entry.savedAt = QFileInfo(recoveryPath).lastModified().toUTC();
    return entry;
}

std::optional<RecoveryEntry> RecoveryStore::entryFor(const QString &planPath, const QString &untitledKey) const
{
    return readEntry(recoveryPathFor(planPath, untitledKey));
}

std::vector<RecoveryEntry> RecoveryStore::untitledEntries() const
{
    std::vector<RecoveryEntry> entries;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("untitled-*.cplan")}, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        if (auto entry = readEntry(m_folder + QLatin1Char('/') + name))
            entries.push_back(*entry);
    }
    return entries;
}

std::vector<RecoveryEntry> RecoveryStore::savedPlanEntries() const
{
    std::vector<RecoveryEntry> entries;
    const QStringList files = QDir(m_folder).entryList({QStringLiteral("*.cplan")}, QDir::Files, QDir::Time);
    for (const QString &name : files) {
        if (name.startsWith(QLatin1String("untitled-")))
            continue;
        if (auto entry = readEntry(m_folder + QLatin1Char('/') + name); entry && !entry->planPath.isEmpty())
            entries.push_back(*entry);
    }
    return entries;
}

bool RecoveryEntry::ownerIsRunning() const
{
    if (ownerPid <= 0 || ownerHost != QSysInfo::machineHostName())
        return false;
    if (ownerPid == QCoreApplication::applicationPid())
        return false; // this instance: its own copy from before is fair game
    return ::kill(pid_t(ownerPid), 0) == 0 || errno == EPERM;
}

QString RecoveryEntry::untitledKey() const
{
    const QString name = QFileInfo(recoveryPath).completeBaseName();
    return name.startsWith(QLatin1String("untitled-")) ? name.mid(9) : QString();
}

void RecoveryStore::remove(const QString &recoveryPath) const
{
    QFile::remove(recoveryPath);
    QFile::remove(notePathOf(recoveryPath));
}

} // namespace cplan::storage
