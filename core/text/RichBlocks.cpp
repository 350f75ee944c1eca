// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/RichBlocks.h"

#include <QList>

#include <algorithm>

namespace nestje {

namespace {

bool isOneOf(QStringView name, std::initializer_list<const char *> names)
{
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

bool isVoid(QStringView name)
{
    return isOneOf(name, {"br", "hr", "img"});
}

// After which element a block may end.
bool endsABlock(QStringView name)
{
    return isOneOf(name, {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table",
                          "tr", "blockquote", "pre", "hr"});
}

// Which open elements look the same when closed at a cut and opened again after it.
bool survivesACut(QStringView name)
{
    return isOneOf(name, {"div", "blockquote", "table", "thead", "tbody", "tfoot", "span", "font",
                          "b", "i", "em", "strong", "u", "small", "big", "center"});
}

struct OpenElement
{
    QStringView name;
    QStringView tag; // "<div style=…>" as written, to open it again in the next block
};

} // namespace

QStringList splitRichText(const QString &sanitised, qsizetype blockSize)
{
    QStringList blocks;
    QList<OpenElement> open;
    QString block;
    // A cut is made where the next content starts, not where a block element ended: if only
    // end tags follow, cutting there would leave the next block an empty wrapper.
    bool cutDue = false;
    const auto cutIfDue = [&] {
        if (!cutDue)
            return;
        cutDue = false;
        for (qsizetype i = open.size() - 1; i >= 0; --i) {
            block += QLatin1String("</");
            block += open.at(i).name;
            block += u'>';
        }
        blocks << block;
        block.clear();
        for (const OpenElement &element : std::as_const(open))
            block += element.tag;
    };
    const auto addText = [&](QStringView text) {
        if (!text.trimmed().isEmpty())
            cutIfDue();
        block += text;
    };
    const QStringView in(sanitised);
    const qsizetype n = in.size();
    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype lt = in.indexOf(u'<', pos);
        if (lt < 0) {
            addText(in.mid(pos));
            break;
        }
        addText(in.mid(pos, lt - pos));
        // The sanitiser escapes '>' in attribute values and text, so the next one ends the tag.
        const qsizetype gt = in.indexOf(u'>', lt);
        if (gt < 0) { // not the sanitiser's output: keep the rest as it is
            cutIfDue();
            block += in.mid(lt);
            break;
        }
        const QStringView tag = in.mid(lt, gt + 1 - lt);
        pos = gt + 1;
        const bool closing = tag.startsWith(QLatin1String("</"));
        const QStringView body = tag.mid(closing ? 2 : 1, tag.size() - (closing ? 3 : 2));
        qsizetype nameEnd = 0;
        while (nameEnd < body.size() && body.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        const QStringView name = body.left(nameEnd);
        if (!closing) {
            cutIfDue();
            block += tag;
            if (!isVoid(name)) {
                open.append({name, tag});
                continue;
            }
        } else {
            cutDue = false;
            block += tag;
            qsizetype at = open.size() - 1;
            while (at >= 0 && open.at(at).name != name)
                --at;
            if (at < 0)
                continue;
            open.resize(at);
        }
        cutDue = block.size() >= blockSize && endsABlock(name) &&
                 std::all_of(open.begin(), open.end(),
                             [](const OpenElement &e) { return survivesACut(e.name); });
    }
    if (!block.isEmpty() || blocks.isEmpty())
        blocks << block;
    return blocks;
}

} // namespace nestje
