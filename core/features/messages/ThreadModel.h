// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/messages/MessageRowsModel.h"

namespace nestje {

// Berichten's overview: every conversation, newest activity first, with the new messages the
// parent is sending at the top. `ThreadModel { session: App.session }`.
//
// Roles (plain text and plain values):
//   key          "thread/<id>", or "pending/<write id>" for a new message not yet on the portal
//   threadId     the conversation's id ("" while pending)
//   subject      the subject
//   about        "Daan · Vossen": the child and/or the group it is about
//   lastWriter   who wrote the newest message ("Jij" for the parent)
//   lastText     the newest message's first line
//   when         "14:05", "gisteren", "ma", "4 nov."
//   unread       the parent has not opened it since its newest message
//   attachments  how many photos and files the conversation holds
//   photos       how many of them are photos or videos
//   pending      a new message on its way; sendState "sending", "sent" or "failed", errorText
//                the portal's reason when refused, writeId for retry and discard
class ThreadModel : public nestje::MessageRowsModel
{
    Q_OBJECT
    QML_ELEMENT
    // Only this child's conversations ("" for all).
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
    // Only conversations whose subject or messages contain this (local, works offline).
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    // The family's children [{id, firstName}], for the filter and the new message form.
    Q_PROPERTY(QVariantList children READ children NOTIFY childrenChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY countsChanged)
public:
    explicit ThreadModel(QObject *parent = nullptr);

    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QVariantList children() const { return m_children; }
    int unreadCount() const { return m_unread; }

signals:
    void childIdChanged();
    void searchChanged();
    void childrenChanged();
    void countsChanged();

protected:
    QList<QVariantMap> readRows(Database &db, Writes *writes) const override;
    void reload() override;

private:
    QString m_childId;
    QString m_search;
    QVariantList m_children;
    int m_unread = 0;
};

} // namespace nestje
