#pragma once

namespace nestje {
class AppController;

// Makes the controllers available to QML as `import Nestje.Core` (App singleton, enums).
// Called once per process, by the app and by the QML tests, before any QML is loaded.
void registerQmlTypes(AppController *controller);
} // namespace nestje
