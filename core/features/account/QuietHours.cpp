// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/account/QuietHours.h"

#include <QSettings>

#include <algorithm>
#include <utility>

namespace nestje {

namespace {

constexpr int minutesPerDay = 24 * 60;

int minuteOfDay(const QDateTime &local)
{
    const QTime time = local.time();
    return time.hour() * 60 + time.minute();
}

int clampedMinutes(int minutes)
{
    return ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay;
}

} // namespace

bool QuietWindow::covers(const QDateTime &local) const
{
    if (!enabled || from == until)
        return false;
    const int now = minuteOfDay(local);
    return from < until ? (now >= from && now < until) : (now >= from || now < until);
}

QDateTime QuietWindow::end(const QDateTime &local) const
{
    if (!covers(local))
        return {};
    QDateTime end(local.date(), QTime(until / 60, until % 60), local.timeSpec());
    if (end <= local)
        end = end.addDays(1);
    return end;
}

QuietWindow QuietWindow::remembered()
{
    QSettings settings;
    QuietWindow window;
    window.enabled = settings.value(QStringLiteral("notifications/quietHours"), false).toBool();
    window.from = clampedMinutes(
        settings.value(QStringLiteral("notifications/quietFrom"), window.from).toInt());
    window.until = clampedMinutes(
        settings.value(QStringLiteral("notifications/quietUntil"), window.until).toInt());
    return window;
}

void QuietWindow::remember() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("notifications/quietHours"), enabled);
    settings.setValue(QStringLiteral("notifications/quietFrom"), from);
    settings.setValue(QStringLiteral("notifications/quietUntil"), until);
}

QuietHours::QuietHours(QObject *parent)
    : QObject(parent)
    , m_window(QuietWindow::remembered())
{
    // Two pages may show the setting (the overview pane and the stack): both follow.
    connect(QuietHoursNotifier::instance(), &QuietHoursNotifier::changed, this, [this] {
        m_window = QuietWindow::remembered();
        emit changed();
    });
}

QuietHoursNotifier *QuietHoursNotifier::instance()
{
    static QuietHoursNotifier notifier;
    return &notifier;
}

void QuietHours::store(const QuietWindow &window)
{
    window.remember();
    m_window = window;
    emit QuietHoursNotifier::instance()->changed();
}

void QuietHours::setEnabled(bool enabled)
{
    QuietWindow window = m_window;
    window.enabled = enabled;
    if (enabled != m_window.enabled)
        store(window);
}

void QuietHours::setFrom(int minutes)
{
    QuietWindow window = m_window;
    window.from = clampedMinutes(minutes);
    if (window.from != m_window.from)
        store(window);
}

void QuietHours::setUntil(int minutes)
{
    QuietWindow window = m_window;
    window.until = clampedMinutes(minutes);
    if (window.until != m_window.until)
        store(window);
}

QString QuietHours::timeText(int minutes) const
{
    const int m = clampedMinutes(minutes);
    return QTime(m / 60, m % 60).toString(QStringLiteral("HH:mm"));
}

QuietHoursGate::QuietHoursGate(Feed feed, QObject *parent)
    : QObject(parent)
    , m_feed(std::move(feed))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &QuietHoursGate::recheck);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire before the end
    connect(QuietHoursNotifier::instance(), &QuietHoursNotifier::changed, this,
            &QuietHoursGate::recheck);
}

void QuietHoursGate::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    recheck();
}

int QuietHoursGate::heldCount() const
{
    int count = 0;
    for (const QString &account : m_feed.accounts())
        count += int(m_feed.look(account).size());
    return count;
}

void QuietHoursGate::deliverNew(const QString &account)
{
    const QList<NewItem> items = m_feed.take(account);
    if (!items.isEmpty())
        m_feed.deliver(account, items); // one call per account: one summary each, not a flood
}

void QuietHoursGate::offer(const QString &account)
{
    if (!QuietWindow::remembered().covers(m_clock())) {
        deliverNew(account);
        return;
    }
    // Nothing waits yet: still take, so an account's first look (history, never notified) is
    // noted tonight and not shown tomorrow morning.
    if (m_feed.look(account).isEmpty()) {
        m_feed.take(account);
        return;
    }
    recheck(); // schedules the release
}

void QuietHoursGate::recheck()
{
    m_timer.stop();
    const QDateTime now = m_clock();
    const QuietWindow window = QuietWindow::remembered();
    if (!window.covers(now)) {
        // Only accounts with something waiting: an account whose first sync has not ended
        // must not take its first look now.
        for (const QString &account : m_feed.accounts()) {
            if (!m_feed.look(account).isEmpty())
                deliverNew(account);
        }
        return;
    }
    if (heldCount() == 0)
        return;
    const qint64 untilEnd = now.msecsTo(window.end(now));
    m_timer.start(int(std::clamp<qint64>(untilEnd, 0, recheckMs)));
}

} // namespace nestje
