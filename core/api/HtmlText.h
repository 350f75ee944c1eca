#pragma once

#include <QString>

namespace nestje {

// Plain text from the portal's HTML (`<p>…</p>`, `<br>`, entities): paragraphs become blank
// lines, every tag and attribute is dropped, so nothing from the server is ever rendered as
// markup. The one place that turns server HTML into text for display and notifications.
QString plainTextFromHtml(const QString &html);

} // namespace nestje
