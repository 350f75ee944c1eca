// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What this process holds in memory, for the server tests that prove a request costs the
// (in-process) server little whatever its size. Linux only, from /proc/self.

#include <QByteArray>
#include <QFile>

namespace nestje::server::testing {

// kB from /proc/self/status, e.g. "VmRSS", or "VmHWM" (the peak since the last reset).
inline qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Resets VmHWM to the current RSS ("5" in clear_refs).
inline bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace nestje::server::testing
