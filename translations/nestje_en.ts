<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>The saved data of %1 could not be opened: %2</source>
        <translation>The saved data of %1 could not be opened: %2</translation>
    </message>
    <message>
        <source>Your password could not be stored in the keychain (%1). You will be asked for it again next time.</source>
        <translation>Your password could not be stored in the keychain (%1). You will be asked for it again next time.</translation>
    </message>
    <message>
        <source>Nestje could not save data on this device: %1</source>
        <translation>Nestje could not save data on this device: %1</translation>
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
        <translation>%1 at %2, active</translation>
    </message>
    <message>
        <source>Switch to %1 at %2</source>
        <translation>Switch to %1 at %2</translation>
    </message>
    <message>
        <source>Demo · %1</source>
        <translation>Demo · %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log out of %1</source>
        <translation>Log out of %1</translation>
    </message>
    <message>
        <source>Log out of all accounts</source>
        <translation>Log out of all accounts</translation>
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
        <translation>Nothing planned yet</translation>
    </message>
    <message>
        <source>The days your child is expected appear here, together with your requests for extra days, swap days and absence.</source>
        <translation>The days your child is expected appear here, together with your requests for extra days, swap days and absence.</translation>
    </message>
</context>
<context>
    <name>AlbumsPage</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) loaded</source>
        <translation>
            <numerusform>%n photo loaded</numerusform>
            <numerusform>%n photos loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Photos by month</source>
        <translation>Photos by month</translation>
    </message>
    <message>
        <source>Video of %1</source>
        <translation>Video of %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo of %1</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>No photos yet</translation>
    </message>
    <message>
        <source>Photos the group shares of your child appear here by month.</source>
        <translation>Photos the group shares of your child appear here by month.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>No connection with the portal.</source>
        <translation>No connection with the portal.</translation>
    </message>
    <message>
        <source>The portal is taking too long to answer.</source>
        <translation>The portal is taking too long to answer.</translation>
    </message>
    <message>
        <source>The portal has a problem right now. Nestje tries again later.</source>
        <translation>The portal has a problem right now. Nestje tries again later.</translation>
    </message>
    <message>
        <source>Your session has ended. Log in again.</source>
        <translation>Your session has ended. Log in again.</translation>
    </message>
    <message>
        <source>The organisation did not accept this.</source>
        <translation>The organisation did not accept this.</translation>
    </message>
    <message>
        <source>This item no longer exists on the portal.</source>
        <translation>This item no longer exists on the portal.</translation>
    </message>
    <message>
        <source>Your organisation does not offer this in the app.</source>
        <translation>Your organisation does not offer this in the app.</translation>
    </message>
    <message>
        <source>The portal sent an answer Nestje does not understand.</source>
        <translation>The portal sent an answer Nestje does not understand.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BottomTabBar</name>
    <message>
        <source>Main navigation</source>
        <translation>Main navigation</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Nestje, the parent app for Konnect portals.</source>
        <translation>Nestje, the parent app for Konnect portals.</translation>
    </message>
    <message>
        <source>Open the demo organisation.</source>
        <translation>Open the demo organisation.</translation>
    </message>
    <message>
        <source>Portal to log in to.</source>
        <translation>Portal to log in to.</translation>
    </message>
    <message>
        <source>Language: nl or en.</source>
        <translation>Language: nl or en.</translation>
    </message>
    <message>
        <source>Render a page offscreen to a PNG file and quit.</source>
        <translation>Render a page offscreen to a PNG file and quit.</translation>
    </message>
    <message>
        <source>Window size.</source>
        <translation>Window size.</translation>
    </message>
    <message>
        <source>Page to show: %1.</source>
        <translation>Page to show: %1.</translation>
    </message>
    <message>
        <source>Open an item, as a notification does (e.g. messages:12).</source>
        <translation>Open an item, as a notification does (e.g. messages:12).</translation>
    </message>
    <message>
        <source>Run even when Nestje is already running (for tests).</source>
        <translation>Run even when Nestje is already running (for tests).</translation>
    </message>
    <message>
        <source>Colour scheme: light or dark (default: the system&apos;s).</source>
        <translation>Colour scheme: light or dark (default: the system&apos;s).</translation>
    </message>
</context>
<context>
    <name>DayRhythmList</name>
    <message>
        <source>still going on</source>
        <translation>still going on</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>DiaryForm</name>
    <message>
        <source>Write in the diary</source>
        <translation>Write in the diary</translation>
    </message>
    <message>
        <source>Add photos or videos</source>
        <translation>Add photos or videos</translation>
    </message>
    <message>
        <source>Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov *.webm)</source>
        <translation>Photos and videos (*.jpg *.jpeg *.png *.mp4 *.mov *.webm)</translation>
    </message>
    <message>
        <source>What you write here goes into the diary and the group&apos;s staff can read it. The diary is not meant for messages to the staff: for a question or something they need to know, send a message.</source>
        <translation>What you write here goes into the diary and the group&apos;s staff can read it. The diary is not meant for messages to the staff: for a question or something they need to know, send a message.</translation>
    </message>
    <message>
        <source>Go to Messages</source>
        <translation>Go to Messages</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>How was the day of %1?</source>
        <translation>How was the day of %1?</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <source>For example: slept badly last night, so a bit tired today. Grandma picks her up.</source>
        <translation>For example: slept badly last night, so a bit tired today. Grandma picks her up.</translation>
    </message>
    <message>
        <source>Diary text</source>
        <translation>Diary text</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Remove attachment %1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send diary entry</source>
        <translation>Send diary entry</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>The file window could not be opened on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePickerDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryPage</name>
    <message>
        <source>Making the PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>Download diary</source>
        <translation>Download diary</translation>
    </message>
    <message>
        <source>Save the diary as PDF</source>
        <translation>Save the diary as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Making the PDF</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>My location</source>
        <translation>My location</translation>
    </message>
    <message>
        <source>No news from your location yet</source>
        <translation>No news from your location yet</translation>
    </message>
    <message>
        <source>News, newsletters, the team and practical information of your child&apos;s location appear here.</source>
        <translation>News, newsletters, the team and practical information of your child&apos;s location appear here.</translation>
    </message>
</context>
<context>
    <name>LoginError</name>
    <message>
        <source>The portal cannot be reached. Check the address and your internet connection.</source>
        <translation>The portal cannot be reached. Check the address and your internet connection.</translation>
    </message>
    <message>
        <source>This address does not answer like a parent portal. Check the portal address.</source>
        <translation>This address does not answer like a parent portal. Check the portal address.</translation>
    </message>
    <message>
        <source>The e-mail address or password is not correct.</source>
        <translation>The e-mail address or password is not correct.</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again after %1.</source>
        <translation>Too many attempts. You can try again after %1.</translation>
    </message>
    <message>
        <source>Your portal asks you to choose a new password first. Do that in the browser via &quot;Forgot password?&quot; and log in again here.</source>
        <translation>Your portal asks you to choose a new password first. Do that in the browser via &quot;Forgot password?&quot; and log in again here.</translation>
    </message>
    <message>
        <source>This is not a parent account. Log in with the e-mail address you use as a parent.</source>
        <translation>This is not a parent account. Log in with the e-mail address you use as a parent.</translation>
    </message>
    <message>
        <source>The portal&apos;s security certificate is not trusted, so the connection was stopped.</source>
        <translation>The portal&apos;s security certificate is not trusted, so the connection was stopped.</translation>
    </message>
    <message>
        <source>The portal has a problem right now. Try again in a moment.</source>
        <translation>The portal has a problem right now. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in with the parent portal of your childcare organisation.</source>
        <translation>Log in with the parent portal of your childcare organisation.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>name.ouderportaal.nl</source>
        <translation>name.ouderportaal.nl</translation>
    </message>
    <message>
        <source>The name or address of your parent portal</source>
        <translation>The name or address of your parent portal</translation>
    </message>
    <message>
        <source>For example &quot;deboomhut&quot; or the address you use in the browser.</source>
        <translation>For example &quot;deboomhut&quot; or the address you use in the browser.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>you@example.nl</source>
        <translation>you@example.nl</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Forgot password?</translation>
    </message>
    <message>
        <source>Fill in your portal first; you choose a new password on the portal&apos;s website.</source>
        <translation>Fill in your portal first; you choose a new password on the portal&apos;s website.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <source>Opens Nestje with a sample daycare, without an account</source>
        <translation>Opens Nestje with a sample daycare, without an account</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Play video %1 of %2</source>
        <translation>Play video %1 of %2</translation>
    </message>
    <message>
        <source>Open photo %1 of %2</source>
        <translation>Open photo %1 of %2</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Download photo %1</source>
        <translation>Download photo %1</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>No messages yet</translation>
    </message>
    <message>
        <source>Messages between you and the group appear here. You will see a badge on this tab when there is something new.</source>
        <translation>Messages between you and the group appear here. You will see a badge on this tab when there is something new.</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>More is on its way</source>
        <translation>More is on its way</translation>
    </message>
    <message>
        <source>Credits, requests, invoices, consents and notification settings will be available here.</source>
        <translation>Credits, requests, invoices, consents and notification settings will be available here.</translation>
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
        <translation>My child</translation>
    </message>
    <message>
        <source>No diary entries yet</source>
        <translation>No diary entries yet</translation>
    </message>
    <message>
        <source>Photos, the diary and the day rhythm of your child appear here as soon as the group shares them.</source>
        <translation>Photos, the diary and the day rhythm of your child appear here as soon as the group shares them.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Diary saved as %1</source>
        <translation>Diary saved as %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <source>Release to refresh</source>
        <translation>Release to refresh</translation>
    </message>
    <message>
        <source>Write in the diary</source>
        <translation>Write in the diary</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>All children</translation>
    </message>
    <message>
        <source>This is where the diary starts.</source>
        <translation>This is where the diary starts.</translation>
    </message>
    <message>
        <source>Fetching the timeline…</source>
        <translation>Fetching the timeline…</translation>
    </message>
    <message>
        <source>Your diary entry is being sent.</source>
        <translation>Your diary entry is being sent.</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Main navigation</source>
        <translation>Main navigation</translation>
    </message>
</context>
<context>
    <name>NotificationFeed</name>
    <message>
        <source>Message from %1</source>
        <translation>Message from %1</translation>
    </message>
    <message>
        <source>News: %1</source>
        <translation>News: %1</translation>
    </message>
    <message>
        <source>New newsletter</source>
        <translation>New newsletter</translation>
    </message>
    <message>
        <source>New photos</source>
        <translation>New photos</translation>
    </message>
    <message>
        <source>New diary entry</source>
        <translation>New diary entry</translation>
    </message>
    <message numerus="yes">
        <source>%n new photo(s) of today</source>
        <translation>
            <numerusform>%n new photo of today</numerusform>
            <numerusform>%n new photos of today</numerusform>
        </translation>
    </message>
    <message>
        <source>The group wrote in the diary.</source>
        <translation>The group wrote in the diary.</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <source>Your request has been handled. See the request overview.</source>
        <translation>Your request has been handled. See the request overview.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Hide password</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Show password</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Photo viewer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Previous photo</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Next photo</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Download this photo</source>
        <translation>Download this photo</translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the name or address of your portal.</source>
        <translation>Enter the name or address of your portal.</translation>
    </message>
    <message>
        <source>This is not a portal address. Enter for example &quot;naam&quot; or &quot;naam.ouderportaal.nl&quot;.</source>
        <translation>This is not a portal address. Enter for example &quot;naam&quot; or &quot;naam.ouderportaal.nl&quot;.</translation>
    </message>
    <message>
        <source>Use https:// for a portal on another computer; http:// only works for a portal on this computer.</source>
        <translation>Use https:// for a portal on another computer; http:// only works for a portal on this computer.</translation>
    </message>
</context>
<context>
    <name>PortalCertificate</name>
    <message>
        <source>Self-hosted portal with its own certificate?</source>
        <translation>Self-hosted portal with its own certificate?</translation>
    </message>
    <message>
        <source>Also trusting the certificate of %1</source>
        <translation>Also trusting the certificate of %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1</source>
        <translation>Stop trusting the certificate of %1</translation>
    </message>
    <message>
        <source>Choose the portal&apos;s CA certificate</source>
        <translation>Choose the portal&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalTime</name>
    <message>
        <source>%1 (NL)</source>
        <extracomment>A time of day at the daycare, shown to a parent whose device is in another time zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmlModuleCheck</name>
    <message>
        <source>Choosing files does not work on this computer: the Qt part %1 is not installed. Install it (on Debian and Ubuntu: qml6-module-%2) and start Nestje again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubPageHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>TabItem</name>
    <message numerus="yes">
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TabModel</name>
    <message>
        <source>My child</source>
        <translation>My child</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>My location</source>
        <translation>My location</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>TimelineCard</name>
    <message>
        <source>Diary of %1</source>
        <translation>Diary of %1</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diary</translation>
    </message>
    <message>
        <source>Photos of %1</source>
        <translation>Photos of %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Action requested</source>
        <translation>Action requested</translation>
    </message>
    <message>
        <source>Message from the group</source>
        <translation>Message from the group</translation>
    </message>
    <message>
        <source>Written by you</source>
        <translation>Written by you</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Written by %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>the portal refused it</source>
        <translation>the portal refused it</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>Being sent…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>%n more moment(s)</source>
        <translation>
            <numerusform>%n more moment</numerusform>
            <numerusform>%n more moments</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to consents</source>
        <translation>Go to consents</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished">%1 and %2</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position in the video</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
</context>
<context>
    <name>nestje::AppController</name>
    <message>
        <source>Your password for %1 has changed or your session has ended. Log in again; nothing you wrote is lost.</source>
        <translation>Your password for %1 has changed or your session has ended. Log in again; nothing you wrote is lost.</translation>
    </message>
</context>
<context>
    <name>nestje::DesktopNotifications</name>
    <message numerus="yes">
        <source>%n new items from %1</source>
        <translation>
            <numerusform>%n new item from %1</numerusform>
            <numerusform>%n new items from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Messages, photos and news are waiting for you in Nestje.</source>
        <translation>Messages, photos and news are waiting for you in Nestje.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>nestje::DiaryBook</name>
    <message>
        <source>Diary.pdf</source>
        <translation>Diary.pdf</translation>
    </message>
    <message>
        <source>Diary %1.pdf</source>
        <translation>Diary %1.pdf</translation>
    </message>
    <message>
        <source>Diary of %1</source>
        <translation>Diary of %1</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Written by %1 (parent)</source>
        <translation>Written by %1 (parent)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Written by %1</translation>
    </message>
    <message>
        <source>There are no diary entries yet.</source>
        <translation>There are no diary entries yet.</translation>
    </message>
</context>
<context>
    <name>nestje::DiaryWriter</name>
    <message>
        <source>You</source>
        <translation type="unfinished">You</translation>
    </message>
    <message>
        <source>Write a few words or add a photo.</source>
        <translation type="unfinished">Write a few words or add a photo.</translation>
    </message>
    <message>
        <source>The entry is too long: at most %1 characters.</source>
        <translation type="unfinished">The entry is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Add at most %1 photos or videos.</source>
        <translation type="unfinished">Add at most %1 photos or videos.</translation>
    </message>
    <message>
        <source>You can write about today or a day that has been.</source>
        <translation type="unfinished">You can write about today or a day that has been.</translation>
    </message>
    <message>
        <source>%1 is not a photo or a video.</source>
        <translation type="unfinished">%1 is not a photo or a video.</translation>
    </message>
    <message>
        <source>%1 is a video; this organisation does not take videos in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary cannot be written right now.</source>
        <translation type="unfinished">The diary cannot be written right now.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished">%1 could not be read.</translation>
    </message>
    <message>
        <source>The entry could not be stored on this device. Nothing was sent; try again.</source>
        <translation type="unfinished">The entry could not be stored on this device. Nothing was sent; try again.</translation>
    </message>
</context>
<context>
    <name>nestje::LoginFlow</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished">The demo could not start: %1</translation>
    </message>
    <message>
        <source>Enter the e-mail address you use to log in to the portal.</source>
        <translation type="unfinished">Enter the e-mail address you use to log in to the portal.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished">Enter your password.</translation>
    </message>
    <message>
        <source>This file does not contain a certificate (PEM).</source>
        <translation type="unfinished">This file does not contain a certificate (PEM).</translation>
    </message>
</context>
<context>
    <name>nestje::MediaCache</name>
    <message>
        <source>This photo is no longer available.</source>
        <translation>This photo is no longer available.</translation>
    </message>
    <message>
        <source>The photo could not be saved on this device.</source>
        <translation>The photo could not be saved on this device.</translation>
    </message>
    <message>
        <source>No connection: the photo will load when you are online.</source>
        <translation>No connection: the photo will load when you are online.</translation>
    </message>
    <message>
        <source>The photo could not be loaded (HTTP %1).</source>
        <translation>The photo could not be loaded (HTTP %1).</translation>
    </message>
    <message>
        <source>The photo could not be loaded.</source>
        <translation>The photo could not be loaded.</translation>
    </message>
</context>
<context>
    <name>nestje::MediaFiles</name>
    <message>
        <source>Downloading is not possible right now.</source>
        <translation>Downloading is not possible right now.</translation>
    </message>
    <message>
        <source>Could not save in %1: %2</source>
        <translation>Could not save in %1: %2</translation>
    </message>
    <message>
        <source>The video is not available right now.</source>
        <translation>The video is not available right now.</translation>
    </message>
    <message>
        <source>the file could not be renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::PortalQuestion</name>
    <message>
        <source>There is no account to ask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::Session</name>
    <message>
        <source>Updating…</source>
        <translation type="unfinished">Updating…</translation>
    </message>
    <message>
        <source>Fetching everything for the first time…</source>
        <translation type="unfinished">Fetching everything for the first time…</translation>
    </message>
    <message>
        <source>Offline, last updated %1</source>
        <translation type="unfinished">Offline, last updated %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished">Offline</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished">Updated %1</translation>
    </message>
    <message>
        <source>Could not be updated: no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be updated: the portal answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
