<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="152"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="169"/>
        <source>Add amendment</source>
        <translation>Gör ett tillägg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="155"/>
        <source>The signed note stays as it is. The amendment is shown beneath it with your name, the time and the reason.</source>
        <translation>Den signerade anteckningen förblir som den är. Tillägget visas under den med ditt namn, tidpunkten och anledningen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="161"/>
        <source>For example: a date was wrong</source>
        <translation>Till exempel: ett datum var fel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="163"/>
        <source>&amp;Amendment:</source>
        <translation>&amp;Tillägg:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="164"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Anledning:</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="217"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="258"/>
        <source>Correct attendance</source>
        <translation>Rätta närvaro</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="223"/>
        <source>The signed note stays as it is. The correction is added beneath it as an amendment with your name, the time and the reason.</source>
        <translation>Den signerade anteckningen förblir som den är. Rättelsen läggs till under den som ett tillägg med ditt namn, tidpunkten och anledningen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="225"/>
        <source>Recorded now: {attendance}</source>
        <translation>Registrerat nu: {attendance}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="230"/>
        <source>The session was in fact:</source>
        <translation>Samtalet var i själva verket:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="245"/>
        <source>Not yet: the session has not taken place.</source>
        <translation>Inte än: samtalet har inte ägt rum.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="251"/>
        <source>For example: the client did not come; the note was signed by mistake</source>
        <translation>Till exempel: klienten kom inte; anteckningen signerades av misstag</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="252"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Anledning:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="299"/>
        <source>From then on it is not counted as a session held nor as a contact: the last contact, the session count and the follow-up date follow.</source>
        <translation>Från och med nu räknas det inte som genomfört samtal eller som kontakt: senaste kontakt, antal samtal och uppföljningsdatum följer med.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="303"/>
        <source>From then on it counts as a session held and as a contact: the last contact, the session count and the follow-up date follow.</source>
        <translation>Från och med nu räknas det som genomfört samtal och som kontakt: senaste kontakt, antal samtal och uppföljningsdatum följer med.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="139"/>
        <source>History of {code}</source>
        <translation>Historik för {code}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="140"/>
        <source>Audit log of the vault</source>
        <translation>Valvets granskningslogg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="146"/>
        <source>Who opened, changed, exported or deleted what, and when. The log is kept in the encrypted files and cannot be changed from here.</source>
        <translation>Vem som öppnade, ändrade, exporterade eller raderade vad, och när. Loggen sparas i de krypterade filerna och kan inte ändras härifrån.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="148"/>
        <source>Unlocks, failed attempts, the register, settings and supervision; with the clients&apos; case files, every opening and change as well.</source>
        <translation>Upplåsningar, misslyckade försök, registret, inställningar och handledning; med klienternas ärendefiler även varje öppning och ändring.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="155"/>
        <location filename="../../kastdesk/ui/audit.py" line="162"/>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="156"/>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="164"/>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="169"/>
        <source>Include every client&apos;s case file</source>
        <translation>Ta med alla klienters ärendefiler</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="172"/>
        <source>Who opened or changed which client&apos;s file, merged with the vault&apos;s own log</source>
        <translation>Vem som öppnade eller ändrade vilken klients fil, sammanfört med valvets egen logg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="210"/>
        <source>Export as CSV…</source>
        <translation>Exportera som CSV…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="213"/>
        <source>Save the list as shown to a file that is not encrypted: codes, times, names of who did what; no case content. The export is written to the log.</source>
        <translation>Spara listan som den visas i en fil som inte är krypterad: koder, tider, namn på vem som gjorde vad; inget innehåll från ärendena. Exporten skrivs i loggen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/audit.py" line="302"/>
        <source>Showing {shown} of %n entries</source>
        <translation>
            <numerusform>Visar {shown} av %n händelse</numerusform>
            <numerusform>Visar {shown} av %n händelser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="328"/>
        <source>vault</source>
        <translation>valvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="329"/>
        <source>audit-log {what} {start} to {end}.csv</source>
        <translation>granskningslogg {what} {start} till {end}.csv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="335"/>
        <location filename="../../kastdesk/ui/audit.py" line="356"/>
        <source>Export audit log</source>
        <translation>Exportera granskningslogg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="336"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/audit.py" line="360"/>
        <source>%n line(s) saved to {file}</source>
        <translation>
            <numerusform>%n rad sparad i {file}</numerusform>
            <numerusform>%n rader sparade i {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="82"/>
        <source>Date and time</source>
        <extracomment>Least room, in characters, for what was done (&quot;Saved a session note (412 characters)&quot;). Most room for who did it, and the room for the target, in characters (both elided, the whole in the tooltip).</extracomment>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="82"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="82"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="82"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/audit.py" line="83"/>
        <source>Target</source>
        <translation>Område</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="69"/>
        <source>d MMMM yyyy</source>
        <comment>a backup&apos;s day (QDate format)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="72"/>
        <source>{day}, {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="78"/>
        <source>{n} KB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="79"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="89"/>
        <source>No backup yet</source>
        <translation>Ingen säkerhetskopia ännu</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="92"/>
        <source>Last backup: today</source>
        <translation>Senaste säkerhetskopia: i dag</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="94"/>
        <source>Last backup: yesterday</source>
        <translation>Senaste säkerhetskopia: i går</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="97"/>
        <source>Last backup: {n} days ago</source>
        <translation>Senaste säkerhetskopia: för {n} dagar sedan</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="146"/>
        <source>Back up vault</source>
        <extracomment>The backup dialogs are at least this many average characters wide.</extracomment>
        <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="154"/>
        <source>KastDesk writes the whole vault into one file: the register, every client&apos;s case file and the settings. The file stays encrypted; it opens with the vault&apos;s passphrase as it is now, or with the recovery key.</source>
        <translation>KastDesk skriver hela valvet till en fil: registret, alla klienters ärendefiler och inställningarna. Filen förblir krypterad; den öppnas med valvets nuvarande lösenfras eller med återställningsnyckeln.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="158"/>
        <source>Keep backups away from the laptop, on a USB stick or disk that is locked away in the clinic: a backup is as confidential as the vault.</source>
        <translation>Förvara säkerhetskopior skilt från datorn, på ett USB-minne eller en disk som är inlåst på mottagningen: en säkerhetskopia är lika sekretessbelagd som valvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="163"/>
        <source>Last backup: {when}.</source>
        <translation>Senaste säkerhetskopia: {when}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="164"/>
        <source>No backup of this vault has been made yet.</source>
        <translation>Ingen säkerhetskopia av valvet har gjorts ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="169"/>
        <source>Save the backup as</source>
        <translation>Spara säkerhetskopian som</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="171"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="181"/>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="182"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="186"/>
        <source>The status line says when the last backup was made, and offers a new one once it is older than this.</source>
        <translation>Statusraden visar när den senaste säkerhetskopian gjordes och föreslår en ny när den är äldre än så här.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="191"/>
        <source>&amp;Save the backup as:</source>
        <translation>&amp;Spara säkerhetskopian som:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="195"/>
        <source>&amp;Remind me after:</source>
        <translation>&amp;Påminn mig efter:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="201"/>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="232"/>
        <source>Save the backup</source>
        <translation>Spara säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="233"/>
        <source>KastDesk backups (*{suffix})</source>
        <translation>KastDesk-säkerhetskopior (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="252"/>
        <source>Choose where to save the backup.</source>
        <translation>Välj var säkerhetskopian ska sparas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="260"/>
        <source>{name} is there already; press Back up again to replace it with a new backup.</source>
        <translation>{name} finns redan; tryck på Säkerhetskopiera igen för att ersätta den med en ny säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="272"/>
        <source>Writing the backup…</source>
        <translation>Skriver säkerhetskopian…</translation>
    </message>
</context>
<context>
    <name>BehaviourInWordsEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="192"/>
        <source>edit text</source>
        <extracomment>A run of white space that may break a line: all of it but the no-break spaces (U+00A0, U+2007, U+202F), which a pasted &quot;10 000 kr&quot; keeps.</extracomment>
        <translation>redigera text</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="48"/>
        <source>Overview</source>
        <extracomment>The tabs, in order. A later issue adds its tab with one line here (or ``register_tab``).</extracomment>
        <translation>Översikt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="49"/>
        <source>Intake</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="50"/>
        <source>Sessions</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="51"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="52"/>
        <source>Family map</source>
        <translation>Familjekarta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="53"/>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="54"/>
        <source>Self-rating</source>
        <translation>Självskattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="55"/>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="135"/>
        <source>Edit details…</source>
        <extracomment>The room beside each tab&apos;s name (px): Fusion&apos;s own where the bar has it, down to the tight one where all eight names would otherwise not fit. Six pixels either side still reads as separate tabs; the register gives up columns to keep it (``least_width``). Only where the register has nothing more to give (its codes alone, at 14 pt in a 1024-pixel window in Swedish) do the tabs close up to four pixels either side, which the tabs&apos; frame lines still part; that is better than a name behind a scroll arrow.</extracomment>
        <translation>Ändra uppgifter…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="138"/>
        <source>Correct the code, name, first contact, contact channel or referral</source>
        <translation>Rätta koden, namnet, första kontakten, kontaktvägen eller hur klienten hittade hit</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="140"/>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="143"/>
        <source>Who opened, changed or exported this case file, and when (the audit log)</source>
        <translation>Vem som öppnade, ändrade eller exporterade ärendefilen, och när (granskningsloggen)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="144"/>
        <source>&amp;Raise risk flag…</source>
        <translation>Sätt risk&amp;flagga…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="146"/>
        <source>Suicidal thoughts, violence or a child at risk: shown on every tab</source>
        <translation>Självmordstankar, våld eller barn som riskerar att fara illa: visas på alla flikar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="490"/>
        <source>Clear risk flag</source>
        <translation>Häv riskflagga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="491"/>
        <source>Clear the flag “{kind}”? It stays in the case history.</source>
        <translation>Häva flaggan ”{kind}”? Den finns kvar i ärendets historik.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="493"/>
        <source>Clear flag</source>
        <translation>Häv flagga</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="134"/>
        <location filename="../../kastdesk/ui/settings.py" line="165"/>
        <source>Change passphrase</source>
        <extracomment>Wrong current passphrases per vault folder, and when the pause after the last one ends (time.monotonic), for as long as the app runs: closing and reopening the dialog started the count over at nothing, so the pause after repeated guesses cost nothing to skip.</extracomment>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="140"/>
        <source>Type the passphrase you use now, then the new one twice. The recovery key stays as it is.</source>
        <translation>Skriv lösenfrasen du använder nu och sedan den nya två gånger. Återställningsnyckeln förblir densamma.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="146"/>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="149"/>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="152"/>
        <source>&amp;New passphrase:</source>
        <translation>Ny &amp;lösenfras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="210"/>
        <source>The new passphrase is the same as the one you use now; choose another.</source>
        <translation>Den nya lösenfrasen är densamma som den du använder nu; välj en annan.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="221"/>
        <source>Changing the passphrase…</source>
        <translation>Byter lösenfras…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="242"/>
        <source>The passphrase is changed: use the new one from now on. The recovery key still works.</source>
        <translation>Lösenfrasen är bytt: använd den nya från och med nu. Återställningsnyckeln fungerar fortfarande.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="254"/>
        <source>The passphrase is changed: use the new one from now on. The change could not be written to the audit log: {reason}</source>
        <translation>Lösenfrasen är bytt: använd den nya från och med nu. Bytet kunde inte skrivas i granskningsloggen: {reason}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="268"/>
        <source>The disk is full, so the passphrase was not changed. Free some space and try again; the passphrase you use now still works.</source>
        <translation>Disken är full, så lösenfrasen byttes inte. Frigör utrymme och försök igen; lösenfrasen du använder nu fungerar fortfarande.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="280"/>
        <source>The passphrase is changed: use the new one from now on. The disk is full, so the change is missing from the audit log; free some space.</source>
        <translation>Lösenfrasen är bytt: använd den nya från och med nu. Disken är full, så bytet saknas i granskningsloggen; frigör utrymme.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="288"/>
        <source>The passphrase you use now is not correct. Check Caps Lock and try again; nothing was changed.</source>
        <translation>Lösenfrasen du använder nu stämmer inte. Kontrollera Caps Lock och försök igen; inget ändrades.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/settings.py" line="293"/>
        <source>The passphrase you use now is not correct; nothing was changed. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Lösenfrasen du använder nu stämmer inte; inget ändrades. Du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Lösenfrasen du använder nu stämmer inte; inget ändrades. Du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="300"/>
        <source>Try again.</source>
        <translation>Försök igen.</translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="72"/>
        <source>Client not deleted</source>
        <extracomment>The edit dialog&apos;s draft key in the case file (kastdesk.ui.drafts); the workspace opens the dialog again with it (CaseWorkspace.resume_drafts).</extracomment>
        <translation>Klienten är inte raderad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="73"/>
        <source>Client {code} was not deleted.</source>
        <translation>Klient {code} raderades inte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="116"/>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="148"/>
        <source>Client deleted</source>
        <translation>Klienten är raderad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="117"/>
        <source>Client {code} and the case file are deleted, but not yet every reference to them in guidance meetings, packets and drafts; they are cleared the next time a client is deleted.</source>
        <translation>Klient {code} och ärendefilen är raderade, men ännu inte alla hänvisningar till dem i handledningsmöten, paket och utkast; de tas bort nästa gång en klient raderas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="132"/>
        <source>Client {code} and the case file are deleted.</source>
        <translation>Klient {code} och ärendefilen är raderade.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="135"/>
        <source>Delete these exported files too, wherever they are kept:</source>
        <translation>Radera även de här exporterade filerna, var de än förvaras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="140"/>
        <source>Look in this folder too for hidden copies an export cut short may have left (names that start with a dot and end in .tmp or .part):</source>
        <translation>Titta även i den här mappen efter dolda kopior som en avbruten export kan ha lämnat (namn som börjar med en punkt och slutar på .tmp eller .part):</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="144"/>
        <source>Look in these folders too for hidden copies an export cut short may have left (names that start with a dot and end in .tmp or .part):</source>
        <translation>Titta även i de här mapparna efter dolda kopior som en avbruten export kan ha lämnat (namn som börjar med en punkt och slutar på .tmp eller .part):</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="172"/>
        <source>Edit client details…</source>
        <translation>Ändra klientuppgifter…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_actions.py" line="179"/>
        <source>Delete client…</source>
        <translation>Radera klient…</translation>
    </message>
</context>
<context>
    <name>ClientDetailsForm</name>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="117"/>
        <source>Show name</source>
        <translation>Visa namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="119"/>
        <source>Privacy mode is on: the name is shown only when you ask, to correct it</source>
        <translation>Integritetsläget är på: namnet visas bara när du ber om det, för att rätta det</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="223"/>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="263"/>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="104"/>
        <source>Hidden in privacy mode</source>
        <translation>Dolt i integritetsläget</translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="72"/>
        <source>KastDesk</source>
        <translation>KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="88"/>
        <source>Return to therapist (press and hold)</source>
        <translation>Tillbaka till terapeuten (håll nedtryckt)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="89"/>
        <source>Hold the button down for a moment to leave</source>
        <translation>Håll knappen nedtryckt en stund för att lämna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="135"/>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="144"/>
        <source>To go back, the therapist holds “Return to therapist”.</source>
        <translation>För att gå tillbaka håller terapeuten in ”Tillbaka till terapeuten”.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../kastdesk/ui/common.py" line="321"/>
        <source>Something unexpected went wrong. Nothing already saved was lost; try again, and if it keeps happening, tell your IT contact.</source>
        <extracomment>What a document&apos;s raw text holds where ``toPlainText`` writes a newline: paragraph and line separators, and the start and end marks of a frame (a table cell in pasted rich text). What a one-line field never shows but kept when pasted: line and paragraph breaks, tabs and the other separators (a pasted table&apos;s cells, an e-mail signature&apos;s lines). The time zone a date-and-time field works in: none. What is stored is the wall-clock time the therapist typed (a naive ``datetime``); in local time a QDateTimeEdit has no 02:00-02:59 on the spring clock-change night, so a session stored at 02:30 showed 03:30 in the editor and typing 02:45 saved 03:45. In UTC every wall-clock time exists once.</extracomment>
        <translation>Något oväntat gick fel. Inget som redan var sparat har gått förlorat; försök igen, och om det fortsätter, kontakta din IT-kontakt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/common.py" line="336"/>
        <location filename="../../kastdesk/ui/rescue.py" line="437"/>
        <source>KastDesk</source>
        <extracomment>The copy is written this long after typing pauses (ms): a kill loses no more than the last half second typed. The window&apos;s thread only reads what is typed (a fraction of a millisecond on a large case); the sealing and the durable writes (tens of milliseconds on a slow disk) run behind it (bench/rescue.py), so typing never waits on them. ... and at least this often while typing goes on without such a pause (ms): a kill in the middle of steady typing loses no more than the last second. The windows that belong to no one client whose text the copy keeps and the main window opens again (``_resume_vault_drafts``): each by its draft key&apos;s kind, with its title (its own tr context and words; the comments on a packet are named by what they are). A later version&apos;s other kinds stay in the file as they are, never offered here. What a window&apos;s draft holds that is no typing: the packet commented on (whole, to show it again) and its passphrase, which case key stands for which client, a new client&apos;s contact channel and referral (choices, by their stored values). A dialog&apos;s stored choices and dates (&quot;suicidal_thoughts&quot;, &quot;2026-11-20&quot;, an id): not what was typed, so not shown as the words kept. Items of a copy kept before this unlock, not yet back in the vault. What the file holds now, as written by this keeper (None: not known). What the last write asked for holds (written, or being written in the background); None: not known (a write failed), so the next one writes.</extracomment>
        <translation>KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/common.py" line="744"/>
        <source>Discard what you entered? It has not been saved.</source>
        <extracomment>What a field holds: (&quot;text&quot;, what was typed) or (&quot;choice&quot;, what was chosen). Also count choices (lists, ticks, dates, numbers), not only typed text. Saves what the dialog holds when OK is pressed, and says whether it could: False keeps the dialog open (the store&apos;s sentence was shown). Saved after the dialog had closed, an amendment, goal or risk note on a full disk was gone with it, and the sentence said &quot;try again&quot; with nothing left to try again with. How long typing pauses before a dialog that keeps drafts writes one (milliseconds): as soon as the sealed rescue copy of the other windows&apos; text follows (its ``PAUSE_MS``), so a kill loses no more typed here than there. It was written once a second whatever the typing did, and a kill lost up to the last second. ... and at least this often while typing goes on without such a pause (ms). How soon a draft that could not be written (the vault out of reach) is tried again. How often a dialog that belongs to no one client looks whether something was typed, for the sealed rescue copy (milliseconds; it has no draft of its own to write), and a dialog that keeps drafts whether a field its opening did not see changed. A dialog that keeps drafts: looks for changes its fields&apos; signals do not tell. ... and what its draft held when last looked at. The last draft could not be written and the cause can pass (``waiting_draft``). A dialog that belongs to no one client: its fields when last looked at.</extracomment>
        <translation>Kasta det du har skrivit in? Det har inte sparats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/common.py" line="746"/>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/common.py" line="747"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>ConsequenceListingEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="237"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="242"/>
        <source>A consequence, in your own words</source>
        <translation>En konsekvens, med dina egna ord</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="243"/>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="498"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="246"/>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="277"/>
        <source>How serious</source>
        <translation>Hur allvarlig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="285"/>
        <source>Short or long term</source>
        <translation>På kort eller lång sikt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="294"/>
        <source>add consequence</source>
        <translation>lägg till konsekvens</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="310"/>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="400"/>
        <source>change wording</source>
        <translation>ändra formulering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="314"/>
        <source>change consequence</source>
        <translation>ändra konsekvens</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="425"/>
        <source>Add a consequence in this area</source>
        <translation>Lägg till en konsekvens inom det här området</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="426"/>
        <source>Add in {area}</source>
        <translation>Lägg till under {area}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="504"/>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="505"/>
        <source>Change the wording</source>
        <translation>Ändra formuleringen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="513"/>
        <source>Remove this consequence</source>
        <translation>Ta bort den här konsekvensen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="515"/>
        <source>remove consequence</source>
        <translation>ta bort konsekvens</translation>
    </message>
</context>
<context>
    <name>CopingPlanEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="923"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="925"/>
        <source>In my words (optional)</source>
        <translation>Med mina ord (valfritt)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="926"/>
        <source>Add step</source>
        <translation>Lägg till steg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="939"/>
        <source>Who (a role is enough)</source>
        <translation>Vem (en roll räcker)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="941"/>
        <source>How to reach them (optional)</source>
        <translation>Hur jag når personen (valfritt)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="942"/>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="953"/>
        <source>Print card…</source>
        <translation>Skriv ut kort…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="961"/>
        <source>add step</source>
        <translation>lägg till steg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="965"/>
        <source>reorder steps</source>
        <translation>ändra ordning på steg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="977"/>
        <source>add person</source>
        <translation>lägg till person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="984"/>
        <source>edit reason</source>
        <translation>redigera anledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="1007"/>
        <source>No steps yet.</source>
        <translation>Inga steg ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="1020"/>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="1021"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="1032"/>
        <source>Remove this step</source>
        <translation>Ta bort det här steget</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="1034"/>
        <source>remove step</source>
        <translation>ta bort steg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="1044"/>
        <source>Remove this person</source>
        <translation>Ta bort den här personen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="1046"/>
        <source>remove person</source>
        <translation>ta bort person</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="377"/>
        <source>Create a vault</source>
        <extracomment>The size it has where the window has room: a form, not a page, kept readable.</extracomment>
        <translation>Skapa ett valv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="402"/>
        <source>Open the vault</source>
        <translation>Öppna valvet</translation>
    </message>
</context>
<context>
    <name>DeleteClientDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="55"/>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="98"/>
        <source>Delete client</source>
        <translation>Radera klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="62"/>
        <source>Delete client {code} for good?</source>
        <translation>Radera klient {code} för gott?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="68"/>
        <source>This erases the client&apos;s whole case file: every session and note, the self-rating scales, the family map, the exercises, the goals, the risk flags and the questions for guidance. The client leaves the register, and is taken out of the lists of guidance meetings and supervision packets.</source>
        <translation>Detta raderar klientens hela ärendefil: alla samtal och anteckningar, självskattningarna, familjekartan, övningarna, målen, riskflaggorna och frågorna till handledningen. Klienten försvinner ur registret och tas bort ur listorna över handledningsmöten och handledningspaket.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="73"/>
        <source>This cannot be undone. Copies made before now still hold the case: backups of the vault, and the files exported from it, which are not deleted with it.</source>
        <translation>Det går inte att ångra. Kopior som gjorts tidigare innehåller fortfarande ärendet: säkerhetskopior av valvet och de filer som exporterats från ärendet, vilka inte raderas med det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="94"/>
        <source>&amp;Type the code {code} to confirm:</source>
        <translation>&amp;Skriv koden {code} för att bekräfta:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="146"/>
        <source>Its audit log, deleted with it, recorded these exports. Delete the files too, wherever they are kept:</source>
        <translation>Ärendets granskningslogg, som raderas med det, har registrerat de här exporterna. Radera även filerna, var de än förvaras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="149"/>
        <source>Its audit log records no export of the case.</source>
        <translation>Ärendets granskningslogg har inte registrerat någon export av ärendet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="151"/>
        <source>The log could not be read in full, so exports may be missing here.</source>
        <translation>Loggen kunde inte läsas i sin helhet, så exporter kan saknas här.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="161"/>
        <source>(where it went was not recorded)</source>
        <translation>(vart den sparades registrerades inte)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="171"/>
        <source>An export cut short (a crash or a power cut while it was written) may have left a complete copy beside it, under a name that starts with a dot and ends in .tmp or .part, hidden in most folder views.</source>
        <translation>En export som avbröts (en krasch eller ett strömavbrott medan den skrevs) kan ha lämnat en fullständig kopia bredvid sig, med ett namn som börjar med en punkt och slutar på .tmp eller .part, dold i de flesta mappvyer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="175"/>
        <source>Where an export&apos;s place was not recorded, look in the folders you export to.</source>
        <translation>Där det inte registrerades vart en export gick, titta i de mappar du brukar exportera till.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="178"/>
        <source>Look for such files in this folder too:</source>
        <translation>Leta efter sådana filer i den här mappen också:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="180"/>
        <source>Look for such files in these folders too:</source>
        <translation>Leta efter sådana filer i de här mapparna också:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/delete_client.py" line="84"/>
        <source>The vault&apos;s audit log keeps one line: that client {code} was deleted, by whom and when. Nothing of the case is kept in it.</source>
        <translation>Valvets granskningslogg behåller en rad: att klient {code} raderades, av vem och när. Inget av ärendet sparas i den.</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="43"/>
        <location filename="../../kastdesk/ui/cases/due.py" line="46"/>
        <source>Due</source>
        <translation>Att göra</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="48"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="48"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="49"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="56"/>
        <source>Double-click a line, or press Enter on it, to open that client.</source>
        <translation>Dubbelklicka på en rad, eller tryck Enter på den, för att öppna klienten.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="72"/>
        <source>Follow-up interviews due or overdue</source>
        <translation>Uppföljningssamtal som ska göras eller är försenade</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="76"/>
        <source>Start self-rating not filled in at the first session</source>
        <translation>Självskattning vid start inte ifylld vid första samtalet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="79"/>
        <source>Waiting for a first session</source>
        <translation>Väntar på ett första samtal</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/due.py" line="80"/>
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>har väntat %n dag</numerusform>
            <numerusform>har väntat %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="82"/>
        <source>In treatment, no contact for {days} days or more</source>
        <translation>I behandling, ingen kontakt på {days} dagar eller mer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/due.py" line="84"/>
        <source>no contact for %n day(s)</source>
        <translation>
            <numerusform>ingen kontakt på %n dag</numerusform>
            <numerusform>ingen kontakt på %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/due.py" line="94"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>förföll för %n dag sedan</numerusform>
            <numerusform>förföll för %n dagar sedan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="96"/>
        <source>due today</source>
        <translation>dags i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/due.py" line="97"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>dags om %n dag</numerusform>
            <numerusform>dags om %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="104"/>
        <source>partly filled in</source>
        <translation>delvis ifylld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/due.py" line="115"/>
        <source>%n case(s) not checked yet, open each once: {codes}</source>
        <translation>
            <numerusform>%n ärende har inte kontrollerats ännu, öppna det en gång: {codes}</numerusform>
            <numerusform>%n ärenden har inte kontrollerats ännu, öppna vart och ett en gång: {codes}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="130"/>
        <source>Nothing here.</source>
        <translation>Här finns inget.</translation>
    </message>
</context>
<context>
    <name>EditClientDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/edit_client.py" line="63"/>
        <source>Edit client details</source>
        <translation>Ändra klientuppgifter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/edit_client.py" line="81"/>
        <source>Also remove the name from the family map</source>
        <translation>Ta även bort namnet från familjekartan</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/edit_client.py" line="85"/>
        <source>The client&apos;s own symbol in the family map still has the name, and the case summary prints it from there</source>
        <translation>Klientens egen symbol i familjekartan har fortfarande namnet, och ärendesammanfattningen skriver ut det därifrån</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/edit_client.py" line="90"/>
        <source>Each change is written to the case&apos;s audit log.</source>
        <translation>Varje ändring skrivs i ärendets granskningslogg.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/edit_client.py" line="100"/>
        <source>Save changes</source>
        <translation>Spara ändringar</translation>
    </message>
</context>
<context>
    <name>EndingDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="167"/>
        <source>Why is treatment ending?</source>
        <translation>Varför avslutas behandlingen?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="168"/>
        <source>Why is the case being closed?</source>
        <translation>Varför stängs ärendet?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="173"/>
        <source>Both are optional. They are kept in the case history and printed in the case summary.</source>
        <translation>Båda är frivilliga. De sparas i ärendets historik och skrivs ut i ärendesammanfattningen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="192"/>
        <source>Optional, e.g. where the client was referred</source>
        <translation>Frivilligt, t.ex. vart klienten hänvisades</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="194"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="198"/>
        <source>Close the case as well: no follow-up interview is planned</source>
        <translation>Stäng även ärendet: inget uppföljningssamtal planeras</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="202"/>
        <source>Untick to keep the case ended, with a follow-up interview six months after the last contact</source>
        <translation>Avmarkera för att låta ärendet stå som avslutat, med ett uppföljningssamtal sex månader efter den senaste kontakten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/status.py" line="252"/>
        <source>%n goal(s) still active:</source>
        <translation>
            <numerusform>%n mål är fortfarande aktivt:</numerusform>
            <numerusform>%n mål är fortfarande aktiva:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="254"/>
        <source>Mark as dropped (not reached)</source>
        <translation>Markera som nedlagt (inte uppnått)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="255"/>
        <source>Left unticked, the goals stay as they are. To mark one reached, use the Goals tab first.</source>
        <translation>Utan markering förblir målen som de är. Markera först ett mål som uppnått under fliken Mål.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/status.py" line="267"/>
        <source>%n session(s) still booked ahead:</source>
        <translation>
            <numerusform>%n samtal är fortfarande bokat framåt:</numerusform>
            <numerusform>%n samtal är fortfarande bokade framåt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/status.py" line="269"/>
        <source>Cancel the %n session(s), as cancelled by the clinic</source>
        <translation>
            <numerusform>Ställ in %n samtal, som inställt av mottagningen</numerusform>
            <numerusform>Ställ in de %n samtalen, som inställda av mottagningen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="271"/>
        <source>Left unticked, they stay booked. A cancelled session&apos;s note says why.</source>
        <translation>Utan bock förblir de bokade. Ett inställt samtals anteckning säger varför.</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/base.py" line="379"/>
        <source>undo: {what}</source>
        <translation>ångra: {what}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/base.py" line="362"/>
        <location filename="../../kastdesk/ui/exercises/base.py" line="391"/>
        <source>Removed.</source>
        <extracomment>Type in the client view is this much larger: read from across a desk. A run longer than this with nowhere to break a line in it (&quot;fbclid=...&quot; pasted from a link) gets places to break every ``BREAK_EVERY`` characters (``breakable``). The transaction label of the user&apos;s action, after the state has changed. Case content went to a printer (what, e.g. &quot;coping card&quot;): the tab audits it. Words were typed in an add field (``input_fields``): no change of the state, but the tab keeps them as a draft after a pause, so a crash does not take them. The session edits are made in (stamped on rewrites and additions). Session id -&gt; readable date; never filled in the client view. Attribute names of the editor&apos;s &quot;add&quot; fields: words typed there are no item yet (a half-typed consequence is not one), but they must outlive a lock (``typed_inputs``).</extracomment>
        <translation>Borttaget.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/base.py" line="393"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="152"/>
        <source>Exercises</source>
        <extracomment>The list of exercises is never narrower than this many average characters. The list&apos;s width when there is room for it. The Session choice&apos;s data for work done today outside any session. One editor class per exercise id; a new exercise adds one line here. A state&apos;s stored choices, dates and ids (&quot;short_term&quot;, &quot;2026-11-20&quot;, a uuid): no words typed (as kastdesk.ui.rescue leaves them out of a dialog&apos;s words). The session work is saved into: the combo&apos;s choice, but changed only after the work typed so far is saved into the session it was typed in. None: today, in no session (the combo&apos;s first choice on a day without one). Each session&apos;s attendance as last drawn: a session marked cancelled since gives up the choice (see ``_draw_sessions``). Keeping the add fields&apos; words failed (``keep_inputs_quietly``): they wait.</extracomment>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="165"/>
        <source>Session the work is done in</source>
        <translation>Samtalet där arbetet görs</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="166"/>
        <source>Saves are recorded against this session</source>
        <translation>Det som sparas registreras på det här samtalet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="167"/>
        <source>&amp;Session:</source>
        <translation>&amp;Samtal:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="170"/>
        <source>&amp;History…</source>
        <translation>&amp;Historik…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="171"/>
        <source>Show to c&amp;lient</source>
        <translation>Visa för kl&amp;ienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="173"/>
        <source>Full screen, large type, only this exercise: for the laptop turned towards the client</source>
        <translation>Helskärm, stor text, bara den här övningen: när datorn vänds mot klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="179"/>
        <source>Shown to the client: edit in the client&apos;s view or close it.</source>
        <translation>Visas för klienten: redigera i klientens vy eller stäng den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="217"/>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="452"/>
        <source>Start in this session</source>
        <extracomment>The therapist&apos;s editor of the exercise the client view shows (read-only then).</extracomment>
        <translation>Påbörja i det här samtalet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="285"/>
        <source>Today, not in a session</source>
        <translation>I dag, inte i ett samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="289"/>
        <source>(today)</source>
        <translation>(i dag)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="361"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="365"/>
        <source>Started on {date}, not in a session</source>
        <translation>Påbörjad {date}, inte i ett samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="368"/>
        <source>Started in session {date}</source>
        <translation>Påbörjad i samtalet {date}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="372"/>
        <source>last changed on {date}, not in a session</source>
        <translation>senast ändrad {date}, inte i ett samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="375"/>
        <source>last changed in session {date}</source>
        <translation>senast ändrad i samtalet {date}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="446"/>
        <source>Start today</source>
        <translation>Börja i dag</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="448"/>
        <source>Not in a session: the exercise is recorded as started today. If the client is here for a session, add it on the Sessions tab first: the work then goes to it. To record it in an earlier session, choose that session above.</source>
        <translation>Inte i ett samtal: övningen registreras som påbörjad i dag. Är klienten här för ett samtal, lägg först till det på fliken Samtal: arbetet hamnar då där. Välj ett tidigare samtal ovan för att registrera det där.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="454"/>
        <source>Choose the session above; the exercise is recorded as started there.</source>
        <translation>Välj samtal ovan; övningen registreras som påbörjad där.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="487"/>
        <source>Exercise: {title} (continued)</source>
        <translation>Övning: {title} (fortsättning)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="488"/>
        <source>Exercise: {title}</source>
        <translation>Övning: {title}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="497"/>
        <source>Editing…</source>
        <translation>Redigerar…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="513"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="545"/>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="676"/>
        <source>Put back from the copy kept on this computer.</source>
        <translation>Tillbakalagt från kopian som sparats på den här datorn.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="70"/>
        <source>Export case summary</source>
        <translation>Exportera ärendesammanfattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="77"/>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="87"/>
        <source>Only sessions in a period</source>
        <translation>Bara samtal under en viss period</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="96"/>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="96"/>
        <source>&amp;to</source>
        <translation>&amp;till</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="103"/>
        <source>Pseudonymize (names become roles, dates shift)</source>
        <translation>Pseudonymisera (namn blir roller, datum förskjuts)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="115"/>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="196"/>
        <source>Save case summary</source>
        <translation>Spara ärendesammanfattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="200"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="207"/>
        <source>Nothing to export</source>
        <translation>Inget att exportera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="208"/>
        <source>Choose at least one section.</source>
        <translation>Välj minst ett avsnitt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="241"/>
        <source>Saved {path} ({pages} pages).</source>
        <translation>Sparade {path} ({pages} sidor).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="244"/>
        <source>In it, the client is {reference}; the case&apos;s audit log keeps which case that reference stands for.</source>
        <translation>I den heter klienten {reference}; ärendets granskningslogg sparar vilket ärende referensen står för.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="246"/>
        <source>Case summary exported</source>
        <translation>Ärendesammanfattningen har exporterats</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="258"/>
        <source>Writing the PDF…</source>
        <translation>Skriver PDF-filen…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="174"/>
        <source>More names or places to withhold, comma-separated</source>
        <extracomment>The check&apos;s columns: the word, how often, why it is listed, its Withhold and Keep. Where a review entry holds the word it stands for (to keep it, or withhold it again).</extracomment>
        <translation>Fler namn eller platser, med komma emellan</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="181"/>
        <source>Words to withhold where the text has them, comma-separated</source>
        <translation>Ord att utelämna där texten har dem, kommaseparerade</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="183"/>
        <source>Each becomes [withheld] where the text has it. Unlike Also withhold, a word here never becomes a relative&apos;s role.</source>
        <translation>Varje ord blir [undanhållet] där texten har det. Till skillnad från Utelämna även blir ett ord här aldrig en anhörigs roll.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="191"/>
        <source>Words to keep as written, comma-separated</source>
        <translation>Ord att behålla som de är skrivna, kommaseparerade</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="193"/>
        <source>Words of the family map&apos;s text that name no one, left as written in this export. A person&apos;s name is never kept.</source>
        <translation>Ord ur familjekartans text som inte namnger någon, lämnas som de är skrivna i den här exporten. En persons namn behålls aldrig.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="441"/>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="205"/>
        <source>Show names</source>
        <translation>Visa namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="176"/>
        <source>&amp;Also withhold</source>
        <translation>&amp;Utelämna även</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="186"/>
        <source>&amp;Withhold words</source>
        <translation>Utelämna &amp;ord</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="196"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behåll</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="206"/>
        <source>Privacy mode is on: the list shows initials until this is ticked</source>
        <translation>Integritetsläget är på: listan visar initialer tills detta är ikryssat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="216"/>
        <source>Still in the text: these words may name someone or a place. Withhold those that do; leave the rest.</source>
        <translation>Kvar i texten: de här orden kan namnge någon eller en plats. Utelämna dem som gör det; låt resten stå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="220"/>
        <source>Nothing left in the text looks like a name or a place.</source>
        <translation>Inget kvar i texten ser ut som ett namn eller en plats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="229"/>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="230"/>
        <source>Times</source>
        <translation>Gånger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="231"/>
        <source>Why it is listed</source>
        <translation>Varför det visas</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="243"/>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="427"/>
        <source>Withhold</source>
        <translation>Utelämna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="323"/>
        <source>Untick to keep this word as written: it names no one</source>
        <translation>Avmarkera för att behålla ordet som det är skrivet: det namnger ingen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="336"/>
        <source>(where capitalized, not at a sentence&apos;s start nor as a month)</source>
        <translation>(där det skrivs med stor bokstav, inte först i en mening eller som månad)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="342"/>
        <source>(where capitalized, not at a sentence&apos;s start)</source>
        <translation>(där det skrivs med stor bokstav, inte först i en mening)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="347"/>
        <source>(where capitalized)</source>
        <translation>(där det skrivs med stor bokstav)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="357"/>
        <source>(kept as written)</source>
        <translation>(behålls som skrivet)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="362"/>
        <source>Tick to withhold it again</source>
        <translation>Markera för att utelämna det igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="428"/>
        <source>Withhold {word}</source>
        <translation>Utelämna {word}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="432"/>
        <source>Withhold it where the text has it, as [withheld], and check the text again</source>
        <translation>Utelämna det där texten har det, som [undanhållet], och granska texten igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="435"/>
        <source>Add it to Also withhold and check the text again</source>
        <translation>Lägg till det under Utelämna även och granska texten igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="442"/>
        <source>Keep {word}</source>
        <translation>Behåll {word}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/withhold.py" line="444"/>
        <source>Keep it as written (it names no one) and check the text again</source>
        <translation>Behåll det som det är skrivet (det namnger ingen) och granska texten igen</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="49"/>
        <source>Flag for guidance</source>
        <translation>Markera för handledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="52"/>
        <source>The case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="53"/>
        <source>A question</source>
        <translation>En fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="55"/>
        <source>Session note: {s}</source>
        <translation>Samtalsanteckning: {s}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="57"/>
        <source>&amp;About</source>
        <translation>&amp;Avser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="63"/>
        <source>&amp;Question</source>
        <translation>&amp;Fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="59"/>
        <source>A short question for the supervisor</source>
        <translation>En kort fråga till handledaren</translation>
    </message>
</context>
<context>
    <name>FormEntryDialog</name>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="156"/>
        <source>Correct the saved answers</source>
        <translation>Rätta de sparade svaren</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="156"/>
        <source>Enter a paper form</source>
        <translation>Mata in ett pappersformulär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="173"/>
        <source>Correcting a form for: {point}</source>
        <translation>Rättar ett formulär för: {point}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="174"/>
        <source>Paper form for: {point}</source>
        <translation>Pappersformulär för: {point}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="181"/>
        <source>This point already has answers. This form is kept as a second form for the same point: it stands beside the first and is not compared with it.</source>
        <translation>Den här mätpunkten har redan svar. Formuläret sparas som ett andra formulär för samma mätpunkt: det visas bredvid det första och jämförs inte med det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="187"/>
        <source>Filled in on:</source>
        <translation>Ifyllt den:</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="827"/>
        <source>Questions marked * need an answer.</source>
        <extracomment>Indicator side in client mode, in lines of the app&apos;s text (the view&apos;s text is 1.55 times). Required questions the user went past without an answer: marked at once, as a careful form does; the others only after an attempt to finish (``mark_missing``).</extracomment>
        <translation>Frågor markerade med * måste besvaras.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="971"/>
        <source>%n required question(s) not answered yet.</source>
        <translation>
            <numerusform>%n obligatorisk fråga är inte besvarad ännu.</numerusform>
            <numerusform>%n obligatoriska frågor är inte besvarade ännu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="979"/>
        <source>All required questions are answered.</source>
        <translation>Alla obligatoriska frågor är besvarade.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="1044"/>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="126"/>
        <source>“{question}”</source>
        <comment>a question named in a sentence</comment>
        <extracomment>Items charted until the therapist picks others: the heart of &quot;does it work&quot;. The most lines an answer&apos;s row takes; the rest of a long answer is in its tooltip. The answers&apos; rows the table shows at the least (the tab scrolls to them in a small window): on a 1366×768 laptop at 125 % with a 14 pt font and a risk banner it showed one. Symbol and colour per change: never colour alone.</extracomment>
        <translation>”{question}”</translation>
    </message>
</context>
<context>
    <name>GedcomImportDialog</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="891"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="954"/>
        <source>Import from GEDCOM</source>
        <extracomment>Room the scroll bars reach beyond the drawing: a person added at its edge scrolls into view with their name and some paper round them, not flush against the panel. How far out past the whole map fitted in the window the user may zoom: to half that, some paper round it (no further: a map shrunk to a speck is lost, not overseen). A date with its year, as a therapist copies one from a record: 2015-03-02, 2.3.2015, 02/03/2015, 3/2015 (the map keeps the year of a death only). The most dates left out that the message after a GEDCOM import lists; the rest are counted (&quot;…and 12 more&quot;): a file full of typos would make a box taller than the screen.</extracomment>
        <translation>Importera från GEDCOM</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="901"/>
        <source>Choose file…</source>
        <extracomment>What the import leaves out of the file (a date the map cannot read, a child born before a parent), one sentence each: the editor says so after the import.</extracomment>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="918"/>
        <source>Replace the current genogram</source>
        <translation>Ersätt det nuvarande genogrammet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="919"/>
        <source>Add beside the current genogram</source>
        <translation>Lägg till bredvid det nuvarande genogrammet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="925"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="929"/>
        <source>&amp;Centre person</source>
        <translation>&amp;Centralperson</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="930"/>
        <source>&amp;Generations up and down</source>
        <translation>&amp;Generationer uppåt och nedåt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="937"/>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="954"/>
        <source>GEDCOM files (*.ged *.GED)</source>
        <translation>GEDCOM-filer (*.ged *.GED)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="967"/>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="976"/>
        <source>Reading the GEDCOM file…</source>
        <translation>Läser GEDCOM-filen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/genogram/editor.py" line="993"/>
        <source>Everyone (%n person(s))</source>
        <translation>
            <numerusform>Alla (%n person)</numerusform>
            <numerusform>Alla (%n personer)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1010"/>
        <source>The file has {n} persons: type part of a name and pick the person to centre the family map on.</source>
        <translation>Filen har {n} personer: skriv en del av ett namn och välj personen som familjekartan ska utgå från.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1028"/>
        <source>Pick a person from the list (type part of a name).</source>
        <translation>Välj en person i listan (skriv en del av ett namn).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1041"/>
        <source>Choose a GEDCOM file (.ged) from a genealogy program.</source>
        <translation>Välj en GEDCOM-fil (.ged) från ett släktforskningsprogram.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1059"/>
        <source>%n person(s) will be imported.</source>
        <translation>
            <numerusform>%n person kommer att importeras.</numerusform>
            <numerusform>%n personer kommer att importeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1062"/>
        <source>That is the most one import can bring in; fewer generations bring the nearest family only.</source>
        <translation>Fler än så kan inte importeras på en gång; med färre generationer kommer bara den närmaste familjen med.</translation>
    </message>
</context>
<context>
    <name>Genogram</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="395"/>
        <source>Add parent</source>
        <extracomment>Focus coming in this way onto a map with nothing selected selects the client (a click, a closing menu or the window coming back to the front leave the selection as it is).</extracomment>
        <translation>Lägg till förälder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="403"/>
        <source>Add father of {0}</source>
        <translation>Lägg till far till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="404"/>
        <source>Add mother of {0}</source>
        <translation>Lägg till mor till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="405"/>
        <source>Add other parent of {0}</source>
        <translation>Lägg till annan förälder till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="426"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="450"/>
        <source>Order of partners</source>
        <translation>Ordning på partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="451"/>
        <source>Order of partners of {0}</source>
        <translation>Ordning på partner till {0}</translation>
    </message>
</context>
<context>
    <name>GenogramEditor</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="173"/>
        <source>Redo {label}</source>
        <extracomment>The kinds of couple a partner is added or two persons are joined as, in the menus&apos; order: most are not married (a partner, a former wife, an affair). The line above the map: a refusal in red, a hint on what to do next in blue.</extracomment>
        <translation>Gör om: {label}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="184"/>
        <source>Undo {label}</source>
        <translation>Ångra: {label}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1166"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1400"/>
        <source>Legend</source>
        <extracomment>An edit could not be saved (the store&apos;s error): the tab tells the window, which saves again on its timer and keeps the typing in the rescue copy meanwhile.</extracomment>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1185"/>
        <source>The family map is empty. Start with the client: Man, Woman or Other above, or right-click here. Then right-click a person to add parents, a partner, children or siblings. Import GEDCOM brings in a family tree from a genealogy program.</source>
        <translation>Familjekartan är tom. Börja med klienten: Man, Kvinna eller Annan ovan, eller högerklicka här. Högerklicka sedan på en person för att lägga till föräldrar, en partner, barn eller syskon. Importera GEDCOM hämtar ett släktträd från ett släktforskningsprogram.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1292"/>
        <source>Man</source>
        <extracomment>The map&apos;s share of the preferred height, in lines of text (see ``sizeHint``).</extracomment>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1295"/>
        <source>Add a man (square)</source>
        <translation>Lägg till en man (kvadrat)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1298"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1301"/>
        <source>Add a woman (circle)</source>
        <translation>Lägg till en kvinna (cirkel)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1304"/>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1307"/>
        <source>Add a person of another gender</source>
        <translation>Lägg till en person av annat kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1312"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1313"/>
        <source>Draw an emotional relationship from the selected person</source>
        <translation>Rita en känslomässig relation från den markerade personen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1321"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1332"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1486"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1323"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1335"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1487"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1381"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1385"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1388"/>
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1388"/>
        <source>Show the whole family</source>
        <translation>Visa hela familjen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1391"/>
        <source>Tidy up</source>
        <translation>Ordna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1394"/>
        <source>Forget dragged positions and lay out again</source>
        <translation>Glöm flyttade positioner och ordna om</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1345"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1349"/>
        <source>Picture (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1350"/>
        <source>Drawing (SVG)…</source>
        <translation>Vektorbild (SVG)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1351"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1356"/>
        <source>PNG with initials only (supervision)…</source>
        <translation>PNG med bara initialer (handledning)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1357"/>
        <source>SVG with initials only (supervision)…</source>
        <translation>SVG med bara initialer (handledning)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1358"/>
        <source>PDF with initials only (supervision)…</source>
        <translation>PDF med bara initialer (handledning)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1362"/>
        <source>GEDCOM file…</source>
        <translation>GEDCOM-fil…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1367"/>
        <source>Import GEDCOM…</source>
        <translation>Importera GEDCOM…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1403"/>
        <source>Show or hide the legend</source>
        <translation>Visa eller dölj teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1416"/>
        <source>Family map</source>
        <translation>Familjekarta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1419"/>
        <source>Tab and {back} select the persons in turn, row by row. The Menu key or {menu} opens the selected person&apos;s menu: add parents, a partner, a child or a sibling, and more. Enter or F2 edits their details, the arrow keys move them, Delete removes them. {man}, {woman} or {other} adds a person.</source>
        <translation>Tabb och {back} väljer personerna i tur och ordning, rad för rad. Menytangenten eller {menu} öppnar den valda personens meny: lägg till föräldrar, en partner, ett barn eller ett syskon med mera. Enter eller F2 redigerar uppgifterna, piltangenterna flyttar personen, Delete tar bort den. {man}, {woman} eller {other} lägger till en person.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2021"/>
        <source>Delete {n} persons</source>
        <translation>Ta bort {n} personer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2023"/>
        <source>Delete {n} items</source>
        <translation>Ta bort {n} delar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2059"/>
        <source>Connect {name} to someone on the map. Click them, or select them with Tab and press Enter (Esc cancels).</source>
        <translation>Koppla {name} till någon på kartan. Klicka på personen, eller välj den med Tab och tryck Enter (Esc avbryter).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2116"/>
        <source>Nudge</source>
        <translation>Flytta lite</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2243"/>
        <source>sibling</source>
        <extracomment>The smallest zoom Tidy up fits the family at: below it names are too small to read.</extracomment>
        <translation>syskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1473"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2283"/>
        <location filename="../../kastdesk/ui/genogram/tab.py" line="235"/>
        <source>unnamed person</source>
        <translation>person utan namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1976"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1982"/>
        <source>Delete the client</source>
        <translation>Ta bort klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1978"/>
        <source>Delete the client? The roles on the family map (mother, brother, …) say how each person is related to the client: without a client they are cleared, until you make someone else the client. Undo brings everything back.</source>
        <translation>Ta bort klienten? Rollerna på familjekartan (mor, bror, …) säger hur varje person är släkt med klienten: utan klient töms de, tills du gör någon annan till klient. Ångra tar tillbaka allt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1983"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1991"/>
        <source>The map has no client now. Right-click a person and choose to make them the client: the roles are then filled in from them.</source>
        <translation>Kartan har ingen klient nu. Högerklicka på en person och välj att göra personen till klient: rollerna fylls då i utifrån den personen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2269"/>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="747"/>
        <location filename="../../kastdesk/ui/genogram/tab.py" line="241"/>
        <source>{first} and {second}</source>
        <translation>{first} och {second}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2356"/>
        <source>Add emotional relationship to…</source>
        <translation>Lägg till känslomässig relation till…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2374"/>
        <source>Select the first person, then choose the relationship and click the second person.</source>
        <translation>Markera den första personen, välj sedan relation och klicka på den andra personen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2560"/>
        <source>Son</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2561"/>
        <source>Daughter</source>
        <translation>Dotter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2562"/>
        <source>Child, sex unknown</source>
        <translation>Barn, okänt kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2406"/>
        <source>Add parents</source>
        <translation>Lägg till föräldrar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2418"/>
        <source>Add father</source>
        <translation>Lägg till far</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2419"/>
        <source>Add mother</source>
        <translation>Lägg till mor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2420"/>
        <source>Add other parent</source>
        <translation>Lägg till annan förälder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2438"/>
        <source>Make a child of {parent} and {partner}</source>
        <translation>Gör till barn till {parent} och {partner}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2445"/>
        <source>Add partner</source>
        <translation>Lägg till partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2457"/>
        <source>Order of partners</source>
        <translation>Ordning på partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2461"/>
        <source>Move {partner} earlier</source>
        <translation>Flytta {partner} tidigare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2465"/>
        <source>Move {partner} later</source>
        <translation>Flytta {partner} senare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2468"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2578"/>
        <source>Add child</source>
        <translation>Lägg till barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2473"/>
        <source>With {partner}</source>
        <translation>Med {partner}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2477"/>
        <source>Without a partner</source>
        <translation>Utan partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2481"/>
        <source>Add sibling</source>
        <translation>Lägg till syskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2483"/>
        <source>Brother</source>
        <translation>Bror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2484"/>
        <source>Sister</source>
        <translation>Syster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2485"/>
        <source>Sibling, sex unknown</source>
        <translation>Syskon, okänt kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2499"/>
        <source>Connect to a person on the map…</source>
        <translation>Koppla till en person på kartan…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2505"/>
        <source>Set as index person (client)</source>
        <translation>Gör till indexperson (klienten)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2512"/>
        <source>Mark alive</source>
        <translation>Markera som levande</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2516"/>
        <source>Mark deceased…</source>
        <translation>Markera som avliden…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2517"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2782"/>
        <source>Add marker</source>
        <translation>Lägg till markering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2534"/>
        <source>Other…</source>
        <translation>Annan…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2541"/>
        <source>Delete (with its lines)</source>
        <translation>Ta bort (med tillhörande linjer)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2584"/>
        <source>Delete this line</source>
        <translation>Ta bort den här linjen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2652"/>
        <source>Make {first} and {second} a couple</source>
        <translation>Gör {first} och {second} till ett par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2668"/>
        <source>Make {child} a child of {parent}</source>
        <translation>Gör {child} till barn till {parent}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2678"/>
        <source>Make {child} a child of {parent} and {partner}</source>
        <translation>Gör {child} till barn till {parent} och {partner}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2741"/>
        <source>Add man here</source>
        <translation>Lägg till man här</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2742"/>
        <source>Add woman here</source>
        <translation>Lägg till kvinna här</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2743"/>
        <source>Add person of another gender here</source>
        <translation>Lägg till person av annat kön här</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2762"/>
        <source>Mark deceased</source>
        <translation>Markera som avliden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2782"/>
        <source>Marker:</source>
        <translation>Markering:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2800"/>
        <source>Genogram</source>
        <translation>Genogram</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2827"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2828"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2829"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2841"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2847"/>
        <source>Export genogram</source>
        <translation>Exportera genogram</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2918"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…och %n till.</numerusform>
            <numerusform>…och %n till.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2919"/>
        <source>The family was imported. Please note:</source>
        <translation>Familjen importerades. Observera:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1374"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2858"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2865"/>
        <source>Export as GEDCOM</source>
        <translation>Exportera som GEDCOM</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2043"/>
        <source>Click the second person, or select them with Tab and press Enter (Esc cancels).</source>
        <translation>Klicka på den andra personen, eller välj den med Tabb och tryck Enter (Esc avbryter).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2763"/>
        <source>Year of death (e.g. 2011), or age at death (e.g. 61). Empty if unknown:</source>
        <translation>Dödsår (t.ex. 2011) eller ålder vid döden (t.ex. 61). Tomt om det inte är känt:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2773"/>
        <source>“{text}” is not a year: type the year of death as four digits, for example 2015, or the age at death, for example 61, or leave it empty if it is not known.</source>
        <translation>”{text}” är inget år: skriv dödsåret med fyra siffror, till exempel 2015, eller åldern vid döden, till exempel 61, eller lämna fältet tomt om det inte är känt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2858"/>
        <source>GEDCOM files (*.ged)</source>
        <translation>GEDCOM-filer (*.ged)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2880"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="2922"/>
        <source>Import from GEDCOM</source>
        <translation>Importera från GEDCOM</translation>
    </message>
</context>
<context>
    <name>GenogramExport</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/export.py" line="158"/>
        <source>genogram-initials</source>
        <extracomment>What an export does once its file is written whole and before it has its name: record it in the case&apos;s audit log (:meth:`StagedWrite.place_recorded`), and what it does where the name then cannot be given.</extracomment>
        <translation>genogram-initialer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/export.py" line="160"/>
        <source>genogram-names</source>
        <translation>genogram-namn</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="82"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="90"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="92"/>
        <source>Optional</source>
        <translation>Valfritt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="93"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="197"/>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="226"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="197"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="197"/>
        <source>Set</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="198"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="207"/>
        <source>&amp;Set goal…</source>
        <translation>&amp;Sätt mål…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="208"/>
        <source>&amp;Revise…</source>
        <translation>&amp;Revidera…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="209"/>
        <source>Mark r&amp;eached…</source>
        <translation>Markera som &amp;uppnått…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="210"/>
        <source>&amp;Drop…</source>
        <translation>&amp;Lägg ned…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="211"/>
        <source>Re&amp;open…</source>
        <translation>Öppna &amp;igen…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="224"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="225"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="227"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="228"/>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="233"/>
        <source>Goal history</source>
        <translation>Målhistorik</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="249"/>
        <source>No goals yet. Put the reason for coming into words together, then set the first goal.</source>
        <translation>Inga mål ännu. Formulera tillsammans anledningen till kontakten och sätt sedan det första målet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="273"/>
        <source>Original goal:</source>
        <translation>Ursprungligt mål:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="274"/>
        <source>Current goal:</source>
        <translation>Nuvarande mål:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="275"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="297"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="535"/>
        <source>{text}  (set {when})</source>
        <extracomment>Beside each other, the goals list gives a goal at least this many average characters a line, and the history gives its goal and note this many each (besides the date, the event and who, which take what they need); where the tab has less room the list goes above the goal and the history gets the tab&apos;s whole width. Fewer than that, and a goal read &quot;Slut…&quot; and the history &quot;Slu…&quot;, &quot;Me…&quot; beside the register at 1024 pixels. Pixels between the empty list&apos;s hint and the splitter&apos;s handle beside or below it, as the chosen goal keeps on the handle&apos;s other side.</extracomment>
        <translation>{text}  (satt upp {when})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="543"/>
        <source>{state} on {when}</source>
        <translation>{state} den {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/goals.py" line="547"/>
        <source>Revised %n time(s) since it was set.</source>
        <translation>
            <numerusform>Reviderat %n gång sedan det sattes.</numerusform>
            <numerusform>Reviderat %n gånger sedan det sattes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="549"/>
        <source>The goal has not been revised.</source>
        <translation>Målet har inte reviderats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="570"/>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="571"/>
        <source>Set goal</source>
        <translation>Sätt mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="574"/>
        <source>e.g. in the client&apos;s words</source>
        <translation>t.ex. med klientens egna ord</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="586"/>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="587"/>
        <source>Revise goal</source>
        <translation>Revidera mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="590"/>
        <source>Why the goal changed</source>
        <translation>Varför målet ändrades</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="603"/>
        <source>Mark goal reached</source>
        <translation>Markera målet som uppnått</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="603"/>
        <source>Mark reached</source>
        <translation>Markera som uppnått</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="604"/>
        <source>Drop goal</source>
        <translation>Lägg ned mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="605"/>
        <source>Reopen goal</source>
        <translation>Öppna mål igen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="64"/>
        <source>History: {title}</source>
        <extracomment>The most a free-text column asks of the dialog&apos;s width; longer text is elided (its tooltip holds it whole).</extracomment>
        <translation>Historik: {title}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="67"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="67"/>
        <source>Session</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="67"/>
        <source>Saved</source>
        <translation>Sparad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="68"/>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="77"/>
        <source>no session</source>
        <translation>inget samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="79"/>
        <source>1 change</source>
        <translation>1 ändring</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="80"/>
        <source>{n} changes</source>
        <translation>{n} ändringar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="80"/>
        <source>no change</source>
        <translation>ingen ändring</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="70"/>
        <location filename="../../kastdesk/ui/exercises/history.py" line="85"/>
        <source>Saved versions, newest first</source>
        <translation>Sparade versioner, nyaste först</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="91"/>
        <source>What I say I am</source>
        <translation>Det jag säger att jag är</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="91"/>
        <source>What I did</source>
        <translation>Det jag gjorde</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="91"/>
        <source>Said in session</source>
        <translation>Sagt i samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="92"/>
        <source>Rewritten in session</source>
        <translation>Omskrivet i samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="92"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="99"/>
        <source>removed</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="95"/>
        <location filename="../../kastdesk/ui/exercises/history.py" line="112"/>
        <source>Statements over the sessions</source>
        <translation>Påståendena över samtalen</translation>
    </message>
</context>
<context>
    <name>IAmVsIDoEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="552"/>
        <source>New “I am …” statement</source>
        <translation>Nytt ”Jag är …”-påstående</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="553"/>
        <source>Add statement</source>
        <translation>Lägg till påstående</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="569"/>
        <source>add statement</source>
        <translation>lägg till påstående</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="574"/>
        <source>rewrite statement</source>
        <translation>skriv om påstående</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="584"/>
        <source>What I say I am</source>
        <translation>Det jag säger att jag är</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="585"/>
        <source>What I did</source>
        <translation>Det jag gjorde</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="587"/>
        <source>No statements yet.</source>
        <translation>Inga påståenden ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="673"/>
        <source>session {date}</source>
        <translation>samtal {date}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="688"/>
        <source>“What I did” for: {text}</source>
        <translation>”Det jag gjorde” för: {text}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="696"/>
        <source>Still feels true</source>
        <translation>Känns fortfarande sant</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="697"/>
        <source>The old sentence is back: mark it as standing again</source>
        <translation>Den gamla meningen är tillbaka: markera att den gäller igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="699"/>
        <source>reopen statement</source>
        <translation>öppna påstående igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="702"/>
        <source>Rewrite</source>
        <translation>Skriv om</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="706"/>
        <source>Remove this statement</source>
        <translation>Ta bort det här påståendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="708"/>
        <source>remove statement</source>
        <translation>ta bort påstående</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="720"/>
        <source>reword statement</source>
        <translation>formulera om påstående</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="724"/>
        <source>draft rewrite</source>
        <translation>utkast till omskrivning</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/intake.py" line="84"/>
        <source>Form version {version}</source>
        <translation>Formulärversion {version}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/intake.py" line="121"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/intake.py" line="152"/>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="13"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="14"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="15"/>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="16"/>
        <source>In person</source>
        <translation>Personligt besök</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="17"/>
        <location filename="../../kastdesk/ui/cases/labels.py" line="29"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="23"/>
        <source>Own initiative</source>
        <translation>Eget initiativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="24"/>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="25"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="26"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="27"/>
        <source>Health service</source>
        <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/labels.py" line="28"/>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="514"/>
        <source>KastDesk — DEMO</source>
        <extracomment>How often a save that failed for a cause that can pass is tried again (ms). How long a look at the vault&apos;s folder may hold the UI thread before its answer is left to come through the event loop (a local disk answers well within it, and the screen or the save follows at once, as before the looks left the UI thread). What the case had beside the register in a 1366-pixel window before: the width its tabs lay out side by side in. The register&apos;s last column never takes it away. The register&apos;s least width where the case keeps its tab names whole beside it. Where a lock left the case: client, tab, session, and the cursor in the session note if the note had the focus. Stops the check of start forms running in the background (``_check_start_forms``). Set at a logout, a shutdown or a termination signal (kastdesk.ui.app): the close then saves what it can and quits, never waits (the session manager kills a process that does not end, and every unsaved word with it).</extracomment>
        <translation>KastDesk — DEMO</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="514"/>
        <location filename="../../kastdesk/ui/main_window.py" line="1227"/>
        <location filename="../../kastdesk/ui/main_window.py" line="1585"/>
        <location filename="../../kastdesk/ui/main_window.py" line="1626"/>
        <source>KastDesk</source>
        <translation>KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="571"/>
        <location filename="../../kastdesk/ui/main_window.py" line="1938"/>
        <source>Choose a client in the register, or add a new one.</source>
        <translation>Välj en klient i registret eller lägg till en ny.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="636"/>
        <source>New client…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="638"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="641"/>
        <source>Privacy mode</source>
        <translation>Integritetsläge</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="639"/>
        <source>Save everything and lock the vault ({keys})</source>
        <translation>Spara allt och lås valvet ({keys})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="644"/>
        <source>Show client codes only, never names ({keys})</source>
        <translation>Visa bara klientkoder, aldrig namn ({keys})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="648"/>
        <source>Due…</source>
        <translation>Att göra…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="650"/>
        <source>Follow-ups due, clients waiting for a first session, silent cases</source>
        <translation>Uppföljningar att göra, klienter som väntar på ett första samtal, ärenden utan kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="651"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="653"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="655"/>
        <source>Find client</source>
        <translation>Sök klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="657"/>
        <source>Change status</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="661"/>
        <source>Export case summary…</source>
        <translation>Exportera ärendesammanfattning…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="663"/>
        <source>Prepare supervision packet…</source>
        <translation>Förbered handledningspaket…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="665"/>
        <source>Record guidance meeting…</source>
        <translation>Dokumentera handledningsmöte…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="667"/>
        <source>Import supervisor comments…</source>
        <translation>Importera handledarens kommentarer…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="669"/>
        <source>Open supervision packet (supervisor)…</source>
        <translation>Öppna handledningspaket (handledare)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="671"/>
        <source>Verify vault…</source>
        <translation>Kontrollera valvet…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="679"/>
        <source>Show register</source>
        <translation>Visa register</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="682"/>
        <source>Hide the register to give the open case the whole width ({keys})</source>
        <translation>Dölj registret så att det öppna ärendet får hela bredden ({keys})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="831"/>
        <source>Problems were found; each line says what to do:</source>
        <translation>Problem hittades; varje rad säger vad du ska göra:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="688"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="539"/>
        <source>Restore from a backup…</source>
        <translation>Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="603"/>
        <source>Back up now…</source>
        <translation>Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="673"/>
        <source>Audit log…</source>
        <translation>Granskningslogg…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="675"/>
        <source>Back up vault…</source>
        <translation>Säkerhetskopiera valvet…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="677"/>
        <source>Restore from backup…</source>
        <translation>Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="693"/>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="707"/>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="710"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="715"/>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="722"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="753"/>
        <source>Export case summary</source>
        <translation>Exportera ärendesammanfattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="754"/>
        <source>Choose a client in the register first.</source>
        <translation>Välj först en klient i registret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="773"/>
        <source>Supervision packet</source>
        <translation>Handledningspaket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="774"/>
        <source>Saved {pdf} and {packet}: {n} cases, {q} questions.</source>
        <translation>Sparade {pdf} och {packet}: {n} ärenden, {q} frågor.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="830"/>
        <location filename="../../kastdesk/ui/main_window.py" line="834"/>
        <source>Verify vault</source>
        <translation>Kontrollera valvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="835"/>
        <source>The vault is intact: every file and audit log checked.</source>
        <translation>Valvet är intakt: alla filer och loggar har kontrollerats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="838"/>
        <source>Checking every file of the vault…</source>
        <translation>Kontrollerar alla filer i valvet…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="855"/>
        <source>The backup was saved: {path} ({size}).</source>
        <translation>Säkerhetskopian har sparats: {path} ({size}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="860"/>
        <source>The case files of {codes} could not be read, so they are not in the backup; Verify vault says what to do.</source>
        <translation>Ärendefilerna för {codes} kunde inte läsas, så de finns inte med i säkerhetskopian; Kontrollera valvet säger vad du ska göra.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="862"/>
        <source>Back up vault</source>
        <translation>Säkerhetskopiera valvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="913"/>
        <source>The vault was restored from the backup from {when}.</source>
        <translation>Valvet har återställts från säkerhetskopian från {when}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="917"/>
        <source>The vault that was in its place was moved to {aside}; nothing in it was changed or deleted.</source>
        <translation>Valvet som fanns på platsen flyttades till {aside}; inget i det ändrades eller raderades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="919"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="997"/>
        <source>Looking for the vault in {folder}…</source>
        <extracomment>Whether a folder holds a vault: run off the UI thread (the seam a test makes hang).</extracomment>
        <translation>Letar efter valvet i {folder}…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1229"/>
        <source>The vault was locked all the same.</source>
        <translation>Valvet låstes ändå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1307"/>
        <source>What you typed last is not saved yet, because the vault could not be written just now; it is kept, and KastDesk saves it as soon as it can.</source>
        <translation>Det du skrev sist är inte sparat än, eftersom valvet inte gick att skriva till just nu; det finns kvar, och KastDesk sparar det så snart det går.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1458"/>
        <source>The vault&apos;s folder is not answering; what you typed is kept and saved once it answers.</source>
        <translation>Valvets mapp svarar inte; det du skrev finns kvar och sparas när den svarar.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1572"/>
        <source>Something unexpected went wrong while saving, so what was typed last may not have been saved. If it happens again, tell your IT contact.</source>
        <translation>Något oväntat gick fel när det sparades, så det som skrevs sist kanske inte sparades. Om det händer igen, kontakta din IT-kontakt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1587"/>
        <source>What could not be saved is still on screen: copy what you need; trying again goes on without it.</source>
        <translation>Det som inte kunde sparas finns kvar på skärmen: kopiera det du behöver; nästa försök fortsätter utan det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1606"/>
        <source>If you quit now, the note you were writing is not in the vault yet, but a sealed copy of it stays on this computer, and KastDesk offers it back the next time this vault is unlocked. Anything else typed since KastDesk last saved is lost.</source>
        <translation>Om du avslutar nu finns anteckningen du skrev inte i valvet än, men en förseglad kopia av den finns kvar på den här datorn, och KastDesk erbjuder den igen nästa gång valvet låses upp. Annat som skrivits sedan KastDesk senast sparade går förlorat.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1612"/>
        <source>If you quit now, what you typed is not in the vault yet, but a sealed copy of it stays on this computer, and KastDesk offers it back the next time this vault is unlocked. Anything else typed since KastDesk last saved is lost.</source>
        <translation>Om du avslutar nu finns det du skrev inte i valvet än, men en förseglad kopia av det stannar på den här datorn, och KastDesk erbjuder den igen nästa gång valvet låses upp. Allt annat som skrivits sedan KastDesk senast sparade går förlorat.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1618"/>
        <source>If you quit now, what you typed since KastDesk last saved is lost. To keep a copy, choose Keep waiting, unlock, and copy what you need into another program first.</source>
        <translation>Om du avslutar nu går det du skrivit sedan KastDesk senast sparade förlorat. Vill du behålla en kopia väljer du Fortsätt vänta, låser upp och kopierar det du behöver till ett annat program först.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1623"/>
        <source>If you quit now, what you typed since KastDesk last saved is lost. To keep a copy, choose Keep waiting and copy what you need into another program first.</source>
        <translation>Om du avslutar nu går det du skrivit sedan KastDesk senast sparade förlorat. Vill du behålla en kopia väljer du Fortsätt vänta och kopierar det du behöver till ett annat program först.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1630"/>
        <source>Quit without saving it</source>
        <translation>Avsluta utan att spara det</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1632"/>
        <source>Keep waiting</source>
        <translation>Fortsätt vänta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1935"/>
        <source>The register is empty. Add your first client with New client ({keys}).</source>
        <translation>Registret är tomt. Lägg till din första klient med Ny klient ({keys}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1945"/>
        <source>Privacy mode on: codes only</source>
        <translation>Integritetsläge på: bara koder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="1946"/>
        <source>Privacy mode off: names visible</source>
        <translation>Integritetsläge av: namn visas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/main_window.py" line="1948"/>
        <source>Locks after %n minute(s) idle</source>
        <translation>
            <numerusform>Låses efter %n minuts inaktivitet</numerusform>
            <numerusform>Låses efter %n minuters inaktivitet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="136"/>
        <source>Preparing a demo vault with fictional clients…</source>
        <extracomment>Set when the app quits. A demo still being built then stops at its next client (its vault closed) instead of running on in a thread Qt destroys: a SIGTERM in the first seconds of ``kastdesk --demo`` aborted the process (&quot;QThread: Destroyed while thread is still running&quot;) and left the demo folder behind.</extracomment>
        <translation>Förbereder ett demovalv med fiktiva klienter…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="144"/>
        <source>The demo vault could not be made.</source>
        <translation>Demovalvet kunde inte skapas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="150"/>
        <source>Making fictional clients for the demo…</source>
        <translation>Skapar fiktiva klienter för demon…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="358"/>
        <source>Record guidance meeting</source>
        <translation>Dokumentera handledningsmöte</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="366"/>
        <source>Names or roles, separated by commas</source>
        <translation>Namn eller roller, åtskilda med kommatecken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="364"/>
        <source>Da&amp;te</source>
        <translation>Da&amp;tum</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="367"/>
        <source>&amp;Participants</source>
        <translation>&amp;Deltagare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="370"/>
        <source>Tick what was discussed and write the supervisor&apos;s advice for each.</source>
        <translation>Bocka för det som diskuterades och skriv handledarens råd för varje punkt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="375"/>
        <source>Discussed</source>
        <translation>Diskuterat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="375"/>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="375"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="375"/>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="398"/>
        <source>&amp;Decisions</source>
        <translation>&amp;Beslut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="414"/>
        <source>No case has an open question for guidance, so there is nothing to record a meeting against yet. Open a case, flag the case, a session note or a question on its Supervision tab (Flag for guidance…), then record the meeting here.</source>
        <translation>Inget ärende har en öppen fråga till handledningen, så det finns ännu inget att dokumentera ett möte mot. Öppna ett ärende, markera ärendet, en samtalsanteckning eller en fråga på dess flik Handledning (Markera för handledning…) och dokumentera sedan mötet här.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="427"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>MissingVaultScreen</name>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="125"/>
        <source>KastDesk</source>
        <extracomment>How often the missing folder is looked for again (a memory stick plugged in later).</extracomment>
        <translation>KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="131"/>
        <source>No vault was found at {folder}; if it is on a memory stick or a network folder, plug the stick in or connect, and KastDesk opens it; if you moved or renamed the vault folder, choose the folder where it is now.</source>
        <translation>Inget valv hittades i {folder}; ligger det på ett USB-minne eller i en nätverksmapp, sätt i USB-minnet eller anslut, så öppnar KastDesk det; har du flyttat eller bytt namn på valvmappen, välj mappen där den finns nu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="137"/>
        <source>Choose the vault folder…</source>
        <translation>Välj valvets mapp…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="141"/>
        <source>Create a new vault</source>
        <translation>Skapa ett nytt valv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="202"/>
        <source>{folder} is not answering just now (a network folder may be slow or disconnected); KastDesk takes it as not there yet and goes on looking.</source>
        <translation>{folder} svarar inte just nu (en nätverksmapp kan vara långsam eller frånkopplad); KastDesk räknar den som ännu inte tillgänglig och fortsätter att leta.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="210"/>
        <source>{folder} is not answering, so a new vault cannot be made there now: KastDesk goes on looking; once it answers, choose Create a new vault again.</source>
        <translation>{folder} svarar inte, så inget nytt valv kan skapas där nu: KastDesk fortsätter att leta; när den svarar väljer du Skapa ett nytt valv igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="243"/>
        <source>Choose the vault folder</source>
        <translation>Välj valvets mapp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/missing.py" line="286"/>
        <source>There is no KastDesk vault in {folder}; choose the folder that holds the file vault.json.</source>
        <translation>Det finns inget KastDesk-valv i {folder}; välj mappen som innehåller filen vault.json.</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="41"/>
        <source>New client</source>
        <translation>Ny klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="114"/>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="235"/>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="260"/>
        <source>Name, if the client gave one</source>
        <translation>Namn, om klienten har uppgett ett</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="63"/>
        <source>Add client</source>
        <translation>Lägg till klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="103"/>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="102"/>
        <source>Anonymous (code only)</source>
        <translation>Anonym (bara kod)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="105"/>
        <source>Named</source>
        <translation>Med namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="138"/>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="121"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="144"/>
        <source>C&amp;lient:</source>
        <translation>K&amp;lient:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="150"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="155"/>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="125"/>
        <source>&amp;First contact by:</source>
        <translation>&amp;Första kontakt via:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="157"/>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="127"/>
        <source>First contact &amp;on:</source>
        <translation>Första kontakt &amp;den:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="158"/>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="129"/>
        <source>Came &amp;through:</source>
        <translation>&amp;Hittade hit via:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="122"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="337"/>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="244"/>
        <source>A client needs a code.</source>
        <translation>En klient måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/client_form.py" line="339"/>
        <source>Type the name, or choose Anonymous.</source>
        <translation>Skriv namnet eller välj Anonym.</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="41"/>
        <source>Use at least ten characters. A few unrelated words are strong and easy to remember. There is no way to open the vault without it, except the recovery key.</source>
        <translation>Använd minst tio tecken. Några ord som inte hör ihop är starka och lätta att komma ihåg. Utan lösenfrasen går valvet bara att öppna med återställningsnyckeln.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="51"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="54"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Upprepa den:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="88"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De två lösenfraserna är inte likadana ännu.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="85"/>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="86"/>
        <source>First session</source>
        <translation>Första samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="87"/>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="88"/>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="89"/>
        <source>Next session</source>
        <translation>Nästa samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="90"/>
        <source>Follow-up due</source>
        <translation>Uppföljning planerad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="123"/>
        <source>Goals now</source>
        <translation>Aktuella mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="124"/>
        <source>Last sessions</source>
        <translation>Senaste samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="125"/>
        <source>Risk flags</source>
        <translation>Riskflaggor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="126"/>
        <source>Advice from guidance meetings</source>
        <translation>Råd från handledningsmöten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="155"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="156"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="166"/>
        <source>waiting since today</source>
        <translation>väntar sedan i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="167"/>
        <source>waiting for %n day(s)</source>
        <translation>
            <numerusform>har väntat %n dag</numerusform>
            <numerusform>har väntat %n dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="171"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="190"/>
        <source>originally: {text}</source>
        <translation>ursprungligen: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="194"/>
        <source>%n goal(s) reached.</source>
        <translation>
            <numerusform>%n mål uppnått.</numerusform>
            <numerusform>%n mål uppnådda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="195"/>
        <source>No goals set yet.</source>
        <translation>Inga mål satta ännu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="219"/>
        <source>%n session(s) held in all;</source>
        <translation>
            <numerusform>%n genomfört samtal totalt;</numerusform>
            <numerusform>%n genomförda samtal totalt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="220"/>
        <source>%n cancelled or not attended.</source>
        <translation>
            <numerusform>%n inställt eller uteblivet.</numerusform>
            <numerusform>%n inställda eller uteblivna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="222"/>
        <source>%n session(s) in all.</source>
        <translation>
            <numerusform>%n samtal totalt.</numerusform>
            <numerusform>%n samtal totalt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="223"/>
        <source>No sessions yet.</source>
        <translation>Inga samtal ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="227"/>
        <source>{kind}: raised {when} by {who}</source>
        <translation>{kind}: flaggad {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="232"/>
        <source>cleared {when} by {who}</source>
        <translation>hävdes {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="235"/>
        <source>No risk flags.</source>
        <translation>Inga riskflaggor.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="241"/>
        <source>(no advice recorded)</source>
        <translation>(inga råd dokumenterade)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="244"/>
        <source>Decided: {text}</source>
        <translation>Beslutat: {text}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="246"/>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="256"/>
        <source>Supervisor: {text}</source>
        <translation>Handledare: {text}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="254"/>
        <source>{when} · Comments from the supervisor</source>
        <translation>{when} · Kommentarer från handledaren</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="260"/>
        <source>None yet.</source>
        <translation>Inga ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="267"/>
        <source>Earlier case: {code}</source>
        <translation>Tidigare ärende: {code}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="268"/>
        <source>Later case: {code}</source>
        <translation>Senare ärende: {code}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="272"/>
        <source>{code} (no longer in the register)</source>
        <translation>{code} (finns inte längre i registret)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="296"/>
        <source>{date} (passed; the case is closed)</source>
        <translation>{date} (passerat; ärendet är stängt)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="297"/>
        <source>none (the case is closed)</source>
        <translation>ingen (ärendet är stängt)</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="100"/>
        <source>Prepare supervision packet</source>
        <translation>Förbered handledningspaket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="109"/>
        <source>The packet holds the questions flagged for guidance, pseudonymized: a PDF to read and an encrypted file the supervisor opens in KastDesk to comment on.</source>
        <translation>Paketet innehåller de frågor som markerats för handledning, pseudonymiserade: en PDF att läsa och en krypterad fil som handledaren öppnar i KastDesk för att kommentera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="119"/>
        <source>{code}: %n question(s)</source>
        <translation>
            <numerusform>{code}: %n fråga</numerusform>
            <numerusform>{code}: %n frågor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="128"/>
        <source>No case has an open question for guidance. Flag a case, a note or a question from the case&apos;s Supervision tab first.</source>
        <translation>Inget ärende har någon fråga som väntar på handledning. Markera först ett ärende, en anteckning eller en fråga på ärendets flik Handledning.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="138"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="135"/>
        <source>&amp;Meeting date</source>
        <translation>&amp;Mötesdatum</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="143"/>
        <source>&amp;Save in</source>
        <translation>&amp;Spara i</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="150"/>
        <source>&amp;Packet passphrase</source>
        <translation>&amp;Paketets lösenfras</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="151"/>
        <source>A&amp;gain</source>
        <translation>Upp&amp;repa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="156"/>
        <source>Give the supervisor this passphrase by another way than the file (in person or by phone).</source>
        <translation>Ge handledaren lösenfrasen på annat sätt än filen (personligen eller per telefon).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="162"/>
        <source>Names the case knows, dates, addresses, phone numbers and car plates are withheld, but not every place, employer or colleague: read the list and add those to Also withhold.</source>
        <translation>Namn som ärendet känner till, datum, adresser, telefonnummer och registreringsnummer utelämnas, men inte varje plats, arbetsgivare eller kollega: läs listan och lägg till dem under Utelämna även.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="182"/>
        <source>Export packet</source>
        <translation>Exportera paket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="247"/>
        <source>A packet for that day is already in the folder; this one is saved beside it as {pdf} and {packet}.</source>
        <translation>Det finns redan ett paket för den dagen i mappen; det här sparas bredvid som {pdf} och {packet}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="283"/>
        <source>Save the packet in</source>
        <translation>Spara paketet i</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="293"/>
        <source>Choose at least one case.</source>
        <translation>Välj minst ett ärende.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="295"/>
        <source>The packet passphrase must be at least 10 characters long.</source>
        <translation>Paketets lösenfras måste vara minst 10 tecken lång.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="297"/>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="299"/>
        <source>Choose a folder that exists.</source>
        <translation>Välj en mapp som finns.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="329"/>
        <source>Writing the packet. It cannot be stopped half-way; you are told when both files are saved.</source>
        <translation>Paketet skrivs. Det kan inte avbrytas halvvägs; du får besked när båda filerna är sparade.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="332"/>
        <source>Preparing the packet…</source>
        <translation>Förbereder paketet…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="75"/>
        <source>Create your vault</source>
        <translation>Skapa ditt valv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="77"/>
        <source>Everything you write in KastDesk is kept encrypted in this vault. Choose the passphrase that opens it.</source>
        <translation>Allt du skriver i KastDesk sparas krypterat i det här valvet. Välj den lösenfras som öppnar det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="82"/>
        <source>Optional; shown on the notes you sign</source>
        <translation>Valfritt; står under anteckningar du signerar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="96"/>
        <source>Your name:</source>
        <translation>Ditt namn:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="104"/>
        <source>Create vault</source>
        <translation>Skapa valv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="122"/>
        <source>Creating the vault and tuning its encryption to this computer…</source>
        <translation>Skapar valvet och anpassar krypteringen till den här datorn…</translation>
    </message>
</context>
<context>
    <name>PlaceholderWorkspace</name>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="111"/>
        <source>{code} — {status}</source>
        <translation>{code} — {status}</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="205"/>
        <source>Select a person, a couple line or a relationship line to see and edit its details.</source>
        <extracomment>Typed notes, and the person&apos;s one-line fields, are saved this long after the last key press. The oldest age the map takes (kastdesk.genogram.model refuses more). (child link id, fields): kind (biological, adopted, foster) and birth order. (person ids, identical): mark the selected person and a sibling as twins. (person id): take the person out of their twin group. (sentence): a typed value was not passed on (a year past YEAR_MAX); the field is marked unmodified so the stored value comes back when the panel is shown again. (couple id, person id, step): the couple one place earlier (-1) or later (1) among that partner&apos;s partnerships. A report being saved now: (what, id, fields), &quot;person&quot; or &quot;relationship&quot;. The sealed rescue copy is written as the save starts (kastdesk.ui.rescue), and a save that hangs (a network folder that stopped answering) must not lose it.</extracomment>
        <translation>Markera en person, en parlinje eller en relationslinje för att se och redigera uppgifterna.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="220"/>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="634"/>
        <source>Show name</source>
        <translation>Visa namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="223"/>
        <source>Privacy mode is on: the name is shown only while you edit it, and hidden again when you leave the box.</source>
        <translation>Integritetsläget är på: namnet visas bara medan du redigerar det och döljs igen när du lämnar rutan.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="239"/>
        <source>e.g. father, maternal grandmother</source>
        <extracomment>The stored name while privacy mode keeps it off the screen (&quot;&quot; when it is shown).</extracomment>
        <translation>t.ex. far, mormor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="244"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="249"/>
        <location filename="../../kastdesk/ui/genogram/tab.py" line="74"/>
        <source>Deceased</source>
        <extracomment>The fields of the properties panel a rescue copy keeps, by what they belong to: what is typed (a person&apos;s years and age too), and the markers ticked with them. The fields shown in the offer as they are (the others after their label). The panel&apos;s label of each of the others (its own tr context and words).</extracomment>
        <translation>Avliden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="255"/>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="603"/>
        <source>Age at death</source>
        <translation>Ålder vid döden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="272"/>
        <source>Other markers, separated by commas</source>
        <translation>Andra markeringar, åtskilda med kommatecken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="273"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="276"/>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="277"/>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="278"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="279"/>
        <source>Born (year)</source>
        <translation>Född (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="280"/>
        <source>Died (year)</source>
        <translation>Död (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="283"/>
        <source>Occupation</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="286"/>
        <source>Markers</source>
        <translation>Markeringar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="288"/>
        <source>Other markers</source>
        <translation>Andra markeringar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="289"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="292"/>
        <source>As a child</source>
        <translation>Som barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="302"/>
        <source>not known</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="303"/>
        <source>1 for the eldest child, 2 for the next, and so on.</source>
        <translation>1 för det äldsta barnet, 2 för nästa och så vidare.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="305"/>
        <source>Identical twins</source>
        <translation>Enäggstvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="307"/>
        <source>Child line</source>
        <translation>Barnlinje</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="308"/>
        <source>Birth order</source>
        <translation>Syskonordning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="309"/>
        <source>Twin of</source>
        <translation>Tvilling till</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="331"/>
        <source>Couple</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="332"/>
        <source>From (year)</source>
        <translation>Från (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="333"/>
        <source>Until (year)</source>
        <translation>Till (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="345"/>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="346"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="380"/>
        <source>The arrow points at the person it is done to. Both ways: an arrow at each end. Only abuse, neglect, caretaking and focused-on have a direction.</source>
        <translation>Pilen pekar på den som det riktas mot. Åt båda hållen: en pil i varje ände. Bara övergrepp, försummelse, omsorg och fokusering har en riktning.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="603"/>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="634"/>
        <source>Type name</source>
        <translation>Skriv namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="705"/>
        <source>Order for {person}: {place} of {count}</source>
        <translation>Ordning för {person}: {place} av {count}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="730"/>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="730"/>
        <source>second</source>
        <translation>andra</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="734"/>
        <source>Both ways</source>
        <translation>Åt båda hållen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="874"/>
        <source>{year} was not saved: a year can be {most} at the latest.</source>
        <translation>{year} sparades inte: ett år kan vara högst {most}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="389"/>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="391"/>
        <source>Direction</source>
        <translation>Riktning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="394"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="557"/>
        <source>(not a twin)</source>
        <translation>(inte tvilling)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="631"/>
        <source>Hidden</source>
        <translation>Dolt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="632"/>
        <source>Hidden (privacy mode)</source>
        <translation>Dolt (integritetsläge)</translation>
    </message>
</context>
<context>
    <name>RaiseFlagDialog</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="251"/>
        <source>Raise risk flag</source>
        <translation>Sätt riskflagga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="257"/>
        <source>What was said or seen (optional)</source>
        <translation>Vad som sades eller sågs (valfritt)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="260"/>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="261"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="265"/>
        <source>Raise flag</source>
        <translation>Sätt flagga</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="33"/>
        <source>Open with the recovery key</source>
        <translation>Öppna med återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="37"/>
        <source>Type the recovery key exactly as printed, then choose a new passphrase. The old passphrase stops working.</source>
        <translation>Skriv återställningsnyckeln exakt som den är utskriven och välj sedan en ny lösenfras. Den gamla lösenfrasen slutar att fungera.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="43"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="50"/>
        <source>Recovery &amp;key:</source>
        <translation>Återställnings&amp;nyckel:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="64"/>
        <source>Open vault</source>
        <translation>Öppna valvet</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="147"/>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="149"/>
        <source>If you forget the passphrase, this key is the only way into the vault. It is shown only now.</source>
        <translation>Om du glömmer lösenfrasen är den här nyckeln det enda sättet att komma in i valvet. Den visas bara nu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="165"/>
        <source>Write it on paper or print it, and keep it locked away from the laptop. Do not save it in a file or an e-mail.</source>
        <translation>Skriv ner den på papper eller skriv ut den, och förvara den inlåst och åtskild från datorn. Spara den inte i en fil eller i ett mejl.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="169"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="172"/>
        <source>I have written down the recovery key</source>
        <translation>Jag har skrivit ner återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="185"/>
        <location filename="../../kastdesk/ui/start/create.py" line="186"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/start/create.py" line="270"/>
        <source>For safety, the recovery key was hidden and the vault locked after %n minute(s) without use. Type your passphrase to open the vault.</source>
        <translation>
            <numerusform>Av säkerhetsskäl doldes återställningsnyckeln och valvet låstes efter %n minut utan användning. Skriv din lösenfras för att öppna valvet.</numerusform>
            <numerusform>Av säkerhetsskäl doldes återställningsnyckeln och valvet låstes efter %n minuter utan användning. Skriv din lösenfras för att öppna valvet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="273"/>
        <source>Open the vault</source>
        <translation>Öppna valvet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/start/create.py" line="276"/>
        <source>For safety, the recovery key was hidden and the vault locked after %n minute(s) without use. Type your passphrase to see the key again.</source>
        <translation>
            <numerusform>Av säkerhetsskäl doldes återställningsnyckeln och valvet låstes efter %n minut utan användning. Skriv din lösenfras för att se nyckeln igen.</numerusform>
            <numerusform>Av säkerhetsskäl doldes återställningsnyckeln och valvet låstes efter %n minuter utan användning. Skriv din lösenfras för att se nyckeln igen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="279"/>
        <source>Show the key</source>
        <translation>Visa nyckeln</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="290"/>
        <source>Enter your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="299"/>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/start/create.py" line="319"/>
        <source>The passphrase is not correct. Check Caps Lock; you can try again in %n second(s).</source>
        <translation>
            <numerusform>Lösenfrasen stämmer inte. Kontrollera Caps Lock; du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Lösenfrasen stämmer inte. Kontrollera Caps Lock; du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="324"/>
        <source>Try again.</source>
        <translation>Försök igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="330"/>
        <source>KastDesk recovery key</source>
        <translation>Återställningsnyckel för KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="331"/>
        <source>This key opens the vault if the passphrase is forgotten. Keep this paper locked away.</source>
        <translation>Nyckeln öppnar valvet om lösenfrasen har glömts bort. Förvara papperet inlåst.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="333"/>
        <source>Vault folder: {folder}</source>
        <translation>Valvmapp: {folder}</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="170"/>
        <source>Active risk flags</source>
        <extracomment>No session is &quot;next&quot; once treatment has ended or the case is closed: one still booked from before is no appointment (QA 21-2 finding 2: a closed case&apos;s Next read a date). An overdue follow-up in the Next column: the self-rating tab&apos;s colour for &quot;! Overdue&quot;. Each column&apos;s width at the least, as the English words first needed it.</extracomment>
        <translation>Aktiva riskflaggor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="174"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="175"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="176"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="177"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="178"/>
        <source>Last contact</source>
        <translation>Senaste kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="179"/>
        <source>Waited</source>
        <translation>Väntetid</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/register.py" line="213"/>
        <source>The follow-up interview was due on {date}: overdue by %n day(s)</source>
        <translation>
            <numerusform>Uppföljningssamtalet skulle ha hållits {date}: försenat med %n dag</numerusform>
            <numerusform>Uppföljningssamtalet skulle ha hållits {date}: försenat med %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="219"/>
        <source>Days from first contact to the first session</source>
        <translation>Dagar från första kontakt till första samtalet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="221"/>
        <source>Next session, or the follow-up interview after treatment</source>
        <translation>Nästa samtal, eller uppföljningssamtalet efter behandlingen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="238"/>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} den {date}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="241"/>
        <source>{status} on {date}</source>
        <translation>{status} den {date}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="242"/>
        <source>{status} since {date}</source>
        <translation>{status} sedan {date}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="267"/>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="278"/>
        <location filename="../../kastdesk/ui/cases/register.py" line="492"/>
        <source>Overdue {date}</source>
        <translation>Försenad {date}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="279"/>
        <location filename="../../kastdesk/ui/cases/register.py" line="490"/>
        <source>Follow-up {date}</source>
        <translation>Uppföljning {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/register.py" line="290"/>
        <source>%n day(s) so far</source>
        <translation>
            <numerusform>%n dag hittills</numerusform>
            <numerusform>%n dagar hittills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/register.py" line="291"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="397"/>
        <source>Search code or name</source>
        <extracomment>The widths in :meth:`column_stops` changed (a longer code, the font, the vertical scroll bar coming or going): the main window fits the register again.</extracomment>
        <translation>Sök kod eller namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="402"/>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/register.py" line="644"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n klient</numerusform>
            <numerusform>%n klienter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="645"/>
        <source>{shown} of {total} clients</source>
        <translation>{shown} av {total} klienter</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="55"/>
        <source>Amendment {at} by {by} ({reason}):
{text}</source>
        <translation>Tillägg {at} av {by} ({reason}):
{text}</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="467"/>
        <source>A client no longer in the register: the note of the session of {when}</source>
        <translation>En klient som inte längre finns i registret: anteckningen till samtalet {when}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="471"/>
        <location filename="../../kastdesk/ui/rescue.py" line="513"/>
        <location filename="../../kastdesk/ui/rescue.py" line="553"/>
        <location filename="../../kastdesk/ui/rescue.py" line="611"/>
        <source>That client is no longer in the register, so the text cannot go back in its place.</source>
        <translation>Klienten finns inte längre i registret, så texten kan inte läggas tillbaka på sin plats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="476"/>
        <source>The note of the session of {when}</source>
        <translation>Anteckningen till samtalet {when}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="479"/>
        <source>{code}: the note of the session of {when}</source>
        <translation>{code}: anteckningen till samtalet {when}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="485"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1531"/>
        <source>That session is no longer in the client&apos;s case file, so the text cannot go back in its place.</source>
        <translation>Samtalet finns inte längre i klientens ärendefil, så texten kan inte läggas tillbaka på sin plats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="493"/>
        <source>That note has been signed since, so the text cannot go into it.</source>
        <translation>Anteckningen har signerats sedan dess, så texten kan inte läggas in i den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="496"/>
        <source>That note has been changed since the text was kept, so putting it back would replace the newer note.</source>
        <translation>Anteckningen har ändrats sedan texten sparades, så att lägga tillbaka den skulle ersätta den nyare anteckningen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="510"/>
        <source>Text typed in a window, for a client no longer in the register</source>
        <translation>Text skriven i ett fönster, för en klient som inte längre finns i registret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="518"/>
        <source>Text typed in a window</source>
        <translation>Text skriven i ett fönster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="520"/>
        <source>{code}: text typed in a window</source>
        <translation>{code}: text skriven i ett fönster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="543"/>
        <source>Comments typed on a supervision packet</source>
        <translation>Kommentarer skrivna till ett handledningspaket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="547"/>
        <source>Text typed in the window “{title}”</source>
        <translation>Text skriven i fönstret ”{title}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="558"/>
        <source>Some of the questions it was typed for are no longer open for guidance, so it cannot go back in its place.</source>
        <translation>Några av frågorna den skrevs för är inte längre öppna för handledning, så den kan inte läggas tillbaka på sin plats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="570"/>
        <source>That packet cannot be shown again from the copy, so the comments cannot go back in it.</source>
        <translation>Paketet kan inte visas igen från kopian, så kommentarerna kan inte läggas tillbaka i det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="608"/>
        <source>A client no longer in the register: {what}</source>
        <translation>En klient som inte längre finns i registret: {what}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="617"/>
        <source>{code}: {what}</source>
        <translation>{code}: {what}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="624"/>
        <source>That place is no longer in the client&apos;s case file, so the text cannot go back in it.</source>
        <translation>Den platsen finns inte längre i klientens ärendefil, så texten kan inte läggas tillbaka där.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="633"/>
        <source>That has been changed in the case since the text was kept, so putting it back would replace the newer text.</source>
        <translation>Det har ändrats i ärendet sedan texten sparades undan, så att lägga tillbaka den skulle ersätta den nyare texten.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="728"/>
        <location filename="../../kastdesk/ui/rescue.py" line="846"/>
        <source>Text kept from before</source>
        <translation>Text sparad från förra gången</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="733"/>
        <source>When this vault was last open, the text below was not saved into it (KastDesk may have stopped before it could save, or the memory stick or network folder with the vault may have been out), so KastDesk kept a sealed copy on this computer.</source>
        <translation>När valvet senast var öppet sparades inte texten nedan i det (KastDesk kan ha stängts innan det hann spara, eller så kan USB-minnet eller nätverksmappen med valvet ha varit borta), så KastDesk sparade en förseglad kopia på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="745"/>
        <source>Put it back</source>
        <translation>Lägg tillbaka</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="747"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="750"/>
        <source>Keep the copy; KastDesk offers it again the next time this vault is unlocked</source>
        <translation>Behåll kopian; KastDesk erbjuder den igen nästa gång valvet låses upp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="751"/>
        <source>Delete the kept copy…</source>
        <translation>Radera den sparade kopian…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="804"/>
        <source>Put it back puts this text in its place in the case, in place of what the vault holds there now, and saves it.</source>
        <translation>Lägg tillbaka sätter texten på sin plats i ärendet, i stället för det valvet har där nu, och sparar den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="808"/>
        <source>Put it back opens the window again with this text in it, as after a lock.</source>
        <translation>Lägg tillbaka öppnar fönstret igen med texten i, som efter en låsning.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="812"/>
        <source>Put it back puts this text into that session&apos;s note, in place of the note the vault holds now (Undo in the note brings that back).</source>
        <translation>Lägg tillbaka sätter in texten i samtalets anteckning i stället för den anteckning valvet har nu (Ångra i anteckningen tar tillbaka den).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="815"/>
        <source>Copy what you need.</source>
        <translation>Kopiera det du behöver.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="818"/>
        <source>Copy what you need into the case.</source>
        <translation>Kopiera det du behöver till ärendet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="820"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="847"/>
        <source>Delete the kept copy of this text? Copy what you need first: once deleted, it cannot be brought back.</source>
        <translation>Radera den sparade kopian av texten? Kopiera det du behöver först: när den är raderad går den inte att få tillbaka.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="849"/>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/rescue.py" line="849"/>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="635"/>
        <source>words typed to add in the exercise “{title}”</source>
        <translation>ord skrivna för att läggas till i övningen ”{title}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="638"/>
        <source>the exercise “{title}”</source>
        <translation>övningen ”{title}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/tab.py" line="257"/>
        <source>the family map: the note on the relationship of {who}</source>
        <translation>familjekartan: anteckningen om relationen mellan {who}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/tab.py" line="260"/>
        <source>the family map: what was typed for {who}</source>
        <translation>familjekartan: det som skrevs för {who}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/tab.py" line="273"/>
        <source>That person or relationship is no longer in the family map, so the text cannot go back in its place.</source>
        <translation>Den personen eller relationen finns inte längre i familjekartan, så texten kan inte läggas tillbaka på sin plats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1181"/>
        <source>the self-rating answers given in the client&apos;s view on {day}</source>
        <translation>självskattningssvaren i klientvyn den {day}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/intake.py" line="175"/>
        <source>the intake answers</source>
        <translation>svaren vid inskrivningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1519"/>
        <source>the details of the session of {when}</source>
        <translation>uppgifterna om samtalet {when}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1538"/>
        <source>That session&apos;s note has been signed since, so its details cannot be changed.</source>
        <translation>Samtalets anteckning har signerats sedan dess, så uppgifterna kan inte ändras.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="306"/>
        <location filename="../../kastdesk/ui/backup.py" line="537"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="316"/>
        <source>Choose a backup file. KastDesk checks that it is complete and that it opens before anything is changed.</source>
        <translation>Välj en säkerhetskopia. KastDesk kontrollerar att den är fullständig och att den går att öppna innan något ändras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="320"/>
        <source>Backup file (.kastbak)</source>
        <translation>Säkerhetskopia (.kastbak)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="321"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="331"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="337"/>
        <source>Recovery key</source>
        <translation>Återställningsnyckel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="343"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Säkerhetskopia:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="347"/>
        <source>&amp;Passphrase when it was made:</source>
        <translation>&amp;Lösenfras när den gjordes:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="348"/>
        <source>Recovery &amp;key:</source>
        <translation>Återställnings&amp;nyckel:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="351"/>
        <source>Check the backup</source>
        <translation>Kontrollera säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="363"/>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="404"/>
        <source>Use the passphrase instead</source>
        <translation>Använd lösenfrasen i stället</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="405"/>
        <source>Passphrase changed or forgotten? Use the recovery key…</source>
        <translation>Ändrad eller glömd lösenfras? Använd återställningsnyckeln…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="412"/>
        <source>Choose a backup</source>
        <translation>Välj en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="413"/>
        <source>KastDesk backups (*{suffix})</source>
        <translation>KastDesk-säkerhetskopior (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="450"/>
        <source>The vault now in {folder} will be moved to {aside} and kept there unchanged; the backup takes its place.</source>
        <translation>Valvet som nu finns i {folder} flyttas till {aside} och sparas där oförändrat; säkerhetskopian tar dess plats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="454"/>
        <source>The backup will be restored into {folder}.</source>
        <translation>Säkerhetskopian återställs till {folder}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="464"/>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/backup.py" line="483"/>
        <source>A complete backup from {when}, with %n client(s); it opens with what you typed.</source>
        <translation>
            <numerusform>En fullständig säkerhetskopia från {when}, med %n klient; den öppnas med det du har skrivit.</numerusform>
            <numerusform>En fullständig säkerhetskopia från {when}, med %n klienter; den öppnas med det du har skrivit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/backup.py" line="487"/>
        <source>%n case file(s) could not be read when it was made and are not in it.</source>
        <translation>
            <numerusform>%n ärendefil kunde inte läsas när säkerhetskopian gjordes och finns inte med i den.</numerusform>
            <numerusform>%n ärendefiler kunde inte läsas när säkerhetskopian gjordes och finns inte med i den.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="532"/>
        <source>Restoring the vault…</source>
        <translation>Återställer valvet…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="538"/>
        <source>Restore the backup from {when}?

The vault now in this folder is moved to {aside} and kept there, unchanged. What was written since the backup was made stays in that folder, not in the restored vault.</source>
        <translation>Vill du återställa säkerhetskopian från {when}?

Valvet som nu finns i den här mappen flyttas till {aside} och sparas där oförändrat. Det som har skrivits sedan säkerhetskopian gjordes finns kvar i den mappen, inte i det återställda valvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/backup.py" line="544"/>
        <source>Move aside and restore</source>
        <translation>Flytta undan och återställ</translation>
    </message>
</context>
<context>
    <name>ReturningClient</name>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="57"/>
        <source>New case for a returning client…</source>
        <translation>Nytt ärende för återkommande klient…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="282"/>
        <source>New case for a returning client</source>
        <translation>Nytt ärende för återkommande klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="284"/>
        <source>{code} already has a later case, {later}: start the new case from that one.</source>
        <translation>{code} har redan ett senare ärende, {later}: starta det nya ärendet därifrån.</translation>
    </message>
</context>
<context>
    <name>ReturningClientDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="75"/>
        <source>New case for a returning client</source>
        <translation>Nytt ärende för återkommande klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="91"/>
        <source>A new case for the client of {code}, with its own first contact, waiting time, intake, self-rating and goals. The sessions, notes and measurements of {code} stay in that case.</source>
        <translation>Ett nytt ärende för klienten i {code}, med egen första kontakt, väntetid, inskrivning, självskattning och mål. Samtal, anteckningar och mätningar i {code} stannar i det ärendet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="120"/>
        <source>Earlier case:</source>
        <translation>Tidigare ärende:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="133"/>
        <source>The name and gender come along from {code}; correct them later with Edit client details.</source>
        <translation>Namn och kön följer med från {code}; rätta dem senare med Ändra klientuppgifter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="147"/>
        <source>%n active risk flag(s) of {code} will be raised on the new case too, noted as carried over: {kinds}.</source>
        <translation>
            <numerusform>%n aktiv riskflagga i {code} sätts också på det nya ärendet, märkt som överförd: {kinds}.</numerusform>
            <numerusform>%n aktiva riskflaggor i {code} sätts också på det nya ärendet, märkta som överförda: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="153"/>
        <source>Copy the family map into the new case</source>
        <translation>Kopiera familjekartan till det nya ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="160"/>
        <source>{code} has no family map.</source>
        <translation>{code} har ingen familjekarta.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="164"/>
        <source>Close {code}: its follow-up interview is no longer planned</source>
        <translation>Stäng {code}: dess uppföljningssamtal planeras inte längre</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="168"/>
        <source>Untick to keep {code} as it is, its follow-up interview on the Due list</source>
        <translation>Avmarkera för att behålla {code} som det är, med uppföljningssamtalet kvar i Att göra</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="180"/>
        <source>Create new case</source>
        <translation>Skapa nytt ärende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/returning_client.py" line="258"/>
        <source>Client came back: new case {code}</source>
        <translation>Klienten kom tillbaka: nytt ärende {code}</translation>
    </message>
</context>
<context>
    <name>RiskBanner</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="159"/>
        <source>{risk} ({count})</source>
        <extracomment>How many strips show whole before the list scrolls.</extracomment>
        <translation>{risk} ({count})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="162"/>
        <source>⚠ {flags}: {risks}</source>
        <translation>⚠ {flags}: {risks}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/flags.py" line="163"/>
        <source>%n active risk flag(s)</source>
        <translation>
            <numerusform>%n aktiv riskflagga</numerusform>
            <numerusform>%n aktiva riskflaggor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="165"/>
        <source>Scroll the flags below to read each one</source>
        <translation>Rulla bland flaggorna nedan för att läsa var och en</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="95"/>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="108"/>
        <source>better</source>
        <extracomment>Dash patterns beside colours, so lines differ for people who do not see colour well.</extracomment>
        <translation>bättre</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="101"/>
        <source>No answers to chart yet</source>
        <translation>Inga svar att visa i diagrammet ännu</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="113"/>
        <source>worse</source>
        <translation>sämre</translation>
    </message>
</context>
<context>
    <name>SelfRatingTab</name>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="332"/>
        <source>Measurement point</source>
        <extracomment>Whether the client&apos;s answers have been saved once (their form is in the vault).</extracomment>
        <translation>Mätpunkt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="332"/>
        <source>Due</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="332"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="351"/>
        <source>Opens the form full screen for the client</source>
        <translation>Öppnar formuläret i helskärm för klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="352"/>
        <source>Enter a &amp;paper form…</source>
        <translation>Mata in ett &amp;pappersformulär…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="350"/>
        <source>Fill in &amp;with the client…</source>
        <translation>Fyll &amp;i med klienten…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="353"/>
        <source>Add a &amp;later point…</source>
        <translation>Lägg till en senare &amp;mätpunkt…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="363"/>
        <source>Measurement points</source>
        <translation>Mätpunkter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="403"/>
        <source>▲ better than the point before   ▼ worse   = the same   • first answer</source>
        <translation>▲ bättre än vid förra mätpunkten   ▼ sämre   = oförändrat   • första svaret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="408"/>
        <source>C&amp;orrect the chosen form…</source>
        <translation>&amp;Rätta det valda formuläret…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="411"/>
        <source>Choose a column (a filled-in form) and correct a mistyped answer or date; the earlier answers stay in the history</source>
        <translation>Välj en kolumn (ett ifyllt formulär) och rätta ett felskrivet svar eller datum; de tidigare svaren finns kvar i historiken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="435"/>
        <source>No answers yet. Choose a measurement point above, then let the client fill in the form ({fill}) or type in a paper form ({paper}).</source>
        <translation>Inga svar ännu. Välj en mätpunkt ovan och låt sedan klienten fylla i formuläret ({fill}) eller mata in ett pappersformulär ({paper}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="460"/>
        <source>Answers side by side</source>
        <translation>Svaren sida vid sida</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="461"/>
        <source>Over time (up is better)</source>
        <translation>Över tid (uppåt är bättre)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="530"/>
        <source>Add a later point</source>
        <translation>Lägg till en senare mätpunkt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="531"/>
        <source>Months after the last contact:</source>
        <translation>Månader efter den senaste kontakten:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="547"/>
        <source>Start of treatment</source>
        <translation>Behandlingens början</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="549"/>
        <source>End of treatment</source>
        <translation>Behandlingens slut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="556"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="557"/>
        <source>Due now</source>
        <translation>Dags nu</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="558"/>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="559"/>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="551"/>
        <source>Follow-up, {n} months after treatment</source>
        <translation>Uppföljning, {n} månader efter behandlingen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="562"/>
        <source>No date yet</source>
        <translation>Inget datum än</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="576"/>
        <source>The date is set when treatment ends.</source>
        <translation>Datumet sätts när behandlingen avslutas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="741"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="742"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="743"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="753"/>
        <source>{point}, form {n}</source>
        <translation>{point}, formulär {n}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="771"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1019"/>
        <source>filled in by the client</source>
        <translation>ifyllt av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1020"/>
        <source>typed in from paper</source>
        <translation>inmatat från papper</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="779"/>
        <source>Form version {v}; {by}</source>
        <translation>Formulärversion {v}; {by}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="373"/>
        <source>Shown to the client: edit in the client&apos;s view or close it.</source>
        <translation>Visas för klienten: redigera i klientens vy eller stäng den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="565"/>
        <source>Not done, case closed</source>
        <translation>Ej ifyllt, ärendet stängt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="568"/>
        <source>Not done</source>
        <translation>Ej ifyllt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="570"/>
        <source>Partly filled in</source>
        <translation>Delvis ifylld</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="578"/>
        <source>The case was closed without this form being filled in.</source>
        <translation>Ärendet stängdes utan att formuläret fylldes i.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="580"/>
        <source>The time for this point has passed without the form being filled in.</source>
        <translation>Tiden för den här mätpunkten har passerat utan att formuläret fyllts i.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="583"/>
        <source>The client began the form but left questions that need an answer blank. The answers are kept.</source>
        <translation>Klienten påbörjade formuläret men lämnade frågor som behöver svar tomma. Svaren sparas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="755"/>
        <source>{point} (late)</source>
        <translation>{point} (sent)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="757"/>
        <source>{point} (not finished)</source>
        <translation>{point} (inte klart)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="806"/>
        <source>Better than at the point before</source>
        <translation>Bättre än vid förra mätpunkten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="807"/>
        <source>Worse than at the point before</source>
        <translation>Sämre än vid förra mätpunkten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="808"/>
        <source>The same as at the point before</source>
        <translation>Samma som vid förra mätpunkten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="809"/>
        <source>First answer to this question</source>
        <translation>Första svaret på den här frågan</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="821"/>
        <source>Answers given on form version {old} are shown on the questions of version {new}.</source>
        <translation>Svar som gavs i formulärversion {old} visas vid frågorna i version {new}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1027"/>
        <source>Enter a paper form</source>
        <translation>Mata in ett pappersformulär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1029"/>
        <source>{point} already has answers ({by}, {day}).

Do you want to correct those answers, or keep this paper form as a second form for the same point? A second form stands beside the first and is not compared with it.</source>
        <translation>{point} har redan svar ({by}, {day}).

Vill du rätta de svaren, eller spara det här pappersformuläret som ett andra formulär för samma mätpunkt? Ett andra formulär visas bredvid det första och jämförs inte med det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1038"/>
        <source>&amp;Correct the answers…</source>
        <translation>&amp;Rätta svaren…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1040"/>
        <source>&amp;Keep as a second form…</source>
        <translation>&amp;Behåll som ett andra formulär…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1061"/>
        <source>Fill in with the client</source>
        <translation>Fyll i med klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1062"/>
        <source>{point} already has answers ({by}, {day}). Let the client fill in a second form for the same point? It stands beside the first and is not compared with it.</source>
        <translation>{point} har redan svar ({by}, {day}). Låta klienten fylla i ett andra formulär för samma mätpunkt? Det visas bredvid det första och jämförs inte med det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1067"/>
        <source>Fill in a second form</source>
        <translation>Fyll i ett andra formulär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1085"/>
        <source>Answer as it is for you right now. There are no right or wrong answers, and your answers stay with your therapist.</source>
        <translation>Svara så som det är för dig just nu. Det finns inga rätta eller felaktiga svar, och dina svar stannar hos din terapeut.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1095"/>
        <source>I am done</source>
        <translation>Jag är klar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1230"/>
        <source>Almost done: %n question(s) marked * left to answer. The first one is shown above.</source>
        <translation>
            <numerusform>Nästan klart: %n fråga markerad med * återstår att besvara. Den visas ovan.</numerusform>
            <numerusform>Nästan klart: %n frågor markerade med * återstår att besvara. Den första visas ovan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="1217"/>
        <source>Thank you. Please turn the screen back to your therapist.</source>
        <translation>Tack! Vänd nu tillbaka skärmen till din terapeut.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="118"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="433"/>
        <source> min</source>
        <extracomment>The session&apos;s details the editor shows besides the note, as ``Session`` attributes. Each detail&apos;s label as the editor shows it (SessionEditor&apos;s own words, &quot;&amp;&quot; taken out).
----------
Set by the opener. The amendment&apos;s key (&quot;amendment:&lt;session id&gt;&quot;): a correction is an amendment, and the workspace reopens a kept one through ``SessionsTab.amend_current``. What the save under way writes (the fields, whether the note): the rescue copy, written just before, keeps it in case the write hangs.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="440"/>
        <source>A session cancelled or not attended stays in the list with its note, but is not counted as a session held or as a contact.</source>
        <translation>Ett samtal som ställts in eller som klienten uteblev från står kvar i listan med sin anteckning, men räknas inte som genomfört samtal eller som kontakt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="451"/>
        <source>Comma-separated, e.g. triggers, partner</source>
        <translation>Åtskilda med kommatecken, t.ex. utlösande faktorer, partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="454"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="883"/>
        <source>What was worked on in this session…</source>
        <translation>Vad ni arbetade med i samtalet…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="456"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="457"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Ångra skrivning (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="462"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="463"/>
        <source>Redo typing (Ctrl+Shift+Z)</source>
        <translation>Gör om skrivning (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="476"/>
        <source>&amp;Sign note…</source>
        <translation>&amp;Signera anteckningen…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="477"/>
        <source>Signing makes the note read-only</source>
        <translation>När anteckningen signeras blir den skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="478"/>
        <source>Add a&amp;mendment…</source>
        <translation>Gör ett &amp;tillägg…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="482"/>
        <source>Correct attendance…</source>
        <translation>Rätta närvaro…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="484"/>
        <source>Say that this session was in fact not held, or was held after all; the signed note stays as it is</source>
        <translation>Ange att samtalet i själva verket inte genomfördes, eller att det ändå genomfördes; den signerade anteckningen förblir som den är</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="489"/>
        <source>Choose a session, or start a new one.</source>
        <translation>Välj ett samtal eller starta ett nytt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="503"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Datum och tid:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="505"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="516"/>
        <source>Attendance:</source>
        <translation>Närvaro:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="507"/>
        <source>&amp;Modality:</source>
        <translation>Samtalsf&amp;orm:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="509"/>
        <source>&amp;Present:</source>
        <translation>Nä&amp;rvarande:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="518"/>
        <source>&amp;Topics:</source>
        <translation>Ä&amp;mnen:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="545"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="733"/>
        <source>Session details</source>
        <extracomment>Lines of the note kept in sight before the fields give way (fold into one line).</extracomment>
        <translation>Uppgifter om samtalet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="554"/>
        <source>&amp;Note</source>
        <translation>Ant&amp;eckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="866"/>
        <source>Signed by {who} at {when}. Changes are added as amendments.</source>
        <translation>Signerad av {who} {when}. Ändringar läggs till som tillägg.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="871"/>
        <source>Amendment by {who} at {when} — reason: {reason}</source>
        <translation>Tillägg av {who} {when} — anledning: {reason}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="881"/>
        <source>Not a session held: not counted, not the last contact.</source>
        <translation>Inget genomfört samtal: räknas inte, blir inte senaste kontakt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="884"/>
        <source>What happened, for example a phone call to the client afterwards…</source>
        <translation>Vad som hände, till exempel ett telefonsamtal till klienten efteråt…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="930"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="978"/>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1035"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1035"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1035"/>
        <source>Modality</source>
        <translation>Samtalsform</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1035"/>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1036"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1279"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1304"/>
        <source>Signed</source>
        <extracomment>The least rows of the list shown above the editor (fewer: the drop-down instead). The most rows it takes when the height is there (a third of the tab at most).</extracomment>
        <translation>Signerad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1048"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1058"/>
        <source>Sessions</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1049"/>
        <source>Ne&amp;w session</source>
        <translation>&amp;Nytt samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1050"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1051"/>
        <source>Delete a session booked by mistake (not signed)</source>
        <translation>Ta bort ett samtal som bokats av misstag (inte signerat)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1113"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Ångra borttagningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1387"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1390"/>
        <source>Sign note</source>
        <translation>Signera anteckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1388"/>
        <source>Sign this note? A signed note can no longer be edited; later changes are added beneath it as amendments.</source>
        <translation>Vill du signera anteckningen? En signerad anteckning kan inte längre redigeras; senare ändringar läggs till under den som tillägg.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1406"/>
        <source>First session held</source>
        <translation>Första samtalet hållet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1407"/>
        <source>The case is still at “First contact”. Move it on to intake now? (The Status menu in the toolbar changes it at any time.)</source>
        <translation>Ärendet står fortfarande på ”Första kontakt”. Vill du flytta det vidare till inskrivning nu? (Status-menyn i verktygsfältet ändrar det när som helst.)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1453"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1455"/>
        <source>Delete session</source>
        <translation>Ta bort samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1454"/>
        <source>Delete the session of {when} and its note?</source>
        <translation>Ta bort samtalet {when} och dess anteckning?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="1465"/>
        <source>The session of {when} was deleted.</source>
        <translation>Samtalet {when} togs bort.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="55"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="60"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="65"/>
        <source>KastDesk locks itself when nobody has used it for this long. Everything typed is saved first.</source>
        <translation>KastDesk låser sig när ingen har använt programmet så här länge. Allt som har skrivits sparas först.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="70"/>
        <source>Change passphrase…</source>
        <translation>Byt lösenfras…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="78"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lås efter inaktivitet:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="80"/>
        <source>&amp;Your name (audit log):</source>
        <translation>&amp;Ditt namn (logg):</translation>
    </message>
</context>
<context>
    <name>StatusMenu</name>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="57"/>
        <source>Back to first contact</source>
        <translation>Tillbaka till första kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="58"/>
        <source>Start intake</source>
        <translation>Påbörja inskrivning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="59"/>
        <source>Start treatment</source>
        <translation>Påbörja behandling</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="60"/>
        <source>End treatment</source>
        <translation>Avsluta behandlingen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="61"/>
        <source>Start follow-up</source>
        <translation>Påbörja uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="62"/>
        <source>Close case</source>
        <translation>Stäng ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="82"/>
        <source>Select a client first</source>
        <translation>Välj först en klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="86"/>
        <source>Now: {status}</source>
        <translation>Nu: {status}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="424"/>
        <source>Cancelled: treatment ended.</source>
        <translation>Inställt: behandlingen avslutades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="426"/>
        <source>Cancelled: the case was closed.</source>
        <translation>Inställt: ärendet stängdes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="434"/>
        <source>No follow-up interview planned</source>
        <translation>Inget uppföljningssamtal planerat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="437"/>
        <source>Dropped when the case was closed</source>
        <translation>Nedlagt när ärendet stängdes</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="468"/>
        <source>Treatment has ended. The follow-up interview was due on {date}, six months after the last contact, so it is overdue: book it soon.</source>
        <translation>Behandlingen är avslutad. Uppföljningssamtalet skulle ha hållits {date}, sex månader efter senaste kontakten, så det är försenat: boka det snart.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="481"/>
        <source>Treatment ended</source>
        <translation>Behandlingen avslutad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/status.py" line="474"/>
        <source>Treatment has ended. The follow-up interview is due on {date}, six months after the last contact.</source>
        <translation>Behandlingen har avslutats. Uppföljningssamtalet ska hållas den {date}, sex månader efter den senaste kontakten.</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="207"/>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="524"/>
        <source>Passphrase of the packet:</source>
        <translation>Paketets lösenfras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="518"/>
        <source>Import supervisor comments</source>
        <translation>Importera handledarens kommentarer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="519"/>
        <source>KastDesk comments (*.kastcmt);;All files (*)</source>
        <translation>KastDesk-kommentarer (*.kastcmt);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="520"/>
        <source>Passphrase of the comments file:</source>
        <translation>Kommentarsfilens lösenfras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="528"/>
        <source>Comments attached to their cases: {a}.</source>
        <translation>Kommentarer kopplade till sina ärenden: {a}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="531"/>
        <source>Left out because their notes or questions no longer exist: {s}.</source>
        <translation>Utelämnade eftersom deras anteckningar eller frågor inte längre finns: {s}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="535"/>
        <source>Left out because their client was deleted since the packet was made: {d}.</source>
        <translation>Utelämnade eftersom deras klient har raderats sedan paketet gjordes: {d}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="522"/>
        <source>Open supervision packet</source>
        <translation>Öppna handledningspaket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="523"/>
        <source>KastDesk supervision packet (*.kastsup)</source>
        <translation>KastDesk-handledningspaket (*.kastsup)</translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="104"/>
        <source>Questions flagged here go into the material for the next guidance meeting; the advice given there comes back below.</source>
        <translation>Frågor som markeras här kommer med i underlaget till nästa handledningsmöte; råden som ges där visas nedan.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="107"/>
        <source>Flag for guidance…</source>
        <translation>Markera för handledning…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="109"/>
        <source>Withdraw question…</source>
        <translation>Dra tillbaka fråga…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="119"/>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="133"/>
        <source>Open questions for guidance</source>
        <translation>Frågor som väntar på handledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="123"/>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="135"/>
        <source>Advice and supervisor comments</source>
        <translation>Råd och kommentarer från handledaren</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="155"/>
        <source>Session note: {s}</source>
        <translation>Samtalsanteckning: {s}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="158"/>
        <source>A question</source>
        <translation>En fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="160"/>
        <source>The case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="162"/>
        <source>Flagged {when}</source>
        <translation>Markerad {when}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="167"/>
        <source>No open questions. “Flag for guidance…” brings the case, a session note or a question to the next meeting.</source>
        <translation>Inga öppna frågor. ”Markera för handledning…” tar med ärendet, en samtalsanteckning eller en fråga till nästa möte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="176"/>
        <source>No advice from guidance meetings yet.</source>
        <translation>Inga råd från handledningsmöten ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="210"/>
        <source>Withdraw question</source>
        <translation>Dra tillbaka fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="211"/>
        <source>Take this question off the next guidance meeting&apos;s list?</source>
        <translation>Ta bort frågan från listan till nästa handledningsmöte?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="212"/>
        <source>Withdraw</source>
        <translation>Dra tillbaka</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="113"/>
        <source>KastDesk – supervisor mode</source>
        <extracomment>How often the comments not saved are sealed into the draft beside the packet (ms).</extracomment>
        <translation>KastDesk – handledarläge</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="252"/>
        <source>Read-only supervision packet. Write your comments in the boxes and save them for the therapist.</source>
        <translation>Skrivskyddat handledningspaket. Skriv dina kommentarer i rutorna och spara dem till terapeuten.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="304"/>
        <source>Comment on the case</source>
        <translation>Kommentar till ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="306"/>
        <source>Question: {q}</source>
        <translation>Fråga: {q}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="309"/>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="337"/>
        <source>Your advice</source>
        <translation>Ditt råd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="363"/>
        <source>Session note {n}:</source>
        <translation>Samtalsanteckning {n}:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="339"/>
        <source>Comment on this note</source>
        <translation>Kommentar till anteckningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="115"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="116"/>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="228"/>
        <source>Save comments…</source>
        <translation>Spara kommentarer…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="180"/>
        <source>Your comments cannot be kept as a draft: the packet&apos;s folder cannot be written.</source>
        <translation>Dina kommentarer kan inte sparas som utkast: det går inte att skriva i paketets mapp.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="200"/>
        <source>Comments not saved last time were brought back from the draft beside the packet.</source>
        <translation>Kommentarer som inte sparades förra gången hämtades tillbaka från utkastet bredvid paketet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="225"/>
        <source>Comments not saved</source>
        <translation>Kommentarerna är inte sparade</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="226"/>
        <source>Your comments are not saved. Save them for the therapist before closing?</source>
        <translation>Dina kommentarer är inte sparade. Vill du spara dem åt terapeuten innan du stänger?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="260"/>
        <source>Prepared {day}. Dates are given as how long before that day.</source>
        <translation>Sammanställt {day}. Datum anges som hur långt före den dagen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="329"/>
        <source>Question about this note: {q}</source>
        <translation>Fråga om anteckningen: {q}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="357"/>
        <source>Note on a session not held ({day}):</source>
        <translation>Anteckning om ett samtal som inte blev av ({day}):</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="361"/>
        <source>Session note {n} ({day}):</source>
        <translation>Samtalsanteckning {n} ({day}):</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="431"/>
        <source>Save comments</source>
        <translation>Spara kommentarer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="432"/>
        <source>KastDesk comments (*.kastcmt)</source>
        <translation>KastDesk-kommentarer (*.kastcmt)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="438"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="444"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="445"/>
        <source>{n} comments saved.</source>
        <translation>{n} kommentarer sparade.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="59"/>
        <source>d MMM</source>
        <comment>the day and short month under the urge chart (QDate format)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="98"/>
        <source>No entries yet</source>
        <translation>Inga poster ännu</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="153"/>
        <source>Urges per week</source>
        <translation>Impulser per vecka</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="154"/>
        <source>Chose something else</source>
        <translation>Valde något annat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="155"/>
        <source>Lapses</source>
        <translation>Återfall</translation>
    </message>
</context>
<context>
    <name>TriggersAlternativesEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="787"/>
        <source>When does the urge come?</source>
        <translation>När kommer impulsen?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="790"/>
        <source>The situation</source>
        <translation>Situationen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="791"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="792"/>
        <source>Feelings</source>
        <translation>Känslor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="793"/>
        <source>Needs behind it</source>
        <translation>Behoven bakom</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="795"/>
        <source>Add situation</source>
        <translation>Lägg till situation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="805"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="808"/>
        <source>Reward</source>
        <translation>Belöning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="809"/>
        <source>Needs it meets</source>
        <translation>Behov som det tillgodoser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="810"/>
        <source>Add alternative</source>
        <translation>Lägg till alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="830"/>
        <source>add situation</source>
        <translation>lägg till situation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="834"/>
        <source>add alternative</source>
        <translation>lägg till alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="860"/>
        <source>Remove this situation</source>
        <translation>Ta bort den här situationen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="862"/>
        <source>remove situation</source>
        <translation>ta bort situation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="866"/>
        <source>Feelings: {list}</source>
        <translation>Känslor: {list}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="869"/>
        <source>Which need is behind it? Not named yet.</source>
        <translation>Vilket behov ligger bakom? Inte namngivet ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="886"/>
        <source>What I would rather do</source>
        <translation>Det jag hellre vill göra</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="894"/>
        <source>Remove this alternative</source>
        <translation>Ta bort det här alternativet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="896"/>
        <source>remove alternative</source>
        <translation>ta bort alternativ</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="136"/>
        <source>KastDesk</source>
        <extracomment>The start screens&apos; card: never narrower (the passphrase row), never wider (a line of text too long to read); its links wrap within it.</extracomment>
        <translation>KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="138"/>
        <source>Enter your passphrase to open the vault.</source>
        <translation>Ange din lösenfras för att öppna valvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="150"/>
        <location filename="../../kastdesk/ui/start/unlock.py" line="151"/>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="153"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="177"/>
        <source>A demo vault with fictional clients only.</source>
        <translation>Ett demovalv med enbart fiktiva klienter.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="178"/>
        <source>Demo passphrase: {passphrase}</source>
        <translation>Demolösenfras: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="184"/>
        <source>Forgot your passphrase? Use the recovery key…</source>
        <translation>Glömt lösenfrasen? Använd återställningsnyckeln…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="240"/>
        <source>Enter your passphrase.</source>
        <translation>Ange din lösenfras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="261"/>
        <source>Unlocking…</source>
        <translation>Låser upp…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/start/unlock.py" line="297"/>
        <source>The passphrase was wrong {failures} times in a row; you can try again in %n second(s).</source>
        <translation>
            <numerusform>Lösenfrasen var fel {failures} gånger i rad; du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Lösenfrasen var fel {failures} gånger i rad; du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/start/unlock.py" line="301"/>
        <source>The passphrase is not correct. Check Caps Lock; you can try again in %n second(s).</source>
        <translation>
            <numerusform>Lösenfrasen stämmer inte. Kontrollera Caps Lock; du kan försöka igen om %n sekund.</numerusform>
            <numerusform>Lösenfrasen stämmer inte. Kontrollera Caps Lock; du kan försöka igen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="308"/>
        <source>Try again.</source>
        <translation>Försök igen.</translation>
    </message>
</context>
<context>
    <name>UrgeLogEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="251"/>
        <source>Also count days without pornography (a goal)</source>
        <extracomment>Replaced by the tab so tests and the demo can fix &quot;today&quot;.</extracomment>
        <translation>Räkna även dagar utan pornografi (ett mål)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="259"/>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="297"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="263"/>
        <source>Strength </source>
        <translation>Styrka </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="265"/>
        <source>How strong (0–10)</source>
        <translation>Hur stark (0–10)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="267"/>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="297"/>
        <source>What set it off</source>
        <translation>Vad som utlöste impulsen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="269"/>
        <source>What I chose instead</source>
        <translation>Det jag valde i stället</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="276"/>
        <source>Add to log</source>
        <translation>Lägg till i loggen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="297"/>
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="298"/>
        <source>Chose instead</source>
        <translation>Valde i stället</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="298"/>
        <source>Lapse</source>
        <translation>Återfall</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="310"/>
        <source>Remove selected entry</source>
        <translation>Ta bort markerad post</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="322"/>
        <source>add entry</source>
        <translation>lägg till post</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="337"/>
        <source>change what is counted</source>
        <translation>ändra vad som räknas</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="344"/>
        <source>remove entry</source>
        <translation>ta bort post</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="348"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="348"/>
        <source>{n} days</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="381"/>
        <source>since the last time</source>
        <translation>sedan senaste gången</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="384"/>
        <source>Longest stretch: {days}</source>
        <translation>Längsta period: {days}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="301"/>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="392"/>
        <source>Urges logged</source>
        <translation>Loggade impulser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="372"/>
        <source>No entries yet</source>
        <translation>Inga poster ännu</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="396"/>
        <source>chose something else: %1 of %2</source>
        <translation>valde något annat: %1 av %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="23"/>
        <source>In person</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="24"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="25"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="31"/>
        <source>Client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="32"/>
        <source>Partner alone</source>
        <translation>Partnern ensam</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="33"/>
        <source>Client and partner</source>
        <translation>Klienten och partnern</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="34"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="40"/>
        <source>Suicidal thoughts</source>
        <translation>Självmordstankar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="41"/>
        <source>Violence</source>
        <translation>Våld</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="42"/>
        <source>Child at risk</source>
        <translation>Barn som riskerar att fara illa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="43"/>
        <source>Other risk</source>
        <translation>Annan risk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="49"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="50"/>
        <location filename="../../kastdesk/ui/workspace/common.py" line="59"/>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="51"/>
        <location filename="../../kastdesk/ui/workspace/common.py" line="60"/>
        <source>Dropped</source>
        <translation>Nedlagt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="57"/>
        <source>Set</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="58"/>
        <source>Revised</source>
        <translation>Reviderat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="61"/>
        <source>Reopened</source>
        <translation>Öppnat igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/common.py" line="98"/>
        <source>KastDesk</source>
        <translation>KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="126"/>
        <source>Held</source>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="127"/>
        <source>Cancelled by the client</source>
        <translation>Avbokat av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="129"/>
        <source>Cancelled by the clinic</source>
        <translation>Inställt av mottagningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="131"/>
        <source>Did not attend</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="141"/>
        <source>Cancelled</source>
        <extracomment>A session cancelled, by the client or the clinic, in the narrow list of sessions.</extracomment>
        <translation>Inställt</translation>
    </message>
</context>
<context>
    <name>_ButtonsEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="137"/>
        <source>Yes</source>
        <extracomment>A whole date as typed: 2026-02-18, or 20260218.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="137"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="157"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="158"/>
        <source>Remove this answer</source>
        <translation>Ta bort svaret</translation>
    </message>
</context>
<context>
    <name>_ComboEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="234"/>
        <source>— not answered —</source>
        <extracomment>The least width, in characters, before the chosen option is shortened with &quot;…&quot;.</extracomment>
        <translation>— inte besvarad —</translation>
    </message>
</context>
<context>
    <name>_DateEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="429"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="434"/>
        <source>Choose the date from a calendar</source>
        <translation>Välj datumet i en kalender</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="435"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="439"/>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="440"/>
        <source>Remove this answer</source>
        <translation>Ta bort svaret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="542"/>
        <source>Not taken: type the date as YYYY-MM-DD, e.g. {example}.</source>
        <translation>Inte sparat: skriv datumet som ÅÅÅÅ-MM-DD, t.ex. {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="546"/>
        <source>Not taken: the date cannot be in the future.</source>
        <translation>Inte sparat: datumet kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="548"/>
        <source>Not taken: the date cannot be before 1900.</source>
        <translation>Inte sparat: datumet kan inte vara före 1900.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="550"/>
        <source>The answer stays {kept}.</source>
        <translation>Svaret är fortfarande {kept}.</translation>
    </message>
</context>
<context>
    <name>_FlagStrip</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="64"/>
        <source>raised {when} by {who}</source>
        <translation>flaggad {when} av {who}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="73"/>
        <source>Clear flag…</source>
        <translation>Häv flagga…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="74"/>
        <source>The risk no longer applies</source>
        <translation>Risken gäller inte längre</translation>
    </message>
</context>
<context>
    <name>_ItemRow</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="676"/>
        <source>An answer is required</source>
        <translation>Ett svar krävs</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="679"/>
        <source>This question needs an answer.</source>
        <translation>Den här frågan behöver ett svar.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="691"/>
        <source>A hidden follow-up question holds an answer; it comes back if you change this answer.</source>
        <translation>En dold följdfråga har ett svar; det kommer tillbaka om du ändrar det här svaret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="712"/>
        <source>Hidden questions that hold an answer: {questions}</source>
        <translation>Dolda frågor som har ett svar: {questions}</translation>
    </message>
</context>
<context>
    <name>_NumberEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="311"/>
        <source>{low} to {high}</source>
        <translation>{low} till {high}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="338"/>
        <source>Not taken: the answer must be {range}.</source>
        <translation>Inte sparat: svaret måste vara {range}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="342"/>
        <source>The answer stays {kept}.</source>
        <translation>Svaret är fortfarande {kept}.</translation>
    </message>
</context>
</TS>
