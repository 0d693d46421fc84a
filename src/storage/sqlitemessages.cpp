#include "sqlitemessages.h"

#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <sqlite3.h>

namespace cplan::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanFile", text);
}

// A name SQLite quoted in its message (a table or a column), shortened so the
// line stays short.
QString shortName(const QString &name)
{
    QString simple = name.simplified();
    if (simple.size() > 40)
        simple = simple.left(39) + QChar(0x2026);
    return simple;
}

} // namespace

QString plainSqliteProblem(int resultCode, const QString &sqliteText)
{
    static const QRegularExpression missingColumn(QStringLiteral("^no such column: (.+)$"));
    static const QRegularExpression missingTable(QStringLiteral("^no such table: (?:main\\.)?(.+)$"));
    const QString text = sqliteText.trimmed();
    if (const QRegularExpressionMatch m = missingColumn.match(text); m.hasMatch())
        return tr("the column %1 is missing").arg(shortName(m.captured(1)));
    if (const QRegularExpressionMatch m = missingTable.match(text); m.hasMatch())
        return tr("the table %1 is missing").arg(shortName(m.captured(1)));
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("orphan index"))
        || text.contains(QLatin1String("corrupt")))
        return tr("its internal structure is broken");
    switch (resultCode & 0xff) {
    case SQLITE_CORRUPT: return tr("its internal structure is broken");
    case SQLITE_NOTADB: return tr("it is not an SQLite database");
    case SQLITE_NOMEM: return tr("there is not enough memory to read it");
    case SQLITE_IOERR: return tr("the disk reported an error while reading it");
    case SQLITE_FULL: return tr("the disk is full");
    case SQLITE_CANTOPEN: return tr("the file cannot be opened");
    case SQLITE_PERM:
    case SQLITE_AUTH: return tr("access to it was refused");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return tr("another program is writing to it right now");
    case SQLITE_READONLY: return tr("it cannot be written");
    case SQLITE_TOOBIG: return tr("a value in it is too large");
    case SQLITE_CONSTRAINT: return tr("a row breaks the plan's rules");
    case SQLITE_MISMATCH: return tr("a value has the wrong type");
    case SQLITE_SCHEMA:
    case SQLITE_ERROR:
        if (text.startsWith(QLatin1String("no such module")) || text.startsWith(QLatin1String("no such function"))
            || text.startsWith(QLatin1String("unknown function")) || text.contains(QLatin1String("unsafe use")))
            return tr("it uses a database feature Campaign Planner does not have");
        return tr("its tables are not laid out as a plan's are");
    default: return tr("SQLite could not read it");
    }
}

QString plainSqliteProblem(const Database &db)
{
    return plainSqliteProblem(db.lastErrorCode(), db.lastError());
}

} // namespace cplan::storage
