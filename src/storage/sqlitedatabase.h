#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace cplan::storage {

// Memory from SQLite's allocator holding a database image, handed to SQLite without a copy.
class ImageBuffer
{
public:
    ImageBuffer() = default;
    explicit ImageBuffer(qsizetype size);
    ~ImageBuffer();
    ImageBuffer(const ImageBuffer &) = delete;
    ImageBuffer &operator=(const ImageBuffer &) = delete;
    ImageBuffer(ImageBuffer &&other) noexcept;
    ImageBuffer &operator=(ImageBuffer &&other) noexcept;

    bool isValid() const { return m_data != nullptr; }
    char *data() { return reinterpret_cast<char *>(m_data); }
    qsizetype size() const { return m_size; }
    QByteArrayView view() const { return QByteArrayView(reinterpret_cast<const char *>(m_data), m_size); }
    unsigned char *release();

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

// A small RAII wrapper over SQLite's C API. Errors are reported by return values plus
// lastError(); nothing throws. All values go through bound parameters.
class Statement;

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens a file that must exist, read-only, with defensive settings for files from
    // elsewhere (no trusted schema, no memory-mapped I/O, defensive mode).
    bool openReadOnly(const QString &path);
    // Opens a file that must exist for reading and writing, with the same defensive settings.
    bool openExisting(const QString &path);
    // Creates (or truncates) a database file to write a plan into.
    bool create(const QString &path);
    // A new, empty database in memory whose pages SQLite can hand out without a copy
    // (sqlite3_serialize with SQLITE_SERIALIZE_NOCOPY).
    bool createInMemory();
    // Takes a whole database image into memory (sqlite3_deserialize), so checks and
    // migrations run on a private copy and the file on disk is never touched.
    bool openInMemory(ImageBuffer image);
    void close();

    bool isOpen() const { return m_db != nullptr; }
    // A prepared statement kept for the life of the connection, reset and ready to bind.
    // `sql` must be a string literal: its address is the key.
    Statement &cached(const char *sql);
    bool execute(const char *sql);
    std::optional<std::int64_t> pragmaInteger(const char *pragma);
    bool tableExists(const QString &name);

    QString lastError() const { return m_error; }
    int lastErrorCode() const { return m_errorCode; }
    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    bool applyDefensiveSettings();
    void rememberError(int code);

    sqlite3 *m_db = nullptr;
    QString m_error;
    int m_errorCode = 0;
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_statements;
};

class Statement
{
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // True when a step ended in an error rather than a row or the end.
    bool failed() const { return m_failed; }

    // Bind by position (1-based).
    void bind(int index, const QString &value);
    // Text already in UTF-8 (ids, dates, keys): no conversion.
    void bindUtf8(int index, const QByteArray &value);
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, std::int64_t(value)); }
    void bind(int index, double value);
    void bindNull(int index);
    template<typename T>
    void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // Runs one step: true when a row is ready (next()) or the statement finished (exec()).
    bool next();
    bool exec();
    // Back to the start for the next row of an insert, bindings cleared.
    void reset();

    int columnCount() const;
    // What a column of the current row holds (SQLite stores any type in any column).
    enum class Type { Integer, Real, Text, Blob, Null };
    Type type(int column) const;
    // The column's name in the query: the table's column name for a plain SELECT.
    QString columnName(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step; for ids and dates that are parsed.
    QByteArrayView utf8(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::optional<std::int64_t> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

} // namespace cplan::storage
