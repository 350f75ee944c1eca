// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON body reader of every write route (server/http/JsonBody), then the fields read the way
// the write routes read them: strings, string lists (photoIds, optionIds), booleans, numbers, and
// dates and ids through the same parsers as path parameters.
#include "server/Dates.h"
#include "server/http/JsonBody.h"
#include "server/http/Params.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

using namespace nestje::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (bool emptyIsObject : {false, true}) {
        QString problem;
        const auto object = parseJsonObject(body, &problem, emptyIsObject);
        if (!object) {
            if (problem.isEmpty())
                std::abort(); // a refusal must say why (it becomes the 400's text)
            continue;
        }
        for (auto it = object->begin(); it != object->end(); ++it) {
            const QJsonValue value = it.value();
            if (value.isString()) {
                const QString text = value.toString().trimmed();
                (void)dates::parsePathDate(text);
                (void)params::nonNegative(text);
            } else if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    (void)item.toString();
            } else if (value.isDouble()) {
                (void)value.toInteger();
            } else if (value.isObject()) {
                (void)value.toObject().value(QLatin1String("type")).toString();
            }
        }
    }
    return 0;
}
