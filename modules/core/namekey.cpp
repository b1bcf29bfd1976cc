#include "core/namekey.h"

#include <QByteArray>

#include <unicode/ucol.h>

#include <memory>

namespace ltc {
namespace {

struct CollatorCloser {
    void operator()(UCollator *collator) const { ucol_close(collator); }
};
using Collator = std::unique_ptr<UCollator, CollatorCloser>;

// One collator per thread: an ICU collator is not to be shared between threads.
UCollator *chineseCollator()
{
    thread_local const Collator collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        Collator opened(ucol_open("zh", &status));
        return U_FAILURE(status) ? Collator() : std::move(opened);
    }();
    return collator.get();
}

} // namespace

QString nameSortKey(const QString &name)
{
    UCollator *collator = chineseCollator();
    if (!collator)
        return name;  // without ICU's data: code point order, still one order everywhere
    const auto *text = reinterpret_cast<const UChar *>(name.utf16());
    QByteArray key(64, Qt::Uninitialized);
    int32_t length = ucol_getSortKey(collator, text, int32_t(name.size()), reinterpret_cast<uint8_t *>(key.data()),
                                     int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(collator, text, int32_t(name.size()), reinterpret_cast<uint8_t *>(key.data()),
                                 int32_t(key.size()));
    }
    key.truncate(std::max(0, length - 1));  // without the terminating zero byte
    return QString::fromLatin1(key.toHex());
}

} // namespace ltc
