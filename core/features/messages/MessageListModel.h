// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/SessionListModel.h"

#include <QPointer>

namespace nestje {

class Writes;

// The base of Berichten's list models: besides the store's "messages" topic (and the
// children) it follows the account's writes of messages, so what the parent sends shows at
// once as being sent. A subclass holds its rows and reads them in reload() (writes() is the
// account's outbox, or null).
class MessageListModel : public nestje::SessionListModel
{
    Q_OBJECT
    QML_ANONYMOUS
public:
    explicit MessageListModel(QObject *parent = nullptr);

protected:
    // Call at the start of reload(): follows the account in view's outbox.
    Writes *followWrites();

private:
    QPointer<Writes> m_writes;
};

} // namespace nestje
