<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
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
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation>Nog niets gepland</translation>
    </message>
    <message>
        <source>The days your child is expected appear here, together with your requests for extra days, swap days and absence.</source>
        <translation>Hier zie je de dagen waarop je kind verwacht wordt, samen met je aanvragen voor extra dagen, ruildagen en afwezigheid.</translation>
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
        <source>Remove attachment %1</source>
        <translation>Bijlage %1 verwijderen</translation>
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
    <name>LocationPage</name>
    <message>
        <source>My location</source>
        <translation>Mijn locatie</translation>
    </message>
    <message>
        <source>No news from your location yet</source>
        <translation>Nog geen nieuws van je locatie</translation>
    </message>
    <message>
        <source>News, newsletters, the team and practical information of your child&apos;s location appear here.</source>
        <translation>Hier vind je het nieuws, de nieuwsbrieven, het team en praktische informatie van de locatie van je kind.</translation>
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
        <source>Your portal asks you to choose a new password first. Do that in the browser via &quot;Forgot password?&quot; and log in again here.</source>
        <translation>Je portaal vraagt je eerst een nieuw wachtwoord te kiezen. Doe dat in de browser via &quot;Wachtwoord vergeten?&quot; en log daarna hier opnieuw in.</translation>
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
        <source>The name or address of your parent portal</source>
        <translation>De naam of het adres van je ouderportaal</translation>
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
        <source>Fill in your portal first; you choose a new password on the portal&apos;s website.</source>
        <translation>Vul eerst je portaal in; een nieuw wachtwoord kies je op de website van het portaal.</translation>
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
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Nog geen berichten</translation>
    </message>
    <message>
        <source>Messages between you and the group appear here. You will see a badge on this tab when there is something new.</source>
        <translation>Hier staan de berichten tussen jou en de groep. Is er iets nieuws, dan zie je een teller op dit tabblad.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>More is on its way</source>
        <translation>Er komt meer</translation>
    </message>
    <message>
        <source>Credits, requests, invoices, consents and notification settings will be available here.</source>
        <translation>Hier komen straks je tegoeden, aanvragen, facturen, toestemmingen en notificatie-instellingen.</translation>
    </message>
    <message>
        <source>Nestje %1 · open source</source>
        <translation>Nestje %1 · open source</translation>
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
        <source>Saved in %1</source>
        <translation>Opgeslagen in %1</translation>
    </message>
    <message>
        <source>Diary saved as %1</source>
        <translation>Dagboek opgeslagen als %1</translation>
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
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Main navigation</source>
        <translation>Hoofdnavigatie</translation>
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
        <source>Request: %1</source>
        <translation>Aanvraag: %1</translation>
    </message>
    <message>
        <source>Your request has been handled. See the request overview.</source>
        <translation>Je aanvraag is behandeld. Bekijk het aanvragenoverzicht.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
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
    <name>QmlModuleCheck</name>
    <message>
        <source>Choosing files does not work on this computer: the Qt part %1 is not installed. Install it (on Debian and Ubuntu: qml6-module-%2) and start Nestje again.</source>
        <translation>Bestanden kiezen werkt niet op deze computer: het Qt-onderdeel %1 is niet geïnstalleerd. Installeer het (op Debian en Ubuntu: qml6-module-%2) en start Nestje opnieuw.</translation>
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
        <source>My location</source>
        <translation>Mijn locatie</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Overig</translation>
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
    <name>nestje::AppController</name>
    <message>
        <source>Your password for %1 has changed or your session has ended. Log in again; nothing you wrote is lost.</source>
        <translation>Je wachtwoord voor %1 is gewijzigd of je sessie is verlopen. Log opnieuw in; wat je geschreven hebt, blijft bewaard.</translation>
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
</context>
</TS>
