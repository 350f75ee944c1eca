<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nestje %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open-source parent app for childcare organisations that use the Konnect parent portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nestje is free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes without any warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full text is in the file LICENSE of the source code, installed as /usr/share/doc/nestje/LICENSE, and at https://www.gnu.org/licenses/gpl-3.0.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <source>Sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: these are the planned days on this device. The absence is sent as soon as there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care is planned in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark for the organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountNotifications</name>
    <message>
        <source>Credit expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3 %4 left, valid until %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Log out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You log out of %1 at %2. To use this account again you need its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of all accounts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You log out of all %n accounts on this device. To use them again you need their passwords.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaActions</name>
    <message>
        <source>More</source>
        <translation type="unfinished">More</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished">Refresh</translation>
    </message>
    <message>
        <source>Report absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaCalendarList</name>
    <message>
        <source>Care days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaHome</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished">All children</translation>
    </message>
    <message>
        <source>No requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra days, swap days and absences you report appear here with their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet</source>
        <translation type="unfinished">Nothing planned yet</translation>
    </message>
    <message>
        <source>The days your child is expected appear here, together with your requests for extra days, swap days and absence.</source>
        <translation type="unfinished">The days your child is expected appear here, together with your requests for extra days, swap days and absence.</translation>
    </message>
    <message>
        <source>Requests go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaMonth</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n care moments saved in %1. Nestje keeps the file up to date.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keep up to date in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPartRow</name>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence being sent…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Nestje could not save on this device. Is its storage full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Choose the archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the archive up to date after every update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nestje saves every photo and video in full size with its date and description, the diary with the day rhythm, the messages with their attachments, the news, the newsletters and the documents, and a page to browse it all offline. Files already saved are not downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRow</name>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentThumb</name>
    <message>
        <source>Remove attachment %1</source>
        <translation type="unfinished">Remove attachment %1</translation>
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
    <name>CalendarExport</name>
    <message>
        <source>Care: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFilePage</name>
    <message>
        <source>Add to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every care day of your children as an iCalendar file (.ics), which the calendar app on your phone or computer can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the calendar file up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep up to date after every sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nestje then updates the file by itself. A calendar app that subscribes to it (for example through a synced folder) always shows the current care days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 will be cancelled. A request for a period is cancelled as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Back</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <source>Child</source>
        <translation type="unfinished">Child</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No placements known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions and declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Try again</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n form(s), newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>CommandLogin</name>
    <message>
        <source>Password (one line on standard input):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the portal has …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentListPage</name>
    <message>
        <source>Newsletters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is not on this device yet. It arrives with the next update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentRow</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished">Messages</translation>
    </message>
    <message>
        <source>Conversation not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may not have been synced yet. Pull down in the list to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditModel</name>
    <message>
        <source>%1: %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditsPage</name>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) expire within four weeks. Use them in time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 usable of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: %1 · valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits from your contract or from absence show here.</source>
        <translation type="unfinished"></translation>
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
    <name>DayStepper</name>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, choose another day</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Invoices, documents &amp; annual statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraDayBookingRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Remove</translation>
    </message>
</context>
<context>
    <name>ExtraDayChildChoice</name>
    <message>
        <source>Nothing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own times (flexible care)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraDayWizard</name>
    <message>
        <source>Choose a day part for at least one child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the possible day parts are computed by the organisation. Try again when there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is closed on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess as a whole: only when every child can come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request lapses automatically if not assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark for the organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
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
    <name>Folders</name>
    <message>
        <source>Pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished">Saved in %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPanel</name>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished">Forgot password?</translation>
    </message>
    <message>
        <source>Your portal sends a link to choose a new password to the e-mail address you log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.nl</source>
        <translation type="unfinished">you@example.nl</translation>
    </message>
    <message>
        <source>E-mail address for the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Hide password</source>
        <translation type="unfinished">Hide password</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished">Show password</translation>
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
    <name>LatestCard</name>
    <message>
        <source>Newsletters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationOverview</name>
    <message>
        <source>Loading your location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news from your location yet</source>
        <translation type="unfinished">No news from your location yet</translation>
    </message>
    <message>
        <source>News, newsletters, the team and practical information of your child&apos;s location appear here.</source>
        <translation type="unfinished">News, newsletters, the team and practical information of your child&apos;s location appear here.</translation>
    </message>
    <message>
        <source>Information</source>
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
        <source>Choose an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News, newsletters and information open here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationSection</name>
    <message>
        <source>View all</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Your portal asks you to choose a new password first. Tap &quot;Forgot password?&quot; below, follow the link in the e-mail and log in again here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginOptions</name>
    <message>
        <source>The portal: a name, a host or an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate of a self-hosted portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
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
    <name>MessageBubble</name>
    <message>
        <source>Video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished">Not sent: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Sent</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Try again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Choose a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys and Enter, or click a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished">Downloading…</translation>
    </message>
</context>
<context>
    <name>MomentPage</name>
    <message>
        <source>This day belongs to %1. Switch to that account to report an absence or make a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request belongs to this day: it is one of the planned care days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Choose a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details, your children, credits, documents and settings.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Diary saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
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
    <name>NewMessagePage</name>
    <message>
        <source>Choose the child this message is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the group this message is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Child</translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Picking up early on Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once sent, a message cannot be changed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Send</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation type="unfinished"></translation>
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
        <source>Your request has been handled. See the request overview.</source>
        <translation>Your request has been handled. See the request overview.</translation>
    </message>
    <message>
        <source>Swap day for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra day for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications at night: what arrives between these times is shown when the quiet hours end. For every account on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications from %1 on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices below are kept by the organisation for all your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: this account shows no notifications on this device. E-mail and your other devices follow the choices below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservationsPage</name>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No observations yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewList</name>
    <message>
        <source>Account &amp; children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of details being processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours or points still to use, and what they were used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices, documents &amp; annual statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every photo, video and diary day in a folder on this device, with their dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives as a conversation in Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the parent portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the organisation&apos;s portal in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nestje %1 · free software (GPL 3.0 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per item: a notification and/or an e-mail; quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of photos, videos and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the device is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperclipIcon</name>
    <message>
        <source>Has attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentPage</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the organisation knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished">E-mail address</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation type="unfinished">Being sent…</translation>
    </message>
    <message>
        <source>Request a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in only what should change. The organisation processes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until this change is processed, you cannot change your details again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed. Other devices have been logged out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. After the change, other devices have to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionRow</name>
    <message>
        <source>Declaration: cannot be changed here, ask your location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled in yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
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
    <name>QObject</name>
    <message>
        <source>the download could not be moved into the archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be given its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 (parent)</source>
        <translation type="unfinished">Written by %1 (parent)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished">Written by %1</translation>
    </message>
    <message>
        <source>Diary of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · saved by Nestje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary</source>
        <translation type="unfinished">Diary</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by Nestje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
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
    <name>QuestionPage</name>
    <message>
        <source>Ask a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About no child in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished">Child</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Send</translation>
    </message>
    <message>
        <source>Your question is being sent. The answer comes in Messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedWrite</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished">Try again</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished">Send</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires automatically on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestList</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRow</name>
    <message>
        <source>Being cancelled…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>Storage on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and videos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the cache (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the cache of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the cache?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache of %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, videos and files you have opened are kept on this device, so they open at once and also offline. Emptying the cache frees the space; they are downloaded again when you open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and attachments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photos, videos and files of %1 on this device (%2) are deleted. They are downloaded again when you open them, which needs an internet connection.</source>
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
    <name>SwapChildChoice</name>
    <message>
        <source>Give up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwapForm</name>
    <message>
        <source>Request a swap day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the day parts to swap are computed by the organisation. Try again when there is a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess as a whole: only when every child can swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request lapses automatically if not assessed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark for the organisation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>until and including %1 (%n days, as many as given up)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <source>Our team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMemberPage</name>
    <message>
        <source>Our team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer in the team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Our team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadDelegate</name>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished">Not sent: %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Sent</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All children</source>
        <translation type="unfinished">All children</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation type="unfinished">No messages yet</translation>
    </message>
    <message>
        <source>No conversation contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages between you and the group appear here. You will see a badge on this tab when there is something new.</source>
        <translation type="unfinished">Messages between you and the group appear here. You will see a badge on this tab when there is something new.</translation>
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
    <message>
        <source>Times in Dutch time</source>
        <translation type="unfinished"></translation>
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
    <name>nestje</name>
    <message>
        <source>Saves every photo, video and diary entry of your children into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to save into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this child (first name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only photos from this day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads at once (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: nestje archive --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since expects a day as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel expects a number from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal could not be read completely; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no child named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files: %2 new, %3 already saved, %4 failed, %5 not downloadable; %6 in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes your children&apos;s care days into an iCalendar file for your calendar app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iCalendar file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: nestje calendar --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar could not be read from the portal; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care moments: %1 for %2 children, written to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::AccountDetails</name>
    <message>
        <source>name → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed by the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not accept the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is still being processed. Until then you cannot change your details again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what should change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not store the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not store the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed, but this device could not store it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::AgendaCalendarFile</name>
    <message>
        <source>There is no account to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last update failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 at %2 · %n care moments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nestje::AgendaCalendarModel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holiday until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::AgendaWriter</name>
    <message>
        <source>Absence not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason for the absence: sick, holiday or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day parts you give up and the day parts you want in return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives up %2 and gets %3 back: the remaining %4 is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would get more (%2) than is given up (%3); the organisation refuses that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::AppController</name>
    <message>
        <source>Your password for %1 has changed or your session has ended. Log in again; nothing you wrote is lost.</source>
        <translation>Your password for %1 has changed or your session has ended. Log in again; nothing you wrote is lost.</translation>
    </message>
    <message>
        <source>Nestje could not find your session for %1 in this device&apos;s keychain. Log in again; nothing you wrote is lost.</source>
        <translation>Nestje could not find your session for %1 in this device&apos;s keychain. Log in again; nothing you wrote is lost.</translation>
    </message>
</context>
<context>
    <name>nestje::ArchiveController</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. What was saved stays; the next time continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be saved; they are tried again next time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nestje::ArchiveFileFetcher</name>
    <message>
        <source>the portal did not give the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::ArchiveRun</name>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive&apos;s list could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive&apos;s list could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::ConversationModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished">You</translation>
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
    <name>nestje::DocumentFiles</name>
    <message>
        <source>The document could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection: the document is not on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not give the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be stored on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::ExtraDayRequest</name>
    <message>
        <source>paid with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3 used, %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved at once: paid with credit within the organisation&apos;s term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) paid with credit within the term are approved at once; the organisation assesses the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The organisation assesses the request. Until then it shows as &apos;Optie extra&apos; in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a day first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not cover all these bookings. Paying partly with credit is not possible: choose the invoice for one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request can lapse at the latest on the day before the care starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day part first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this time in the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a start and an end time, such as 09:00 and 15:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose times within the opening hours from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::ForgotPassword</name>
    <message>
        <source>Enter the e-mail address you use to log in to the portal.</source>
        <translation type="unfinished">Enter the e-mail address you use to log in to the portal.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for a new password. Try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for a new password. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 knows this e-mail address, an e-mail with a link to choose a new password is on its way. The link works once, for an hour. Then log in here with your new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::LocationItem</name>
    <message>
        <source>No connection: the attachment is not on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not give the attachment.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The file is larger than a photo or video can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not send the photo.</source>
        <translation type="unfinished"></translation>
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
    <name>nestje::MessageFiles</name>
    <message>
        <source>This file is no longer in the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection: this file is not on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal no longer has this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not give the file (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent something other than this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be stored on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::MessageWriter</name>
    <message>
        <source>Fill in a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at most %1 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child this message is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished">%1 could not be read.</translation>
    </message>
    <message>
        <source>The message could not be stored on this device. Nothing was sent; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::PermissionModel</name>
    <message>
        <source>changed on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::PlacementModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
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
    <message>
        <source>Could not be updated: Nestje could not save on this device. Is its storage full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::ThreadModel</name>
    <message>
        <source>You</source>
        <translation type="unfinished">You</translation>
    </message>
</context>
<context>
    <name>nestje::agendatext</name>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::archivecare</name>
    <message>
        <source>Care for %1 has ended. The organisation keeps the photos, the diary and the messages for eight weeks after the end; save them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care for %1 ended on %2. The organisation keeps the photos, the diary and the messages until %3; save them before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care for %1 ends on %2. The organisation keeps the photos, the diary and the messages until %3; save them before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nestje::filedownload</name>
    <message>
        <source>No app on this device opens this file. It is kept in the app and can be opened once such an app is installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
