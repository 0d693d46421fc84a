#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cplan {

namespace {

QVariant value(const char *key, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}

void setValue(const char *key, const QVariant &v)
{
    QSettings().setValue(QLatin1String(key), v);
}

} // namespace

int AppSettings::autosaveMinutes()
{
    return qBound(1, value("autosave/minutes", 2).toInt(), 60);
}

void AppSettings::setAutosaveMinutes(int minutes)
{
    setValue("autosave/minutes", qBound(1, minutes, 60));
}

QString AppSettings::defaultCurrency()
{
    return value("newPlan/currency", QStringLiteral("EUR")).toString();
}

void AppSettings::setDefaultCurrency(const QString &currency)
{
    setValue("newPlan/currency", currency);
}

QString AppSettings::defaultTemplate()
{
    return value("newPlan/template").toString();
}

void AppSettings::setDefaultTemplate(const QString &key)
{
    setValue("newPlan/template", key);
}

QString AppSettings::language()
{
    return value("interface/language").toString();
}

void AppSettings::setLanguage(const QString &language)
{
    setValue("interface/language", language);
}

QString AppSettings::authorName()
{
    return value("review/author").toString();
}

void AppSettings::setAuthorName(const QString &name)
{
    setValue("review/author", name);
}

QStringList AppSettings::recentFiles()
{
    return value("files/recent").toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    setValue("files/recent", files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setValue("files/recent", files);
}

QByteArray AppSettings::windowGeometry()
{
    return value("window/geometry").toByteArray();
}

QByteArray AppSettings::windowState()
{
    return value("window/state").toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    setValue("window/geometry", geometry);
    setValue("window/state", state);
}

QString AppSettings::lastView()
{
    return value("window/lastView", QStringLiteral("overview")).toString();
}

void AppSettings::setLastView(const QString &key)
{
    setValue("window/lastView", key);
}

} // namespace cplan
