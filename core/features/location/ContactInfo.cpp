// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/location/ContactInfo.h"

#include "features/location/LocationStore.h"

namespace nestje {

ContactInfo::ContactInfo(QObject *parent)
    : QObject(parent)
    , m_binding(
          {QStringLiteral("contact")}, [this] { reload(); }, this)
{
}

void ContactInfo::setSession(Session *session)
{
    if (m_binding.setSession(session))
        emit sessionChanged();
}

void ContactInfo::reload()
{
    std::optional<CustomerInfo> info;
    if (Database *db = m_binding.database())
        info = LocationStore(*db).customerInfo();
    m_known = info.has_value();
    const CustomerInfo shown = info.value_or(CustomerInfo{});
    m_name = shown.name;
    m_address = shown.address;
    m_phone = shown.phone;
    m_email = shown.email;
    m_website = shown.website;
    emit changed();
}

} // namespace nestje
