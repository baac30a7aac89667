<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="44"/>
        <source>Opened or read</source>
        <translation>Öppnat eller läst</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="45"/>
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="46"/>
        <source>Exported or printed</source>
        <translation>Exporterat eller utskrivet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="47"/>
        <source>Deleted</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="77"/>
        <source>Client details</source>
        <translation>Klientuppgifter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="78"/>
        <source>Sessions</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="79"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="80"/>
        <source>Risk flags</source>
        <translation>Riskflaggor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="83"/>
        <source>Family map</source>
        <translation>Familjekarta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="84"/>
        <location filename="../../kastdesk/audit/describe.py" line="419"/>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="85"/>
        <source>Forms and self-rating</source>
        <translation>Formulär och självskattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="86"/>
        <location filename="../../kastdesk/audit/describe.py" line="87"/>
        <location filename="../../kastdesk/audit/describe.py" line="88"/>
        <location filename="../../kastdesk/audit/describe.py" line="89"/>
        <location filename="../../kastdesk/audit/describe.py" line="406"/>
        <location filename="../../kastdesk/audit/describe.py" line="407"/>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="90"/>
        <source>Unfinished text</source>
        <translation>Påbörjad text</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="109"/>
        <source>Your name (audit log)</source>
        <translation>Ditt namn (granskningslogg)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="110"/>
        <source>Lock after idle minutes</source>
        <translation>Lås efter antal minuters inaktivitet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="111"/>
        <source>Privacy mode</source>
        <translation>Integritetsläge</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="112"/>
        <source>Unfinished text kept at lock</source>
        <translation>Påbörjad text som sparas vid låsning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="113"/>
        <source>The list of guidance meetings</source>
        <translation>Listan över handledningsmöten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="114"/>
        <source>The list of supervision packets</source>
        <translation>Listan över handledningspaket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="115"/>
        <source>Names withheld from pseudonymized exports</source>
        <translation>Namn som utelämnas i pseudonymiserade exporter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="126"/>
        <source>Changed a setting: {setting}</source>
        <translation>Ändrade en inställning: {setting}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="129"/>
        <source>Turned privacy mode on</source>
        <translation>Slog på integritetsläget</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="130"/>
        <source>Turned privacy mode off</source>
        <translation>Stängde av integritetsläget</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="133"/>
        <source>Set the name in the audit log to “{new}”</source>
        <translation>Angav namnet i granskningsloggen till ”{new}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="134"/>
        <source>Changed the name in the audit log from “{old}” to “{new}”</source>
        <translation>Ändrade namnet i granskningsloggen från ”{old}” till ”{new}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="137"/>
        <source>Changed the idle time before locking from {old} to {new} minutes</source>
        <translation>Ändrade tiden för inaktivitet före låsning från {old} till {new} minuter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="139"/>
        <source>Changed the setting {setting} from “{old}” to “{new}”</source>
        <translation>Ändrade inställningen {setting} från ”{old}” till ”{new}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="155"/>
        <source>1 failed attempt since the last unlock, on {day} at {time}</source>
        <translation>1 misslyckat försök sedan den senaste upplåsningen, den {day} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="157"/>
        <source>{n} failed attempts since the last unlock, the last on {day} at {time}</source>
        <translation>{n} misslyckade försök sedan den senaste upplåsningen, det senaste den {day} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="162"/>
        <source>({n} with the recovery key)</source>
        <translation>({n} med återställningsnyckeln)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="169"/>
        <source>Saved a session note (1 character)</source>
        <translation>Sparade en samtalsanteckning (1 tecken)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="170"/>
        <source>Saved a session note ({n} characters)</source>
        <translation>Sparade en samtalsanteckning ({n} tecken)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="178"/>
        <source>Exported the case summary (pseudonymized, reference {reference})</source>
        <translation>Exporterade ärendesammanfattningen (pseudonymiserad, referens {reference})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="180"/>
        <source>Exported the case summary (pseudonymized)</source>
        <translation>Exporterade ärendesammanfattningen (pseudonymiserad)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="182"/>
        <source>Exported the case summary (1 page)</source>
        <translation>Exporterade ärendesammanfattningen (1 sida)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="183"/>
        <source>Exported the case summary ({n} pages)</source>
        <translation>Exporterade ärendesammanfattningen ({n} sidor)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="189"/>
        <source>Included in a supervision packet (questions: {n})</source>
        <translation>Togs med i ett handledningspaket (frågor: {n})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="193"/>
        <source>Exported a supervision packet (clients: {cases}, questions: {questions})</source>
        <translation>Exporterade ett handledningspaket (klienter: {cases}, frågor: {questions})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="198"/>
        <source>Imported the supervisor&apos;s comments (attached: {attached}, left out: {skipped})</source>
        <translation>Importerade handledarens kommentarer (kopplade: {attached}, utelämnade: {skipped})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="205"/>
        <source>Recorded a guidance meeting on {day} (clients: {cases})</source>
        <translation>Dokumenterade ett handledningsmöte den {day} (klienter: {cases})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="213"/>
        <source>Changed the status</source>
        <translation>Ändrade status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="214"/>
        <source>Changed the status to “{status}”</source>
        <translation>Ändrade status till ”{status}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="225"/>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="226"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="227"/>
        <source>first contact</source>
        <translation>första kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="228"/>
        <source>contact channel</source>
        <translation>kontaktväg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="229"/>
        <source>referral</source>
        <translation>remiss</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="230"/>
        <source>gender</source>
        <translation>kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="231"/>
        <source>age group</source>
        <translation>åldersgrupp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="232"/>
        <source>relationship status</source>
        <translation>relationsstatus</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="233"/>
        <source>children</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="234"/>
        <source>preferred therapist gender</source>
        <translation>önskat kön på terapeuten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="235"/>
        <source>therapist</source>
        <translation>terapeut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="236"/>
        <source>follow-up date</source>
        <translation>datum för uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="237"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="244"/>
        <source>Changed the client&apos;s details</source>
        <translation>Ändrade klientens uppgifter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="246"/>
        <source>Changed the client&apos;s details: {fields}</source>
        <translation>Ändrade klientens uppgifter: {fields}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="251"/>
        <source>Printed the coping card</source>
        <translation>Skrev ut copingkortet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="252"/>
        <source>Printed from the case file</source>
        <translation>Skrev ut från ärendefilen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="259"/>
        <source>Export not completed: its file could not be saved</source>
        <translation>Exporten slutfördes inte: filen kunde inte sparas</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="265"/>
        <source>Exported the family map as {format} (initials only)</source>
        <translation>Exporterade familjekartan som {format} (bara initialer)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="267"/>
        <source>Exported the family map as {format}</source>
        <translation>Exporterade familjekartan som {format}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="277"/>
        <source>Created the vault</source>
        <extracomment>Actions whose words never change with the detail: the stored name, its kind, the words.</extracomment>
        <translation>Skapade valvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="278"/>
        <source>Unlocked the vault</source>
        <translation>Låste upp valvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="279"/>
        <source>Changed the passphrase</source>
        <translation>Ändrade lösenfrasen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="281"/>
        <source>Tried to change the passphrase with a wrong current one</source>
        <translation>Försökte ändra lösenfrasen med fel nuvarande lösenfras</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="283"/>
        <source>Set a new passphrase with the recovery key</source>
        <translation>Angav en ny lösenfras med återställningsnyckeln</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="285"/>
        <source>Opened the case file</source>
        <translation>Öppnade ärendefilen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="286"/>
        <source>Set the follow-up date</source>
        <translation>Angav datum för uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="288"/>
        <source>Started a new case for a client who came back</source>
        <translation>Startade ett nytt ärende för en klient som kom tillbaka</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="289"/>
        <source>Linked the client&apos;s earlier case</source>
        <translation>Länkade klientens tidigare ärende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="290"/>
        <source>Linked the client&apos;s new case</source>
        <translation>Länkade klientens nya ärende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="292"/>
        <source>Copied the family map from the earlier case</source>
        <translation>Kopierade familjekartan från det tidigare ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="293"/>
        <source>Added a session</source>
        <translation>Lade till ett samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="294"/>
        <source>Changed a session&apos;s details</source>
        <translation>Ändrade uppgifterna för ett samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="295"/>
        <source>Signed a note</source>
        <translation>Signerade en anteckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="296"/>
        <source>Added an amendment to a signed note</source>
        <translation>Gjorde ett tillägg till en signerad anteckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="298"/>
        <source>Corrected whether a signed session was held</source>
        <translation>Rättade om ett signerat samtal genomfördes</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="299"/>
        <source>Deleted a session</source>
        <translation>Tog bort ett samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="300"/>
        <source>Restored a deleted session</source>
        <translation>Återställde ett borttaget samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="301"/>
        <source>Set a goal</source>
        <translation>Satte upp ett mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="302"/>
        <source>Revised a goal</source>
        <translation>Reviderade ett mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="303"/>
        <source>Marked a goal as reached</source>
        <translation>Markerade ett mål som uppnått</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="304"/>
        <source>Dropped a goal</source>
        <translation>Lade ned ett mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="305"/>
        <source>Reopened a goal</source>
        <translation>Öppnade ett mål igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="306"/>
        <source>Raised a risk flag</source>
        <translation>Satte en riskflagga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="307"/>
        <source>Cleared a risk flag</source>
        <translation>Hävde en riskflagga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="308"/>
        <source>Added a question for guidance</source>
        <translation>Lade till en fråga till handledningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="309"/>
        <source>Withdrew a question for guidance</source>
        <translation>Drog tillbaka en fråga till handledningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="310"/>
        <source>Added a supervisor&apos;s comment</source>
        <translation>Lade till en kommentar från handledaren</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="311"/>
        <source>Saved answers in the intake form</source>
        <translation>Sparade svar i inskrivningsformuläret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="313"/>
        <source>Added a self-rating measurement point</source>
        <translation>Lade till en mätpunkt för självskattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="314"/>
        <source>Corrected self-rating answers</source>
        <translation>Rättade svar i en självskattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="316"/>
        <source>Typed in a self-rating paper form</source>
        <translation>Förde in en självskattning från pappersformulär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="318"/>
        <source>The client filled in a self-rating scale</source>
        <translation>Klienten fyllde i en självskattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="320"/>
        <source>Imported the family map from a GEDCOM file</source>
        <translation>Importerade familjekartan från en GEDCOM-fil</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="322"/>
        <source>Kept the unfinished text of an open dialog at lock</source>
        <translation>Sparade den påbörjade texten i en öppen dialogruta vid låsning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="323"/>
        <source>Kept unfinished text</source>
        <translation>Sparade påbörjad text</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="324"/>
        <source>Removed kept unfinished text</source>
        <translation>Tog bort sparad påbörjad text</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="326"/>
        <source>Reopened a dialog with its unfinished text</source>
        <translation>Öppnade en dialogruta igen med dess påbörjade text</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="327"/>
        <source>Wrote down advice from guidance</source>
        <translation>Skrev ner råd från handledningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="329"/>
        <source>Marked a question as discussed in guidance</source>
        <translation>Markerade en fråga som diskuterad i handledningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="362"/>
        <source>Started the exercise “{title}”</source>
        <extracomment>Actions whose words take something from the detail (a count, a status, a reference).</extracomment>
        <translation>Påbörjade övningen ”{title}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="364"/>
        <source>Worked on the exercise “{title}”</source>
        <translation>Arbetade med övningen ”{title}”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="365"/>
        <source>Worked on the exercise “{title}”: {step}</source>
        <translation>Arbetade med övningen ”{title}”: {step}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="379"/>
        <source>Filled with demo content</source>
        <translation>Fyllde med demoinnehåll</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="388"/>
        <source>Created the case file</source>
        <translation>Skapade ärendefilen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="389"/>
        <source>Added the client to the register</source>
        <translation>Lade till klienten i registret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="390"/>
        <location filename="../../kastdesk/audit/describe.py" line="394"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="393"/>
        <source>Deleted the client and their case file for good</source>
        <translation>Raderade klienten och klientens ärendefil för gott</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="405"/>
        <source>Recorded a guidance meeting on this case</source>
        <translation>Dokumenterade ett handledningsmöte om det här ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="410"/>
        <source>Backed up the vault (clients: {n})</source>
        <translation>Säkerhetskopierade valvet (klienter: {n})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="413"/>
        <source>Restored the vault from a backup</source>
        <translation>Återställde valvet från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="423"/>
        <source>Changed the family map: {step}</source>
        <translation>Ändrade familjekartan: {step}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="431"/>
        <source>Saved: {part}</source>
        <translation>Sparade: {part}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="434"/>
        <source>Deleted: {part}</source>
        <translation>Raderade: {part}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="436"/>
        <source>Saved answers in a form</source>
        <translation>Sparade svar i ett formulär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="443"/>
        <source>Exported the audit log (1 line)</source>
        <translation>Exporterade granskningsloggen (1 rad)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="444"/>
        <source>Exported the audit log ({n} lines)</source>
        <translation>Exporterade granskningsloggen ({n} rader)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="80"/>
        <source>Checked just now: all {n} logs are complete and unaltered; every entry follows the one before it.</source>
        <translation>Kontrollerat nyss: alla {n} loggar är fullständiga och oförändrade; varje händelse följer på den före.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="83"/>
        <source>Checked just now: the log is complete and unaltered; every entry follows the one before it.</source>
        <translation>Kontrollerat nyss: loggen är fullständig och oförändrad; varje händelse följer på den före.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="85"/>
        <source>Checked just now: the log may have been altered or damaged. Verify vault says what to do:</source>
        <translation>Kontrollerat nyss: loggen kan ha ändrats eller skadats. Kontrollera valvet säger vad du ska göra:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="90"/>
        <source>unknown (before unlocking)</source>
        <translation>okänd (före upplåsning)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="138"/>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="138"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="138"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="139"/>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="139"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="139"/>
        <source>Target</source>
        <translation>Område</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="200"/>
        <source>A vault already exists in {folder}. Restoring moves it to {aside} and puts the backup in its place; confirm to go on. Nothing was changed.</source>
        <translation>Det finns redan ett valv i {folder}. Vid återställningen flyttas det till {aside} och säkerhetskopian läggs i dess ställe; bekräfta för att fortsätta. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="364"/>
        <source>Clients were deleted while the backup was being made, three times over, so it was not saved; try again. Nothing was written.</source>
        <extracomment>Clients whose case file could not be copied when the backup was made (their ids). How many clients the backup&apos;s register lists; None until a key opened the index.</extracomment>
        <translation>Klienter raderades medan säkerhetskopian gjordes, tre gånger i följd, så den sparades inte; försök igen. Inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="456"/>
        <source>{path} is a folder; give the name of the backup file to write. Nothing was written.</source>
        <translation>{path} är en mapp; ange namnet på säkerhetskopian som ska skrivas. Inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="464"/>
        <source>The folder {folder} does not exist (is the USB stick plugged in?). Choose another place; nothing was written.</source>
        <translation>Mappen {folder} finns inte (är USB-minnet anslutet?). Välj en annan plats; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="491"/>
        <source>The backup needs about {needed} MB, and {folder} has {free} MB free. Choose a place with more room, or free some space; nothing was written.</source>
        <translation>Säkerhetskopian behöver ungefär {needed} MB, och {folder} har {free} MB ledigt. Välj en plats med mer utrymme eller frigör utrymme; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="592"/>
        <source>The vault&apos;s index (index.kdb) cannot be read, so no backup was made; keep the backups you have. Verify vault says more.</source>
        <translation>Valvets index (index.kdb) kan inte läsas, så ingen säkerhetskopia gjordes; behåll de säkerhetskopior du har. Kontrollera valvet säger mer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="749"/>
        <source>There is no file at {path}.</source>
        <extracomment>Pages copied per step of SQLite&apos;s online backup (512 KiB of SQLCipher&apos;s 4 KiB pages). Between steps the copy lets go of the source, so a save waits for one step at most, well inside the app&apos;s busy timeout (``db.BUSY_TIMEOUT_S``). How long the copy waits before it tries a step again that a save held up (seconds). A save between two steps makes SQLite start the copy again (so the copy is of one state). Saves come every few seconds while the therapist types; a big file on a slow stick could start over for ever, so after this many fresh starts the rest is copied in one step, and a save waits for that one copy, as before.</extracomment>
        <translation>Det finns ingen fil i {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="752"/>
        <source>{path} is a folder; choose the backup file itself.</source>
        <translation>{path} är en mapp; välj själva säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="756"/>
        <source>{path} cannot be read: you have no permission to read it.</source>
        <translation>{path} kan inte läsas: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="793"/>
        <location filename="../../kastdesk/store/backup.py" line="925"/>
        <source>This backup was made by a newer KastDesk. Update KastDesk to restore it.</source>
        <translation>Säkerhetskopian gjordes av en nyare version av KastDesk. Uppdatera KastDesk för att återställa den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="948"/>
        <source>The vault in this backup has no recovery key; use its passphrase.</source>
        <translation>Valvet i den här säkerhetskopian har ingen återställningsnyckel; använd dess lösenfras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="992"/>
        <source>{folder} is a file, not a folder; give the vault&apos;s folder. Nothing was changed.</source>
        <translation>{folder} är en fil, inte en mapp; ange valvets mapp. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1038"/>
        <source>The folder {folder} holds files that are not a KastDesk vault; choose an empty folder or the vault&apos;s own folder. Nothing was changed.</source>
        <translation>Mappen {folder} innehåller filer som inte är ett KastDesk-valv; välj en tom mapp eller valvets egen mapp. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1127"/>
        <source>The restored vault could not be opened, and the vault that was in {folder} could not be moved back; it is whole in {aside}. Move its files back into {folder}.</source>
        <translation>Det återställda valvet kunde inte öppnas, och valvet som låg i {folder} kunde inte flyttas tillbaka; det finns helt i {aside}. Flytta tillbaka dess filer till {folder}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1153"/>
        <source>Restoring this backup needs about {needed} MB of free space, and the disk of {folder} has {free} MB; free some space and try again. Nothing was changed.</source>
        <translation>För att återställa säkerhetskopian behövs ungefär {needed} MB ledigt utrymme, och disken för {folder} har {free} MB; frigör utrymme och försök igen. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1221"/>
        <source>The disk is full, so the backup was not restored; free some space and try again. Nothing was changed.</source>
        <translation>Disken är full, så säkerhetskopian återställdes inte; frigör utrymme och försök igen. Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="84"/>
        <source>held</source>
        <extracomment>The SQL condition of a session that counts: held, or still ahead and not called off. A session&apos;s attendance mid-sentence, as a correction&apos;s amendment says it (&quot;Attendance corrected: held → did not attend.&quot;).</extracomment>
        <translation>genomfört</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="85"/>
        <source>cancelled by the client</source>
        <translation>avbokat av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="86"/>
        <source>cancelled by the clinic</source>
        <translation>inställt av mottagningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="87"/>
        <source>did not attend</source>
        <translation>uteblev</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="170"/>
        <source>A client needs a code.</source>
        <translation>En klient måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="439"/>
        <source>Only a signed note takes amendments; edit the draft.</source>
        <translation>Tillägg kan bara göras till en signerad anteckning; redigera utkastet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="441"/>
        <source>An amendment needs some text.</source>
        <translation>Ett tillägg måste innehålla text.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="443"/>
        <source>Say briefly why the signed note is amended.</source>
        <translation>Ange kort varför den signerade anteckningen får ett tillägg.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="474"/>
        <source>Only a signed session&apos;s attendance is corrected; in a draft, choose it in the session.</source>
        <translation>Bara ett signerat samtals närvaro rättas; i ett utkast väljer du den i samtalet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="478"/>
        <source>Say briefly why the attendance is corrected.</source>
        <translation>Skriv kort varför närvaron rättas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="480"/>
        <source>The session is already recorded that way.</source>
        <translation>Samtalet är redan registrerat så.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="482"/>
        <source>A session still ahead cannot be marked as held; correct it once it has taken place.</source>
        <translation>Ett samtal som ännu inte ägt rum kan inte markeras som genomfört; rätta det när det har ägt rum.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="485"/>
        <source>Attendance corrected: {old} → {new}.</source>
        <translation>Närvaro rättad: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="519"/>
        <source>A signed session is never deleted, so never restored.</source>
        <translation>Ett signerat samtal tas aldrig bort och kan därför inte återställas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="656"/>
        <source>A goal&apos;s date cannot be in the future.</source>
        <translation>Ett måls datum kan inte ligga i framtiden.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="666"/>
        <location filename="../../kastdesk/store/casefile.py" line="681"/>
        <source>A goal needs some words.</source>
        <translation>Beskriv målet med några ord.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="708"/>
        <source>This goal is already active.</source>
        <translation>Målet är redan aktivt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="710"/>
        <source>Reopen the goal before changing it.</source>
        <translation>Öppna målet igen innan du ändrar det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="717"/>
        <source>The date cannot be before {date}, when the goal last changed.</source>
        <translation>Datumet kan inte vara före {date}, då målet senast ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="911"/>
        <source>A case cannot be linked to itself.</source>
        <extracomment>The document kind that links a client&apos;s cases across courses (:class:`LinkManager`). The two links a case can have: the client&apos;s course before this one, and after it.</extracomment>
        <translation>Ett ärende kan inte länkas till sig självt.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../kastdesk/cli.py" line="50"/>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} är en mapp; ange namnet på filen som ska skrivas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="56"/>
        <location filename="../../kastdesk/cli.py" line="358"/>
        <source>{path} exists already; add --force to replace it. Nothing was written.</source>
        <translation>{path} finns redan; lägg till --force för att ersätta den. Inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="66"/>
        <source>Cannot read the passphrase file {path}: there is no such file.</source>
        <translation>Kan inte läsa lösenfrasfilen {path}: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="70"/>
        <source>Cannot read the passphrase file {path}: you have no permission to read it.</source>
        <translation>Kan inte läsa lösenfrasfilen {path}: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="74"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Kan inte läsa lösenfrasfilen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="77"/>
        <source>The passphrase file {path} is not plain text; save it as UTF-8 text and try again.</source>
        <translation>Lösenfrasfilen {path} är inte vanlig text; spara den som UTF-8-text och försök igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="95"/>
        <source>Passphrase: </source>
        <translation>Lösenfras: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="107"/>
        <source>New passphrase: </source>
        <translation>Ny lösenfras: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="114"/>
        <source>No passphrase given: use --passphrase-file FILE or set {variable}.</source>
        <translation>Ingen lösenfras angiven: använd --passphrase-file FIL eller sätt {variable}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="120"/>
        <source>Again: </source>
        <translation>Upprepa: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="121"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>De två lösenfraserna skiljer sig åt. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="133"/>
        <source>{path} is a file, not a folder; give a folder for the vault. Nothing was created.</source>
        <translation>{path} är en fil, inte en mapp; ange en mapp för valvet. Inget skapades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="140"/>
        <source>{path} is a file, so no folder can be made inside it; give another folder for the vault. Nothing was created.</source>
        <translation>{path} är en fil, så ingen mapp kan skapas i den; ange en annan mapp för valvet. Inget skapades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="145"/>
        <source>A folder cannot be made in {path} (no permission); give another folder for the vault. Nothing was created.</source>
        <translation>En mapp kan inte skapas i {path} (behörighet saknas); ange en annan mapp för valvet. Inget skapades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="153"/>
        <source>Recovery key (shown once; print it or write it down and keep it safe):</source>
        <translation>Återställningsnyckel (visas bara en gång; skriv ut den eller skriv ner den och förvara den säkert):</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="157"/>
        <source>Anyone with this key and the vault folder can read the vault.</source>
        <translation>Den som har nyckeln och valvmappen kan läsa valvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="164"/>
        <source>Creating the vault (tuning the key derivation to this machine)…</source>
        <translation>Skapar valvet (anpassar nyckelhärledningen till den här datorn)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="168"/>
        <source>Vault created in {folder}</source>
        <translation>Valvet har skapats i {folder}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="181"/>
        <source>--clients must be 1 or more. Nothing was created.</source>
        <translation>--clients måste vara 1 eller mer. Inget skapades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="183"/>
        <source>--sessions must be 0 or more. Nothing was created.</source>
        <translation>--sessions måste vara 0 eller mer. Inget skapades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="197"/>
        <source>{done}/{total} clients</source>
        <translation>{done}/{total} klienter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="209"/>
        <source>Added {n} fictional clients to {folder}</source>
        <translation>Lade till {n} fiktiva klienter i {folder}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="221"/>
        <source>--anchor {text} is not a date; write it as YYYY-MM-DD, for example 2026-11-01. Nothing was created.</source>
        <translation>--anchor {text} är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-11-01. Inget skapades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="240"/>
        <source>last contact {date}</source>
        <translation>senaste kontakt {date}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="243"/>
        <location filename="../../kastdesk/cli.py" line="318"/>
        <source>{n} clients</source>
        <translation>{n} klienter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="284"/>
        <source>{n} problems found; each line above says what to do.</source>
        <translation>{n} problem hittades; varje rad ovan säger vad du ska göra.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="312"/>
        <source>{n} KB</source>
        <translation>{n} kB</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="313"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="318"/>
        <source>1 client</source>
        <translation>1 klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="372"/>
        <location filename="../../kastdesk/cli.py" line="425"/>
        <source>{done}/{total} files</source>
        <translation>{done}/{total} filer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="376"/>
        <source>Backup saved: {path} ({clients}, {size}). It opens with the vault&apos;s passphrase as it is now, or with the recovery key.</source>
        <translation>Säkerhetskopian har sparats: {path} ({clients}, {size}). Den öppnas med valvets nuvarande lösenfras eller med återställningsnyckeln.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="380"/>
        <source>The case files of {codes} could not be read, so they are not in the backup; kastdesk verify says what to do.</source>
        <translation>Ärendefilerna för {codes} kunde inte läsas, så de finns inte med i säkerhetskopian; kastdesk verify säger vad du ska göra.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="394"/>
        <source>Backup OK: made {when}, {clients}, every file complete and intact; the recovery key opens it.</source>
        <translation>Säkerhetskopian är i ordning: gjord {when}, {clients}, alla filer fullständiga och oskadade; återställningsnyckeln öppnar den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="398"/>
        <source>Backup OK: made {when}, {clients}, every file complete and intact; the passphrase opens it.</source>
        <translation>Säkerhetskopian är i ordning: gjord {when}, {clients}, alla filer fullständiga och oskadade; lösenfrasen öppnar den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="402"/>
        <source>{n} clients&apos; case files could not be read when the backup was made, so they are not in it.</source>
        <translation>Ärendefilerna för {n} klienter kunde inte läsas när säkerhetskopian gjordes, så de finns inte med i den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="417"/>
        <source>A vault already exists in {folder}; add --force to move it to {aside} and restore the backup in its place. Nothing was changed.</source>
        <translation>Det finns redan ett valv i {folder}; lägg till --force för att flytta det till {aside} och återställa säkerhetskopian i dess ställe. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="431"/>
        <source>Vault restored in {folder} from the backup made {when} ({clients}).</source>
        <translation>Valvet har återställts i {folder} från säkerhetskopian som gjordes {when} ({clients}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="435"/>
        <source>The vault that was there was moved to {aside}; nothing in it was changed or deleted.</source>
        <translation>Valvet som fanns där flyttades till {aside}; inget i det ändrades eller raderades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="438"/>
        <source>The new passphrase is set.</source>
        <translation>Den nya lösenfrasen gäller nu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="638"/>
        <source>unexpected error ({kind}); run again with --debug and report it.</source>
        <translation>oväntat fel ({kind}); kör igen med --debug och rapportera det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="287"/>
        <source>Vault OK: the index and {n} case files verified.</source>
        <translation>Valvet är i ordning: indexet och {n} ärendefiler har kontrollerats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="296"/>
        <source>Passphrase changed.</source>
        <translation>Lösenfrasen har ändrats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="305"/>
        <source>Vault recovered; the new passphrase is set.</source>
        <translation>Valvet har återställts; den nya lösenfrasen gäller nu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="447"/>
        <source>The KastDesk window cannot start here: {reason}.</source>
        <translation>KastDesk-fönstret kan inte starta här: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="452"/>
        <source>There is no supervision packet at {path}.</source>
        <translation>Det finns inget handledningspaket i {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="622"/>
        <source>kastdesk: interrupted; nothing half-written was kept.</source>
        <translation>kastdesk: avbrutet; inget halvskrivet sparades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="629"/>
        <source>{path} could not be used: {reason}. Check the path and try again.</source>
        <translation>{path} kunde inte användas: {reason}. Kontrollera sökvägen och försök igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="631"/>
        <source>A file could not be read or written: {reason}. Check the disk and try again.</source>
        <translation>En fil kunde inte läsas eller skrivas: {reason}. Kontrollera disken och försök igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="52"/>
        <source>{path} is a folder: give the GEDCOM file in it.</source>
        <translation>{path} är en mapp: ange GEDCOM-filen i den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="55"/>
        <source>There is no file {path}.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="65"/>
        <source>{message} Nothing was changed.</source>
        <translation>{message} Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="74"/>
        <source>The case {code} already has a genogram; add --replace to replace it (the old one stays in the history). Nothing was changed.</source>
        <translation>Ärendet {code} har redan ett genogram; lägg till --replace för att ersätta det (det gamla finns kvar i historiken). Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="83"/>
        <source>Imported one person into the genogram of {code}.</source>
        <translation>Importerade en person till genogrammet för {code}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="85"/>
        <source>Imported {n} persons into the genogram of {code}.</source>
        <translation>Importerade {n} personer till genogrammet för {code}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="90"/>
        <source>That is the limit of {n} persons (--max-persons): relatives further out than these were left out.</source>
        <translation>Det är gränsen på {n} personer (--max-persons): släktingar längre bort än dessa togs inte med.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="109"/>
        <source>One note on the import:</source>
        <translation>En anmärkning om importen:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="111"/>
        <source>{n} notes on the import:</source>
        <translation>{n} anmärkningar om importen:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="125"/>
        <source>The genogram of {code} is empty: there is nothing to export.</source>
        <translation>Genogrammet för {code} är tomt: det finns inget att exportera.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="138"/>
        <source>Exported one person to {path}.</source>
        <translation>Exporterade en person till {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="47"/>
        <location filename="../../kastdesk/cli.py" line="349"/>
        <location filename="../../kastdesk/cli.py" line="353"/>
        <source>The folder {path} does not exist.</source>
        <translation>Mappen {path} finns inte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="140"/>
        <source>Exported {n} persons to {path}.</source>
        <translation>Exporterade {n} personer till {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="36"/>
        <source>Cannot read the names file {path}: there is no such file.</source>
        <translation>Kan inte läsa namnfilen {path}: filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="40"/>
        <source>Cannot read the names file {path}: you have no permission to read it.</source>
        <translation>Kan inte läsa namnfilen {path}: du har inte behörighet att läsa den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="44"/>
        <source>The names file {path} is not plain text; save it as UTF-8 text and try again.</source>
        <translation>Namnfilen {path} är inte ren text; spara den som UTF-8-text och försök igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="49"/>
        <source>Cannot read the names file {path}: {reason}.</source>
        <translation>Kan inte läsa namnfilen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="73"/>
        <source>Wrote {path} ({pages} pages, {kb} KB)</source>
        <translation>Skrev {path} ({pages} sidor, {kb} kB)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="76"/>
        <source>In it, the client is {reference}; the case&apos;s audit log keeps which case that reference stands for.</source>
        <translation>I den heter klienten {reference}; ärendets granskningslogg sparar vilket ärende referensen står för.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="95"/>
        <source>The PDF still has 1 word that may identify someone, as the app&apos;s export dialog would list it. To withhold it, write it in a UTF-8 text file and export again with that file after the option named beside it:</source>
        <translation>PDF:en innehåller fortfarande 1 ord som kan identifiera någon, så som appens exportdialog skulle lista det. För att undanhålla det, skriv det i en UTF-8-textfil och exportera igen med filen efter alternativet som står bredvid:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="100"/>
        <source>The PDF still has {n} words that may identify someone, as the app&apos;s export dialog would list them. To withhold them, write them one a line in a UTF-8 text file and export again with that file after the option named beside each:</source>
        <translation>PDF:en innehåller fortfarande {n} ord som kan identifiera någon, så som appens exportdialog skulle lista dem. För att undanhålla dem, skriv dem ett per rad i en UTF-8-textfil och exportera igen med filen efter alternativet som står bredvid varje ord:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="108"/>
        <source>  {word} ({times}×): {reason}; {option}</source>
        <translation>  {word} ({times}×): {reason}; {option}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="24"/>
        <source>This erases client {code} for good: the case file with every session, note, self-rating scale, family map and exercise. It cannot be undone.</source>
        <translation>Detta raderar klient {code} för gott: ärendefilen med alla samtal, anteckningar, självskattningar, familjekartan och övningarna. Det går inte att ångra.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="28"/>
        <source>Type the client code to confirm: </source>
        <translation>Skriv klientkoden för att bekräfta: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="32"/>
        <source>That is not the code {code}. Nothing was deleted.</source>
        <translation>Det är inte koden {code}. Inget raderades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="38"/>
        <source>Deleting a client cannot be undone: run the command where you can type the code to confirm, or add --yes. Nothing was deleted.</source>
        <translation>Att radera en klient går inte att ångra: kör kommandot där du kan skriva koden för att bekräfta, eller lägg till --yes. Inget raderades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="48"/>
        <source>Client {code} deleted: the case file and every reference to it are erased. The audit log keeps that it was deleted, with the code only.</source>
        <translation>Klient {code} raderad: ärendefilen och alla hänvisningar till den är borttagna. Granskningsloggen behåller att den raderades, med enbart koden.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="52"/>
        <source>Files exported from the case are not deleted with it; delete them too, wherever they are kept:</source>
        <translation>Filer som exporterats från ärendet raderas inte med det; radera även dem, var de än förvaras:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="57"/>
        <source>An export cut short may have left a hidden copy beside them (a name that starts with a dot and ends in .tmp or .part); look in these folders too:</source>
        <translation>En avbruten export kan ha lämnat en dold kopia bredvid dem (ett namn som börjar med en punkt och slutar på .tmp eller .part); titta i de här mapparna också:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="81"/>
        <source>--from must not be after --to.</source>
        <extracomment>&apos;;&apos; must be quoted in a shell (it ends the command there), so the names work too.</extracomment>
        <translation>--from får inte vara senare än --to.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="83"/>
        <source>--separator is for the CSV file; add --out FILE.</source>
        <translation>--separator gäller CSV-filen; lägg till --out FIL.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="102"/>
        <source>1 entry saved to {path}</source>
        <translation>1 post sparad i {path}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="103"/>
        <source>{n} entries saved to {path}</source>
        <translation>{n} poster sparade i {path}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="109"/>
        <source>1 entry shown</source>
        <translation>1 händelse visas</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="110"/>
        <source>{n} entries shown</source>
        <translation>{n} händelser visas</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="112"/>
        <source>The audit log does not verify; run kastdesk verify for what to do.</source>
        <translation>Granskningsloggen klarar inte kontrollen; kör kastdesk verify för att se vad du ska göra.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="129"/>
        <source>The first contact cannot be after today ({date}).</source>
        <translation>Första kontakten kan inte vara efter i dag ({date}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="132"/>
        <source>The first contact cannot be before {date}, when the first KAST clinic opened: check the year.</source>
        <translation>Första kontakten kan inte vara före {date}, då den första KAST-mottagningen öppnade: kontrollera året.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="137"/>
        <source>The first contact cannot be after the first session ({date}): the waiting time would be less than nothing.</source>
        <translation>Första kontakten kan inte vara efter första samtalet ({date}): väntetiden skulle bli mindre än ingenting.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="400"/>
        <source>A code must not identify the client, and this one looks like a personal identity number: use a code such as {example}.</source>
        <translation>En kod får inte identifiera klienten, och den här ser ut som ett personnummer: använd en kod som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="403"/>
        <source>A code must not identify the client, and this one looks like a phone number: use a code such as {example}.</source>
        <translation>En kod får inte identifiera klienten, och den här ser ut som ett telefonnummer: använd en kod som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="406"/>
        <source>A code must not identify the client, and this one looks like an e-mail address: use a code such as {example}.</source>
        <translation>En kod får inte identifiera klienten, och den här ser ut som en e-postadress: använd en kod som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="409"/>
        <source>A code must not identify the client, and this one holds the client&apos;s name: use a code such as {example}.</source>
        <translation>En kod får inte identifiera klienten, och den här innehåller klientens namn: använd en kod som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="412"/>
        <source>A code must not identify the client, and this one holds the client&apos;s initials and a date of birth: use a code such as {example}.</source>
        <translation>En kod får inte identifiera klienten, och den här innehåller klientens initialer och ett födelsedatum: använd en kod som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="416"/>
        <source>A code must not identify the client, and this one looks like initials and a date of birth: use a code such as {example}.</source>
        <translation>En kod får inte identifiera klienten, och den här ser ut som initialer och ett födelsedatum: använd en kod som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="419"/>
        <source>A code must not identify the client, and this one looks like a date of birth: use a code such as {example}.</source>
        <translation>En kod får inte identifiera klienten, och den här ser ut som ett födelsedatum: använd en kod som {example}.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../kastdesk/genogram/demo.py" line="477"/>
        <source>carpenter</source>
        <extracomment>A relation&apos;s word for a man and for a woman, whichever of the two the caller named. The couple line for a card&apos;s partner now.</extracomment>
        <translation>snickare</translation>
    </message>
</context>
<context>
    <name>Genogram</name>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="101"/>
        <source>The genogram has changed; the edit cannot be applied.</source>
        <extracomment>An inverse (Undo): it puts back a map as it was, so its years are not checked again (a son born before his father in a map saved before that was refused comes back as the therapist had it, instead of the Undo of its mending being refused). What the Undo and Redo buttons say: the change and whom it is about (&quot;Birth year of {0}&quot;), with a ``{0}``, ``{1}`` for each of ``about``. ``label`` stays the generic name (&quot;Edit person&quot;) that goes into the case&apos;s audit log, which is read on the History screen and exported without regard to privacy mode: names must never go there. The persons are filled in by the editor, as names or (privacy mode) roles or initials.</extracomment>
        <translation>Genogrammet har ändrats; ändringen kan inte genomföras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="188"/>
        <source>Add person</source>
        <translation>Lägg till person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="195"/>
        <source>A person&apos;s id cannot be changed.</source>
        <translation>En persons id kan inte ändras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="212"/>
        <source>Edit person</source>
        <translation>Redigera person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="307"/>
        <source>Delete person</source>
        <translation>Ta bort person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="320"/>
        <location filename="../../kastdesk/genogram/edits.py" line="323"/>
        <source>Set index person</source>
        <translation>Ange indexperson</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="353"/>
        <source>Mark deceased</source>
        <translation>Markera som avliden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="356"/>
        <source>Mark alive</source>
        <translation>Markera som levande</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="369"/>
        <source>A marker needs a name.</source>
        <translation>En markering måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="376"/>
        <source>Add marker</source>
        <translation>Lägg till markering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="393"/>
        <source>Remove marker</source>
        <translation>Ta bort markering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="402"/>
        <source>Move person</source>
        <translation>Flytta person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="410"/>
        <source>Move persons</source>
        <translation>Flytta personer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="419"/>
        <source>Tidy up</source>
        <translation>Ordna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="527"/>
        <source>These two persons are already a couple.</source>
        <translation>De här två personerna är redan ett par.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="544"/>
        <location filename="../../kastdesk/genogram/edits.py" line="584"/>
        <source>That couple is not in the genogram.</source>
        <translation>Paret finns inte i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="588"/>
        <source>{a} and {b} have children together, and their couple line joins them to both; change the couple&apos;s kind (for example to separated or divorced) instead of deleting it.</source>
        <translation>{a} och {b} har barn tillsammans, och parlinjen knyter barnen till dem båda; ändra parets typ (till exempel till separerade eller skilda) i stället för att ta bort den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="632"/>
        <source>Add partner</source>
        <translation>Lägg till partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="757"/>
        <source>The parents are not in the genogram.</source>
        <translation>Föräldrarna finns inte i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="794"/>
        <location filename="../../kastdesk/genogram/edits.py" line="852"/>
        <source>Add child</source>
        <translation>Lägg till barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="718"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1034"/>
        <source>That child line is not in the genogram.</source>
        <translation>Barnlinjen finns inte i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="243"/>
        <location filename="../../kastdesk/genogram/edits.py" line="356"/>
        <source>Mark {0} alive</source>
        <translation>Markera {0} som levande</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="247"/>
        <source>Year of death of {0}</source>
        <translation>Dödsår för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="249"/>
        <source>Age at death of {0}</source>
        <translation>Ålder vid döden för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="250"/>
        <location filename="../../kastdesk/genogram/edits.py" line="353"/>
        <source>Mark {0} deceased</source>
        <translation>Markera {0} som avliden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="252"/>
        <location filename="../../kastdesk/genogram/edits.py" line="268"/>
        <source>Edit {0}</source>
        <translation>Redigera {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="255"/>
        <source>Name of {0}</source>
        <translation>Namn på {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="256"/>
        <source>Role of {0}</source>
        <translation>Roll för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="257"/>
        <source>Sex of {0}</source>
        <translation>Kön för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="258"/>
        <source>Kind of {0}</source>
        <translation>Typ för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="259"/>
        <source>Birth year of {0}</source>
        <translation>Födelseår för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="260"/>
        <source>Birth date of {0}</source>
        <translation>Födelsedatum för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="261"/>
        <source>Age of {0}</source>
        <translation>Ålder för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="262"/>
        <source>Occupation of {0}</source>
        <translation>Yrke för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="263"/>
        <source>Notes on {0}</source>
        <translation>Anteckningar om {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="264"/>
        <source>Markers of {0}</source>
        <translation>Markeringar för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="265"/>
        <source>Other markers of {0}</source>
        <translation>Andra markeringar för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="266"/>
        <location filename="../../kastdesk/genogram/edits.py" line="402"/>
        <source>Move {0}</source>
        <translation>Flytta {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="307"/>
        <source>Delete {0}</source>
        <translation>Ta bort {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="324"/>
        <source>Make {0} the client</source>
        <translation>Gör {0} till klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="376"/>
        <source>Add marker to {0}</source>
        <translation>Lägg till markering för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="393"/>
        <source>Remove marker from {0}</source>
        <translation>Ta bort markering för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="454"/>
        <source>Add couple</source>
        <translation>Lägg till par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="455"/>
        <source>Add couple {0}–{1}</source>
        <translation>Lägg till paret {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="505"/>
        <source>{a} and {b} cannot be a couple: {younger} descends from {elder}.</source>
        <translation>{a} och {b} kan inte vara ett par: {younger} härstammar från {elder}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="510"/>
        <source>{a} and {b} cannot be a couple: they are full siblings.</source>
        <translation>{a} och {b} kan inte vara ett par: de är helsyskon.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="553"/>
        <source>Couple {0}–{1}: {kind}</source>
        <translation>Paret {0}–{1}: {kind}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="557"/>
        <source>Couple {0}–{1}: year it began</source>
        <translation>Paret {0}–{1}: året det började</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="559"/>
        <source>Couple {0}–{1}: year it ended</source>
        <translation>Paret {0}–{1}: året det tog slut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="561"/>
        <source>Edit couple {0}–{1}</source>
        <translation>Redigera paret {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="562"/>
        <source>Edit couple</source>
        <translation>Redigera par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="598"/>
        <source>Delete couple</source>
        <translation>Ta bort par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="599"/>
        <source>Delete couple {0}–{1}</source>
        <translation>Ta bort paret {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="632"/>
        <source>Add partner of {0}</source>
        <translation>Lägg till partner till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="807"/>
        <source>Add pregnancy of {0}</source>
        <translation>Lägg till graviditet för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="808"/>
        <source>Add miscarriage of {0}</source>
        <translation>Lägg till missfall för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="809"/>
        <source>Add stillbirth of {0}</source>
        <translation>Lägg till dödfött barn till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="812"/>
        <source>Add pregnancy of {0} and {1}</source>
        <translation>Lägg till graviditet för {0} och {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="813"/>
        <source>Add miscarriage of {0} and {1}</source>
        <translation>Lägg till missfall för {0} och {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="814"/>
        <source>Add stillbirth of {0} and {1}</source>
        <translation>Lägg till dödfött barn till {0} och {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="819"/>
        <source>Add son of {0} and {1}</source>
        <translation>Lägg till son till {0} och {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="820"/>
        <source>Add daughter of {0} and {1}</source>
        <translation>Lägg till dotter till {0} och {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="821"/>
        <source>Add child of {0} and {1}</source>
        <translation>Lägg till barn till {0} och {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="824"/>
        <source>Add son of {0}</source>
        <translation>Lägg till son till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="825"/>
        <source>Add daughter of {0}</source>
        <translation>Lägg till dotter till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="826"/>
        <source>Add child of {0}</source>
        <translation>Lägg till barn till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="873"/>
        <source>{child} cannot be a child of {parent}: they are a couple.</source>
        <translation>{child} kan inte vara barn till {parent}: de är ett par.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="885"/>
        <source>{child} cannot be a child of {parents}: {lower} would then descend from their partner {upper}.</source>
        <translation>{child} kan inte vara barn till {parents}: då skulle {lower} härstamma från sin partner {upper}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="925"/>
        <source>{name} cannot be their own parent.</source>
        <translation>{name} kan inte vara sin egen förälder.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="933"/>
        <source>{child} cannot be a child of {parent}: {parent} descends from {child}.</source>
        <translation>{child} kan inte vara barn till {parent}: {parent} härstammar från {child}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="941"/>
        <source>{child} is already a child of {parents}.</source>
        <translation>{child} är redan barn till {parents}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="959"/>
        <source>{child} already has a biological parent, {first}: first make {first} and {second} a couple, then make the child theirs.</source>
        <translation>{child} har redan en biologisk förälder, {first}: gör först {first} och {second} till ett par, och gör sedan barnet till deras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="971"/>
        <source>{child} already has biological parents: make them an adopted or foster child of {parents} instead.</source>
        <translation>{child} har redan biologiska föräldrar: gör personen i stället till adoptiv- eller fosterbarn till {parents}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="988"/>
        <source>{child} cannot be a child of {parents}: {child} would then be a full sibling of their partner {partner}.</source>
        <translation>{child} kan inte vara barn till {parents}: då skulle {child} bli helsyskon till sin partner {partner}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1022"/>
        <source>Make {0} a child of {1} and {2}</source>
        <translation>Gör {0} till barn till {1} och {2}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1024"/>
        <source>Make {0} a child of {1}</source>
        <translation>Gör {0} till barn till {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1026"/>
        <source>Connect child</source>
        <translation>Koppla barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1066"/>
        <source>{name} cannot be number {asked} among the siblings: there are {n} places (twins share one), and the last, {n}, was kept.</source>
        <translation>{name} kan inte vara nummer {asked} bland syskonen: det finns {n} platser (tvillingar delar en), och den sista, {n}, behölls.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1053"/>
        <source>Birth order of {0}</source>
        <translation>Syskonordning för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1055"/>
        <source>Child line of {0}: {kind}</source>
        <translation>Barnlinje för {0}: {kind}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1059"/>
        <source>Child line of {0}</source>
        <translation>Barnlinje för {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1061"/>
        <source>Edit child line</source>
        <translation>Redigera barnlinje</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1087"/>
        <source>Twins are two or more siblings: choose the sibling who is the twin.</source>
        <translation>Tvillingar är två eller fler syskon: välj det syskon som är tvilling.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1093"/>
        <source>Twins need parents first.</source>
        <translation>Lägg först till föräldrar till tvillingarna.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1096"/>
        <source>Twins must be children of the same parents.</source>
        <translation>Tvillingar måste vara barn till samma föräldrar.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1116"/>
        <source>Mark twins</source>
        <translation>Markera som tvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1117"/>
        <source>Twins {0} and {1}</source>
        <translation>Tvillingarna {0} och {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1120"/>
        <source>Mark twins identical</source>
        <translation>Markera tvillingar som enäggstvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1122"/>
        <source>Mark twins not identical</source>
        <translation>Markera tvillingar som tvåäggstvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1125"/>
        <source>Twins {0} and {1}: identical</source>
        <translation>Tvillingarna {0} och {1}: enäggstvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1127"/>
        <source>Twins {0} and {1}: not identical</source>
        <translation>Tvillingarna {0} och {1}: tvåäggstvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1151"/>
        <source>This person is not marked as a twin.</source>
        <translation>Personen är inte markerad som tvilling.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1172"/>
        <source>Not twins</source>
        <translation>Inte tvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1202"/>
        <source>Add parents</source>
        <translation>Lägg till föräldrar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1203"/>
        <source>Add parents of {0}</source>
        <translation>Lägg till föräldrar till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1248"/>
        <source>{what}, sibling of {0}</source>
        <translation>{what}, syskon till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1252"/>
        <source>Add brother of {0}</source>
        <translation>Lägg till bror till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1253"/>
        <source>Add sister of {0}</source>
        <translation>Lägg till syster till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1254"/>
        <source>Add sibling of {0}</source>
        <translation>Lägg till syskon till {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1255"/>
        <source>Add sibling</source>
        <translation>Lägg till syskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1261"/>
        <source>Add union</source>
        <extracomment>The couple&apos;s steps were named &quot;union&quot; until the panel&apos;s word (&quot;Couple&quot;) was taken: the history saved then still reads them, so the catalogues keep them.</extracomment>
        <translation>Lägg till par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1262"/>
        <source>Edit union</source>
        <translation>Redigera par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1263"/>
        <source>Delete union</source>
        <translation>Ta bort par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1280"/>
        <source>Use Add child for a born child.</source>
        <translation>Använd ”Lägg till barn” för ett fött barn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1332"/>
        <source>{a} and {b} already have this relationship line ({kind}).</source>
        <translation>{a} och {b} har redan den här relationslinjen ({kind}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1386"/>
        <source>Delete relationship {0}–{1}</source>
        <translation>Ta bort relationen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1268"/>
        <source>Add pregnancy</source>
        <extracomment>The names of adding a child who was not born (as the history keeps them, in English).</extracomment>
        <translation>Lägg till graviditet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1173"/>
        <source>Not a twin: {0}</source>
        <translation>Inte tvilling: {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1269"/>
        <source>Add miscarriage</source>
        <translation>Lägg till missfall</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1270"/>
        <source>Add stillbirth</source>
        <translation>Lägg till dödfödsel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1316"/>
        <source>Add emotional relationship</source>
        <translation>Lägg till känslomässig relation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1317"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1363"/>
        <source>Relationship {0}–{1}: {kind}</source>
        <translation>Relationen {0}–{1}: {kind}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1346"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1380"/>
        <source>That relationship line is not in the genogram.</source>
        <translation>Relationslinjen finns inte i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1353"/>
        <source>A relationship line can only be turned round, not moved.</source>
        <translation>En relationslinje kan bara vändas, inte flyttas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="234"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1367"/>
        <source>Note on relationship {0}–{1}</source>
        <translation>Anteckning om relationen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1369"/>
        <source>Direction of relationship {0}–{1}</source>
        <translation>Riktning för relationen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1371"/>
        <source>Edit relationship {0}–{1}</source>
        <translation>Redigera relationen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1373"/>
        <source>Edit emotional relationship</source>
        <translation>Redigera känslomässig relation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1385"/>
        <source>Delete emotional relationship</source>
        <translation>Ta bort känslomässig relation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="152"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="158"/>
        <source>The GEDCOM file is too large to import.</source>
        <extracomment>The most an import may bring in, whatever is asked: the map is measured for 2,000 persons (bench/genogram.py); 10,000 from the command line made a case that took 4.6 GB to open.</extracomment>
        <translation>GEDCOM-filen är för stor för att importeras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="156"/>
        <source>The GEDCOM file could not be read.</source>
        <translation>GEDCOM-filen kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="286"/>
        <source>This is not a GEDCOM file.</source>
        <translation>Det här är ingen GEDCOM-fil.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="299"/>
        <source>The GEDCOM file has too many records to import.</source>
        <translation>GEDCOM-filen har för många poster för att importeras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="308"/>
        <source>The GEDCOM file lists a person twice.</source>
        <translation>GEDCOM-filen innehåller samma person två gånger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="312"/>
        <source>The GEDCOM file lists a family twice.</source>
        <translation>GEDCOM-filen innehåller samma familj två gånger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="274"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="329"/>
        <source>The GEDCOM file&apos;s character encoding is wrong or not supported.</source>
        <translation>GEDCOM-filens teckenkodning är felaktig eller stöds inte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="304"/>
        <source>The GEDCOM file gives two of its records the same id.</source>
        <translation>GEDCOM-filen ger två av sina poster samma id.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="317"/>
        <source>The GEDCOM file lists a note twice.</source>
        <translation>GEDCOM-filen innehåller samma anteckning två gånger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="332"/>
        <source>The GEDCOM file&apos;s structure is broken.</source>
        <translation>GEDCOM-filens struktur är skadad.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="334"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1217"/>
        <source>The GEDCOM file could not be understood.</source>
        <translation>GEDCOM-filen kunde inte tolkas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="400"/>
        <source>The GEDCOM file is incomplete (it does not end as a GEDCOM file must); it may have been cut short.</source>
        <extracomment>Lines one record may have: a long note is some hundreds; the parser slows down sharply past some hundred thousand (a 6 MB note of 500,000 lines took minutes to read).</extracomment>
        <translation>GEDCOM-filen är ofullständig (den slutar inte som en GEDCOM-fil ska); den kan ha blivit avkortad.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="410"/>
        <source>A record in the GEDCOM file is too long to import.</source>
        <translation>En post i GEDCOM-filen är för lång för att importeras.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="534"/>
        <source>Also known as: {names}</source>
        <extracomment>The line of a person&apos;s notes that holds their other names from a GEDCOM import, as English; ``_also_known_as_line`` gives it in the language of the moment. The line&apos;s beginning in every shipped catalogue (tests/core/genogram/ test_gedcom_other_names.py checks them against the .ts files).</extracomment>
        <translation>Även känd som: {names}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="706"/>
        <source>The GEDCOM file refers to a person or family that is not in it.</source>
        <translation>GEDCOM-filen hänvisar till en person eller familj som inte finns i filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="732"/>
        <source>A family in the GEDCOM file has more than two partners.</source>
        <translation>En familj i GEDCOM-filen har fler än två partner.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="735"/>
        <source>The GEDCOM file has a person married to themselves.</source>
        <translation>GEDCOM-filen har en person som är gift med sig själv.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="738"/>
        <source>The GEDCOM file has a person who is a child of their own family.</source>
        <translation>GEDCOM-filen har en person som är barn i sin egen familj.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="750"/>
        <source>The GEDCOM file has a loop in its ancestry (someone is their own ancestor).</source>
        <translation>GEDCOM-filen har en slinga i härstamningen (någon är sin egen anfader).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="775"/>
        <source>The GEDCOM file has {count} persons; choose a centre person to import part of it.</source>
        <translation>GEDCOM-filen har {count} personer; välj en centralperson för att importera en del av den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="786"/>
        <source>The chosen centre is a family in the GEDCOM file, not a person: choose a person&apos;s id (one of an INDI record, such as I12).</source>
        <translation>Den valda mittpersonen är en familj i GEDCOM-filen, inte en person: välj en persons id (från en INDI-post, till exempel I12).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="792"/>
        <source>The chosen centre person is not in the GEDCOM file.</source>
        <translation>Den valda centralpersonen finns inte i GEDCOM-filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="859"/>
        <source>The whole name in the GEDCOM file: {name}</source>
        <translation>Hela namnet i GEDCOM-filen: {name}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="942"/>
        <source>The GEDCOM file describes an impossible family: {reason}</source>
        <translation>GEDCOM-filen beskriver en omöjlig familj: {reason}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="946"/>
        <source>the person {xref}</source>
        <translation>personen {xref}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="984"/>
        <source>{names} were marked as twins in the file but were born more than a year apart: they came in as siblings.</source>
        <translation>{names} var markerade som tvillingar i filen men föddes mer än ett år isär: de kom in som syskon.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="990"/>
        <source>{names} were marked as identical twins in the file but are a man and a woman: they came in as twins, not identical.</source>
        <translation>{names} var markerade som enäggstvillingar i filen men är en man och en kvinna: de kom in som tvillingar, inte enäggs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1027"/>
        <source>The name of {name} is {n} characters long: the map keeps the first {max} as the name and the whole name in the person&apos;s notes.</source>
        <translation>Namnet på {name} är {n} tecken långt: familjekartan behåller de första {max} som namn och hela namnet i personens anteckningar.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1032"/>
        <source>A &quot;/&quot; in the name of {name} was read as a space: in GEDCOM, &quot;/&quot; marks the surname.</source>
        <translation>Ett &quot;/&quot; i namnet på {name} lästes som ett mellanslag: i GEDCOM markerar &quot;/&quot; efternamnet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1036"/>
        <source>Birth date &quot;{date}&quot; of {name} was left out: it is not a date the map can read.</source>
        <translation>Födelsedatumet &quot;{date}&quot; för {name} utelämnades: det är inget datum som kartan kan läsa.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1039"/>
        <source>Birth date &quot;{date}&quot; of {name} is not a real day: only the year {year} was kept.</source>
        <translation>Födelsedatumet &quot;{date}&quot; för {name} är ingen riktig dag: bara året {year} behölls.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1044"/>
        <source>Birth date &quot;{date}&quot; of {name} is approximate: it came in as the year {year}.</source>
        <translation>Födelsedatumet &quot;{date}&quot; för {name} är ungefärligt: det kom in som året {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1048"/>
        <source>Death date &quot;{date}&quot; of {name} was left out: it is not a date the map can read.</source>
        <translation>Dödsdatumet &quot;{date}&quot; för {name} utelämnades: det är inget datum som kartan kan läsa.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1052"/>
        <source>Death date &quot;{date}&quot; of {name} is approximate: it came in as the year {year}.</source>
        <translation>Dödsdatumet &quot;{date}&quot; för {name} är ungefärligt: det kom in som året {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1056"/>
        <source>Death year {year} of {name} was left out: it is before the birth year {born}.</source>
        <translation>Dödsåret {year} för {name} utelämnades: det ligger före födelseåret {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1063"/>
        <source>Marriage date &quot;{date}&quot; of {couple} was left out: it is not a date the map can read.</source>
        <translation>Vigseldatumet &quot;{date}&quot; för {couple} utelämnades: det är inget datum som kartan kan läsa.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1067"/>
        <source>Divorce date &quot;{date}&quot; of {couple} was left out: it is not a date the map can read.</source>
        <translation>Skilsmässodatumet &quot;{date}&quot; för {couple} utelämnades: det är inget datum som kartan kan läsa.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1074"/>
        <source>Marriage date &quot;{date}&quot; of {couple} is approximate: it came in as the start year {year}.</source>
        <translation>Vigseldatumet &quot;{date}&quot; för {couple} är ungefärligt: det kom in som startåret {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1079"/>
        <source>Divorce date &quot;{date}&quot; of {couple} is approximate: it came in as the end year {year}.</source>
        <translation>Skilsmässodatumet &quot;{date}&quot; för {couple} är ungefärligt: det kom in som slutåret {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1092"/>
        <source>Birth year {year} of {name} was left out: their parent {parent} was born later, in {parent_year}.</source>
        <translation>Födelseåret {year} för {name} utelämnades: föräldern {parent} föddes senare, {parent_year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1095"/>
        <source>Expected year {year} of {name} was left out: an expected birth can be next year at the latest.</source>
        <translation>Det väntade året {year} för {name} utelämnades: en väntad födsel kan vara nästa år som senast.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1098"/>
        <source>Birth year {year} of {name} was left out: that year has not come yet.</source>
        <translation>Födelseåret {year} för {name} utelämnades: det året har inte kommit än.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1100"/>
        <source>Death year {year} of {name} was left out: that year has not come yet.</source>
        <translation>Dödsåret {year} för {name} utelämnades: det året har inte kommit än.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1103"/>
        <source>Birth year {year} of {name} was left out: the map takes years from {first} on.</source>
        <translation>Födelseåret {year} för {name} utelämnades: kartan tar år från {first} och framåt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1105"/>
        <source>Death year {year} of {name} was left out: the map takes years from {first} on.</source>
        <translation>Dödsåret {year} för {name} utelämnades: kartan tar år från {first} och framåt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1119"/>
        <source>Start year {start} and end year {end} of the couple {couple} were left out: {name} was born after the start, in {born}.</source>
        <translation>Startåret {start} och slutåret {end} för paret {couple} utelämnades: {name} föddes efter starten, {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1125"/>
        <source>Start year {year} of the couple {couple} was left out: {name} was born later, in {born}.</source>
        <translation>Startåret {year} för paret {couple} utelämnades: {name} föddes senare, {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1127"/>
        <source>End year {year} of the couple {couple} was left out: {name} was born later, in {born}.</source>
        <translation>Slutåret {year} för paret {couple} utelämnades: {name} föddes senare, {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1133"/>
        <source>End year {year} of the couple {couple} was left out: it is before their start year {start}.</source>
        <translation>Slutåret {year} för paret {couple} utelämnades: det ligger före deras startår {start}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1136"/>
        <source>Start year {year} of the couple {couple} was left out: the map takes years from {first} on.</source>
        <translation>Startåret {year} för paret {couple} utelämnades: kartan tar år från {first} och framåt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1138"/>
        <source>End year {year} of the couple {couple} was left out: the map takes years from {first} on.</source>
        <translation>Slutåret {year} för paret {couple} utelämnades: kartan tar år från {first} och framåt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1141"/>
        <source>Start year {year} of the couple {couple} was left out: the map takes years up to {last}.</source>
        <translation>Startåret {year} för paret {couple} utelämnades: kartan tar år till och med {last}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1143"/>
        <source>End year {year} of the couple {couple} was left out: the map takes years up to {last}.</source>
        <translation>Slutåret {year} för paret {couple} utelämnades: kartan tar år till och med {last}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1223"/>
        <source>Choose at least one person and zero or more generations.</source>
        <translation>Välj minst en person och noll eller fler generationer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1227"/>
        <source>A family map can hold at most {n} persons; choose a centre person and fewer generations.</source>
        <translation>En familjekarta kan rymma högst {n} personer; välj en mittperson och färre generationer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1285"/>
        <source>Nobody on the imported map is marked as the client: in the family map, right-click the client and choose Set as index person, so that supervision material names everyone by their role.</source>
        <translation>Ingen på den importerade kartan är markerad som klienten: högerklicka på klienten i familjekartan och välj Gör till indexperson, så att handledningsmaterialet kallar alla vid deras roll.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1314"/>
        <source>The GEDCOM file has no persons in it.</source>
        <translation>GEDCOM-filen innehåller inga personer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1605"/>
        <source>Emotional relationship: {kind}, {a} {arrow} {b}</source>
        <translation>Känslomässig relation: {kind}, {a} {arrow} {b}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="251"/>
        <source>That person is not in the genogram.</source>
        <extracomment>The earliest year the map takes. A genogram reaches three or four generations back from the client (great-grandparents born in the mid-1800s), and a family tree imported from a genealogy program may reach back to the first church books of the 1500s and 1600s; a year before 1500 is not a family a genogram speaks about but a typo (&quot;0&quot;, &quot;81&quot;, &quot;198&quot;), which the map drew as an age of 2026 inside the symbol. The latest year any year field takes (the panel takes four digits: a typo like 3000 is refused). A birth or a death is refused after the current year already (an expected birth next year at the latest), so this bounds a couple&apos;s years. The longest name a GEDCOM import gives a person: a name is a label under a symbol, and a file&apos;s NAME line of 200,000 characters came in whole (the panel&apos;s field itself holds up to Qt&apos;s 32,767). A longer name keeps its beginning; the import keeps the whole of it in the person&apos;s notes and says so. How much of a name a sentence about the person shows (a notice after an import, on the command line as in the app): the first this many characters and &quot;…&quot;. Kinds drawn as a small symbol (a dot, a small shape with an X), at this fraction of the symbol size: the drawing and the layout (where a child line ends) read it from here. Kinds that go from one person to the other (abuser to abused, carer to cared for). Persons of these kinds never had a life of their own: no partners, no children.</extracomment>
        <translation>Personen finns inte i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="389"/>
        <source>The saved genogram could not be read.</source>
        <translation>Det sparade genogrammet kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="397"/>
        <source>The genogram was saved by a newer KastDesk; please update.</source>
        <translation>Genogrammet sparades av en nyare version av KastDesk; uppdatera programmet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="413"/>
        <source>The saved genogram has duplicate ids.</source>
        <translation>Det sparade genogrammet har dubblerade id:n.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="561"/>
        <source>This person</source>
        <translation>Den här personen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="576"/>
        <source>this person</source>
        <translation>den här personen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="590"/>
        <source>{year} is too early for {name}: the map takes years from {first} on.</source>
        <translation>{year} är för tidigt för {name}: kartan tar år från {first} och framåt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="601"/>
        <source>{name} cannot be expected in {year}: an expected birth can be next year at the latest.</source>
        <translation>{name} kan inte vara väntad {year}: en väntad födsel kan vara nästa år som senast.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="607"/>
        <source>{name} cannot be born in {year}: that year has not come yet.</source>
        <translation>{name} kan inte vara född {year}: det året har inte kommit än.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="611"/>
        <source>{name} cannot have died in {year}: that year has not come yet.</source>
        <translation>{name} kan inte ha dött {year}: det året har inte kommit än.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="920"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1061"/>
        <location filename="../../kastdesk/genogram/model.py" line="620"/>
        <source>{a} and {b}</source>
        <translation>{a} och {b}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="624"/>
        <source>{year} is too late for {name}: the map takes years up to {last}.</source>
        <translation>{year} är för sent för {name}: kartan tar år till och med {last}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="635"/>
        <source>{a} and {b} cannot be a couple in {year}: {name} was born in {born}.</source>
        <translation>{a} och {b} kan inte vara ett par {year}: {name} föddes {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="652"/>
        <source>{child} cannot be born in {year}, before their parent {parent} (born {parent_year}).</source>
        <translation>{child} kan inte vara född {year}, före sin förälder {parent} (född {parent_year}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="693"/>
        <source>{name} was born in {born} and cannot have died at {age}: that would be in {year} at the earliest, and that year has not come yet.</source>
        <translation>{name} föddes {born} och kan inte ha dött vid {age} års ålder: det vore tidigast {year}, och det året har inte kommit än.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="701"/>
        <source>{name} was born in {born} and died in {died}, which does not fit an age at death of {age}: change the age or one of the years.</source>
        <translation>{name} föddes {born} och dog {died}, vilket inte stämmer med en ålder vid döden på {age}: ändra åldern eller något av åren.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="732"/>
        <source>{a} and {b} cannot be twins: they were born in {first} and {second}, more than a year apart.</source>
        <extracomment>Twins&apos; birth years differ by one at most (born either side of midnight on New Year&apos;s Eve).</extracomment>
        <translation>{a} och {b} kan inte vara tvillingar: de föddes {first} och {second}, mer än ett år isär.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="742"/>
        <source>{a} and {b} cannot be identical twins: identical twins are of the same sex.</source>
        <translation>{a} och {b} kan inte vara enäggstvillingar: enäggstvillingar har samma kön.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="782"/>
        <source>A person has a missing or mismatched id.</source>
        <translation>En person saknar id eller har ett id som inte stämmer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="789"/>
        <source>The birth date must be a real date (year-month-day).</source>
        <translation>Födelsedatumet måste vara ett giltigt datum (år-månad-dag).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="792"/>
        <source>The birth date does not match the birth year.</source>
        <translation>Födelsedatumet stämmer inte med födelseåret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="794"/>
        <source>A person cannot die before they were born.</source>
        <translation>En person kan inte ha dött före sin födelse.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="796"/>
        <source>The age must be between 0 and 130.</source>
        <translation>Åldern måste vara mellan 0 och 130.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="798"/>
        <source>Only one person can be the index person (the client).</source>
        <translation>Bara en person kan vara indexperson (klienten).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="802"/>
        <source>A couple has a missing or duplicate id.</source>
        <translation>Ett par saknar id eller har ett dubblerat id.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="805"/>
        <source>A couple refers to a person who does not exist.</source>
        <translation>Ett par hänvisar till en person som inte finns.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="807"/>
        <source>A person cannot be in a couple with themselves.</source>
        <translation>En person kan inte bilda par med sig själv.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="811"/>
        <source>A pregnancy, miscarriage or stillbirth cannot have a partner.</source>
        <translation>En graviditet, ett missfall eller ett dödfött barn kan inte ha en partner.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="814"/>
        <source>A couple cannot end before it began.</source>
        <translation>Ett par kan inte ta slut innan det har börjat.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="819"/>
        <source>A child line has a mismatched id.</source>
        <translation>En barnlinje har ett id som inte stämmer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="822"/>
        <source>A child line refers to a child who does not exist.</source>
        <translation>En barnlinje hänvisar till ett barn som inte finns.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="826"/>
        <source>A child must hang from either a couple or one parent.</source>
        <translation>Ett barn måste hänga under antingen ett par eller en förälder.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="830"/>
        <source>A child line refers to a couple that does not exist.</source>
        <translation>En barnlinje hänvisar till ett par som inte finns.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="834"/>
        <source>A child line refers to a parent who does not exist.</source>
        <translation>En barnlinje hänvisar till en förälder som inte finns.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="839"/>
        <source>{name} cannot be a child of their own couple.</source>
        <translation>{name} kan inte vara barn till sitt eget par.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="846"/>
        <source>A pregnancy, miscarriage or stillbirth cannot have children.</source>
        <translation>En graviditet, ett missfall eller ett dödfött barn kan inte ha barn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="849"/>
        <source>Only twins can be marked identical.</source>
        <translation>Bara tvillingar kan markeras som enäggstvillingar.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="853"/>
        <source>{name} already has biological parents.</source>
        <translation>{name} har redan biologiska föräldrar.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="861"/>
        <source>A relationship line has a mismatched id.</source>
        <translation>En relationslinje har ett id som inte stämmer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="865"/>
        <source>A relationship line refers to a person who does not exist.</source>
        <translation>En relationslinje hänvisar till en person som inte finns.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="868"/>
        <source>A relationship line needs two different persons.</source>
        <translation>En relationslinje behöver två olika personer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="874"/>
        <source>{name} cannot be their own ancestor.</source>
        <translation>{name} kan inte vara sin egen anfader.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/storage.py" line="92"/>
        <source>Every genogram change needs a name.</source>
        <extracomment>The formats the family map is exported in, as the audit log&apos;s action names them (&quot;Export genogram as PNG&quot;): the pictures from the editor, GEDCOM from it and the CLI.</extracomment>
        <translation>Varje ändring i genogrammet måste ha ett namn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="415"/>
        <source>b. {year}</source>
        <extracomment>Mental illness over the left half of serious physical illness: a person with both has the upper left quarter in ink, the lower left in grey. The fill of serious physical illness: the left half, as mental illness, in a mid grey instead of the ink, so the map and its legend tell the two apart (they were the same symbol, and the legend showed two identical samples). Light enough to stay apart from the ink on screen, on paper and on a black-and-white copy; the age&apos;s plate keeps its digits readable on it. The solid ``fills`` drawn in ``PHYSICAL_ILLNESS_COLOUR`` instead of the ink. Pattern, parallel lines, dashed. Every kind looks different without its colour (a page may be printed in black): caretaker is a dashed line where focused-on is solid, emotional abuse a dashed zigzag where physical abuse is solid, neglect two dotted lines where distance is one. Vowels written before the consonant they follow in speech (Thai เ แ โ ใ ไ, Lao, Tai Lue, Tai Viet: Unicode&apos;s Logical_Order_Exception): &quot;ใจดี&quot; is known by its &quot;จ&quot;. Alphabets whose accents are part of the letter (&quot;Å&quot;, &quot;Ñ&quot;): an initial keeps them. In other scripts a mark after the first letter is a vowel or a tone (Thai, Devanagari).</extracomment>
        <translation>f. {year}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="418"/>
        <source>{age} y</source>
        <translation>{age} år</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="538"/>
        <source>Man</source>
        <extracomment>The oldest age worked out for a living person (birth year, no death). A great-grandparent born in 1850 and never marked deceased is not 176, only not marked so (GEDCOM trees bring many such); past 110, a death nobody recorded is far likelier than a real age, so the label keeps the birth year and writes no age rather than an impossible one. Each kind of emotional relationship in its own colour, the same on screen and on paper.</extracomment>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="539"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="540"/>
        <source>Other gender</source>
        <translation>Annat kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="541"/>
        <source>Sex unknown</source>
        <translation>Okänt kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="542"/>
        <source>Index person (client)</source>
        <translation>Indexperson (klienten)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="543"/>
        <source>Deceased</source>
        <translation>Avliden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="544"/>
        <source>Pregnancy</source>
        <translation>Graviditet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="545"/>
        <source>Miscarriage</source>
        <translation>Missfall</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="546"/>
        <source>Stillbirth</source>
        <translation>Dödfött barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="547"/>
        <source>Substance abuse</source>
        <translation>Missbruk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="548"/>
        <source>Suspected substance abuse</source>
        <translation>Misstänkt missbruk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="549"/>
        <source>In recovery</source>
        <translation>I återhämtning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="550"/>
        <source>Mental illness</source>
        <translation>Psykisk sjukdom</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="551"/>
        <source>Serious physical illness</source>
        <translation>Allvarlig fysisk sjukdom</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="552"/>
        <source>Mental illness and substance abuse</source>
        <translation>Psykisk sjukdom och missbruk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="553"/>
        <source>Trauma</source>
        <translation>Trauma</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="554"/>
        <source>Married</source>
        <translation>Gifta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="555"/>
        <source>Living together</source>
        <translation>Sambor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="556"/>
        <source>Partners living apart</source>
        <translation>Särbor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="557"/>
        <source>Engaged</source>
        <translation>Förlovade</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="558"/>
        <source>Separated</source>
        <translation>Separerade</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="559"/>
        <source>Divorced</source>
        <translation>Skilda</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="560"/>
        <source>Widowed</source>
        <translation>Änka/änkling</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="561"/>
        <source>Affair</source>
        <translation>Kärleksaffär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="562"/>
        <source>Biological child</source>
        <translation>Biologiskt barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="563"/>
        <source>Adopted child</source>
        <translation>Adopterat barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="564"/>
        <source>Foster child</source>
        <translation>Fosterbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="565"/>
        <source>Twins</source>
        <translation>Tvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="566"/>
        <source>Identical twins</source>
        <translation>Enäggstvillingar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="567"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="568"/>
        <source>Close</source>
        <translation>Nära</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="569"/>
        <source>Fused</source>
        <translation>Sammansmält</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="570"/>
        <source>Distant</source>
        <translation>Distanserad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="571"/>
        <source>Conflictual</source>
        <translation>Konfliktfylld</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="572"/>
        <source>Hostile</source>
        <translation>Fientlig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="573"/>
        <source>Close and hostile</source>
        <translation>Nära och fientlig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="574"/>
        <source>Cut off</source>
        <translation>Bruten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="575"/>
        <source>Cut off and repaired</source>
        <translation>Bruten och återupptagen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="576"/>
        <source>Focused on</source>
        <translation>Fokuserad på</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="577"/>
        <source>Physical abuse</source>
        <translation>Fysisk misshandel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="578"/>
        <source>Sexual abuse</source>
        <translation>Sexuella övergrepp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="579"/>
        <source>Emotional abuse</source>
        <translation>Psykisk misshandel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="580"/>
        <source>Neglect</source>
        <translation>Försummelse</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="581"/>
        <source>Caretaker</source>
        <translation>Omsorgsgivare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="624"/>
        <source>lt.</source>
        <extracomment>Abbreviation before a year on a couple line: living together since.</extracomment>
        <translation>sb.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="627"/>
        <source>la.</source>
        <extracomment>Abbreviation before a year on a couple line: partners living apart since.</extracomment>
        <translation>särbo</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="630"/>
        <source>e.</source>
        <extracomment>Abbreviation before a year on a couple line: engaged in.</extracomment>
        <translation>förl.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="633"/>
        <source>a.</source>
        <extracomment>Abbreviation before a year on a couple line: affair since.</extracomment>
        <translation>rel.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="635"/>
        <source>m.</source>
        <extracomment>Abbreviation before a year on a couple line: married in.</extracomment>
        <translation>g.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="643"/>
        <source>s.</source>
        <extracomment>Abbreviation before a year on a couple line: separated in.</extracomment>
        <translation>sep.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="646"/>
        <source>d.</source>
        <extracomment>Abbreviation before a year on a couple line: divorced in.</extracomment>
        <translation>sk.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="649"/>
        <source>w.</source>
        <extracomment>Abbreviation before a year on a couple line: widowed in.</extracomment>
        <translation>ä.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="702"/>
        <source>living together since (year)</source>
        <extracomment>From the children&apos;s line (the middle of the couple line) to the start of its years. How far right of the middle the years reach (&quot;m. 1975&quot;, &quot;d. 1987&quot;), in scene units. The years&apos; size in scene units (the names are 10.5).</extracomment>
        <translation>sambo sedan (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="703"/>
        <source>living apart together since (year)</source>
        <translation>särbo sedan (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="704"/>
        <source>engaged in (year)</source>
        <translation>förlovade (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="705"/>
        <source>affair since (year)</source>
        <translation>otrohetsrelation sedan (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="706"/>
        <source>married in (year)</source>
        <translation>gifta (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="708"/>
        <source>separated in (year)</source>
        <translation>separerade (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="709"/>
        <source>divorced in (year)</source>
        <translation>skilda (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="710"/>
        <source>widowed in (year)</source>
        <translation>änka/änkling (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="167"/>
        <source>Remove the client&apos;s name</source>
        <extracomment>What :func:`edit_client` reports when it took the name off the family map.</extracomment>
        <translation>Ta bort klientens namn</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="128"/>
        <source>A passphrase of only spaces is easy to guess; use a few unrelated words instead.</source>
        <translation>En lösenfras av bara mellanslag är lätt att gissa; använd i stället några ord som inte hör ihop.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="136"/>
        <source>This passphrase repeats too few different characters to be safe; use a few unrelated words instead.</source>
        <translation>Lösenfrasen upprepar för få olika tecken för att vara säker; använd i stället några ord som inte hör ihop.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="465"/>
        <source>The new passphrase is the same as the one you use now; choose another.</source>
        <translation>Den nya lösenfrasen är densamma som den du använder nu; välj en annan.</translation>
    </message>
</context>
<context>
    <name>Pseudonym</name>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="19"/>
        <source>father</source>
        <translation>far</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="19"/>
        <source>mother</source>
        <translation>mor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="19"/>
        <source>parent</source>
        <translation>förälder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="20"/>
        <source>son</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="20"/>
        <source>daughter</source>
        <translation>dotter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="20"/>
        <source>child</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="23"/>
        <source>paternal grandfather</source>
        <translation>farfar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="24"/>
        <source>paternal grandmother</source>
        <translation>farmor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="25"/>
        <source>paternal grandparent</source>
        <translation>farförälder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="28"/>
        <source>maternal grandfather</source>
        <translation>morfar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="29"/>
        <source>maternal grandmother</source>
        <translation>mormor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="30"/>
        <source>maternal grandparent</source>
        <translation>morförälder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="35"/>
        <source>paternal uncle</source>
        <translation>farbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="36"/>
        <source>paternal aunt</source>
        <translation>faster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="37"/>
        <source>paternal aunt or uncle</source>
        <translation>farbror eller faster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="40"/>
        <source>maternal uncle</source>
        <translation>morbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="41"/>
        <source>maternal aunt</source>
        <translation>moster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="42"/>
        <source>maternal aunt or uncle</source>
        <translation>morbror eller moster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="45"/>
        <source>brother</source>
        <translation>bror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="45"/>
        <source>sister</source>
        <translation>syster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="45"/>
        <source>sibling</source>
        <translation>syskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="47"/>
        <source>half-brother</source>
        <translation>halvbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="48"/>
        <source>half-sister</source>
        <translation>halvsyster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="49"/>
        <source>half-sibling</source>
        <translation>halvsyskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="52"/>
        <source>foster brother</source>
        <translation>fosterbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="53"/>
        <source>foster sister</source>
        <translation>fostersyster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="54"/>
        <source>foster sibling</source>
        <translation>fostersyskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="57"/>
        <source>adoptive brother</source>
        <translation>adoptivbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="58"/>
        <source>adoptive sister</source>
        <translation>adoptivsyster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="59"/>
        <source>adoptive sibling</source>
        <translation>adoptivsyskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="62"/>
        <source>stepfather</source>
        <translation>styvfar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="63"/>
        <source>stepmother</source>
        <translation>styvmor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="64"/>
        <source>step-parent</source>
        <translation>styvförälder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="69"/>
        <source>father&apos;s affair partner</source>
        <extracomment>A parent&apos;s affair partner is not a step-parent: they never lived with the family. Named after the parent, since that is who the supervisor needs to place them by.</extracomment>
        <translation>fars otrohetspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="70"/>
        <source>mother&apos;s affair partner</source>
        <translation>mors otrohetspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="71"/>
        <source>parent&apos;s affair partner</source>
        <translation>förälders otrohetspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="73"/>
        <source>nephew</source>
        <translation>syskonbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="73"/>
        <source>niece</source>
        <translation>syskonbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="73"/>
        <source>nibling</source>
        <translation>syskonbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="77"/>
        <source>father-in-law</source>
        <extracomment>A partner&apos;s father and mother: &quot;parent-in-law&quot; was all the map had, where the therapist (and Swedish, svärfar/svärmor) says which.</extracomment>
        <translation>svärfar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="78"/>
        <source>mother-in-law</source>
        <translation>svärmor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="82"/>
        <source>son-in-law</source>
        <translation>svärson</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="83"/>
        <source>daughter-in-law</source>
        <translation>svärdotter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="84"/>
        <source>child-in-law</source>
        <translation>svärbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="89"/>
        <source>brother-in-law</source>
        <extracomment>A sibling&apos;s partner and a partner&apos;s sibling, as both are called (svåger, svägerska): they had no word, and privacy mode wrote their initials on the screen instead.</extracomment>
        <translation>svåger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="90"/>
        <source>sister-in-law</source>
        <translation>svägerska</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="91"/>
        <source>sibling-in-law</source>
        <translation>svåger eller svägerska</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="95"/>
        <source>stepbrother</source>
        <extracomment>A step-parent&apos;s child from another couple (a parent&apos;s partner&apos;s child: styvsyster).</extracomment>
        <translation>styvbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="96"/>
        <source>stepsister</source>
        <translation>styvsyster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="97"/>
        <source>stepsibling</source>
        <translation>styvsyskon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="101"/>
        <source>partner&apos;s former partner</source>
        <extracomment>The couples of the client&apos;s partner with others: named after the partner, by whether the other couple came before (or has ended), was an affair, or came after the client&apos;s ended.</extracomment>
        <translation>partnerns tidigare partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="102"/>
        <source>partner&apos;s affair partner</source>
        <translation>partnerns otrohetspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="103"/>
        <source>former partner&apos;s new partner</source>
        <translation>tidigare partners nya partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="109"/>
        <source>pregnancy</source>
        <extracomment>A pregnancy, and a pregnancy lost, is named as what it is, wherever it stands in the family: called &quot;maternal aunt 2&quot; in a supervision packet, a grandmother&apos;s miscarriage read as a living relative (and took a number from the aunts), which is wrong and may hurt.</extracomment>
        <translation>graviditet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="110"/>
        <source>miscarriage</source>
        <translation>missfall</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="111"/>
        <source>stillbirth</source>
        <translation>dödfött barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/demo_case.py" line="44"/>
        <location filename="../../kastdesk/genogram/kinship.py" line="144"/>
        <source>client</source>
        <translation>klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1665"/>
        <source>person {n}</source>
        <translation>person {n}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1667"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1710"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1890"/>
        <source>the client</source>
        <extracomment>How far back a pseudonymized export&apos;s dates go: a secret number of days in this range, drawn for each export, a whole number of weeks (5 to 52), so a weekday a note names (&quot;torsdag&quot;) is still the weekday of the date it shows. Only back: a shifted date is never later than the real one, so never after the export (&quot;Signed 2027-06-25&quot; beside a cover of 2026-12-04 told the offset to the day). At least a month, so no shifted date is the real one give or take a few days; at most a year, so seasons and ages stay about right. An ISO date in free text this long before the first contact is reduced to its year, not shifted: it may be a birth date (&quot;född 1980-01-01&quot;), which a known offset would give back exactly, but it is as often when something began (&quot;Första köpet skedde 2009-06-01&quot;), which supervision needs: the year keeps that and gives no day away (the map&apos;s own birth dates are withheld whole). The map shows ages, which say as much.</extracomment>
        <translation>klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1674"/>
        <source>child {n}</source>
        <translation>barn {n}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="160"/>
        <source>former partner</source>
        <translation>tidigare partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="162"/>
        <source>affair partner</source>
        <translation>otrohetspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="164"/>
        <source>late partner</source>
        <translation>avliden partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="166"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="203"/>
        <source>cousin</source>
        <translation>kusin</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="210"/>
        <source>grandchild</source>
        <translation>barnbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="79"/>
        <source>parent-in-law</source>
        <translation>svärförälder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="215"/>
        <source>stepchild</source>
        <translation>styvbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="258"/>
        <source>relative</source>
        <translation>släkting</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1647"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1904"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1917"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1919"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1928"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2174"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2280"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2285"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2397"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2782"/>
        <source>[name]</source>
        <extracomment>The full months&apos; names, folded: some are first names too (&quot;Juni&quot;, &quot;Maj&quot;, &quot;Mai&quot;, &quot;Augusti&quot;, &quot;April&quot;). What was found once in a note, by the note&apos;s hash: a note&apos;s every weekday or initials read the whole note again (a long note took seconds). Hashes only: no note&apos;s words are kept in memory after the export. A word of the map&apos;s free text (an occupation, a label, a note: &quot;Polis&quot; of &quot;Arbetar som Polis i Borås&quot;), no person&apos;s name nor a role&apos;s word: the therapist may keep it (``keep_words`` of :meth:`Pseudonymizer.for_snapshot`). Names that are also everyday words in Swedish, Norwegian or English, in their folded small form (:func:`fold_name`, then ``casefold``: &quot;Sjö&quot; is &quot;sjo&quot;, &quot;Ås&quot; is &quot;as&quot;), by kind. Such a name (a single word of a person&apos;s name) is treated as a word until it reads as a name (:meth:`Pseudonymizer._names`): - in small letters it is never replaced (&quot;lämnad i fred&quot;, &quot;en saga&quot;, &quot;vill bo kvar&quot;, &quot;i juni&quot;); :func:`suspects` lists each hit (``LOWER_CASE_NAME``); - capitalized at the start of a sentence, a line or a clause it is not replaced either (&quot;Hans mamma dog&quot;, &quot;Per vecka&quot;, &quot;Dag för dag&quot;, &quot;Dags att…&quot;): every word is capitalized there; :func:`suspects` lists it (``SENTENCE_START``) and the therapist decides (not for the names of ``NAME_FIRST``, which begin a sentence as names); - capitalized (or in capitals) inside a sentence it is the name (&quot;träffar Dag i morgon&quot;). Every other name (&quot;Erik&quot;, &quot;Moa&quot;, &quot;Liam&quot;) is replaced in any case and anywhere. Replacing an everyday word with a role makes the note say something false (&quot;han vill far kvar&quot;), which is as bad for supervision as a leak is for the client; what is left is listed. Of ``COMMON_WORD_NAMES``, those that at the start of a sentence are far more often the name than the word (&quot;Björn ringde&quot;, &quot;Saga sov&quot;, &quot;Berg sa&quot;, &quot;Ås kom&quot;; &quot;Björn&quot; begins no Swedish sentence as &quot;bear&quot; in a case note): replaced there as inside a sentence, left only in small letters. &quot;Hans&quot;, &quot;Per&quot;, &quot;Dag&quot;, &quot;Bo&quot;, &quot;Så&quot;, &quot;Will&quot; and the like begin sentences as words every day and stay in the rule above, as do &quot;Else&quot;, &quot;Bent&quot;, &quot;Gun&quot;, &quot;Line&quot; and &quot;Edit&quot;, which begin English sentences as words (&quot;Else, nothing changed&quot;, &quot;Line by line&quot;, &quot;Gun ownership came up&quot;, &quot;Edit:&quot;: QA 19, 9, &quot;Mother, nothing changed&quot;). The clinic&apos;s and the method&apos;s own name (&quot;KAST&quot;, &quot;Kast&quot;, &quot;KAST-modellen&quot;, &quot;Kast-brosjyren&quot;), folded: no one&apos;s name, never listed by :func:`suspects`; withheld on the therapist&apos;s word only where it stands alone, never inside a compound (the method&apos;s name says nothing of the client; &quot;[withheld]-modellen&quot; says nothing at all). Medicines a psychiatric or addiction case note names, generic (Swedish, Norwegian and English spelling) and brand (as sold in Sweden and Norway), folded and in small letters, by kind. Capitalized, a brand is a proper noun no list knows, and the check listed &quot;Sertralin&quot;, &quot;Antabus&quot;, &quot;Lergigan&quot; beside the towns and colleagues it is for: a medicine names no one. Not listed as a capitalized word (:func:`suspects`), nor withheld as a word of the family map&apos;s text (&quot;Tar Antabus&quot;), in any inflection (&quot;Antabusen&quot;, &quot;Concertas&quot;); a name of the case is replaced before and a near miss of one still listed, so the list never hides a name. No word here is a first or family name in these languages. How a medicine is inflected in a note (&quot;Antabusen&quot;, &quot;Concertan&quot;, &quot;Sertralinets&quot;). Capitalized words of the family map&apos;s free text (roles, occupations, labels, notes) that are no names: kinship and other roles, and words that begin a sentence, in Swedish, Norwegian and English. Folded and in small letters, as ``COMMON_WORD_NAMES``. A word that begins a sentence is also no name where the case writes it in small letters elsewhere (&quot;Alkohol, bor i Lerum&quot; beside &quot;mycket alkohol&quot;), see ``_map_words``. Titles before a name (&quot;Dr. Anna Berg&quot;): no first name. The small words of family names (&quot;van der Berg&quot;, &quot;af Klint&quot;): not names on their own. Abbreviations before a birth or former name, with their dot: &quot;f. Öhman&quot; (född, født), &quot;fd.&quot;, &quot;geb.&quot;, &quot;née.&quot; (folded). In how many of the case&apos;s texts a word in small letters must be for the case to vouch for it when it is one letter from a name (&quot;andras&quot; beside Anders is a word; &quot;stefann&quot; once, a misspelt name): ``Pseudonymizer`` ``rare_words``. Words a case note begins its sentences with, Swedish, Norwegian and English, that no list above holds: adverbs, pronouns, conjunctions, a note&apos;s own verbs and headings. A capitalized word at a sentence&apos;s start that is none of these, no everyday word and no word of the case&apos;s notes is listed as a possible name (``Pseudonymizer._name_like_start``); these keep ordinary first words off the list. Folded when read (``_sentence_words``). Relatives and professionals as a note names them when it begins a sentence with them, Swedish, Norwegian and English: the definite form (&quot;Faren sa&quot;, &quot;Barnmorskan ringde&quot;, &quot;Rådgiveren mente&quot;), a family word (&quot;Gubben&quot;, &quot;Exet&quot;, &quot;Brorsan&quot;, &quot;Bestemor&quot;) or an English title used as one (&quot;Matron said&quot;, &quot;Nurse came&quot;). Each was listed as a possible name, one more row to Keep. A compound ending in one of the longer ones is one too (&quot;Styvsonen&quot;, &quot;Skolpsykologen&quot;, &quot;Exsambon&quot;: ``_is_role_word``). Left listed where a place or a name reads so too: &quot;Mora&quot; (a Swedish town), &quot;Nan&quot;. The roles ``_SENTENCE_WORDS`` already holds, as the ends of compounds (&quot;Exsambon&quot;, &quot;Skolkuratorn&quot;, &quot;Överläkaren&quot;, &quot;Biståndshandläggaren&quot;). The verbs a note writes after its subject, Swedish, Norwegian and English (&quot;Kikki ringde&quot;, &quot;Jonte sa&quot;, &quot;Kikki sin&quot;, &quot;Micke said&quot;): after an unknown capitalized first word they make it read as a name (``Pseudonymizer._name_like_start``). Relatives after a possessive (&quot;Kikkis mamma&quot;, &quot;Jontes fru&quot;, &quot;Micke&apos;s wife&quot;). Names of ``COMMON_WORD_NAMES`` whose word begins a sentence before a verb as often as the name does (&quot;Inga kom&quot;, none came; &quot;Mina har flyttat&quot;, mine have; &quot;Gun was found&quot;): at a sentence&apos;s start left and listed whatever follows (``Pseudonymizer._subject_name``), as are those that are themselves such a verb (&quot;Var&quot;, &quot;Sa&quot;), a sentence&apos;s first word (&quot;Will&quot;) or a relative (&quot;Bror ringde&quot;, brother). The verbs of ``_SUBJECT_VERBS`` that follow a possessive used alone (&quot;Hans är större&quot;, his is): after &quot;Hans&quot; at a sentence&apos;s start only the other verbs make it the name (&quot;Hans ringde&quot;). Endings no first name or nickname has (of words of seven letters or more): &quot;-ning&quot;, &quot;-het&quot;, &quot;-skap&quot;, &quot;-lig&quot;, &quot;-else&quot;, &quot;-tion&quot;, &quot;-ness&quot; (folded: &quot;-sjon&quot; as typed). Endings taken off a capitalized first word to find it among the case&apos;s words (&quot;Berättade&quot; is &quot;berätt&quot;, as &quot;berättar&quot; is): not &quot;-a&quot;, &quot;-n&quot;, &quot;-s&quot;, &quot;-or&quot;, which end names (&quot;Hanna&quot; beside &quot;hann&quot;, &quot;Viktor&quot; beside &quot;vikt&quot;). Endings taken off the case&apos;s own words for that comparison: any. Abbreviations a case note writes in capitals, Swedish, Norwegian and English (folded: &quot;BRÅ&quot; is &quot;BRA&quot;): where a person&apos;s initials are one of them (&quot;OK&quot; for Olle Karlsson, &quot;TV&quot; for Tove Viklund, &quot;KBT&quot;), they are left as written and listed for the therapist (``INITIALS``), never replaced: &quot;the client-tittande&quot; says something false. With dots too (&quot;O.K.&quot;, &quot;P.S.&quot;, &quot;U.S.&quot;), as those are written so. The abbreviations above that are written with a ring or dots, as written. Abbreviations Swedish, Norwegian and English write in small letters with dots, as their letters: &quot;m.m.&quot; (med mera), &quot;o.l.&quot; (og lignende), &quot;t.h.&quot; (till höger), &quot;e.g.&quot;. Initials in small letters with dots (&quot;m.l.&quot;) are someone&apos;s only where they are none of these: &quot;m.m.&quot; beside a client Maria Magnusson is &quot;med mera&quot;, and listing each one would drown the check&apos;s true rows, so they are neither replaced nor listed.</extracomment>
        <translation>[namn]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1929"/>
        <source>[family name]</source>
        <translation>[efternamn]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1981"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1989"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2077"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2403"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2415"/>
        <source>[withheld]</source>
        <translation>[undanhållet]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2477"/>
        <source>[e-mail]</source>
        <translation>[e-post]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2481"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2668"/>
        <source>[user name]</source>
        <translation>[användarnamn]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2483"/>
        <source>[MAC address]</source>
        <translation>[MAC-adress]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2487"/>
        <source>[IP address]</source>
        <translation>[IP-adress]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2488"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2489"/>
        <source>[case number]</source>
        <translation>[diarienummer]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2497"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2565"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2641"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2678"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2680"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2703"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2744"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2755"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2855"/>
        <location filename="../../kastdesk/supervision/packet.py" line="141"/>
        <source>[date]</source>
        <translation>[datum]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2503"/>
        <source>[address]</source>
        <translation>[adress]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2508"/>
        <source>[registration number]</source>
        <translation>[registreringsnummer]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2542"/>
        <source>[month]</source>
        <translation>[månad]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2550"/>
        <source>[holiday]</source>
        <translation>[helgdag]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2712"/>
        <source>[week]</source>
        <translation>[vecka]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2981"/>
        <source>name or word at the start of a sentence</source>
        <translation>namn eller ord i början av en mening</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3458"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3501"/>
        <source>[account number]</source>
        <translation>[kontonummer]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3459"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3503"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3505"/>
        <source>[organisation number]</source>
        <translation>[organisationsnummer]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2649"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2652"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2655"/>
        <source>[web address]</source>
        <translation>[webbadress]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3405"/>
        <source>[phone]</source>
        <extracomment>Words the app itself writes into pseudonymized text (a signature&apos;s &quot;the therapist&quot;): never suspects, whatever names the case holds (&quot;Demo Therapist&quot;).</extracomment>
        <translation>[telefon]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2977"/>
        <source>capitalized word not replaced</source>
        <extracomment>Why a word of pseudonymized text is shown to the therapist before export (``Suspect.why``).</extracomment>
        <translation>ord med stor bokstav som inte ersatts</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2978"/>
        <source>one letter from a known name</source>
        <translation>en bokstav från ett känt namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2979"/>
        <source>known name in small letters (also an everyday word)</source>
        <translation>känt namn med liten bokstav (även ett vardagsord)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2980"/>
        <source>word of the family map (a place or employer?)</source>
        <translation>ord från familjekartan (en ort eller arbetsgivare?)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2983"/>
        <source>a name of the case or a month: check</source>
        <translation>ett namn i ärendet eller en månad: kontrollera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2984"/>
        <source>a name of the case or a word: check</source>
        <translation>ett namn i ärendet eller ett ord: kontrollera</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2985"/>
        <source>initials of someone in the case, or an abbreviation</source>
        <translation>initialer för någon i ärendet, eller en förkortning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2986"/>
        <source>a long number: an account, an id or a phone number?</source>
        <translation>ett långt nummer: ett konto-, person- eller telefonnummer?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3423"/>
        <source>[id number]</source>
        <translation>[personnummer]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="894"/>
        <location filename="../../kastdesk/supervision/packet.py" line="224"/>
        <source>the therapist</source>
        <translation>terapeuten</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="231"/>
        <source>A recovery key has {groups} groups of {size} letters and digits.</source>
        <translation>En återställningsnyckel har {groups} grupper med {size} bokstäver och siffror.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="241"/>
        <source>Group {n} of the recovery key looks mistyped.</source>
        <translation>Grupp {n} i återställningsnyckeln verkar felskriven.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../kastdesk/report/export.py" line="223"/>
        <source>Reading the case</source>
        <extracomment>Keys whose values in a (pseudonymized) snapshot or the packet&apos;s material are ids, kinds, dates or the reference, never free text a name could hide in.</extracomment>
        <translation>Läser ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/export.py" line="239"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="346"/>
        <source>page {page} of {total}</source>
        <extracomment>Where the landscape family map page&apos;s frame begins: a quarter of the margin wider each side than the header&apos;s rule, room for a map on one page; the text above the map keeps to the margin (``_Renderer._top_on``). A family map that fits one landscape page at this scale or larger is printed there whole (the demo&apos;s maps of about 20 persons, at about half the editor&apos;s size); a larger one gets an overview and then parts, whose names are never smaller than MIN_NAME_SIZE. No name on a family map printed in parts is set smaller than this (points). The summary already lets nothing else go below 6 pt (a table header shrinks to MIN_HEAD_FONT_SIZE); it is the smallest size commonly held legible in print (the FDA&apos;s floor for a medicine&apos;s &quot;Drug Facts&quot;), and DejaVu Sans, with its tall small letters, reads at 6 pt about as a book face does at 7. Each point more adds about a third more pages to a big map. The largest scale a part of a map printed in parts is drawn at: the editor&apos;s size, as large as a small map printed whole on one page gets (``GenogramFlowable.fit_scale``). The parts are cut at the scale that sets the smallest name at MIN_NAME_SIZE, and then each is drawn as large as its page allows up to this: cut at 6 pt and printed at 6 pt, a part of a generation or two, or of one branch, filled a third of its page. The least room round a part&apos;s map for the line that names it and its locator (points). The locator&apos;s largest size beside a part&apos;s name (points). A tag (its name grouped) or a character reference, in reportlab&apos;s markup.</extracomment>
        <translation>sida {page} av {total}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="393"/>
        <location filename="../../kastdesk/report/pdf.py" line="407"/>
        <source>Confidential</source>
        <translation>Konfidentiellt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="432"/>
        <source>Laying out pages</source>
        <translation>Lägger upp sidorna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="890"/>
        <source>Contents</source>
        <extracomment>A part as ``_Run`` makes it: the persons it holds whole (a bit each, by their index in the boxes), whether its edges all fall between persons, the height of its generations, and its rectangle. The least height of a row&apos;s piece where a row taller than a page is split (points).</extracomment>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="1234"/>
        <source>The whole family at a glance. The names are printed in the parts that follow, at a size that reads; the numbers show where each part lies.</source>
        <translation>Hela familjen i en överblick. Namnen skrivs ut i delarna som följer, i en storlek som går att läsa; siffrorna visar var varje del ligger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="1257"/>
        <source>Family map, part {n} of {total}</source>
        <translation>Familjekarta, del {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="30"/>
        <location filename="../../kastdesk/report/summary.py" line="266"/>
        <source>First contact</source>
        <extracomment>The stored enum values the report shows (statuses, genders, channels, goal states, risk kinds...) as the words :func:`_enum` makes of them, marked so lupdate lists them; a test keeps this in step with the enums.</extracomment>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="31"/>
        <location filename="../../kastdesk/report/summary.py" line="360"/>
        <source>Intake</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="32"/>
        <source>In treatment</source>
        <translation>I behandling</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="33"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="34"/>
        <source>Follow up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="35"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="36"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="37"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="38"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="39"/>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="40"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="41"/>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="42"/>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="43"/>
        <source>In person</source>
        <translation>På plats</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="44"/>
        <source>Own initiative</source>
        <translation>Eget initiativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="45"/>
        <source>Police</source>
        <translation>Polisen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="46"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="47"/>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="48"/>
        <source>Health service</source>
        <translation>Hälso- och sjukvården</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="49"/>
        <source>Social services</source>
        <translation>Socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="50"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="51"/>
        <source>Client</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="52"/>
        <source>Partner alone</source>
        <translation>Partnern ensam</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="53"/>
        <source>Client and partner</source>
        <translation>Klienten och partnern</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="54"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="55"/>
        <source>Set</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="56"/>
        <source>Revised</source>
        <translation>Reviderat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="57"/>
        <source>Reached</source>
        <translation>Uppnått</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="58"/>
        <source>Dropped</source>
        <translation>Nedlagt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="59"/>
        <source>Reopened</source>
        <translation>Öppnat igen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="60"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="61"/>
        <source>Suicidal thoughts</source>
        <translation>Självmordstankar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="62"/>
        <source>Violence</source>
        <translation>Våld</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="63"/>
        <source>Child at risk</source>
        <translation>Barn som riskerar att fara illa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="65"/>
        <source>Single</source>
        <translation>Singel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="65"/>
        <source>Partner living together</source>
        <translation>Sambo</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="65"/>
        <source>Married</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="66"/>
        <source>Partner living apart</source>
        <translation>Särbo</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="66"/>
        <source>Separated or divorced</source>
        <translation>Separerad eller skild</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="67"/>
        <source>Widowed</source>
        <translation>Änka eller änkling</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="71"/>
        <source>Held</source>
        <extracomment>Whether a session took place (``Attendance``), as the session log marks one not held.</extracomment>
        <translation>Genomfört</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="72"/>
        <source>Cancelled by the client</source>
        <translation>Avbokat av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="73"/>
        <source>Cancelled by the clinic</source>
        <translation>Inställt av mottagningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="74"/>
        <source>Did not attend</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="112"/>
        <source>{percent}%</source>
        <extracomment>A date as a snapshot holds it (&quot;2026-09-07&quot;, &quot;2026-09-07T10:00:00&quot;). The supervision packet&apos;s material holds its dates as words instead (&quot;3 days before&quot;), printed as they are. A whole percentage: &quot;51%&quot; in English; Swedish and Norwegian write &quot;51 %&quot; (no-break space).</extracomment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="130"/>
        <source>Client code</source>
        <translation>Klientkod</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="130"/>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="133"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="138"/>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="139"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="140"/>
        <location filename="../../kastdesk/report/summary.py" line="270"/>
        <location filename="../../kastdesk/report/summary.py" line="353"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="141"/>
        <source>Sessions in period</source>
        <translation>Samtal under perioden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="145"/>
        <source>Not held</source>
        <translation>Ej genomförda</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="148"/>
        <source>Next session</source>
        <translation>Nästa samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="152"/>
        <location filename="../../kastdesk/report/summary.py" line="969"/>
        <location filename="../../kastdesk/supervision/packet.py" line="353"/>
        <source>Pseudonymized</source>
        <translation>Pseudonymiserat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="156"/>
        <source>Yes: names replaced by roles; every date moved back by the same secret number of days (one to twelve months: intervals are true, the calendar is not); the family map shows ages instead of birth years; a date a note gives from long before the first contact is not given exactly.</source>
        <translation>Ja: namn ersatta med roller; alla datum flyttade bakåt lika många hemliga dagar (en till tolv månader: intervallen stämmer, kalendern gör det inte); familjekartan visar åldrar i stället för födelseår; ett datum som en anteckning anger från långt före första kontakten anges inte exakt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="166"/>
        <source>Confidential. This summary contains sensitive personal data about a client in treatment, possibly including admissions of crimes, sexual history and details about family members. Keep it only where the client&apos;s file is kept, share it only with those who need it for the client&apos;s care, and destroy it when it is no longer needed.</source>
        <translation>Konfidentiellt. Sammanfattningen innehåller känsliga personuppgifter om en klient i behandling, eventuellt även erkännanden av brott, sexuell historik och uppgifter om familjemedlemmar. Förvara den endast där klientens journal förvaras, dela den endast med dem som behöver den för klientens behandling och förstör den när den inte längre behövs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="174"/>
        <source>Case summary</source>
        <translation>Ärendesammanfattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="197"/>
        <source>⚠ Active risk: {kind} (raised {day})</source>
        <extracomment>The paragraph styles of an active risk flag on the cover: red for the severe risks, amber for another, as the app&apos;s banner colours them.</extracomment>
        <translation>⚠ Aktiv risk: {kind} (flaggad {day})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="235"/>
        <source>1 did not attend</source>
        <translation>1 uteblev</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="235"/>
        <source>{n} did not attend</source>
        <translation>{n} uteblev</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="236"/>
        <source>1 cancelled by the client</source>
        <translation>1 avbokat av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="237"/>
        <source>{n} cancelled by the client</source>
        <translation>{n} avbokade av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="238"/>
        <source>1 cancelled by the clinic</source>
        <translation>1 inställt av mottagningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="239"/>
        <source>{n} cancelled by the clinic</source>
        <translation>{n} inställda av mottagningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="260"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="261"/>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="262"/>
        <source>Relationship status</source>
        <translation>Relationsstatus</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="263"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="264"/>
        <source>Came through</source>
        <translation>Hittade hit via</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="265"/>
        <source>First contact by</source>
        <translation>Första kontakt via</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="267"/>
        <source>First session</source>
        <translation>Första samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="268"/>
        <source>Waiting time</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="269"/>
        <source>Preferred therapist gender</source>
        <translation>Önskat kön på terapeuten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="271"/>
        <source>Follow-up due</source>
        <translation>Uppföljning planerad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="280"/>
        <source>{day} (overdue)</source>
        <translation>{day} (försenad)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="282"/>
        <source>{day} (passed; the case is closed)</source>
        <translation>{day} (passerad; ärendet är stängt)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="291"/>
        <location filename="../../kastdesk/report/summary.py" line="546"/>
        <source>the export day</source>
        <translation>exportdagen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="301"/>
        <source>still waiting, no session held yet</source>
        <translation>väntar fortfarande, inget samtal hållet än</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="303"/>
        <source>1 day so far</source>
        <translation>1 dag hittills</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="304"/>
        <source>{n} days so far</source>
        <translation>{n} dagar hittills</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="305"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="305"/>
        <source>{n} days</source>
        <translation>{n} dagar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="314"/>
        <source>Earlier case</source>
        <translation>Tidigare ärende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="315"/>
        <source>Later case</source>
        <translation>Senare ärende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="317"/>
        <source>yes (code withheld)</source>
        <translation>ja (koden undanhålls)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="323"/>
        <location filename="../../kastdesk/report/summary.py" line="949"/>
        <source>Client profile and intake</source>
        <translation>Klientprofil och inskrivning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="327"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="350"/>
        <source>Course of the case</source>
        <translation>Ärendets förlopp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="353"/>
        <location filename="../../kastdesk/report/summary.py" line="396"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="353"/>
        <location filename="../../kastdesk/report/summary.py" line="399"/>
        <location filename="../../kastdesk/report/summary.py" line="936"/>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="363"/>
        <source>Standardized intake form, answered {day}.</source>
        <translation>Standardiserat inskrivningsformulär, besvarat {day}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="371"/>
        <location filename="../../kastdesk/report/summary.py" line="724"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="371"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="379"/>
        <location filename="../../kastdesk/report/summary.py" line="950"/>
        <source>Goals and their history</source>
        <translation>Mål och målhistorik</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="382"/>
        <source>No goals have been set.</source>
        <translation>Inga mål har satts.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="390"/>
        <source>Original goal: {text}</source>
        <translation>Ursprungligt mål: {text}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="397"/>
        <source>Event</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="398"/>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="425"/>
        <location filename="../../kastdesk/report/summary.py" line="952"/>
        <source>Family map (genogram)</source>
        <translation>Familjekarta (genogram)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="428"/>
        <source>No family map has been drawn.</source>
        <translation>Ingen familjekarta har ritats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="431"/>
        <source>{n} persons, drawn with the same layout as in the editor.</source>
        <translation>{n} personer, placerade på samma sätt som i genogramredigeraren.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="435"/>
        <source>Names are replaced by each person&apos;s role relative to the client.</source>
        <translation>Namnen är ersatta med varje persons roll i förhållande till klienten.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="439"/>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="453"/>
        <source>(nothing listed yet)</source>
        <translation>(inget uppskrivet ännu)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="462"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="463"/>
        <source>Consequence</source>
        <translation>Konsekvens</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="464"/>
        <source>Seriousness</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="465"/>
        <source>Term</source>
        <translation>Sikt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="475"/>
        <source>Areas still empty: {areas}.</source>
        <translation>Områden som fortfarande är tomma: {areas}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="483"/>
        <source>(not yet rewritten)</source>
        <translation>(inte omskrivet ännu)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="487"/>
        <source>“I am …”</source>
        <translation>”Jag är …”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="487"/>
        <source>“What I do …”</source>
        <translation>”Det jag gör …”</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="499"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="500"/>
        <source>Feelings</source>
        <translation>Känslor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="501"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="502"/>
        <source>Alternatives</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="509"/>
        <source>Alternatives and rewards</source>
        <translation>Alternativ och belöningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="513"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="514"/>
        <source>Reward</source>
        <translation>Belöning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="515"/>
        <source>Meets the need</source>
        <translation>Behov som tillgodoses</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="527"/>
        <source>Needs without an alternative yet: {needs}.</source>
        <translation>Behov som ännu saknar alternativ: {needs}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="536"/>
        <source>Urges logged</source>
        <translation>Loggade impulser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="538"/>
        <location filename="../../kastdesk/report/summary.py" line="570"/>
        <source>Alternative chosen</source>
        <translation>Valde ett alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="542"/>
        <location filename="../../kastdesk/report/summary.py" line="573"/>
        <source>Lapses</source>
        <translation>Återfall</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="551"/>
        <source>{days} days since last lapse, longest streak {longest} days</source>
        <translation>{days} dagar sedan senaste återfallet, längsta period {longest} dagar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="553"/>
        <source>{days} days since the last lapse as of {day}; longest streak {longest} days</source>
        <translation>{days} dagar sedan senaste återfallet per {day}; längsta period {longest} dagar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="556"/>
        <source>No lapse in the {days} days since the log began, as of {day}</source>
        <translation>Inget återfall under de {days} dagarna sedan loggen började, per {day}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="565"/>
        <source>Urges per week</source>
        <translation>Impulser per vecka</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="568"/>
        <source>Urges</source>
        <translation>Impulser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="582"/>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="582"/>
        <source>Detail</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="593"/>
        <source>Who to call</source>
        <translation>Vem jag kan ringa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="593"/>
        <source>How to reach</source>
        <translation>Hur jag når personen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="602"/>
        <source>(not answered yet)</source>
        <translation>(inte besvarad ännu)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="607"/>
        <source>This exercise has no printed form yet.</source>
        <translation>Den här övningen har ingen utskriftsform ännu.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="611"/>
        <location filename="../../kastdesk/report/summary.py" line="953"/>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="614"/>
        <source>No exercise has been started.</source>
        <translation>Ingen övning har påbörjats.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="663"/>
        <source>Follow-up, {n} months</source>
        <translation>Uppföljning, {n} månader</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="665"/>
        <source>{point}, form {n}</source>
        <translation>{point}, formulär {n}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="667"/>
        <source>{point} (late, not compared)</source>
        <translation>{point} (sent, jämförs inte)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="669"/>
        <source>{point} (not finished)</source>
        <translation>{point} (inte klart)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="693"/>
        <location filename="../../kastdesk/report/summary.py" line="717"/>
        <location filename="../../kastdesk/report/summary.py" line="954"/>
        <source>Self-rating scale</source>
        <extracomment>Rows of the self-rating table kept together at each side of a page break.</extracomment>
        <translation>Självskattningsskala</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="702"/>
        <source>{section}: change over time (100 = best possible answer)</source>
        <translation>{section}: förändring över tid (100 = bästa möjliga svar)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="705"/>
        <source>{section}, part {part} of {parts}: change over time (100 = best possible answer)</source>
        <translation>{section}, del {part} av {parts}: förändring över tid (100 = bästa möjliga svar)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="720"/>
        <source>The self-rating scale has not been filled in.</source>
        <translation>Självskattningsskalan har inte fyllts i.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="743"/>
        <source>Answers at each measurement point side by side; ▲ better and ▼ worse than at the point before.</source>
        <translation>Svaren vid varje mätpunkt sida vid sida; ▲ bättre och ▼ sämre än vid förra mätpunkten.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="752"/>
        <source>A form marked late was filled in after the next measurement point&apos;s day; it is not compared with the other points.</source>
        <translation>Ett formulär markerat sent fylldes i efter nästa mätpunkts datum; det jämförs inte med de andra mätpunkterna.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="756"/>
        <source>A form marked not finished was left with questions that need an answer blank; the answers given are shown.</source>
        <translation>Ett formulär markerat inte klart lämnades med frågor som behöver svar obesvarade; de svar som gavs visas.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="689"/>
        <source>Change over time (100 = best possible answer)</source>
        <extracomment>The most lines one self-rating chart draws: more and the lines and the key&apos;s colours, dashes and markers can no longer be told apart.</extracomment>
        <translation>Förändring över tid (100 = bästa möjliga svar)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="788"/>
        <location filename="../../kastdesk/report/summary.py" line="955"/>
        <source>Session log</source>
        <translation>Samtalslogg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="792"/>
        <source>No sessions in this period.</source>
        <translation>Inga samtal under perioden.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="802"/>
        <source>1 session,</source>
        <translation>1 samtal,</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="803"/>
        <source>{n} sessions,</source>
        <translation>{n} samtal,</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="804"/>
        <source>1 with a signed note.</source>
        <translation>varav 1 med signerad anteckning.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="805"/>
        <source>{n} with signed notes.</source>
        <translation>varav {n} med signerad anteckning.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="806"/>
        <source>Not held: {counts}.</source>
        <translation>Ej genomförda: {counts}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="808"/>
        <source>Amendments are shown beneath the note they amend; signed notes are never changed.</source>
        <translation>Tillägg visas under den anteckning de hör till; signerade anteckningar ändras aldrig.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="821"/>
        <source>{attendance} · {when} · {modality}</source>
        <translation>{attendance} · {when} · {modality}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="833"/>
        <source>Session {n} · {when} · {minutes} min · {modality} · {present}</source>
        <translation>Samtal {n} · {when} · {minutes} min · {modality} · {present}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="851"/>
        <source>Topics: {topics}</source>
        <translation>Ämnen: {topics}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="858"/>
        <source>(no note)</source>
        <translation>(ingen anteckning)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="863"/>
        <source>✓ Signed {at} by {by}</source>
        <translation>✓ Signerad {at} av {by}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="872"/>
        <source>Draft, not signed</source>
        <translation>Utkast, inte signerad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="877"/>
        <source>Amendment {at} by {by} ({reason}):
{text}</source>
        <translation>Tillägg {at} av {by} ({reason}):
{text}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="903"/>
        <source>Planned (not held yet): {sessions}</source>
        <translation>Planerade (ännu inte hållna): {sessions}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="910"/>
        <location filename="../../kastdesk/report/summary.py" line="951"/>
        <source>Risk flags</source>
        <translation>Riskflaggor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="912"/>
        <source>Risk flags: 1 active</source>
        <translation>Riskflaggor: 1 aktiv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="913"/>
        <source>Risk flags: {n} active</source>
        <translation>Riskflaggor: {n} aktiva</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="917"/>
        <source>No risk flags have been raised.</source>
        <translation>Inga riskflaggor har satts.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="927"/>
        <source>Cleared {at}</source>
        <translation>Hävdes {at}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="935"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="937"/>
        <source>Raised</source>
        <translation>Flaggad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="938"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="948"/>
        <source>Cover</source>
        <translation>Försättsblad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="967"/>
        <source>KastDesk case summary</source>
        <translation>Ärendesammanfattning från KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="968"/>
        <source>Case {code} · case summary</source>
        <translation>Ärende {code} · ärendesammanfattning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="399"/>
        <source>Start</source>
        <translation>Början</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="399"/>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="400"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="470"/>
        <source>case-summary</source>
        <extracomment>The action the case&apos;s audit log records a case summary export under. The middle of a case summary&apos;s file name (lower case, words joined by hyphens).</extracomment>
        <translation>ärendesammanfattning</translation>
    </message>
</context>
<context>
    <name>ReportFlags</name>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="925"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="35"/>
        <source>First contact</source>
        <extracomment>The statuses after treatment: the course has ended (a follow-up may still be due). The statuses in which a follow-up is still to be held (the Due list, the register, the case summary&apos;s &quot;overdue&quot;).</extracomment>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="36"/>
        <source>Intake</source>
        <translation>Inskrivning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="37"/>
        <source>In treatment</source>
        <translation>I behandling</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="38"/>
        <source>Ended</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="39"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="40"/>
        <source>Closed</source>
        <translation>Stängd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="49"/>
        <source>A case cannot go from “{old}” to “{new}”.</source>
        <translation>Ett ärende kan inte gå från ”{old}” till ”{new}”.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="125"/>
        <source>Treatment completed</source>
        <translation>Behandlingen genomförd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="126"/>
        <source>Client chose to stop</source>
        <translation>Klienten valde att avsluta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="127"/>
        <source>Dropped out (stopped coming)</source>
        <translation>Avbröt (slutade komma)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="128"/>
        <source>Referred elsewhere</source>
        <translation>Hänvisad vidare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="129"/>
        <source>Not in the target group</source>
        <translation>Tillhör inte målgruppen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="130"/>
        <source>Could not be reached</source>
        <translation>Gick inte att nå</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="131"/>
        <source>Follow-up held</source>
        <translation>Uppföljningen genomförd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="132"/>
        <source>Client declined the follow-up</source>
        <translation>Klienten avböjde uppföljningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="133"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="36"/>
        <source>This file is not a KastDesk supervision file.</source>
        <translation>Filen är ingen handledningsfil från KastDesk.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="41"/>
        <source>The passphrase does not open this file. Ask the therapist for it again.</source>
        <translation>Lösenfrasen öppnar inte den här filen. Be terapeuten om den igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="48"/>
        <source>This file has been changed or damaged since it was made. Ask for a new copy.</source>
        <translation>Filen har ändrats eller skadats sedan den skapades. Be om en ny kopia.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="59"/>
        <source>This supervision file opens, but this version of KastDesk cannot read what is in it; it may have been made by a newer version.</source>
        <translation>Handledningsfilen går att öppna, men den här versionen av KastDesk kan inte läsa innehållet; den kan ha gjorts med en nyare version.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="71"/>
        <source>This packet is already open in another KastDesk window, on this computer or another. Write your comments there, or close it there first.</source>
        <translation>Paketet är redan öppet i ett annat KastDesk-fönster, på den här datorn eller en annan. Skriv dina kommentarer där, eller stäng det där först.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="183"/>
        <source>This is a KastDesk file of another kind.</source>
        <translation>Det här är en KastDesk-fil av ett annat slag.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="16"/>
        <source>Something went wrong with the vault.</source>
        <translation>Något gick fel med valvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="30"/>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <extracomment>Whether the same save can succeed later, once the user has acted (freed disk space, made the folder writable). Locking waits for such an error rather than drop what was typed; for any other, waiting saves nothing, so it says so and locks.</extracomment>
        <translation>Lösenfrasen stämmer inte. Kontrollera Caps Lock och försök igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="38"/>
        <source>The recovery key is not correct. Check each group against the printed copy.</source>
        <translation>Återställningsnyckeln stämmer inte. Jämför varje grupp med den utskrivna kopian.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="126"/>
        <location filename="../../kastdesk/store/errors.py" line="45"/>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>Lösenfrasen måste vara minst 10 tecken lång.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="50"/>
        <source>This vault is already open in another KastDesk window or program. Close it there first.</source>
        <translation>Valvet är redan öppet i ett annat KastDesk-fönster eller program. Stäng det där först.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="58"/>
        <source>This folder is not a KastDesk vault. Choose the folder that holds vault.json.</source>
        <translation>Mappen är inget KastDesk-valv. Välj den mapp som innehåller vault.json.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="66"/>
        <source>A vault already exists in this folder. Open it, or choose an empty folder.</source>
        <translation>Det finns redan ett valv i den här mappen. Öppna det eller välj en tom mapp.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="73"/>
        <source>The vault is damaged or has been tampered with. Restore it from the newest backup (File → Restore from backup…).</source>
        <translation>Valvet är skadat eller har manipulerats. Återställ det från den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="82"/>
        <source>This client&apos;s case file is damaged or has been tampered with. Restore the vault from the newest backup (File → Restore from backup…); the vault as it is now is kept beside it.</source>
        <translation>Klientens ärendefil är skadad eller har manipulerats. Återställ valvet från den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…); valvet som det är nu sparas bredvid.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="99"/>
        <source>This client&apos;s case file is an older copy than the one the vault last saw, so it was not opened: put the newest copy of the file back in the vault&apos;s cases folder (from a backup or a sync tool&apos;s conflict copy); Verify vault names the file.</source>
        <translation>Klientens ärendefil är en äldre kopia än den valvet senast såg, så den öppnades inte: lägg tillbaka den nyaste kopian av filen i valvets mapp cases (från en säkerhetskopia eller en synktjänsts konfliktkopia); Kontrollera valvet anger filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="117"/>
        <source>This session is no longer in the client&apos;s case file, so the last change was not saved; the file may have been replaced by another copy while it was open. Open the client again to see what the file holds.</source>
        <translation>Samtalet finns inte längre i klientens ärendefil, så den senaste ändringen sparades inte; filen kan ha ersatts av en annan kopia medan den var öppen. Öppna klienten igen för att se vad filen innehåller.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="130"/>
        <source>There is no client with that code in this vault.</source>
        <translation>Det finns ingen klient med den koden i valvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="135"/>
        <source>Another client already has this code. Choose a different code.</source>
        <translation>En annan klient har redan den här koden. Välj en annan kod.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="143"/>
        <source>This note is signed and can no longer be changed. Add an amendment instead.</source>
        <translation>Anteckningen är signerad och kan inte längre ändras. Gör ett tillägg i stället.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="153"/>
        <source>This change is not allowed.</source>
        <translation>Den här ändringen är inte tillåten.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="159"/>
        <source>The disk is full, so the last change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Disken är full, så den senaste ändringen sparades inte. Frigör utrymme och försök igen; inget som redan var sparat har gått förlorat.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="171"/>
        <source>The vault&apos;s folder is read-only, and KastDesk needs to write there; make the folder writable, or copy the vault to a folder you can write to.</source>
        <translation>Valvets mapp är skrivskyddad, och KastDesk behöver skriva där; gör mappen skrivbar, eller kopiera valvet till en mapp du kan skriva i.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="189"/>
        <source>This client&apos;s case file cannot be written to, so KastDesk cannot save changes to it; ask your IT contact to make the file writable (check its permissions), then try again.</source>
        <translation>Klientens ärendefil går inte att skriva till, så KastDesk kan inte spara ändringar i den; be din IT-kontakt att göra filen skrivbar (kontrollera dess behörigheter) och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="209"/>
        <source>The disk would not let KastDesk write the vault&apos;s files, so the last change was not saved. Check that the disk (a memory stick, a network folder) is still connected, then try again; nothing already saved was lost.</source>
        <translation>Disken lät inte KastDesk skriva valvets filer, så den senaste ändringen sparades inte. Kontrollera att disken (ett USB-minne, en nätverksmapp) fortfarande är ansluten och försök igen; inget som redan sparats har gått förlorat.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="230"/>
        <source>KastDesk cannot reach this client&apos;s case file just now (the memory stick or network folder with the vault may be out, or the vault folder moved), so the last change is not saved yet: plug the stick back in or put the folder back where it was, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>KastDesk når inte klientens ärendefil just nu (USB-minnet eller nätverksmappen med valvet kan vara urtaget, eller valvmappen flyttad), så den senaste ändringen är inte sparad än: sätt i USB-minnet igen eller lägg tillbaka mappen där den var, så sparar KastDesk den; det du skrev finns kvar tills dess.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="245"/>
        <source>KastDesk cannot reach the vault&apos;s files just now (the memory stick or network folder with the vault may be out, or the vault folder moved), so the last change is not saved yet: plug the stick back in or put the folder back where it was, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>KastDesk når inte valvets filer just nu (USB-minnet eller nätverksmappen med valvet kan vara urtaget, eller valvmappen flyttad), så den senaste ändringen är inte sparad än: sätt i USB-minnet igen eller lägg tillbaka mappen där den var, så sparar KastDesk den; det du skrev finns kvar tills dess.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="265"/>
        <source>The case file now in the vault&apos;s folder is an older copy of this client&apos;s file, so the last change is not saved yet and nothing is written to that copy: put the newest copy back (the right memory stick, or the vault folder as it was), and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Ärendefilen som nu ligger i valvets mapp är en äldre kopia av klientens fil, så den senaste ändringen är inte sparad än och ingenting skrivs till den kopian: lägg tillbaka den nyaste kopian (rätt USB-minne, eller valvmappen som den var), så sparar KastDesk den; det du skrev finns kvar tills dess.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="279"/>
        <source>The vault now in its folder is an older copy of this vault, so the last change is not saved yet and nothing is written to that copy: put the newest copy back (the right memory stick, or the vault folder as it was), and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Valvet som nu ligger i mappen är en äldre kopia av det här valvet, så den senaste ändringen är inte sparad än och ingenting skrivs till den kopian: lägg tillbaka den nyaste kopian (rätt USB-minne, eller valvmappen som den var), så sparar KastDesk den; det du skrev finns kvar tills dess.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="300"/>
        <source>The vault&apos;s folder now holds another vault or another case file where this client&apos;s case file was (another memory stick with the same name may be plugged in), so the last change is not saved yet and nothing is written there: put the right stick or folder back, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Valvets mapp innehåller nu ett annat valv eller en annan ärendefil där klientens ärendefil låg (ett annat USB-minne med samma namn kan vara isatt), så den senaste ändringen är inte sparad än och ingenting skrivs dit: sätt tillbaka rätt USB-minne eller mapp, så sparar KastDesk den; det du skrev finns kvar tills dess.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="316"/>
        <source>The vault&apos;s folder now holds another vault (another memory stick with the same name may be plugged in), so the last change is not saved yet and nothing is written there: put the right stick or folder back, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Valvets mapp innehåller nu ett annat valv (ett annat USB-minne med samma namn kan vara isatt), så den senaste ändringen är inte sparad än och ingenting skrivs dit: sätt tillbaka rätt USB-minne eller mapp, så sparar KastDesk den; det du skrev finns kvar tills dess.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="335"/>
        <source>This client&apos;s case file is busy for a moment (a backup may be copying it), so the last change is not saved yet; what you typed is kept, and KastDesk saves it shortly.</source>
        <translation>Klientens ärendefil är upptagen en stund (en säkerhetskopiering kan hålla på att kopiera den), så den senaste ändringen är inte sparad än; det du skrev finns kvar, och KastDesk sparar det strax.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="347"/>
        <source>The vault&apos;s files are busy for a moment (a backup may be copying them), so the last change is not saved yet; what you typed is kept, and KastDesk saves it shortly.</source>
        <translation>Valvets filer är upptagna en stund (en säkerhetskopiering kan hålla på att kopiera dem), så den senaste ändringen är inte sparad än; det du skrev finns kvar, och KastDesk sparar det strax.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="362"/>
        <source>The file could not be saved there (the folder may be missing, read-only or full). Choose another place; nothing was written.</source>
        <translation>Filen kunde inte sparas där (mappen kanske saknas, är skrivskyddad eller full). Välj en annan plats; ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="381"/>
        <source>Nothing was exported: the export could not be recorded in the vault&apos;s audit log, so the file was not saved.</source>
        <translation>Inget exporterades: exporten kunde inte skrivas in i valvets granskningslogg, så filen sparades inte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="392"/>
        <source>Nothing was exported: the vault&apos;s disk is full, so the export could not be recorded in its audit log. Free some space and export again.</source>
        <translation>Inget exporterades: valvets disk är full, så exporten kunde inte skrivas in i granskningsloggen. Frigör utrymme och exportera igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="409"/>
        <source>Exports cannot be saved in the vault&apos;s folder. Choose another folder; nothing was written.</source>
        <translation>Exporter kan inte sparas i valvets mapp. Välj en annan mapp; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/db.py" line="222"/>
        <source>This file was written by a newer KastDesk. Update KastDesk to open it.</source>
        <extracomment>How long a statement waits for another connection to let go of a file (seconds). A backup copying the file holds a read lock on it meanwhile; Python&apos;s default (5 s) froze the typing for five seconds and then reported damage. A short wait, then &quot;busy&quot;, and the save is tried again a little later with the text kept (``CaseBusy``). SQLite&apos;s result codes for a file another connection holds (SQLITE_BUSY, SQLITE_LOCKED).</extracomment>
        <translation>Filen skrevs av en nyare KastDesk. Uppdatera KastDesk för att öppna den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="118"/>
        <source>This file is not a KastDesk backup. Choose a backup file; its name ends in .kastbak.</source>
        <extracomment>Vault settings (index.kdb): when the last backup was made (UTC, ISO), and after how many days without one the status line reminds (0: never).</extracomment>
        <translation>Filen är ingen säkerhetskopia från KastDesk. Välj en säkerhetskopia; dess namn slutar på .kastbak.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="128"/>
        <source>This backup is incomplete or damaged, so nothing can be restored from it; use another backup. Nothing was changed.</source>
        <translation>Säkerhetskopian är ofullständig eller skadad, så inget kan återställas från den; använd en annan säkerhetskopia. Inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="137"/>
        <source>The passphrase does not open this backup. It opens with the passphrase the vault had when the backup was made, or with the recovery key.</source>
        <translation>Lösenfrasen öppnar inte säkerhetskopian. Den öppnas med den lösenfras valvet hade när säkerhetskopian gjordes, eller med återställningsnyckeln.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="146"/>
        <source>The recovery key does not open this backup. Check each group against the printed copy; a backup of another vault needs that vault&apos;s recovery key.</source>
        <translation>Återställningsnyckeln öppnar inte säkerhetskopian. Jämför varje grupp med den utskrivna kopian; en säkerhetskopia av ett annat valv kräver det valvets återställningsnyckel.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="156"/>
        <source>The backup could not be saved there (the folder may be missing or read-only). Choose another place; nothing was written.</source>
        <translation>Säkerhetskopian kunde inte sparas där (mappen kanske saknas eller är skrivskyddad). Välj en annan plats; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="165"/>
        <source>The disk is full, so the backup was not saved. Choose a place with more free space; nothing was written.</source>
        <translation>Disken är full, så säkerhetskopian sparades inte. Välj en plats med mer ledigt utrymme; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="180"/>
        <source>A backup cannot be saved in the vault&apos;s own folder, where it would be lost with the vault. Choose another place, such as a USB stick; nothing was written.</source>
        <translation>En säkerhetskopia kan inte sparas i valvets egen mapp, där den skulle gå förlorad tillsammans med valvet. Välj en annan plats, till exempel ett USB-minne; inget skrevs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/rescue.py" line="57"/>
        <source>The copy KastDesk kept of text it could not save cannot be read (the file is damaged), so nothing could be put back from it; it was left on this computer as {path}.</source>
        <extracomment>The most a header may claim to be (a damaged length must not read the whole disk). What a vault&apos;s id may look like to be used in a file name (a header is not trusted).</extracomment>
        <translation>Kopian som KastDesk sparade av text som inte kunde sparas går inte att läsa (filen är skadad), så inget kunde läggas tillbaka från den; den finns kvar på den här datorn som {path}.</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="117"/>
        <source>Write a short question for the supervisor.</source>
        <translation>Skriv en kort fråga till handledaren.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="122"/>
        <source>Choose the session note to bring.</source>
        <translation>Välj vilken samtalsanteckning du vill ta med.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="141"/>
        <source>That guidance flag no longer exists.</source>
        <translation>Markeringen för handledning finns inte längre.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="170"/>
        <source>Add at least one case or question.</source>
        <translation>Lägg till minst ett ärende eller en fråga.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="173"/>
        <source>Case {ref}</source>
        <translation>Ärende {ref}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="350"/>
        <source>KastDesk supervision packet</source>
        <translation>Handledningspaket från KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="351"/>
        <source>Supervision packet · {day}</source>
        <translation>Handledningspaket · {day}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="357"/>
        <source>Supervision packet</source>
        <translation>Handledningspaket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="359"/>
        <source>Guidance meeting {day}</source>
        <translation>Handledningsmöte {day}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="361"/>
        <source>For the next guidance meeting</source>
        <translation>Till nästa handledningsmöte</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="364"/>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="365"/>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="366"/>
        <source>Prepared</source>
        <translation>Sammanställt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="367"/>
        <source>Packet id</source>
        <translation>Paket-id</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="99"/>
        <source>the packet day</source>
        <extracomment>The packet&apos;s layout version this KastDesk writes and the newest it reads (1: the case&apos;s own ids, 2: keys of the packet&apos;s own, 3: dates as how long before the packet day). On a packet in ``supervision.packets``: how many of its cases were deleted since (kastdesk.supervision.forget writes it when it takes their ids out of the list). Around a date the packet&apos;s pseudonymizer wrote as words, until :func:`_settle_dates` knows whether it stood alone (a field: bare) or in text (in brackets).</extracomment>
        <translation>samma dag som paketet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="116"/>
        <source>1 day before</source>
        <extracomment>The words for a distance from the packet day, by unit and whether it lies before it.</extracomment>
        <translation>1 dag före</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="117"/>
        <source>{n} days before</source>
        <translation>{n} dagar före</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="118"/>
        <source>{n} weeks before</source>
        <translation>{n} veckor före</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="119"/>
        <source>{n} months before</source>
        <translation>{n} månader före</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="120"/>
        <source>{n} years before</source>
        <translation>{n} år före</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="121"/>
        <source>1 day after</source>
        <translation>1 dag efter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="122"/>
        <source>{n} days after</source>
        <translation>{n} dagar efter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="123"/>
        <source>{n} weeks after</source>
        <translation>{n} veckor efter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="124"/>
        <source>{n} months after</source>
        <translation>{n} månader efter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="125"/>
        <source>{n} years after</source>
        <translation>{n} år efter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="369"/>
        <source>Pseudonymized material for supervision. Names are replaced by roles. Dates are given as how long before the day this packet was prepared: in days for the last two weeks, then in weeks, months and years. Still, treat it as confidential and destroy it after the meeting.</source>
        <translation>Pseudonymiserat material för handledning. Namn är ersatta med roller. Datum anges som hur långt före den dag paketet sammanställdes: i dagar de senaste två veckorna, sedan i veckor, månader och år. Behandla det ändå som konfidentiellt och förstör det efter mötet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="378"/>
        <source>Questions for guidance</source>
        <translation>Frågor till handledningen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="381"/>
        <source>The case</source>
        <translation>Ärendet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="382"/>
        <source>A session note</source>
        <translation>En samtalsanteckning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="383"/>
        <source>A question</source>
        <translation>En fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="388"/>
        <source>Session note {n}</source>
        <translation>Samtalsanteckning {n}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="394"/>
        <source>Note on a session not held ({day})</source>
        <translation>Anteckning om ett samtal som inte blev av ({day})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="397"/>
        <source>About</source>
        <translation>Avser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="397"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="441"/>
        <source>{name} is already there; nothing was written. Choose another folder or date.</source>
        <translation>{name} finns redan; inget skrevs. Välj en annan mapp eller ett annat datum.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="518"/>
        <source>Reading cases</source>
        <translation>Läser ärenden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="528"/>
        <source>No case has an open question for guidance.</source>
        <translation>Inget ärende har någon fråga som väntar på handledning.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="543"/>
        <source>Encrypting the packet</source>
        <translation>Krypterar paketet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="593"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="838"/>
        <source>The passphrase does not open this comments file. Type the passphrase you chose for the supervision packet it answers.</source>
        <extracomment>The supervisor&apos;s comments not saved yet, kept beside the packet while they are typed (``supervision-2026-12-10.kastdraft``), sealed with the packet&apos;s passphrase. A file of its own kind: sent by mistake, the therapist&apos;s import says it is no comments file.</extracomment>
        <translation>Lösenfrasen öppnar inte den här kommentarsfilen. Skriv lösenfrasen du valde för handledningspaketet den svarar på.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="846"/>
        <source>These comments belong to a supervision packet that was not exported from this vault.</source>
        <translation>Kommentarerna hör till ett handledningspaket som inte exporterades från det här valvet.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="13"/>
        <source>Reason for coming, in the client&apos;s own words</source>
        <translation>Anledning till kontakten, med klientens egna ord</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="14"/>
        <source>Who referred</source>
        <translation>Hänvisad av</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="15"/>
        <source>What the client wants</source>
        <translation>Vad klienten vill</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="16"/>
        <source>Risk assessment (suicidal thoughts, violence, children)</source>
        <translation>Riskbedömning (självmordstankar, våld, barn)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="17"/>
        <source>Agreements and next step</source>
        <translation>Överenskommelser och nästa steg</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="94"/>
        <source>Too short: use at least 10 characters.</source>
        <extracomment>The index&apos;s settings key naming the client whose case file is being created (see ``Vault.add_client``): set before the file exists, removed with the register row.</extracomment>
        <translation>För kort: använd minst 10 tecken.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="104"/>
        <source>Weak: a few unrelated words make a strong, memorable passphrase.</source>
        <translation>Svag: några ord som inte hör ihop ger en stark lösenfras som är lätt att komma ihåg.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="105"/>
        <source>Fair: longer is stronger.</source>
        <translation>Godtagbar: längre är starkare.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="106"/>
        <source>Good.</source>
        <translation>Bra.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="107"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="208"/>
        <source>The vault&apos;s index (index.kdb) is missing or damaged; restore the vault from the newest backup (File → Restore from backup…).</source>
        <extracomment>Called (no arguments, on the thread that writes) before every write to the index or to a case file touches the file. A write to a network folder that stops answering mid-write can hang there until the app is killed: the app keeps its sealed rescue copy of what is typed first (kastdesk.ui.rescue), on this computer. It must not write to the vault itself.</extracomment>
        <translation>Valvets index (index.kdb) saknas eller är skadat; återställ valvet från den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="280"/>
        <source>The vault&apos;s settings file (vault.json) is damaged. Restore the vault from the newest backup (File → Restore from backup…).</source>
        <translation>Valvets inställningsfil (vault.json) är skadad. Återställ valvet från den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="900"/>
        <source>A new case for a returning client is started from a case whose treatment has ended or that is closed.</source>
        <translation>Ett nytt ärende för en återkommande klient startas från ett ärende vars behandling är avslutad eller som är stängt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="905"/>
        <source>{code} already has a later case, {later}: start the new case from that one.</source>
        <translation>{code} har redan ett senare ärende, {later}: starta det nya ärendet därifrån.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="911"/>
        <source>The new first contact cannot be before the earlier case&apos;s ({date}).</source>
        <translation>Den nya första kontakten kan inte vara före det tidigare ärendets ({date}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="965"/>
        <source>Carried over from {code}, where it was raised on {date}.</source>
        <translation>Överförd från {code}, där den sattes {date}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1099"/>
        <source>KastDesk cannot reach the vault&apos;s folder just now (the memory stick or network folder with the vault may be out, or the folder moved): plug the stick back in or put the folder back where it was, then choose the client again.</source>
        <translation>KastDesk når inte valvets mapp just nu (USB-minnet eller nätverksmappen med valvet kan vara urtaget, eller mappen flyttad): sätt i USB-minnet igen eller lägg tillbaka mappen där den var, och välj sedan klienten igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1109"/>
        <location filename="../../kastdesk/store/vault.py" line="1294"/>
        <source>This client&apos;s case file is missing from the vault folder. Put it back if it was moved; else restore the vault from the newest backup (File → Restore from backup…).</source>
        <translation>Klientens ärendefil saknas i valvmappen. Lägg tillbaka den om den har flyttats; annars återställer du valvet från den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="273"/>
        <source>This vault was made by a newer KastDesk. Update KastDesk.</source>
        <translation>Valvet skapades av en nyare version av KastDesk. Uppdatera KastDesk.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="365"/>
        <source>The disk is full, so the vault was not created. Free some space and try again.</source>
        <translation>Disken är full, så valvet skapades inte. Frigör utrymme och försök igen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="429"/>
        <source>This vault has no recovery key.</source>
        <translation>Valvet har ingen återställningsnyckel.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="759"/>
        <source>There is no client with the code {code} in this vault.</source>
        <extracomment>Whether the index could not be reached at its last write (a folder moved, a stick pulled out): its connection is closed, and the next use opens it again once back. The newest vault-level audit entry the index was seen to hold (``_reopen_index``). Settings whose old and new value the audit log keeps: short, and nothing about a client. The others hold case content or ids (unfinished dialog text, names to withhold from a PDF, the packets and meetings with their clients), so their entry names the setting only.</extracomment>
        <translation>Det finns ingen klient med koden {code} i valvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1278"/>
        <source>This client&apos;s case file was replaced by an older copy while it was open, so the last change was not saved: put the newest copy of the file back in the vault&apos;s cases folder, then open the client again; Verify vault names the file.</source>
        <translation>Klientens ärendefil ersattes av en äldre kopia medan den var öppen, så den senaste ändringen sparades inte: lägg tillbaka den nyaste kopian av filen i valvets mapp cases och öppna sedan klienten igen; Kontrollera valvet anger filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="108"/>
        <location filename="../../kastdesk/store/vault.py" line="792"/>
        <source>A client needs a code.</source>
        <extracomment>No first contact with a KAST clinic is older: the first (Gothenburg) opened in 1997, Oslo&apos;s Kast in 2011. An earlier day is a typo in the year (1800 for 2008 made the register show a wait of 82,674 days, and the waiting time is what clinics are judged by), yet a client first seen in the clinic&apos;s early years and back now must still fit.</extracomment>
        <translation>En klient måste ha en kod.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/lock.py" line="36"/>
        <source>The disk is full, so the vault cannot be opened here. Free some space and try again; nothing was changed.</source>
        <translation>Disken är full, så valvet kan inte öppnas här. Frigör utrymme och försök igen; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/lock.py" line="43"/>
        <source>KastDesk cannot write in the vault&apos;s folder ({reason}). Check that the disk is connected and that you may write there.</source>
        <translation>KastDesk kan inte skriva i valvets mapp ({reason}). Kontrollera att disken är ansluten och att du får skriva där.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="127"/>
        <source>audit entry {n} is missing</source>
        <translation>logghändelse {n} saknas</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="130"/>
        <source>audit entry {n} does not follow the one before it</source>
        <translation>logghändelse {n} följer inte på den före</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="132"/>
        <source>audit entry {n} has been altered</source>
        <translation>logghändelse {n} har ändrats</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="137"/>
        <source>the newest audit entries have been removed or altered</source>
        <translation>de nyaste logghändelserna har tagits bort eller ändrats</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="93"/>
        <source>the file cannot be read: it is damaged or was changed outside KastDesk</source>
        <translation>filen kan inte läsas: den är skadad eller ändrades utanför KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/db.py" line="402"/>
        <source>parts of the file fail their check ({n} pages): it was damaged or changed outside KastDesk</source>
        <translation>delar av filen klarar inte kontrollen ({n} sidor): den skadades eller ändrades utanför KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/db.py" line="406"/>
        <source>the file&apos;s inner structure is damaged</source>
        <translation>filens inre struktur är skadad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/auditview.py" line="74"/>
        <location filename="../../kastdesk/store/vault.py" line="1343"/>
        <source>index: {problem}; restore the vault from the newest backup (File → Restore from backup…)</source>
        <translation>index: {problem}; återställ valvet från den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/auditview.py" line="106"/>
        <location filename="../../kastdesk/store/auditview.py" line="110"/>
        <location filename="../../kastdesk/store/vault.py" line="1363"/>
        <source>client {code}: {problem}</source>
        <translation>klient {code}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1371"/>
        <source>{file}: a case file the register does not list; it does not belong to this vault or was put there by hand: move it out of the cases folder</source>
        <translation>{file}: en ärendefil som registret inte listar; den hör inte till det här valvet eller lades dit för hand: flytta den ut ur mappen cases</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1400"/>
        <source>the newest audit entries the vault saw are not in the case file: it is an older copy, or they were removed; put the newest copy of {file} back (from a backup or a sync tool&apos;s conflict copy)</source>
        <translation>de nyaste logghändelserna som valvet såg finns inte i ärendefilen: den är en äldre kopia, eller så har de tagits bort; lägg tillbaka den nyaste kopian av {file} (från en säkerhetskopia eller en synktjänsts konfliktkopia)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1408"/>
        <source>{problem}; restore the vault from the newest backup (File → Restore from backup…): the vault as it is now, {file} included, is kept beside it</source>
        <translation>{problem}; återställ valvet från den senaste säkerhetskopian (Arkiv → Återställ från säkerhetskopia…): valvet som det är nu, {file} inräknad, sparas bredvid</translation>
    </message>
</context>
<context>
    <name>exercise_behaviour_in_words</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="214"/>
        <source>The behaviour in words</source>
        <translation>Sätta ord på beteendet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="215"/>
        <source>Say plainly what you have done and what led up to it, in your own words. Naming it makes it something we can look at together.</source>
        <translation>Berätta rakt ut, med dina egna ord, vad du har gjort och vad som ledde fram till det. När du sätter ord på det blir det något vi kan titta på tillsammans.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="216"/>
        <source>Not written yet</source>
        <translation>Inget skrivet ännu</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="217"/>
        <source>What did you do?</source>
        <translation>Vad gjorde du?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="218"/>
        <source>Describe it as it happened, without softening or exaggerating.</source>
        <translation>Beskriv det som det hände, utan att släta över eller överdriva.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="219"/>
        <source>What led up to it?</source>
        <translation>Vad ledde fram till det?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="220"/>
        <source>The day, the situation, what you were doing before.</source>
        <translation>Dagen, situationen, vad du gjorde innan.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="221"/>
        <source>What did you think and feel before?</source>
        <translation>Vad tänkte och kände du innan?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="222"/>
        <source>What did you think and feel afterwards?</source>
        <translation>Vad tänkte och kände du efteråt?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="223"/>
        <source>What do you want instead?</source>
        <translation>Vad vill du i stället?</translation>
    </message>
</context>
<context>
    <name>exercise_consequence_listing</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="224"/>
        <source>Consequence listing</source>
        <translation>Konsekvenslista</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="225"/>
        <source>List every consequence of buying sex you can think of, and sort them by who or what they affect.</source>
        <translation>Skriv upp alla konsekvenser av att köpa sex som du kan komma på, och sortera dem efter vem eller vad de påverkar.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="226"/>
        <source>Nothing listed yet - worth asking about</source>
        <translation>Inget uppskrivet ännu – värt att fråga om</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="227"/>
        <source>Nothing here yet</source>
        <translation>Här finns inget ännu</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="228"/>
        <source>Short term</source>
        <translation>På kort sikt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="229"/>
        <source>Long term</source>
        <translation>På lång sikt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="230"/>
        <source>Short and long term</source>
        <translation>På kort och lång sikt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="231"/>
        <source>For myself</source>
        <translation>För mig själv</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="232"/>
        <source>For a partner and my relationships</source>
        <translation>För en partner och mina relationer</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="233"/>
        <source>A partner now, a former partner, or a relationship to come.</source>
        <translation>En partner nu, en tidigare partner eller en relation längre fram.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="234"/>
        <source>For children and family</source>
        <translation>För barn och familj</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="235"/>
        <source>Money</source>
        <translation>Pengar</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="236"/>
        <source>Health and sexually transmitted infections</source>
        <translation>Hälsa och sexuellt överförbara infektioner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="237"/>
        <source>Work</source>
        <translation>Arbete</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="238"/>
        <source>The law</source>
        <translation>Lagen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="239"/>
        <source>For the person who sold sex</source>
        <translation>För personen som sålde sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="240"/>
        <source>She or he may have been trafficked or forced.</source>
        <translation>Hon eller han kan ha varit utsatt för människohandel eller tvång.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="241"/>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="242"/>
        <source>Minor</source>
        <translation>Liten</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="243"/>
        <source>Noticeable</source>
        <translation>Märkbar</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="244"/>
        <source>Serious</source>
        <translation>Allvarlig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="245"/>
        <source>Very serious</source>
        <translation>Mycket allvarlig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="246"/>
        <source>Devastating</source>
        <translation>Förödande</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/consequence_listing.py" line="109"/>
        <source>A consequence needs some words.</source>
        <translation>En konsekvens behöver några ord.</translation>
    </message>
</context>
<context>
    <name>exercise_coping_plan</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="247"/>
        <source>Coping plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="248"/>
        <source>A short card for the moment the urge comes: what you do first, then next, and whom you can call.</source>
        <translation>Ett litet kort för stunden när impulsen kommer: vad du gör först, vad du gör sedan och vem du kan ringa.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="249"/>
        <source>When the urge comes</source>
        <translation>När impulsen kommer</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="250"/>
        <source>People I can call</source>
        <translation>Personer jag kan ringa</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="251"/>
        <source>Why I want to stop</source>
        <translation>Därför vill jag sluta</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="252"/>
        <source>A card works best with a few steps; consider keeping the most useful ones.</source>
        <translation>Ett kort fungerar bäst med få steg. Behåll gärna bara dem som hjälper mest.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="253"/>
        <source>Pause and name the feeling</source>
        <translation>Stanna upp och sätt ord på känslan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="254"/>
        <source>Breathe slowly for a minute</source>
        <translation>Andas lugnt i en minut</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="255"/>
        <source>Do something soothing</source>
        <translation>Gör något som lugnar</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="256"/>
        <source>Say &quot;No!&quot; out loud</source>
        <translation>Säg ”Nej!” högt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="257"/>
        <source>Speak to myself kindly</source>
        <translation>Prata vänligt med mig själv</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="258"/>
        <source>Think of three things I am grateful for</source>
        <translation>Tänk på tre saker jag är tacksam för</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="259"/>
        <source>Call someone</source>
        <translation>Ring någon</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="260"/>
        <source>Leave the situation</source>
        <translation>Lämna situationen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="261"/>
        <source>Go for a walk or exercise</source>
        <translation>Gå en promenad eller träna</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="262"/>
        <source>My own</source>
        <translation>Mitt eget</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="263"/>
        <source>My partner</source>
        <translation>Min partner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="264"/>
        <source>A friend</source>
        <translation>En vän</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="265"/>
        <source>Someone in my family</source>
        <translation>Någon i min familj</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="266"/>
        <source>My therapist</source>
        <translation>Min terapeut</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="267"/>
        <source>A helpline</source>
        <translation>En stödlinje</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/coping_plan.py" line="113"/>
        <location filename="../../kastdesk/exercises/coping_plan.py" line="133"/>
        <source>Describe your own strategy.</source>
        <extracomment>More steps than this and the card stops being something one reads in the moment.</extracomment>
        <translation>Beskriv din egen strategi.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/coping_plan.py" line="150"/>
        <source>Say who it is (a role is enough).</source>
        <translation>Säg vem det är (en roll räcker).</translation>
    </message>
</context>
<context>
    <name>exercise_i_am_vs_i_do</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="268"/>
        <source>&quot;I am&quot; and &quot;what I do&quot;</source>
        <translation>”Jag är” och ”det jag gör”</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="269"/>
        <source>Write down what you say about yourself as a person. Then, together, rewrite each sentence so it is about what you did - actions can be wrong while you are still worth respect.</source>
        <translation>Skriv ner det du säger om dig själv som person. Skriv sedan om varje mening tillsammans, så att den handlar om det du har gjort – en handling kan vara fel, och du är ändå värd respekt.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="270"/>
        <source>I am a bad person</source>
        <translation>Jag är en dålig människa</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="271"/>
        <source>I have done something wrong</source>
        <translation>Jag har gjort något fel</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="272"/>
        <source>Still stands</source>
        <translation>Står kvar</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="273"/>
        <source>Rewritten</source>
        <translation>Omskriven</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="117"/>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="171"/>
        <source>The statement needs some words.</source>
        <translation>Påståendet behöver några ord.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="128"/>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="154"/>
        <source>The rewritten statement needs some words.</source>
        <translation>Det omskrivna påståendet behöver några ord.</translation>
    </message>
</context>
<context>
    <name>exercise_triggers_alternatives</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="274"/>
        <source>Triggers, needs and alternatives</source>
        <translation>Utlösande faktorer, behov och alternativ</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="275"/>
        <source>What comes before the urge, what does buying sex really give you, and what would you rather do to meet that need? Just saying no is not enough.</source>
        <translation>Vad kommer före impulsen, vad ger det dig egentligen att köpa sex, och vad skulle du hellre göra för att möta det behovet? Det räcker inte att bara säga nej.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="276"/>
        <source>I would rather ...</source>
        <translation>Jag vill hellre ...</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="277"/>
        <source>and I reward myself by ...</source>
        <translation>och jag belönar mig själv genom att ...</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="278"/>
        <source>No alternative yet for this need</source>
        <translation>Inget alternativ ännu för det här behovet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="279"/>
        <source>Closeness</source>
        <translation>Närhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="280"/>
        <source>Comfort</source>
        <translation>Tröst</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="281"/>
        <source>Feeling wanted or confirmed</source>
        <translation>Att känna mig önskad eller bekräftad</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="282"/>
        <source>Escape</source>
        <translation>Flykt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="283"/>
        <source>Numbing difficult feelings</source>
        <translation>Att döva svåra känslor</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="284"/>
        <source>Excitement</source>
        <translation>Spänning</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="285"/>
        <source>Feeling in control</source>
        <translation>Att känna att jag har kontroll</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="286"/>
        <source>Release of tension</source>
        <translation>Att få släppa på trycket</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="287"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="288"/>
        <source>Anxiety</source>
        <translation>Ångest</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="289"/>
        <source>Loneliness</source>
        <translation>Ensamhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="290"/>
        <source>Boredom</source>
        <translation>Tristess</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="291"/>
        <source>Anger</source>
        <translation>Ilska</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="292"/>
        <source>Shame</source>
        <translation>Skam</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="293"/>
        <source>Sadness</source>
        <translation>Ledsenhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="294"/>
        <source>Emptiness</source>
        <translation>Tomhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="295"/>
        <source>Feeling rejected</source>
        <translation>Att känna mig avvisad</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/triggers_alternatives.py" line="148"/>
        <source>The need needs a name.</source>
        <translation>Behovet behöver ett namn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/triggers_alternatives.py" line="162"/>
        <source>Describe the situation.</source>
        <translation>Beskriv situationen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/triggers_alternatives.py" line="199"/>
        <source>Describe what you would rather do.</source>
        <translation>Beskriv vad du hellre skulle göra.</translation>
    </message>
</context>
<context>
    <name>exercise_urge_log</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="296"/>
        <source>Urge log</source>
        <translation>Impulslogg</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="297"/>
        <source>Note each urge: how strong it was, what set it off and what you chose instead. If it ended in a lapse, write that down too - it is information, not a verdict.</source>
        <translation>Skriv upp varje impuls: hur stark den var, vad som utlöste den och vad du valde att göra i stället. Om det blev ett återfall, skriv upp det också – det är information, inte en dom.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="298"/>
        <source>Days since last time</source>
        <translation>Dagar sedan senaste gången</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="299"/>
        <source>since the log was started</source>
        <translation>sedan loggen påbörjades</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="300"/>
        <source>Lapse</source>
        <translation>Återfall</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="301"/>
        <source>Chose something else</source>
        <translation>Valde något annat</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="302"/>
        <source>Buying sex</source>
        <translation>Köp av sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="303"/>
        <source>Pornography</source>
        <translation>Pornografi</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="9"/>
        <source>First assessment</source>
        <translation>Första bedömning</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="11"/>
        <source>Reason for contact and target group</source>
        <translation>Anledning till kontakt och målgrupp</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="12"/>
        <source>Why did the person get in touch?</source>
        <translation>Varför tog personen kontakt?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="13"/>
        <source>Has bought sex</source>
        <translation>Har köpt sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="14"/>
        <source>Is thinking about buying sex</source>
        <translation>Funderar på att köpa sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="15"/>
        <source>Sexual behaviour feels out of control</source>
        <translation>Upplever sitt sexuella beteende som okontrollerat</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="16"/>
        <source>Partner of someone who buys sex</source>
        <translation>Partner till någon som köper sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="17"/>
        <source>Other reason</source>
        <translation>Annan anledning</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="18"/>
        <source>Has the person ever paid for sex?</source>
        <translation>Har personen någon gång betalat för sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="19"/>
        <source>Does the person belong to the service&apos;s target group?</source>
        <translation>Tillhör personen mottagningens målgrupp?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="20"/>
        <source>If not, note where the person was referred.</source>
        <translation>Om inte, anteckna vart personen hänvisades.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="21"/>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="22"/>
        <source>How did the person find the service?</source>
        <translation>Hur hittade personen till mottagningen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="23"/>
        <source>Searching the internet</source>
        <translation>Sökning på internet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="24"/>
        <source>Advert on social media</source>
        <translation>Annons i sociala medier</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="25"/>
        <source>Link on an escort website</source>
        <translation>Länk på en eskortsajt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="26"/>
        <source>News or other media</source>
        <translation>Nyheter eller andra medier</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="27"/>
        <source>Referred by the police</source>
        <translation>Hänvisad av polisen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="28"/>
        <source>Through a partner</source>
        <translation>Genom sin partner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="29"/>
        <source>Health or social services</source>
        <translation>Vården eller socialtjänsten</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="30"/>
        <source>A friend or relative</source>
        <translation>En vän eller släkting</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="31"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="32"/>
        <source>Would the person prefer a therapist of a particular gender?</source>
        <translation>Önskar personen en terapeut av ett visst kön?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="33"/>
        <source>No preference</source>
        <translation>Inget önskemål</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="34"/>
        <source>A woman</source>
        <translation>En kvinna</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="35"/>
        <source>A man</source>
        <translation>En man</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="36"/>
        <source>Background and family</source>
        <translation>Bakgrund och familj</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="37"/>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="38"/>
        <source>Under 18</source>
        <translation>Under 18</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="39"/>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="40"/>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="41"/>
        <source>35–44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="42"/>
        <source>45–54</source>
        <translation>45–54</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="43"/>
        <source>55–64</source>
        <translation>55–64</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="44"/>
        <source>65 or older</source>
        <translation>65 eller äldre</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="45"/>
        <source>Gender</source>
        <translation>Kön</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="46"/>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="47"/>
        <source>Woman</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="48"/>
        <source>Non-binary</source>
        <translation>Icke-binär</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="49"/>
        <source>Prefers not to say</source>
        <translation>Vill inte uppge</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="50"/>
        <source>Relationship status</source>
        <translation>Relationsstatus</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="51"/>
        <source>Single</source>
        <translation>Singel</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="52"/>
        <source>Partner, living together</source>
        <translation>Sambo</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="53"/>
        <source>Partner, living apart</source>
        <translation>Särbo</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="54"/>
        <source>Married</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="55"/>
        <source>Separated or divorced</source>
        <translation>Separerad eller skild</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="56"/>
        <source>Widowed</source>
        <translation>Änka eller änkling</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="57"/>
        <source>Does the partner know about the buying?</source>
        <translation>Vet partnern om att personen har köpt sex?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/forms/compare.py" line="150"/>
        <location filename="../../tools/resource_strings.py" line="58"/>
        <source>Yes</source>
        <extracomment>Values of the other forms at a point that has more than one: shown as dots only. The line runs through the last form of each point (the one the next point is compared with), so two forms of one point never draw a slope between them.</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="59"/>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <location filename="../../kastdesk/forms/compare.py" line="150"/>
        <location filename="../../tools/resource_strings.py" line="60"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="10"/>
        <source>Filled in by the therapist after the first session. The answers feed the clinic&apos;s yearly statistics.</source>
        <translation>Fylls i av terapeuten efter det första samtalet. Svaren används i mottagningens årliga statistik.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="61"/>
        <source>Does the person have children?</source>
        <translation>Har personen barn?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="62"/>
        <source>Number of children</source>
        <translation>Antal barn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="63"/>
        <source>Family situation</source>
        <translation>Familjesituation</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="64"/>
        <source>Household, family of origin, important relationships.</source>
        <translation>Hushåll, ursprungsfamilj, viktiga relationer.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="65"/>
        <source>Income</source>
        <translation>Inkomst</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="66"/>
        <source>No income</source>
        <translation>Ingen inkomst</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="67"/>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="68"/>
        <source>Middle</source>
        <translation>Medel</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="69"/>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="70"/>
        <source>Not stated</source>
        <translation>Inte angiven</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="71"/>
        <source>Main occupation</source>
        <translation>Huvudsaklig sysselsättning</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="72"/>
        <source>Employed</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="73"/>
        <source>Self-employed</source>
        <translation>Egenföretagare</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="74"/>
        <source>Student</source>
        <translation>Studerande</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="75"/>
        <source>Unemployed</source>
        <translation>Arbetslös</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="76"/>
        <source>On sick leave or disability benefit</source>
        <translation>Sjukskriven eller har sjukersättning</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="77"/>
        <source>Retired</source>
        <translation>Pensionär</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="78"/>
        <source>Social background</source>
        <translation>Social bakgrund</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="79"/>
        <source>Upbringing, education, network, anything the person finds important.</source>
        <translation>Uppväxt, utbildning, nätverk, allt som personen själv tycker är viktigt.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="80"/>
        <source>Mental health</source>
        <translation>Psykisk hälsa</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="81"/>
        <source>Which difficulties does the person describe?</source>
        <translation>Vilka svårigheter beskriver personen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="82"/>
        <source>Anxiety</source>
        <translation>Ångest</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="83"/>
        <source>Depression</source>
        <translation>Depression</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="84"/>
        <source>ADHD</source>
        <translation>ADHD</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="85"/>
        <source>Bipolar disorder</source>
        <translation>Bipolär sjukdom</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="86"/>
        <source>Sleep problems</source>
        <translation>Sömnproblem</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="87"/>
        <source>Dependence on alcohol or drugs</source>
        <translation>Beroende av alkohol eller droger</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="88"/>
        <source>None of these</source>
        <translation>Inget av detta</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="89"/>
        <source>Notes on mental health</source>
        <translation>Anteckningar om psykisk hälsa</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="90"/>
        <source>Has the person had thoughts of suicide recently?</source>
        <translation>Har personen haft självmordstankar den senaste tiden?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="91"/>
        <source>If yes, follow the clinic&apos;s crisis routine today.</source>
        <translation>Om ja: följ mottagningens krisrutin i dag.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="92"/>
        <source>Is the person in other treatment now?</source>
        <translation>Går personen i någon annan behandling just nu?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="93"/>
        <source>Pornography</source>
        <translation>Pornografi</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="94"/>
        <source>How often does the person use pornography?</source>
        <translation>Hur ofta använder personen pornografi?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="95"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="96"/>
        <source>Now and then</source>
        <translation>Då och då</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="97"/>
        <source>Often</source>
        <translation>Ofta</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="98"/>
        <source>Daily</source>
        <translation>Dagligen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="99"/>
        <source>Does the person feel dependent on pornography?</source>
        <translation>Känner sig personen beroende av pornografi?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="100"/>
        <source>About the buying of sex</source>
        <translation>Om sexköpen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="101"/>
        <source>Only asked when the person has paid for sex.</source>
        <translation>Fylls bara i om personen har betalat för sex.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="102"/>
        <source>How often has the person bought sex?</source>
        <translation>Hur ofta har personen köpt sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="103"/>
        <source>Once</source>
        <translation>En gång</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="104"/>
        <source>A few times</source>
        <translation>Några gånger</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="105"/>
        <source>About monthly</source>
        <translation>Ungefär en gång i månaden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="106"/>
        <source>About weekly</source>
        <translation>Ungefär en gång i veckan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="107"/>
        <source>More often</source>
        <translation>Oftare</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="108"/>
        <source>When did the person last buy sex?</source>
        <translation>När köpte personen sex senast?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="109"/>
        <source>Within the last month</source>
        <translation>Den senaste månaden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="110"/>
        <source>Within six months</source>
        <translation>De senaste sex månaderna</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="111"/>
        <source>Within a year</source>
        <translation>Det senaste året</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="112"/>
        <source>More than a year ago</source>
        <translation>För mer än ett år sedan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="113"/>
        <source>Whom has the person bought sex from?</source>
        <translation>Av vilka har personen köpt sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="114"/>
        <source>Women</source>
        <translation>Kvinnor</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="115"/>
        <source>Men</source>
        <translation>Män</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="116"/>
        <source>Trans persons</source>
        <translation>Transpersoner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="117"/>
        <source>Does not know</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="118"/>
        <source>Where did the buying happen?</source>
        <translation>Var har köpen skett?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="119"/>
        <source>Street</source>
        <translation>På gatan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="120"/>
        <source>Flat or apartment</source>
        <translation>I en lägenhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="121"/>
        <source>Massage parlour</source>
        <translation>På en massagesalong</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="122"/>
        <source>Through an escort website</source>
        <translation>Via en eskortsajt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="123"/>
        <source>Hotel</source>
        <translation>På hotell</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="124"/>
        <source>Abroad</source>
        <translation>Utomlands</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="125"/>
        <source>Online (webcam, chat)</source>
        <translation>På nätet (webbkamera, chatt)</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="126"/>
        <source>Where abroad, and in what situations?</source>
        <translation>Var utomlands, och i vilka situationer?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="127"/>
        <source>What tends to set off the buying?</source>
        <translation>Vad brukar utlösa köpen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="128"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="129"/>
        <source>Loneliness</source>
        <translation>Ensamhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="130"/>
        <source>Anxiety or unrest</source>
        <translation>Ångest eller oro</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="131"/>
        <source>Boredom</source>
        <translation>Tristess</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="132"/>
        <source>Alcohol or drugs</source>
        <translation>Alkohol eller droger</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="133"/>
        <source>Conflict with a partner</source>
        <translation>Konflikt med en partner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="134"/>
        <source>Partner away</source>
        <translation>Partnern är bortrest</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="135"/>
        <source>Travelling</source>
        <translation>Resor</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="136"/>
        <source>More about the triggers</source>
        <translation>Mer om vad som utlöser köpen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="137"/>
        <source>Does the person suspect that a seller was trafficked or forced?</source>
        <translation>Misstänker personen att någon som sålde sex var utsatt för människohandel eller tvång?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="138"/>
        <source>Unsure</source>
        <translation>Osäker</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="139"/>
        <source>What made the person think so?</source>
        <translation>Vad fick personen att tro det?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="140"/>
        <source>Has the person been exposed to sexually transmitted infections?</source>
        <translation>Har personen riskerat att smittas av sexuellt överförbara infektioner?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="141"/>
        <source>Has the person been tested since?</source>
        <translation>Har personen testat sig sedan dess?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="142"/>
        <source>In what way is the buying a problem for the person?</source>
        <translation>På vilket sätt är köpen ett problem för personen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="143"/>
        <source>Shame or guilt</source>
        <translation>Skam eller skuld</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="144"/>
        <source>Harms the relationship</source>
        <translation>Skadar relationen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="145"/>
        <source>Costs too much</source>
        <translation>Kostar för mycket</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="146"/>
        <source>Health worries</source>
        <translation>Oro för hälsan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="147"/>
        <source>Fear of the law</source>
        <translation>Rädsla för rättsliga följder</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="148"/>
        <source>Goes against own values</source>
        <translation>Går emot egna värderingar</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="149"/>
        <source>Feels out of control</source>
        <translation>Känns okontrollerbart</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="150"/>
        <source>In the person&apos;s own words</source>
        <translation>Med personens egna ord</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="151"/>
        <source>Does the person have someone to talk to about the buying?</source>
        <translation>Har personen någon att prata med om köpen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="152"/>
        <source>Self-rating scale</source>
        <translation>Självskattningsskala</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="153"/>
        <source>Filled in at the start, at the end and at follow-up. The questions asked at every point are the same, so the answers can be compared over time.</source>
        <translation>Fylls i när behandlingen börjar, när den avslutas och vid uppföljningen. Frågorna är desamma vid varje mätpunkt, så att svaren går att jämföra över tid.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="210"/>
        <source>Filled in at the start, at the end and at follow-up. The questions asked at every point are the same, so the answers can be compared over time. Version 2 words the question on impulse control more clearly and renames the middle step of the well-being scale.</source>
        <translation>Fylls i när behandlingen börjar, när den avslutas och vid uppföljningen. Frågorna är desamma vid varje mätpunkt, så att svaren går att jämföra över tid. Version 2 formulerar frågan om impulskontroll tydligare och byter namn på mittsteget i skalan för hur man mår.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="154"/>
        <source>Why you are here</source>
        <translation>Varför du är här</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="155"/>
        <source>What made you seek help?</source>
        <translation>Vad fick dig att söka hjälp?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="156"/>
        <source>Buying sex</source>
        <translation>Köp av sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="157"/>
        <source>Other sexual behaviour</source>
        <translation>Annat sexuellt beteende</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="158"/>
        <source>My relationship</source>
        <translation>Min relation</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="159"/>
        <source>Someone close asked me to</source>
        <translation>Någon som står mig nära bad mig söka hjälp</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="160"/>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="161"/>
        <source>In your own words</source>
        <translation>Med dina egna ord</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="162"/>
        <source>Behaviour</source>
        <translation>Beteende</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="163"/>
        <source>Which of these cause you distress?</source>
        <translation>Vilka av de här sakerna mår du dåligt av?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="164"/>
        <source>Sex clubs</source>
        <translation>Sexklubbar</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="165"/>
        <source>Sexual chat or webcam</source>
        <translation>Sexchatt eller sex via webbkamera</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="166"/>
        <source>Have you ever paid for sex?</source>
        <translation>Har du någon gång betalat för sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="167"/>
        <source>Have you paid for sex in the last twelve months?</source>
        <translation>Har du betalat för sex under de senaste tolv månaderna?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="168"/>
        <source>When did you last pay for sex? (roughly)</source>
        <translation>När betalade du för sex senast? (ungefär)</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="169"/>
        <source>During the last three months, how often did you pay for sex?</source>
        <translation>Hur ofta har du betalat för sex under de senaste tre månaderna?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="170"/>
        <source>Not in this period</source>
        <translation>Inte någon gång</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="171"/>
        <source>A few times a month</source>
        <translation>Några gånger i månaden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="172"/>
        <source>Every week</source>
        <translation>Varje vecka</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="173"/>
        <source>Nearly every day</source>
        <translation>Nästan varje dag</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="174"/>
        <source>During the last three months, how often did you watch pornography?</source>
        <translation>Hur ofta har du tittat på pornografi under de senaste tre månaderna?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="175"/>
        <source>Do you have a partner?</source>
        <translation>Har du en partner?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="176"/>
        <source>Do you have children?</source>
        <translation>Har du barn?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="177"/>
        <source>How you are doing</source>
        <translation>Hur du mår</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="178"/>
        <source>How are you doing overall these days?</source>
        <translation>Hur mår du överlag nu för tiden?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="179"/>
        <source>Very well</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="180"/>
        <source>Well</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="181"/>
        <source>So-so</source>
        <translation>Sådär</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="182"/>
        <source>Badly</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="183"/>
        <source>Very badly</source>
        <translation>Mycket dåligt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="184"/>
        <source>When unwanted sexual impulses come, can you stop yourself acting on them?</source>
        <translation>När oönskade sexuella impulser kommer, kan du då låta bli att ge efter för dem?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="185"/>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="186"/>
        <source>Mostly</source>
        <translation>För det mesta</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="187"/>
        <source>Sometimes</source>
        <translation>Ibland</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="188"/>
        <source>Rarely</source>
        <translation>Sällan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="189"/>
        <source>Do you see your sexual behaviour as harmful to you?</source>
        <translation>Upplever du att ditt sexuella beteende skadar dig?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="190"/>
        <source>Do you see your sexual thoughts as harmful to you?</source>
        <translation>Upplever du att dina sexuella tankar skadar dig?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="191"/>
        <source>Does your sexual behaviour harm your close relationships?</source>
        <translation>Skadar ditt sexuella beteende dina nära relationer?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="192"/>
        <source>How much guilt and shame do these thoughts or actions bring you?</source>
        <translation>Hur mycket skuld och skam känner du över de här tankarna eller handlingarna?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="193"/>
        <source>Not at all</source>
        <translation>Inte alls</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="194"/>
        <source>A little</source>
        <translation>Lite</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="195"/>
        <source>Quite a lot</source>
        <translation>Ganska mycket</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="196"/>
        <source>Very much</source>
        <translation>Väldigt mycket</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="197"/>
        <source>How much do they make you feel not good enough?</source>
        <translation>Hur mycket får de dig att känna dig otillräcklig?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="198"/>
        <source>How much do they hurt the way you see yourself?</source>
        <translation>Hur mycket skadar de din självbild?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="199"/>
        <source>How much do they hurt your relationships?</source>
        <translation>Hur mycket skadar de dina relationer?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="200"/>
        <source>About the treatment</source>
        <translation>Om behandlingen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="201"/>
        <source>Could you come as often and for as long as you needed?</source>
        <translation>Kunde du komma så ofta och så länge som du behövde?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="202"/>
        <source>Yes, fully</source>
        <translation>Ja, helt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="203"/>
        <source>Did you feel respected?</source>
        <translation>Kände du dig respekterad?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="204"/>
        <source>Did you feel you were met without being judged?</source>
        <translation>Kände du att du blev bemött utan att dömas?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="205"/>
        <source>Did you feel your dignity was kept?</source>
        <translation>Kände du att du blev bemött med värdighet?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="206"/>
        <source>Could you talk about difficult sexual matters?</source>
        <translation>Kunde du prata om svåra saker som rör sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="207"/>
        <source>Did you get the help you needed?</source>
        <translation>Fick du den hjälp du behövde?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="208"/>
        <source>Has the treatment helped you stop unwanted impulses?</source>
        <translation>Har behandlingen hjälpt dig att hejda oönskade impulser?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="209"/>
        <source>Have you kept from paying for sex because of the treatment?</source>
        <translation>Har du avstått från att betala för sex tack vare behandlingen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="211"/>
        <source>Neither well nor badly</source>
        <translation>Varken bra eller dåligt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="212"/>
        <source>When an unwanted sexual urge comes, how often can you keep from acting on it?</source>
        <translation>När en oönskad sexuell impuls kommer, hur ofta kan du låta bli att ge efter för den?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="213"/>
        <source>How strong have unwanted sexual urges been lately?</source>
        <translation>Hur mycket har du känt av oönskade sexuella impulser den senaste tiden?</translation>
    </message>
</context>
</TS>
