<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>The database is sound, but %1 of the %n backup(s) are damaged. They are never offered for restoring; delete them or keep them apart:

%2</source>
        <translation>
            <numerusform>The database is sound, but %1 of the %n backup are damaged. They are never offered for restoring; delete them or keep them apart:

%2</numerusform>
            <numerusform>The database is sound, but %1 of the %n backups are damaged. They are never offered for restoring; delete them or keep them apart:

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database is sound, and so are all %n backup(s).</source>
        <translation>
            <numerusform>The database is sound, and so are all %n backup.</numerusform>
            <numerusform>The database is sound, and so are all %n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecksPage</name>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n position(s); first %1 (%2), latest %3 (%4).</source>
        <translation>
            <numerusform>%n position; first %1 (%2), latest %3 (%4).</numerusform>
            <numerusform>%n positions; first %1 (%2), latest %3 (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message numerus="yes">
        <source>Even shortened the session takes %n minute(s).</source>
        <translation>
            <numerusform>Even shortened the session takes %n minute.</numerusform>
            <numerusform>Even shortened the session takes %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned end: %1 (%n minute(s))</source>
        <translation>
            <numerusform>Planned end: %1 (%n minute)</numerusform>
            <numerusform>Planned end: %1 (%n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take the %n participant(s) of the last session</source>
        <translation>
            <numerusform>Take the %n participant of the last session</numerusform>
            <numerusform>Take the %n participants of the last session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <source>%1 at %2, %n participant(s). Print at 100 % (actual size), not “fit to page”.</source>
        <translation>
            <numerusform>%1 at %2, %n participant. Print at 100 % (actual size), not “fit to page”.</numerusform>
            <numerusform>%1 at %2, %n participants. Print at 100 % (actual size), not “fit to page”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchoolsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is also erased from the %n backup(s).</source>
        <translation>
            <numerusform>It is also erased from the %n backup.</numerusform>
            <numerusform>It is also erased from the %n backups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message numerus="yes">
        <source>%n minute(s) in total</source>
        <translation>
            <numerusform>%n minute in total</numerusform>
            <numerusform>%n minutes in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>First %n result(s) shown (%1)</source>
        <translation>
            <numerusform>First %n result shown (%1)</numerusform>
            <numerusform>First %n results shown (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message numerus="yes">
        <source>%n note(s) stored</source>
        <translation>
            <numerusform>%n note stored</numerusform>
            <numerusform>%n notes stored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message numerus="yes">
        <source>%n minute(s) in total</source>
        <translation>
            <numerusform>%n minute in total</numerusform>
            <numerusform>%n minutes in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n record(s) as PDF</source>
        <translation>
            <numerusform>%n record as PDF</numerusform>
            <numerusform>%n records as PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
</TS>
