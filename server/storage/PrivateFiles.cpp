// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nestje::server::privatefiles {

static void fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

bool makeDirectory(const QString &path, QString *error)
{
    const QString clean = QDir::cleanPath(path);
    if (QFileInfo(clean).isDir())
        return true;
    const QString parent = QFileInfo(clean).absolutePath();
    if (!QDir().mkpath(parent)) {
        fail(error, QStringLiteral("cannot create directory %1").arg(parent));
        return false;
    }
    // mkdir with 0700 rather than mkpath + chmod: no moment in which the directory is open.
    if (::mkdir(QFile::encodeName(clean).constData(), 0700) != 0 && errno != EEXIST) {
        fail(error, QStringLiteral("cannot create directory %1: %2")
                        .arg(clean, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    return true;
}

bool createFile(const QString &path, QString *error)
{
    // O_EXCL: an existing file is left exactly as it is.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
    if (errno == EEXIST)
        return true;
    fail(error, QStringLiteral("cannot create %1: %2")
                    .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    return false;
}

bool restrict(QFileDevice &file)
{
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QStringList exposedPaths(const QString &dataDir)
{
    QStringList exposed;
    const QDir dir(dataDir);
    for (const QString &name :
         {QString(), QStringLiteral("portal.sqlite"), QStringLiteral("portal.sqlite-wal"),
          QStringLiteral("portal.sqlite-shm"), QStringLiteral("mail-outbox"),
          QStringLiteral("media")}) {
        const QString path = name.isEmpty() ? QDir::cleanPath(dataDir) : dir.filePath(name);
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            continue; // not there yet: it will be created private
        if ((info.st_mode & 0077) != 0)
            exposed.append(QStringLiteral("%1 (mode %2)")
                               .arg(path)
                               .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0')));
    }
    return exposed;
}

} // namespace nestje::server::privatefiles
