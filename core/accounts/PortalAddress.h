// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace nestje {

// Turns what a parent types in the portal field into the portal's base URL.
// Accepts "naam", "naam.ouderportaal.nl", "https://naam.ouderportaal.nl/parent/" and, for a
// self-hosted or test portal, "http://127.0.0.1:8080/deboomhut" (plain http only on loopback).
class PortalAddress
{
public:
    enum class Problem { None, Empty, Invalid, InsecureRemote };

    static PortalAddress fromUserInput(const QString &input);

    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    QUrl baseUrl() const { return m_url; }
    // Translated explanation of problem(), empty when valid.
    QString problemText() const;

    static constexpr char defaultDomain[] = "ouderportaal.nl";

private:
    QUrl m_url;
    Problem m_problem = Problem::Empty;
};

bool isLoopbackHost(const QString &host);

} // namespace nestje
