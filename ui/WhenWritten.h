#pragma once

#include "storage/WriteResult.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace stint {

// Calls `done` in `context`'s thread with the answer to a write, unless `context` died first. A
// QFutureWatcher rather than QFuture::then(context): Qt 6.4's context continuations are not safe
// when the future finishes in another thread at the wrong moment.
template<typename Done>
void whenWritten(QObject *context, QFuture<WriteResult> future, Done done)
{
    auto *watcher = new QFutureWatcher<WriteResult>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0) {
            done(WriteResult{
                0, StoreError::Closed, QCoreApplication::translate("stint", "the datastore gave no answer"), {}, {}});
            return;
        }
        done(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace stint
