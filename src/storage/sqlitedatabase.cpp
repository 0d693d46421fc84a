#include "sqlitedatabase.h"

#include <QFile>

#include <sqlite3.h>

#include <utility>

namespace cplan::storage {

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_error(std::move(other.m_error)), m_errorCode(other.m_errorCode)
{
    other.m_statements.clear();
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        other.m_statements.clear();
        m_db = std::exchange(other.m_db, nullptr);
        m_error = std::move(other.m_error);
        m_errorCode = other.m_errorCode;
    }
    return *this;
}

void Database::close()
{
    m_statements.clear(); // finalized before the connection closes
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::rememberError(int code)
{
    m_errorCode = code;
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(code));
}

bool Database::applyDefensiveSettings()
{
    int unused = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &unused);
#ifdef SQLITE_DBCONFIG_TRUSTED_SCHEMA
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &unused);
#endif
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &unused);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &unused);
    sqlite3_extended_result_codes(m_db, 1);
    return execute("PRAGMA mmap_size=0") && execute("PRAGMA cell_size_check=ON")
           && execute("PRAGMA foreign_keys=ON");
}

bool Database::openReadOnly(const QString &path)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        rememberError(rc);
        close();
        return false;
    }
    return applyDefensiveSettings();
}

bool Database::openExisting(const QString &path)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        rememberError(rc);
        close();
        return false;
    }
    return applyDefensiveSettings();
}

bool Database::create(const QString &path)
{
    close();
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        rememberError(rc);
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return execute("PRAGMA foreign_keys=ON");
}

bool Database::createInMemory()
{
    close();
    // A "memdb" database; a name without a leading '/' keeps it private to this connection.
    const int rc = sqlite3_open_v2("file:plan?vfs=memdb", &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        rememberError(rc);
        close();
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

bool Database::openInMemory(ImageBuffer image)
{
    close();
    int rc = sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK || !image.isValid()) {
        rememberError(rc != SQLITE_OK ? rc : SQLITE_NOMEM);
        close();
        return false;
    }
    const auto size = sqlite3_int64(image.size());
    rc = sqlite3_deserialize(m_db, "main", image.release(), size, size,
                             SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        rememberError(rc);
        close();
        return false;
    }
    return applyDefensiveSettings();
}

ImageBuffer::ImageBuffer(qsizetype size)
    : m_data(static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size > 0 ? size : 1)))), m_size(m_data ? size : 0)
{
}

ImageBuffer::~ImageBuffer()
{
    sqlite3_free(m_data);
}

ImageBuffer::ImageBuffer(ImageBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

ImageBuffer &ImageBuffer::operator=(ImageBuffer &&other) noexcept
{
    if (this != &other) {
        sqlite3_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

unsigned char *ImageBuffer::release()
{
    m_size = 0;
    return std::exchange(m_data, nullptr);
}

Statement &Database::cached(const char *sql)
{
    std::unique_ptr<Statement> &statement = m_statements[sql];
    if (!statement)
        statement = std::make_unique<Statement>(*this, sql);
    else
        statement->reset();
    return *statement;
}

bool Database::execute(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_errorCode = rc;
        m_error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::optional<std::int64_t> Database::pragmaInteger(const char *pragma)
{
    Statement statement(*this, pragma);
    if (!statement.isValid() || !statement.next())
        return std::nullopt;
    return statement.integer(0);
}

bool Database::tableExists(const QString &name)
{
    Statement statement(*this, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    statement.bind(1, name);
    return statement.isValid() && statement.next();
}

Statement::Statement(Database &db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db.m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        db.rememberError(rc);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

void Statement::bindUtf8(int index, const QByteArray &value)
{
    sqlite3_bind_text64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_db.rememberError(rc);
    }
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    m_failed = true;
    m_db.rememberError(rc);
    return false;
}

void Statement::reset()
{
    m_failed = false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Statement::Type Statement::type(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return Type::Integer;
    case SQLITE_FLOAT:
        return Type::Real;
    case SQLITE_TEXT:
        return Type::Text;
    case SQLITE_BLOB:
        return Type::Blob;
    default:
        return Type::Null;
    }
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optionalReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

} // namespace cplan::storage
