// SPDX-License-Identifier: GPL-3.0-or-later
// The one HTML sanitiser (core/text/Sanitiser) on any text; the first byte picks the options
// (images allowed or not, mapped to image://media/ or kept). The output is read back by a small
// independent checker of the promises in Sanitiser.h: only allow-listed tags, balanced; only
// allow-listed attributes, quoted, with nothing that can close the quote; links only to http(s),
// mailto and tel; images only from the portal's origin; no url() or expression in a style; and
// no '>' outside a tag. Any other output aborts.
#include "text/Sanitiser.h"
#include "fuzz/ClientPayload.h"

#include <QList>
#include <QSet>

using namespace nestje;

namespace {

const QString origin = QStringLiteral("https://portal.example");

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = [] {
        QSet<QString> t;
        for (const char *name :
             {"p",     "div",  "span",       "h1",  "h2",      "h3",    "h4",    "h5",    "h6",
              "ul",    "ol",   "li",         "dl",  "dt",      "dd",    "table", "thead", "tbody",
              "tfoot", "tr",   "td",         "th",  "caption", "b",     "i",     "em",    "strong",
              "u",     "s",    "strike",     "del", "ins",     "small", "big",   "sub",   "sup",
              "code",  "pre",  "blockquote", "q",   "cite",    "font",  "a",     "tt",    "kbd",
              "mark",  "abbr", "nobr",       "br",  "hr",      "img"})
            t.insert(QString::fromLatin1(name));
        return t;
    }();
    return tags;
}

bool isVoid(const QString &name)
{
    return name == QLatin1String("br") || name == QLatin1String("hr") ||
           name == QLatin1String("img");
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names = [] {
        QSet<QString> n;
        for (const char *name :
             {"href", "src", "title", "alt", "align", "valign", "width", "height", "colspan",
              "rowspan", "border", "cellpadding", "cellspacing", "bgcolor", "color", "size",
              "start", "type", "style"})
            n.insert(QString::fromLatin1(name));
        return n;
    }();
    return names;
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

void checkAttribute(const QString &tag, const QString &name, const QString &value, bool mapped)
{
    FUZZ_CHECK(allowedAttributes().contains(name));
    const QString lower = value.toLower();
    if (name == QLatin1String("href")) {
        FUZZ_CHECK(tag == QLatin1String("a"));
        FUZZ_CHECK(lower.startsWith(QLatin1String("http://")) ||
                   lower.startsWith(QLatin1String("https://")) ||
                   lower.startsWith(QLatin1String("mailto:")) ||
                   lower.startsWith(QLatin1String("tel:")));
    } else if (name == QLatin1String("src")) {
        FUZZ_CHECK(tag == QLatin1String("img"));
        FUZZ_CHECK(value.startsWith(mapped ? QStringLiteral("image://media/") : origin + u'/'));
    } else if (name == QLatin1String("style")) {
        QString squeezed = lower;
        squeezed.remove(u' ');
        FUZZ_CHECK(!squeezed.contains(QLatin1String("url(")) &&
                   !squeezed.contains(QLatin1String("expression")) && !squeezed.contains(u'\\') &&
                   !squeezed.contains(QLatin1String("import")));
    }
}

// Reads the sanitised HTML back; aborts on anything outside its promises.
void check(const QString &out, bool mapped)
{
    QList<QString> open;
    const qsizetype n = out.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = out[i];
        FUZZ_CHECK(c != u'>');
        if (c != u'<') {
            ++i;
            continue;
        }
        ++i;
        const bool end = i < n && out[i] == u'/';
        if (end)
            ++i;
        qsizetype start = i;
        while (i < n && isNameChar(out[i]))
            ++i;
        const QString tag = out.mid(start, i - start);
        FUZZ_CHECK(allowedTags().contains(tag));
        if (end) {
            FUZZ_CHECK(i < n && out[i] == u'>');
            FUZZ_CHECK(!open.isEmpty() && open.last() == tag);
            open.removeLast();
            ++i;
            continue;
        }
        // Attributes: ( ' ' name '="' value '"' )* '>'
        while (i < n && out[i] == u' ') {
            ++i;
            start = i;
            while (i < n && isNameChar(out[i]))
                ++i;
            const QString name = out.mid(start, i - start);
            FUZZ_CHECK(i + 1 < n && out[i] == u'=' && out[i + 1] == u'"');
            i += 2;
            start = i;
            while (i < n && out[i] != u'"') {
                FUZZ_CHECK(out[i] != u'<' && out[i] != u'>');
                ++i;
            }
            FUZZ_CHECK(i < n);
            checkAttribute(tag, name, out.mid(start, i - start), mapped);
            ++i;
        }
        FUZZ_CHECK(i < n && out[i] == u'>');
        ++i;
        if (!isVoid(tag))
            open.append(tag);
    }
    FUZZ_CHECK(open.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    SanitiseOptions options;
    options.allowImages = !(data[0] & 1);
    const bool mapped = data[0] & 2;
    if (mapped)
        options.mapImage = [](const QUrl &url) {
            return QStringLiteral("image://media/") + QString::fromLatin1(url.toEncoded().toHex());
        };
    const QString html =
        QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    check(sanitiseHtml(html, QUrl(origin), options), mapped);
    return 0;
}
