// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

#include <memory>

class QTcpSocket;

// An HTTP proxy on loopback that misbehaves like a bad mobile network or a flaky load balancer
// in front of a portal. Every request gets one fault (or none) drawn from a seeded generator:
// the connection dropped before the server saw the request, dropped after the server answered
// (the client never hears that its write went through), delayed, reset halfway through the
// answer, or answered 502/503 by the "load balancer". It speaks just enough HTTP/1.1 for the
// app's requests (Content-Length bodies) and closes each connection after one exchange.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        DropBefore,
        DropAfter,
        Delay,
        ResetMidAnswer,
        Answer502,
        Answer503
    };
    Q_ENUM(Fault)

    FaultProxy(quint16 upstreamPort, quint32 seed, QObject *parent = nullptr);

    // Listens on 127.0.0.1; returns the port, 0 on failure.
    quint16 listen();
    // Share of requests that get a fault, 0..1.
    void setFaultRate(double rate) { m_faultRate = rate; }
    // Every request whose request line contains `pathPart` gets `fault` (None: passes) after
    // `delayMs`, instead of a drawn one: a failure that comes late, after later requests' answers.
    void setFaultFor(const QByteArray &pathPart, Fault fault, int delayMs = 0)
    {
        m_rules.append({pathPart, fault, delayMs});
    }
    // How often each fault happened (None included).
    QHash<Fault, int> counts() const { return m_counts; }

private:
    struct Exchange;
    void accept();
    void readRequest(const std::shared_ptr<Exchange> &exchange);
    void applyFault(const std::shared_ptr<Exchange> &exchange);
    void forward(const std::shared_ptr<Exchange> &exchange);
    void answer(const std::shared_ptr<Exchange> &exchange);
    void finish(const std::shared_ptr<Exchange> &exchange);
    Fault draw();

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QRandomGenerator m_random;
    double m_faultRate = 0.35;
    QHash<Fault, int> m_counts;
    struct Rule
    {
        QByteArray pathPart;
        Fault fault;
        int delayMs;
    };
    QList<Rule> m_rules;
};
