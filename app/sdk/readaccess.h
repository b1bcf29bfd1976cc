#pragma once
// How a module's screens read the store: through a read-only connection of the calling thread.
// A statement that writes fails on it ("attempt to write a readonly database"), so a screen can
// change data only through ModuleContext::execute() and importFile(), which check, audit and
// queue every change. TEMP tables still work (a review sample, a screen's own working set): they
// live in the connection, not in the file.
#include <QSqlDatabase>

namespace ltc {

class ReadAccess {
public:
    virtual ~ReadAccess() = default;
    // The calling thread's read-only connection, opened on first use; any thread may ask (a
    // count or a preview on a worker thread gets its own). Use it on the thread that asked.
    virtual QSqlDatabase readConnection() const = 0;
};

} // namespace ltc
