// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace nestje {

struct SanitiseOptions
{
    // Images from the portal's own origin are kept; false: every image becomes its alt text.
    bool allowImages = true;
    // Maps a kept (same-origin) image URL to what the view loads itself, e.g. an
    // "image://media/…" URL served by the app's authenticated media cache. An empty result
    // turns the image into its alt text. Unset: the absolute same-origin URL is kept.
    std::function<QString(const QUrl &)> mapImage;
};

// The one sanitiser for the few views that show the organisation's HTML as rich text (news,
// newsletters, information pages). The result is a subset of HTML that Qt's rich text
// (QML `Text { textFormat: Text.RichText }`, `TextEdit`) renders and that can load nothing
// from elsewhere:
//  - an allow-list of tags (layout, headings, paragraphs, lists, tables, b/i/em/strong/u and
//    friends, a, img); unknown tags are dropped but their text is kept; <script>, <style>,
//    <iframe>, <object>, <embed>, <svg>, <math>, <template>, <title>, forms' fields and the like
//    are dropped with their content; comments, conditional comments and CDATA are dropped;
//  - an allow-list of attributes per tag; event handlers (on…), class, id, background and every
//    other attribute are dropped; a style attribute keeps only simple declarations (colours,
//    font weight/style/size, text alignment and decoration) and never anything with url(…);
//  - links keep only http, https, mailto and tel targets (relative ones are resolved against
//    `portalOrigin`); a link with another scheme (javascript:, data:, file:, …) becomes its text;
//  - images are kept only when they come from `portalOrigin` (same scheme, host and port),
//    otherwise they become their alt text. Nothing from another host is ever loaded.
//
// Links never open by themselves: Qt's rich text only reports a tap. The view handles it in
// `onLinkActivated: link => Qt.openUrlExternally(link)` (never `openExternalLinks`-style
// automatic opening), so a link leaves the app only after the parent taps it.
//
// Linear in the input: a 2 MB newsletter takes a few tens of milliseconds.
QString sanitiseHtml(const QString &html, const QUrl &portalOrigin,
                     const SanitiseOptions &options = {});

// Whether sanitised HTML sets colours of its own (a text or background colour): such a document
// was made for a light page (a newsletter's dark grey text), so a dark view shows it on one.
bool setsOwnColours(const QString &sanitisedHtml);

} // namespace nestje
