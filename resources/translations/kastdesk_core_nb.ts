<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="44"/>
        <source>Opened or read</source>
        <translation>Åpnet eller lest</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="45"/>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="46"/>
        <source>Exported or printed</source>
        <translation>Eksportert eller skrevet ut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="47"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="77"/>
        <source>Client details</source>
        <translation>Klientopplysninger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="78"/>
        <source>Sessions</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="79"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="80"/>
        <source>Risk flags</source>
        <translation>Risikoflagg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="83"/>
        <source>Family map</source>
        <translation>Familiekart</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="84"/>
        <location filename="../../kastdesk/audit/describe.py" line="419"/>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="85"/>
        <source>Forms and self-rating</source>
        <translation>Skjemaer og selvvurdering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="86"/>
        <location filename="../../kastdesk/audit/describe.py" line="87"/>
        <location filename="../../kastdesk/audit/describe.py" line="88"/>
        <location filename="../../kastdesk/audit/describe.py" line="89"/>
        <location filename="../../kastdesk/audit/describe.py" line="406"/>
        <location filename="../../kastdesk/audit/describe.py" line="407"/>
        <source>Supervision</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="90"/>
        <source>Unfinished text</source>
        <translation>Uferdig tekst</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="109"/>
        <source>Your name (audit log)</source>
        <translation>Navnet ditt (logg)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="110"/>
        <source>Lock after idle minutes</source>
        <translation>Lås etter inaktivitet (minutter)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="111"/>
        <source>Privacy mode</source>
        <translation>Personvernmodus</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="112"/>
        <source>Unfinished text kept at lock</source>
        <translation>Uferdig tekst beholdt ved låsing</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="113"/>
        <source>The list of guidance meetings</source>
        <translation>Listen over veiledningsmøter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="114"/>
        <source>The list of supervision packets</source>
        <translation>Listen over veiledningspakker</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="115"/>
        <source>Names withheld from pseudonymized exports</source>
        <translation>Navn som holdes tilbake i pseudonymiserte eksporter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="126"/>
        <source>Changed a setting: {setting}</source>
        <translation>Endret en innstilling: {setting}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="129"/>
        <source>Turned privacy mode on</source>
        <translation>Slo på personvernmodus</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="130"/>
        <source>Turned privacy mode off</source>
        <translation>Slo av personvernmodus</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="133"/>
        <source>Set the name in the audit log to “{new}”</source>
        <translation>Satte navnet i revisjonsloggen til «{new}»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="134"/>
        <source>Changed the name in the audit log from “{old}” to “{new}”</source>
        <translation>Endret navnet i revisjonsloggen fra «{old}» til «{new}»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="137"/>
        <source>Changed the idle time before locking from {old} to {new} minutes</source>
        <translation>Endret inaktiv tid før låsing fra {old} til {new} minutter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="139"/>
        <source>Changed the setting {setting} from “{old}” to “{new}”</source>
        <translation>Endret innstillingen {setting} fra «{old}» til «{new}»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="155"/>
        <source>1 failed attempt since the last unlock, on {day} at {time}</source>
        <translation>1 mislykket forsøk siden siste opplåsing, {day} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="157"/>
        <source>{n} failed attempts since the last unlock, the last on {day} at {time}</source>
        <translation>{n} mislykkede forsøk siden siste opplåsing, det siste {day} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="162"/>
        <source>({n} with the recovery key)</source>
        <translation>({n} med gjenopprettingsnøkkelen)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="169"/>
        <source>Saved a session note (1 character)</source>
        <translation>Lagret et samtalenotat (1 tegn)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="170"/>
        <source>Saved a session note ({n} characters)</source>
        <translation>Lagret et samtalenotat ({n} tegn)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="178"/>
        <source>Exported the case summary (pseudonymized, reference {reference})</source>
        <translation>Eksporterte saksoppsummeringen (pseudonymisert, referanse {reference})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="180"/>
        <source>Exported the case summary (pseudonymized)</source>
        <translation>Eksporterte saksoppsummeringen (pseudonymisert)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="182"/>
        <source>Exported the case summary (1 page)</source>
        <translation>Eksporterte saksoppsummeringen (1 side)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="183"/>
        <source>Exported the case summary ({n} pages)</source>
        <translation>Eksporterte saksoppsummeringen ({n} sider)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="189"/>
        <source>Included in a supervision packet (questions: {n})</source>
        <translation>Tatt med i en veiledningspakke (spørsmål: {n})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="193"/>
        <source>Exported a supervision packet (clients: {cases}, questions: {questions})</source>
        <translation>Eksporterte en veiledningspakke (klienter: {cases}, spørsmål: {questions})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="198"/>
        <source>Imported the supervisor&apos;s comments (attached: {attached}, left out: {skipped})</source>
        <translation>Importerte veilederens kommentarer (knyttet til sak: {attached}, utelatt: {skipped})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="205"/>
        <source>Recorded a guidance meeting on {day} (clients: {cases})</source>
        <translation>Registrerte et veiledningsmøte {day} (klienter: {cases})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="213"/>
        <source>Changed the status</source>
        <translation>Endret status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="214"/>
        <source>Changed the status to “{status}”</source>
        <translation>Endret status til «{status}»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="225"/>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="226"/>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="227"/>
        <source>first contact</source>
        <translation>første kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="228"/>
        <source>contact channel</source>
        <translation>kontaktvei</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="229"/>
        <source>referral</source>
        <translation>henvisning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="230"/>
        <source>gender</source>
        <translation>kjønn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="231"/>
        <source>age group</source>
        <translation>aldersgruppe</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="232"/>
        <source>relationship status</source>
        <translation>samlivsstatus</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="233"/>
        <source>children</source>
        <translation>barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="234"/>
        <source>preferred therapist gender</source>
        <translation>ønsket kjønn på terapeut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="235"/>
        <source>therapist</source>
        <translation>terapeut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="236"/>
        <source>follow-up date</source>
        <translation>oppfølgingsdato</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="237"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="244"/>
        <source>Changed the client&apos;s details</source>
        <translation>Endret klientopplysningene</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="246"/>
        <source>Changed the client&apos;s details: {fields}</source>
        <translation>Endret klientopplysningene: {fields}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="251"/>
        <source>Printed the coping card</source>
        <translation>Skrev ut mestringskortet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="252"/>
        <source>Printed from the case file</source>
        <translation>Skrev ut fra saksfilen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="259"/>
        <source>Export not completed: its file could not be saved</source>
        <translation>Eksporten ble ikke fullført: filen kunne ikke lagres</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="265"/>
        <source>Exported the family map as {format} (initials only)</source>
        <translation>Eksporterte familiekartet som {format} (bare initialer)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="267"/>
        <source>Exported the family map as {format}</source>
        <translation>Eksporterte familiekartet som {format}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="277"/>
        <source>Created the vault</source>
        <extracomment>Actions whose words never change with the detail: the stored name, its kind, the words.</extracomment>
        <translation>Opprettet hvelvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="278"/>
        <source>Unlocked the vault</source>
        <translation>Låste opp hvelvet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="279"/>
        <source>Changed the passphrase</source>
        <translation>Endret passordfrasen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="281"/>
        <source>Tried to change the passphrase with a wrong current one</source>
        <translation>Forsøkte å endre passordfrasen med feil nåværende passordfrase</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="283"/>
        <source>Set a new passphrase with the recovery key</source>
        <translation>Satte en ny passordfrase med gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="285"/>
        <source>Opened the case file</source>
        <translation>Åpnet saksfilen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="286"/>
        <source>Set the follow-up date</source>
        <translation>Satte oppfølgingsdatoen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="288"/>
        <source>Started a new case for a client who came back</source>
        <translation>Startet en ny sak for en klient som kom tilbake</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="289"/>
        <source>Linked the client&apos;s earlier case</source>
        <translation>Koblet til klientens tidligere sak</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="290"/>
        <source>Linked the client&apos;s new case</source>
        <translation>Koblet til klientens nye sak</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="292"/>
        <source>Copied the family map from the earlier case</source>
        <translation>Kopierte familiekartet fra den tidligere saken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="293"/>
        <source>Added a session</source>
        <translation>La til en samtale</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="294"/>
        <source>Changed a session&apos;s details</source>
        <translation>Endret opplysningene om en samtale</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="295"/>
        <source>Signed a note</source>
        <translation>Signerte et notat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="296"/>
        <source>Added an amendment to a signed note</source>
        <translation>La til et tillegg til et signert notat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="298"/>
        <source>Corrected whether a signed session was held</source>
        <translation>Rettet om en signert samtale ble gjennomført</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="299"/>
        <source>Deleted a session</source>
        <translation>Slettet en samtale</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="300"/>
        <source>Restored a deleted session</source>
        <translation>Gjenopprettet en slettet samtale</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="301"/>
        <source>Set a goal</source>
        <translation>Satte et mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="302"/>
        <source>Revised a goal</source>
        <translation>Reviderte et mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="303"/>
        <source>Marked a goal as reached</source>
        <translation>Markerte et mål som nådd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="304"/>
        <source>Dropped a goal</source>
        <translation>Forkastet et mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="305"/>
        <source>Reopened a goal</source>
        <translation>Gjenåpnet et mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="306"/>
        <source>Raised a risk flag</source>
        <translation>Satte et risikoflagg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="307"/>
        <source>Cleared a risk flag</source>
        <translation>Fjernet et risikoflagg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="308"/>
        <source>Added a question for guidance</source>
        <translation>La til et spørsmål til veiledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="309"/>
        <source>Withdrew a question for guidance</source>
        <translation>Trakk tilbake et spørsmål til veiledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="310"/>
        <source>Added a supervisor&apos;s comment</source>
        <translation>La til en kommentar fra veileder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="311"/>
        <source>Saved answers in the intake form</source>
        <translation>Lagret svar i inntaksskjemaet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="313"/>
        <source>Added a self-rating measurement point</source>
        <translation>La til et målepunkt for selvvurdering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="314"/>
        <source>Corrected self-rating answers</source>
        <translation>Rettet svar i en selvvurdering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="316"/>
        <source>Typed in a self-rating paper form</source>
        <translation>Skrev inn et selvvurderingsskjema fra papir</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="318"/>
        <source>The client filled in a self-rating scale</source>
        <translation>Klienten fylte ut en selvvurderingsskala</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="320"/>
        <source>Imported the family map from a GEDCOM file</source>
        <translation>Importerte familiekartet fra en GEDCOM-fil</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="322"/>
        <source>Kept the unfinished text of an open dialog at lock</source>
        <translation>Beholdt den uferdige teksten i en åpen dialog ved låsing</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="323"/>
        <source>Kept unfinished text</source>
        <translation>Beholdt uferdig tekst</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="324"/>
        <source>Removed kept unfinished text</source>
        <translation>Fjernet beholdt uferdig tekst</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="326"/>
        <source>Reopened a dialog with its unfinished text</source>
        <translation>Åpnet en dialog igjen med den uferdige teksten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="327"/>
        <source>Wrote down advice from guidance</source>
        <translation>Skrev ned råd fra veiledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="329"/>
        <source>Marked a question as discussed in guidance</source>
        <translation>Markerte et spørsmål som drøftet i veiledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="362"/>
        <source>Started the exercise “{title}”</source>
        <extracomment>Actions whose words take something from the detail (a count, a status, a reference).</extracomment>
        <translation>Startet øvelsen «{title}»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="364"/>
        <source>Worked on the exercise “{title}”</source>
        <translation>Arbeidet med øvelsen «{title}»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="365"/>
        <source>Worked on the exercise “{title}”: {step}</source>
        <translation>Arbeidet med øvelsen «{title}»: {step}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="379"/>
        <source>Filled with demo content</source>
        <translation>Fylt med demoinnhold</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="388"/>
        <source>Created the case file</source>
        <translation>Opprettet saksfilen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="389"/>
        <source>Added the client to the register</source>
        <translation>La klienten til i registeret</translation>
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
        <translation>Slettet klienten og saksfilen for godt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="405"/>
        <source>Recorded a guidance meeting on this case</source>
        <translation>Registrerte et veiledningsmøte om denne saken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="410"/>
        <source>Backed up the vault (clients: {n})</source>
        <translation>Tok sikkerhetskopi av hvelvet (klienter: {n})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="413"/>
        <source>Restored the vault from a backup</source>
        <translation>Gjenopprettet hvelvet fra en sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="423"/>
        <source>Changed the family map: {step}</source>
        <translation>Endret familiekartet: {step}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="431"/>
        <source>Saved: {part}</source>
        <translation>Lagret: {part}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="434"/>
        <source>Deleted: {part}</source>
        <translation>Slettet: {part}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="436"/>
        <source>Saved answers in a form</source>
        <translation>Lagret svar i et skjema</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="443"/>
        <source>Exported the audit log (1 line)</source>
        <translation>Eksporterte revisjonsloggen (1 linje)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/describe.py" line="444"/>
        <source>Exported the audit log ({n} lines)</source>
        <translation>Eksporterte revisjonsloggen ({n} linjer)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="80"/>
        <source>Checked just now: all {n} logs are complete and unaltered; every entry follows the one before it.</source>
        <translation>Kontrollert nå nettopp: alle {n} loggene er fullstendige og uendret; hver oppføring følger etter den før.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="83"/>
        <source>Checked just now: the log is complete and unaltered; every entry follows the one before it.</source>
        <translation>Kontrollert nå nettopp: loggen er fullstendig og uendret; hver oppføring følger etter den før.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="85"/>
        <source>Checked just now: the log may have been altered or damaged. Verify vault says what to do:</source>
        <translation>Kontrollert nå nettopp: loggen kan være endret eller skadet. Kontroller hvelvet sier hva du skal gjøre:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="90"/>
        <source>unknown (before unlocking)</source>
        <translation>ukjent (før opplåsing)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="138"/>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="138"/>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="138"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="139"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="139"/>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/log.py" line="139"/>
        <source>Target</source>
        <translation>Gjelder</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="200"/>
        <source>A vault already exists in {folder}. Restoring moves it to {aside} and puts the backup in its place; confirm to go on. Nothing was changed.</source>
        <translation>Det finnes allerede et hvelv i {folder}. Gjenopprettingen flytter det til {aside} og legger sikkerhetskopien på plassen; bekreft for å fortsette. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="364"/>
        <source>Clients were deleted while the backup was being made, three times over, so it was not saved; try again. Nothing was written.</source>
        <extracomment>Clients whose case file could not be copied when the backup was made (their ids). How many clients the backup&apos;s register lists; None until a key opened the index.</extracomment>
        <translation>Klienter ble slettet mens sikkerhetskopien ble laget, tre ganger på rad, så den ble ikke lagret; prøv igjen. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="456"/>
        <source>{path} is a folder; give the name of the backup file to write. Nothing was written.</source>
        <translation>{path} er en mappe; oppgi navnet på sikkerhetskopifilen som skal skrives. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="464"/>
        <source>The folder {folder} does not exist (is the USB stick plugged in?). Choose another place; nothing was written.</source>
        <translation>Mappen {folder} finnes ikke (er minnepinnen koblet til?). Velg et annet sted; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="491"/>
        <source>The backup needs about {needed} MB, and {folder} has {free} MB free. Choose a place with more room, or free some space; nothing was written.</source>
        <translation>Sikkerhetskopien trenger omtrent {needed} MB, og {folder} har {free} MB ledig. Velg et sted med mer plass, eller frigjør litt plass; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="592"/>
        <source>The vault&apos;s index (index.kdb) cannot be read, so no backup was made; keep the backups you have. Verify vault says more.</source>
        <translation>Hvelvets indeks (index.kdb) kan ikke leses, så ingen sikkerhetskopi ble laget; ta vare på sikkerhetskopiene du har. Kontroller hvelvet sier mer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="749"/>
        <source>There is no file at {path}.</source>
        <extracomment>Pages copied per step of SQLite&apos;s online backup (512 KiB of SQLCipher&apos;s 4 KiB pages). Between steps the copy lets go of the source, so a save waits for one step at most, well inside the app&apos;s busy timeout (``db.BUSY_TIMEOUT_S``). How long the copy waits before it tries a step again that a save held up (seconds). A save between two steps makes SQLite start the copy again (so the copy is of one state). Saves come every few seconds while the therapist types; a big file on a slow stick could start over for ever, so after this many fresh starts the rest is copied in one step, and a save waits for that one copy, as before.</extracomment>
        <translation>Det finnes ingen fil på {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="752"/>
        <source>{path} is a folder; choose the backup file itself.</source>
        <translation>{path} er en mappe; velg selve sikkerhetskopifilen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="756"/>
        <source>{path} cannot be read: you have no permission to read it.</source>
        <translation>{path} kan ikke leses: du har ikke tilgang til å lese den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="793"/>
        <location filename="../../kastdesk/store/backup.py" line="925"/>
        <source>This backup was made by a newer KastDesk. Update KastDesk to restore it.</source>
        <translation>Denne sikkerhetskopien ble laget av en nyere KastDesk. Oppdater KastDesk for å gjenopprette den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="948"/>
        <source>The vault in this backup has no recovery key; use its passphrase.</source>
        <translation>Hvelvet i denne sikkerhetskopien har ingen gjenopprettingsnøkkel; bruk passordfrasen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="992"/>
        <source>{folder} is a file, not a folder; give the vault&apos;s folder. Nothing was changed.</source>
        <translation>{folder} er en fil, ikke en mappe; oppgi hvelvets mappe. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1038"/>
        <source>The folder {folder} holds files that are not a KastDesk vault; choose an empty folder or the vault&apos;s own folder. Nothing was changed.</source>
        <translation>Mappen {folder} inneholder filer som ikke er et KastDesk-hvelv; velg en tom mappe eller hvelvets egen mappe. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1127"/>
        <source>The restored vault could not be opened, and the vault that was in {folder} could not be moved back; it is whole in {aside}. Move its files back into {folder}.</source>
        <translation>Det gjenopprettede hvelvet kunne ikke åpnes, og hvelvet som lå i {folder}, kunne ikke flyttes tilbake; det ligger helt i {aside}. Flytt filene tilbake til {folder}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1153"/>
        <source>Restoring this backup needs about {needed} MB of free space, and the disk of {folder} has {free} MB; free some space and try again. Nothing was changed.</source>
        <translation>Å gjenopprette denne sikkerhetskopien krever omtrent {needed} MB ledig plass, og disken der {folder} ligger, har {free} MB; frigjør litt plass og prøv igjen. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="1221"/>
        <source>The disk is full, so the backup was not restored; free some space and try again. Nothing was changed.</source>
        <translation>Disken er full, så sikkerhetskopien ble ikke gjenopprettet; frigjør litt plass og prøv igjen. Ingenting ble endret.</translation>
    </message>
</context>
<context>
    <name>Case</name>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="84"/>
        <source>held</source>
        <extracomment>The SQL condition of a session that counts: held, or still ahead and not called off. A session&apos;s attendance mid-sentence, as a correction&apos;s amendment says it (&quot;Attendance corrected: held → did not attend.&quot;).</extracomment>
        <translation>gjennomført</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="85"/>
        <source>cancelled by the client</source>
        <translation>avbestilt av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="86"/>
        <source>cancelled by the clinic</source>
        <translation>avlyst av klinikken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="87"/>
        <source>did not attend</source>
        <translation>møtte ikke</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="170"/>
        <source>A client needs a code.</source>
        <translation>En klient må ha en kode.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="439"/>
        <source>Only a signed note takes amendments; edit the draft.</source>
        <translation>Bare et signert notat kan få tillegg; rediger utkastet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="441"/>
        <source>An amendment needs some text.</source>
        <translation>Et tillegg må ha tekst.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="443"/>
        <source>Say briefly why the signed note is amended.</source>
        <translation>Skriv kort hvorfor det signerte notatet får et tillegg.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="474"/>
        <source>Only a signed session&apos;s attendance is corrected; in a draft, choose it in the session.</source>
        <translation>Bare en signert samtales oppmøte rettes; i et utkast velger du det i samtalen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="478"/>
        <source>Say briefly why the attendance is corrected.</source>
        <translation>Skriv kort hvorfor oppmøtet rettes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="480"/>
        <source>The session is already recorded that way.</source>
        <translation>Samtalen er allerede registrert slik.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="482"/>
        <source>A session still ahead cannot be marked as held; correct it once it has taken place.</source>
        <translation>En samtale som ennå ikke har funnet sted, kan ikke markeres som gjennomført; rett den når den har funnet sted.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="485"/>
        <source>Attendance corrected: {old} → {new}.</source>
        <translation>Oppmøte rettet: {old} → {new}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="519"/>
        <source>A signed session is never deleted, so never restored.</source>
        <translation>En signert samtale slettes aldri og kan derfor ikke gjenopprettes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="656"/>
        <source>A goal&apos;s date cannot be in the future.</source>
        <translation>Datoen for et mål kan ikke være i fremtiden.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="666"/>
        <location filename="../../kastdesk/store/casefile.py" line="681"/>
        <source>A goal needs some words.</source>
        <translation>Et mål må beskrives med noen ord.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="708"/>
        <source>This goal is already active.</source>
        <translation>Dette målet er allerede aktivt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="710"/>
        <source>Reopen the goal before changing it.</source>
        <translation>Gjenåpne målet før du endrer det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="717"/>
        <source>The date cannot be before {date}, when the goal last changed.</source>
        <translation>Datoen kan ikke være før {date}, da målet sist ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="911"/>
        <source>A case cannot be linked to itself.</source>
        <extracomment>The document kind that links a client&apos;s cases across courses (:class:`LinkManager`). The two links a case can have: the client&apos;s course before this one, and after it.</extracomment>
        <translation>En sak kan ikke kobles til seg selv.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../kastdesk/cli.py" line="50"/>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} er en mappe; oppgi navnet på filen som skal skrives.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="56"/>
        <location filename="../../kastdesk/cli.py" line="358"/>
        <source>{path} exists already; add --force to replace it. Nothing was written.</source>
        <translation>{path} finnes allerede; legg til --force for å erstatte den. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="66"/>
        <source>Cannot read the passphrase file {path}: there is no such file.</source>
        <translation>Kan ikke lese passordfrasefilen {path}: filen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="70"/>
        <source>Cannot read the passphrase file {path}: you have no permission to read it.</source>
        <translation>Kan ikke lese passordfrasefilen {path}: du har ikke tilgang til å lese den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="74"/>
        <source>Cannot read the passphrase file {path}: {reason}.</source>
        <translation>Kan ikke lese passordfrasefilen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="77"/>
        <source>The passphrase file {path} is not plain text; save it as UTF-8 text and try again.</source>
        <translation>Passordfrasefilen {path} er ikke ren tekst; lagre den som UTF-8-tekst og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="95"/>
        <source>Passphrase: </source>
        <translation>Passordfrase: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="107"/>
        <source>New passphrase: </source>
        <translation>Ny passordfrase: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="114"/>
        <source>No passphrase given: use --passphrase-file FILE or set {variable}.</source>
        <translation>Ingen passordfrase oppgitt: bruk --passphrase-file FIL eller sett {variable}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="120"/>
        <source>Again: </source>
        <translation>Gjenta: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="121"/>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>De to passordfrasene er ulike. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="133"/>
        <source>{path} is a file, not a folder; give a folder for the vault. Nothing was created.</source>
        <translation>{path} er en fil, ikke en mappe; oppgi en mappe for hvelvet. Ingenting ble opprettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="140"/>
        <source>{path} is a file, so no folder can be made inside it; give another folder for the vault. Nothing was created.</source>
        <translation>{path} er en fil, så ingen mappe kan lages i den; oppgi en annen mappe for hvelvet. Ingenting ble opprettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="145"/>
        <source>A folder cannot be made in {path} (no permission); give another folder for the vault. Nothing was created.</source>
        <translation>En mappe kan ikke lages i {path} (mangler tillatelse); oppgi en annen mappe for hvelvet. Ingenting ble opprettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="153"/>
        <source>Recovery key (shown once; print it or write it down and keep it safe):</source>
        <translation>Gjenopprettingsnøkkel (vises bare én gang; skriv den ut eller skriv den ned, og oppbevar den trygt):</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="157"/>
        <source>Anyone with this key and the vault folder can read the vault.</source>
        <translation>Alle som har denne nøkkelen og hvelvmappen, kan lese hvelvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="164"/>
        <source>Creating the vault (tuning the key derivation to this machine)…</source>
        <translation>Oppretter hvelvet (tilpasser nøkkelavledningen til denne maskinen)…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="168"/>
        <source>Vault created in {folder}</source>
        <translation>Hvelvet er opprettet i {folder}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="181"/>
        <source>--clients must be 1 or more. Nothing was created.</source>
        <translation>--clients må være 1 eller mer. Ingenting ble opprettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="183"/>
        <source>--sessions must be 0 or more. Nothing was created.</source>
        <translation>--sessions må være 0 eller mer. Ingenting ble opprettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="197"/>
        <source>{done}/{total} clients</source>
        <translation>{done}/{total} klienter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="209"/>
        <source>Added {n} fictional clients to {folder}</source>
        <translation>La til {n} fiktive klienter i {folder}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="221"/>
        <source>--anchor {text} is not a date; write it as YYYY-MM-DD, for example 2026-11-01. Nothing was created.</source>
        <translation>--anchor {text} er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, for eksempel 2026-11-01. Ingenting ble opprettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="240"/>
        <source>last contact {date}</source>
        <translation>siste kontakt {date}</translation>
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
        <translation>{n} problemer funnet; hver linje over sier hva du skal gjøre.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="312"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
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
        <translation>Sikkerhetskopien er lagret: {path} ({clients}, {size}). Den åpnes med hvelvets nåværende passordfrase eller med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="380"/>
        <source>The case files of {codes} could not be read, so they are not in the backup; kastdesk verify says what to do.</source>
        <translation>Saksfilene til {codes} kunne ikke leses, så de er ikke med i sikkerhetskopien; kastdesk verify sier hva du skal gjøre.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="394"/>
        <source>Backup OK: made {when}, {clients}, every file complete and intact; the recovery key opens it.</source>
        <translation>Sikkerhetskopien er i orden: laget {when}, {clients}, alle filer fullstendige og uskadde; gjenopprettingsnøkkelen åpner den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="398"/>
        <source>Backup OK: made {when}, {clients}, every file complete and intact; the passphrase opens it.</source>
        <translation>Sikkerhetskopien er i orden: laget {when}, {clients}, alle filer fullstendige og uskadde; passordfrasen åpner den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="402"/>
        <source>{n} clients&apos; case files could not be read when the backup was made, so they are not in it.</source>
        <translation>Saksfilene til {n} klienter kunne ikke leses da sikkerhetskopien ble laget, så de er ikke med i den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="417"/>
        <source>A vault already exists in {folder}; add --force to move it to {aside} and restore the backup in its place. Nothing was changed.</source>
        <translation>Det finnes allerede et hvelv i {folder}; legg til --force for å flytte det til {aside} og gjenopprette sikkerhetskopien på plassen. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="431"/>
        <source>Vault restored in {folder} from the backup made {when} ({clients}).</source>
        <translation>Hvelvet er gjenopprettet i {folder} fra sikkerhetskopien som ble laget {when} ({clients}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="435"/>
        <source>The vault that was there was moved to {aside}; nothing in it was changed or deleted.</source>
        <translation>Hvelvet som lå der, ble flyttet til {aside}; ingenting i det ble endret eller slettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="438"/>
        <source>The new passphrase is set.</source>
        <translation>Den nye passordfrasen er satt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="638"/>
        <source>unexpected error ({kind}); run again with --debug and report it.</source>
        <translation>uventet feil ({kind}); kjør på nytt med --debug og meld fra om det.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="287"/>
        <source>Vault OK: the index and {n} case files verified.</source>
        <translation>Hvelvet er i orden: indeksen og {n} saksfiler er kontrollert.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="296"/>
        <source>Passphrase changed.</source>
        <translation>Passordfrasen er endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="305"/>
        <source>Vault recovered; the new passphrase is set.</source>
        <translation>Hvelvet er gjenopprettet; den nye passordfrasen er satt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="447"/>
        <source>The KastDesk window cannot start here: {reason}.</source>
        <translation>KastDesk-vinduet kan ikke starte her: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="452"/>
        <source>There is no supervision packet at {path}.</source>
        <translation>Det finnes ingen veiledningspakke i {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="622"/>
        <source>kastdesk: interrupted; nothing half-written was kept.</source>
        <translation>kastdesk: avbrutt; ingenting halvskrevet ble beholdt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="629"/>
        <source>{path} could not be used: {reason}. Check the path and try again.</source>
        <translation>{path} kunne ikke brukes: {reason}. Kontroller stien og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="631"/>
        <source>A file could not be read or written: {reason}. Check the disk and try again.</source>
        <translation>En fil kunne ikke leses eller skrives: {reason}. Kontroller disken og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="52"/>
        <source>{path} is a folder: give the GEDCOM file in it.</source>
        <translation>{path} er en mappe: oppgi GEDCOM-filen i den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="55"/>
        <source>There is no file {path}.</source>
        <translation>Filen {path} finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="65"/>
        <source>{message} Nothing was changed.</source>
        <translation>{message} Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="74"/>
        <source>The case {code} already has a genogram; add --replace to replace it (the old one stays in the history). Nothing was changed.</source>
        <translation>Saken {code} har allerede et genogram; legg til --replace for å erstatte det (det gamle blir liggende i historikken). Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="83"/>
        <source>Imported one person into the genogram of {code}.</source>
        <translation>Importerte én person til genogrammet for {code}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="85"/>
        <source>Imported {n} persons into the genogram of {code}.</source>
        <translation>Importerte {n} personer til genogrammet for {code}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="90"/>
        <source>That is the limit of {n} persons (--max-persons): relatives further out than these were left out.</source>
        <translation>Det er grensen på {n} personer (--max-persons): slektninger lenger ut enn disse ble ikke tatt med.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="109"/>
        <source>One note on the import:</source>
        <translation>Én merknad om importen:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="111"/>
        <source>{n} notes on the import:</source>
        <translation>{n} merknader om importen:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="125"/>
        <source>The genogram of {code} is empty: there is nothing to export.</source>
        <translation>Genogrammet for {code} er tomt: det er ingenting å eksportere.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="138"/>
        <source>Exported one person to {path}.</source>
        <translation>Eksporterte én person til {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/cli.py" line="47"/>
        <location filename="../../kastdesk/cli.py" line="349"/>
        <location filename="../../kastdesk/cli.py" line="353"/>
        <source>The folder {path} does not exist.</source>
        <translation>Mappen {path} finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/cli.py" line="140"/>
        <source>Exported {n} persons to {path}.</source>
        <translation>Eksporterte {n} personer til {path}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="36"/>
        <source>Cannot read the names file {path}: there is no such file.</source>
        <translation>Kan ikke lese navnefilen {path}: filen finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="40"/>
        <source>Cannot read the names file {path}: you have no permission to read it.</source>
        <translation>Kan ikke lese navnefilen {path}: du har ikke tillatelse til å lese den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="44"/>
        <source>The names file {path} is not plain text; save it as UTF-8 text and try again.</source>
        <translation>Navnefilen {path} er ikke ren tekst; lagre den som UTF-8-tekst og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="49"/>
        <source>Cannot read the names file {path}: {reason}.</source>
        <translation>Kan ikke lese navnefilen {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="73"/>
        <source>Wrote {path} ({pages} pages, {kb} KB)</source>
        <translation>Skrev {path} ({pages} sider, {kb} KB)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="76"/>
        <source>In it, the client is {reference}; the case&apos;s audit log keeps which case that reference stands for.</source>
        <translation>I den er klienten {reference}; sakens revisjonslogg tar vare på hvilken sak referansen står for.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="95"/>
        <source>The PDF still has 1 word that may identify someone, as the app&apos;s export dialog would list it. To withhold it, write it in a UTF-8 text file and export again with that file after the option named beside it:</source>
        <translation>PDF-en inneholder fortsatt 1 ord som kan identifisere noen, slik appens eksportdialog ville listet det. For å holde det tilbake, skriv det i en UTF-8-tekstfil og eksporter på nytt med filen etter valget som står ved siden av:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="100"/>
        <source>The PDF still has {n} words that may identify someone, as the app&apos;s export dialog would list them. To withhold them, write them one a line in a UTF-8 text file and export again with that file after the option named beside each:</source>
        <translation>PDF-en inneholder fortsatt {n} ord som kan identifisere noen, slik appens eksportdialog ville listet dem. For å holde dem tilbake, skriv dem ett per linje i en UTF-8-tekstfil og eksporter på nytt med filen etter valget som står ved siden av hvert ord:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/cli.py" line="108"/>
        <source>  {word} ({times}×): {reason}; {option}</source>
        <translation>  {word} ({times}×): {reason}; {option}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="24"/>
        <source>This erases client {code} for good: the case file with every session, note, self-rating scale, family map and exercise. It cannot be undone.</source>
        <translation>Dette sletter klient {code} for godt: saksfilen med alle samtaler, notater, selvvurderinger, familiekartet og øvelsene. Det kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="28"/>
        <source>Type the client code to confirm: </source>
        <translation>Skriv klientkoden for å bekrefte: </translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="32"/>
        <source>That is not the code {code}. Nothing was deleted.</source>
        <translation>Det er ikke koden {code}. Ingenting ble slettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="38"/>
        <source>Deleting a client cannot be undone: run the command where you can type the code to confirm, or add --yes. Nothing was deleted.</source>
        <translation>Å slette en klient kan ikke angres: kjør kommandoen der du kan skrive koden for å bekrefte, eller legg til --yes. Ingenting ble slettet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="48"/>
        <source>Client {code} deleted: the case file and every reference to it are erased. The audit log keeps that it was deleted, with the code only.</source>
        <translation>Klient {code} slettet: saksfilen og alle henvisninger til den er fjernet. Revisjonsloggen beholder at den ble slettet, bare med koden.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="52"/>
        <source>Files exported from the case are not deleted with it; delete them too, wherever they are kept:</source>
        <translation>Filer som er eksportert fra saken, slettes ikke sammen med den; slett dem også, uansett hvor de oppbevares:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/cli.py" line="57"/>
        <source>An export cut short may have left a hidden copy beside them (a name that starts with a dot and ends in .tmp or .part); look in these folders too:</source>
        <translation>En avbrutt eksport kan ha etterlatt en skjult kopi ved siden av dem (et navn som begynner med punktum og slutter på .tmp eller .part); se i disse mappene også:</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="81"/>
        <source>--from must not be after --to.</source>
        <extracomment>&apos;;&apos; must be quoted in a shell (it ends the command there), so the names work too.</extracomment>
        <translation>--from kan ikke være etter --to.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="83"/>
        <source>--separator is for the CSV file; add --out FILE.</source>
        <translation>--separator gjelder CSV-filen; legg til --out FIL.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="102"/>
        <source>1 entry saved to {path}</source>
        <translation>1 oppføring lagret i {path}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="103"/>
        <source>{n} entries saved to {path}</source>
        <translation>{n} oppføringer lagret i {path}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="109"/>
        <source>1 entry shown</source>
        <translation>1 oppføring vist</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="110"/>
        <source>{n} entries shown</source>
        <translation>{n} oppføringer vist</translation>
    </message>
    <message>
        <location filename="../../kastdesk/audit/cli.py" line="112"/>
        <source>The audit log does not verify; run kastdesk verify for what to do.</source>
        <translation>Revisjonsloggen består ikke kontrollen; kjør kastdesk verify for å se hva du skal gjøre.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="129"/>
        <source>The first contact cannot be after today ({date}).</source>
        <translation>Første kontakt kan ikke være etter i dag ({date}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="132"/>
        <source>The first contact cannot be before {date}, when the first KAST clinic opened: check the year.</source>
        <translation>Første kontakt kan ikke være før {date}, da den første KAST-klinikken åpnet: kontroller årstallet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="137"/>
        <source>The first contact cannot be after the first session ({date}): the waiting time would be less than nothing.</source>
        <translation>Første kontakt kan ikke være etter første samtale ({date}): ventetiden ville blitt mindre enn ingenting.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="400"/>
        <source>A code must not identify the client, and this one looks like a personal identity number: use a code such as {example}.</source>
        <translation>En kode må ikke identifisere klienten, og denne ser ut som et fødselsnummer: bruk en kode som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="403"/>
        <source>A code must not identify the client, and this one looks like a phone number: use a code such as {example}.</source>
        <translation>En kode må ikke identifisere klienten, og denne ser ut som et telefonnummer: bruk en kode som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="406"/>
        <source>A code must not identify the client, and this one looks like an e-mail address: use a code such as {example}.</source>
        <translation>En kode må ikke identifisere klienten, og denne ser ut som en e-postadresse: bruk en kode som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="409"/>
        <source>A code must not identify the client, and this one holds the client&apos;s name: use a code such as {example}.</source>
        <translation>En kode må ikke identifisere klienten, og denne inneholder klientens navn: bruk en kode som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="412"/>
        <source>A code must not identify the client, and this one holds the client&apos;s initials and a date of birth: use a code such as {example}.</source>
        <translation>En kode må ikke identifisere klienten, og denne inneholder klientens initialer og en fødselsdato: bruk en kode som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="416"/>
        <source>A code must not identify the client, and this one looks like initials and a date of birth: use a code such as {example}.</source>
        <translation>En kode må ikke identifisere klienten, og denne ser ut som initialer og en fødselsdato: bruk en kode som {example}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/codes.py" line="419"/>
        <source>A code must not identify the client, and this one looks like a date of birth: use a code such as {example}.</source>
        <translation>En kode må ikke identifisere klienten, og denne ser ut som en fødselsdato: bruk en kode som {example}.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../kastdesk/genogram/demo.py" line="477"/>
        <source>carpenter</source>
        <extracomment>A relation&apos;s word for a man and for a woman, whichever of the two the caller named. The couple line for a card&apos;s partner now.</extracomment>
        <translation>snekker</translation>
    </message>
</context>
<context>
    <name>Genogram</name>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="101"/>
        <source>The genogram has changed; the edit cannot be applied.</source>
        <extracomment>An inverse (Undo): it puts back a map as it was, so its years are not checked again (a son born before his father in a map saved before that was refused comes back as the therapist had it, instead of the Undo of its mending being refused). What the Undo and Redo buttons say: the change and whom it is about (&quot;Birth year of {0}&quot;), with a ``{0}``, ``{1}`` for each of ``about``. ``label`` stays the generic name (&quot;Edit person&quot;) that goes into the case&apos;s audit log, which is read on the History screen and exported without regard to privacy mode: names must never go there. The persons are filled in by the editor, as names or (privacy mode) roles or initials.</extracomment>
        <translation>Genogrammet er endret; endringen kan ikke utføres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="188"/>
        <source>Add person</source>
        <translation>Legg til person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="195"/>
        <source>A person&apos;s id cannot be changed.</source>
        <translation>ID-en til en person kan ikke endres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="212"/>
        <source>Edit person</source>
        <translation>Rediger person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="307"/>
        <source>Delete person</source>
        <translation>Slett person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="320"/>
        <location filename="../../kastdesk/genogram/edits.py" line="323"/>
        <source>Set index person</source>
        <translation>Angi indeksperson</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="353"/>
        <source>Mark deceased</source>
        <translation>Marker som avdød</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="356"/>
        <source>Mark alive</source>
        <translation>Marker som levende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="369"/>
        <source>A marker needs a name.</source>
        <translation>En markør må ha et navn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="376"/>
        <source>Add marker</source>
        <translation>Legg til markør</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="393"/>
        <source>Remove marker</source>
        <translation>Fjern markør</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="402"/>
        <source>Move person</source>
        <translation>Flytt person</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="410"/>
        <source>Move persons</source>
        <translation>Flytt personer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="419"/>
        <source>Tidy up</source>
        <translation>Ordne</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="527"/>
        <source>These two persons are already a couple.</source>
        <translation>Disse to personene er allerede et par.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="544"/>
        <location filename="../../kastdesk/genogram/edits.py" line="584"/>
        <source>That couple is not in the genogram.</source>
        <translation>Det paret finnes ikke i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="588"/>
        <source>{a} and {b} have children together, and their couple line joins them to both; change the couple&apos;s kind (for example to separated or divorced) instead of deleting it.</source>
        <translation>{a} og {b} har barn sammen, og parlinjen knytter barna til dem begge; endre parets type (for eksempel til separert eller skilt) i stedet for å slette den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="632"/>
        <source>Add partner</source>
        <translation>Legg til partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="757"/>
        <source>The parents are not in the genogram.</source>
        <translation>Foreldrene finnes ikke i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="794"/>
        <location filename="../../kastdesk/genogram/edits.py" line="852"/>
        <source>Add child</source>
        <translation>Legg til barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="718"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1034"/>
        <source>That child line is not in the genogram.</source>
        <translation>Den barnelinjen finnes ikke i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="243"/>
        <location filename="../../kastdesk/genogram/edits.py" line="356"/>
        <source>Mark {0} alive</source>
        <translation>Marker {0} som levende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="247"/>
        <source>Year of death of {0}</source>
        <translation>Dødsår for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="249"/>
        <source>Age at death of {0}</source>
        <translation>Alder ved død for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="250"/>
        <location filename="../../kastdesk/genogram/edits.py" line="353"/>
        <source>Mark {0} deceased</source>
        <translation>Marker {0} som avdød</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="252"/>
        <location filename="../../kastdesk/genogram/edits.py" line="268"/>
        <source>Edit {0}</source>
        <translation>Rediger {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="255"/>
        <source>Name of {0}</source>
        <translation>Navn på {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="256"/>
        <source>Role of {0}</source>
        <translation>Rolle for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="257"/>
        <source>Sex of {0}</source>
        <translation>Kjønn for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="258"/>
        <source>Kind of {0}</source>
        <translation>Type for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="259"/>
        <source>Birth year of {0}</source>
        <translation>Fødselsår for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="260"/>
        <source>Birth date of {0}</source>
        <translation>Fødselsdato for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="261"/>
        <source>Age of {0}</source>
        <translation>Alder for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="262"/>
        <source>Occupation of {0}</source>
        <translation>Yrke for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="263"/>
        <source>Notes on {0}</source>
        <translation>Notater om {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="264"/>
        <source>Markers of {0}</source>
        <translation>Markører for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="265"/>
        <source>Other markers of {0}</source>
        <translation>Andre markører for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="266"/>
        <location filename="../../kastdesk/genogram/edits.py" line="402"/>
        <source>Move {0}</source>
        <translation>Flytt {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="307"/>
        <source>Delete {0}</source>
        <translation>Slett {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="324"/>
        <source>Make {0} the client</source>
        <translation>Gjør {0} til klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="376"/>
        <source>Add marker to {0}</source>
        <translation>Legg til markør for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="393"/>
        <source>Remove marker from {0}</source>
        <translation>Fjern markør for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="454"/>
        <source>Add couple</source>
        <translation>Legg til par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="455"/>
        <source>Add couple {0}–{1}</source>
        <translation>Legg til paret {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="505"/>
        <source>{a} and {b} cannot be a couple: {younger} descends from {elder}.</source>
        <translation>{a} og {b} kan ikke være et par: {younger} nedstammer fra {elder}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="510"/>
        <source>{a} and {b} cannot be a couple: they are full siblings.</source>
        <translation>{a} og {b} kan ikke være et par: de er helsøsken.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="553"/>
        <source>Couple {0}–{1}: {kind}</source>
        <translation>Paret {0}–{1}: {kind}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="557"/>
        <source>Couple {0}–{1}: year it began</source>
        <translation>Paret {0}–{1}: året det begynte</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="559"/>
        <source>Couple {0}–{1}: year it ended</source>
        <translation>Paret {0}–{1}: året det tok slutt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="561"/>
        <source>Edit couple {0}–{1}</source>
        <translation>Rediger paret {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="562"/>
        <source>Edit couple</source>
        <translation>Rediger par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="598"/>
        <source>Delete couple</source>
        <translation>Slett par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="599"/>
        <source>Delete couple {0}–{1}</source>
        <translation>Slett paret {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="632"/>
        <source>Add partner of {0}</source>
        <translation>Legg til partner for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="807"/>
        <source>Add pregnancy of {0}</source>
        <translation>Legg til graviditet for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="808"/>
        <source>Add miscarriage of {0}</source>
        <translation>Legg til spontanabort for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="809"/>
        <source>Add stillbirth of {0}</source>
        <translation>Legg til dødfødsel for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="812"/>
        <source>Add pregnancy of {0} and {1}</source>
        <translation>Legg til graviditet for {0} og {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="813"/>
        <source>Add miscarriage of {0} and {1}</source>
        <translation>Legg til spontanabort for {0} og {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="814"/>
        <source>Add stillbirth of {0} and {1}</source>
        <translation>Legg til dødfødsel for {0} og {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="819"/>
        <source>Add son of {0} and {1}</source>
        <translation>Legg til sønn av {0} og {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="820"/>
        <source>Add daughter of {0} and {1}</source>
        <translation>Legg til datter av {0} og {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="821"/>
        <source>Add child of {0} and {1}</source>
        <translation>Legg til barn av {0} og {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="824"/>
        <source>Add son of {0}</source>
        <translation>Legg til sønn av {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="825"/>
        <source>Add daughter of {0}</source>
        <translation>Legg til datter av {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="826"/>
        <source>Add child of {0}</source>
        <translation>Legg til barn av {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="873"/>
        <source>{child} cannot be a child of {parent}: they are a couple.</source>
        <translation>{child} kan ikke være barn av {parent}: de er et par.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="885"/>
        <source>{child} cannot be a child of {parents}: {lower} would then descend from their partner {upper}.</source>
        <translation>{child} kan ikke være barn av {parents}: da ville {lower} nedstamme fra sin partner {upper}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="925"/>
        <source>{name} cannot be their own parent.</source>
        <translation>{name} kan ikke være sin egen forelder.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="933"/>
        <source>{child} cannot be a child of {parent}: {parent} descends from {child}.</source>
        <translation>{child} kan ikke være barn av {parent}: {parent} nedstammer fra {child}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="941"/>
        <source>{child} is already a child of {parents}.</source>
        <translation>{child} er allerede barn av {parents}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="959"/>
        <source>{child} already has a biological parent, {first}: first make {first} and {second} a couple, then make the child theirs.</source>
        <translation>{child} har allerede en biologisk forelder, {first}: gjør først {first} og {second} til et par, og gjør så barnet til deres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="971"/>
        <source>{child} already has biological parents: make them an adopted or foster child of {parents} instead.</source>
        <translation>{child} har allerede biologiske foreldre: gjør personen heller til adoptiv- eller fosterbarn av {parents}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="988"/>
        <source>{child} cannot be a child of {parents}: {child} would then be a full sibling of their partner {partner}.</source>
        <translation>{child} kan ikke være barn av {parents}: da ville {child} bli helsøsken til sin partner {partner}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1022"/>
        <source>Make {0} a child of {1} and {2}</source>
        <translation>Gjør {0} til barn av {1} og {2}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1024"/>
        <source>Make {0} a child of {1}</source>
        <translation>Gjør {0} til barn av {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1026"/>
        <source>Connect child</source>
        <translation>Koble barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1066"/>
        <source>{name} cannot be number {asked} among the siblings: there are {n} places (twins share one), and the last, {n}, was kept.</source>
        <translation>{name} kan ikke være nummer {asked} blant søsknene: det er {n} plasser (tvillinger deler én), og den siste, {n}, ble beholdt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1053"/>
        <source>Birth order of {0}</source>
        <translation>Fødselsrekkefølge for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1055"/>
        <source>Child line of {0}: {kind}</source>
        <translation>Barnelinje for {0}: {kind}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1059"/>
        <source>Child line of {0}</source>
        <translation>Barnelinje for {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1061"/>
        <source>Edit child line</source>
        <translation>Rediger barnelinje</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1087"/>
        <source>Twins are two or more siblings: choose the sibling who is the twin.</source>
        <translation>Tvillinger er to eller flere søsken: velg søskenet som er tvilling.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1093"/>
        <source>Twins need parents first.</source>
        <translation>Tvillinger må ha foreldre først.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1096"/>
        <source>Twins must be children of the same parents.</source>
        <translation>Tvillinger må være barn av de samme foreldrene.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1116"/>
        <source>Mark twins</source>
        <translation>Marker som tvillinger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1117"/>
        <source>Twins {0} and {1}</source>
        <translation>Tvillingene {0} og {1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1120"/>
        <source>Mark twins identical</source>
        <translation>Merk tvillinger som eneggede</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1122"/>
        <source>Mark twins not identical</source>
        <translation>Merk tvillinger som toeggede</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1125"/>
        <source>Twins {0} and {1}: identical</source>
        <translation>Tvillingene {0} og {1}: eneggede</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1127"/>
        <source>Twins {0} and {1}: not identical</source>
        <translation>Tvillingene {0} og {1}: toeggede</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1151"/>
        <source>This person is not marked as a twin.</source>
        <translation>Personen er ikke markert som tvilling.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1172"/>
        <source>Not twins</source>
        <translation>Ikke tvillinger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1202"/>
        <source>Add parents</source>
        <translation>Legg til foreldre</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1203"/>
        <source>Add parents of {0}</source>
        <translation>Legg til foreldre til {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1248"/>
        <source>{what}, sibling of {0}</source>
        <translation>{what}, søsken av {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1252"/>
        <source>Add brother of {0}</source>
        <translation>Legg til bror av {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1253"/>
        <source>Add sister of {0}</source>
        <translation>Legg til søster av {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1254"/>
        <source>Add sibling of {0}</source>
        <translation>Legg til søsken av {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1255"/>
        <source>Add sibling</source>
        <translation>Legg til søsken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1261"/>
        <source>Add union</source>
        <extracomment>The couple&apos;s steps were named &quot;union&quot; until the panel&apos;s word (&quot;Couple&quot;) was taken: the history saved then still reads them, so the catalogues keep them.</extracomment>
        <translation>Legg til par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1262"/>
        <source>Edit union</source>
        <translation>Rediger par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1263"/>
        <source>Delete union</source>
        <translation>Slett par</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1280"/>
        <source>Use Add child for a born child.</source>
        <translation>Bruk «Legg til barn» for et barn som er født.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1332"/>
        <source>{a} and {b} already have this relationship line ({kind}).</source>
        <translation>{a} og {b} har allerede denne relasjonslinjen ({kind}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1386"/>
        <source>Delete relationship {0}–{1}</source>
        <translation>Slett relasjonen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1268"/>
        <source>Add pregnancy</source>
        <extracomment>The names of adding a child who was not born (as the history keeps them, in English).</extracomment>
        <translation>Legg til graviditet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1173"/>
        <source>Not a twin: {0}</source>
        <translation>Ikke tvilling: {0}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1269"/>
        <source>Add miscarriage</source>
        <translation>Legg til spontanabort</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1270"/>
        <source>Add stillbirth</source>
        <translation>Legg til dødfødsel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1316"/>
        <source>Add emotional relationship</source>
        <translation>Legg til følelsesmessig relasjon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1317"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1363"/>
        <source>Relationship {0}–{1}: {kind}</source>
        <translation>Relasjonen {0}–{1}: {kind}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1346"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1380"/>
        <source>That relationship line is not in the genogram.</source>
        <translation>Den relasjonslinjen finnes ikke i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1353"/>
        <source>A relationship line can only be turned round, not moved.</source>
        <translation>En relasjonslinje kan bare snus, ikke flyttes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="234"/>
        <location filename="../../kastdesk/genogram/edits.py" line="1367"/>
        <source>Note on relationship {0}–{1}</source>
        <translation>Notat om relasjonen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1369"/>
        <source>Direction of relationship {0}–{1}</source>
        <translation>Retning for relasjonen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1371"/>
        <source>Edit relationship {0}–{1}</source>
        <translation>Rediger relasjonen {0}–{1}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1373"/>
        <source>Edit emotional relationship</source>
        <translation>Rediger følelsesmessig relasjon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="1385"/>
        <source>Delete emotional relationship</source>
        <translation>Slett følelsesmessig relasjon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="152"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="158"/>
        <source>The GEDCOM file is too large to import.</source>
        <extracomment>The most an import may bring in, whatever is asked: the map is measured for 2,000 persons (bench/genogram.py); 10,000 from the command line made a case that took 4.6 GB to open.</extracomment>
        <translation>GEDCOM-filen er for stor til å importeres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="156"/>
        <source>The GEDCOM file could not be read.</source>
        <translation>GEDCOM-filen kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="286"/>
        <source>This is not a GEDCOM file.</source>
        <translation>Dette er ikke en GEDCOM-fil.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="299"/>
        <source>The GEDCOM file has too many records to import.</source>
        <translation>GEDCOM-filen har for mange poster til å importeres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="308"/>
        <source>The GEDCOM file lists a person twice.</source>
        <translation>GEDCOM-filen har samme person oppført to ganger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="312"/>
        <source>The GEDCOM file lists a family twice.</source>
        <translation>GEDCOM-filen har samme familie oppført to ganger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="274"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="329"/>
        <source>The GEDCOM file&apos;s character encoding is wrong or not supported.</source>
        <translation>Tegnkodingen i GEDCOM-filen er feil eller støttes ikke.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="304"/>
        <source>The GEDCOM file gives two of its records the same id.</source>
        <translation>GEDCOM-filen gir to av postene sine samme id.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="317"/>
        <source>The GEDCOM file lists a note twice.</source>
        <translation>GEDCOM-filen inneholder det samme notatet to ganger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="332"/>
        <source>The GEDCOM file&apos;s structure is broken.</source>
        <translation>Strukturen i GEDCOM-filen er ødelagt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="334"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1217"/>
        <source>The GEDCOM file could not be understood.</source>
        <translation>GEDCOM-filen kunne ikke tolkes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="400"/>
        <source>The GEDCOM file is incomplete (it does not end as a GEDCOM file must); it may have been cut short.</source>
        <extracomment>Lines one record may have: a long note is some hundreds; the parser slows down sharply past some hundred thousand (a 6 MB note of 500,000 lines took minutes to read).</extracomment>
        <translation>GEDCOM-filen er ufullstendig (den slutter ikke slik en GEDCOM-fil skal); den kan ha blitt avkortet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="410"/>
        <source>A record in the GEDCOM file is too long to import.</source>
        <translation>En post i GEDCOM-filen er for lang til å importeres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="534"/>
        <source>Also known as: {names}</source>
        <extracomment>The line of a person&apos;s notes that holds their other names from a GEDCOM import, as English; ``_also_known_as_line`` gives it in the language of the moment. The line&apos;s beginning in every shipped catalogue (tests/core/genogram/ test_gedcom_other_names.py checks them against the .ts files).</extracomment>
        <translation>Også kjent som: {names}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="706"/>
        <source>The GEDCOM file refers to a person or family that is not in it.</source>
        <translation>GEDCOM-filen viser til en person eller familie som ikke finnes i filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="732"/>
        <source>A family in the GEDCOM file has more than two partners.</source>
        <translation>En familie i GEDCOM-filen har mer enn to partnere.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="735"/>
        <source>The GEDCOM file has a person married to themselves.</source>
        <translation>GEDCOM-filen har en person som er gift med seg selv.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="738"/>
        <source>The GEDCOM file has a person who is a child of their own family.</source>
        <translation>GEDCOM-filen har en person som er barn i sin egen familie.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="750"/>
        <source>The GEDCOM file has a loop in its ancestry (someone is their own ancestor).</source>
        <translation>GEDCOM-filen har en sløyfe i slektslinjene (noen stammer fra seg selv).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="775"/>
        <source>The GEDCOM file has {count} persons; choose a centre person to import part of it.</source>
        <translation>GEDCOM-filen har {count} personer; velg en sentralperson for å importere en del av den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="786"/>
        <source>The chosen centre is a family in the GEDCOM file, not a person: choose a person&apos;s id (one of an INDI record, such as I12).</source>
        <translation>Den valgte midtpersonen er en familie i GEDCOM-filen, ikke en person: velg en persons id (fra en INDI-post, for eksempel I12).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="792"/>
        <source>The chosen centre person is not in the GEDCOM file.</source>
        <translation>Den valgte sentralpersonen finnes ikke i GEDCOM-filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="859"/>
        <source>The whole name in the GEDCOM file: {name}</source>
        <translation>Hele navnet i GEDCOM-filen: {name}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="942"/>
        <source>The GEDCOM file describes an impossible family: {reason}</source>
        <translation>GEDCOM-filen beskriver en umulig familie: {reason}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="946"/>
        <source>the person {xref}</source>
        <translation>personen {xref}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="984"/>
        <source>{names} were marked as twins in the file but were born more than a year apart: they came in as siblings.</source>
        <translation>{names} var merket som tvillinger i filen, men ble født mer enn ett år fra hverandre: de kom inn som søsken.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="990"/>
        <source>{names} were marked as identical twins in the file but are a man and a woman: they came in as twins, not identical.</source>
        <translation>{names} var merket som eneggede tvillinger i filen, men er en mann og en kvinne: de kom inn som tvillinger, ikke eneggede.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1027"/>
        <source>The name of {name} is {n} characters long: the map keeps the first {max} as the name and the whole name in the person&apos;s notes.</source>
        <translation>Navnet til {name} er {n} tegn langt: familiekartet beholder de første {max} som navn og hele navnet i personens notater.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1032"/>
        <source>A &quot;/&quot; in the name of {name} was read as a space: in GEDCOM, &quot;/&quot; marks the surname.</source>
        <translation>En &quot;/&quot; i navnet til {name} ble lest som et mellomrom: i GEDCOM markerer &quot;/&quot; etternavnet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1036"/>
        <source>Birth date &quot;{date}&quot; of {name} was left out: it is not a date the map can read.</source>
        <translation>Fødselsdatoen &quot;{date}&quot; for {name} ble utelatt: det er ikke en dato kartet kan lese.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1039"/>
        <source>Birth date &quot;{date}&quot; of {name} is not a real day: only the year {year} was kept.</source>
        <translation>Fødselsdatoen &quot;{date}&quot; for {name} er ikke en virkelig dag: bare året {year} ble beholdt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1044"/>
        <source>Birth date &quot;{date}&quot; of {name} is approximate: it came in as the year {year}.</source>
        <translation>Fødselsdatoen &quot;{date}&quot; for {name} er omtrentlig: den kom inn som året {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1048"/>
        <source>Death date &quot;{date}&quot; of {name} was left out: it is not a date the map can read.</source>
        <translation>Dødsdatoen &quot;{date}&quot; for {name} ble utelatt: det er ikke en dato kartet kan lese.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1052"/>
        <source>Death date &quot;{date}&quot; of {name} is approximate: it came in as the year {year}.</source>
        <translation>Dødsdatoen &quot;{date}&quot; for {name} er omtrentlig: den kom inn som året {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1056"/>
        <source>Death year {year} of {name} was left out: it is before the birth year {born}.</source>
        <translation>Dødsåret {year} for {name} ble utelatt: det er før fødselsåret {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1063"/>
        <source>Marriage date &quot;{date}&quot; of {couple} was left out: it is not a date the map can read.</source>
        <translation>Vielsesdatoen &quot;{date}&quot; for {couple} ble utelatt: det er ikke en dato kartet kan lese.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1067"/>
        <source>Divorce date &quot;{date}&quot; of {couple} was left out: it is not a date the map can read.</source>
        <translation>Skilsmissedatoen &quot;{date}&quot; for {couple} ble utelatt: det er ikke en dato kartet kan lese.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1074"/>
        <source>Marriage date &quot;{date}&quot; of {couple} is approximate: it came in as the start year {year}.</source>
        <translation>Vielsesdatoen &quot;{date}&quot; for {couple} er omtrentlig: den kom inn som startåret {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1079"/>
        <source>Divorce date &quot;{date}&quot; of {couple} is approximate: it came in as the end year {year}.</source>
        <translation>Skilsmissedatoen &quot;{date}&quot; for {couple} er omtrentlig: den kom inn som sluttåret {year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1092"/>
        <source>Birth year {year} of {name} was left out: their parent {parent} was born later, in {parent_year}.</source>
        <translation>Fødselsåret {year} for {name} ble utelatt: forelderen {parent} ble født senere, i {parent_year}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1095"/>
        <source>Expected year {year} of {name} was left out: an expected birth can be next year at the latest.</source>
        <translation>Det ventede året {year} for {name} ble utelatt: en ventet fødsel kan være neste år som senest.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1098"/>
        <source>Birth year {year} of {name} was left out: that year has not come yet.</source>
        <translation>Fødselsåret {year} for {name} ble utelatt: det året har ikke kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1100"/>
        <source>Death year {year} of {name} was left out: that year has not come yet.</source>
        <translation>Dødsåret {year} for {name} ble utelatt: det året har ikke kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1103"/>
        <source>Birth year {year} of {name} was left out: the map takes years from {first} on.</source>
        <translation>Fødselsåret {year} for {name} ble utelatt: kartet tar år fra {first} og utover.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1105"/>
        <source>Death year {year} of {name} was left out: the map takes years from {first} on.</source>
        <translation>Dødsåret {year} for {name} ble utelatt: kartet tar år fra {first} og utover.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1119"/>
        <source>Start year {start} and end year {end} of the couple {couple} were left out: {name} was born after the start, in {born}.</source>
        <translation>Startåret {start} og sluttåret {end} for paret {couple} ble utelatt: {name} ble født etter starten, i {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1125"/>
        <source>Start year {year} of the couple {couple} was left out: {name} was born later, in {born}.</source>
        <translation>Startåret {year} for paret {couple} ble utelatt: {name} ble født senere, i {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1127"/>
        <source>End year {year} of the couple {couple} was left out: {name} was born later, in {born}.</source>
        <translation>Sluttåret {year} for paret {couple} ble utelatt: {name} ble født senere, i {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1133"/>
        <source>End year {year} of the couple {couple} was left out: it is before their start year {start}.</source>
        <translation>Sluttåret {year} for paret {couple} ble utelatt: det er før startåret deres, {start}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1136"/>
        <source>Start year {year} of the couple {couple} was left out: the map takes years from {first} on.</source>
        <translation>Startåret {year} for paret {couple} ble utelatt: kartet tar år fra {first} og utover.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1138"/>
        <source>End year {year} of the couple {couple} was left out: the map takes years from {first} on.</source>
        <translation>Sluttåret {year} for paret {couple} ble utelatt: kartet tar år fra {first} og utover.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1141"/>
        <source>Start year {year} of the couple {couple} was left out: the map takes years up to {last}.</source>
        <translation>Startåret {year} for paret {couple} ble utelatt: kartet tar år til og med {last}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1143"/>
        <source>End year {year} of the couple {couple} was left out: the map takes years up to {last}.</source>
        <translation>Sluttåret {year} for paret {couple} ble utelatt: kartet tar år til og med {last}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1223"/>
        <source>Choose at least one person and zero or more generations.</source>
        <translation>Velg minst én person og null eller flere generasjoner.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1227"/>
        <source>A family map can hold at most {n} persons; choose a centre person and fewer generations.</source>
        <translation>Et familiekart kan romme høyst {n} personer; velg en midtperson og færre generasjoner.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1285"/>
        <source>Nobody on the imported map is marked as the client: in the family map, right-click the client and choose Set as index person, so that supervision material names everyone by their role.</source>
        <translation>Ingen på det importerte kartet er merket som klienten: høyreklikk på klienten i familiekartet og velg Angi som indeksperson, så veiledningsmaterialet kaller alle ved rollen deres.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1314"/>
        <source>The GEDCOM file has no persons in it.</source>
        <translation>GEDCOM-filen inneholder ingen personer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1605"/>
        <source>Emotional relationship: {kind}, {a} {arrow} {b}</source>
        <translation>Følelsesmessig relasjon: {kind}, {a} {arrow} {b}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="251"/>
        <source>That person is not in the genogram.</source>
        <extracomment>The earliest year the map takes. A genogram reaches three or four generations back from the client (great-grandparents born in the mid-1800s), and a family tree imported from a genealogy program may reach back to the first church books of the 1500s and 1600s; a year before 1500 is not a family a genogram speaks about but a typo (&quot;0&quot;, &quot;81&quot;, &quot;198&quot;), which the map drew as an age of 2026 inside the symbol. The latest year any year field takes (the panel takes four digits: a typo like 3000 is refused). A birth or a death is refused after the current year already (an expected birth next year at the latest), so this bounds a couple&apos;s years. The longest name a GEDCOM import gives a person: a name is a label under a symbol, and a file&apos;s NAME line of 200,000 characters came in whole (the panel&apos;s field itself holds up to Qt&apos;s 32,767). A longer name keeps its beginning; the import keeps the whole of it in the person&apos;s notes and says so. How much of a name a sentence about the person shows (a notice after an import, on the command line as in the app): the first this many characters and &quot;…&quot;. Kinds drawn as a small symbol (a dot, a small shape with an X), at this fraction of the symbol size: the drawing and the layout (where a child line ends) read it from here. Kinds that go from one person to the other (abuser to abused, carer to cared for). Persons of these kinds never had a life of their own: no partners, no children.</extracomment>
        <translation>Den personen finnes ikke i genogrammet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="389"/>
        <source>The saved genogram could not be read.</source>
        <translation>Det lagrede genogrammet kunne ikke leses.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="397"/>
        <source>The genogram was saved by a newer KastDesk; please update.</source>
        <translation>Genogrammet ble lagret av en nyere versjon av KastDesk; oppdater programmet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="413"/>
        <source>The saved genogram has duplicate ids.</source>
        <translation>Det lagrede genogrammet har dupliserte ID-er.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="561"/>
        <source>This person</source>
        <translation>Denne personen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="576"/>
        <source>this person</source>
        <translation>denne personen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="590"/>
        <source>{year} is too early for {name}: the map takes years from {first} on.</source>
        <translation>{year} er for tidlig for {name}: kartet tar år fra {first} og utover.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="601"/>
        <source>{name} cannot be expected in {year}: an expected birth can be next year at the latest.</source>
        <translation>{name} kan ikke være ventet i {year}: en ventet fødsel kan være neste år som senest.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="607"/>
        <source>{name} cannot be born in {year}: that year has not come yet.</source>
        <translation>{name} kan ikke være født i {year}: det året har ikke kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="611"/>
        <source>{name} cannot have died in {year}: that year has not come yet.</source>
        <translation>{name} kan ikke ha dødd i {year}: det året har ikke kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/edits.py" line="920"/>
        <location filename="../../kastdesk/genogram/gedcom.py" line="1061"/>
        <location filename="../../kastdesk/genogram/model.py" line="620"/>
        <source>{a} and {b}</source>
        <translation>{a} og {b}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="624"/>
        <source>{year} is too late for {name}: the map takes years up to {last}.</source>
        <translation>{year} er for sent for {name}: kartet tar år til og med {last}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="635"/>
        <source>{a} and {b} cannot be a couple in {year}: {name} was born in {born}.</source>
        <translation>{a} og {b} kan ikke være et par i {year}: {name} ble født i {born}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="652"/>
        <source>{child} cannot be born in {year}, before their parent {parent} (born {parent_year}).</source>
        <translation>{child} kan ikke være født i {year}, før sin forelder {parent} (født {parent_year}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="693"/>
        <source>{name} was born in {born} and cannot have died at {age}: that would be in {year} at the earliest, and that year has not come yet.</source>
        <translation>{name} ble født i {born} og kan ikke ha dødd {age} år gammel: det ville tidligst vært i {year}, og det året er ikke kommet ennå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="701"/>
        <source>{name} was born in {born} and died in {died}, which does not fit an age at death of {age}: change the age or one of the years.</source>
        <translation>{name} ble født i {born} og døde i {died}, og det stemmer ikke med en alder ved død på {age}: endre alderen eller et av årene.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="732"/>
        <source>{a} and {b} cannot be twins: they were born in {first} and {second}, more than a year apart.</source>
        <extracomment>Twins&apos; birth years differ by one at most (born either side of midnight on New Year&apos;s Eve).</extracomment>
        <translation>{a} og {b} kan ikke være tvillinger: de ble født i {first} og {second}, mer enn ett år fra hverandre.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="742"/>
        <source>{a} and {b} cannot be identical twins: identical twins are of the same sex.</source>
        <translation>{a} og {b} kan ikke være eneggede tvillinger: eneggede tvillinger har samme kjønn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="782"/>
        <source>A person has a missing or mismatched id.</source>
        <translation>En person mangler ID eller har feil ID.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="789"/>
        <source>The birth date must be a real date (year-month-day).</source>
        <translation>Fødselsdatoen må være en gyldig dato (år-måned-dag).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="792"/>
        <source>The birth date does not match the birth year.</source>
        <translation>Fødselsdatoen stemmer ikke med fødselsåret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="794"/>
        <source>A person cannot die before they were born.</source>
        <translation>En person kan ikke dø før fødselen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="796"/>
        <source>The age must be between 0 and 130.</source>
        <translation>Alderen må være mellom 0 og 130.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="798"/>
        <source>Only one person can be the index person (the client).</source>
        <translation>Bare én person kan være indeksperson (klienten).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="802"/>
        <source>A couple has a missing or duplicate id.</source>
        <translation>Et par mangler ID eller har en ID som er brukt før.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="805"/>
        <source>A couple refers to a person who does not exist.</source>
        <translation>Et par viser til en person som ikke finnes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="807"/>
        <source>A person cannot be in a couple with themselves.</source>
        <translation>En person kan ikke danne par med seg selv.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="811"/>
        <source>A pregnancy, miscarriage or stillbirth cannot have a partner.</source>
        <translation>En graviditet, spontanabort eller dødfødsel kan ikke ha en partner.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="814"/>
        <source>A couple cannot end before it began.</source>
        <translation>Et par kan ikke ta slutt før det begynte.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="819"/>
        <source>A child line has a mismatched id.</source>
        <translation>En barnelinje har feil ID.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="822"/>
        <source>A child line refers to a child who does not exist.</source>
        <translation>En barnelinje viser til et barn som ikke finnes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="826"/>
        <source>A child must hang from either a couple or one parent.</source>
        <translation>Et barn må henge under enten et par eller én forelder.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="830"/>
        <source>A child line refers to a couple that does not exist.</source>
        <translation>En barnelinje viser til et par som ikke finnes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="834"/>
        <source>A child line refers to a parent who does not exist.</source>
        <translation>En barnelinje viser til en forelder som ikke finnes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="839"/>
        <source>{name} cannot be a child of their own couple.</source>
        <translation>{name} kan ikke være barn av sitt eget par.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="846"/>
        <source>A pregnancy, miscarriage or stillbirth cannot have children.</source>
        <translation>En graviditet, spontanabort eller dødfødsel kan ikke ha barn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="849"/>
        <source>Only twins can be marked identical.</source>
        <translation>Bare tvillinger kan markeres som eneggede.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="853"/>
        <source>{name} already has biological parents.</source>
        <translation>{name} har allerede biologiske foreldre.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="861"/>
        <source>A relationship line has a mismatched id.</source>
        <translation>En relasjonslinje har feil ID.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="865"/>
        <source>A relationship line refers to a person who does not exist.</source>
        <translation>En relasjonslinje viser til en person som ikke finnes.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="868"/>
        <source>A relationship line needs two different persons.</source>
        <translation>En relasjonslinje må gå mellom to forskjellige personer.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/model.py" line="874"/>
        <source>{name} cannot be their own ancestor.</source>
        <translation>{name} kan ikke stamme fra seg selv.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/storage.py" line="92"/>
        <source>Every genogram change needs a name.</source>
        <extracomment>The formats the family map is exported in, as the audit log&apos;s action names them (&quot;Export genogram as PNG&quot;): the pictures from the editor, GEDCOM from it and the CLI.</extracomment>
        <translation>Hver endring i genogrammet må ha et navn.</translation>
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
        <translation>Mann</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="539"/>
        <source>Woman</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="540"/>
        <source>Other gender</source>
        <translation>Annet kjønn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="541"/>
        <source>Sex unknown</source>
        <translation>Ukjent kjønn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="542"/>
        <source>Index person (client)</source>
        <translation>Indeksperson (klient)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="543"/>
        <source>Deceased</source>
        <translation>Avdød</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="544"/>
        <source>Pregnancy</source>
        <translation>Graviditet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="545"/>
        <source>Miscarriage</source>
        <translation>Spontanabort</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="546"/>
        <source>Stillbirth</source>
        <translation>Dødfødsel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="547"/>
        <source>Substance abuse</source>
        <translation>Rusmisbruk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="548"/>
        <source>Suspected substance abuse</source>
        <translation>Mistanke om rusmisbruk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="549"/>
        <source>In recovery</source>
        <translation>I bedring fra rusmisbruk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="550"/>
        <source>Mental illness</source>
        <translation>Psykisk lidelse</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="551"/>
        <source>Serious physical illness</source>
        <translation>Alvorlig fysisk sykdom</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="552"/>
        <source>Mental illness and substance abuse</source>
        <translation>Psykisk lidelse og rusmisbruk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="553"/>
        <source>Trauma</source>
        <translation>Traume</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="554"/>
        <source>Married</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="555"/>
        <source>Living together</source>
        <translation>Samboere</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="556"/>
        <source>Partners living apart</source>
        <translation>Særboere</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="557"/>
        <source>Engaged</source>
        <translation>Forlovet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="558"/>
        <source>Separated</source>
        <translation>Separert</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="559"/>
        <source>Divorced</source>
        <translation>Skilt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="560"/>
        <source>Widowed</source>
        <translation>Enke/enkemann</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="561"/>
        <source>Affair</source>
        <translation>Affære</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="562"/>
        <source>Biological child</source>
        <translation>Biologisk barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="563"/>
        <source>Adopted child</source>
        <translation>Adoptert barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="564"/>
        <source>Foster child</source>
        <translation>Fosterbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="565"/>
        <source>Twins</source>
        <translation>Tvillinger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="566"/>
        <source>Identical twins</source>
        <translation>Eneggede tvillinger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="567"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="568"/>
        <source>Close</source>
        <translation>Nær</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="569"/>
        <source>Fused</source>
        <translation>Sammensmeltet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="570"/>
        <source>Distant</source>
        <translation>Distansert</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="571"/>
        <source>Conflictual</source>
        <translation>Konfliktfylt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="572"/>
        <source>Hostile</source>
        <translation>Fiendtlig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="573"/>
        <source>Close and hostile</source>
        <translation>Nær og fiendtlig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="574"/>
        <source>Cut off</source>
        <translation>Brudd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="575"/>
        <source>Cut off and repaired</source>
        <translation>Brudd, senere reparert</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="576"/>
        <source>Focused on</source>
        <translation>Fokusert på</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="577"/>
        <source>Physical abuse</source>
        <translation>Fysisk vold</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="578"/>
        <source>Sexual abuse</source>
        <translation>Seksuelle overgrep</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="579"/>
        <source>Emotional abuse</source>
        <translation>Psykisk vold</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="580"/>
        <source>Neglect</source>
        <translation>Omsorgssvikt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="581"/>
        <source>Caretaker</source>
        <translation>Omsorgsperson</translation>
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
        <translation>særbo</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="630"/>
        <source>e.</source>
        <extracomment>Abbreviation before a year on a couple line: engaged in.</extracomment>
        <translation>forl.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="633"/>
        <source>a.</source>
        <extracomment>Abbreviation before a year on a couple line: affair since.</extracomment>
        <translation>forh.</translation>
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
        <translation>e.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="702"/>
        <source>living together since (year)</source>
        <extracomment>From the children&apos;s line (the middle of the couple line) to the start of its years. How far right of the middle the years reach (&quot;m. 1975&quot;, &quot;d. 1987&quot;), in scene units. The years&apos; size in scene units (the names are 10.5).</extracomment>
        <translation>samboere siden (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="703"/>
        <source>living apart together since (year)</source>
        <translation>særboere siden (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="704"/>
        <source>engaged in (year)</source>
        <translation>forlovet (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="705"/>
        <source>affair since (year)</source>
        <translation>utroskapsforhold siden (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="706"/>
        <source>married in (year)</source>
        <translation>gift (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="708"/>
        <source>separated in (year)</source>
        <translation>separert (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="709"/>
        <source>divorced in (year)</source>
        <translation>skilt (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/symbols.py" line="710"/>
        <source>widowed in (year)</source>
        <translation>enke/enkemann (år)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="167"/>
        <source>Remove the client&apos;s name</source>
        <extracomment>What :func:`edit_client` reports when it took the name off the family map.</extracomment>
        <translation>Fjern klientens navn</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="128"/>
        <source>A passphrase of only spaces is easy to guess; use a few unrelated words instead.</source>
        <translation>En passordfrase av bare mellomrom er lett å gjette; bruk heller noen ord som ikke hører sammen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="136"/>
        <source>This passphrase repeats too few different characters to be safe; use a few unrelated words instead.</source>
        <translation>Passordfrasen gjentar for få ulike tegn til å være trygg; bruk heller noen ord som ikke hører sammen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="465"/>
        <source>The new passphrase is the same as the one you use now; choose another.</source>
        <translation>Den nye passordfrasen er den samme som den du bruker nå; velg en annen.</translation>
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
        <translation>forelder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="20"/>
        <source>son</source>
        <translation>sønn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="20"/>
        <source>daughter</source>
        <translation>datter</translation>
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
        <translation>besteforelder på farssiden</translation>
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
        <translation>besteforelder på morssiden</translation>
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
        <translation>onkel eller tante på farssiden</translation>
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
        <translation>onkel eller tante på morssiden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="45"/>
        <source>brother</source>
        <translation>bror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="45"/>
        <source>sister</source>
        <translation>søster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="45"/>
        <source>sibling</source>
        <translation>søsken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="47"/>
        <source>half-brother</source>
        <translation>halvbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="48"/>
        <source>half-sister</source>
        <translation>halvsøster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="49"/>
        <source>half-sibling</source>
        <translation>halvsøsken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="52"/>
        <source>foster brother</source>
        <translation>fosterbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="53"/>
        <source>foster sister</source>
        <translation>fostersøster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="54"/>
        <source>foster sibling</source>
        <translation>fostersøsken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="57"/>
        <source>adoptive brother</source>
        <translation>adoptivbror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="58"/>
        <source>adoptive sister</source>
        <translation>adoptivsøster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="59"/>
        <source>adoptive sibling</source>
        <translation>adoptivsøsken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="62"/>
        <source>stepfather</source>
        <translation>stefar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="63"/>
        <source>stepmother</source>
        <translation>stemor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="64"/>
        <source>step-parent</source>
        <translation>steforelder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="69"/>
        <source>father&apos;s affair partner</source>
        <extracomment>A parent&apos;s affair partner is not a step-parent: they never lived with the family. Named after the parent, since that is who the supervisor needs to place them by.</extracomment>
        <translation>fars utroskapspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="70"/>
        <source>mother&apos;s affair partner</source>
        <translation>mors utroskapspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="71"/>
        <source>parent&apos;s affair partner</source>
        <translation>forelders utroskapspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="73"/>
        <source>nephew</source>
        <translation>nevø</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="73"/>
        <source>niece</source>
        <translation>niese</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="73"/>
        <source>nibling</source>
        <translation>nevø eller niese</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="77"/>
        <source>father-in-law</source>
        <extracomment>A partner&apos;s father and mother: &quot;parent-in-law&quot; was all the map had, where the therapist (and Swedish, svärfar/svärmor) says which.</extracomment>
        <translation>svigerfar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="78"/>
        <source>mother-in-law</source>
        <translation>svigermor</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="82"/>
        <source>son-in-law</source>
        <translation>svigersønn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="83"/>
        <source>daughter-in-law</source>
        <translation>svigerdatter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="84"/>
        <source>child-in-law</source>
        <translation>svigerbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="89"/>
        <source>brother-in-law</source>
        <extracomment>A sibling&apos;s partner and a partner&apos;s sibling, as both are called (svåger, svägerska): they had no word, and privacy mode wrote their initials on the screen instead.</extracomment>
        <translation>svoger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="90"/>
        <source>sister-in-law</source>
        <translation>svigerinne</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="91"/>
        <source>sibling-in-law</source>
        <translation>svoger eller svigerinne</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="95"/>
        <source>stepbrother</source>
        <extracomment>A step-parent&apos;s child from another couple (a parent&apos;s partner&apos;s child: styvsyster).</extracomment>
        <translation>stebror</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="96"/>
        <source>stepsister</source>
        <translation>stesøster</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="97"/>
        <source>stepsibling</source>
        <translation>stesøsken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="101"/>
        <source>partner&apos;s former partner</source>
        <extracomment>The couples of the client&apos;s partner with others: named after the partner, by whether the other couple came before (or has ended), was an affair, or came after the client&apos;s ended.</extracomment>
        <translation>partnerens tidligere partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="102"/>
        <source>partner&apos;s affair partner</source>
        <translation>partnerens utroskapspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="103"/>
        <source>former partner&apos;s new partner</source>
        <translation>tidligere partners nye partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="109"/>
        <source>pregnancy</source>
        <extracomment>A pregnancy, and a pregnancy lost, is named as what it is, wherever it stands in the family: called &quot;maternal aunt 2&quot; in a supervision packet, a grandmother&apos;s miscarriage read as a living relative (and took a number from the aunts), which is wrong and may hurt.</extracomment>
        <translation>svangerskap</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="110"/>
        <source>miscarriage</source>
        <translation>spontanabort</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="111"/>
        <source>stillbirth</source>
        <translation>dødfødt barn</translation>
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
        <translation>tidligere partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="162"/>
        <source>affair partner</source>
        <translation>utroskapspartner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="164"/>
        <source>late partner</source>
        <translation>avdød partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="166"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="203"/>
        <source>cousin</source>
        <translation>søskenbarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="210"/>
        <source>grandchild</source>
        <translation>barnebarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="79"/>
        <source>parent-in-law</source>
        <translation>svigerforelder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="215"/>
        <source>stepchild</source>
        <translation>stebarn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/genogram/kinship.py" line="258"/>
        <source>relative</source>
        <translation>slektning</translation>
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
        <translation>[navn]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1929"/>
        <source>[family name]</source>
        <translation>[etternavn]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1981"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="1989"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2077"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2403"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2415"/>
        <source>[withheld]</source>
        <translation>[holdt tilbake]</translation>
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
        <translation>[brukernavn]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2483"/>
        <source>[MAC address]</source>
        <translation>[MAC-adresse]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2487"/>
        <source>[IP address]</source>
        <translation>[IP-adresse]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2488"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2489"/>
        <source>[case number]</source>
        <translation>[saksnummer]</translation>
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
        <translation>[dato]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2503"/>
        <source>[address]</source>
        <translation>[adresse]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2508"/>
        <source>[registration number]</source>
        <translation>[registreringsnummer]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2542"/>
        <source>[month]</source>
        <translation>[måned]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2550"/>
        <source>[holiday]</source>
        <translation>[helligdag]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2712"/>
        <source>[week]</source>
        <translation>[uke]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2981"/>
        <source>name or word at the start of a sentence</source>
        <translation>navn eller ord i starten av en setning</translation>
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
        <translation>[organisasjonsnummer]</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2649"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2652"/>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2655"/>
        <source>[web address]</source>
        <translation>[nettadresse]</translation>
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
        <translation>ord med stor forbokstav som ikke er erstattet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2978"/>
        <source>one letter from a known name</source>
        <translation>én bokstav fra et kjent navn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2979"/>
        <source>known name in small letters (also an everyday word)</source>
        <translation>kjent navn med liten forbokstav (også et hverdagsord)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2980"/>
        <source>word of the family map (a place or employer?)</source>
        <translation>ord fra familiekartet (et sted eller en arbeidsgiver?)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2983"/>
        <source>a name of the case or a month: check</source>
        <translation>et navn i saken eller en måned: kontroller</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2984"/>
        <source>a name of the case or a word: check</source>
        <translation>et navn i saken eller et ord: kontroller</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2985"/>
        <source>initials of someone in the case, or an abbreviation</source>
        <translation>initialer for noen i saken, eller en forkortelse</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="2986"/>
        <source>a long number: an account, an id or a phone number?</source>
        <translation>et langt nummer: et konto-, fødsels- eller telefonnummer?</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pseudonymize.py" line="3423"/>
        <source>[id number]</source>
        <translation>[fødselsnummer]</translation>
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
        <translation>En gjenopprettingsnøkkel har {groups} grupper med {size} bokstaver og sifre.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="241"/>
        <source>Group {n} of the recovery key looks mistyped.</source>
        <translation>Gruppe {n} i gjenopprettingsnøkkelen ser feilskrevet ut.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../kastdesk/report/export.py" line="223"/>
        <source>Reading the case</source>
        <extracomment>Keys whose values in a (pseudonymized) snapshot or the packet&apos;s material are ids, kinds, dates or the reference, never free text a name could hide in.</extracomment>
        <translation>Leser saken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/export.py" line="239"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="346"/>
        <source>page {page} of {total}</source>
        <extracomment>Where the landscape family map page&apos;s frame begins: a quarter of the margin wider each side than the header&apos;s rule, room for a map on one page; the text above the map keeps to the margin (``_Renderer._top_on``). A family map that fits one landscape page at this scale or larger is printed there whole (the demo&apos;s maps of about 20 persons, at about half the editor&apos;s size); a larger one gets an overview and then parts, whose names are never smaller than MIN_NAME_SIZE. No name on a family map printed in parts is set smaller than this (points). The summary already lets nothing else go below 6 pt (a table header shrinks to MIN_HEAD_FONT_SIZE); it is the smallest size commonly held legible in print (the FDA&apos;s floor for a medicine&apos;s &quot;Drug Facts&quot;), and DejaVu Sans, with its tall small letters, reads at 6 pt about as a book face does at 7. Each point more adds about a third more pages to a big map. The largest scale a part of a map printed in parts is drawn at: the editor&apos;s size, as large as a small map printed whole on one page gets (``GenogramFlowable.fit_scale``). The parts are cut at the scale that sets the smallest name at MIN_NAME_SIZE, and then each is drawn as large as its page allows up to this: cut at 6 pt and printed at 6 pt, a part of a generation or two, or of one branch, filled a third of its page. The least room round a part&apos;s map for the line that names it and its locator (points). The locator&apos;s largest size beside a part&apos;s name (points). A tag (its name grouped) or a character reference, in reportlab&apos;s markup.</extracomment>
        <translation>side {page} av {total}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="393"/>
        <location filename="../../kastdesk/report/pdf.py" line="407"/>
        <source>Confidential</source>
        <translation>Konfidensielt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="432"/>
        <source>Laying out pages</source>
        <translation>Setter opp sidene</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="890"/>
        <source>Contents</source>
        <extracomment>A part as ``_Run`` makes it: the persons it holds whole (a bit each, by their index in the boxes), whether its edges all fall between persons, the height of its generations, and its rectangle. The least height of a row&apos;s piece where a row taller than a page is split (points).</extracomment>
        <translation>Innhold</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="1234"/>
        <source>The whole family at a glance. The names are printed in the parts that follow, at a size that reads; the numbers show where each part lies.</source>
        <translation>Hele familien i et overblikk. Navnene skrives ut i delene som følger, i en størrelse som kan leses; tallene viser hvor hver del ligger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/pdf.py" line="1257"/>
        <source>Family map, part {n} of {total}</source>
        <translation>Familiekart, del {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="30"/>
        <location filename="../../kastdesk/report/summary.py" line="266"/>
        <source>First contact</source>
        <extracomment>The stored enum values the report shows (statuses, genders, channels, goal states, risk kinds...) as the words :func:`_enum` makes of them, marked so lupdate lists them; a test keeps this in step with the enums.</extracomment>
        <translation>Første kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="31"/>
        <location filename="../../kastdesk/report/summary.py" line="360"/>
        <source>Intake</source>
        <translation>Inntak</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="32"/>
        <source>In treatment</source>
        <translation>I behandling</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="33"/>
        <source>Ended</source>
        <translation>Behandling avsluttet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="34"/>
        <source>Follow up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="35"/>
        <source>Closed</source>
        <translation>Sak lukket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="36"/>
        <source>Man</source>
        <translation>Mann</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="37"/>
        <source>Woman</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="38"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="39"/>
        <source>Unknown</source>
        <translation>Ukjent</translation>
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
        <translation>Nettskjema</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="43"/>
        <source>In person</source>
        <translation>Fysisk oppmøte</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="44"/>
        <source>Own initiative</source>
        <translation>Eget initiativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="45"/>
        <source>Police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="46"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="47"/>
        <source>Website</source>
        <translation>Nettsiden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="48"/>
        <source>Health service</source>
        <translation>Helsetjenesten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="49"/>
        <source>Social services</source>
        <translation>Sosialtjenesten</translation>
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
        <translation>Partneren alene</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="53"/>
        <source>Client and partner</source>
        <translation>Klienten og partneren</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="54"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="55"/>
        <source>Set</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="56"/>
        <source>Revised</source>
        <translation>Revidert</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="57"/>
        <source>Reached</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="58"/>
        <source>Dropped</source>
        <translation>Forkastet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="59"/>
        <source>Reopened</source>
        <translation>Gjenåpnet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="60"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="61"/>
        <source>Suicidal thoughts</source>
        <translation>Selvmordstanker</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="62"/>
        <source>Violence</source>
        <translation>Vold</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="63"/>
        <source>Child at risk</source>
        <translation>Barn i fare</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="65"/>
        <source>Single</source>
        <translation>Singel</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="65"/>
        <source>Partner living together</source>
        <translation>Samboer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="65"/>
        <source>Married</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="66"/>
        <source>Partner living apart</source>
        <translation>Særbo</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="66"/>
        <source>Separated or divorced</source>
        <translation>Separert eller skilt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="67"/>
        <source>Widowed</source>
        <translation>Enke eller enkemann</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="71"/>
        <source>Held</source>
        <extracomment>Whether a session took place (``Attendance``), as the session log marks one not held.</extracomment>
        <translation>Gjennomført</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="72"/>
        <source>Cancelled by the client</source>
        <translation>Avbestilt av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="73"/>
        <source>Cancelled by the clinic</source>
        <translation>Avlyst av klinikken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="74"/>
        <source>Did not attend</source>
        <translation>Møtte ikke</translation>
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
        <translation>Klientkode</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="130"/>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="133"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="138"/>
        <source>Therapist</source>
        <translation>Terapeut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="139"/>
        <source>Exported</source>
        <translation>Eksportert</translation>
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
        <translation>Samtaler i perioden</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="145"/>
        <source>Not held</source>
        <translation>Ikke gjennomført</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="148"/>
        <source>Next session</source>
        <translation>Neste samtale</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="152"/>
        <location filename="../../kastdesk/report/summary.py" line="969"/>
        <location filename="../../kastdesk/supervision/packet.py" line="353"/>
        <source>Pseudonymized</source>
        <translation>Pseudonymisert</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="156"/>
        <source>Yes: names replaced by roles; every date moved back by the same secret number of days (one to twelve months: intervals are true, the calendar is not); the family map shows ages instead of birth years; a date a note gives from long before the first contact is not given exactly.</source>
        <translation>Ja: navn erstattet med roller; alle datoer flyttet like mange hemmelige dager bakover (én til tolv måneder: intervallene stemmer, kalenderen gjør det ikke); familiekartet viser alder i stedet for fødselsår; en dato et notat oppgir fra lenge før første kontakt, gis ikke nøyaktig.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="166"/>
        <source>Confidential. This summary contains sensitive personal data about a client in treatment, possibly including admissions of crimes, sexual history and details about family members. Keep it only where the client&apos;s file is kept, share it only with those who need it for the client&apos;s care, and destroy it when it is no longer needed.</source>
        <translation>Konfidensielt. Denne oppsummeringen inneholder sensitive personopplysninger om en klient i behandling, muligens også innrømmelser av straffbare handlinger, seksuell historikk og opplysninger om familiemedlemmer. Oppbevar den bare der klientens journal oppbevares, del den bare med dem som trenger den i behandlingen av klienten, og makuler den når den ikke lenger trengs.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="174"/>
        <source>Case summary</source>
        <translation>Saksoppsummering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="197"/>
        <source>⚠ Active risk: {kind} (raised {day})</source>
        <extracomment>The paragraph styles of an active risk flag on the cover: red for the severe risks, amber for another, as the app&apos;s banner colours them.</extracomment>
        <translation>⚠ Aktiv risiko: {kind} (flagget {day})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="235"/>
        <source>1 did not attend</source>
        <translation>1 møtte ikke</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="235"/>
        <source>{n} did not attend</source>
        <translation>{n} møtte ikke</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="236"/>
        <source>1 cancelled by the client</source>
        <translation>1 avbestilt av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="237"/>
        <source>{n} cancelled by the client</source>
        <translation>{n} avbestilt av klienten</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="238"/>
        <source>1 cancelled by the clinic</source>
        <translation>1 avlyst av klinikken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="239"/>
        <source>{n} cancelled by the clinic</source>
        <translation>{n} avlyst av klinikken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="260"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="261"/>
        <source>Age group</source>
        <translation>Aldersgruppe</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="262"/>
        <source>Relationship status</source>
        <translation>Samlivsstatus</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="263"/>
        <source>Children</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="264"/>
        <source>Came through</source>
        <translation>Kom til oss gjennom</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="265"/>
        <source>First contact by</source>
        <translation>Første kontakt via</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="267"/>
        <source>First session</source>
        <translation>Første samtale</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="268"/>
        <source>Waiting time</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="269"/>
        <source>Preferred therapist gender</source>
        <translation>Ønsket kjønn på terapeut</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="271"/>
        <source>Follow-up due</source>
        <translation>Oppfølging planlagt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="280"/>
        <source>{day} (overdue)</source>
        <translation>{day} (forsinket)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="282"/>
        <source>{day} (passed; the case is closed)</source>
        <translation>{day} (passert; saken er lukket)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="291"/>
        <location filename="../../kastdesk/report/summary.py" line="546"/>
        <source>the export day</source>
        <translation>eksportdagen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="301"/>
        <source>still waiting, no session held yet</source>
        <translation>venter fortsatt, ingen samtale holdt ennå</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="303"/>
        <source>1 day so far</source>
        <translation>1 dag så langt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="304"/>
        <source>{n} days so far</source>
        <translation>{n} dager så langt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="305"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="305"/>
        <source>{n} days</source>
        <translation>{n} dager</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="314"/>
        <source>Earlier case</source>
        <translation>Tidligere sak</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="315"/>
        <source>Later case</source>
        <translation>Senere sak</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="317"/>
        <source>yes (code withheld)</source>
        <translation>ja (koden holdes tilbake)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="323"/>
        <location filename="../../kastdesk/report/summary.py" line="949"/>
        <source>Client profile and intake</source>
        <translation>Klientprofil og inntak</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="327"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="350"/>
        <source>Course of the case</source>
        <translation>Saksforløp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="353"/>
        <location filename="../../kastdesk/report/summary.py" line="396"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="353"/>
        <location filename="../../kastdesk/report/summary.py" line="399"/>
        <location filename="../../kastdesk/report/summary.py" line="936"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="363"/>
        <source>Standardized intake form, answered {day}.</source>
        <translation>Standardisert inntaksskjema, besvart {day}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="371"/>
        <location filename="../../kastdesk/report/summary.py" line="724"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
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
        <translation>Mål og målhistorikk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="382"/>
        <source>No goals have been set.</source>
        <translation>Ingen mål er satt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="390"/>
        <source>Original goal: {text}</source>
        <translation>Opprinnelig mål: {text}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="397"/>
        <source>Event</source>
        <translation>Hendelse</translation>
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
        <translation>Familiekart (genogram)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="428"/>
        <source>No family map has been drawn.</source>
        <translation>Det er ikke tegnet noe familiekart.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="431"/>
        <source>{n} persons, drawn with the same layout as in the editor.</source>
        <translation>{n} personer, tegnet med samme oppsett som i redigeringsvinduet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="435"/>
        <source>Names are replaced by each person&apos;s role relative to the client.</source>
        <translation>Navnene er erstattet med hver persons rolle i forhold til klienten.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="439"/>
        <source>Legend</source>
        <translation>Tegnforklaring</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="453"/>
        <source>(nothing listed yet)</source>
        <translation>(ingenting skrevet opp ennå)</translation>
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
        <translation>Alvorlighet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="465"/>
        <source>Term</source>
        <translation>Sikt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="475"/>
        <source>Areas still empty: {areas}.</source>
        <translation>Områder som fortsatt er tomme: {areas}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="483"/>
        <source>(not yet rewritten)</source>
        <translation>(ikke omskrevet ennå)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="487"/>
        <source>“I am …”</source>
        <translation>«Jeg er …»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="487"/>
        <source>“What I do …”</source>
        <translation>«Det jeg gjør …»</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="499"/>
        <source>Situation</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="500"/>
        <source>Feelings</source>
        <translation>Følelser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="501"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="502"/>
        <source>Alternatives</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="509"/>
        <source>Alternatives and rewards</source>
        <translation>Alternativer og belønninger</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="513"/>
        <source>Alternative</source>
        <translation>Alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="514"/>
        <source>Reward</source>
        <translation>Belønning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="515"/>
        <source>Meets the need</source>
        <translation>Dekker behovet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="527"/>
        <source>Needs without an alternative yet: {needs}.</source>
        <translation>Behov uten alternativ ennå: {needs}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="536"/>
        <source>Urges logged</source>
        <translation>Registrerte impulser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="538"/>
        <location filename="../../kastdesk/report/summary.py" line="570"/>
        <source>Alternative chosen</source>
        <translation>Valgte et alternativ</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="542"/>
        <location filename="../../kastdesk/report/summary.py" line="573"/>
        <source>Lapses</source>
        <translation>Tilbakefall</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="551"/>
        <source>{days} days since last lapse, longest streak {longest} days</source>
        <translation>{days} dager siden siste tilbakefall, lengste periode {longest} dager</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="553"/>
        <source>{days} days since the last lapse as of {day}; longest streak {longest} days</source>
        <translation>{days} dager siden siste tilbakefall per {day}; lengste periode {longest} dager</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="556"/>
        <source>No lapse in the {days} days since the log began, as of {day}</source>
        <translation>Ingen tilbakefall i de {days} dagene siden loggen begynte, per {day}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="565"/>
        <source>Urges per week</source>
        <translation>Impulser per uke</translation>
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
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="593"/>
        <source>Who to call</source>
        <translation>Hvem jeg kan ringe</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="593"/>
        <source>How to reach</source>
        <translation>Slik når jeg dem</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="602"/>
        <source>(not answered yet)</source>
        <translation>(ikke besvart ennå)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="607"/>
        <source>This exercise has no printed form yet.</source>
        <translation>Denne øvelsen har ingen utskriftsversjon ennå.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="611"/>
        <location filename="../../kastdesk/report/summary.py" line="953"/>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="614"/>
        <source>No exercise has been started.</source>
        <translation>Ingen øvelser er startet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="663"/>
        <source>Follow-up, {n} months</source>
        <translation>Oppfølging, {n} måneder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="665"/>
        <source>{point}, form {n}</source>
        <translation>{point}, skjema {n}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="667"/>
        <source>{point} (late, not compared)</source>
        <translation>{point} (sent, sammenlignes ikke)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="669"/>
        <source>{point} (not finished)</source>
        <translation>{point} (ikke ferdig)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="693"/>
        <location filename="../../kastdesk/report/summary.py" line="717"/>
        <location filename="../../kastdesk/report/summary.py" line="954"/>
        <source>Self-rating scale</source>
        <extracomment>Rows of the self-rating table kept together at each side of a page break.</extracomment>
        <translation>Selvvurderingsskala</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="702"/>
        <source>{section}: change over time (100 = best possible answer)</source>
        <translation>{section}: endring over tid (100 = best mulige svar)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="705"/>
        <source>{section}, part {part} of {parts}: change over time (100 = best possible answer)</source>
        <translation>{section}, del {part} av {parts}: endring over tid (100 = best mulige svar)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="720"/>
        <source>The self-rating scale has not been filled in.</source>
        <translation>Selvvurderingsskalaen er ikke fylt ut.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="743"/>
        <source>Answers at each measurement point side by side; ▲ better and ▼ worse than at the point before.</source>
        <translation>Svarene ved hvert målepunkt side om side; ▲ bedre og ▼ verre enn ved forrige målepunkt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="752"/>
        <source>A form marked late was filled in after the next measurement point&apos;s day; it is not compared with the other points.</source>
        <translation>Et skjema merket sent ble fylt ut etter neste målepunkts dato; det sammenlignes ikke med de andre målepunktene.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="756"/>
        <source>A form marked not finished was left with questions that need an answer blank; the answers given are shown.</source>
        <translation>Et skjema merket ikke ferdig ble levert med tomme spørsmål som må besvares; svarene som ble gitt vises.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="689"/>
        <source>Change over time (100 = best possible answer)</source>
        <extracomment>The most lines one self-rating chart draws: more and the lines and the key&apos;s colours, dashes and markers can no longer be told apart.</extracomment>
        <translation>Endring over tid (100 = best mulige svar)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="788"/>
        <location filename="../../kastdesk/report/summary.py" line="955"/>
        <source>Session log</source>
        <translation>Samtalelogg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="792"/>
        <source>No sessions in this period.</source>
        <translation>Ingen samtaler i denne perioden.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="802"/>
        <source>1 session,</source>
        <translation>1 samtale,</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="803"/>
        <source>{n} sessions,</source>
        <translation>{n} samtaler,</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="804"/>
        <source>1 with a signed note.</source>
        <translation>1 med signert notat.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="805"/>
        <source>{n} with signed notes.</source>
        <translation>{n} med signerte notater.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="806"/>
        <source>Not held: {counts}.</source>
        <translation>Ikke gjennomført: {counts}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="808"/>
        <source>Amendments are shown beneath the note they amend; signed notes are never changed.</source>
        <translation>Tillegg vises under notatet de hører til; signerte notater endres aldri.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="821"/>
        <source>{attendance} · {when} · {modality}</source>
        <translation>{attendance} · {when} · {modality}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="833"/>
        <source>Session {n} · {when} · {minutes} min · {modality} · {present}</source>
        <translation>Samtale {n} · {when} · {minutes} min · {modality} · {present}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="851"/>
        <source>Topics: {topics}</source>
        <translation>Temaer: {topics}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="858"/>
        <source>(no note)</source>
        <translation>(ikke noe notat)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="863"/>
        <source>✓ Signed {at} by {by}</source>
        <translation>✓ Signert {at} av {by}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="872"/>
        <source>Draft, not signed</source>
        <translation>Utkast, ikke signert</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="877"/>
        <source>Amendment {at} by {by} ({reason}):
{text}</source>
        <translation>Tillegg {at} av {by} ({reason}):
{text}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="903"/>
        <source>Planned (not held yet): {sessions}</source>
        <translation>Planlagt (ikke holdt ennå): {sessions}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="910"/>
        <location filename="../../kastdesk/report/summary.py" line="951"/>
        <source>Risk flags</source>
        <translation>Risikoflagg</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="912"/>
        <source>Risk flags: 1 active</source>
        <translation>Risikoflagg: 1 aktivt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="913"/>
        <source>Risk flags: {n} active</source>
        <translation>Risikoflagg: {n} aktive</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="917"/>
        <source>No risk flags have been raised.</source>
        <translation>Ingen risikoflagg er satt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="927"/>
        <source>Cleared {at}</source>
        <translation>Fjernet {at}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="935"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="937"/>
        <source>Raised</source>
        <translation>Flagget</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="938"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="948"/>
        <source>Cover</source>
        <translation>Forside</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="967"/>
        <source>KastDesk case summary</source>
        <translation>Saksoppsummering fra KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="968"/>
        <source>Case {code} · case summary</source>
        <translation>Sak {code} · saksoppsummering</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="399"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="399"/>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="400"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../kastdesk/report/snapshot.py" line="470"/>
        <source>case-summary</source>
        <extracomment>The action the case&apos;s audit log records a case summary export under. The middle of a case summary&apos;s file name (lower case, words joined by hyphens).</extracomment>
        <translation>saksoppsummering</translation>
    </message>
</context>
<context>
    <name>ReportFlags</name>
    <message>
        <location filename="../../kastdesk/report/summary.py" line="925"/>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="35"/>
        <source>First contact</source>
        <extracomment>The statuses after treatment: the course has ended (a follow-up may still be due). The statuses in which a follow-up is still to be held (the Due list, the register, the case summary&apos;s &quot;overdue&quot;).</extracomment>
        <translation>Første kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="36"/>
        <source>Intake</source>
        <translation>Inntak</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="37"/>
        <source>In treatment</source>
        <translation>I behandling</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="38"/>
        <source>Ended</source>
        <translation>Behandling avsluttet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="39"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="40"/>
        <source>Closed</source>
        <translation>Sak lukket</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="49"/>
        <source>A case cannot go from “{old}” to “{new}”.</source>
        <translation>En sak kan ikke gå fra «{old}» til «{new}».</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="125"/>
        <source>Treatment completed</source>
        <translation>Behandlingen fullført</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="126"/>
        <source>Client chose to stop</source>
        <translation>Klienten valgte å avslutte</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="127"/>
        <source>Dropped out (stopped coming)</source>
        <translation>Falt fra (sluttet å komme)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="128"/>
        <source>Referred elsewhere</source>
        <translation>Henvist videre</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="129"/>
        <source>Not in the target group</source>
        <translation>Ikke i målgruppen</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="130"/>
        <source>Could not be reached</source>
        <translation>Kunne ikke nås</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="131"/>
        <source>Follow-up held</source>
        <translation>Oppfølgingen gjennomført</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="132"/>
        <source>Client declined the follow-up</source>
        <translation>Klienten takket nei til oppfølging</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/status.py" line="133"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="36"/>
        <source>This file is not a KastDesk supervision file.</source>
        <translation>Denne filen er ikke en veiledningsfil fra KastDesk.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="41"/>
        <source>The passphrase does not open this file. Ask the therapist for it again.</source>
        <translation>Passordfrasen åpner ikke denne filen. Be terapeuten om den på nytt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="48"/>
        <source>This file has been changed or damaged since it was made. Ask for a new copy.</source>
        <translation>Denne filen er endret eller skadet etter at den ble laget. Be om en ny kopi.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="59"/>
        <source>This supervision file opens, but this version of KastDesk cannot read what is in it; it may have been made by a newer version.</source>
        <translation>Veiledningsfilen lar seg åpne, men denne versjonen av KastDesk kan ikke lese innholdet; den kan være laget med en nyere versjon.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="71"/>
        <source>This packet is already open in another KastDesk window, on this computer or another. Write your comments there, or close it there first.</source>
        <translation>Pakken er allerede åpen i et annet KastDesk-vindu, på denne datamaskinen eller en annen. Skriv kommentarene dine der, eller lukk den der først.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/packet.py" line="183"/>
        <source>This is a KastDesk file of another kind.</source>
        <translation>Dette er en KastDesk-fil av en annen type.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="16"/>
        <source>Something went wrong with the vault.</source>
        <translation>Noe gikk galt med hvelvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="30"/>
        <source>The passphrase is not correct. Check Caps Lock and try again.</source>
        <extracomment>Whether the same save can succeed later, once the user has acted (freed disk space, made the folder writable). Locking waits for such an error rather than drop what was typed; for any other, waiting saves nothing, so it says so and locks.</extracomment>
        <translation>Passordfrasen er feil. Sjekk Caps Lock og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="38"/>
        <source>The recovery key is not correct. Check each group against the printed copy.</source>
        <translation>Gjenopprettingsnøkkelen er feil. Sammenlign hver gruppe med den utskrevne kopien.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/crypto.py" line="126"/>
        <location filename="../../kastdesk/store/errors.py" line="45"/>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>Passordfrasen må være minst 10 tegn lang.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="50"/>
        <source>This vault is already open in another KastDesk window or program. Close it there first.</source>
        <translation>Dette hvelvet er allerede åpent i et annet KastDesk-vindu eller program. Lukk det der først.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="58"/>
        <source>This folder is not a KastDesk vault. Choose the folder that holds vault.json.</source>
        <translation>Denne mappen er ikke et KastDesk-hvelv. Velg mappen som inneholder vault.json.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="66"/>
        <source>A vault already exists in this folder. Open it, or choose an empty folder.</source>
        <translation>Det finnes allerede et hvelv i denne mappen. Åpne det, eller velg en tom mappe.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="73"/>
        <source>The vault is damaged or has been tampered with. Restore it from the newest backup (File → Restore from backup…).</source>
        <translation>Hvelvet er skadet eller har blitt manipulert. Gjenopprett det fra den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="82"/>
        <source>This client&apos;s case file is damaged or has been tampered with. Restore the vault from the newest backup (File → Restore from backup…); the vault as it is now is kept beside it.</source>
        <translation>Saksfilen til denne klienten er skadet eller har blitt manipulert. Gjenopprett hvelvet fra den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…); hvelvet slik det er nå, blir tatt vare på ved siden av.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="99"/>
        <source>This client&apos;s case file is an older copy than the one the vault last saw, so it was not opened: put the newest copy of the file back in the vault&apos;s cases folder (from a backup or a sync tool&apos;s conflict copy); Verify vault names the file.</source>
        <translation>Saksfilen til klienten er en eldre kopi enn den hvelvet sist så, så den ble ikke åpnet: legg den nyeste kopien av filen tilbake i hvelvets mappe cases (fra en sikkerhetskopi eller en synkroniseringstjenestes konfliktkopi); Kontroller hvelvet oppgir filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="117"/>
        <source>This session is no longer in the client&apos;s case file, so the last change was not saved; the file may have been replaced by another copy while it was open. Open the client again to see what the file holds.</source>
        <translation>Samtalen finnes ikke lenger i klientens saksfil, så den siste endringen ble ikke lagret; filen kan ha blitt erstattet av en annen kopi mens den var åpen. Åpne klienten på nytt for å se hva filen inneholder.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="130"/>
        <source>There is no client with that code in this vault.</source>
        <translation>Det finnes ingen klient med den koden i dette hvelvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="135"/>
        <source>Another client already has this code. Choose a different code.</source>
        <translation>En annen klient har allerede denne koden. Velg en annen kode.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="143"/>
        <source>This note is signed and can no longer be changed. Add an amendment instead.</source>
        <translation>Dette notatet er signert og kan ikke lenger endres. Legg til et tillegg i stedet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="153"/>
        <source>This change is not allowed.</source>
        <translation>Denne endringen er ikke tillatt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="159"/>
        <source>The disk is full, so the last change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Disken er full, så den siste endringen ble ikke lagret. Frigjør litt plass og prøv igjen; ingenting som allerede var lagret, gikk tapt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="171"/>
        <source>The vault&apos;s folder is read-only, and KastDesk needs to write there; make the folder writable, or copy the vault to a folder you can write to.</source>
        <translation>Hvelvets mappe er skrivebeskyttet, og KastDesk må skrive der; gjør mappen skrivbar, eller kopier hvelvet til en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="189"/>
        <source>This client&apos;s case file cannot be written to, so KastDesk cannot save changes to it; ask your IT contact to make the file writable (check its permissions), then try again.</source>
        <translation>Klientens saksfil kan ikke skrives til, så KastDesk kan ikke lagre endringer i den; be IT-kontakten din om å gjøre filen skrivbar (sjekk tillatelsene for den), og prøv deretter igjen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="209"/>
        <source>The disk would not let KastDesk write the vault&apos;s files, so the last change was not saved. Check that the disk (a memory stick, a network folder) is still connected, then try again; nothing already saved was lost.</source>
        <translation>Disken lot ikke KastDesk skrive filene i hvelvet, så den siste endringen ble ikke lagret. Sjekk at disken (en minnepinne, en nettverksmappe) fortsatt er koblet til, og prøv igjen; ingenting som allerede er lagret, har gått tapt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="230"/>
        <source>KastDesk cannot reach this client&apos;s case file just now (the memory stick or network folder with the vault may be out, or the vault folder moved), so the last change is not saved yet: plug the stick back in or put the folder back where it was, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>KastDesk når ikke klientens saksfil akkurat nå (minnepinnen eller nettverksmappen med hvelvet kan være tatt ut, eller hvelvmappen flyttet), så den siste endringen er ikke lagret ennå: sett inn minnepinnen igjen eller legg mappen tilbake der den var, så lagrer KastDesk den; det du skrev, beholdes til da.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="245"/>
        <source>KastDesk cannot reach the vault&apos;s files just now (the memory stick or network folder with the vault may be out, or the vault folder moved), so the last change is not saved yet: plug the stick back in or put the folder back where it was, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>KastDesk når ikke filene i hvelvet akkurat nå (minnepinnen eller nettverksmappen med hvelvet kan være tatt ut, eller hvelvmappen flyttet), så den siste endringen er ikke lagret ennå: sett inn minnepinnen igjen eller legg mappen tilbake der den var, så lagrer KastDesk den; det du skrev, beholdes til da.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="265"/>
        <source>The case file now in the vault&apos;s folder is an older copy of this client&apos;s file, so the last change is not saved yet and nothing is written to that copy: put the newest copy back (the right memory stick, or the vault folder as it was), and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Saksfilen som nå ligger i hvelvets mappe, er en eldre kopi av klientens fil, så den siste endringen er ikke lagret ennå, og ingenting skrives til den kopien: legg tilbake den nyeste kopien (riktig minnepinne, eller hvelvmappen slik den var), så lagrer KastDesk den; det du skrev, beholdes til da.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="279"/>
        <source>The vault now in its folder is an older copy of this vault, so the last change is not saved yet and nothing is written to that copy: put the newest copy back (the right memory stick, or the vault folder as it was), and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Hvelvet som nå ligger i mappen, er en eldre kopi av dette hvelvet, så den siste endringen er ikke lagret ennå, og ingenting skrives til den kopien: legg tilbake den nyeste kopien (riktig minnepinne, eller hvelvmappen slik den var), så lagrer KastDesk den; det du skrev, beholdes til da.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="300"/>
        <source>The vault&apos;s folder now holds another vault or another case file where this client&apos;s case file was (another memory stick with the same name may be plugged in), so the last change is not saved yet and nothing is written there: put the right stick or folder back, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Hvelvets mappe inneholder nå et annet hvelv eller en annen saksfil der klientens saksfil lå (en annen minnepinne med samme navn kan være satt inn), så den siste endringen er ikke lagret ennå, og ingenting skrives dit: sett tilbake riktig minnepinne eller mappe, så lagrer KastDesk den; det du skrev, beholdes til da.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="316"/>
        <source>The vault&apos;s folder now holds another vault (another memory stick with the same name may be plugged in), so the last change is not saved yet and nothing is written there: put the right stick or folder back, and KastDesk saves it; what you typed is kept until then.</source>
        <translation>Hvelvets mappe inneholder nå et annet hvelv (en annen minnepinne med samme navn kan være satt inn), så den siste endringen er ikke lagret ennå, og ingenting skrives dit: sett tilbake riktig minnepinne eller mappe, så lagrer KastDesk den; det du skrev, beholdes til da.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="335"/>
        <source>This client&apos;s case file is busy for a moment (a backup may be copying it), so the last change is not saved yet; what you typed is kept, and KastDesk saves it shortly.</source>
        <translation>Klientens saksfil er opptatt en liten stund (en sikkerhetskopiering kan holde på å kopiere den), så den siste endringen er ikke lagret ennå; det du skrev, beholdes, og KastDesk lagrer det straks.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="347"/>
        <source>The vault&apos;s files are busy for a moment (a backup may be copying them), so the last change is not saved yet; what you typed is kept, and KastDesk saves it shortly.</source>
        <translation>Filene i hvelvet er opptatt en liten stund (en sikkerhetskopiering kan holde på å kopiere dem), så den siste endringen er ikke lagret ennå; det du skrev, beholdes, og KastDesk lagrer det straks.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="362"/>
        <source>The file could not be saved there (the folder may be missing, read-only or full). Choose another place; nothing was written.</source>
        <translation>Filen kunne ikke lagres der (mappen mangler kanskje, er skrivebeskyttet eller full). Velg et annet sted; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="381"/>
        <source>Nothing was exported: the export could not be recorded in the vault&apos;s audit log, so the file was not saved.</source>
        <translation>Ingenting ble eksportert: eksporten kunne ikke føres inn i hvelvets revisjonslogg, så filen ble ikke lagret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="392"/>
        <source>Nothing was exported: the vault&apos;s disk is full, so the export could not be recorded in its audit log. Free some space and export again.</source>
        <translation>Ingenting ble eksportert: hvelvets disk er full, så eksporten kunne ikke føres inn i revisjonsloggen. Frigjør plass og eksporter på nytt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/errors.py" line="409"/>
        <source>Exports cannot be saved in the vault&apos;s folder. Choose another folder; nothing was written.</source>
        <translation>Eksporter kan ikke lagres i hvelvets mappe. Velg en annen mappe; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/db.py" line="222"/>
        <source>This file was written by a newer KastDesk. Update KastDesk to open it.</source>
        <extracomment>How long a statement waits for another connection to let go of a file (seconds). A backup copying the file holds a read lock on it meanwhile; Python&apos;s default (5 s) froze the typing for five seconds and then reported damage. A short wait, then &quot;busy&quot;, and the save is tried again a little later with the text kept (``CaseBusy``). SQLite&apos;s result codes for a file another connection holds (SQLITE_BUSY, SQLITE_LOCKED).</extracomment>
        <translation>Filen ble skrevet av en nyere KastDesk. Oppdater KastDesk for å åpne den.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="118"/>
        <source>This file is not a KastDesk backup. Choose a backup file; its name ends in .kastbak.</source>
        <extracomment>Vault settings (index.kdb): when the last backup was made (UTC, ISO), and after how many days without one the status line reminds (0: never).</extracomment>
        <translation>Denne filen er ikke en sikkerhetskopi fra KastDesk. Velg en sikkerhetskopifil; navnet slutter på .kastbak.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="128"/>
        <source>This backup is incomplete or damaged, so nothing can be restored from it; use another backup. Nothing was changed.</source>
        <translation>Denne sikkerhetskopien er ufullstendig eller skadet, så ingenting kan gjenopprettes fra den; bruk en annen sikkerhetskopi. Ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="137"/>
        <source>The passphrase does not open this backup. It opens with the passphrase the vault had when the backup was made, or with the recovery key.</source>
        <translation>Passordfrasen åpner ikke denne sikkerhetskopien. Den åpnes med passordfrasen hvelvet hadde da sikkerhetskopien ble laget, eller med gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="146"/>
        <source>The recovery key does not open this backup. Check each group against the printed copy; a backup of another vault needs that vault&apos;s recovery key.</source>
        <translation>Gjenopprettingsnøkkelen åpner ikke denne sikkerhetskopien. Sammenlign hver gruppe med den utskrevne kopien; en sikkerhetskopi av et annet hvelv krever gjenopprettingsnøkkelen til det hvelvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="156"/>
        <source>The backup could not be saved there (the folder may be missing or read-only). Choose another place; nothing was written.</source>
        <translation>Sikkerhetskopien kunne ikke lagres der (mappen mangler kanskje eller er skrivebeskyttet). Velg et annet sted; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="165"/>
        <source>The disk is full, so the backup was not saved. Choose a place with more free space; nothing was written.</source>
        <translation>Disken er full, så sikkerhetskopien ble ikke lagret. Velg et sted med mer ledig plass; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/backup.py" line="180"/>
        <source>A backup cannot be saved in the vault&apos;s own folder, where it would be lost with the vault. Choose another place, such as a USB stick; nothing was written.</source>
        <translation>En sikkerhetskopi kan ikke lagres i hvelvets egen mappe, der den ville gått tapt sammen med hvelvet. Velg et annet sted, for eksempel en minnepinne; ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/rescue.py" line="57"/>
        <source>The copy KastDesk kept of text it could not save cannot be read (the file is damaged), so nothing could be put back from it; it was left on this computer as {path}.</source>
        <extracomment>The most a header may claim to be (a damaged length must not read the whole disk). What a vault&apos;s id may look like to be used in a file name (a header is not trusted).</extracomment>
        <translation>Kopien KastDesk tok av tekst som ikke kunne lagres, kan ikke leses (filen er skadet), så ingenting kunne legges tilbake fra den; den ligger igjen på denne datamaskinen som {path}.</translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="117"/>
        <source>Write a short question for the supervisor.</source>
        <translation>Skriv et kort spørsmål til veilederen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="122"/>
        <source>Choose the session note to bring.</source>
        <translation>Velg samtalenotatet du vil ta med.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="141"/>
        <source>That guidance flag no longer exists.</source>
        <translation>Den markeringen for veiledning finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/guidance.py" line="170"/>
        <source>Add at least one case or question.</source>
        <translation>Legg til minst én sak eller ett spørsmål.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="173"/>
        <source>Case {ref}</source>
        <translation>Sak {ref}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="350"/>
        <source>KastDesk supervision packet</source>
        <translation>Veiledningspakke fra KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="351"/>
        <source>Supervision packet · {day}</source>
        <translation>Veiledningspakke · {day}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="357"/>
        <source>Supervision packet</source>
        <translation>Veiledningspakke</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="359"/>
        <source>Guidance meeting {day}</source>
        <translation>Veiledningsmøte {day}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="361"/>
        <source>For the next guidance meeting</source>
        <translation>Til neste veiledningsmøte</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="364"/>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="365"/>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="366"/>
        <source>Prepared</source>
        <translation>Utarbeidet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="367"/>
        <source>Packet id</source>
        <translation>Pakke-ID</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="99"/>
        <source>the packet day</source>
        <extracomment>The packet&apos;s layout version this KastDesk writes and the newest it reads (1: the case&apos;s own ids, 2: keys of the packet&apos;s own, 3: dates as how long before the packet day). On a packet in ``supervision.packets``: how many of its cases were deleted since (kastdesk.supervision.forget writes it when it takes their ids out of the list). Around a date the packet&apos;s pseudonymizer wrote as words, until :func:`_settle_dates` knows whether it stood alone (a field: bare) or in text (in brackets).</extracomment>
        <translation>samme dag som pakken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="116"/>
        <source>1 day before</source>
        <extracomment>The words for a distance from the packet day, by unit and whether it lies before it.</extracomment>
        <translation>1 dag før</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="117"/>
        <source>{n} days before</source>
        <translation>{n} dager før</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="118"/>
        <source>{n} weeks before</source>
        <translation>{n} uker før</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="119"/>
        <source>{n} months before</source>
        <translation>{n} måneder før</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="120"/>
        <source>{n} years before</source>
        <translation>{n} år før</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="121"/>
        <source>1 day after</source>
        <translation>1 dag etter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="122"/>
        <source>{n} days after</source>
        <translation>{n} dager etter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="123"/>
        <source>{n} weeks after</source>
        <translation>{n} uker etter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="124"/>
        <source>{n} months after</source>
        <translation>{n} måneder etter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="125"/>
        <source>{n} years after</source>
        <translation>{n} år etter</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="369"/>
        <source>Pseudonymized material for supervision. Names are replaced by roles. Dates are given as how long before the day this packet was prepared: in days for the last two weeks, then in weeks, months and years. Still, treat it as confidential and destroy it after the meeting.</source>
        <translation>Pseudonymisert materiale for veiledning. Navn er erstattet med roller. Datoer er oppgitt som hvor lenge før dagen pakken ble satt sammen: i dager de siste to ukene, deretter i uker, måneder og år. Behandle det likevel som konfidensielt og makuler det etter møtet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="378"/>
        <source>Questions for guidance</source>
        <translation>Spørsmål til veiledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="381"/>
        <source>The case</source>
        <translation>Saken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="382"/>
        <source>A session note</source>
        <translation>Et samtalenotat</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="383"/>
        <source>A question</source>
        <translation>Et spørsmål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="388"/>
        <source>Session note {n}</source>
        <translation>Samtalenotat {n}</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="394"/>
        <source>Note on a session not held ({day})</source>
        <translation>Notat om en samtale som ikke ble holdt ({day})</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="397"/>
        <source>About</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="397"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="441"/>
        <source>{name} is already there; nothing was written. Choose another folder or date.</source>
        <translation>{name} finnes allerede; ingenting ble skrevet. Velg en annen mappe eller en annen dato.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="518"/>
        <source>Reading cases</source>
        <translation>Leser sakene</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="528"/>
        <source>No case has an open question for guidance.</source>
        <translation>Ingen sak har et åpent spørsmål til veiledning.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="543"/>
        <source>Encrypting the packet</source>
        <translation>Krypterer pakken</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="593"/>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="838"/>
        <source>The passphrase does not open this comments file. Type the passphrase you chose for the supervision packet it answers.</source>
        <extracomment>The supervisor&apos;s comments not saved yet, kept beside the packet while they are typed (``supervision-2026-12-10.kastdraft``), sealed with the packet&apos;s passphrase. A file of its own kind: sent by mistake, the therapist&apos;s import says it is no comments file.</extracomment>
        <translation>Passordfrasen åpner ikke denne kommentarfilen. Skriv passordfrasen du valgte for veiledningspakken den svarer på.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/supervision/packet.py" line="846"/>
        <source>These comments belong to a supervision packet that was not exported from this vault.</source>
        <translation>Disse kommentarene hører til en veiledningspakke som ikke ble eksportert fra dette hvelvet.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="13"/>
        <source>Reason for coming, in the client&apos;s own words</source>
        <translation>Grunnen til at klienten kommer, med klientens egne ord</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="14"/>
        <source>Who referred</source>
        <translation>Hvem som henviste</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="15"/>
        <source>What the client wants</source>
        <translation>Hva klienten ønsker</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="16"/>
        <source>Risk assessment (suicidal thoughts, violence, children)</source>
        <translation>Risikovurdering (selvmordstanker, vold, barn)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/domain/templates.py" line="17"/>
        <source>Agreements and next step</source>
        <translation>Avtaler og neste steg</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="94"/>
        <source>Too short: use at least 10 characters.</source>
        <extracomment>The index&apos;s settings key naming the client whose case file is being created (see ``Vault.add_client``): set before the file exists, removed with the register row.</extracomment>
        <translation>For kort: bruk minst 10 tegn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="104"/>
        <source>Weak: a few unrelated words make a strong, memorable passphrase.</source>
        <translation>Svak: noen få ord uten sammenheng gir en sterk passordfrase som er lett å huske.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="105"/>
        <source>Fair: longer is stronger.</source>
        <translation>Middels: lengre er sterkere.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="106"/>
        <source>Good.</source>
        <translation>God.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="107"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="208"/>
        <source>The vault&apos;s index (index.kdb) is missing or damaged; restore the vault from the newest backup (File → Restore from backup…).</source>
        <extracomment>Called (no arguments, on the thread that writes) before every write to the index or to a case file touches the file. A write to a network folder that stops answering mid-write can hang there until the app is killed: the app keeps its sealed rescue copy of what is typed first (kastdesk.ui.rescue), on this computer. It must not write to the vault itself.</extracomment>
        <translation>Hvelvets indeks (index.kdb) mangler eller er skadet; gjenopprett hvelvet fra den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="280"/>
        <source>The vault&apos;s settings file (vault.json) is damaged. Restore the vault from the newest backup (File → Restore from backup…).</source>
        <translation>Hvelvets innstillingsfil (vault.json) er skadet. Gjenopprett hvelvet fra den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="900"/>
        <source>A new case for a returning client is started from a case whose treatment has ended or that is closed.</source>
        <translation>En ny sak for en tilbakevendende klient startes fra en sak der behandlingen er avsluttet eller som er lukket.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="905"/>
        <source>{code} already has a later case, {later}: start the new case from that one.</source>
        <translation>{code} har allerede en senere sak, {later}: start den nye saken derfra.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="911"/>
        <source>The new first contact cannot be before the earlier case&apos;s ({date}).</source>
        <translation>Den nye første kontakten kan ikke være før den tidligere sakens ({date}).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="965"/>
        <source>Carried over from {code}, where it was raised on {date}.</source>
        <translation>Overført fra {code}, der det ble satt {date}.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1099"/>
        <source>KastDesk cannot reach the vault&apos;s folder just now (the memory stick or network folder with the vault may be out, or the folder moved): plug the stick back in or put the folder back where it was, then choose the client again.</source>
        <translation>KastDesk når ikke hvelvmappen akkurat nå (minnepinnen eller nettverksmappen med hvelvet kan være tatt ut, eller mappen flyttet): sett inn minnepinnen igjen eller legg mappen tilbake der den var, og velg deretter klienten på nytt.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1109"/>
        <location filename="../../kastdesk/store/vault.py" line="1294"/>
        <source>This client&apos;s case file is missing from the vault folder. Put it back if it was moved; else restore the vault from the newest backup (File → Restore from backup…).</source>
        <translation>Saksfilen til denne klienten mangler i hvelvmappen. Legg den tilbake hvis den ble flyttet; ellers gjenopprett hvelvet fra den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…).</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="273"/>
        <source>This vault was made by a newer KastDesk. Update KastDesk.</source>
        <translation>Dette hvelvet ble laget av en nyere versjon av KastDesk. Oppdater KastDesk.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="365"/>
        <source>The disk is full, so the vault was not created. Free some space and try again.</source>
        <translation>Disken er full, så hvelvet ble ikke opprettet. Frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="429"/>
        <source>This vault has no recovery key.</source>
        <translation>Dette hvelvet har ingen gjenopprettingsnøkkel.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="759"/>
        <source>There is no client with the code {code} in this vault.</source>
        <extracomment>Whether the index could not be reached at its last write (a folder moved, a stick pulled out): its connection is closed, and the next use opens it again once back. The newest vault-level audit entry the index was seen to hold (``_reopen_index``). Settings whose old and new value the audit log keeps: short, and nothing about a client. The others hold case content or ids (unfinished dialog text, names to withhold from a PDF, the packets and meetings with their clients), so their entry names the setting only.</extracomment>
        <translation>Det finnes ingen klient med koden {code} i dette hvelvet.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1278"/>
        <source>This client&apos;s case file was replaced by an older copy while it was open, so the last change was not saved: put the newest copy of the file back in the vault&apos;s cases folder, then open the client again; Verify vault names the file.</source>
        <translation>Saksfilen til klienten ble erstattet av en eldre kopi mens den var åpen, så den siste endringen ble ikke lagret: legg den nyeste kopien av filen tilbake i hvelvets mappe cases, og åpne så klienten på nytt; Kontroller hvelvet oppgir filen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/clients/details.py" line="108"/>
        <location filename="../../kastdesk/store/vault.py" line="792"/>
        <source>A client needs a code.</source>
        <extracomment>No first contact with a KAST clinic is older: the first (Gothenburg) opened in 1997, Oslo&apos;s Kast in 2011. An earlier day is a typo in the year (1800 for 2008 made the register show a wait of 82,674 days, and the waiting time is what clinics are judged by), yet a client first seen in the clinic&apos;s early years and back now must still fit.</extracomment>
        <translation>En klient må ha en kode.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/lock.py" line="36"/>
        <source>The disk is full, so the vault cannot be opened here. Free some space and try again; nothing was changed.</source>
        <translation>Disken er full, så hvelvet kan ikke åpnes her. Frigjør litt plass og prøv igjen; ingenting ble endret.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/lock.py" line="43"/>
        <source>KastDesk cannot write in the vault&apos;s folder ({reason}). Check that the disk is connected and that you may write there.</source>
        <translation>KastDesk kan ikke skrive i hvelvets mappe ({reason}). Kontroller at disken er tilkoblet og at du har lov til å skrive der.</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="127"/>
        <source>audit entry {n} is missing</source>
        <translation>logghendelse {n} mangler</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="130"/>
        <source>audit entry {n} does not follow the one before it</source>
        <translation>logghendelse {n} følger ikke etter den før</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="132"/>
        <source>audit entry {n} has been altered</source>
        <translation>logghendelse {n} er endret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/audit.py" line="137"/>
        <source>the newest audit entries have been removed or altered</source>
        <translation>de nyeste logghendelsene er fjernet eller endret</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/casefile.py" line="93"/>
        <source>the file cannot be read: it is damaged or was changed outside KastDesk</source>
        <translation>filen kan ikke leses: den er skadet eller ble endret utenfor KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/db.py" line="402"/>
        <source>parts of the file fail their check ({n} pages): it was damaged or changed outside KastDesk</source>
        <translation>deler av filen består ikke kontrollen ({n} sider): den ble skadet eller endret utenfor KastDesk</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/db.py" line="406"/>
        <source>the file&apos;s inner structure is damaged</source>
        <translation>filens indre struktur er skadet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/auditview.py" line="74"/>
        <location filename="../../kastdesk/store/vault.py" line="1343"/>
        <source>index: {problem}; restore the vault from the newest backup (File → Restore from backup…)</source>
        <translation>indeks: {problem}; gjenopprett hvelvet fra den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…)</translation>
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
        <translation>{file}: en saksfil som registeret ikke viser; den hører ikke til dette hvelvet eller ble lagt der for hånd: flytt den ut av mappen cases</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1400"/>
        <source>the newest audit entries the vault saw are not in the case file: it is an older copy, or they were removed; put the newest copy of {file} back (from a backup or a sync tool&apos;s conflict copy)</source>
        <translation>de nyeste logghendelsene hvelvet så, finnes ikke i saksfilen: den er en eldre kopi, eller de er fjernet; legg den nyeste kopien av {file} tilbake (fra en sikkerhetskopi eller en synkroniseringstjenestes konfliktkopi)</translation>
    </message>
    <message>
        <location filename="../../kastdesk/store/vault.py" line="1408"/>
        <source>{problem}; restore the vault from the newest backup (File → Restore from backup…): the vault as it is now, {file} included, is kept beside it</source>
        <translation>{problem}; gjenopprett hvelvet fra den nyeste sikkerhetskopien (Fil → Gjenopprett fra sikkerhetskopi…): hvelvet slik det er nå, {file} inkludert, blir tatt vare på ved siden av</translation>
    </message>
</context>
<context>
    <name>exercise_behaviour_in_words</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="214"/>
        <source>The behaviour in words</source>
        <translation>Sette ord på atferden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="215"/>
        <source>Say plainly what you have done and what led up to it, in your own words. Naming it makes it something we can look at together.</source>
        <translation>Fortell rett ut hva du har gjort og hva som førte til det, med dine egne ord. Når du setter ord på det, blir det noe vi kan se på sammen.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="216"/>
        <source>Not written yet</source>
        <translation>Ikke skrevet ennå</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="217"/>
        <source>What did you do?</source>
        <translation>Hva gjorde du?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="218"/>
        <source>Describe it as it happened, without softening or exaggerating.</source>
        <translation>Beskriv det slik det skjedde, uten å pynte på det eller overdrive.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="219"/>
        <source>What led up to it?</source>
        <translation>Hva førte til det?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="220"/>
        <source>The day, the situation, what you were doing before.</source>
        <translation>Dagen, situasjonen, hva du holdt på med før.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="221"/>
        <source>What did you think and feel before?</source>
        <translation>Hva tenkte og følte du før?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="222"/>
        <source>What did you think and feel afterwards?</source>
        <translation>Hva tenkte og følte du etterpå?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="223"/>
        <source>What do you want instead?</source>
        <translation>Hva ønsker du i stedet?</translation>
    </message>
</context>
<context>
    <name>exercise_consequence_listing</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="224"/>
        <source>Consequence listing</source>
        <translation>Konsekvensliste</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="225"/>
        <source>List every consequence of buying sex you can think of, and sort them by who or what they affect.</source>
        <translation>Skriv opp alle konsekvensene du kan komme på av å kjøpe sex, og sorter dem etter hvem eller hva de rammer.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="226"/>
        <source>Nothing listed yet - worth asking about</source>
        <translation>Ingenting skrevet opp ennå – verdt å spørre om</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="227"/>
        <source>Nothing here yet</source>
        <translation>Ingenting her ennå</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="228"/>
        <source>Short term</source>
        <translation>Kort sikt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="229"/>
        <source>Long term</source>
        <translation>Lang sikt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="230"/>
        <source>Short and long term</source>
        <translation>Kort og lang sikt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="231"/>
        <source>For myself</source>
        <translation>For meg selv</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="232"/>
        <source>For a partner and my relationships</source>
        <translation>For en partner og forholdene mine</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="233"/>
        <source>A partner now, a former partner, or a relationship to come.</source>
        <translation>En partner nå, en tidligere partner eller et forhold senere.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="234"/>
        <source>For children and family</source>
        <translation>For barn og familie</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="235"/>
        <source>Money</source>
        <translation>Penger</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="236"/>
        <source>Health and sexually transmitted infections</source>
        <translation>Helse og seksuelt overførbare infeksjoner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="237"/>
        <source>Work</source>
        <translation>Jobb</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="238"/>
        <source>The law</source>
        <translation>Loven</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="239"/>
        <source>For the person who sold sex</source>
        <translation>For personen som solgte sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="240"/>
        <source>She or he may have been trafficked or forced.</source>
        <translation>Hun eller han kan ha vært utsatt for menneskehandel eller tvang.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="241"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="242"/>
        <source>Minor</source>
        <translation>Liten</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="243"/>
        <source>Noticeable</source>
        <translation>Merkbar</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="244"/>
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="245"/>
        <source>Very serious</source>
        <translation>Svært alvorlig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="246"/>
        <source>Devastating</source>
        <translation>Ødeleggende</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/consequence_listing.py" line="109"/>
        <source>A consequence needs some words.</source>
        <translation>En konsekvens trenger noen ord.</translation>
    </message>
</context>
<context>
    <name>exercise_coping_plan</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="247"/>
        <source>Coping plan</source>
        <translation>Mestringsplan</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="248"/>
        <source>A short card for the moment the urge comes: what you do first, then next, and whom you can call.</source>
        <translation>Et lite kort for øyeblikket når impulsen kommer: hva du gjør først, hva du gjør deretter, og hvem du kan ringe.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="249"/>
        <source>When the urge comes</source>
        <translation>Når impulsen kommer</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="250"/>
        <source>People I can call</source>
        <translation>Personer jeg kan ringe</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="251"/>
        <source>Why I want to stop</source>
        <translation>Hvorfor jeg vil slutte</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="252"/>
        <source>A card works best with a few steps; consider keeping the most useful ones.</source>
        <translation>Et kort fungerer best med få steg – vurder å beholde bare de mest nyttige.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="253"/>
        <source>Pause and name the feeling</source>
        <translation>Stoppe opp og sette navn på følelsen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="254"/>
        <source>Breathe slowly for a minute</source>
        <translation>Puste rolig i ett minutt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="255"/>
        <source>Do something soothing</source>
        <translation>Gjøre noe som roer meg ned</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="256"/>
        <source>Say &quot;No!&quot; out loud</source>
        <translation>Si «Nei!» høyt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="257"/>
        <source>Speak to myself kindly</source>
        <translation>Snakke vennlig til meg selv</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="258"/>
        <source>Think of three things I am grateful for</source>
        <translation>Tenke på tre ting jeg er takknemlig for</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="259"/>
        <source>Call someone</source>
        <translation>Ringe noen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="260"/>
        <source>Leave the situation</source>
        <translation>Gå ut av situasjonen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="261"/>
        <source>Go for a walk or exercise</source>
        <translation>Gå en tur eller trene</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="262"/>
        <source>My own</source>
        <translation>Mitt eget steg</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="263"/>
        <source>My partner</source>
        <translation>Partneren min</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="264"/>
        <source>A friend</source>
        <translation>En venn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="265"/>
        <source>Someone in my family</source>
        <translation>Noen i familien min</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="266"/>
        <source>My therapist</source>
        <translation>Terapeuten min</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="267"/>
        <source>A helpline</source>
        <translation>En hjelpetelefon</translation>
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
        <translation>Si hvem det er (en rolle er nok).</translation>
    </message>
</context>
<context>
    <name>exercise_i_am_vs_i_do</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="268"/>
        <source>&quot;I am&quot; and &quot;what I do&quot;</source>
        <translation>«Jeg er» og «det jeg gjør»</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="269"/>
        <source>Write down what you say about yourself as a person. Then, together, rewrite each sentence so it is about what you did - actions can be wrong while you are still worth respect.</source>
        <translation>Skriv ned det du sier om deg selv som person. Så skriver vi sammen om hver setning, slik at den handler om det du gjorde – handlinger kan være feil, samtidig som du fortsatt fortjener respekt.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="270"/>
        <source>I am a bad person</source>
        <translation>Jeg er et dårlig menneske</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="271"/>
        <source>I have done something wrong</source>
        <translation>Jeg har gjort noe galt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="272"/>
        <source>Still stands</source>
        <translation>Står fortsatt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="273"/>
        <source>Rewritten</source>
        <translation>Omskrevet</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="117"/>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="171"/>
        <source>The statement needs some words.</source>
        <translation>Utsagnet trenger noen ord.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="128"/>
        <location filename="../../kastdesk/exercises/i_am_vs_i_do.py" line="154"/>
        <source>The rewritten statement needs some words.</source>
        <translation>Det omskrevne utsagnet trenger noen ord.</translation>
    </message>
</context>
<context>
    <name>exercise_triggers_alternatives</name>
    <message>
        <location filename="../../tools/resource_strings.py" line="274"/>
        <source>Triggers, needs and alternatives</source>
        <translation>Utløsere, behov og alternativer</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="275"/>
        <source>What comes before the urge, what does buying sex really give you, and what would you rather do to meet that need? Just saying no is not enough.</source>
        <translation>Hva kommer før impulsen, hva gir det deg egentlig å kjøpe sex, og hva vil du heller gjøre for å dekke det behovet? Det er ikke nok bare å si nei.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="276"/>
        <source>I would rather ...</source>
        <translation>Jeg vil heller ...</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="277"/>
        <source>and I reward myself by ...</source>
        <translation>og jeg belønner meg selv med ...</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="278"/>
        <source>No alternative yet for this need</source>
        <translation>Ikke noe alternativ for dette behovet ennå</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="279"/>
        <source>Closeness</source>
        <translation>Nærhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="280"/>
        <source>Comfort</source>
        <translation>Trøst</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="281"/>
        <source>Feeling wanted or confirmed</source>
        <translation>Å føle seg ønsket eller bekreftet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="282"/>
        <source>Escape</source>
        <translation>Flukt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="283"/>
        <source>Numbing difficult feelings</source>
        <translation>Å dempe vonde følelser</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="284"/>
        <source>Excitement</source>
        <translation>Spenning</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="285"/>
        <source>Feeling in control</source>
        <translation>Å føle at man har kontroll</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="286"/>
        <source>Release of tension</source>
        <translation>Å få utløp for anspenthet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="287"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="288"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="289"/>
        <source>Loneliness</source>
        <translation>Ensomhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="290"/>
        <source>Boredom</source>
        <translation>Kjedsomhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="291"/>
        <source>Anger</source>
        <translation>Sinne</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="292"/>
        <source>Shame</source>
        <translation>Skam</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="293"/>
        <source>Sadness</source>
        <translation>Tristhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="294"/>
        <source>Emptiness</source>
        <translation>Tomhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="295"/>
        <source>Feeling rejected</source>
        <translation>Å føle seg avvist</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/triggers_alternatives.py" line="148"/>
        <source>The need needs a name.</source>
        <translation>Behovet trenger et navn.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/triggers_alternatives.py" line="162"/>
        <source>Describe the situation.</source>
        <translation>Beskriv situasjonen.</translation>
    </message>
    <message>
        <location filename="../../kastdesk/exercises/triggers_alternatives.py" line="199"/>
        <source>Describe what you would rather do.</source>
        <translation>Beskriv hva du heller vil gjøre.</translation>
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
        <translation>Skriv ned hver impuls: hvor sterk den var, hva som utløste den, og hva du valgte i stedet. Hvis det endte med et tilbakefall, skriver du det også – det er informasjon, ikke en dom.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="298"/>
        <source>Days since last time</source>
        <translation>Dager siden sist</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="299"/>
        <source>since the log was started</source>
        <translation>siden loggen ble startet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="300"/>
        <source>Lapse</source>
        <translation>Tilbakefall</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="301"/>
        <source>Chose something else</source>
        <translation>Valgte noe annet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="302"/>
        <source>Buying sex</source>
        <translation>Kjøp av sex</translation>
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
        <translation>Førstegangsvurdering</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="11"/>
        <source>Reason for contact and target group</source>
        <translation>Grunn til kontakt og målgruppe</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="12"/>
        <source>Why did the person get in touch?</source>
        <translation>Hvorfor tok personen kontakt?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="13"/>
        <source>Has bought sex</source>
        <translation>Har kjøpt sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="14"/>
        <source>Is thinking about buying sex</source>
        <translation>Vurderer å kjøpe sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="15"/>
        <source>Sexual behaviour feels out of control</source>
        <translation>Opplever egen seksuell atferd som ute av kontroll</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="16"/>
        <source>Partner of someone who buys sex</source>
        <translation>Partner til en som kjøper sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="17"/>
        <source>Other reason</source>
        <translation>Annen grunn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="18"/>
        <source>Has the person ever paid for sex?</source>
        <translation>Har personen noen gang betalt for sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="19"/>
        <source>Does the person belong to the service&apos;s target group?</source>
        <translation>Tilhører personen tilbudets målgruppe?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="20"/>
        <source>If not, note where the person was referred.</source>
        <translation>Hvis ikke: noter hvor personen ble henvist videre.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="21"/>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="22"/>
        <source>How did the person find the service?</source>
        <translation>Hvordan fant personen tilbudet?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="23"/>
        <source>Searching the internet</source>
        <translation>Søk på internett</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="24"/>
        <source>Advert on social media</source>
        <translation>Annonse i sosiale medier</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="25"/>
        <source>Link on an escort website</source>
        <translation>Lenke på en escortside</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="26"/>
        <source>News or other media</source>
        <translation>Nyheter eller andre medier</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="27"/>
        <source>Referred by the police</source>
        <translation>Henvist av politiet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="28"/>
        <source>Through a partner</source>
        <translation>Gjennom en partner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="29"/>
        <source>Health or social services</source>
        <translation>Helse- eller sosialtjenesten</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="30"/>
        <source>A friend or relative</source>
        <translation>En venn eller slektning</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="31"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="32"/>
        <source>Would the person prefer a therapist of a particular gender?</source>
        <translation>Ønsker personen en terapeut av et bestemt kjønn?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="33"/>
        <source>No preference</source>
        <translation>Ingen preferanse</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="34"/>
        <source>A woman</source>
        <translation>En kvinne</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="35"/>
        <source>A man</source>
        <translation>En mann</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="36"/>
        <source>Background and family</source>
        <translation>Bakgrunn og familie</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="37"/>
        <source>Age group</source>
        <translation>Aldersgruppe</translation>
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
        <translation>65 eller eldre</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="45"/>
        <source>Gender</source>
        <translation>Kjønn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="46"/>
        <source>Man</source>
        <translation>Mann</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="47"/>
        <source>Woman</source>
        <translation>Kvinne</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="48"/>
        <source>Non-binary</source>
        <translation>Ikke-binær</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="49"/>
        <source>Prefers not to say</source>
        <translation>Vil ikke oppgi</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="50"/>
        <source>Relationship status</source>
        <translation>Samlivsstatus</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="51"/>
        <source>Single</source>
        <translation>Singel</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="52"/>
        <source>Partner, living together</source>
        <translation>Partner, bor sammen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="53"/>
        <source>Partner, living apart</source>
        <translation>Partner, bor hver for seg</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="54"/>
        <source>Married</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="55"/>
        <source>Separated or divorced</source>
        <translation>Separert eller skilt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="56"/>
        <source>Widowed</source>
        <translation>Enke/enkemann</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="57"/>
        <source>Does the partner know about the buying?</source>
        <translation>Vet partneren at personen har kjøpt sex?</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="10"/>
        <source>Filled in by the therapist after the first session. The answers feed the clinic&apos;s yearly statistics.</source>
        <translation>Fylles ut av terapeuten etter den første samtalen. Svarene inngår i klinikkens årsstatistikk.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="61"/>
        <source>Does the person have children?</source>
        <translation>Har personen barn?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="62"/>
        <source>Number of children</source>
        <translation>Antall barn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="63"/>
        <source>Family situation</source>
        <translation>Familiesituasjon</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="64"/>
        <source>Household, family of origin, important relationships.</source>
        <translation>Husstand, opprinnelsesfamilie, viktige relasjoner.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="65"/>
        <source>Income</source>
        <translation>Inntekt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="66"/>
        <source>No income</source>
        <translation>Ingen inntekt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="67"/>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="68"/>
        <source>Middle</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="69"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="70"/>
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="71"/>
        <source>Main occupation</source>
        <translation>Hovedbeskjeftigelse</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="72"/>
        <source>Employed</source>
        <translation>I arbeid</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="73"/>
        <source>Self-employed</source>
        <translation>Selvstendig næringsdrivende</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="74"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="75"/>
        <source>Unemployed</source>
        <translation>Arbeidsledig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="76"/>
        <source>On sick leave or disability benefit</source>
        <translation>Sykmeldt eller uføretrygdet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="77"/>
        <source>Retired</source>
        <translation>Pensjonist</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="78"/>
        <source>Social background</source>
        <translation>Sosial bakgrunn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="79"/>
        <source>Upbringing, education, network, anything the person finds important.</source>
        <translation>Oppvekst, utdanning, nettverk og annet personen selv synes er viktig.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="80"/>
        <source>Mental health</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="81"/>
        <source>Which difficulties does the person describe?</source>
        <translation>Hvilke vansker beskriver personen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="82"/>
        <source>Anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="83"/>
        <source>Depression</source>
        <translation>Depresjon</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="84"/>
        <source>ADHD</source>
        <translation>ADHD</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="85"/>
        <source>Bipolar disorder</source>
        <translation>Bipolar lidelse</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="86"/>
        <source>Sleep problems</source>
        <translation>Søvnproblemer</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="87"/>
        <source>Dependence on alcohol or drugs</source>
        <translation>Avhengighet av alkohol eller andre rusmidler</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="88"/>
        <source>None of these</source>
        <translation>Ingen av disse</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="89"/>
        <source>Notes on mental health</source>
        <translation>Notater om psykisk helse</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="90"/>
        <source>Has the person had thoughts of suicide recently?</source>
        <translation>Har personen hatt selvmordstanker den siste tiden?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="91"/>
        <source>If yes, follow the clinic&apos;s crisis routine today.</source>
        <translation>Hvis ja: følg klinikkens kriserutine i dag.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="92"/>
        <source>Is the person in other treatment now?</source>
        <translation>Får personen annen behandling nå?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="93"/>
        <source>Pornography</source>
        <translation>Pornografi</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="94"/>
        <source>How often does the person use pornography?</source>
        <translation>Hvor ofte bruker personen pornografi?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="95"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="96"/>
        <source>Now and then</source>
        <translation>Av og til</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="97"/>
        <source>Often</source>
        <translation>Ofte</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="98"/>
        <source>Daily</source>
        <translation>Daglig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="99"/>
        <source>Does the person feel dependent on pornography?</source>
        <translation>Føler personen seg avhengig av pornografi?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="100"/>
        <source>About the buying of sex</source>
        <translation>Om kjøp av sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="101"/>
        <source>Only asked when the person has paid for sex.</source>
        <translation>Spørres bare når personen har betalt for sex.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="102"/>
        <source>How often has the person bought sex?</source>
        <translation>Hvor ofte har personen kjøpt sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="103"/>
        <source>Once</source>
        <translation>Én gang</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="104"/>
        <source>A few times</source>
        <translation>Noen få ganger</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="105"/>
        <source>About monthly</source>
        <translation>Omtrent hver måned</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="106"/>
        <source>About weekly</source>
        <translation>Omtrent hver uke</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="107"/>
        <source>More often</source>
        <translation>Oftere</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="108"/>
        <source>When did the person last buy sex?</source>
        <translation>Når kjøpte personen sex sist?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="109"/>
        <source>Within the last month</source>
        <translation>I løpet av den siste måneden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="110"/>
        <source>Within six months</source>
        <translation>I løpet av de siste seks månedene</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="111"/>
        <source>Within a year</source>
        <translation>I løpet av det siste året</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="112"/>
        <source>More than a year ago</source>
        <translation>For mer enn et år siden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="113"/>
        <source>Whom has the person bought sex from?</source>
        <translation>Hvem har personen kjøpt sex av?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="114"/>
        <source>Women</source>
        <translation>Kvinner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="115"/>
        <source>Men</source>
        <translation>Menn</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="116"/>
        <source>Trans persons</source>
        <translation>Transpersoner</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="117"/>
        <source>Does not know</source>
        <translation>Vet ikke</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="118"/>
        <source>Where did the buying happen?</source>
        <translation>Hvor har kjøpene skjedd?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="119"/>
        <source>Street</source>
        <translation>På gaten</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="120"/>
        <source>Flat or apartment</source>
        <translation>I en leilighet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="121"/>
        <source>Massage parlour</source>
        <translation>På massasjesalong</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="122"/>
        <source>Through an escort website</source>
        <translation>Via en escortside</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="123"/>
        <source>Hotel</source>
        <translation>På hotell</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="124"/>
        <source>Abroad</source>
        <translation>I utlandet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="125"/>
        <source>Online (webcam, chat)</source>
        <translation>På nett (webkamera, chat)</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="126"/>
        <source>Where abroad, and in what situations?</source>
        <translation>Hvor i utlandet, og i hvilke situasjoner?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="127"/>
        <source>What tends to set off the buying?</source>
        <translation>Hva pleier å utløse kjøpene?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="128"/>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="129"/>
        <source>Loneliness</source>
        <translation>Ensomhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="130"/>
        <source>Anxiety or unrest</source>
        <translation>Angst eller uro</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="131"/>
        <source>Boredom</source>
        <translation>Kjedsomhet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="132"/>
        <source>Alcohol or drugs</source>
        <translation>Alkohol eller andre rusmidler</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="133"/>
        <source>Conflict with a partner</source>
        <translation>Konflikt med partneren</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="134"/>
        <source>Partner away</source>
        <translation>Partneren er borte</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="135"/>
        <source>Travelling</source>
        <translation>På reise</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="136"/>
        <source>More about the triggers</source>
        <translation>Mer om utløserne</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="137"/>
        <source>Does the person suspect that a seller was trafficked or forced?</source>
        <translation>Har personen mistanke om at noen som solgte sex, var utsatt for menneskehandel eller tvang?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="138"/>
        <source>Unsure</source>
        <translation>Usikker</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="139"/>
        <source>What made the person think so?</source>
        <translation>Hva fikk personen til å tro det?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="140"/>
        <source>Has the person been exposed to sexually transmitted infections?</source>
        <translation>Har personen vært utsatt for smitte av seksuelt overførbare infeksjoner?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="141"/>
        <source>Has the person been tested since?</source>
        <translation>Har personen testet seg etterpå?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="142"/>
        <source>In what way is the buying a problem for the person?</source>
        <translation>På hvilken måte er det å kjøpe sex et problem for personen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="143"/>
        <source>Shame or guilt</source>
        <translation>Skam eller skyld</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="144"/>
        <source>Harms the relationship</source>
        <translation>Skader forholdet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="145"/>
        <source>Costs too much</source>
        <translation>Koster for mye</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="146"/>
        <source>Health worries</source>
        <translation>Bekymring for helsen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="147"/>
        <source>Fear of the law</source>
        <translation>Frykt for straff</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="148"/>
        <source>Goes against own values</source>
        <translation>Strider mot egne verdier</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="149"/>
        <source>Feels out of control</source>
        <translation>Føles ute av kontroll</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="150"/>
        <source>In the person&apos;s own words</source>
        <translation>Med personens egne ord</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="151"/>
        <source>Does the person have someone to talk to about the buying?</source>
        <translation>Har personen noen å snakke med om kjøpene sine?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="152"/>
        <source>Self-rating scale</source>
        <translation>Selvvurderingsskala</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="153"/>
        <source>Filled in at the start, at the end and at follow-up. The questions asked at every point are the same, so the answers can be compared over time.</source>
        <translation>Fylles ut ved behandlingsstart, ved behandlingsslutt og ved oppfølging. Spørsmålene er de samme ved hvert målepunkt, slik at svarene kan sammenlignes over tid.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="210"/>
        <source>Filled in at the start, at the end and at follow-up. The questions asked at every point are the same, so the answers can be compared over time. Version 2 words the question on impulse control more clearly and renames the middle step of the well-being scale.</source>
        <translation>Fylles ut ved behandlingsstart, ved behandlingsslutt og ved oppfølging. Spørsmålene er de samme ved hvert målepunkt, slik at svarene kan sammenlignes over tid. Versjon 2 formulerer spørsmålet om impulskontroll tydeligere og gir det midterste trinnet på trivselsskalaen et nytt navn.</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="154"/>
        <source>Why you are here</source>
        <translation>Hvorfor du er her</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="155"/>
        <source>What made you seek help?</source>
        <translation>Hva fikk deg til å søke hjelp?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="156"/>
        <source>Buying sex</source>
        <translation>Kjøp av sex</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="157"/>
        <source>Other sexual behaviour</source>
        <translation>Annen seksuell atferd</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="158"/>
        <source>My relationship</source>
        <translation>Parforholdet mitt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="159"/>
        <source>Someone close asked me to</source>
        <translation>Noen som står meg nær, ba meg om det</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="160"/>
        <source>Something else</source>
        <translation>Noe annet</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="161"/>
        <source>In your own words</source>
        <translation>Med dine egne ord</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="162"/>
        <source>Behaviour</source>
        <translation>Atferd</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="163"/>
        <source>Which of these cause you distress?</source>
        <translation>Hva av dette plager deg?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="164"/>
        <source>Sex clubs</source>
        <translation>Sexklubber</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="165"/>
        <source>Sexual chat or webcam</source>
        <translation>Sexchat eller webkamera</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="166"/>
        <source>Have you ever paid for sex?</source>
        <translation>Har du noen gang betalt for sex?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="167"/>
        <source>Have you paid for sex in the last twelve months?</source>
        <translation>Har du betalt for sex de siste tolv månedene?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="168"/>
        <source>When did you last pay for sex? (roughly)</source>
        <translation>Når betalte du sist for sex? (omtrent)</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="169"/>
        <source>During the last three months, how often did you pay for sex?</source>
        <translation>Hvor ofte har du betalt for sex de siste tre månedene?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="170"/>
        <source>Not in this period</source>
        <translation>Ikke i denne perioden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="171"/>
        <source>A few times a month</source>
        <translation>Noen ganger i måneden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="172"/>
        <source>Every week</source>
        <translation>Hver uke</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="173"/>
        <source>Nearly every day</source>
        <translation>Nesten hver dag</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="174"/>
        <source>During the last three months, how often did you watch pornography?</source>
        <translation>Hvor ofte har du sett pornografi de siste tre månedene?</translation>
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
        <translation>Hvordan du har det</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="178"/>
        <source>How are you doing overall these days?</source>
        <translation>Hvordan har du det alt i alt for tiden?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="179"/>
        <source>Very well</source>
        <translation>Veldig bra</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="180"/>
        <source>Well</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="181"/>
        <source>So-so</source>
        <translation>Sånn passe</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="182"/>
        <source>Badly</source>
        <translation>Dårlig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="183"/>
        <source>Very badly</source>
        <translation>Veldig dårlig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="184"/>
        <source>When unwanted sexual impulses come, can you stop yourself acting on them?</source>
        <translation>Når du får uønskede seksuelle impulser, klarer du da å la være å gi etter for dem?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="185"/>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="186"/>
        <source>Mostly</source>
        <translation>For det meste</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="187"/>
        <source>Sometimes</source>
        <translation>Noen ganger</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="188"/>
        <source>Rarely</source>
        <translation>Sjelden</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="189"/>
        <source>Do you see your sexual behaviour as harmful to you?</source>
        <translation>Opplever du at den seksuelle atferden din er skadelig for deg?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="190"/>
        <source>Do you see your sexual thoughts as harmful to you?</source>
        <translation>Opplever du at de seksuelle tankene dine er skadelige for deg?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="191"/>
        <source>Does your sexual behaviour harm your close relationships?</source>
        <translation>Skader den seksuelle atferden din de nære relasjonene dine?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="192"/>
        <source>How much guilt and shame do these thoughts or actions bring you?</source>
        <translation>Hvor mye skyld og skam gir disse tankene eller handlingene deg?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="193"/>
        <source>Not at all</source>
        <translation>Ikke i det hele tatt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="194"/>
        <source>A little</source>
        <translation>Litt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="195"/>
        <source>Quite a lot</source>
        <translation>Ganske mye</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="196"/>
        <source>Very much</source>
        <translation>Veldig mye</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="197"/>
        <source>How much do they make you feel not good enough?</source>
        <translation>Hvor mye får de deg til å føle at du ikke er god nok?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="198"/>
        <source>How much do they hurt the way you see yourself?</source>
        <translation>Hvor mye går de ut over hvordan du ser på deg selv?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="199"/>
        <source>How much do they hurt your relationships?</source>
        <translation>Hvor mye går de ut over relasjonene dine?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="200"/>
        <source>About the treatment</source>
        <translation>Om behandlingen</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="201"/>
        <source>Could you come as often and for as long as you needed?</source>
        <translation>Kunne du komme så ofte og så lenge du trengte?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="202"/>
        <source>Yes, fully</source>
        <translation>Ja, helt</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="203"/>
        <source>Did you feel respected?</source>
        <translation>Følte du deg respektert?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="204"/>
        <source>Did you feel you were met without being judged?</source>
        <translation>Følte du at du ble møtt uten å bli dømt?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="205"/>
        <source>Did you feel your dignity was kept?</source>
        <translation>Følte du at verdigheten din ble ivaretatt?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="206"/>
        <source>Could you talk about difficult sexual matters?</source>
        <translation>Kunne du snakke om vanskelige seksuelle temaer?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="207"/>
        <source>Did you get the help you needed?</source>
        <translation>Fikk du den hjelpen du trengte?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="208"/>
        <source>Has the treatment helped you stop unwanted impulses?</source>
        <translation>Har behandlingen hjulpet deg med å stoppe uønskede impulser?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="209"/>
        <source>Have you kept from paying for sex because of the treatment?</source>
        <translation>Har du latt være å betale for sex på grunn av behandlingen?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="211"/>
        <source>Neither well nor badly</source>
        <translation>Verken bra eller dårlig</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="212"/>
        <source>When an unwanted sexual urge comes, how often can you keep from acting on it?</source>
        <translation>Når du får en uønsket seksuell impuls, hvor ofte klarer du å la være å gi etter for den?</translation>
    </message>
    <message>
        <location filename="../../tools/resource_strings.py" line="213"/>
        <source>How strong have unwanted sexual urges been lately?</source>
        <translation>Hvor sterke har uønskede seksuelle impulser vært den siste tiden?</translation>
    </message>
</context>
</TS>
