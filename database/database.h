#pragma once
// The local SQLite store. One file, WAL journal (readers never block the writer, and a crash
// leaves either the last committed transaction or the one before it), foreign keys on.
// QSqlDatabase connections must not cross threads, so each thread asks for its own:
// connection() opens one per (database, thread) on first use, with the same pragmas.
#include <QSqlDatabase>
#include <QString>

namespace ltc {

// False once QCoreApplication has ended. A thread that ends later (a pool's, while the process's
// statics are destroyed) must leave QtSql's registry of connections alone: it may be gone
// already, and touching it crashed the process at exit. Its connections die with the process.
bool sqlRegistryUsable();

class Database {
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating the folder and file) the calling thread's connection. Returns false and
    // sets *error when the file cannot be opened.
    bool open(QString *error = nullptr);
    QString path() const { return m_path; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;

    // The per-user default: <AppDataLocation>/ltcdesk.sqlite
    static QString defaultPath();

private:
    QString connectionName() const;
    QString m_path;
    QString m_id;
};

} // namespace ltc
