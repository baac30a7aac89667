<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../kastdesk/ui/common.py" line="54"/>
        <source>Something unexpected went wrong. Nothing already saved was lost; try again, and if it keeps happening, tell your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/common.py" line="67"/>
        <source>KastDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="61"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="78"/>
        <source>Add amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="64"/>
        <source>The signed note stays as it is. The amendment is shown beneath it with your name, the time and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="70"/>
        <source>For example: a date was wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="72"/>
        <source>&amp;Amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="73"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviourInWordsEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="79"/>
        <source>edit text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="80"/>
        <source>Raise risk &amp;flag…</source>
        <extracomment>The tabs, in order. A later issue adds its tab with one line here (or ``register_tab``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="82"/>
        <source>Suicidal thoughts, violence or a child at risk: shown on every tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="231"/>
        <source>Clear risk flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="232"/>
        <source>Clear the flag “{kind}”? It stays in the case history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/workspace.py" line="234"/>
        <source>Clear flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientView</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="72"/>
        <source>KastDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="88"/>
        <source>Return to therapist (press and hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="89"/>
        <source>Hold the button down for a moment to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="130"/>
        <location filename="../../kastdesk/ui/exercises/client_view.py" line="139"/>
        <source>To go back, the therapist holds “Return to therapist”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsequenceListingEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="106"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="111"/>
        <source>A consequence, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="112"/>
        <source>Consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="115"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="141"/>
        <source>How serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="149"/>
        <source>Short or long term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="158"/>
        <source>add consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="172"/>
        <source>change consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="187"/>
        <source>Add a consequence in this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="188"/>
        <source>Add in {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="217"/>
        <source>Remove this consequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="219"/>
        <source>remove consequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopingPlanEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="517"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="519"/>
        <source>In my words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="520"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="530"/>
        <source>Who (a role is enough)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="532"/>
        <source>How to reach them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="533"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="544"/>
        <source>Print card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="552"/>
        <source>add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="556"/>
        <source>reorder steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="568"/>
        <source>add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="572"/>
        <source>edit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="595"/>
        <source>No steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="608"/>
        <source>Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="609"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="620"/>
        <source>Remove this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="622"/>
        <source>remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="632"/>
        <source>Remove this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="634"/>
        <source>remove person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="175"/>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="190"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="50"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="54"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="54"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="54"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="55"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="61"/>
        <source>Double-click a line to open that client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="76"/>
        <source>Follow-up interviews due or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="78"/>
        <source>Waiting for a first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="81"/>
        <source>In treatment, no contact for {days} days or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/due.py" line="95"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExercisesTab</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="92"/>
        <source>Exercises</source>
        <extracomment>One editor class per exercise id; a new exercise adds one line here.</extracomment>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="99"/>
        <source>Session the work is done in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="100"/>
        <source>Saves are recorded against this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="101"/>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="103"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="104"/>
        <source>Show to &amp;client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="106"/>
        <source>Full screen, large type, only this exercise: for the laptop turned towards the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="122"/>
        <source>Start in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="170"/>
        <source>(today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="211"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="215"/>
        <source>Started in session {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="217"/>
        <source>last changed in session {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="259"/>
        <source>Choose the session above; the exercise is recorded as started there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="261"/>
        <source>There is no session yet. Add one on the Sessions tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="307"/>
        <source>Exercise: {title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="308"/>
        <source>Exercise: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="317"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="326"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/tab.py" line="348"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="42"/>
        <source>Export case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="44"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="54"/>
        <source>Only sessions in a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="64"/>
        <source>Pseudonymize (names become roles, dates shift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="67"/>
        <source>More names or places to withhold, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="68"/>
        <source>Also withhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="76"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="105"/>
        <source>Save case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="106"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="113"/>
        <source>Nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="114"/>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/export_dialog.py" line="145"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="28"/>
        <source>Flag for guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="31"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="32"/>
        <source>A question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="34"/>
        <source>Session note: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="36"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="38"/>
        <source>A short question for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="39"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormEntryDialog</name>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="85"/>
        <source>Correct the saved answers</source>
        <extracomment>Where the therapist&apos;s choice of later measurement points is kept (a versioned document). Items charted until the therapist picks others: the heart of &quot;does it work&quot;. Symbol and colour per change: never colour alone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="86"/>
        <source>Enter a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="94"/>
        <source>Filled in on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="422"/>
        <source>Questions marked * need an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="523"/>
        <source>%n required question(s) not answered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="527"/>
        <source>All required questions are answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GedcomImportDialog</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="244"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="293"/>
        <source>Import from GEDCOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="250"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="264"/>
        <source>Replace the current genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="265"/>
        <source>Add beside the current genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="271"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="272"/>
        <source>Centre person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="273"/>
        <source>Generations up and down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="279"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="293"/>
        <source>GEDCOM files (*.ged *.GED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="305"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="311"/>
        <source>Reading the GEDCOM file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="326"/>
        <source>Everyone (up to {n} persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="347"/>
        <source>Pick a person from the list (type part of a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="354"/>
        <source>Choose a GEDCOM file (.ged) from a genealogy program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="370"/>
        <source>{n} persons will be imported: the most one import takes. Fewer generations bring only the nearest family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="374"/>
        <source>{n} persons will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenogramEditor</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="450"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="563"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="508"/>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="509"/>
        <source>Add a man (square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="510"/>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="512"/>
        <source>Add a woman (circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="513"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="515"/>
        <source>Add a person of another gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="519"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="520"/>
        <source>Draw an emotional relationship from the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="525"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="527"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="534"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="537"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="539"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="540"/>
        <source>Show the whole family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="541"/>
        <source>Tidy up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="542"/>
        <source>Forget dragged positions and lay out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="547"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="550"/>
        <source>Picture (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="550"/>
        <source>Drawing (SVG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="551"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="554"/>
        <source>PNG with initials only (supervision)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="555"/>
        <source>PDF with initials only (supervision)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="558"/>
        <source>GEDCOM file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="561"/>
        <source>Import GEDCOM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="733"/>
        <source>Delete {n} persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="758"/>
        <source>Click the second person (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="790"/>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="822"/>
        <source>sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="875"/>
        <source>Add emotional relationship to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="890"/>
        <source>Select the first person, then choose the relationship and click the second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="907"/>
        <source>Add parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="908"/>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="911"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="921"/>
        <source>Add child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="916"/>
        <source>With {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="916"/>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="918"/>
        <source>Without a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="922"/>
        <source>Add sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="924"/>
        <source>Set as index person (client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="928"/>
        <source>Mark alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="931"/>
        <source>Mark deceased…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="932"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="967"/>
        <source>Add marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="936"/>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="941"/>
        <source>Delete (with its lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="950"/>
        <source>Add man here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="951"/>
        <source>Add woman here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="952"/>
        <source>Add person of another gender here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="960"/>
        <source>Mark deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="961"/>
        <source>Year of death (leave empty if unknown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="967"/>
        <source>Marker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="984"/>
        <source>Genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1003"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1003"/>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1004"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1005"/>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1011"/>
        <source>Export genogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1014"/>
        <source>Export as GEDCOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1015"/>
        <source>GEDCOM files (*.ged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="1026"/>
        <source>Import from GEDCOM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="67"/>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="71"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="73"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="74"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="111"/>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="136"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="111"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="111"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="112"/>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="120"/>
        <source>&amp;Set goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="121"/>
        <source>&amp;Revise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="122"/>
        <source>Mark r&amp;eached…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="123"/>
        <source>&amp;Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="124"/>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="136"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="136"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="136"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="136"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="139"/>
        <source>Goal history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="149"/>
        <source>No goals yet. Put the reason for coming into words together, then set the first goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="165"/>
        <source>Original goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="166"/>
        <source>Current goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="167"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="187"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="263"/>
        <source>{text}  (set {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="270"/>
        <source>{state} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/goals.py" line="274"/>
        <source>Revised %n time(s) since it was set.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="275"/>
        <source>The goal has not been revised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="292"/>
        <source>Set goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="293"/>
        <source>e.g. in the client&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="303"/>
        <source>Revise goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="304"/>
        <source>Why the goal changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="315"/>
        <source>Mark goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="315"/>
        <source>Mark reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="316"/>
        <source>Drop goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/goals.py" line="317"/>
        <source>Reopen goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="39"/>
        <source>History: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="43"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="43"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="43"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="44"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="52"/>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="54"/>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="55"/>
        <source>{n} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="55"/>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="60"/>
        <source>Saved versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="66"/>
        <source>What I say I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="66"/>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="66"/>
        <source>Said in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="67"/>
        <source>Rewritten in session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="67"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="73"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/history.py" line="84"/>
        <source>Statements over the sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IAmVsIDoEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="248"/>
        <source>New “I am …” statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="249"/>
        <source>Add statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="264"/>
        <source>add statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="269"/>
        <source>rewrite statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="279"/>
        <source>What I say I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="280"/>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="286"/>
        <source>No statements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="306"/>
        <source>session {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="321"/>
        <source>“What I did” for: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="326"/>
        <source>Still feels true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="327"/>
        <source>The old sentence is back: mark it as standing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="329"/>
        <source>reopen statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="332"/>
        <source>Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="336"/>
        <source>Remove this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="338"/>
        <source>remove statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="350"/>
        <source>reword statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/intake.py" line="66"/>
        <source>Form version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/intake.py" line="96"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/intake.py" line="121"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="197"/>
        <source>KastDesk — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="197"/>
        <source>KastDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="227"/>
        <source>Choose a client in the register, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="268"/>
        <source>New client…</source>
        <translation>Ny klient…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="270"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="271"/>
        <source>Save everything and lock the vault (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="272"/>
        <source>Privacy mode</source>
        <translation>Integritetsläge</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="275"/>
        <source>Show client codes only, never names (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="279"/>
        <source>Due…</source>
        <translation>Att göra…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="281"/>
        <source>Follow-ups due, clients waiting for a first session, silent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="282"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="284"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="286"/>
        <source>Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="288"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="292"/>
        <source>Export case summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="294"/>
        <source>Prepare supervision packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="296"/>
        <source>Record guidance meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="298"/>
        <source>Import supervisor comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="300"/>
        <source>Open supervision packet (supervisor)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="302"/>
        <source>Verify vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="304"/>
        <source>Show register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="307"/>
        <source>Hide the register to give the open case the whole width (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="312"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="317"/>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="328"/>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="331"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="336"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="343"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="370"/>
        <source>Export case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="371"/>
        <source>Choose a client in the register first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="387"/>
        <source>Supervision packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="388"/>
        <source>Saved {pdf} and {packet}: {n} cases, {q} questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="430"/>
        <location filename="../../kastdesk/ui/main_window.py" line="434"/>
        <source>Verify vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="431"/>
        <source>Problems were found. Restore the named files from a backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="435"/>
        <source>The vault is intact: every file and audit log checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="438"/>
        <source>Checking every file of the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="759"/>
        <source>Privacy mode on: codes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="760"/>
        <source>Privacy mode off: names visible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="178"/>
        <source>Record guidance meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="185"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="187"/>
        <source>Names or roles, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="188"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="191"/>
        <source>Tick what was discussed and write the supervisor&apos;s advice for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="195"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="195"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="195"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="195"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="214"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="38"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="45"/>
        <source>Anonymous (code only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="47"/>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="55"/>
        <source>Name, if the client gave one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="82"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="83"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="84"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="85"/>
        <source>First contact by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="86"/>
        <source>First contact on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="87"/>
        <source>Came through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="91"/>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="110"/>
        <source>A client needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/new_client.py" line="114"/>
        <source>Type the name, or choose Anonymous.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="38"/>
        <source>Use at least ten characters. A few unrelated words are strong and easy to remember. There is no way to open the vault without it, except the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="47"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="50"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/passphrase.py" line="74"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="66"/>
        <source>First contact</source>
        <translation>Första kontakt</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="67"/>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="68"/>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="69"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="70"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="71"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="100"/>
        <source>Goals now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="101"/>
        <source>Last sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="102"/>
        <source>Risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="103"/>
        <source>Advice from guidance meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="129"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="130"/>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="138"/>
        <source>waiting for %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="142"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="161"/>
        <source>originally: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="165"/>
        <source>%n goal(s) reached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="166"/>
        <source>No goals set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kastdesk/ui/workspace/overview.py" line="183"/>
        <source>%n session(s) in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="184"/>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="188"/>
        <source>{kind}: raised {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="193"/>
        <source>cleared {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="196"/>
        <source>No risk flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="201"/>
        <source>(no advice recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="204"/>
        <source>Decided: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="206"/>
        <source>Supervisor: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/overview.py" line="208"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="61"/>
        <source>Prepare supervision packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="65"/>
        <source>The packet holds the questions flagged for guidance, pseudonymized: a PDF to read and an encrypted file the supervisor opens in KastDesk to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="75"/>
        <source>{code}: {n} question(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="82"/>
        <source>No case has an open question for guidance. Flag a case, a note or a question from the case&apos;s Supervision tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="88"/>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="91"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="95"/>
        <source>Save in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="100"/>
        <source>Packet passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="101"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="103"/>
        <source>Give the supervisor this passphrase by another way than the file (in person or by phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="113"/>
        <source>Export packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="121"/>
        <source>Save the packet in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="132"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="134"/>
        <source>The packet passphrase must be at least 10 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="136"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="138"/>
        <source>Choose a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/meeting.py" line="163"/>
        <source>Preparing the packet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="34"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="36"/>
        <source>Everything you write in KastDesk is kept encrypted in this vault. Choose the passphrase that opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="41"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="52"/>
        <source>Your name (for the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="62"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="79"/>
        <source>Creating the vault and tuning its encryption to this computer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderWorkspace</name>
    <message>
        <location filename="../../kastdesk/ui/main_window.py" line="70"/>
        <source>{code} — {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="69"/>
        <source>Select a person, a couple line or a relationship line to see and edit its details.</source>
        <extracomment>(child link id, fields): kind (biological, adopted, foster) and birth order. (person ids, identical): mark the selected person and a sibling as twins.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="79"/>
        <source>e.g. father, maternal grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="84"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="89"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="103"/>
        <source>Other markers, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="104"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="105"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="106"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="108"/>
        <source>Born (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="109"/>
        <source>Died (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="111"/>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="112"/>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="113"/>
        <source>Other markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="114"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="117"/>
        <source>As a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="126"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="128"/>
        <source>Identical twins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="130"/>
        <source>Child line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="131"/>
        <source>Birth order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="132"/>
        <source>Twin of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="148"/>
        <source>Couple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="149"/>
        <source>From (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="150"/>
        <source>Until (year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="160"/>
        <source>From the first person to the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="163"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="165"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="220"/>
        <source>(not a twin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/properties.py" line="231"/>
        <source>Hidden (privacy mode)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaiseFlagDialog</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="104"/>
        <source>Raise risk flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="110"/>
        <source>What was said or seen (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="113"/>
        <source>&amp;Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="114"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="118"/>
        <source>Raise flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="32"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="36"/>
        <source>Type the recovery key exactly as printed, then choose a new passphrase. The old passphrase stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="42"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/recovery.py" line="60"/>
        <source>Open vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="96"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="98"/>
        <source>If you forget the passphrase, this key is the only way into the vault. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="111"/>
        <source>Write it on paper or print it, and keep it locked away from the laptop. Do not save it in a file or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="115"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="118"/>
        <source>I have written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="142"/>
        <source>KastDesk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="143"/>
        <source>This key opens the vault if the passphrase is forgotten. Keep this paper locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/create.py" line="145"/>
        <source>Vault folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="127"/>
        <source>Active risk flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="131"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="132"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="134"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="135"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="136"/>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="163"/>
        <source>Days from first contact to the first session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="165"/>
        <source>Next session, or the follow-up interview after treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="182"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="188"/>
        <source>Follow-up {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="276"/>
        <source>Search code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="281"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/cases/register.py" line="336"/>
        <source>{shown} of {total} clients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="61"/>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="71"/>
        <source>better</source>
        <extracomment>Dash patterns beside colours, so lines differ for people who do not see colour well.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="67"/>
        <source>No answers to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/chart.py" line="73"/>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfRatingTab</name>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="134"/>
        <source>Measurement point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="134"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="135"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="142"/>
        <source>Fill in with the &amp;client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="143"/>
        <source>Opens the form full screen for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="144"/>
        <source>Enter a &amp;paper form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="145"/>
        <source>Add a later &amp;point…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="149"/>
        <source>Measurement points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="162"/>
        <source>▲ better than the point before   ▼ worse   = the same   • first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="164"/>
        <source>C&amp;orrect the chosen form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="166"/>
        <source>Choose a column (a filled-in form) and correct a mistyped answer or date; the earlier answers stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="177"/>
        <source>Answers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="185"/>
        <source>Over time (up is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="225"/>
        <source>Add a later point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="226"/>
        <source>Months after the last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="241"/>
        <source>Start of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="243"/>
        <source>End of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="245"/>
        <source>Follow-up, {n} months after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="250"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="251"/>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="252"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="253"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="254"/>
        <source>Set when treatment ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="334"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="334"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="335"/>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="344"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="351"/>
        <source>filled in by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="352"/>
        <source>typed in from paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="354"/>
        <source>Form version {v}; {by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="374"/>
        <source>Better than at the point before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="375"/>
        <source>Worse than at the point before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="376"/>
        <source>The same as at the point before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="377"/>
        <source>First answer to this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="384"/>
        <source>Answers given on form version {old} are shown on the questions of version {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="449"/>
        <source>I am done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/selfrating/tab.py" line="473"/>
        <source>Thank you. Please turn the screen back to your therapist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="137"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="145"/>
        <source>Comma-separated, e.g. triggers, partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="148"/>
        <source>What was worked on in this session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="151"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="152"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="157"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="158"/>
        <source>Redo typing (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="171"/>
        <source>&amp;Sign note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="172"/>
        <source>Signing makes the note read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="173"/>
        <source>Add a&amp;mendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="177"/>
        <source>Choose a session, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="187"/>
        <source>&amp;Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="189"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="191"/>
        <source>&amp;Modality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="193"/>
        <source>&amp;Present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="195"/>
        <source>&amp;Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="199"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="311"/>
        <source>Signed by {who} at {when}. Changes are added as amendments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="316"/>
        <source>Amendment by {who} at {when} — reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="351"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="388"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="422"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="422"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="422"/>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="422"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="423"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="511"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="429"/>
        <source>Sessions</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="430"/>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="431"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="432"/>
        <source>Delete a session booked by mistake (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="593"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="596"/>
        <source>Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="594"/>
        <source>Sign this note? A signed note can no longer be edited; later changes are added beneath it as amendments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="619"/>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="622"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/sessions.py" line="620"/>
        <source>Delete the session of {when} and its note? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="42"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="47"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="52"/>
        <source>KastDesk locks itself when nobody has used it for this long. Everything typed is saved first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="58"/>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/settings.py" line="60"/>
        <source>Your name (audit log):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="121"/>
        <source>Passphrase of the packet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionTab</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="53"/>
        <source>Flag for guidance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="56"/>
        <source>Open questions for guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/tab.py" line="59"/>
        <source>Advice and supervisor comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="38"/>
        <source>KastDesk – supervisor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="41"/>
        <source>Read-only supervision packet. Write your comments in the boxes and save them for the therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="47"/>
        <source>Comment on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="49"/>
        <source>Question: {q}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="53"/>
        <source>Your advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="55"/>
        <source>Session note {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="60"/>
        <source>Comment on this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="66"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="67"/>
        <source>Save comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="88"/>
        <source>Save comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="89"/>
        <source>KastDesk comments (*.kastcmt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="95"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="97"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/supervision/supervisor.py" line="98"/>
        <source>{n} comments saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="69"/>
        <source>No entries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="122"/>
        <source>Urges per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="123"/>
        <source>Chose something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="124"/>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggersAlternativesEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="392"/>
        <source>When does the urge come?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="395"/>
        <source>The situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="396"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="397"/>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="398"/>
        <source>Needs behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="400"/>
        <source>Add situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="410"/>
        <source>Alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="413"/>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="414"/>
        <source>Needs it meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="415"/>
        <source>Add alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="430"/>
        <source>add situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="434"/>
        <source>add alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="460"/>
        <source>Remove this situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="462"/>
        <source>remove situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="466"/>
        <source>Feelings: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="469"/>
        <source>Which need is behind it? Not named yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="486"/>
        <source>What I would rather do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="491"/>
        <source>Remove this alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/editors.py" line="493"/>
        <source>remove alternative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="60"/>
        <source>KastDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="62"/>
        <source>Enter your passphrase to open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="74"/>
        <location filename="../../kastdesk/ui/start/unlock.py" line="75"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="77"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="101"/>
        <source>A demo vault with fictional clients only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="102"/>
        <source>Demo passphrase: {passphrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="108"/>
        <source>Forgot your passphrase? Use the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="151"/>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="165"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/start/unlock.py" line="210"/>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeLogEditor</name>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="153"/>
        <source>Also count days without pornography (a goal)</source>
        <extracomment>Replaced by the tab so tests and the demo can fix &quot;today&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="162"/>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="191"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="166"/>
        <source>Strength </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="168"/>
        <source>How strong (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="170"/>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="191"/>
        <source>What set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="172"/>
        <source>What I chose instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="179"/>
        <source>Add to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="191"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="192"/>
        <source>Chose instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="192"/>
        <source>Lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="205"/>
        <source>Remove selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="217"/>
        <source>add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="232"/>
        <source>change what is counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="239"/>
        <source>remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="243"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="243"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="264"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="270"/>
        <source>since the last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="273"/>
        <source>Longest stretch: {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="281"/>
        <source>Urges logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/exercises/urges.py" line="285"/>
        <source>chose something else %1 of %2 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ButtonsEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="85"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="85"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="105"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="106"/>
        <source>Remove this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ComboEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="148"/>
        <source>— not answered —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DateEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="257"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FlagStrip</name>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="51"/>
        <source>raised {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="60"/>
        <source>Clear flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/workspace/flags.py" line="61"/>
        <source>The risk no longer applies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ItemRow</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="357"/>
        <source>An answer is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_NumberEditor</name>
    <message>
        <location filename="../../kastdesk/ui/forms/formwidget.py" line="222"/>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.editor</name>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="104"/>
        <source>Redo {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/genogram/editor.py" line="108"/>
        <source>Undo {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="77"/>
        <source>Preparing a demo vault with fictional clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="84"/>
        <source>The demo vault could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kastdesk/ui/app.py" line="89"/>
        <source>Making fictional clients for the demo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
