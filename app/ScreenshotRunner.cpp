// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenshotRunner.h"

#include "ScreenshotPages.h"
#include "accounts/AccountSession.h"

#include "shell/AppController.h"

#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

namespace nestje {

namespace {
// An Image, AnimatedImage or IconImage that is still loading keeps the screenshot waiting.
bool hasLoadingImage(const QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    if (item->inherits("QQuickImageBase")) {
        constexpr int loadingStatus = 2; // QQuickImageBase::Loading
        if (item->property("status").toInt() == loadingStatus)
            return true;
    }
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.begin(), children.end(), hasLoadingImage);
}

// A StackView that is pushing or popping keeps the screenshot waiting: a sub-page slides in
// for 200 ms, and a grab in that time caught it half-way, over the page below.
bool hasBusyStackView(const QQuickItem *item)
{
    if (!item->isVisible())
        return false;
    if (item->inherits("QQuickStackView") && item->property("busy").toBool())
        return true;
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.begin(), children.end(), hasBusyStackView);
}
} // namespace

ScreenshotRunner::ScreenshotRunner(QQuickWindow *window, AppController *controller, QString file,
                                   QString page, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_file(std::move(file))
    , m_page(std::move(page))
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotRunner::poll);
}

void ScreenshotRunner::start()
{
    m_elapsed.start();
    m_timer.start();
}

QString ScreenshotRunner::subPage() const
{
    const std::optional<ScreenshotPage> page = screenshotPage(m_page);
    return page && page->target ? m_page : QString();
}

QString ScreenshotRunner::tabKey() const
{
    const std::optional<ScreenshotPage> page = screenshotPage(m_page);
    return page ? page->tab : m_page;
}

bool ScreenshotRunner::pageIsReady() const
{
    if (m_controller->login()->isBusy() || m_controller->accounts()->isAdding() ||
        m_controller->session()->isSyncing())
        return false; // the page shows its data, not a half-finished first sync
    const bool wantLogin = m_page == QLatin1String("login");
    const auto wantedScreen = wantLogin ? AppController::LoginScreen : AppController::MainScreen;
    if (m_controller->screen() != wantedScreen)
        return false;
    if (!wantLogin && m_controller->currentTab() != m_controller->tabs()->indexOfKey(tabKey()))
        return false;
    if (!subPage().isEmpty() && !m_subPageShown)
        return false;
    return !hasBusyStackView(m_window->contentItem()) && !hasLoadingImage(m_window->contentItem());
}

void ScreenshotRunner::poll()
{
    if (!m_window) {
        finish(1, QStringLiteral("the window was closed"));
        return;
    }
    if (m_elapsed.elapsed() > timeoutMs) {
        finish(1, QStringLiteral("the page did not finish loading within %1 s; %2")
                      .arg(timeoutMs / 1000)
                      .arg(m_controller->login()->error()));
        return;
    }
    if (m_controller->screen() == AppController::MainScreen && m_page != QLatin1String("login"))
        m_controller->setCurrentTab(m_controller->tabs()->indexOfKey(tabKey()));
    // A sub-page of a tab opens once the tab has shown its (synced) data for a while.
    if (!subPage().isEmpty() && !m_subPageShown) {
        m_subPageShown = true; // pageIsReady() asks about the tab only
        const bool tabReady = pageIsReady();
        m_subPageShown = false;
        m_stablePolls = tabReady ? m_stablePolls + 1 : 0;
        if (m_stablePolls >= 3) {
            AccountSession *account = m_controller->session()->account();
            const std::optional<ScreenshotPage> page = screenshotPage(m_page);
            const ScreenshotState state = screenshotState(m_page);
            if (account && page) {
                if (state.before)
                    state.before(*m_controller, *account);
                m_controller->open(page->tab, page->target(*account->database()));
            }
            m_subPageShown = true;
            m_stablePolls = 0;
        }
        return;
    }
    // A page's state after its link (an open dropdown, a zoom) is set up before it counts as ready.
    const ScreenshotState state = screenshotState(m_page);
    const bool stateReady = !state.after || state.after(m_window->contentItem());
    // A few consecutive ready polls let layouts and fades settle before the grab.
    m_stablePolls = stateReady && pageIsReady() ? m_stablePolls + 1 : 0;
    if (m_stablePolls < 3)
        return;
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_file, "PNG")) {
        finish(1, QStringLiteral("could not write %1").arg(m_file));
        return;
    }
    finish(0, {});
}

void ScreenshotRunner::finish(int exitCode, const QString &message)
{
    m_timer.stop();
    if (!message.isEmpty())
        QTextStream(stderr) << "nestje --screenshot: " << message << '\n';
    emit finished(exitCode);
}

} // namespace nestje
