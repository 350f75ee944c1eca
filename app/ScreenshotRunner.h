// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;

namespace nestje {
class AppController;

// Waits until the requested page has its data and images, saves the window as a PNG, and
// reports the exit code. Used by --screenshot to build docs/screenshots/ and by tests.
class ScreenshotRunner : public QObject
{
    Q_OBJECT
public:
    ScreenshotRunner(QQuickWindow *window, AppController *controller, QString file, QString page,
                     QObject *parent = nullptr);

    void start();
    static constexpr int timeoutMs = 60000;

signals:
    void finished(int exitCode);

private:
    void poll();
    bool pageIsReady() const;
    QString subPage() const; // "journal", "viewer", … or "" for a tab
    QString tabKey() const;
    void finish(int exitCode, const QString &message);

    QPointer<QQuickWindow> m_window;
    AppController *m_controller;
    QString m_file;
    QString m_page;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    int m_stablePolls = 0;
    bool m_subPageShown = false;
};

} // namespace nestje
