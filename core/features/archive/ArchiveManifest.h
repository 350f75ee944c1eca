// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QHash>
#include <QString>

namespace nestje {

// What an archive folder already holds: one line per saved file, "key<TAB>path<TAB>bytes",
// appended (and flushed) the moment the file got its final name. Appending costs one short
// write per file whatever the archive's size; a line cut off by a crash is dropped on load
// (the file it names is found again by ArchiveRun's look at the folder). Keys are
// "<child id>/<media id>": a photo of two children is saved in both children's folders.
class ArchiveManifest
{
public:
    struct Entry
    {
        QString path; // relative to the archive's folder
        qint64 bytes = 0;
    };

    // Reads <root>/.nestje-archief/manifest.tsv (none yet: empty). False with a reason when
    // the folder cannot be written.
    bool open(const QString &root, QString *error = nullptr);
    bool contains(const QString &key) const { return m_entries.contains(key); }
    Entry entry(const QString &key) const { return m_entries.value(key); }
    const QHash<QString, Entry> &entries() const { return m_entries; }
    // Records a saved file. False when the line could not be written (disk full).
    bool add(const QString &key, const QString &path, qint64 bytes);

private:
    QFile m_file;
    QHash<QString, Entry> m_entries;
};

} // namespace nestje
