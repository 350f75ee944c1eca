// SPDX-License-Identifier: GPL-3.0-or-later
#include "features/timeline/CardHash.h"

#include <QCborValue>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <string>

namespace nestje {

namespace {
bool isSignedUrl(QStringView key)
{
    return key.endsWith(QLatin1String("Url")); // thumbUrl, fullSizeUrl, awsUrl …
}

// `value` without its signed links, in one walk; `changed` says whether it held any, and only
// then is anything copied (nested containers stay shared until they change).
QJsonValue stripSignedUrls(const QJsonValue &value, bool &changed)
{
    changed = false;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            bool itemChanged = false;
            const QJsonValue item = stripSignedUrls(array.at(i), itemChanged);
            if (itemChanged) {
                array.replace(i, item);
                changed = true;
            }
        }
        return changed ? QJsonValue(array) : value;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QJsonObject stripped = object;
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool itemChanged = false;
        if (isSignedUrl(it.key())) {
            stripped.remove(it.key());
            changed = true;
        } else if (const QJsonValue item = stripSignedUrls(it.value(), itemChanged); itemChanged) {
            stripped.insert(it.key(), item);
            changed = true;
        }
    }
    return changed ? QJsonValue(stripped) : value;
}

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char *writeEscapedUnit(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = hexDigit((unit >> 12) & 0xf);
    *cursor++ = hexDigit((unit >> 8) & 0xf);
    *cursor++ = hexDigit((unit >> 4) & 0xf);
    *cursor++ = hexDigit(unit & 0xf);
    return cursor;
}

// A JSON string as Qt's writer escapes it: the two-character escapes for quote, backslash and
// \b \f \n \r \t, \u00xx for the other control characters, UTF-8 for the rest, and \uxxxx for a
// surrogate without its pair. Written through a pointer into room for the worst case (six bytes
// a unit): a card is mostly long strings, and appending byte by byte was the writer's main cost.
void appendString(std::string &out, QStringView text)
{
    const size_t start = out.size();
    out.resize(start + 2 + size_t(text.size()) * 6);
    char *cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u >= 0x20 && u < 0x80 && u != '"' && u != '\\') {
            *cursor++ = char(u);
        } else if (u < 0x80) {
            *cursor++ = '\\';
            switch (u) {
            case '"': *cursor++ = '"'; break;
            case '\\': *cursor++ = '\\'; break;
            case '\b': *cursor++ = 'b'; break;
            case '\f': *cursor++ = 'f'; break;
            case '\n': *cursor++ = 'n'; break;
            case '\r': *cursor++ = 'r'; break;
            case '\t': *cursor++ = 't'; break;
            default:
                *cursor++ = 'u';
                *cursor++ = '0';
                *cursor++ = '0';
                *cursor++ = hexDigit(u >> 4);
                *cursor++ = hexDigit(u & 0xf);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t code = QChar::surrogateToUcs4(u, *unit++);
            *cursor++ = char(0xf0 | (code >> 18));
            *cursor++ = char(0x80 | ((code >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((code >> 6) & 0x3f));
            *cursor++ = char(0x80 | (code & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            cursor = writeEscapedUnit(cursor, u);
        } else {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        }
    }
    *cursor++ = '"';
    out.resize(size_t(cursor - out.data()));
}

void appendValue(std::string &out, const QJsonValue &value);

void appendObject(std::string &out, const QJsonObject &object)
{
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (isSignedUrl(key))
            continue;
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

void appendValue(std::string &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            appendValue(out, array.at(i));
        }
        out += ']';
        break;
    }
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Double:
        if (const QCborValue number = QCborValue::fromJsonValue(value); number.isInteger()) {
            out += QByteArray::number(number.toInteger()).toStdString(); // ids and dates
        } else {
            // Qt's choice between fixed and exponent forms has cases of its own; a card rarely
            // holds a fraction, so let Qt write this one number.
            const QByteArray written =
                QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            out.append(written.constData() + 1, size_t(written.size() - 2)); // without [ and ]
        }
        break;
    }
}
} // namespace

QByteArray cardContentHash(const QJsonObject &card)
{
    thread_local std::string json; // parsing runs on a worker: one buffer per thread, kept
    json.clear();
    appendObject(json, card);
    return QCryptographicHash::hash(QByteArrayView(json.data(), qsizetype(json.size())),
                                    QCryptographicHash::Sha1)
        .toHex();
}

// Only what holds a link is copied, and links are taken out of the copy.
QJsonValue withoutSignedUrls(const QJsonValue &value)
{
    bool changed = false;
    return stripSignedUrls(value, changed);
}

QByteArray cardContentHashByQt(const QJsonObject &card)
{
    return QCryptographicHash::hash(
               QJsonDocument(withoutSignedUrls(card).toObject()).toJson(QJsonDocument::Compact),
               QCryptographicHash::Sha1)
        .toHex();
}

} // namespace nestje
