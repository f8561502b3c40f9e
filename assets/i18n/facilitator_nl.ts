<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>Prepare, lead and record reflection sessions at teacher-training schools.</source>
        <translation>Reflectiesessies op opleidingsscholen voorbereiden, begeleiden en vastleggen.</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <source>Open &amp;backup folder</source>
        <translation>Map met &amp;reservekopieën openen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Je gegevens</translation>
    </message>
    <message>
        <source>Schools, card decks, sessions and notes are in one file on this computer; the app opens no network connection.</source>
        <translation>Scholen, kaartensets, sessies en notities staan in één bestand op deze computer; de app maakt geen netwerkverbinding.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>A backup is made at every start (at most once an hour) and after every finished session. Choose another folder in Settings → Back-ups…</source>
        <translation>Bij elke start (hoogstens één keer per uur) en na elke afgeronde sessie wordt een reservekopie gemaakt. Kies een andere map via Instellingen → Reservekopieën…</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Install a newer version over this one: your data stays where it is. The newer version first saves a copy of the file, then updates it.</source>
        <translation>Installeer een nieuwere versie over deze heen: je gegevens blijven waar ze zijn. De nieuwe versie bewaart eerst een kopie van het bestand en werkt het daarna bij.</translation>
    </message>
    <message>
        <source>Could not open %1. Open it yourself in the file manager.</source>
        <translation>%1 kon niet worden geopend. Open de map zelf in je bestandsbeheer.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the record</source>
        <translation>Verslag corrigeren</translation>
    </message>
    <message>
        <source>Inspiration cards that fit the first step</source>
        <translation>Inspiratiekaarten die bij de eerste stap passen</translation>
    </message>
    <message>
        <source>Why is this corrected? (required)</source>
        <translation>Waarom wordt dit gecorrigeerd? (verplicht)</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Veld:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Nieuwe waarde:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>The original stays visible in the record, with the date of this correction.</source>
        <translation>Het origineel blijft zichtbaar in het verslag, met de datum van deze correctie.</translation>
    </message>
    <message>
        <source>Tick the cards that fit the first step.</source>
        <translation>Vink de kaarten aan die bij de eerste stap passen.</translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation>Eén per regel.</translation>
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
        <source>%1 cannot start</source>
        <translation>%1 kan niet starten</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Close the session window first, then restore the backup.</source>
        <translation>Sluit eerst het sessievenster en zet daarna de reservekopie terug.</translation>
    </message>
    <message>
        <source>The backup has been restored.</source>
        <translation>De reservekopie is teruggezet.</translation>
    </message>
    <message>
        <source>The previous file was kept as %1.</source>
        <translation>Het vorige bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>No backup at start-up</source>
        <translation>Geen reservekopie bij het starten</translation>
    </message>
    <message>
        <source>Damaged sessions skipped: %1</source>
        <translation>Beschadigde sessies overgeslagen: %1</translation>
    </message>
    <message>
        <source>The database file was deleted while the app was open. A copy was saved with the backups: %1</source>
        <translation>Het databasebestand is verwijderd terwijl de app open was. Er is een kopie bewaard bij de reservekopieën: %1</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Volg het &amp;systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Weergave</translation>
    </message>
</context>
<context>
    <name>ArchiveActions</name>
    <message>
        <source>&amp;Export everything…</source>
        <translation>Alles &amp;exporteren…</translation>
    </message>
    <message>
        <source>I&amp;mport archive…</source>
        <translation>Archief i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation>&amp;Notities zoeken…</translation>
    </message>
    <message>
        <source>Partnership &amp;overview…</source>
        <translation>&amp;Overzicht van het partnerschap…</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Import done.</source>
        <translation>Het importeren is klaar.</translation>
    </message>
    <message>
        <source>Partnership overview</source>
        <translation>Overzicht van het partnerschap</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Back-ups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <source>For example a folder that is synced to a cloud drive</source>
        <translation>Bijvoorbeeld een map die met een clouddienst wordt gesynchroniseerd</translation>
    </message>
    <message>
        <source>&amp;Default folder</source>
        <translation>&amp;Standaardmap</translation>
    </message>
    <message>
        <source>Keep backups next to the database again</source>
        <translation>Reservekopieën weer naast de database bewaren</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Aanleiding</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nog geen reservekopieën.</translation>
    </message>
    <message>
        <source>&amp;Make a backup now</source>
        <translation>&amp;Nu een reservekopie maken</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Check the database and every backup for damage</source>
        <translation>Controleer de database en elke reservekopie op beschadiging</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Reservekopieën, nieuwste eerst</translation>
    </message>
    <message>
        <source>A backup is made when the app starts (at most once an hour) and after every finished session. The newest 10 are kept, plus one for each of the last 12 months.</source>
        <translation>Er wordt een reservekopie gemaakt bij het starten van de app (hooguit eens per uur) en na elke afgeronde sessie. De nieuwste 10 blijven bewaard, plus één per maand van de laatste 12 maanden.</translation>
    </message>
    <message>
        <source>A folder you chose.</source>
        <translation>Een map die je zelf hebt gekozen.</translation>
    </message>
    <message>
        <source>The default folder, next to the database.</source>
        <translation>De standaardmap, naast de database.</translation>
    </message>
    <message>
        <source>At start-up</source>
        <translation>Bij het starten</translation>
    </message>
    <message>
        <source>Session finished</source>
        <translation>Sessie afgerond</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Zelf gemaakt</translation>
    </message>
    <message>
        <source>Rescued deleted file</source>
        <translation>Gered na verwijderen</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Map voor reservekopieën</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>The database is damaged: %1

Restore the newest good backup: select it and choose Restore…</source>
        <translation>De database is beschadigd: %1

Zet de nieuwste goede reservekopie terug: kies haar in de lijst en dan Terugzetten…</translation>
    </message>
    <message numerus="yes">
        <source>The database is sound, but %1 of the %n backup(s) are damaged. They are never offered for restoring; delete them or keep them apart:

%2</source>
        <translation>
            <numerusform>De database is in orde, maar de reservekopie is beschadigd. Die wordt nooit aangeboden om terug te zetten; verwijder haar of bewaar haar apart:

%2</numerusform>
            <numerusform>De database is in orde, maar %1 van de %n reservekopieën zijn beschadigd. Die worden nooit aangeboden om terug te zetten; verwijder ze of bewaar ze apart:

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is sound, and so are all %n backup(s).</source>
        <translation>
            <numerusform>De database is in orde, en de reservekopie ook.</numerusform>
            <numerusform>De database is in orde, en alle %n reservekopieën ook.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound. There are no backups yet.</source>
        <translation>De database is in orde. Er zijn nog geen reservekopieën.</translation>
    </message>
    <message>
        <source>The database is sound, and so is its backup.</source>
        <translation>De database is in orde, en de reservekopie ook.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>This backup cannot be read. Choose another one.</source>
        <translation>Deze reservekopie is niet leesbaar. Kies een andere.</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

It holds %2.

What you entered after this backup is not in it. The current file is not deleted: it is kept next to the database as “…replaced-….sqlite3”. The main window closes and opens again on the backup.</source>
        <translation>De reservekopie van %1 terugzetten?

Deze bevat %2.

Wat je na deze reservekopie hebt ingevoerd, staat er niet in. Het huidige bestand wordt niet verwijderd: het blijft naast de database bewaard als “…replaced-….sqlite3”. Het hoofdvenster sluit en opent opnieuw met de reservekopie.</translation>
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
        <source>Optional: a short text on the back of the card</source>
        <translation>Optioneel: een korte tekst op de achterkant van de kaart</translation>
    </message>
    <message>
        <source>(Source: author, year)</source>
        <translation>(Bron: auteur, jaar)</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Titel van de kaart</translation>
    </message>
    <message>
        <source>Card subtitle</source>
        <translation>Ondertitel van de kaart</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Tekst van de kaart</translation>
    </message>
    <message>
        <source>Text on the back</source>
        <translation>Tekst op de achterkant</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Bronregel</translation>
    </message>
    <message>
        <source>B</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Vet (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursief (Ctrl+I)</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Opsomming</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation>Opsomming (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kopje</translation>
    </message>
    <message>
        <source>Heading: a line starting with ##</source>
        <translation>Kopje: een regel die begint met ##</translation>
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
        <source>&amp;Back:</source>
        <translation>&amp;Achterkant:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Bron:</translation>
    </message>
</context>
<context>
    <name>CardPickerDialog</name>
    <message>
        <source>Cards for %1</source>
        <translation>Kaarten bij %1</translation>
    </message>
    <message>
        <source>Tick the cards the participants use in this step.</source>
        <translation>Vink de kaarten aan die de deelnemers bij deze stap gebruiken.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>No longer in any deck</source>
        <translation>Niet meer in een kaartenset</translation>
    </message>
</context>
<context>
    <name>CardPreviewPane</name>
    <message>
        <source>Print preview of the card</source>
        <translation>Afdrukvoorbeeld van de kaart</translation>
    </message>
    <message>
        <source>This text does not fit, not even at 9 pt over three cards. The preview shows the part that fits; shorten the text or choose a larger card size.</source>
        <translation>Deze tekst past niet, ook niet bij 9 pt verdeeld over drie kaarten. Het voorbeeld toont het deel dat past; maak de tekst korter of kies een groter kaartformaat.</translation>
    </message>
    <message>
        <source>As printed (front and back)</source>
        <translation>Zo wordt de kaart afgedrukt (voor- en achterkant)</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Voorbeeld bijwerken…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Het voorbeeld kon niet worden gemaakt: %1</translation>
    </message>
</context>
<context>
    <name>ClockPanel</name>
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
        <source>Screen…</source>
        <translation>Scherm…</translation>
    </message>
    <message>
        <source>Which display the presenter screen uses</source>
        <translation>Op welk scherm het presentatiescherm komt</translation>
    </message>
    <message>
        <source>Shortcuts (F1)</source>
        <translation>Sneltoetsen (F1)</translation>
    </message>
    <message>
        <source>Part 3 board (F7)</source>
        <translation>Bord deel 3 (F7)</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
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
        <source>of %1 min</source>
        <translation>van %1 min</translation>
    </message>
    <message>
        <source>(planned %1)</source>
        <translation>(gepland %1)</translation>
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
        <source>Time boxes over: finish on the board (F7)</source>
        <translation>Tijdvakken voorbij: rond af op het bord (F7)</translation>
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
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 over time</source>
        <translation>%1 over tijd</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Back-ups…</source>
        <translation>&amp;Reservekopieën…</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>&amp;Persoonsgegevens…</translation>
    </message>
</context>
<context>
    <name>DeckFiles</name>
    <message>
        <source>E&amp;xport deck…</source>
        <translation>Set e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Import deck…</source>
        <translation>Set &amp;importeren…</translation>
    </message>
    <message>
        <source>Read a deck file (.toml) as a new deck of your own (Ctrl+Shift+O)</source>
        <translation>Een setbestand (.toml) inlezen als nieuwe eigen set (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Save this deck as one file to share it (Ctrl+Shift+E)</source>
        <translation>Deze set als één bestand opslaan om te delen (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Export deck</source>
        <translation>Set exporteren</translation>
    </message>
    <message>
        <source>Deck file (*.toml)</source>
        <translation>Kaartenset (*.toml)</translation>
    </message>
    <message>
        <source>Deck saved as %1.</source>
        <translation>Set opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Import deck</source>
        <translation>Set importeren</translation>
    </message>
    <message>
        <source>This deck file cannot be read, so nothing was imported.

%1</source>
        <translation>Dit setbestand kan niet worden gelezen; er is niets geïmporteerd.

%1</translation>
    </message>
    <message>
        <source>“%1” is imported as a deck of your own.</source>
        <translation>‘%1’ is ingelezen als eigen set.</translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message>
        <source>Card decks</source>
        <translation>Kaartensets</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Kaartformaat</translation>
    </message>
    <message>
        <source>Card si&amp;ze:</source>
        <translation>Kaart&amp;formaat:</translation>
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
        <source>&amp;New card</source>
        <translation>&amp;Nieuwe kaart</translation>
    </message>
    <message>
        <source>Add a card after this one</source>
        <translation>Een kaart toevoegen na deze</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete this card</source>
        <translation>Deze kaart verwijderen</translation>
    </message>
    <message>
        <source>This card’s text does not fit, not even at 9 pt over three cards.</source>
        <translation>De tekst van deze kaart past niet, ook niet bij 9 pt verdeeld over drie kaarten.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
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
        <source>The size this deck is designed and printed at. A larger card gives long texts room; the preview and the warnings follow at once.</source>
        <translation>Het formaat waarvoor deze set is gemaakt en waarop hij wordt afgedrukt. Op een grotere kaart krijgen lange teksten meer ruimte; het voorbeeld en de waarschuwingen passen zich meteen aan.</translation>
    </message>
    <message>
        <source>A built-in deck keeps its size; make your own copy to choose another one.</source>
        <translation>Een ingebouwde set houdt zijn formaat; maak een eigen kopie om een ander formaat te kiezen.</translation>
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
        <source>New card</source>
        <translation>Nieuwe kaart</translation>
    </message>
    <message>
        <source>adding of “%1”</source>
        <translation>toevoegen van ‘%1’</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Kaart dupliceren</translation>
    </message>
    <message>
        <source>duplicate of “%1”</source>
        <translation>dupliceren van ‘%1’</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Kaart verplaatsen</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <source>delete of “%1”</source>
        <translation>verwijderen van ‘%1’</translation>
    </message>
    <message>
        <source>Card “%1” deleted. Undo with Ctrl+Z or the Undo button.</source>
        <translation>Kaart ‘%1’ verwijderd. Ongedaan maken met Ctrl+Z of de knop Ongedaan maken.</translation>
    </message>
    <message>
        <source>move of “%1”</source>
        <translation>verplaatsen van ‘%1’</translation>
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
        <source>The cards of “%1” are now %2.</source>
        <translation>De kaarten van ‘%1’ hebben nu formaat %2.</translation>
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
    <name>DirectPrinter</name>
    <message>
        <source>No printer</source>
        <translation>Geen printer</translation>
    </message>
    <message>
        <source>No printer is installed on this computer. Save it as a PDF instead and print that on a computer with a printer, or install a printer first and try again.</source>
        <translation>Er is op deze computer geen printer geïnstalleerd. Sla het daarom op als pdf en druk die af op een computer met een printer, of installeer eerst een printer en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>De pagina’s worden klaargezet voor de printer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Sending to the printer…</source>
        <translation>Bezig met versturen naar de printer…</translation>
    </message>
    <message>
        <source>Sent 1 page to %1.</source>
        <translation>1 pagina naar %1 gestuurd.</translation>
    </message>
    <message>
        <source>Sent %1 pages to %2.</source>
        <translation>%1 pagina’s naar %2 gestuurd.</translation>
    </message>
    <message>
        <source>1 page was larger than the paper and was printed smaller; choose larger paper (for example A3) in the print dialog to print it at full size.</source>
        <translation>1 pagina was groter dan het papier en is verkleind afgedrukt; kies in het afdrukvenster groter papier (bijvoorbeeld A3) om die op ware grootte af te drukken.</translation>
    </message>
    <message>
        <source>%1 pages were larger than the paper and were printed smaller; choose larger paper (for example A3) in the print dialog to print them at full size.</source>
        <translation>%1 pagina’s waren groter dan het papier en zijn verkleind afgedrukt; kies in het afdrukvenster groter papier (bijvoorbeeld A3) om ze op ware grootte af te drukken.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent to the printer.</source>
        <translation>Geannuleerd; er is niets naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
</context>
<context>
    <name>EditorShell</name>
    <message>
        <source>Make your own &amp;copy</source>
        <translation>Maak een eigen &amp;kopie</translation>
    </message>
    <message>
        <source>built-in · read-only</source>
        <translation>ingebouwd · alleen lezen</translation>
    </message>
    <message>
        <source>Make your own copy</source>
        <translation>Maak een eigen kopie</translation>
    </message>
</context>
<context>
    <name>EditorUndo</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Ongedaan gemaakt: %1.</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>Opnieuw gedaan: %1.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Er is niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Er is niets om opnieuw te doen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Opnieuw: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Archive</source>
        <translation>Archief</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>%1 archives (*.fapp);;Zip files (*.zip)</source>
        <translation>%1-archieven (*.fapp);;Zip-bestanden (*.zip)</translation>
    </message>
    <message>
        <source>Saved to %1: %2. Only you can read the file.</source>
        <translation>Opgeslagen in %1: %2. Alleen jij kunt het bestand lezen.</translation>
    </message>
    <message>
        <source>Left out, stored damaged: %1</source>
        <translation>Niet in het archief, want beschadigd opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 archives (*.fapp *.zip);;All files (*)</source>
        <translation>%1-archieven (*.fapp *.zip);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>FollowUpBanner</name>
    <message>
        <source>Last session (%1) the first step was: %2%3. How did it go?</source>
        <translation>Vorige sessie (%1) was de eerste stap: %2%3. Hoe is het gegaan?</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>deels gedaan</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>niet gedaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Deels</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Niet gedaan</translation>
    </message>
    <message>
        <source>In a few words (optional); Enter saves</source>
        <translation>In een paar woorden (mag ook leeg); Enter bewaart</translation>
    </message>
    <message>
        <source>How did the first step go?</source>
        <translation>Hoe is de eerste stap gegaan?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Facilitator&apos;s guide</source>
        <translation>Handreiking voor de procesbegeleider</translation>
    </message>
    <message>
        <source>Only on your screen, never on the presenter screen.</source>
        <translation>Alleen op jouw scherm, nooit op het presentatiescherm.</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>Part %1 · %2</source>
        <translation>Deel %1 · %2</translation>
    </message>
    <message>
        <source>No notes for this time box.</source>
        <translation>Geen aanwijzingen bij dit tijdvak.</translation>
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
    <name>HistoryView</name>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Eerste stap</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>No finished session yet: the history starts with the first decision.</source>
        <translation>Nog geen afgeronde sessie: de geschiedenis begint bij het eerste besluit.</translation>
    </message>
    <message>
        <source>open: no later session yet</source>
        <translation>open: nog geen volgende sessie</translation>
    </message>
    <message>
        <source>followed up on %1: %2</source>
        <translation>opgevolgd op %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s); first %1 (%2), latest %3 (%4).</source>
        <translation>
            <numerusform>%n positie; eerst %1 (%2), laatst %3 (%4).</numerusform>
            <numerusform>%n posities; eerst %1 (%2), laatst %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>open: next session on %1</source>
        <translation>open: volgende sessie op %1</translation>
    </message>
    <message>
        <source>not discussed at the session of %1</source>
        <translation>niet besproken in de sessie van %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>Importeren: %1</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tijden</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>%1 new, %2 already here, %3 in conflict.</source>
        <translation>%1 nieuw, %2 al aanwezig, %3 in conflict.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <source>already here</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <source>conflicts</source>
        <translation>conflicten</translation>
    </message>
    <message>
        <source>“%1” is called “%2” here: a school with that name exists.</source>
        <translation>“%1” heet hier “%2”: er bestaat al een school met die naam.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Verschilt in</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Hun versie nemen</translation>
    </message>
    <message>
        <source>&amp;Keep mine for all</source>
        <translation>Overal mijn versie &amp;houden</translation>
    </message>
    <message>
        <source>&amp;Take theirs for all</source>
        <translation>Overal hun versie &amp;nemen</translation>
    </message>
    <message>
        <source>Same record here and in the file, with other content:</source>
        <translation>Hier en in het bestand hetzelfde gegeven, met een andere inhoud:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Choose for every conflict (%1 left).</source>
        <translation>Maak bij elk conflict een keuze (nog %1).</translation>
    </message>
    <message>
        <source>Everything in this file is already here; there is nothing to import.</source>
        <translation>Alles in dit bestand is hier al aanwezig; er valt niets te importeren.</translation>
    </message>
    <message>
        <source>Nothing changes until you press Apply. A backup is made first.</source>
        <translation>Er verandert niets tot je op Toepassen drukt. Eerst wordt een reservekopie gemaakt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>InspirationFilter</name>
    <message>
        <source>Search the cards…</source>
        <translation>Zoek in de kaarten…</translation>
    </message>
    <message>
        <source>Search the cards</source>
        <translation>Zoek in de kaarten</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>What the card tackles</source>
        <translation>Wat de kaart aanpakt</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Every topic</source>
        <translation>Alle onderwerpen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Individually, on the worksheet</source>
        <translation>Individueel op het werkblad</translation>
    </message>
    <message>
        <source>Collectively</source>
        <translation>Collectief</translation>
    </message>
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
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>First development step</source>
        <translation>Eerste ontwikkelstap</translation>
    </message>
    <message>
        <source>Who takes the first step</source>
        <translation>Wie zet de eerste stap</translation>
    </message>
    <message>
        <source>When (first step)</source>
        <translation>Wanneer (eerste stap)</translation>
    </message>
    <message>
        <source>Development points tackled</source>
        <translation>Aan te pakken ontwikkelpunten</translation>
    </message>
    <message>
        <source>Strengths used</source>
        <translation>In te zetten sterke punten</translation>
    </message>
    <message>
        <source>Insights used</source>
        <translation>In te zetten inzichten</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Benodigde ondersteuning</translation>
    </message>
    <message>
        <source>Inspiration cards</source>
        <translation>Inspiratiekaarten</translation>
    </message>
    <message>
        <source>%1 · %2: “%3” → “%4” (reason: %5)</source>
        <translation>%1 · %2: “%3” → “%4” (reden: %5)</translation>
    </message>
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
    <message>
        <source>The session is finished: its record is locked. Add a correction with “Amend…” on the board (F7).</source>
        <translation>De sessie is afgerond: het verslag ligt vast. Een correctie voeg je toe met ‘Corrigeren…’ op het bord (F7).</translation>
    </message>
    <message>
        <source>Start the session first (Space).</source>
        <translation>Start eerst de sessie (spatie).</translation>
    </message>
    <message>
        <source>The time boxes are over: finish the session on the board (F7).</source>
        <translation>De tijdvakken zijn voorbij: rond de sessie af op het bord (F7).</translation>
    </message>
    <message>
        <source>There is no optional part left to skip.</source>
        <translation>Er is geen optioneel deel meer om over te slaan.</translation>
    </message>
    <message>
        <source>The schedule needs no adjustment now.</source>
        <translation>De planning hoeft nu niet aangepast te worden.</translation>
    </message>
    <message>
        <source>This session has no such time box.</source>
        <translation>Deze sessie heeft dat tijdvak niet.</translation>
    </message>
    <message>
        <source>This session has no script; plan it again with a theme.</source>
        <translation>Deze sessie heeft geen draaiboek; plan haar opnieuw met een thema.</translation>
    </message>
    <message>
        <source>That is not possible now.</source>
        <translation>Dat kan nu niet.</translation>
    </message>
    <message>
        <source>The database is in use by another program%1. Close the app&apos;s other windows (or the sync program) and try again.</source>
        <translation>De database is in gebruik door een ander programma%1. Sluit de andere vensters van de app (of het synchronisatieprogramma) en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database cannot be written to%1. Check that you may write in its folder, or choose another folder with --db.</source>
        <translation>De database kan niet worden beschreven%1. Controleer of je schrijfrechten hebt op deze map, of kies een andere map met --db.</translation>
    </message>
    <message>
        <source>The disk is full; your last change was not saved. Free some space and try again — what was saved before is safe.</source>
        <translation>De schijf is vol; je laatste wijziging is niet opgeslagen. Maak ruimte vrij en probeer het opnieuw — eerder opgeslagen gegevens zijn veilig.</translation>
    </message>
    <message>
        <source>The database file is damaged%1. Nothing was overwritten. Restore a backup or start with another database (--db).</source>
        <translation>Het databasebestand is beschadigd%1. Er is niets overschreven. Zet een reservekopie terug of start met een andere database (--db).</translation>
    </message>
    <message>
        <source>The database file is empty (0 bytes)%1: the data it held is lost, for example through a sync program or a full disk. Nothing was overwritten. Restore the newest good backup or start with another database (--db).</source>
        <translation>Het databasebestand is leeg (0 bytes)%1: de gegevens die erin stonden zijn verloren gegaan, bijvoorbeeld door een synchronisatieprogramma of een volle schijf. Er is niets overschreven. Zet de nieuwste goede reservekopie terug of start met een andere database (--db).</translation>
    </message>
    <message>
        <source>The database cannot be opened%1. Check that the folder exists and can be reached (a disconnected drive, for example).</source>
        <translation>De database kan niet worden geopend%1. Controleer of de map bestaat en bereikbaar is (bijvoorbeeld een losgekoppelde schijf).</translation>
    </message>
    <message>
        <source>This database%1 was made by a newer version of the app (schema “%2”). Update the app; the database has not been changed.</source>
        <translation>Deze database%1 is gemaakt met een nieuwere versie van de app (schema ‘%2’). Werk de app bij; de database is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The database is missing%1, but there is a backup of it: %2. Restore it, or copy it to the database&apos;s place. To really start with an empty database, first move the folder %3.</source>
        <translation>De database ontbreekt%1, maar er is een reservekopie van: %2. Zet die terug, of kopieer haar naar de plaats van de database. Wil je echt met een lege database beginnen, verplaats dan eerst de map %3.</translation>
    </message>
    <message>
        <source>This school no longer exists.</source>
        <translation>Deze school bestaat niet (meer).</translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation>Deze sessie bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Give a name of at least two characters.</source>
        <translation>Geef een naam van minstens twee tekens op.</translation>
    </message>
    <message>
        <source>This database is not in a file; no backup of it can be made.</source>
        <translation>Deze database staat niet in een bestand; er kan geen reservekopie van worden gemaakt.</translation>
    </message>
    <message>
        <source>The folder for backups cannot be created (%3): %4. Choose another folder for the backups.</source>
        <translation>De map voor reservekopieën kan niet worden aangemaakt (%3): %4. Kies een andere map voor de reservekopieën.</translation>
    </message>
    <message>
        <source>The backup was not kept: the copy of the database is damaged%1. Close the app and start it again; the database is then checked and you can restore an earlier backup.</source>
        <translation>De reservekopie is niet bewaard: de kopie van de database is beschadigd%1. Sluit de app en start haar opnieuw; dan wordt de database gecontroleerd en kun je een eerdere reservekopie terugzetten.</translation>
    </message>
    <message>
        <source>The backup %2 is itself damaged or unreadable and was not restored. Choose another backup.</source>
        <translation>De reservekopie %2 is zelf beschadigd of onleesbaar en is niet teruggezet. Kies een andere reservekopie.</translation>
    </message>
    <message>
        <source>The backup %2 was made by a newer version of the app. Update the app and try again; nothing was changed.</source>
        <translation>De reservekopie %2 is gemaakt met een nieuwere versie van de app. Werk de app bij en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be restored (%4). Check that there is space and that you may write in %3. The current file was not replaced.</source>
        <translation>De reservekopie kon niet worden teruggezet (%4). Controleer of er ruimte is en of je in %3 mag schrijven. Het huidige bestand is niet vervangen.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Deze notitie bestaat niet (meer).</translation>
    </message>
    <message>
        <source>One of the chosen inspiration cards no longer exists. Close the window and try again.</source>
        <translation>Een van de gekozen inspiratiekaarten bestaat niet meer. Sluit het venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Choose how it went, or write down in a few words what happened.</source>
        <translation>Kies hoe het ging of schrijf in een paar woorden op wat er gebeurde.</translation>
    </message>
    <message>
        <source>There is already a school called “%2”. Choose another name.</source>
        <translation>Er is al een school met de naam ‘%2’. Kies een andere naam.</translation>
    </message>
    <message>
        <source>“%1” is a built-in theme and cannot be changed.</source>
        <translation>‘%1’ is een ingebouwd thema en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” is a built-in card deck and cannot be changed.</source>
        <translation>‘%1’ is een ingebouwde kaartenset en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>“%1” is the built-in scenario map and cannot be changed.</source>
        <translation>‘%1’ is de ingebouwde scenariokaart en kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Part %1 no longer exists. Choose a part from the list.</source>
        <translation>Deel %1 bestaat niet (meer). Kies een deel uit de lijst.</translation>
    </message>
    <message>
        <source>Time box %1 of part %2 no longer exists.</source>
        <translation>Tijdvak %1 van deel %2 bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Step %1 of this time box no longer exists.</source>
        <translation>Stap %1 van dit tijdvak bestaat niet (meer).</translation>
    </message>
    <message>
        <source>Card %1 does not exist in “%2”.</source>
        <translation>Kaart %1 bestaat niet in ‘%2’.</translation>
    </message>
    <message>
        <source>Scenario %1 no longer exists. Choose a scenario from the list.</source>
        <translation>Scenario %1 bestaat niet (meer). Kies een scenario uit de lijst.</translation>
    </message>
    <message>
        <source>This is the only part of the script, and a theme needs at least one part. Change the part instead, or add another part first.</source>
        <translation>Dit is het enige deel van het draaiboek, en een thema heeft minstens één deel nodig. Pas het deel liever aan, of voeg eerst een ander deel toe.</translation>
    </message>
    <message>
        <source>This is the last time box of the script, and a theme needs at least one part with one time box. Change the time box instead.</source>
        <translation>Dit is het laatste tijdvak van het draaiboek, en een thema heeft minstens één deel met één tijdvak nodig. Pas het tijdvak liever aan.</translation>
    </message>
    <message>
        <source>This is the only time box of part %1; every part needs at least one. Delete the whole part if it may go, or add another time box first.</source>
        <translation>Dit is het enige tijdvak van deel %1; elk deel heeft minstens één tijdvak nodig. Verwijder het hele deel als het weg mag, of voeg eerst een ander tijdvak toe.</translation>
    </message>
    <message>
        <source>A theme needs at least one part with one time box.</source>
        <translation>Een thema heeft minstens één deel met één tijdvak nodig.</translation>
    </message>
    <message>
        <source>Part %1 needs at least one time box.</source>
        <translation>Deel %1 heeft minstens één tijdvak nodig.</translation>
    </message>
    <message>
        <source>This is the last card of the deck; a card deck needs at least one card. Delete the whole deck if you no longer need it.</source>
        <translation>Dit is de laatste kaart van de set; een kaartenset heeft minstens één kaart nodig. Verwijder de hele set als je hem niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>A scenario map needs at least one scenario.</source>
        <translation>Een scenariokaart heeft minstens één scenario nodig.</translation>
    </message>
    <message>
        <source>Part %1 needs a title.</source>
        <translation>Deel %1 heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A time box in part %1 lasts %2 minutes; choose 1 to %3 minutes.</source>
        <translation>Een tijdvak in deel %1 duurt %2 min.; kies een duur van 1 tot %3 min.</translation>
    </message>
    <message>
        <source>Step number %1 in part %2 is not possible; choose 1 to %3, or no number.</source>
        <translation>Stapnummer %1 in deel %2 kan niet; kies 1 tot %3, of geen nummer.</translation>
    </message>
    <message>
        <source>The card “%1” no longer exists. Choose a card from one of the decks.</source>
        <translation>De kaart ‘%1’ bestaat niet (meer). Kies een kaart uit een van de kaartensets.</translation>
    </message>
    <message>
        <source>A card deck needs a name. Type a name and try again.</source>
        <translation>Een kaartenset heeft een naam nodig. Typ een naam en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Card size “%1” is unknown; choose from %2.</source>
        <translation>Kaartformaat ‘%1’ is onbekend; kies uit %2.</translation>
    </message>
    <message>
        <source>Two scenarios have the same key; that is not possible.</source>
        <translation>Twee scenario&apos;s hebben dezelfde sleutel; dat kan niet.</translation>
    </message>
    <message>
        <source>Make your own copy; that one you can edit.</source>
        <translation>Maak een eigen kopie; die kun je wel bewerken.</translation>
    </message>
    <message>
        <source>This session is finished; its plan is fixed. Correct the outcome with an amendment.</source>
        <translation>Deze sessie is afgerond; het plan ligt vast. Corrigeer de opbrengst met een correctie.</translation>
    </message>
    <message>
        <source>This session is running; its theme and parts can no longer be changed.</source>
        <translation>Deze sessie loopt al; het thema en de delen kunnen niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>This session is finished and cannot start again.</source>
        <translation>Deze sessie is al afgerond en kan niet opnieuw starten.</translation>
    </message>
    <message>
        <source>This session is finished; its notes are fixed. Record a change as an amendment to the outcome.</source>
        <translation>Deze sessie is afgerond; de notities liggen vast. Leg een wijziging vast als correctie op de opbrengst.</translation>
    </message>
    <message>
        <source>The outcome of this session is locked. Record a change as an amendment.</source>
        <translation>De opbrengst van deze sessie is vastgelegd. Leg een wijziging vast als correctie.</translation>
    </message>
    <message>
        <source>This session is already finished.</source>
        <translation>Deze sessie is al afgerond.</translation>
    </message>
    <message>
        <source>The outcome is not locked yet; just change it instead of amending it.</source>
        <translation>De opbrengst is nog niet vastgelegd; pas haar gewoon aan in plaats van een correctie.</translation>
    </message>
    <message>
        <source>The new value is the same as the current one; nothing was amended.</source>
        <translation>De nieuwe waarde is gelijk aan de huidige; er is niets gecorrigeerd.</translation>
    </message>
    <message>
        <source>The session cannot be finished yet. First fill in: %1.</source>
        <translation>De sessie kan nog niet worden afgerond. Vul eerst in: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visie</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Optional parts</source>
        <translation>Optionele delen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %3 characters fit.</source>
        <translation>%1 is te lang: er passen hoogstens %3 tekens.</translation>
    </message>
    <message>
        <source>%1 is not text.</source>
        <translation>%1 is geen tekst.</translation>
    </message>
    <message>
        <source>%1 contains characters that are not valid text.</source>
        <translation>%1 bevat tekens die geen geldige tekst zijn.</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a date; write YYYY-MM-DD, e.g. 2025-03-14.</source>
        <translation>%1 (‘%2’) is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-03-14.</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a time; write HH:MM, e.g. 13:30.</source>
        <translation>%1 (‘%2’) is geen tijd; schrijf UU:MM, bijvoorbeeld 13:30.</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a date with a time.</source>
        <translation>%1 (‘%2’) is geen datum met tijd.</translation>
    </message>
    <message>
        <source>%1 is not a whole number.</source>
        <translation>%1 is geen geheel getal.</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not a finite number.</source>
        <translation>%1 (‘%2’) is geen eindig getal.</translation>
    </message>
    <message>
        <source>%1 (“%2”) is outside 0 to %3.</source>
        <translation>%1 (‘%2’) ligt buiten 0 tot %3.</translation>
    </message>
    <message>
        <source>%1 (“%2”) has an unknown value.</source>
        <translation>%1 (‘%2’) heeft een onbekende waarde.</translation>
    </message>
    <message>
        <source>%1 is not a valid script.</source>
        <translation>%1 is geen geldig draaiboek.</translation>
    </message>
    <message>
        <source>%1 is not a valid list.</source>
        <translation>%1 is geen geldige lijst.</translation>
    </message>
    <message>
        <source>%1 names a part that is not an optional part of the script.</source>
        <translation>%1 noemt een deel dat geen optioneel deel van het draaiboek is.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>niet leesbaar</translation>
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
        <source>read only</source>
        <translation>alleen lezen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Themes and scripts</source>
        <translation>Thema&apos;s en draaiboeken</translation>
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
        <source>Opening the database…</source>
        <translation>De gegevens worden geopend…</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Alleen lezen</translation>
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
        <source>Sess&amp;ion</source>
        <translation>Sessi&amp;e</translation>
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
        <source>&amp;About %1</source>
        <translation>&amp;Over %1</translation>
    </message>
    <message>
        <source>Card decks (in the card list)</source>
        <translation>Kaartensets (in de lijst met kaarten)</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Kaarttekst</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Opsomming</translation>
    </message>
    <message>
        <source>Scenario map (in the list of scenarios)</source>
        <translation>Scenariokaart (in de lijst met scenario’s)</translation>
    </message>
    <message>
        <source>Script editor (in the part, time box or step you are typing in)</source>
        <translation>Draaiboek bewerken (in het deel, tijdvak of de stap waarin je typt)</translation>
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
        <source>Type a note and press Enter…</source>
        <translation>Typ een notitie en druk op Enter…</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Wie (optioneel)</translation>
    </message>
    <message>
        <source>The session is finished: its notes are part of the locked record. A correction is added on the board (F7) with “Amend…”; it is kept with its date.</source>
        <translation>De sessie is afgerond: de notities horen bij het vastgelegde verslag. Een correctie voeg je toe op het bord (F7) met ‘Corrigeren…’; ze wordt met datum bewaard.</translation>
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
        <source>Move to time box</source>
        <translation>Verplaatsen naar tijdvak</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Partnership overview</source>
        <translation>Overzicht van het partnerschap</translation>
    </message>
    <message>
        <source>Print overview</source>
        <translation>Overzicht afdrukken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>First position</source>
        <translation>Eerste positie</translation>
    </message>
    <message>
        <source>Latest position</source>
        <translation>Laatste positie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>For every school: the scenario per theme, first and latest, and how it changed.</source>
        <translation>Per school: het scenario per thema, het eerste en het laatste, en hoe het veranderde.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Part3Board</name>
    <message>
        <source>Finish and lock</source>
        <translation>Afronden en vastleggen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>Part %1 · %2</source>
        <translation>Deel %1 · %2</translation>
    </message>
    <message>
        <source>Back to the session (F7)</source>
        <translation>Terug naar de sessie (F7)</translation>
    </message>
    <message>
        <source>On the presenter screen (F8)</source>
        <translation>Op het presentatiescherm (F8)</translation>
    </message>
    <message>
        <source>Show the notes and the scenario map on the presenter screen, large and read-only</source>
        <translation>De notities en de scenariokaart groot en alleen-lezen op het presentatiescherm tonen</translation>
    </message>
    <message>
        <source>Why the group places the school here</source>
        <translation>Waarom de groep de school hier plaatst</translation>
    </message>
    <message>
        <source>The first development step the school takes</source>
        <translation>De eerste ontwikkelstap die de school zet</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>Wie (optioneel)</translation>
    </message>
    <message>
        <source>When, e.g. 2025-06-01 or before the summer (optional)</source>
        <translation>Wanneer, bijv. 2025-06-01 of voor de zomer (optioneel)</translation>
    </message>
    <message>
        <source>What support is needed, and from whom</source>
        <translation>Welke ondersteuning is nodig, en van wie</translation>
    </message>
    <message>
        <source>Inspiration cards that fit the first step</source>
        <translation>Inspiratiekaarten die bij de eerste stap passen</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Onderbouwing:</translation>
    </message>
    <message>
        <source>&amp;First step:</source>
        <translation>&amp;Eerste stap:</translation>
    </message>
    <message>
        <source>&amp;Owner, date:</source>
        <translation>&amp;Wie, wanneer:</translation>
    </message>
    <message>
        <source>Su&amp;pport needed:</source>
        <translation>&amp;Benodigde ondersteuning:</translation>
    </message>
    <message>
        <source>&amp;Inspiration cards:</source>
        <translation>&amp;Inspiratiekaarten:</translation>
    </message>
    <message>
        <source>&amp;Finish session…</source>
        <translation>Sessie &amp;afronden…</translation>
    </message>
    <message>
        <source>Lock the record of this session (Ctrl+Shift+Return)</source>
        <translation>Het verslag van deze sessie vastleggen (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Corrigeren…</translation>
    </message>
    <message>
        <source>Correct the locked record; the correction is kept with its date</source>
        <translation>Het vastgelegde verslag corrigeren; de correctie wordt met datum bewaard</translation>
    </message>
    <message>
        <source>&amp;View / print record</source>
        <translation>&amp;Verslag bekijken / afdrukken</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Corrections after the session</source>
        <translation>Correcties na de sessie</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Het besluit</translation>
    </message>
    <message>
        <source>Add one and press Enter…</source>
        <translation>Voeg er een toe en druk op Enter…</translation>
    </message>
    <message>
        <source>Tick the points the first step tackles</source>
        <translation>Vink de punten aan die de eerste stap aanpakt</translation>
    </message>
    <message>
        <source>Tick the strengths it builds on</source>
        <translation>Vink de sterke punten aan waarop hij voortbouwt</translation>
    </message>
    <message>
        <source>Tick the insights it uses</source>
        <translation>Vink de inzichten aan die hij benut</translation>
    </message>
    <message>
        <source>Last time (%1): %2. First step: %3</source>
        <translation>Vorige keer (%1): %2. Eerste stap: %3</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Not saved yet — your text is kept; it is saved on the next change.</source>
        <translation>Nog niet opgeslagen — je tekst blijft bewaard en wordt bij de volgende wijziging opgeslagen.</translation>
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
        <source>Before the session can be finished, fill in: %1.</source>
        <translation>Vul eerst in voordat de sessie kan worden afgerond: %1.</translation>
    </message>
    <message>
        <source>Finish session</source>
        <translation>Sessie afronden</translation>
    </message>
    <message>
        <source>Finish the session and lock its record?

Later changes remain possible, but each is kept as a dated correction.</source>
        <translation>De sessie afronden en het verslag vastleggen?

Later wijzigen kan nog, maar elke wijziging wordt als gedateerde correctie bewaard.</translation>
    </message>
    <message>
        <source>The session is finished and its record locked. No backup could be made: %1</source>
        <translation>De sessie is afgerond en het verslag vastgelegd. Er kon geen reservekopie worden gemaakt: %1</translation>
    </message>
    <message>
        <source>The session is finished and its record locked. Backup: %1</source>
        <translation>De sessie is afgerond en het verslag vastgelegd. Reservekopie: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Edit session plan</source>
        <translation>Sessieplan bewerken</translation>
    </message>
    <message>
        <source>Plan session</source>
        <translation>Sessie plannen</translation>
    </message>
    <message>
        <source>Choose a school…</source>
        <translation>Kies een school…</translation>
    </message>
    <message>
        <source>Same as the theme</source>
        <translation>Zelfde als het thema</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Je naam</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Planned start ti&amp;me:</source>
        <translation>Geplande &amp;begintijd:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Procesbegeleider:</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Deelnemer toe&amp;voegen</translation>
    </message>
    <message>
        <source>Insert in the table; paste several names, one per line</source>
        <translation>Insert in de tabel; plak meerdere namen, één per regel</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Delete in the table</source>
        <translation>Delete in de tabel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Optional parts</source>
        <translation>Optionele delen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdpad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Deel</translation>
    </message>
    <message>
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Double-click the minutes to change them for this session</source>
        <translation>Dubbelklik op de minuten om ze voor deze sessie te veranderen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Beschikbare tijd</translation>
    </message>
    <message>
        <source>Fit into</source>
        <translation>Passend maken in</translation>
    </message>
    <message>
        <source>Propose shorter time boxes for this session only</source>
        <translation>Stel kortere tijdvakken voor, alleen voor deze sessie</translation>
    </message>
    <message>
        <source>Theme&apos;s minutes</source>
        <translation>Minuten van het thema</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan opslaan</translation>
    </message>
    <message>
        <source>Part %1: %2 (%3 min)</source>
        <translation>Deel %1: %2 (%3 min)</translation>
    </message>
    <message>
        <source>Part %1 (optional) is left out.</source>
        <translation>Deel %1 (optioneel) vervalt.</translation>
    </message>
    <message>
        <source>Time box %1 (part %2): %3 → %4 min</source>
        <translation>Tijdvak %1 (deel %2): %3 → %4 min</translation>
    </message>
    <message numerus="yes">
        <source>Even shortened the session takes %n minute(s).</source>
        <translation>
            <numerusform>Ook ingekort duurt de sessie %n minuut.</numerusform>
            <numerusform>Ook ingekort duurt de sessie %n minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>It fits as planned.</source>
        <translation>Het past zoals gepland.</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Deel %1</translation>
    </message>
    <message numerus="yes">
        <source>Planned end: %1 (%n minute(s))</source>
        <translation>
            <numerusform>Gepland einde: %1 (%n minuut)</numerusform>
            <numerusform>Gepland einde: %1 (%n minuten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the %n participant(s) of the last session</source>
        <translation>
            <numerusform>Neem de deelnemer van de vorige sessie over</numerusform>
            <numerusform>Neem de %n deelnemers van de vorige sessie over</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants yet: add them, or take those of the last session.</source>
        <translation>Nog geen deelnemers: voeg ze toe, of neem die van de vorige sessie over.</translation>
    </message>
    <message>
        <source>The start time is in the past: check the date and the time.</source>
        <translation>Het begintijdstip ligt in het verleden: controleer de datum en de tijd.</translation>
    </message>
    <message>
        <source>Choose a school for this session.</source>
        <translation>Kies een school voor deze sessie.</translation>
    </message>
    <message>
        <source>Choose a theme for this session.</source>
        <translation>Kies een thema voor deze sessie.</translation>
    </message>
    <message>
        <source>Plan not saved</source>
        <translation>Plan niet opgeslagen</translation>
    </message>
    <message>
        <source>Discard plan?</source>
        <translation>Plan niet opslaan?</translation>
    </message>
    <message>
        <source>You have changed this plan. Close without saving?</source>
        <translation>Je hebt dit plan gewijzigd. Sluiten zonder op te slaan?</translation>
    </message>
</context>
<context>
    <name>PresenterBoard</name>
    <message>
        <source>Part %1 · %2</source>
        <translation>Deel %1 · %2</translation>
    </message>
    <message>
        <source>last time (%1)</source>
        <translation>vorige keer (%1)</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ nog %1</translation>
    </message>
</context>
<context>
    <name>PresenterControl</name>
    <message>
        <source>One display: the presenter screen opens beside this window</source>
        <translation>Eén scherm: het presentatiescherm opent naast dit venster</translation>
    </message>
    <message>
        <source>Display %1: %2 (%3×%4)</source>
        <translation>Scherm %1: %2 (%3×%4)</translation>
    </message>
    <message>
        <source>(this window)</source>
        <translation>(dit venster)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
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
    <name>PrintDialog</name>
    <message>
        <source>This session has no script to print. Edit the plan and choose a theme.</source>
        <translation>Deze sessie heeft geen draaiboek om af te drukken. Bewerk het plan en kies een thema.</translation>
    </message>
    <message>
        <source>Print set: %1, %2</source>
        <translation>Printset: %1, %2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Afdru&amp;kken…</translation>
    </message>
    <message>
        <source>Print the set on a printer (Ctrl+P)</source>
        <translation>De printset op een printer afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Pdf &amp;bekijken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%1 at %2, %n participant(s). Print at 100 % (actual size), not “fit to page”.</source>
        <translation>
            <numerusform>%1 op %2, %n deelnemer. Druk af op 100 % (werkelijke grootte), niet ‘passend maken’.</numerusform>
            <numerusform>%1 op %2, %n deelnemers. Druk af op 100 % (werkelijke grootte), niet ‘passend maken’.</numerusform>
        </translation>
    </message>
    <message>
        <source>facilitator script</source>
        <translation>draaiboek</translation>
    </message>
    <message>
        <source>worksheets</source>
        <translation>werkbladen</translation>
    </message>
    <message>
        <source>cards: %1</source>
        <translation>kaarten: %1</translation>
    </message>
    <message>
        <source>scenario map</source>
        <translation>scenariokaart</translation>
    </message>
    <message>
        <source>posters</source>
        <translation>posters</translation>
    </message>
    <message>
        <source>part 3 form</source>
        <translation>formulier deel 3</translation>
    </message>
    <message>
        <source>role overview</source>
        <translation>rollenoverzicht</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Choose at least one thing to print.</source>
        <translation>Kies minstens één onderdeel om af te drukken.</translation>
    </message>
    <message>
        <source>alignment test</source>
        <translation>uitlijntest</translation>
    </message>
    <message>
        <source>Alignment test</source>
        <translation>Uitlijntest</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>De pagina’s worden klaargezet voor de printer…</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>Niet afgedrukt.</translation>
    </message>
    <message>
        <source>Preparing page %1 of %2 for the printer…</source>
        <translation>Pagina %1 van %2 wordt klaargezet voor de printer…</translation>
    </message>
    <message>
        <source>Sending page %1 of %2 to the printer…</source>
        <translation>Pagina %1 van %2 gaat naar de printer…</translation>
    </message>
    <message>
        <source>Nothing was printed.</source>
        <translation>Er is niets afgedrukt.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was sent to the printer.</source>
        <translation>Geannuleerd; er is niets naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Voorbereiden…</translation>
    </message>
    <message>
        <source>Cancelling after the current item…</source>
        <translation>Annuleren na het huidige onderdeel…</translation>
    </message>
    <message>
        <source>Cancelling after the current page…</source>
        <translation>Annuleren na de huidige pagina…</translation>
    </message>
    <message>
        <source>Making %1 (%2 of %3)…</source>
        <translation>Bezig met %1 (%2 van %3)…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>The %1 sheets are in a file of their own, %2: print it on %1.</source>
        <translation>De vellen op %1 staan in een eigen bestand, %2: druk dat af op %1.</translation>
    </message>
    <message>
        <source>The %1 sheets were not printed (a printer cannot change paper within a job): save the set as PDF and print that file on %1, or choose A4 for them.</source>
        <translation>De vellen op %1 zijn niet afgedrukt (een printer wisselt niet van papier binnen één opdracht): sla de set op als pdf en druk dat bestand af op %1, of kies A4 voor die vellen.</translation>
    </message>
    <message>
        <source>‘%1’ from ‘%2’ (fits %3)</source>
        <translation>‘%1’ uit ‘%2’ (past op %3)</translation>
    </message>
    <message>
        <source>‘%1’ from ‘%2’ (too long even for A5: shorten it)</source>
        <translation>‘%1’ uit ‘%2’ (ook te lang voor A5: maak de tekst korter)</translation>
    </message>
    <message>
        <source>Left out, their text does not fit %1 (not even at 9 pt over 3 cards): %2.</source>
        <translation>Niet afgedrukt, want de tekst past niet op %1 (ook niet bij 9 pt verdeeld over 3 kaarten): %2.</translation>
    </message>
    <message>
        <source>Choose card size %1 to include them.</source>
        <translation>Kies kaartformaat %1 om ze mee te nemen.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages). Print at 100 % (actual size), not “fit to page”.</source>
        <translation>Opgeslagen: %1 (%2 pagina’s). Druk af op 100 % (werkelijke grootte), niet ‘passend maken’.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Geannuleerd; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The card “%1” of the deck “%2” does not fit on %3, not even at the smallest type.

Choose a larger card size (for example A5) or shorten that text.</source>
        <translation>De kaart ‘%1’ uit de stapel ‘%2’ past niet op %3, ook niet bij de kleinste letter.

Kies een groter kaartformaat (bijvoorbeeld A5) of maak die tekst korter.</translation>
    </message>
    <message>
        <source>The scenarios of “%1” do not fit on the map, not even at the smallest type.

Shorten the texts or choose A3.</source>
        <translation>De scenario’s van ‘%1’ passen niet op de kaart, ook niet bij de kleinste letter.

Maak de teksten korter of kies A3.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>De schijf is vol.</translation>
    </message>
    <message>
        <source>You may not write in that folder.</source>
        <translation>Je mag niet schrijven in die map.</translation>
    </message>
    <message>
        <source>That folder is read-only.</source>
        <translation>Die map is alleen-lezen.</translation>
    </message>
    <message>
        <source>That folder does not exist.</source>
        <translation>Die map bestaat niet.</translation>
    </message>
    <message>
        <source>The PDF could not be saved.</source>
        <translation>De pdf kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Choose another folder, or make room on the disk, and save again.</source>
        <translation>Kies een andere map, of maak ruimte vrij op de schijf, en sla opnieuw op.</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>De pdf kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>Pdf niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>PrintSetForm</name>
    <message>
        <source>What to print</source>
        <translation>Wat afdrukken</translation>
    </message>
    <message>
        <source>Facilitator scrip&amp;t with clock times</source>
        <translation>&amp;Draaiboek met kloktijden</translation>
    </message>
    <message>
        <source>&amp;Worksheets</source>
        <translation>&amp;Werkbladen</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>Werkbladen</translation>
    </message>
    <message>
        <source>one per participant (%1)</source>
        <translation>één per deelnemer (%1)</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blanco</translation>
    </message>
    <message>
        <source>Number of blank worksheets</source>
        <translation>Aantal blanco werkbladen</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> stuks</translation>
    </message>
    <message>
        <source>School &amp;vision as first page</source>
        <translation>&amp;Visie van de school als eerste bladzijde</translation>
    </message>
    <message>
        <source>This school has no vision yet.</source>
        <translation>Deze school heeft nog geen visie.</translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Kaarten: %1</translation>
    </message>
    <message>
        <source>Scenario &amp;map</source>
        <translation>Sce&amp;nariokaart</translation>
    </message>
    <message>
        <source>Paper for the scenario map</source>
        <translation>Papier voor de scenariokaart</translation>
    </message>
    <message>
        <source>&amp;Posters for the group&apos;s findings</source>
        <translation>&amp;Posters voor de opbrengst van de groep</translation>
    </message>
    <message>
        <source>Paper for the posters</source>
        <translation>Papier voor de posters</translation>
    </message>
    <message>
        <source>2 × A4, to glue</source>
        <translation>2 × A4, om te plakken</translation>
    </message>
    <message>
        <source>Part &amp;3 form: scenario and first step</source>
        <translation>Formulier deel &amp;3: scenario en eerste stap</translation>
    </message>
    <message>
        <source>Part 3 form</source>
        <translation>Formulier deel 3</translation>
    </message>
    <message>
        <source>filled in: school, date, participants</source>
        <translation>ingevuld: school, datum, deelnemers</translation>
    </message>
    <message>
        <source>&amp;Role overview for the participants</source>
        <translation>&amp;Rollenoverzicht voor de deelnemers</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Kaartformaat</translation>
    </message>
    <message>
        <source>As the deck says</source>
        <translation>Zoals de kaartenset aangeeft</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigen maat</translation>
    </message>
    <message>
        <source>Card width</source>
        <translation>Kaartbreedte</translation>
    </message>
    <message>
        <source>Card height</source>
        <translation>Kaarthoogte</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Office printer: several per sheet, duplex</source>
        <translation>Kantoorprinter: meerdere per vel, dubbelzijdig</translation>
    </message>
    <message>
        <source>Print shop: one per page, 3 mm bleed</source>
        <translation>Drukker: één per pagina, 3 mm afloop</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Duplex flip</source>
        <translation>Dubbelzijdig omslaan</translation>
    </message>
    <message>
        <source>Long edge</source>
        <translation>Over de lange kant</translation>
    </message>
    <message>
        <source>Short edge</source>
        <translation>Over de korte kant</translation>
    </message>
    <message>
        <source>Back offset, horizontal</source>
        <translation>Verschuiving achterkant, horizontaal</translation>
    </message>
    <message>
        <source>Back offset, vertical</source>
        <translation>Verschuiving achterkant, verticaal</translation>
    </message>
    <message>
        <source>Copies of each card</source>
        <translation>Exemplaren van elke kaart</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>Snijtekens</translation>
    </message>
    <message>
        <source>&amp;Alignment test as PDF…</source>
        <translation>&amp;Uitlijntest als pdf…</translation>
    </message>
    <message>
        <source>Save the alignment test page as a PDF</source>
        <translation>De uitlijntest als pdf opslaan</translation>
    </message>
    <message>
        <source>Print al&amp;ignment test…</source>
        <translation>Uitlijn&amp;test afdrukken…</translation>
    </message>
    <message>
        <source>Print this page duplex first; read the back offset off it.</source>
        <translation>Druk deze pagina eerst dubbelzijdig af en lees de verschuiving van de achterkant erop af.</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>C&amp;ustom size:</source>
        <translation>&amp;Eigen maat:</translation>
    </message>
    <message>
        <source>Orie&amp;ntation:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Indeling:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Papie&amp;r:</translation>
    </message>
    <message>
        <source>&amp;Flip:</source>
        <translation>Oms&amp;laan:</translation>
    </message>
    <message>
        <source>&amp;Back offset x / y:</source>
        <translation>Verschuiving &amp;achterkant x / y:</translation>
    </message>
    <message>
        <source>&amp;Copies:</source>
        <translation>E&amp;xemplaren:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The pages could not be read (%1).</source>
        <translation>De pagina’s konden niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is switched on and connected, or choose another printer, and print again.</source>
        <translation>De printer kon niet worden geopend. Controleer of hij aanstaat en is aangesloten, of kies een andere printer, en druk opnieuw af.</translation>
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation>De printer is gestopt na %1 pagina’s.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Afdrukken is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Type a person&apos;s name to see everything the app stores about it: as participant, in notes, outcomes, corrections and school details. Whole words only; capitals do not matter.</source>
        <translation>Typ de naam van een persoon om te zien wat de app daarover bewaart: als deelnemer, in notities, opbrengsten, correcties en schoolgegevens. Alleen hele woorden; hoofdletters maken niet uit.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>First and last name…</source>
        <translation>Voor- en achternaam…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Where the name occurs</source>
        <translation>Waar de naam voorkomt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Fragment</translation>
    </message>
    <message>
        <source>&amp;Erase all of this…</source>
        <translation>&amp;Dit allemaal wissen…</translation>
    </message>
    <message>
        <source>The vision document %1 cannot be read and was not searched.</source>
        <translation>Het visiedocument %1 kan niet worden gelezen en is dus niet doorzocht; bekijk het zelf.</translation>
    </message>
    <message>
        <source>The original vision document %1 named the person and has been removed; the vision text stays, with the name erased.</source>
        <translation>Het oorspronkelijke visiedocument %1 noemde de naam en is verwijderd; de visietekst in de app blijft, met de naam gewist.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Persoonsgegevens wissen</translation>
    </message>
    <message>
        <source>Erase “%1” everywhere, for good?

The %2 places listed change: a participant of this name is removed from the session, and the name becomes “%3” in texts. Finished records change too. The backups are changed the same way. This cannot be undone.</source>
        <translation>“%1” overal voorgoed wissen?

De %2 vermelde plaatsen veranderen: een deelnemer met deze naam wordt uit de sessie verwijderd, en in teksten wordt de naam “%3”. Ook afgeronde verslagen veranderen. De reservekopieën worden op dezelfde manier aangepast. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Not every backup could be changed (%1).</source>
        <translation>Niet elke reservekopie kon worden aangepast (%1).</translation>
    </message>
    <message>
        <source>“%1” has been erased.</source>
        <translation>“%1” is gewist.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>Record</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Record: %1 – %2</source>
        <translation>Verslag: %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Anonymised (roles instead of names)</source>
        <translation>&amp;Geanonimiseerd (rollen in plaats van namen)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <source>Save the record as a PDF</source>
        <translation>Het verslag als pdf opslaan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Print the record on a printer (Ctrl+P)</source>
        <translation>Het verslag op een printer afdrukken (Ctrl+P)</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>procesbegeleider</translation>
    </message>
    <message>
        <source>This session is not finished yet.</source>
        <translation>Deze sessie is nog niet afgerond.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Follow-up of the previous step</source>
        <translation>Opvolging van de vorige stap</translation>
    </message>
    <message>
        <source>First step of %1: %2</source>
        <translation>Eerste stap van %1: %2</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>Het besluit</translation>
    </message>
    <message>
        <source>No decision recorded.</source>
        <translation>Er is geen besluit vastgelegd.</translation>
    </message>
    <message>
        <source>Corrections after the session</source>
        <translation>Correcties na de sessie</translation>
    </message>
    <message>
        <source>Earlier positions</source>
        <translation>Eerdere posities</translation>
    </message>
    <message>
        <source>deleted cards: %1</source>
        <translation>verwijderde kaarten: %1</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>Hele sessie</translation>
    </message>
    <message>
        <source>Time boxes: planned and actual</source>
        <translation>Tijdvakken: gepland en werkelijk</translation>
    </message>
    <message>
        <source>Time box</source>
        <translation>Tijdvak</translation>
    </message>
    <message>
        <source>planned (min)</source>
        <translation>gepland (min)</translation>
    </message>
    <message>
        <source>actual (min)</source>
        <translation>werkelijk (min)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Geen notities.</translation>
    </message>
    <message>
        <source> (anonymised)</source>
        <translation> (geanonimiseerd)</translation>
    </message>
    <message>
        <source>Print record</source>
        <translation>Verslag afdrukken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1 cannot start</source>
        <translation>%1 kan niet starten</translation>
    </message>
    <message>
        <source>Wait until the other program is done, or close it, and start the app again.</source>
        <translation>Wacht tot het andere programma klaar is, of sluit het, en start de app opnieuw.</translation>
    </message>
    <message>
        <source>Give the file its write permission back (Properties of the file) or start the app with a database in another folder: facilitator-app --db PATH.</source>
        <translation>Zet de schrijfrechten terug (Eigenschappen van het bestand) of start de app met een database in een andere map: facilitator-app --db PAD.</translation>
    </message>
    <message>
        <source>Free some space on the disk (empty the wastebasket, for example) and start the app again.</source>
        <translation>Maak ruimte vrij op de schijf (leeg bijvoorbeeld de prullenbak) en start de app opnieuw.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Newest good backup</source>
        <translation>Nieuwste goede reservekopie</translation>
    </message>
    <message>
        <source>What you entered after this backup is not in it. The current file is not deleted: it is kept beside the database as “…replaced-….sqlite3”.</source>
        <translation>Wat je na deze reservekopie hebt ingevoerd, staat er niet in. Het huidige bestand wordt niet verwijderd: het blijft naast de database bewaard als ‘…replaced-….sqlite3’.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>ResumeSessionDialog</name>
    <message>
        <source>Resume session</source>
        <translation>Sessie hervatten</translation>
    </message>
    <message>
        <source>A session is still running</source>
        <translation>Er loopt nog een sessie</translation>
    </message>
    <message>
        <source>This session was still running when the app last closed. Its notes, the note being typed and the clock have been kept.</source>
        <translation>Deze sessie liep nog toen de app de vorige keer werd afgesloten. De notities, de notitie die je aan het typen was en de klok zijn bewaard.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The session stays open; the next start offers it again.</source>
        <translation>De sessie blijft open; bij de volgende start krijg je haar opnieuw aangeboden.</translation>
    </message>
    <message>
        <source>Started at %1</source>
        <translation>Gestart om %1</translation>
    </message>
    <message>
        <source>Current time box: %1</source>
        <translation>Huidig tijdvak: %1</translation>
    </message>
    <message>
        <source>Notes stored: %1</source>
        <translation>Opgeslagen notities: %1</translation>
    </message>
    <message>
        <source>A note that was still being typed is kept as well.</source>
        <translation>Ook de notitie die je nog aan het typen was, is bewaard.</translation>
    </message>
    <message>
        <source>Other sessions still running: %1</source>
        <translation>Andere sessies die nog lopen: %1</translation>
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
    <name>ScenarioMapEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A&amp;xis from → to:</source>
        <translation>As &amp;van → naar:</translation>
    </message>
    <message>
        <source>I&amp;ntroduction:</source>
        <translation>&amp;Inleiding:</translation>
    </message>
    <message>
        <source>Axis start</source>
        <translation>Begin van de as</translation>
    </message>
    <message>
        <source>Axis end</source>
        <translation>Einde van de as</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario&apos;s</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>Nieuw &amp;scenario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Scenario verwijderen</translation>
    </message>
    <message>
        <source>▲</source>
        <translation>▲</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>▼</source>
        <translation>▼</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>adding of “%1”</source>
        <translation>toevoegen van ‘%1’</translation>
    </message>
    <message>
        <source>delete of “%1”</source>
        <translation>verwijderen van ‘%1’</translation>
    </message>
    <message>
        <source>move of “%1”</source>
        <translation>verplaatsen van ‘%1’</translation>
    </message>
    <message>
        <source>One sign per line</source>
        <translation>Eén kenmerk per regel</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>You &amp;recognise it by:</source>
        <translation>Je &amp;herkent het aan:</translation>
    </message>
    <message>
        <source>Scenarios, in the order of the map</source>
        <translation>Scenario&apos;s, in de volgorde van de kaart</translation>
    </message>
    <message>
        <source>Scenario map not saved</source>
        <translation>Scenariokaart niet opgeslagen</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nieuw scenario</translation>
    </message>
</context>
<context>
    <name>ScenarioPage</name>
    <message>
        <source>Scenario map</source>
        <translation>Scenariokaart</translation>
    </message>
    <message>
        <source>The built-in map cannot be changed; a copy of your own can.</source>
        <translation>De ingebouwde scenariokaart kun je niet wijzigen; een eigen kopie wel.</translation>
    </message>
    <message>
        <source>This is a standard map: in your own copy you can change the title, the scenarios and their order, or use your school&apos;s own laminated map instead. This note is not printed.</source>
        <translation>Dit is een standaardkaart: in een eigen kopie kun je de titel, de scenario’s en hun volgorde aanpassen, of je gebruikt de eigen geplastificeerde kaart van de school. Deze aanwijzing wordt niet afgedrukt.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>own map · editable</source>
        <translation>eigen kaart · bewerkbaar</translation>
    </message>
    <message>
        <source>No scenario map yet</source>
        <translation>Nog geen scenariokaart</translation>
    </message>
    <message>
        <source>“%1” is ready: you can edit its scenarios.</source>
        <translation>‘%1’ staat klaar: je kunt de scenario&apos;s nu bewerken.</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <source>No scenario map in the store.</source>
        <translation>Er is nog geen scenariokaart.</translation>
    </message>
</context>
<context>
    <name>ScenarioTrack</name>
    <message>
        <source>Scenario over time</source>
        <translation>Scenario door de tijd</translation>
    </message>
    <message>
        <source>No positions yet</source>
        <translation>Nog geen posities</translation>
    </message>
    <message>
        <source>No scenario map</source>
        <translation>Geen scenariokaart</translation>
    </message>
</context>
<context>
    <name>ScheduleLine</name>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Finished · the record is locked</source>
        <translation>Afgerond · het verslag ligt vast</translation>
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
        <source>&amp;Details and vision</source>
        <translation>&amp;Gegevens en visie</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Gesc&amp;hiedenis</translation>
    </message>
    <message>
        <source>No vision recorded yet.</source>
        <translation>Nog geen visie vastgelegd.</translation>
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
    <name>SchoolSessions</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>held</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>Sessions of this school</source>
        <translation>Sessies van deze school</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>No sessions yet for this school.</source>
        <translation>Nog geen sessies voor deze school.</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>Verslag &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Export school…</source>
        <translation>School &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save this school with its sessions in one file for another computer</source>
        <translation>Deze school met haar sessies in één bestand opslaan voor een andere computer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
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
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is also erased from the %n backup(s).</source>
        <translation>
            <numerusform>Ze wordt ook uit de reservekopie gewist.</numerusform>
            <numerusform>Ze wordt ook uit de %n reservekopieën gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>the vision document</source>
        <translation>het visiedocument</translation>
    </message>
    <message>
        <source>Erase “%1” for good?

This erases the school with its vision, contact details and notes, and %2.</source>
        <translation>“%1” voorgoed wissen?

Dan verdwijnt de school met haar visie, contactgegevens en notities, en %2.</translation>
    </message>
    <message>
        <source>It is also erased from the backup.</source>
        <translation>Ze wordt ook uit de reservekopie gewist.</translation>
    </message>
    <message>
        <source>This cannot be undone. Choose Archive instead if you only want the school out of sight.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Kies Archiveren als je de school alleen uit beeld wilt hebben.</translation>
    </message>
    <message>
        <source>Delete school</source>
        <translation>School verwijderen</translation>
    </message>
    <message>
        <source>“%1” has been erased from the database, but not from every backup (%2). Check the backup folder under Settings &gt; Back-ups, or delete old backups there yourself.</source>
        <translation>“%1” is uit de database gewist, maar niet uit alle reservekopieën (%2). Controleer de map via Instellingen &gt; Reservekopieën, of verwijder oude reservekopieën daar zelf.</translation>
    </message>
    <message>
        <source>“%1” has been deleted.</source>
        <translation>‘%1’ is verwijderd.</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <source>Card used in this step</source>
        <translation>Kaart die bij deze stap hoort</translation>
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
    <message>
        <source>&amp;Renumber steps</source>
        <translation>&amp;Stappen hernummeren</translation>
    </message>
    <message>
        <source>Number the numbered steps 1, 2, 3… in script order; steps without a number stay so.</source>
        <translation>Geeft de genummerde stappen opnieuw de nummers 1, 2, 3… in de volgorde van het draaiboek; stappen zonder nummer houden geen nummer.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Add a &amp;part</source>
        <translation>Dee&amp;l toevoegen</translation>
    </message>
    <message>
        <source>A new part at the end of the script</source>
        <translation>Een nieuw deel aan het eind van het draaiboek</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>What the session is about, in a few lines</source>
        <translation>Waar de sessie over gaat, in een paar regels</translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation>Eén doel per regel</translation>
    </message>
    <message>
        <source>What the facilitator does beforehand</source>
        <translation>Wat de procesbegeleider vooraf doet</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Eén benodigdheid per regel</translation>
    </message>
    <message>
        <source>About this theme</source>
        <translation>Over dit thema</translation>
    </message>
    <message>
        <source>In &amp;short:</source>
        <translation>In het &amp;kort:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Doelen:</translation>
    </message>
    <message>
        <source>&amp;Preparation:</source>
        <translation>&amp;Voorbereiding:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Benodigdheden:</translation>
    </message>
    <message>
        <source>Title of part %1</source>
        <translation>Titel van deel %1</translation>
    </message>
    <message>
        <source>Optional (only if there is time)</source>
        <translation>Optioneel (alleen bij voldoende tijd)</translation>
    </message>
    <message>
        <source>Introduction to part %1</source>
        <translation>Inleiding bij deel %1</translation>
    </message>
    <message>
        <source>Introduction to this part (optional)</source>
        <translation>Inleiding bij dit deel (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Facilitator&apos;s note on part %1</source>
        <translation>Notitie voor de procesbegeleider bij deel %1</translation>
    </message>
    <message>
        <source>Move part up (Alt+Up)</source>
        <translation>Deel omhoog (Alt+Up)</translation>
    </message>
    <message>
        <source>Move part down (Alt+Down)</source>
        <translation>Deel omlaag (Alt+Down)</translation>
    </message>
    <message>
        <source>Delete part %1</source>
        <translation>Deel %1 verwijderen</translation>
    </message>
    <message>
        <source>Add a time box</source>
        <translation>Tijdvak toevoegen</translation>
    </message>
    <message>
        <source>A new time box at the end of part %1</source>
        <translation>Een nieuw tijdvak aan het eind van deel %1</translation>
    </message>
    <message>
        <source>Work form</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Move time box up (Alt+Up)</source>
        <translation>Tijdvak omhoog (Alt+Up)</translation>
    </message>
    <message>
        <source>Move time box down (Alt+Down)</source>
        <translation>Tijdvak omlaag (Alt+Down)</translation>
    </message>
    <message>
        <source>Delete this time box</source>
        <translation>Dit tijdvak verwijderen</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>A new step at the end of this time box</source>
        <translation>Een nieuwe stap aan het eind van dit tijdvak</translation>
    </message>
    <message>
        <source>Step </source>
        <translation>Stap </translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Stapnummer</translation>
    </message>
    <message>
        <source>The step&apos;s number on the worksheet. Choose • (below 1) for a step without a number, like the part-3 questions.</source>
        <translation>Het nummer van de stap op het werkblad. Kies • (onder 1) voor een stap zonder nummer, zoals de vragen van deel 3.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s note on %1</source>
        <translation>Notitie voor de procesbegeleider bij %1</translation>
    </message>
    <message>
        <source>Move step up (Alt+Up)</source>
        <translation>Stap omhoog (Alt+Up)</translation>
    </message>
    <message>
        <source>Move step down (Alt+Down)</source>
        <translation>Stap omlaag (Alt+Down)</translation>
    </message>
    <message>
        <source>Delete this step</source>
        <translation>Deze stap verwijderen</translation>
    </message>
    <message>
        <source>Cards…</source>
        <translation>Kaarten…</translation>
    </message>
    <message>
        <source>Link cards…</source>
        <translation>Kaarten koppelen…</translation>
    </message>
    <message>
        <source>Choose the cards the participants use in this step</source>
        <translation>Kies de kaarten die de deelnemers bij deze stap gebruiken</translation>
    </message>
    <message>
        <source>Note for the facilitator (not on the projector; optional)</source>
        <translation>Notitie voor de procesbegeleider (niet op het presentatiescherm; mag leeg)</translation>
    </message>
    <message>
        <source>· step %1 occurs more than once; Renumber steps puts the numbers in order.</source>
        <translation>· stap %1 komt meer dan één keer voor; met Stappen hernummeren zet je de nummers weer op volgorde.</translation>
    </message>
    <message>
        <source>Script not saved</source>
        <translation>Draaiboek niet opgeslagen</translation>
    </message>
    <message>
        <source>Add a part</source>
        <translation>Deel toevoegen</translation>
    </message>
    <message>
        <source>adding of %1</source>
        <translation>toevoegen van %1</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>move of %1</source>
        <translation>verplaatsen van %1</translation>
    </message>
    <message>
        <source>Part %1 “%2” deleted, with its time boxes and steps (%3 min).</source>
        <translation>Deel %1 ‘%2’ is verwijderd, met de tijdvakken en stappen erin (%3 min).</translation>
    </message>
    <message>
        <source>Time box of %1 min (%2) deleted, with its steps.</source>
        <translation>Het tijdvak van %1 min (%2) is verwijderd, met de stappen erin.</translation>
    </message>
    <message>
        <source>Step %1 deleted.</source>
        <translation>Stap %1 is verwijderd.</translation>
    </message>
    <message>
        <source>Step “%1” deleted.</source>
        <translation>De stap ‘%1’ is verwijderd.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>delete of %1</source>
        <translation>verwijderen van %1</translation>
    </message>
    <message>
        <source>Undo with the Undo button.</source>
        <translation>Met de knop Ongedaan maken zet je het terug.</translation>
    </message>
    <message>
        <source>part “%1”</source>
        <translation>deel ‘%1’</translation>
    </message>
    <message>
        <source>the time box of %1 min</source>
        <translation>het tijdvak van %1 min</translation>
    </message>
    <message>
        <source>step “%1”</source>
        <translation>stap ‘%1’</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Renumber steps</source>
        <translation>Stappen hernummeren</translation>
    </message>
    <message>
        <source>The numbered steps are numbered 1, 2, 3… again.</source>
        <translation>De genummerde stappen hebben weer de nummers 1, 2, 3…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>stap %1</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message numerus="yes">
        <source>%n minute(s) in total</source>
        <translation>
            <numerusform>%n minuut in totaal</numerusform>
            <numerusform>%n minuten in totaal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Notities zoeken</translation>
    </message>
    <message>
        <source>Words from notes, rationales or first steps…</source>
        <translation>Woorden uit notities, onderbouwingen of eerste stappen…</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gevonden</translation>
    </message>
    <message>
        <source>&amp;More results</source>
        <translation>&amp;Meer resultaten</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>eerste stap</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>nieuwste eerst</translation>
    </message>
    <message>
        <source>best matches first</source>
        <translation>beste treffers eerst</translation>
    </message>
    <message numerus="yes">
        <source>First %n result(s) shown (%1)</source>
        <translation>
            <numerusform>Eerste resultaat getoond (%1)</numerusform>
            <numerusform>Eerste %n resultaten getoond (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
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
        <source>Part 3 board on the presenter screen (on / off)</source>
        <translation>Bord deel 3 op het presentatiescherm (aan / uit)</translation>
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
        <source>Part 3 board: the decision beside the scenario map (on / off)</source>
        <translation>Bord deel 3: het besluit naast de scenariokaart (aan / uit)</translation>
    </message>
    <message>
        <source>Finish the session (on the board)</source>
        <translation>Sessie afronden (op het bord)</translation>
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
    <message numerus="yes">
        <source>%n note(s) stored</source>
        <translation>
            <numerusform>%n notitie opgeslagen</numerusform>
            <numerusform>%n notities opgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
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
    <name>SessionsPage</name>
    <message>
        <source>Show sessions of</source>
        <translation>Toon sessies van</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>No sessions yet. Plan one with “Plan session…” (Ctrl+Shift+N).</source>
        <translation>Nog geen sessies. Plan er een met ‘Sessie plannen…’ (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>Plan session…</source>
        <translation>Sessie plannen…</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sessie starten</translation>
    </message>
    <message>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>Sessie &amp;plannen…</translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation>Plan &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Sessie &amp;starten</translation>
    </message>
    <message>
        <source>P&amp;rint set…</source>
        <translation>Printset &amp;afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Delete planned session…</source>
        <translation>Geplande sessie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>View / print record</source>
        <translation>Verslag bekijken / afdrukken</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <source>Schools not loaded</source>
        <translation>Scholen niet geladen</translation>
    </message>
    <message>
        <source>Sessions not loaded</source>
        <translation>Sessies niet geladen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>Resume session</source>
        <translation>Sessie hervatten</translation>
    </message>
    <message>
        <source>Session planned for %1.</source>
        <translation>Sessie gepland op %1.</translation>
    </message>
    <message>
        <source>Plan not opened</source>
        <translation>Plan niet geopend</translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>Plan opgeslagen.</translation>
    </message>
    <message>
        <source>Session not started</source>
        <translation>Sessie niet gestart</translation>
    </message>
    <message>
        <source>Print set not opened</source>
        <translation>Printset niet geopend</translation>
    </message>
    <message>
        <source>Delete planned session</source>
        <translation>Geplande sessie verwijderen</translation>
    </message>
    <message>
        <source>Delete the planned session “%1” of %2? Its participants are removed with it.</source>
        <translation>De geplande sessie ‘%1’ van %2 verwijderen? De deelnemers worden ook verwijderd.</translation>
    </message>
    <message>
        <source>Session not deleted</source>
        <translation>Sessie niet verwijderd</translation>
    </message>
    <message>
        <source>Planned session deleted.</source>
        <translation>Geplande sessie verwijderd.</translation>
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
        <source>The built-in script cannot be changed; a copy of your own can.</source>
        <translation>Het ingebouwde draaiboek kun je niet wijzigen; een eigen kopie wel.</translation>
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
        <translation>Draaiboek</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Draaiboek</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>own copy · editable</source>
        <translation>eigen kopie · bewerkbaar</translation>
    </message>
    <message>
        <source>No themes yet</source>
        <translation>Nog geen thema&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) in total</source>
        <translation>
            <numerusform>%n minuut in totaal</numerusform>
            <numerusform>%n minuten in totaal</numerusform>
        </translation>
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
    <message>
        <source>“%1” is ready: you can edit its script.</source>
        <translation>‘%1’ staat klaar: je kunt het draaiboek nu bewerken.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Het bestand kon niet worden geschreven (%1). Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n scholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessie</numerusform>
            <numerusform>%n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) as PDF</source>
        <translation>
            <numerusform>%n verslag als pdf</numerusform>
            <numerusform>%n verslagen als pdf</numerusform>
        </translation>
    </message>
</context>
</TS>
