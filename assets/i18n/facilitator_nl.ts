<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>About</name>
    <message>
        <source>&lt;h3&gt;Facilitator %1&lt;/h3&gt;&lt;p&gt;Prepare, lead and record reflection sessions at teacher-training schools.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Your data&lt;/b&gt; is stored in:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facilitator %1&lt;/h3&gt;&lt;p&gt;Reflectiesessies op opleidingsscholen voorbereiden, begeleiden en vastleggen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Je gegevens&lt;/b&gt; staan in:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Facilitator</source>
        <translation>Over Facilitator</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The app is already open with this database.

%1

Switch to the open window.</source>
        <translation>De app is al geopend met deze database.

%1

Ga naar het venster dat al open staat.</translation>
    </message>
    <message>
        <source>Facilitator cannot start</source>
        <translation>Facilitator kan niet starten</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>For example: Reflection card A</source>
        <translation>Bijvoorbeeld: Reflectiekaart A</translation>
    </message>
    <message>
        <source>## Heading, - bullet, 1. numbered item, **bold**, *italic*. A blank line starts a paragraph.</source>
        <translation>## Kopje, - opsommingsteken, 1. genummerd punt, **vet**, *cursief*. Een lege regel begint een nieuwe alinea.</translation>
    </message>
    <message>
        <source>(Source: author, year)</source>
        <translation>(Bron: auteur, jaar)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Ondertitel:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;ekst:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <source>Card decks</source>
        <translation>Kaartensets</translation>
    </message>
    <message>
        <source>Make your own &amp;copy</source>
        <translation>Maak een eigen &amp;kopie</translation>
    </message>
    <message>
        <source>Built-in decks cannot be changed; a copy of your own can.</source>
        <translation>Ingebouwde sets kun je niet wijzigen; een eigen kopie wel.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete deck…</source>
        <translation>Set &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>own deck</source>
        <translation>eigen set</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n kaart</numerusform>
            <numerusform>%n kaarten</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in · read-only</source>
        <translation>ingebouwd · alleen lezen</translation>
    </message>
    <message>
        <source>own deck · editable</source>
        <translation>eigen set · bewerkbaar</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Kaart niet opgeslagen</translation>
    </message>
    <message>
        <source>Make your own copy</source>
        <translation>Maak een eigen kopie</translation>
    </message>
    <message>
        <source>“%1” is ready: you can edit its cards.</source>
        <translation>‘%1’ staat klaar: je kunt de kaarten nu bewerken.</translation>
    </message>
    <message>
        <source>Rename deck</source>
        <translation>Naam van de set wijzigen</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nieuwe naam:</translation>
    </message>
    <message>
        <source>Delete deck</source>
        <translation>Set verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” and all its cards permanently? This cannot be undone.</source>
        <translation>‘%1’ en alle kaarten erin definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Press F1 or Esc to close.</source>
        <translation>Druk op F1 of Esc om te sluiten.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Choose the language of the app:</source>
        <translation>Kies de taal van de app:</translation>
    </message>
    <message>
        <source>The new language takes effect the next time you start the app.</source>
        <translation>De nieuwe taal wordt gebruikt zodra je de app opnieuw start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Themes and scripts</source>
        <translation>Thema&apos;s en scripts</translation>
    </message>
    <message>
        <source>Card decks</source>
        <translation>Kaartensets</translation>
    </message>
    <message>
        <source>Scenario map</source>
        <translation>Scenariokaart</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;School</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Taal…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Facilitator</source>
        <translation>&amp;Over Facilitator</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <source>Your last change to this school could not be saved. Close the app anyway?</source>
        <translation>Je laatste wijziging aan deze school kon niet worden opgeslagen. Wil je de app toch sluiten?</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Strength</source>
        <translation>Sterk punt</translation>
    </message>
    <message>
        <source>Development point</source>
        <translation>Ontwikkelpunt</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Type a note and press Enter…</source>
        <translation>Typ een notitie en druk op Enter…</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Wie (optioneel)</translation>
    </message>
    <message>
        <source>Note not stored</source>
        <translation>Notitie niet opgeslagen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Notitie verplaatsen</translation>
    </message>
    <message>
        <source>Note not changed</source>
        <translation>Notitie niet gewijzigd</translation>
    </message>
    <message>
        <source>Note not deleted</source>
        <translation>Notitie niet verwijderd</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Ongedaan maken lukt niet</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Individually, on the worksheet</source>
        <translation>Individueel op het werkblad</translation>
    </message>
    <message>
        <source>Collectively</source>
        <translation>Collectief</translation>
    </message>
    <message>
        <source>Session — presenter screen</source>
        <translation>Sessie — presentatiescherm</translation>
    </message>
    <message>
        <source>Part %1 · %2</source>
        <translation>Deel %1 · %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Dank jullie wel!</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Laatste minuut</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>nog %1 min</translation>
    </message>
</context>
<context>
    <name>ScenarioCard</name>
    <message>
        <source>You recognise it by</source>
        <translation>Je herkent het aan</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Scenario map</source>
        <translation>Scenariokaart</translation>
    </message>
    <message>
        <source>No scenario map yet</source>
        <translation>Nog geen scenariokaart</translation>
    </message>
</context>
<context>
    <name>SchoolDetail</name>
    <message>
        <source>Choose a school on the left, or add a new one with Ctrl+N.</source>
        <translation>Kies links een school, of voeg een nieuwe toe met Ctrl+N.</translation>
    </message>
    <message>
        <source>example</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Contact person, e-mail or phone</source>
        <translation>Contactpersoon, e-mailadres of telefoonnummer</translation>
    </message>
    <message>
        <source>The partnership the school belongs to</source>
        <translation>Het opleidingspartnerschap waar de school bij hoort</translation>
    </message>
    <message>
        <source>Your own notes about this school</source>
        <translation>Je eigen aantekeningen over deze school</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>&amp;Partnership:</source>
        <translation>&amp;Partnerschap:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>&amp;Import vision…</source>
        <translation>Visie &amp;importeren…</translation>
    </message>
    <message>
        <source>Read the vision from a .txt, .md, .docx or .pdf file (Ctrl+I)</source>
        <translation>Lees de visie in uit een .txt-, .md-, .docx- of .pdf-bestand (Ctrl+I)</translation>
    </message>
    <message>
        <source>Vision on training together</source>
        <translation>Visie op samen opleiden</translation>
    </message>
    <message>
        <source>Paste or type the school&apos;s vision here, or import it from a file. ## starts a heading.</source>
        <translation>Plak of typ hier de visie van de school, of importeer haar uit een bestand. Met ## begin je een kopje.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Not saved yet — your text is kept; it is saved on the next change.</source>
        <translation>Nog niet opgeslagen — je tekst blijft staan en wordt bij de volgende wijziging opgeslagen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle wijzigingen zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Import vision</source>
        <translation>Visie importeren</translation>
    </message>
    <message>
        <source>Vision documents (*.txt *.md *.docx *.pdf);;All files (*)</source>
        <translation>Visiedocumenten (*.txt *.md *.docx *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace vision?</source>
        <translation>Visie vervangen?</translation>
    </message>
    <message>
        <source>This school already has a vision. Replace it with the text from “%1”?</source>
        <translation>Deze school heeft al een visie. Wil je die vervangen door de tekst uit ‘%1’?</translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message>
        <source>Search by name or vision…</source>
        <translation>Zoek op naam of in de visie…</translation>
    </message>
    <message>
        <source>Show &amp;archived schools</source>
        <translation>Toon &amp;gearchiveerde scholen</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation>&amp;Nieuwe school…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Import vision…</source>
        <translation>Visie &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Find school</source>
        <translation>School &amp;zoeken</translation>
    </message>
    <message>
        <source>example</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Terug&amp;halen uit archief</translation>
    </message>
    <message>
        <source>Bring the school back to the list</source>
        <translation>Zet de school terug in de lijst</translation>
    </message>
    <message>
        <source>Hide the school from the list</source>
        <translation>Haal de school uit de lijst zonder iets te wissen</translation>
    </message>
    <message>
        <source>&amp;Name of the school:</source>
        <translation>&amp;Naam van de school:</translation>
    </message>
    <message>
        <source>School “%1” added.</source>
        <translation>School ‘%1’ is toegevoegd.</translation>
    </message>
    <message>
        <source>Rename school</source>
        <translation>Naam van de school wijzigen</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nieuwe naam:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <source>“%1” is archived. Tick “Show archived schools” to see it again.</source>
        <translation>‘%1’ is gearchiveerd. Vink ‘Toon gearchiveerde scholen’ aan om haar weer te zien.</translation>
    </message>
    <message>
        <source>“%1” is archived.</source>
        <translation>‘%1’ is gearchiveerd.</translation>
    </message>
    <message>
        <source>“%1” is back in the list.</source>
        <translation>‘%1’ staat weer in de lijst.</translation>
    </message>
    <message>
        <source>Delete school</source>
        <translation>School verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” permanently?

This erases the school with its vision, contact details and notes, and every session recorded for it. This cannot be undone. Choose Archive instead if you only want it out of sight.</source>
        <translation>‘%1’ definitief verwijderen?

Daarmee wis je de school met haar visie, contactgegevens en notities, en alle sessies die voor deze school zijn vastgelegd. Dit kan niet ongedaan worden gemaakt. Kies liever Archiveren als je de school alleen uit beeld wilt hebben.</translation>
    </message>
    <message>
        <source>“%1” has been deleted.</source>
        <translation>‘%1’ is verwijderd.</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>Individually, on the worksheet</source>
        <translation>Individueel op het werkblad</translation>
    </message>
    <message>
        <source>Collectively</source>
        <translation>Collectief</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>Card used in this step</source>
        <translation>Kaart die bij deze stap hoort</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Deel %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Only if there is enough time</source>
        <translation>Alleen bij voldoende tijd</translation>
    </message>
</context>
<context>
    <name>SessionBar</name>
    <message>
        <source>Click a time box to jump to it</source>
        <translation>Klik op een tijdvak om ernaartoe te springen</translation>
    </message>
    <message>
        <source>Part %1 · %2</source>
        <translation>Deel %1 · %2</translation>
    </message>
    <message>
        <source>Planned: %1 min</source>
        <translation>Gepland: %1 min</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Actual: %1 min</source>
        <translation>Werkelijk: %1 min</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Werkelijk</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Part %1</source>
        <translation>Deel %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>whole session</source>
        <translation>hele sessie</translation>
    </message>
</context>
<context>
    <name>SessionShortcuts</name>
    <message>
        <source>Start / pause / resume (Space: when the note field is empty)</source>
        <translation>Starten / pauzeren / hervatten (spatie: als het notitieveld leeg is)</translation>
    </message>
    <message>
        <source>Next time box</source>
        <translation>Volgend tijdvak</translation>
    </message>
    <message>
        <source>Previous time box</source>
        <translation>Vorig tijdvak</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Eén minuut eraf</translation>
    </message>
    <message>
        <source>Jump to time box 1…9 (or click it in the session bar)</source>
        <translation>Spring naar tijdvak 1…9 (of klik erop in de sessiebalk)</translation>
    </message>
    <message>
        <source>Skip the optional part</source>
        <translation>Het optionele deel overslaan</translation>
    </message>
    <message>
        <source>Show the card of this time box large</source>
        <translation>De kaart van dit tijdvak groot tonen</translation>
    </message>
    <message>
        <source>Presenter screen on / off</source>
        <translation>Presentatiescherm aan / uit</translation>
    </message>
    <message>
        <source>Blank the presenter screen</source>
        <translation>Presentatiescherm op zwart</translation>
    </message>
    <message>
        <source>Show the notes on the presenter screen (collective boxes)</source>
        <translation>De notities op het presentatiescherm tonen (collectieve tijdvakken)</translation>
    </message>
    <message>
        <source>Sound at zero on / off</source>
        <translation>Geluid bij nul aan / uit</translation>
    </message>
    <message>
        <source>Category of the note: strength, development point, insight, question, other</source>
        <translation>Soort notitie: sterk punt, ontwikkelpunt, inzicht, vraag, overig</translation>
    </message>
    <message>
        <source>Store the note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Edit the selected note (double-click works too)</source>
        <translation>De gekozen notitie bewerken (dubbelklikken kan ook)</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>De gekozen notitie verwijderen</translation>
    </message>
    <message>
        <source>Undo the last change to the notes</source>
        <translation>De laatste wijziging in de notities ongedaan maken</translation>
    </message>
    <message>
        <source>Back to the note field</source>
        <translation>Terug naar het notitieveld</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Dit overzicht</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <source>Session: %1</source>
        <translation>Sessie: %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optioneel</translation>
    </message>
    <message>
        <source>Only if there is enough time</source>
        <translation>Alleen bij voldoende tijd</translation>
    </message>
    <message>
        <source>Previous time box (Ctrl+Left)</source>
        <translation>Vorig tijdvak (Ctrl+Links)</translation>
    </message>
    <message>
        <source>Start / pause (Ctrl+Space)</source>
        <translation>Starten / pauzeren (Ctrl+spatie)</translation>
    </message>
    <message>
        <source>Next time box (Ctrl+Right)</source>
        <translation>Volgend tijdvak (Ctrl+Rechts)</translation>
    </message>
    <message>
        <source>One minute less (Ctrl+-)</source>
        <translation>Eén minuut eraf (Ctrl+-)</translation>
    </message>
    <message>
        <source>One minute more (Ctrl+=)</source>
        <translation>Eén minuut erbij (Ctrl+=)</translation>
    </message>
    <message>
        <source>Sound at zero on / off (Ctrl+M)</source>
        <translation>Geluid bij nul aan / uit (Ctrl+M)</translation>
    </message>
    <message>
        <source>Presenter screen (F5)</source>
        <translation>Presentatiescherm (F5)</translation>
    </message>
    <message>
        <source>Shortcuts (F1)</source>
        <translation>Sneltoetsen (F1)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Part %1 · %2</source>
        <translation>Deel %1 · %2</translation>
    </message>
    <message>
        <source>time box %1 of %2</source>
        <translation>tijdvak %1 van %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>of %1 min</source>
        <translation>van %1 min</translation>
    </message>
    <message>
        <source>(planned %1)</source>
        <translation>(gepland %1)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Geluid uit</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Geluid aan</translation>
    </message>
    <message>
        <source>Press Space to start</source>
        <translation>Druk op de spatiebalk om te beginnen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sessie afgerond</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tijd overschreden</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Laatste minuut</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Planned: %1 min, ends at %2</source>
        <translation>Gepland: %1 min, klaar om %2</translation>
    </message>
    <message>
        <source>on schedule</source>
        <translation>op schema</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 achter</translation>
    </message>
    <message>
        <source>%1 ahead</source>
        <translation>%1 voor</translation>
    </message>
    <message>
        <source>Planned end %1 · expected end %2 · %3</source>
        <translation>Gepland einde %1 · verwacht einde %2 · %3</translation>
    </message>
    <message>
        <source>%1 notes stored</source>
        <translation>%1 notities opgeslagen</translation>
    </message>
    <message>
        <source>About %1 min late.</source>
        <translation>Ongeveer %1 min uitgelopen.</translation>
    </message>
    <message>
        <source>Skip part %1</source>
        <translation>Deel %1 overslaan</translation>
    </message>
    <message>
        <source>The optional part is left out; the rest keeps its time.</source>
        <translation>Het optionele deel vervalt; de rest houdt zijn tijd.</translation>
    </message>
    <message>
        <source>Shorten the remaining time boxes</source>
        <translation>De resterende tijdvakken inkorten</translation>
    </message>
    <message>
        <source>The schedule was adjusted.</source>
        <translation>De planning is aangepast.</translation>
    </message>
    <message>
        <source>This card is no longer in the store.</source>
        <translation>Deze kaart bestaat niet meer in de database.</translation>
    </message>
    <message>
        <source>This time box uses no card.</source>
        <translation>Bij dit tijdvak hoort geen kaart.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Show &amp;clock times from</source>
        <translation>Toon &amp;kloktijden vanaf</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Session script</source>
        <translation>Sessiescript</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>No themes yet</source>
        <translation>Nog geen thema&apos;s</translation>
    </message>
    <message>
        <source>%1 minutes in total</source>
        <translation>%1 minuten in totaal</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>In het kort</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Benodigdheden</translation>
    </message>
</context>
</TS>
