#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cplan {

// The user's preferences and what the application remembers between sessions (QSettings).
class AppSettings
{
public:
    static int autosaveMinutes();
    static void setAutosaveMinutes(int minutes);
    static QString defaultCurrency();
    static void setDefaultCurrency(const QString &currency);
    static QString defaultTemplate(); // "" for a blank plan, or a bundled plan's key
    static void setDefaultTemplate(const QString &key);
    static QString language(); // "" = the system's
    static void setLanguage(const QString &language);
    static QString authorName();
    static void setAuthorName(const QString &name);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static constexpr int maximumRecentFiles = 10;

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    static QString lastView();
    static void setLastView(const QString &key);
};

} // namespace cplan
