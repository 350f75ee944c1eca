// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/archive/ArchiveManifest.h"

#include "features/archive/ArchiveLayout.h"

#include <QDir>

namespace nestje {

bool ArchiveManifest::open(const QString &root, QString *error)
{
    m_entries.clear();
    if (m_file.isOpen())
        m_file.close();
    const QString stateDir = root + QLatin1Char('/') + archivelayout::stateFolder();
    if (!QDir().mkpath(stateDir)) {
        if (error)
            *error =
                QObject::tr("The folder %1 cannot be written.").arg(QDir::toNativeSeparators(root));
        return false;
    }
    m_file.setFileName(root + QLatin1Char('/') + archivelayout::manifestFile());
    if (!m_file.open(QIODevice::ReadWrite)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    const QByteArray all = m_file.readAll();
    qsizetype lineStart = 0;
    qsizetype goodEnd = 0;
    while (lineStart < all.size()) {
        const qsizetype newline = all.indexOf('\n', lineStart);
        if (newline < 0)
            break; // cut off by a crash: not a record
        const QList<QByteArray> fields = all.mid(lineStart, newline - lineStart).split('\t');
        if (fields.size() == 3)
            m_entries.insert(QString::fromUtf8(fields[0]),
                             {QString::fromUtf8(fields[1]), fields[2].toLongLong()});
        lineStart = newline + 1;
        goodEnd = lineStart;
    }
    // Drop the torn tail, so the next line starts on a line of its own.
    if (goodEnd != all.size())
        m_file.resize(goodEnd);
    m_file.seek(goodEnd);
    return true;
}

bool ArchiveManifest::add(const QString &key, const QString &path, qint64 bytes)
{
    if (!m_file.isOpen())
        return false;
    const QByteArray line =
        key.toUtf8() + '\t' + path.toUtf8() + '\t' + QByteArray::number(bytes) + '\n';
    // One write per record, flushed at once: a kill between two files loses no record.
    if (m_file.write(line) != line.size() || !m_file.flush())
        return false;
    m_entries.insert(key, {path, bytes});
    return true;
}

} // namespace nestje
