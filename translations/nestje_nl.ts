<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About this app</source>
        <translation>Over deze app</translation>
    </message>
    <message>
        <source>Nestje %1</source>
        <translation>Nestje %1</translation>
    </message>
    <message>
        <source>An open-source parent app for childcare organisations that use the Konnect parent portal.</source>
        <translation>Een opensource-ouderapp voor kinderopvangorganisaties die het Konnect-ouderportaal gebruiken.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Nestje is free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes without any warranty.</source>
        <translation>Nestje is vrije software: je mag het gebruiken, bestuderen, delen en aanpassen onder de voorwaarden van de GNU General Public License, versie 3 of (naar keuze) een latere versie (GPL-3.0-or-later). Er wordt geen enkele garantie gegeven.</translation>
    </message>
    <message>
        <source>The full text is in the file LICENSE of the source code, installed as /usr/share/doc/nestje/LICENSE, and at https://www.gnu.org/licenses/gpl-3.0.html.</source>
        <translation>De volledige tekst staat in het bestand LICENSE bij de broncode, geïnstalleerd als /usr/share/doc/nestje/LICENSE, en op https://www.gnu.org/licenses/gpl-3.0.html.</translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation>Licentie lezen</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>publiek domein</translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>Sick</source>
        <translation>Ziek</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Vakantie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Report absence</source>
        <translation>Afwezigheid doorgeven</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Day parts</source>
        <translation>Dagdelen</translation>
    </message>
    <message>
        <source>Offline: these are the planned days on this device. The absence is sent as soon as there is a connection.</source>
        <translation>Offline: dit zijn de geplande dagen op dit apparaat. De afwezigheid wordt verstuurd zodra er verbinding is.</translation>
    </message>
    <message>
        <source>No care is planned in this period.</source>
        <translation>In deze periode is geen opvang gepland.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Remark for the organisation (optional)</source>
        <translation>Opmerking voor de organisatie (optioneel)</translation>
    </message>
</context>
<context>
    <name>AccountNotifications</name>
    <message>
        <source>Credit expires soon</source>
        <translation>Tegoed verloopt binnenkort</translation>
    </message>
    <message>
        <source>%1 of %2: %3 %4 left, valid until %5.</source>
        <translation>%1 van %2: nog %3 %4, geldig tot en met %5.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The saved data of %1 could not be opened: %2</source>
        <translation>De opgeslagen gegevens van %1 konden niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Your password could not be stored in the keychain (%1). You will be asked for it again next time.</source>
        <translation>Je wachtwoord kon niet in de sleutelhanger worden bewaard (%1). De volgende keer vraagt Nestje er opnieuw om.</translation>
    </message>
    <message>
        <source>Nestje could not save data on this device: %1</source>
        <translation>Nestje kon geen gegevens op dit apparaat opslaan: %1</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>%1 at %2, active</source>
        <translation>%1 bij %2, actief</translation>
    </message>
    <message>
        <source>Switch to %1 at %2</source>
        <translation>Wissel naar %1 bij %2</translation>
    </message>
    <message>
        <source>Demo · %1</source>
        <translation>Demo · %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Uitloggen</translation>
    </message>
    <message>
        <source>Log out of %1</source>
        <translation>Uitloggen bij %1</translation>
    </message>
    <message>
        <source>Log out of all accounts</source>
        <translation>Uitloggen uit alle accounts</translation>
    </message>
    <message>
        <source>Log out?</source>
        <translation>Uitloggen?</translation>
    </message>
    <message>
        <source>You log out of %1 at %2. To use this account again you need its password.</source>
        <translation>Je logt uit als %1 bij %2. Om dit account weer te gebruiken heb je het wachtwoord nodig.</translation>
    </message>
    <message>
        <source>Log out of all accounts?</source>
        <translation>Uitloggen uit alle accounts?</translation>
    </message>
    <message numerus="yes">
        <source>You log out of all %n accounts on this device. To use them again you need their passwords.</source>
        <translation>
            <numerusform>Je logt uit uit het account op dit apparaat. Om het weer te gebruiken heb je het wachtwoord nodig.</numerusform>
            <numerusform>Je logt uit uit alle %n accounts op dit apparaat. Om ze weer te gebruiken heb je de wachtwoorden nodig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Zet in mijn agenda</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Herladen</translation>
    </message>
    <message>
        <source>Report absence</source>
        <translation>Afwezigheid doorgeven</translation>
    </message>
    <message>
        <source>Request a day</source>
        <translation>Dag aanvragen</translation>
    </message>
    <message>
        <source>Swap a day</source>
        <translation>Ruildag aanvragen</translation>
    </message>
</context>
<context>
    <name>AgendaCalendarList</name>
    <message>
        <source>Care days</source>
        <translation>Opvangdagen</translation>
    </message>
</context>
<context>
    <name>AgendaHome</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Aanvragen</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Alle kinderen</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation>Geen aanvragen</translation>
    </message>
    <message>
        <source>Extra days, swap days and absences you report appear here with their status.</source>
        <translation>Extra dagen, ruildagen en afwezigheid die je doorgeeft, staan hier met hun status.</translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation>Nog niets gepland</translation>
    </message>
    <message>
        <source>The days your child is expected appear here, together with your requests for extra days, swap days and absence.</source>
        <translation>Hier zie je de dagen dat je kind verwacht wordt, samen met je aanvragen voor extra dagen, ruildagen en afwezigheid.</translation>
    </message>
    <message>
        <source>Requests go to %1.</source>
        <translation>Aanvragen gaan naar %1.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Wissel naar %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
</context>
<context>
    <name>AgendaMonth</name>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <source>%n care moments saved in %1</source>
        <translation>
            <numerusform>%n opvangmoment opgeslagen in %1</numerusform>
            <numerusform>%n opvangmomenten opgeslagen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation>Zet in mijn agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message numerus="yes">
        <source>%n care moments saved in %1. Nestje keeps the file up to date.</source>
        <translation>
            <numerusform>%n opvangmoment opgeslagen in %1. Nestje houdt het bestand bij.</numerusform>
            <numerusform>%n opvangmomenten opgeslagen in %1. Nestje houdt het bestand bij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep up to date in</source>
        <translation>Bijhouden in</translation>
    </message>
</context>
<context>
    <name>AgendaPartRow</name>
    <message>
        <source>being sent</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <source>Absence being sent…</source>
        <translation>Afwezigheid wordt verstuurd…</translation>
    </message>
</context>
<context>
    <name>AlbumsPage</name>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) loaded</source>
        <translation>
            <numerusform>%n foto geladen</numerusform>
            <numerusform>%n foto&apos;s geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos by month</source>
        <translation>Foto&apos;s per maand</translation>
    </message>
    <message>
        <source>Video of %1</source>
        <translation>Video van %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto van %1</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>Nog geen foto&apos;s</translation>
    </message>
    <message>
        <source>Photos the group shares of your child appear here by month.</source>
        <translation>Foto&apos;s die de groep van je kind deelt, verschijnen hier per maand.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection with the portal.</source>
        <translation>Geen verbinding met het portaal.</translation>
    </message>
    <message>
        <source>The portal is taking too long to answer.</source>
        <translation>Het portaal reageert te traag.</translation>
    </message>
    <message>
        <source>The portal has a problem right now. Nestje tries again later.</source>
        <translation>Het portaal heeft op dit moment een storing. Nestje probeert het later opnieuw.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Je sessie is verlopen. Log opnieuw in.</translation>
    </message>
    <message>
        <source>The organisation did not accept this.</source>
        <translation>De organisatie heeft dit niet geaccepteerd.</translation>
    </message>
    <message>
        <source>This item no longer exists on the portal.</source>
        <translation>Dit bestaat niet meer op het portaal.</translation>
    </message>
    <message>
        <source>Your organisation does not offer this in the app.</source>
        <translation>Je organisatie biedt dit niet aan in de app.</translation>
    </message>
    <message>
        <source>The portal sent an answer Nestje does not understand.</source>
        <translation>Het portaal stuurde een antwoord dat Nestje niet begrijpt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Nestje could not save on this device. Is its storage full?</source>
        <translation>Nestje kon niet opslaan op dit apparaat. Is de opslag vol?</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Choose the archive folder</source>
        <translation>Kies de map voor het archief</translation>
    </message>
    <message>
        <source>Save everything</source>
        <translation>Alles bewaren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met bewaren…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Alles is bewaard</translation>
    </message>
    <message>
        <source>Almost everything is saved</source>
        <translation>Bijna alles is bewaard</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Bewaren is niet gelukt</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Save everything of %1</source>
        <translation>Alles van %1 bewaren</translation>
    </message>
    <message>
        <source>Save automatically</source>
        <translation>Automatisch bewaren</translation>
    </message>
    <message>
        <source>Keeps the archive up to date after every update.</source>
        <translation>Houdt het archief bij na elke update.</translation>
    </message>
    <message>
        <source>Nestje saves every photo and video in full size with its date and description, the diary with the day rhythm, the messages with their attachments, the news, the newsletters and the documents, and a page to browse it all offline. Files already saved are not downloaded again.</source>
        <translation>Nestje bewaart elke foto en video op volle grootte met datum en beschrijving, het dagboek met het dagritme, de berichten met hun bijlagen, het nieuws, de nieuwsbrieven en de documenten, en een pagina om alles offline te bekijken. Wat al bewaard is, wordt niet opnieuw gedownload.</translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Attachment %1</source>
        <translation>Bijlage %1</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Ook offline beschikbaar</translation>
    </message>
</context>
<context>
    <name>AttachmentThumb</name>
    <message>
        <source>Remove attachment %1</source>
        <translation>Bijlage %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BottomTabBar</name>
    <message>
        <source>Main navigation</source>
        <translation>Hoofdnavigatie</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Care: %1</source>
        <translation>Opvang %1</translation>
    </message>
    <message>
        <source>Care: %1 · %2</source>
        <translation>Opvang %1 · %2</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Gesloten: %1</translation>
    </message>
    <message>
        <source>School holiday: %1</source>
        <translation>Schoolvakantie: %1</translation>
    </message>
</context>
<context>
    <name>CalendarFilePage</name>
    <message>
        <source>Add to my calendar</source>
        <translation>Zet in mijn agenda</translation>
    </message>
    <message>
        <source>Save once</source>
        <translation>Eenmalig opslaan</translation>
    </message>
    <message>
        <source>Every care day of your children as an iCalendar file (.ics), which the calendar app on your phone or computer can open.</source>
        <translation>Alle opvangdagen van je kinderen in een iCalendar-bestand (.ics), dat de agenda-app op je telefoon of computer kan openen.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Keep the calendar file up to date</source>
        <translation>Het agenda-bestand bijhouden</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Ander bestand kiezen</translation>
    </message>
    <message>
        <source>Keep up to date after every sync</source>
        <translation>Bijhouden na elke synchronisatie</translation>
    </message>
    <message>
        <source>Nestje then updates the file by itself. A calendar app that subscribes to it (for example through a synced folder) always shows the current care days.</source>
        <translation>Nestje werkt het bestand dan zelf bij. Een agenda-app die erop geabonneerd is (bijvoorbeeld via een gesynchroniseerde map), toont altijd de actuele opvangdagen.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel request?</source>
        <translation>Aanvraag annuleren?</translation>
    </message>
    <message>
        <source>%1 for %2 will be cancelled. A request for a period is cancelled as a whole.</source>
        <translation>%1 voor %2 wordt geannuleerd. Een aanvraag voor een periode wordt in zijn geheel geannuleerd.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Aanvraag annuleren</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Plaatsingen</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <source>No placements known yet.</source>
        <translation>Nog geen plaatsingen bekend.</translation>
    </message>
    <message>
        <source>Permissions and declarations</source>
        <translation>Toestemmingen en verklaringen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s), newest first</source>
        <translation>
            <numerusform>%n formulier, nieuwste eerst</numerusform>
            <numerusform>%n formulieren, nieuwste eerst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Nestje, the parent app for Konnect portals.</source>
        <translation>Nestje, de ouder-app voor Konnect-ouderportalen.</translation>
    </message>
    <message>
        <source>Open the demo organisation.</source>
        <translation>Open de demo-organisatie.</translation>
    </message>
    <message>
        <source>Portal to log in to.</source>
        <translation>Portaal om op in te loggen.</translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation>Taal: nl of en.</translation>
    </message>
    <message>
        <source>Render a page offscreen to a PNG file and quit.</source>
        <translation>Maak een afbeelding van een pagina als PNG-bestand en stop.</translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation>Venstergrootte.</translation>
    </message>
    <message>
        <source>Page to show: %1.</source>
        <translation>Pagina om te tonen: %1.</translation>
    </message>
    <message>
        <source>Open an item, as a notification does (e.g. messages:12).</source>
        <translation>Open een item, zoals een melding dat doet (bijv. messages:12).</translation>
    </message>
    <message>
        <source>Run even when Nestje is already running (for tests).</source>
        <translation>Start ook als Nestje al draait (voor tests).</translation>
    </message>
    <message>
        <source>Colour scheme: light or dark (default: the system&apos;s).</source>
        <translation>Kleurenschema: light (licht) of dark (donker); standaard dat van het systeem.</translation>
    </message>
</context>
<context>
    <name>CommandLogin</name>
    <message>
        <source>Password (one line on standard input):</source>
        <translation>Wachtwoord (één regel op standaardinvoer):</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>geen wachtwoord</translation>
    </message>
    <message>
        <source>Logging in to %1 …</source>
        <translation>Inloggen bij %1 …</translation>
    </message>
    <message>
        <source>the login failed</source>
        <translation>inloggen is mislukt</translation>
    </message>
    <message>
        <source>Reading what the portal has …</source>
        <translation>Ophalen wat het ouderportaal heeft …</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Openen in kaarten</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation>E-mail sturen</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Website openen</translation>
    </message>
</context>
<context>
    <name>ContentListPage</name>
    <message>
        <source>Newsletters</source>
        <translation>Nieuwsbrieven</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nieuws</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nieuws</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>This text is not on this device yet. It arrives with the next update.</source>
        <translation>Deze tekst staat nog niet op dit apparaat. Hij komt mee met de volgende update.</translation>
    </message>
    <message>
        <source>This item is no longer on the portal.</source>
        <translation>Dit staat niet meer op het portaal.</translation>
    </message>
</context>
<context>
    <name>ContentRow</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation>Gesprek niet gevonden</translation>
    </message>
    <message>
        <source>It may not have been synced yet. Pull down in the list to refresh.</source>
        <translation>Misschien is het nog niet bijgewerkt. Trek de lijst omlaag om te vernieuwen.</translation>
    </message>
</context>
<context>
    <name>CreditModel</name>
    <message>
        <source>%1: %2 added</source>
        <translation>%1: %2 toegekend</translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation>%1: %2 gebruikt</translation>
    </message>
    <message>
        <source>%1: %2 given back</source>
        <translation>%1: %2 teruggeboekt</translation>
    </message>
    <message>
        <source>%1: %2 withdrawn</source>
        <translation>%1: %2 ingetrokken</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>aanvraag %1</translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Credits</source>
        <translation>Tegoeden</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) expire within four weeks. Use them in time.</source>
        <translation>
            <numerusform>%n tegoed verloopt binnen vier weken. Gebruik het op tijd.</numerusform>
            <numerusform>%n tegoeden verlopen binnen vier weken. Gebruik ze op tijd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 usable of %2</source>
        <translation>%1 bruikbaar van %2</translation>
    </message>
    <message>
        <source>Used: %1 · valid until %2</source>
        <translation>Gebruikt: %1 · geldig t/m %2</translation>
    </message>
    <message>
        <source>No credits</source>
        <translation>Geen tegoeden</translation>
    </message>
    <message>
        <source>Credits from your contract or from absence show here.</source>
        <translation>Tegoeden uit je contract of uit afwezigheid staan hier.</translation>
    </message>
</context>
<context>
    <name>DayRhythmList</name>
    <message>
        <source>still going on</source>
        <translation>nog bezig</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>nog bezig</translation>
    </message>
</context>
<context>
    <name>DayStepper</name>
    <message>
        <source>Previous day</source>
        <translation>Vorige dag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Volgende dag</translation>
    </message>
    <message>
        <source>%1, choose another day</source>
        <translation>%1, kies een andere dag</translation>
    </message>
</context>
<context>
    <name>DiaryForm</name>
    <message>
        <source>Write in the diary</source>
        <translation>Dagboek schrijven</translation>
    </message>
    <message>
        <source>Add photos or videos</source>
        <translation>Foto&apos;s of video&apos;s toevoegen</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov *.webm)</source>
        <translation>Foto&apos;s en video&apos;s (*.jpg *.jpeg *.png *.mp4 *.mov *.webm)</translation>
    </message>
    <message>
        <source>What you write here goes into the diary and the group&apos;s staff can read it. The diary is not meant for messages to the staff: for a question or something they need to know, send a message.</source>
        <translation>Wat je hier schrijft, komt in het dagboek en is zichtbaar voor de pedagogisch medewerkers. Het dagboek is niet bedoeld voor berichten aan de medewerkers: heb je een vraag of wil je iets doorgeven, stuur dan een bericht.</translation>
    </message>
    <message>
        <source>Go to Messages</source>
        <translation>Naar Berichten</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>How was the day of %1?</source>
        <translation>Hoe was de dag van %1?</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Je verslag</translation>
    </message>
    <message>
        <source>For example: slept badly last night, so a bit tired today. Grandma picks her up.</source>
        <translation>Bijvoorbeeld: vannacht slecht geslapen, dus vandaag wat moe. Oma haalt haar op.</translation>
    </message>
    <message>
        <source>Diary text</source>
        <translation>Tekst voor het dagboek</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 van %2 tekens</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Send diary entry</source>
        <translation>Dagverslag versturen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Invoices, documents &amp; annual statements</source>
        <translation>Facturen, documenten &amp; jaaropgaven</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Save document</source>
        <translation>Document opslaan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Annual statements</source>
        <translation>Jaaropgaven</translation>
    </message>
    <message>
        <source>%1 · on this device</source>
        <translation>%1 · op dit apparaat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation>Hier staat nog niets</translation>
    </message>
</context>
<context>
    <name>ExtraDayBookingRow</name>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ExtraDayChildChoice</name>
    <message>
        <source>Nothing for %1</source>
        <translation>Niets voor %1</translation>
    </message>
    <message>
        <source>Own times (flexible care)</source>
        <translation>Eigen tijden (flexibele opvang)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
</context>
<context>
    <name>ExtraDayWizard</name>
    <message>
        <source>Choose a day part for at least one child.</source>
        <translation>Kies voor minstens één kind een dagdeel.</translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation>Dag toevoegen</translation>
    </message>
    <message>
        <source>Request a day</source>
        <translation>Dag aanvragen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Offline: the possible day parts are computed by the organisation. Try again when there is a connection.</source>
        <translation>Offline: de mogelijke dagdelen worden door de organisatie berekend. Probeer het opnieuw als er verbinding is.</translation>
    </message>
    <message>
        <source>The organisation is closed on this day.</source>
        <translation>De opvang is op deze dag gesloten.</translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation>Schoolvakantie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Assess as a whole: only when every child can come</source>
        <translation>Als geheel beoordelen: alleen als alle kinderen kunnen komen</translation>
    </message>
    <message>
        <source>The request lapses automatically if not assessed by</source>
        <translation>Aanvraag vervalt automatisch op</translation>
    </message>
    <message>
        <source>Lapses on</source>
        <translation>Vervalt op</translation>
    </message>
    <message>
        <source>Remark for the organisation (optional)</source>
        <translation>Opmerking voor de organisatie (optioneel)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>The file window could not be opened on this computer.</source>
        <translation>Het venster om bestanden te kiezen kan op deze computer niet openen.</translation>
    </message>
</context>
<context>
    <name>FilePickerDialog</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>Pictures</source>
        <translation>Afbeeldingen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation>Persoonlijke map</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPanel</name>
    <message>
        <source>Forgot password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>Your portal sends a link to choose a new password to the e-mail address you log in with.</source>
        <translation>Je portaal stuurt een link om een nieuw wachtwoord te kiezen naar het e-mailadres waarmee je inlogt.</translation>
    </message>
    <message>
        <source>you@example.nl</source>
        <translation>jij@voorbeeld.nl</translation>
    </message>
    <message>
        <source>E-mail address for the new password</source>
        <translation>E-mailadres voor het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>Back to logging in</source>
        <translation>Terug naar inloggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Send link</source>
        <translation>Link versturen</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Hide password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
</context>
<context>
    <name>JournalEntryPage</name>
    <message>
        <source>Making the PDF…</source>
        <translation>PDF wordt gemaakt…</translation>
    </message>
    <message>
        <source>Download diary</source>
        <translation>Dagboek downloaden</translation>
    </message>
    <message>
        <source>Save the diary as PDF</source>
        <translation>Dagboek opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>PDF wordt gemaakt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>LatestCard</name>
    <message>
        <source>Newsletters</source>
        <translation>Nieuwsbrieven</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nieuws</translation>
    </message>
</context>
<context>
    <name>LocationOverview</name>
    <message>
        <source>Loading your location…</source>
        <translation>Mijn locatie wordt geladen…</translation>
    </message>
    <message>
        <source>No news from your location yet</source>
        <translation>Nog geen nieuws van je locatie</translation>
    </message>
    <message>
        <source>News, newsletters, the team and practical information of your child&apos;s location appear here.</source>
        <translation>Hier vind je contactgegevens, nieuwsberichten, nieuwsbrieven, het team en informatie van de kinderopvangorganisatie.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>My location</source>
        <translation>Mijn locatie</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Kies een bericht</translation>
    </message>
    <message>
        <source>News, newsletters and information open here.</source>
        <translation>Nieuwsberichten, nieuwsbrieven en informatie openen hier.</translation>
    </message>
</context>
<context>
    <name>LocationSection</name>
    <message>
        <source>View all</source>
        <translation>Alle bekijken</translation>
    </message>
</context>
<context>
    <name>LoginError</name>
    <message>
        <source>The portal cannot be reached. Check the address and your internet connection.</source>
        <translation>Het portaal is niet bereikbaar. Controleer het adres en je internetverbinding.</translation>
    </message>
    <message>
        <source>This address does not answer like a parent portal. Check the portal address.</source>
        <translation>Dit adres reageert niet als een ouderportaal. Controleer het adres van je portaal.</translation>
    </message>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>Het e-mailadres of wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again after %1.</source>
        <translation>Te veel pogingen. Je kunt het na %1 opnieuw proberen.</translation>
    </message>
    <message>
        <source>This is not a parent account. Log in with the e-mail address you use as a parent.</source>
        <translation>Dit is geen ouderaccount. Log in met het e-mailadres dat je als ouder gebruikt.</translation>
    </message>
    <message>
        <source>The portal&apos;s security certificate is not trusted, so the connection was stopped.</source>
        <translation>Het beveiligingscertificaat van het portaal wordt niet vertrouwd, daarom is de verbinding gestopt.</translation>
    </message>
    <message>
        <source>The portal has a problem right now. Try again in a moment.</source>
        <translation>Het portaal heeft op dit moment een storing. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Your portal asks you to choose a new password first. Tap &quot;Forgot password?&quot; below, follow the link in the e-mail and log in again here.</source>
        <translation>Je portaal vraagt je eerst een nieuw wachtwoord te kiezen. Tik hieronder op &quot;Wachtwoord vergeten?&quot;, volg de link in de e-mail en log daarna hier opnieuw in.</translation>
    </message>
</context>
<context>
    <name>LoginOptions</name>
    <message>
        <source>The portal: a name, a host or an address.</source>
        <translation>Het ouderportaal: een naam, een host of een adres.</translation>
    </message>
    <message>
        <source>Your e-mail address on the portal.</source>
        <translation>Je e-mailadres op het ouderportaal.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lees het wachtwoord van standaardinvoer.</translation>
    </message>
    <message>
        <source>The CA certificate of a self-hosted portal.</source>
        <translation>Het CA-certificaat van een zelf gehost portaal.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in with the parent portal of your childcare organisation.</source>
        <translation>Log in met het ouderportaal van je kinderopvang.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portaal</translation>
    </message>
    <message>
        <source>name.ouderportaal.nl</source>
        <translation>naam.ouderportaal.nl</translation>
    </message>
    <message>
        <source>For example &quot;deboomhut&quot; or the address you use in the browser.</source>
        <translation>Bijvoorbeeld &quot;deboomhut&quot; of het adres dat je in de browser gebruikt.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>you@example.nl</source>
        <translation>jij@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Bezig met inloggen…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Inloggen</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Wachtwoord vergeten?</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probeer de demo</translation>
    </message>
    <message>
        <source>Opens Nestje with a sample daycare, without an account</source>
        <translation>Opent Nestje met een voorbeeldkinderopvang, zonder account</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Terug naar %1</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Play video %1 of %2</source>
        <translation>Video %1 van %2 afspelen</translation>
    </message>
    <message>
        <source>Open photo %1 of %2</source>
        <translation>Foto %1 van %2 openen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Download photo %1</source>
        <translation>Foto %1 downloaden</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Video %1</source>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation>Kies een gesprek</translation>
    </message>
    <message>
        <source>Use the arrow keys and Enter, or click a conversation.</source>
        <translation>Gebruik de pijltjestoetsen en Enter, of klik op een gesprek.</translation>
    </message>
    <message>
        <source>Your message is being sent.</source>
        <translation>Je bericht wordt verstuurd.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Bezig met downloaden…</translation>
    </message>
</context>
<context>
    <name>MomentPage</name>
    <message>
        <source>This day belongs to %1. Switch to that account to report an absence or make a request.</source>
        <translation>Deze dag hoort bij %1. Wissel naar dat account om afwezigheid door te geven of iets aan te vragen.</translation>
    </message>
    <message>
        <source>No request belongs to this day: it is one of the planned care days.</source>
        <translation>Bij deze dag hoort geen aanvraag: het is een van je vaste opvangdagen.</translation>
    </message>
    <message>
        <source>Report absence</source>
        <translation>Afwezigheid doorgeven</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Wissel naar %1</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Choose a section</source>
        <translation>Kies een onderdeel</translation>
    </message>
    <message>
        <source>Your details, your children, credits, documents and settings.</source>
        <translation>Je gegevens, je kinderen, tegoeden, documenten en instellingen.</translation>
    </message>
</context>
<context>
    <name>MyChildPage</name>
    <message>
        <source>My child</source>
        <translation>Mijn kind</translation>
    </message>
    <message>
        <source>No diary entries yet</source>
        <translation>Nog geen dagboekberichten</translation>
    </message>
    <message>
        <source>Photos, the diary and the day rhythm of your child appear here as soon as the group shares them.</source>
        <translation>Foto&apos;s, het dagboek en het dagritme van je kind verschijnen hier zodra de groep ze deelt.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Bezig met downloaden…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>Release to refresh</source>
        <translation>Loslaten om te vernieuwen</translation>
    </message>
    <message>
        <source>Write in the diary</source>
        <translation>Dagboek schrijven</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Alle kinderen</translation>
    </message>
    <message>
        <source>This is where the diary starts.</source>
        <translation>Hier begint het dagboek.</translation>
    </message>
    <message>
        <source>Fetching the timeline…</source>
        <translation>De tijdlijn wordt opgehaald…</translation>
    </message>
    <message>
        <source>Your diary entry is being sent.</source>
        <translation>Je dagverslag wordt verstuurd.</translation>
    </message>
    <message>
        <source>Diary saved in %1</source>
        <translation>Dagboek opgeslagen in %1</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Bericht schrijven</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Main navigation</source>
        <translation>Hoofdnavigatie</translation>
    </message>
</context>
<context>
    <name>NewMessagePage</name>
    <message>
        <source>Choose the child this message is about.</source>
        <translation>Kies het kind waarover je een bericht wilt sturen.</translation>
    </message>
    <message>
        <source>Choose the group this message is for.</source>
        <translation>Kies voor welke groep dit bericht bestemd is.</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Bericht schrijven</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation>Kies een groep</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>For example: Picking up early on Friday</source>
        <translation>Bijvoorbeeld: vrijdag eerder ophalen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Once sent, a message cannot be changed or removed.</source>
        <translation>Let op: berichten zijn na het versturen niet meer te wijzigen of te verwijderen.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Bericht versturen</translation>
    </message>
</context>
<context>
    <name>NotificationFeed</name>
    <message>
        <source>Message from %1</source>
        <translation>Bericht van %1</translation>
    </message>
    <message>
        <source>News: %1</source>
        <translation>Nieuws: %1</translation>
    </message>
    <message>
        <source>New newsletter</source>
        <translation>Nieuwe nieuwsbrief</translation>
    </message>
    <message>
        <source>New photos</source>
        <translation>Nieuwe foto&apos;s</translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation>Nieuw in het dagboek</translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) of today</source>
        <translation>
            <numerusform>%n nieuwe foto van vandaag</numerusform>
            <numerusform>%n nieuwe foto&apos;s van vandaag</numerusform>
        </translation>
    </message>
    <message>
        <source>The group wrote in the diary.</source>
        <translation>De groep heeft in het dagboek geschreven.</translation>
    </message>
    <message>
        <source>Your request has been handled. See the request overview.</source>
        <translation>Je aanvraag is behandeld. Bekijk het aanvragenoverzicht.</translation>
    </message>
    <message>
        <source>Swap day for %1: %2</source>
        <translation>Ruildag voor %1: %2</translation>
    </message>
    <message>
        <source>Extra day for %1: %2</source>
        <translation>Extra dag voor %1: %2</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaties</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Notification for %1</source>
        <translation>Notificatie voor %1</translation>
    </message>
    <message>
        <source>E-mail for %1</source>
        <translation>E-mail voor %1</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Stille uren</translation>
    </message>
    <message>
        <source>No notifications at night: what arrives between these times is shown when the quiet hours end. For every account on this device.</source>
        <translation>Geen notificaties &apos;s nachts: wat tussen deze tijden binnenkomt, zie je zodra de stille uren voorbij zijn. Geldt voor alle accounts op dit apparaat.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Stille uren vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation>Stille uren tot</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Op dit apparaat</translation>
    </message>
    <message>
        <source>Notifications from %1</source>
        <translation>Notificaties van %1</translation>
    </message>
    <message>
        <source>Notifications from %1 on this device</source>
        <translation>Notificaties van %1 op dit apparaat</translation>
    </message>
    <message>
        <source>The choices below are kept by the organisation for all your devices.</source>
        <translation>De keuzes hieronder bewaart de organisatie voor al je apparaten.</translation>
    </message>
    <message>
        <source>Off: this account shows no notifications on this device. E-mail and your other devices follow the choices below.</source>
        <translation>Uit: dit account geeft op dit apparaat geen notificaties. Voor e-mail en je andere apparaten gelden de keuzes hieronder.</translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation>Nog geen observaties</translation>
    </message>
</context>
<context>
    <name>OverviewList</name>
    <message>
        <source>Account &amp; children</source>
        <translation>Account &amp; kinderen</translation>
    </message>
    <message>
        <source>Change of details being processed</source>
        <translation>Wijziging van gegevens in behandeling</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Geboren %1</translation>
    </message>
    <message>
        <source>Care has ended</source>
        <translation>Opvang beëindigd</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gezin</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Tegoeden</translation>
    </message>
    <message>
        <source>Hours or points still to use, and what they were used for</source>
        <translation>Uren of punten die je nog kunt gebruiken, en waarvoor ze gebruikt zijn</translation>
    </message>
    <message>
        <source>Invoices, documents &amp; annual statements</source>
        <translation>Facturen, documenten &amp; jaaropgaven</translation>
    </message>
    <message>
        <source>Save everything</source>
        <translation>Alles bewaren</translation>
    </message>
    <message>
        <source>Every photo, video and diary day in a folder on this device, with their dates</source>
        <translation>Alle foto&apos;s, video&apos;s en dagboekdagen in een map op dit apparaat, met hun datum</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Stel een vraag</translation>
    </message>
    <message>
        <source>Arrives as a conversation in Messages</source>
        <translation>Komt als gesprek in Berichten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaties</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>To the parent portal</source>
        <translation>Naar ouderportaal</translation>
    </message>
    <message>
        <source>Opens the organisation&apos;s portal in the browser</source>
        <translation>Opent het portaal van de organisatie in de browser</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Over deze app</translation>
    </message>
    <message>
        <source>Nestje %1 · free software (GPL 3.0 or later)</source>
        <translation>Nestje %1 · vrije software (GPL 3.0 of later)</translation>
    </message>
    <message>
        <source>Per item: a notification and/or an e-mail; quiet hours</source>
        <translation>Per onderdeel: een notificatie en/of een e-mail; stille uren</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Stille uren</translation>
    </message>
    <message>
        <source>Storage on this device</source>
        <translation>Opslag op dit apparaat</translation>
    </message>
    <message>
        <source>%1 of photos, videos and documents</source>
        <translation>%1 aan foto&apos;s, video&apos;s en documenten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light or dark as the device is set</source>
        <translation>Licht of donker, zoals het apparaat is ingesteld</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
</context>
<context>
    <name>PaperclipIcon</name>
    <message>
        <source>Has attachments</source>
        <translation>Met bijlage</translation>
    </message>
</context>
<context>
    <name>ParentPage</name>
    <message>
        <source>Your details</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>As the organisation knows you</source>
        <translation>Zoals de organisatie je kent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Wijzigingsverzoek</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>Request a change</source>
        <translation>Wijziging doorgeven</translation>
    </message>
    <message>
        <source>Fill in only what should change. The organisation processes it.</source>
        <translation>Vul alleen in wat moet veranderen. De organisatie verwerkt het.</translation>
    </message>
    <message>
        <source>Until this change is processed, you cannot change your details again.</source>
        <translation>Tot deze wijziging is verwerkt, kun je je gegevens niet nogmaals wijzigen.</translation>
    </message>
    <message>
        <source>Remark (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
    <message>
        <source>Send change</source>
        <translation>Wijziging versturen</translation>
    </message>
    <message>
        <source>Your change is being sent.</source>
        <translation>Je wijziging wordt verstuurd.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Your password has been changed. Other devices have been logged out.</source>
        <translation>Je wachtwoord is gewijzigd. Andere apparaten zijn uitgelogd.</translation>
    </message>
    <message>
        <source>At least %1 characters. After the change, other devices have to log in again.</source>
        <translation>Minstens %1 tekens. Na de wijziging moeten andere apparaten opnieuw inloggen.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nieuw wachtwoord nogmaals</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Bezig met wijzigen…</translation>
    </message>
</context>
<context>
    <name>PermissionRow</name>
    <message>
        <source>Declaration: cannot be changed here, ask your location</source>
        <translation>Verklaring: hier niet te wijzigen, vraag het je locatie</translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation>Nog niet ingevuld</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Foto&apos;s bekijken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Vorige foto</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Volgende foto</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <source>Download this photo</source>
        <translation>Deze foto downloaden</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the name or address of your portal.</source>
        <translation>Vul de naam of het adres van je portaal in.</translation>
    </message>
    <message>
        <source>This is not a portal address. Enter for example &quot;naam&quot; or &quot;naam.ouderportaal.nl&quot;.</source>
        <translation>Dit is geen portaaladres. Vul bijvoorbeeld &quot;naam&quot; of &quot;naam.ouderportaal.nl&quot; in.</translation>
    </message>
    <message>
        <source>Use https:// for a portal on another computer; http:// only works for a portal on this computer.</source>
        <translation>Gebruik https:// voor een portaal op een andere computer; http:// werkt alleen voor een portaal op deze computer.</translation>
    </message>
</context>
<context>
    <name>PortalCertificate</name>
    <message>
        <source>Self-hosted portal with its own certificate?</source>
        <translation>Eigen portaal met een eigen certificaat?</translation>
    </message>
    <message>
        <source>Also trusting the certificate of %1</source>
        <translation>Het certificaat van %1 wordt ook vertrouwd</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1</source>
        <translation>Het certificaat van %1 niet meer vertrouwen</translation>
    </message>
    <message>
        <source>Choose the portal&apos;s CA certificate</source>
        <translation>Kies het CA-certificaat van het portaal</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificaten (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Kiezen</translation>
    </message>
</context>
<context>
    <name>PortalTime</name>
    <message>
        <source>%1 (NL)</source>
        <extracomment>A time of day at the daycare, shown to a parent whose device is in another time zone</extracomment>
        <translation>%1 (NL)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the download could not be moved into the archive folder</source>
        <translation>de download kon niet naar de archiefmap worden verplaatst</translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation>de map %1 kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>the file could not be copied</source>
        <translation>het bestand kon niet worden gekopieerd</translation>
    </message>
    <message>
        <source>the file could not be given its name</source>
        <translation>het bestand kon zijn naam niet krijgen</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>In de map %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 kon niet worden geschreven</translation>
    </message>
    <message>
        <source>Written by %1 (parent)</source>
        <translation>Geschreven door %1 (ouder)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Geschreven door %1</translation>
    </message>
    <message>
        <source>Diary of %1, %2</source>
        <translation>Dagboek van %1, %2</translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation>Alles van %1</translation>
    </message>
    <message>
        <source>%1 · saved by Nestje</source>
        <translation>%1 · bewaard met Nestje</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Dagboek</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturen</translation>
    </message>
    <message>
        <source>Annual statements</source>
        <translation>Jaaropgaven</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Saved by Nestje</source>
        <translation>Bewaard door Nestje</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Nieuws</translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation>Nieuwsbrieven</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
</context>
<context>
    <name>QmlModuleCheck</name>
    <message>
        <source>Choosing files does not work on this computer: the Qt part %1 is not installed. Install it (on Debian and Ubuntu: qml6-module-%2) and start Nestje again.</source>
        <translation>Bestanden kiezen werkt niet op deze computer: het Qt-onderdeel %1 is niet geïnstalleerd. Installeer het (op Debian en Ubuntu: qml6-module-%2) en start Nestje opnieuw.</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Ask a question</source>
        <translation>Stel een vraag</translation>
    </message>
    <message>
        <source>About no child in particular</source>
        <translation>Niet over een bepaald kind</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Je vraag</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Your question is being sent. The answer comes in Messages.</source>
        <translation>Je vraag wordt verstuurd. Het antwoord komt in Berichten.</translation>
    </message>
</context>
<context>
    <name>RefusedWrite</name>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <source>Add photos</source>
        <translation>Foto&apos;s toevoegen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto&apos;s (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Typ je antwoord…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Versturen (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Your remark</source>
        <translation>Jouw opmerking</translation>
    </message>
    <message>
        <source>From the organisation</source>
        <translation>Van de organisatie</translation>
    </message>
    <message>
        <source>Expires automatically on</source>
        <translation>Vervalt automatisch op</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <source>Cancel for %1</source>
        <translation>Annuleren voor %1</translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Requests</source>
        <translation>Aanvragen</translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>Being cancelled…</source>
        <translation>Wordt geannuleerd…</translation>
    </message>
    <message>
        <source>Cancel for %1</source>
        <translation>Annuleren voor %1</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage on this device</source>
        <translation>Opslag op dit apparaat</translation>
    </message>
    <message>
        <source>Photos and videos: %1</source>
        <translation>Foto&apos;s en video&apos;s: %1</translation>
    </message>
    <message>
        <source>Empty the cache (%1)</source>
        <translation>Cache leegmaken (%1)</translation>
    </message>
    <message>
        <source>Empty the cache of %1</source>
        <translation>Cache van %1 leegmaken</translation>
    </message>
    <message>
        <source>Empty the cache?</source>
        <translation>Cache leegmaken?</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leegmaken</translation>
    </message>
    <message>
        <source>The cache of %1 is empty.</source>
        <translation>De cache van %1 is leeg.</translation>
    </message>
    <message>
        <source>Photos, videos and files you have opened are kept on this device, so they open at once and also offline. Emptying the cache frees the space; they are downloaded again when you open them.</source>
        <translation>Foto&apos;s, video&apos;s en bestanden die je hebt geopend, worden op dit apparaat bewaard. Zo openen ze meteen, ook offline. Als je de cache leegmaakt, komt die ruimte vrij; wat je daarna opent, wordt opnieuw gedownload.</translation>
    </message>
    <message>
        <source>Documents and attachments: %1</source>
        <translation>Documenten en bijlagen: %1</translation>
    </message>
    <message>
        <source>The photos, videos and files of %1 on this device (%2) are deleted. They are downloaded again when you open them, which needs an internet connection.</source>
        <translation>De foto&apos;s, video&apos;s en bestanden van %1 op dit apparaat (%2) worden verwijderd. Als je ze opent, worden ze opnieuw gedownload; daarvoor heb je internet nodig.</translation>
    </message>
</context>
<context>
    <name>SubPageHeader</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>SwapChildChoice</name>
    <message>
        <source>Give up</source>
        <translation>Inleveren</translation>
    </message>
    <message>
        <source>Not planned on this day.</source>
        <translation>Op deze dag niet gepland.</translation>
    </message>
    <message>
        <source>In return</source>
        <translation>Ervoor terug</translation>
    </message>
    <message>
        <source>Not planned in this period.</source>
        <translation>In deze periode niet gepland.</translation>
    </message>
</context>
<context>
    <name>SwapForm</name>
    <message>
        <source>Request a swap day</source>
        <translation>Ruildag aanvragen</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Inleveren</translation>
    </message>
    <message>
        <source>Swap to</source>
        <translation>Ruilen naar</translation>
    </message>
    <message>
        <source>Offline: the day parts to swap are computed by the organisation. Try again when there is a connection.</source>
        <translation>Offline: de dagdelen om te ruilen worden door de organisatie berekend. Probeer het opnieuw als er verbinding is.</translation>
    </message>
    <message>
        <source>Assess as a whole: only when every child can swap</source>
        <translation>Als geheel beoordelen: alleen als alle kinderen kunnen ruilen</translation>
    </message>
    <message>
        <source>The request lapses automatically if not assessed by</source>
        <translation>Aanvraag vervalt automatisch op</translation>
    </message>
    <message>
        <source>Lapses on</source>
        <translation>Vervalt op</translation>
    </message>
    <message>
        <source>Remark for the organisation (optional)</source>
        <translation>Opmerking voor de organisatie (optioneel)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Indienen</translation>
    </message>
    <message>
        <source>A period</source>
        <translation>Een periode</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message numerus="yes">
        <source>until and including %1 (%n days, as many as given up)</source>
        <translation>
            <numerusform>tot en met %1 (%n dag, evenveel als je inlevert)</numerusform>
            <numerusform>tot en met %1 (%n dagen, evenveel als je inlevert)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TabItem</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ongelezen</numerusform>
            <numerusform>%1, %n ongelezen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TabModel</name>
    <message>
        <source>My child</source>
        <translation>Mijn kind</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>Our team</source>
        <translation>Ons team</translation>
    </message>
</context>
<context>
    <name>TeamMemberPage</name>
    <message>
        <source>Our team</source>
        <translation>Ons team</translation>
    </message>
    <message>
        <source>This person is no longer in the team.</source>
        <translation>Deze medewerker staat niet meer in het team.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Our team</source>
        <translation>Ons team</translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>With photos</source>
        <translation>Met foto&apos;s</translation>
    </message>
    <message>
        <source>With files</source>
        <translation>Met bestanden</translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <source>Search messages</source>
        <translation>Zoeken in berichten</translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation>Bericht schrijven</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Alle kinderen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Berichten laden…</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Nog geen berichten</translation>
    </message>
    <message>
        <source>No conversation contains “%1”.</source>
        <translation>Geen gesprek bevat “%1”.</translation>
    </message>
    <message>
        <source>Messages between you and the group appear here. You will see a badge on this tab when there is something new.</source>
        <translation>Berichten tussen jou en de groep staan hier. Is er iets nieuws, dan zie je een bolletje op dit tabblad.</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>Diary of %1</source>
        <translation>Dagverslag van %1</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Dagverslag</translation>
    </message>
    <message>
        <source>Photos of %1</source>
        <translation>Foto&apos;s van %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto&apos;s</translation>
    </message>
    <message>
        <source>Action requested</source>
        <translation>Actie gevraagd</translation>
    </message>
    <message>
        <source>Message from the group</source>
        <translation>Bericht van de groep</translation>
    </message>
    <message>
        <source>Written by you</source>
        <translation>Geschreven door jou</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Geschreven door %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verstuurd: %1</translation>
    </message>
    <message>
        <source>the portal refused it</source>
        <translation>het portaal weigerde het</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Wordt verstuurd…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n more moment(s)</source>
        <translation>
            <numerusform>nog %n moment</numerusform>
            <numerusform>nog %n momenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to consents</source>
        <translation>Naar toestemmingen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n video&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Times in Dutch time</source>
        <translation>Tijden in Nederlandse tijd</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Positie in de video</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Volledig scherm</translation>
    </message>
</context>
<context>
    <name>nestje</name>
    <message>
        <source>Saves every photo, video and diary entry of your children into a folder.</source>
        <translation>Bewaart elke foto, video en dagboekpagina van je kinderen in een map.</translation>
    </message>
    <message>
        <source>The folder to save into.</source>
        <translation>De map om in te bewaren.</translation>
    </message>
    <message>
        <source>Only this child (first name).</source>
        <translation>Alleen dit kind (voornaam).</translation>
    </message>
    <message>
        <source>Only photos from this day on.</source>
        <translation>Alleen foto&apos;s vanaf deze dag.</translation>
    </message>
    <message>
        <source>Downloads at once (default 6).</source>
        <translation>Aantal downloads tegelijk (standaard 6).</translation>
    </message>
    <message>
        <source>Try: nestje archive --help</source>
        <translation>Probeer: nestje archive --help</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is verplicht</translation>
    </message>
    <message>
        <source>--since expects a day as YYYY-MM-DD</source>
        <translation>--since verwacht een dag als JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>--parallel expects a number from 1 to 32</source>
        <translation>--parallel verwacht een getal van 1 tot en met 32</translation>
    </message>
    <message>
        <source>the portal could not be read completely; try again later</source>
        <translation>het ouderportaal kon niet volledig worden gelezen; probeer het later opnieuw</translation>
    </message>
    <message>
        <source>no child named %1</source>
        <translation>geen kind met de naam %1</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3</source>
        <translation>%1 van %2 bestanden, %3</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, nog ongeveer %1 s</translation>
    </message>
    <message>
        <source>Saving into %1</source>
        <translation>Bewaren in %1</translation>
    </message>
    <message>
        <source>%1 files: %2 new, %3 already saved, %4 failed, %5 not downloadable; %6 in %7 s</source>
        <translation>%1 bestanden: %2 nieuw, %3 al bewaard, %4 mislukt, %5 niet te downloaden; %6 in %7 s</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (nog %2)</translation>
    </message>
    <message>
        <source>On the invoice</source>
        <translation>Op de factuur</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 is niet te gebruiken: %2.</translation>
    </message>
    <message>
        <source>already planned: %1</source>
        <translation>reeds gepland: %1</translation>
    </message>
    <message>
        <source>Writes your children&apos;s care days into an iCalendar file for your calendar app.</source>
        <translation>Zet de opvangdagen van je kinderen in een iCalendar-bestand voor je agenda-app.</translation>
    </message>
    <message>
        <source>The iCalendar file to write.</source>
        <translation>Het iCalendar-bestand dat geschreven wordt.</translation>
    </message>
    <message>
        <source>Try: nestje calendar --help</source>
        <translation>Probeer: nestje calendar --help</translation>
    </message>
    <message>
        <source>the calendar could not be read from the portal; try again later</source>
        <translation>de agenda kon niet van het ouderportaal worden gelezen; probeer het later opnieuw</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Care moments: %1 for %2 children, written to %3</source>
        <translation>Opvangmomenten: %1 voor %2 kinderen, geschreven naar %3</translation>
    </message>
</context>
<context>
    <name>nestje::AccountDetails</name>
    <message>
        <source>name → %1</source>
        <translation>naam → %1</translation>
    </message>
    <message>
        <source>e-mail address → %1</source>
        <translation>e-mailadres → %1</translation>
    </message>
    <message>
        <source>phone number → %1</source>
        <translation>telefoonnummer → %1</translation>
    </message>
    <message>
        <source>address → %1</source>
        <translation>adres → %1</translation>
    </message>
    <message>
        <source>Being processed since %1</source>
        <translation>In behandeling sinds %1</translation>
    </message>
    <message>
        <source>Processed by the organisation</source>
        <translation>Verwerkt door de organisatie</translation>
    </message>
    <message>
        <source>The portal did not accept the change.</source>
        <translation>Het portaal heeft de wijziging niet geaccepteerd.</translation>
    </message>
    <message>
        <source>No account.</source>
        <translation>Geen account.</translation>
    </message>
    <message>
        <source>A change is still being processed. Until then you cannot change your details again.</source>
        <translation>Er wordt nog een wijziging verwerkt. Tot die verwerkt is, kun je je gegevens niet nogmaals wijzigen.</translation>
    </message>
    <message>
        <source>Fill in what should change.</source>
        <translation>Vul in wat er moet veranderen.</translation>
    </message>
    <message>
        <source>This device could not store the change.</source>
        <translation>Dit apparaat kon de wijziging niet bewaren.</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>Schrijf een onderwerp.</translation>
    </message>
    <message>
        <source>Write your question.</source>
        <translation>Schrijf je vraag.</translation>
    </message>
    <message>
        <source>This device could not store the question.</source>
        <translation>Dit apparaat kon de vraag niet bewaren.</translation>
    </message>
    <message>
        <source>Fill in your current password.</source>
        <translation>Vul je huidige wachtwoord in.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Het nieuwe wachtwoord moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>De twee nieuwe wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Het nieuwe wachtwoord is hetzelfde als het huidige.</translation>
    </message>
    <message>
        <source>The password was changed, but this device could not store it: %1</source>
        <translation>Het wachtwoord is gewijzigd, maar dit apparaat kon het niet bewaren: %1</translation>
    </message>
</context>
<context>
    <name>nestje::AgendaCalendarFile</name>
    <message>
        <source>There is no account to export.</source>
        <translation>Er is geen account om te exporteren.</translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation>De agenda kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The last update failed: %1</source>
        <translation>Het bijwerken lukte de laatste keer niet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 at %2 · %n care moments</source>
        <translation>
            <numerusform>%1 om %2 bijgewerkt · %n opvangmoment</numerusform>
            <numerusform>%1 om %2 bijgewerkt · %n opvangmomenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nestje::AgendaCalendarModel</name>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>The organisation is closed</source>
        <translation>De opvang is gesloten</translation>
    </message>
    <message>
        <source>School holiday until %1</source>
        <translation>Schoolvakantie tot en met %1</translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation>%1 is gesloten</translation>
    </message>
</context>
<context>
    <name>nestje::AgendaWriter</name>
    <message>
        <source>Absence not reported</source>
        <translation>Afwezigheid niet doorgegeven</translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation>Niet geannuleerd</translation>
    </message>
    <message>
        <source>Choose a reason for the absence: sick, holiday or other.</source>
        <translation>Kies een reden voor de afwezigheid: ziek, vakantie of overig.</translation>
    </message>
    <message>
        <source>Choose at least one day part.</source>
        <translation>Kies minstens één dagdeel.</translation>
    </message>
    <message>
        <source>Request not submitted</source>
        <translation>Aanvraag niet ingediend</translation>
    </message>
    <message>
        <source>Swap not submitted</source>
        <translation>Ruildag niet ingediend</translation>
    </message>
    <message>
        <source>Choose the day parts you give up and the day parts you want in return.</source>
        <translation>Kies de dagdelen die je inlevert en de dagdelen die je ervoor terug wilt.</translation>
    </message>
    <message>
        <source>%1 gives up %2 and gets %3 back: the remaining %4 is lost.</source>
        <translation>%1 levert %2 in en krijgt %3 terug: de restanttijd van %4 vervalt.</translation>
    </message>
    <message>
        <source>%1 would get more (%2) than is given up (%3); the organisation refuses that.</source>
        <translation>%1 zou meer opvang terugkrijgen (%2) dan er wordt ingeleverd (%3); dat wijst de organisatie af.</translation>
    </message>
</context>
<context>
    <name>nestje::AppController</name>
    <message>
        <source>Your password for %1 has changed or your session has ended. Log in again; nothing you wrote is lost.</source>
        <translation>Je wachtwoord voor %1 is gewijzigd of je sessie is verlopen. Log opnieuw in; wat je geschreven hebt, blijft bewaard.</translation>
    </message>
    <message>
        <source>Nestje could not find your session for %1 in this device&apos;s keychain. Log in again; nothing you wrote is lost.</source>
        <translation>Nestje vond je sessie voor %1 niet terug in de sleutelbos van dit apparaat. Log opnieuw in; wat je geschreven hebt, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>nestje::ArchiveController</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>nog minder dan een minuut</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>nog ongeveer %n minuut</numerusform>
            <numerusform>nog ongeveer %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What was saved stays; the next time continues from there.</source>
        <translation>Gestopt. Wat al bewaard is, blijft staan; de volgende keer gaat het daar verder.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be saved; they are tried again next time.</source>
        <translation>
            <numerusform>%n bestand kon niet worden bewaard; de volgende keer wordt het opnieuw geprobeerd.</numerusform>
            <numerusform>%n bestanden konden niet worden bewaard; de volgende keer worden ze opnieuw geprobeerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was already saved.</source>
        <translation>Alles was al bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) saved.</source>
        <translation>
            <numerusform>%n nieuw bestand bewaard.</numerusform>
            <numerusform>%n nieuwe bestanden bewaard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nestje::ArchiveFileFetcher</name>
    <message>
        <source>the portal did not give the file</source>
        <translation>het portaal gaf het bestand niet</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>het bestand kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>geen verbinding</translation>
    </message>
    <message>
        <source>the portal answered %1</source>
        <translation>het portaal antwoordde met %1</translation>
    </message>
    <message>
        <source>the link has expired</source>
        <translation>de link is verlopen</translation>
    </message>
    <message>
        <source>the file is no longer offered</source>
        <translation>het bestand wordt niet meer aangeboden</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
</context>
<context>
    <name>nestje::ArchiveRun</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>In de map %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1: the archive&apos;s list could not be written</source>
        <translation>%1: de lijst van het archief kon niet worden geschreven</translation>
    </message>
    <message>
        <source>the archive&apos;s list could not be written</source>
        <translation>de lijst van het archief kon niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>nestje::ConversationModel</name>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
</context>
<context>
    <name>nestje::DesktopNotifications</name>
    <message numerus="yes">
        <source>%n new items from %1</source>
        <translation>
            <numerusform>%n nieuw bericht van %1</numerusform>
            <numerusform>%n nieuwe berichten van %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages, photos and news are waiting for you in Nestje.</source>
        <translation>Er staan berichten, foto&apos;s en nieuws voor je klaar in Nestje.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>nestje::DiaryBook</name>
    <message>
        <source>Diary.pdf</source>
        <translation>Dagboek.pdf</translation>
    </message>
    <message>
        <source>Diary %1.pdf</source>
        <translation>Dagboek %1.pdf</translation>
    </message>
    <message>
        <source>Diary of %1</source>
        <translation>Dagboek van %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Het bestand kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>Written by %1 (parent)</source>
        <translation>Geschreven door %1 (ouder)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Geschreven door %1</translation>
    </message>
    <message>
        <source>There are no diary entries yet.</source>
        <translation>Er staan nog geen dagverslagen in het dagboek.</translation>
    </message>
</context>
<context>
    <name>nestje::DiaryWriter</name>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <source>Write a few words or add a photo.</source>
        <translation>Schrijf een paar woorden of voeg een foto toe.</translation>
    </message>
    <message>
        <source>The entry is too long: at most %1 characters.</source>
        <translation>Het verslag is te lang: maximaal %1 tekens.</translation>
    </message>
    <message>
        <source>Add at most %1 photos or videos.</source>
        <translation>Voeg maximaal %1 foto&apos;s of video&apos;s toe.</translation>
    </message>
    <message>
        <source>You can write about today or a day that has been.</source>
        <translation>Je schrijft over vandaag of een dag die al geweest is.</translation>
    </message>
    <message>
        <source>%1 is not a photo or a video.</source>
        <translation>%1 is geen foto of video.</translation>
    </message>
    <message>
        <source>%1 is a video; this organisation does not take videos in the diary.</source>
        <translation>%1 is een video; deze organisatie neemt geen video&apos;s op in het dagboek.</translation>
    </message>
    <message>
        <source>The diary cannot be written right now.</source>
        <translation>Het dagboek kan nu niet worden geschreven.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The entry could not be stored on this device. Nothing was sent; try again.</source>
        <translation>Het verslag kon niet op dit apparaat worden bewaard. Er is niets verstuurd; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>nestje::DocumentFiles</name>
    <message>
        <source>The document could not be saved there.</source>
        <translation>Het document kon daar niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>No account.</source>
        <translation>Geen account.</translation>
    </message>
    <message>
        <source>No connection: the document is not on this device yet.</source>
        <translation>Geen verbinding: het document staat nog niet op dit apparaat.</translation>
    </message>
    <message>
        <source>The portal did not give the document.</source>
        <translation>Het portaal gaf het document niet.</translation>
    </message>
    <message>
        <source>The document could not be stored on this device.</source>
        <translation>Het document kon niet op dit apparaat worden bewaard.</translation>
    </message>
</context>
<context>
    <name>nestje::ExtraDayRequest</name>
    <message>
        <source>paid with %1</source>
        <translation>betaald met %1</translation>
    </message>
    <message>
        <source>on the invoice</source>
        <translation>op de factuur</translation>
    </message>
    <message>
        <source>%1 of %2: %3 used, %4 left</source>
        <translation>%1 van %2: %3 gebruikt, %4 blijft over</translation>
    </message>
    <message>
        <source>Approved at once: paid with credit within the organisation&apos;s term.</source>
        <translation>Wordt direct goedgekeurd: betaald met tegoed binnen de termijn van de organisatie.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) paid with credit within the term are approved at once; the organisation assesses the rest.</source>
        <translation>
            <numerusform>%n boeking betaald met tegoed binnen de termijn wordt direct goedgekeurd; de rest beoordeelt de organisatie.</numerusform>
            <numerusform>%n boekingen betaald met tegoed binnen de termijn worden direct goedgekeurd; de rest beoordeelt de organisatie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation assesses the request. Until then it shows as &apos;Optie extra&apos; in the calendar.</source>
        <translation>De organisatie beoordeelt de aanvraag. Tot die tijd staat hij als &apos;Optie extra&apos; in de kalender.</translation>
    </message>
    <message>
        <source>Add a day first.</source>
        <translation>Voeg eerst een dag toe aan de aanvraag.</translation>
    </message>
    <message>
        <source>%1 does not cover all these bookings. Paying partly with credit is not possible: choose the invoice for one of them.</source>
        <translation>%1 is niet toereikend voor al deze boekingen. Gedeeltelijk met tegoed betalen kan niet: laat een van de boekingen in rekening brengen op de factuur.</translation>
    </message>
    <message>
        <source>The request can lapse at the latest on the day before the care starts.</source>
        <translation>De aanvraag kan uiterlijk vervallen op de dag voordat de opvang begint.</translation>
    </message>
    <message>
        <source>Choose a day part first.</source>
        <translation>Kies eerst een dagdeel.</translation>
    </message>
    <message>
        <source>%1 already has this time in the request.</source>
        <translation>%1 heeft deze tijd al in de aanvraag.</translation>
    </message>
    <message>
        <source>Enter a start and an end time, such as 09:00 and 15:30.</source>
        <translation>Vul een begin- en eindtijd in, bijvoorbeeld 09:00 en 15:30.</translation>
    </message>
    <message>
        <source>Choose times within the opening hours from %1 to %2.</source>
        <translation>Kies tijden binnen de openingstijden van %1 tot %2.</translation>
    </message>
    <message>
        <source>Own times</source>
        <translation>Eigen tijden</translation>
    </message>
</context>
<context>
    <name>nestje::ForgotPassword</name>
    <message>
        <source>Enter the e-mail address you use to log in to the portal.</source>
        <translation>Vul het e-mailadres in waarmee je inlogt op het portaal.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for a new password. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Te veel aanvragen voor een nieuw wachtwoord. Probeer het over %n minuut opnieuw.</numerusform>
            <numerusform>Te veel aanvragen voor een nieuw wachtwoord. Probeer het over %n minuten opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for a new password. Try again later.</source>
        <translation>Te veel aanvragen voor een nieuw wachtwoord. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>If %1 knows this e-mail address, an e-mail with a link to choose a new password is on its way. The link works once, for an hour. Then log in here with your new password.</source>
        <translation>Als %1 dit e-mailadres kent, is er een e-mail onderweg met een link om een nieuw wachtwoord te kiezen. De link werkt één keer, een uur lang. Log daarna hier in met je nieuwe wachtwoord.</translation>
    </message>
</context>
<context>
    <name>nestje::LocationItem</name>
    <message>
        <source>No connection: the attachment is not on this device yet.</source>
        <translation>Geen verbinding: de bijlage staat nog niet op dit apparaat.</translation>
    </message>
    <message>
        <source>The portal did not give the attachment.</source>
        <translation>Het portaal gaf de bijlage niet.</translation>
    </message>
</context>
<context>
    <name>nestje::LoginFlow</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>De demo kon niet starten: %1</translation>
    </message>
    <message>
        <source>Enter the e-mail address you use to log in to the portal.</source>
        <translation>Vul het e-mailadres in waarmee je inlogt op het portaal.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vul je wachtwoord in.</translation>
    </message>
    <message>
        <source>This file does not contain a certificate (PEM).</source>
        <translation>Dit bestand bevat geen certificaat (PEM).</translation>
    </message>
</context>
<context>
    <name>nestje::MediaCache</name>
    <message>
        <source>This photo is no longer available.</source>
        <translation>Deze foto is niet meer beschikbaar.</translation>
    </message>
    <message>
        <source>The photo could not be saved on this device.</source>
        <translation>De foto kon niet op dit apparaat worden bewaard.</translation>
    </message>
    <message>
        <source>No connection: the photo will load when you are online.</source>
        <translation>Geen verbinding: de foto laadt zodra je weer online bent.</translation>
    </message>
    <message>
        <source>The photo could not be loaded (HTTP %1).</source>
        <translation>De foto kon niet worden geladen (HTTP %1).</translation>
    </message>
    <message>
        <source>The photo could not be loaded.</source>
        <translation>De foto kon niet worden geladen.</translation>
    </message>
    <message>
        <source>The file is larger than a photo or video can be.</source>
        <translation>Het bestand is groter dan een foto of video kan zijn.</translation>
    </message>
    <message>
        <source>The portal did not send the photo.</source>
        <translation>Het portaal stuurde geen foto.</translation>
    </message>
</context>
<context>
    <name>nestje::MediaFiles</name>
    <message>
        <source>Downloading is not possible right now.</source>
        <translation>Downloaden kan nu niet.</translation>
    </message>
    <message>
        <source>Could not save in %1: %2</source>
        <translation>Opslaan in %1 lukte niet: %2</translation>
    </message>
    <message>
        <source>The video is not available right now.</source>
        <translation>De video is nu niet beschikbaar.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation>het bestand kon niet worden hernoemd</translation>
    </message>
</context>
<context>
    <name>nestje::MessageFiles</name>
    <message>
        <source>This file is no longer in the conversation.</source>
        <translation>Dit bestand staat niet meer in het gesprek.</translation>
    </message>
    <message>
        <source>No connection: this file is not on this device yet.</source>
        <translation>Geen verbinding: dit bestand staat nog niet op dit apparaat.</translation>
    </message>
    <message>
        <source>The portal no longer has this file.</source>
        <translation>Het portaal heeft dit bestand niet meer.</translation>
    </message>
    <message>
        <source>The portal did not give the file (HTTP %1).</source>
        <translation>Het portaal gaf het bestand niet (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal sent something other than this file.</source>
        <translation>Het portaal stuurde iets anders dan dit bestand.</translation>
    </message>
    <message>
        <source>The file could not be stored on this device.</source>
        <translation>Het bestand kon niet op dit apparaat worden bewaard.</translation>
    </message>
</context>
<context>
    <name>nestje::MessageWriter</name>
    <message>
        <source>Fill in a subject.</source>
        <translation>Vul een onderwerp in.</translation>
    </message>
    <message>
        <source>The subject is too long: at most %1 characters.</source>
        <translation>Het onderwerp is te lang: maximaal %1 tekens.</translation>
    </message>
    <message>
        <source>Type your message first.</source>
        <translation>Typ eerst je bericht.</translation>
    </message>
    <message>
        <source>Your message is too long: at most %1 characters.</source>
        <translation>Je bericht is te lang: maximaal %1 tekens.</translation>
    </message>
    <message>
        <source>Add at most %1 photos.</source>
        <translation>Voeg maximaal %1 foto&apos;s toe.</translation>
    </message>
    <message>
        <source>%1 is not a photo.</source>
        <translation>%1 is geen foto.</translation>
    </message>
    <message>
        <source>The message cannot be sent right now.</source>
        <translation>Het bericht kan nu niet verstuurd worden.</translation>
    </message>
    <message>
        <source>Choose the child this message is about.</source>
        <translation>Kies het kind waarover je een bericht wilt sturen.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 kon niet gelezen worden.</translation>
    </message>
    <message>
        <source>The message could not be stored on this device. Nothing was sent; try again.</source>
        <translation>Het bericht kon niet op dit apparaat bewaard worden. Er is niets verstuurd; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>nestje::PermissionModel</name>
    <message>
        <source>changed on %1</source>
        <translation>gewijzigd op %1</translation>
    </message>
</context>
<context>
    <name>nestje::PlacementModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
</context>
<context>
    <name>nestje::PortalQuestion</name>
    <message>
        <source>There is no account to ask.</source>
        <translation>Er is geen account om het aan te vragen.</translation>
    </message>
</context>
<context>
    <name>nestje::Session</name>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>Fetching everything for the first time…</source>
        <translation>Alles wordt voor de eerste keer opgehaald…</translation>
    </message>
    <message>
        <source>Offline, last updated %1</source>
        <translation>Offline, laatst bijgewerkt %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Bijgewerkt %1</translation>
    </message>
    <message>
        <source>Could not be updated: no connection.</source>
        <translation>Niet bijgewerkt: geen verbinding.</translation>
    </message>
    <message>
        <source>Could not be updated: the portal answered with an error.</source>
        <translation>Niet bijgewerkt: het portaal gaf een fout.</translation>
    </message>
    <message>
        <source>Last updated %1.</source>
        <translation>Laatst bijgewerkt %1.</translation>
    </message>
    <message>
        <source>Could not be updated: Nestje could not save on this device. Is its storage full?</source>
        <translation>Niet bijgewerkt: Nestje kon niet opslaan op dit apparaat. Is de opslag vol?</translation>
    </message>
</context>
<context>
    <name>nestje::ThreadModel</name>
    <message>
        <source>You</source>
        <translation>Jij</translation>
    </message>
</context>
<context>
    <name>nestje::agendatext</name>
    <message>
        <source>Absent</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Swap day</source>
        <translation>Ruildag</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Extra day</source>
        <translation>Extra dag</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>ziek</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>vakantie</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>gives up %1</source>
        <translation>levert in: %1</translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation>neemt: %1</translation>
    </message>
    <message>
        <source>paid with %1</source>
        <translation>betaald met %1</translation>
    </message>
    <message>
        <source>on the invoice</source>
        <translation>op factuur</translation>
    </message>
</context>
<context>
    <name>nestje::archivecare</name>
    <message>
        <source>Care for %1 has ended. The organisation keeps the photos, the diary and the messages for eight weeks after the end; save them now.</source>
        <translation>De opvang van %1 is gestopt. De organisatie bewaart de foto&apos;s, het dagboek en de berichten tot acht weken na het einde; bewaar ze nu zelf.</translation>
    </message>
    <message>
        <source>Care for %1 ended on %2. The organisation keeps the photos, the diary and the messages until %3; save them before then.</source>
        <translation>De opvang van %1 is gestopt op %2. De organisatie bewaart de foto&apos;s, het dagboek en de berichten tot %3; bewaar ze vóór die tijd zelf.</translation>
    </message>
    <message>
        <source>Care for %1 ends on %2. The organisation keeps the photos, the diary and the messages until %3; save them before then.</source>
        <translation>De opvang van %1 stopt op %2. De organisatie bewaart de foto&apos;s, het dagboek en de berichten tot %3; bewaar ze vóór die tijd zelf.</translation>
    </message>
    <message>
        <source>Save everything of %1</source>
        <translation>Alles van %1 bewaren</translation>
    </message>
</context>
<context>
    <name>nestje::filedownload</name>
    <message>
        <source>No app on this device opens this file. It is kept in the app and can be opened once such an app is installed.</source>
        <translation>Geen app op dit apparaat kan dit bestand openen. Het blijft in Nestje bewaard en opent zodra zo&apos;n app is geïnstalleerd.</translation>
    </message>
</context>
</TS>
