// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/messages/MessageListModel.h"

#include "accounts/AccountSession.h"
#include "features/messages/MessageStore.h"
#include "sync/Writes.h"

namespace nestje {

MessageListModel::MessageListModel(QObject *parent)
    : SessionListModel({QString::fromLatin1(MessageStore::topic), QStringLiteral("children")},
                       parent)
{
}

Writes *MessageListModel::followWrites()
{
    Writes *writes = account() ? account()->writes() : nullptr;
    if (writes == m_writes)
        return writes;
    if (m_writes)
        disconnect(m_writes, nullptr, this, nullptr);
    m_writes = writes;
    if (m_writes)
        connect(m_writes, &Writes::changed, this, [this](const QString &kind) {
            if (kind.startsWith(QLatin1String("message-")))
                reload();
        });
    return writes;
}

} // namespace nestje
