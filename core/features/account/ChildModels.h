// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "features/account/AccountListModel.h"

namespace nestje {

// The family's children, the active first.
// Roles: key, childId, firstName, fullName, active (bool), birthDate ("3 mei 2024").
class ChildListModel : public nestje::AccountListModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ChildListModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(AccountStore &store) const override;
};

// A base for the lists of one child: set `childId`.
class ChildScopedModel : public nestje::AccountListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString childId READ childId WRITE setChildId NOTIFY childIdChanged)
public:
    using AccountListModel::AccountListModel;
    QString childId() const { return m_childId; }
    void setChildId(const QString &childId);

signals:
    void childIdChanged();

private:
    QString m_childId;
};

// A child's placements. Roles: key, product, careType, group, location, flexible (bool),
// period ("sinds 1 januari 2025" / "1 januari 2024 t/m 31 juli 2025").
class PlacementModel : public nestje::ChildScopedModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString mentor READ mentor NOTIFY countChanged)
public:
    explicit PlacementModel(QObject *parent = nullptr);
    // "Juf Anna (pedagogisch medewerker)", or "" when no mentor is filled in.
    QString mentor() const { return m_mentor; }

protected:
    QList<QVariantMap> readRows(AccountStore &store) const override;

private:
    mutable QString m_mentor;
};

// A child's permissions (first) and declarations. Roles: key, permissionId, title,
// description, declaration (bool), granted (bool), filledIn (bool: the parent answered),
// changeable (bool), changed ("gewijzigd op 3 mei 2026" or "").
class PermissionModel : public nestje::ChildScopedModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit PermissionModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(AccountStore &store) const override;
};

// A child's observation forms, newest first, read-only. Roles: key, title, date, author,
// text (the questions and answers as plain text).
class ObservationModel : public nestje::ChildScopedModel
{
    Q_OBJECT
    QML_ELEMENT
public:
    explicit ObservationModel(QObject *parent = nullptr);

protected:
    QList<QVariantMap> readRows(AccountStore &store) const override;
};

} // namespace nestje
