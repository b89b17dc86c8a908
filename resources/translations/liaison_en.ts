<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln trusted device(s) on Liaison 0.1.0 cannot receive areas: %1. Changes this device writes after an area wait there until they upgrade.</source>
        <translation>
            <numerusform>%Ln trusted device on Liaison 0.1.0 cannot receive areas: %1. Changes this device writes after an area wait there until they upgrade.</numerusform>
            <numerusform>%Ln trusted devices on Liaison 0.1.0 cannot receive areas: %1. Changes this device writes after an area wait there until they upgrade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln open conflict</numerusform>
            <numerusform>%Ln open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} · %Ln resolved</source>
        <translation>
            <numerusform>{open} · %Ln resolved</numerusform>
            <numerusform>{open} · %Ln resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) apart</source>
        <translation>
            <numerusform>%Ln minute apart</numerusform>
            <numerusform>%Ln minutes apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) apart</source>
        <translation>
            <numerusform>%Ln hour apart</numerusform>
            <numerusform>%Ln hours apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) apart</source>
        <translation>
            <numerusform>%Ln day apart</numerusform>
            <numerusform>%Ln days apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{fields} and %Ln more</source>
        <translation>
            <numerusform>{fields} and %Ln more</numerusform>
            <numerusform>{fields} and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organization</numerusform>
            <numerusform>%Ln organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln action item</numerusform>
            <numerusform>%Ln action items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), kept in memory only</source>
        <translation>
            <numerusform>%Ln message, kept in memory only</numerusform>
            <numerusform>%Ln messages, kept in memory only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln area(s)</source>
        <translation>
            <numerusform>%Ln area</numerusform>
            <numerusform>%Ln areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), oldest first.</source>
        <translation>
            <numerusform>%Ln change, oldest first.</numerusform>
            <numerusform>%Ln changes, oldest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>Last %Ln week</numerusform>
            <numerusform>Last %Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln engagement(s) · %1 overdue</source>
        <translation>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln engagement · %1 overdue</numerusform>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln engagements · %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meeting in the area (or inside it) for %Ln day(s).</source>
        <translation>
            <numerusform>No meeting in the area (or inside it) for %Ln day.</numerusform>
            <numerusform>No meeting in the area (or inside it) for %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 km MGRS squares; %Ln engagement(s) without a position.</source>
        <translation>
            <numerusform>1 km MGRS squares; %Ln engagement without a position.</numerusform>
            <numerusform>1 km MGRS squares; %Ln engagements without a position.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last heard from %Ln day(s) ago</source>
        <translation>
            <numerusform>last heard from %Ln day ago</numerusform>
            <numerusform>last heard from %Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at least %Ln characters; several uncommon words are best.</source>
        <translation>
            <numerusform>Use at least %Ln characters; several uncommon words are best.</numerusform>
            <numerusform>Use at least %Ln characters; several uncommon words are best.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln record(s) for good?

They are removed from this laptop now — their history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</source>
        <translation>
            <numerusform>Purge %Ln record for good?

They are removed from this laptop now — their history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</numerusform>
            <numerusform>Purge %Ln records for good?

They are removed from this laptop now — their history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), ready to save.</source>
        <translation>
            <numerusform>%Ln page, ready to save.</numerusform>
            <numerusform>%Ln pages, ready to save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln record(s) past the review date. They come back to this list on the day chosen.</source>
        <translation>
            <numerusform>Keep %Ln record past the review date. They come back to this list on the day chosen.</numerusform>
            <numerusform>Keep %Ln records past the review date. They come back to this list on the day chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) due</source>
        <translation>
            <numerusform>%Ln record due</numerusform>
            <numerusform>%Ln records due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lock after idle: choose 0 (never) to %Ln minutes.</source>
        <translation>
            <numerusform>Lock after idle: choose 0 (never) to %Ln minutes.</numerusform>
            <numerusform>Lock after idle: choose 0 (never) to %Ln minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Written: %Ln change(s)</source>
        <translation>
            <numerusform>Written: %Ln change</numerusform>
            <numerusform>Written: %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: {reasons}</source>
        <translation>
            <numerusform>%Ln refused: {reasons}</numerusform>
            <numerusform>%Ln refused: {reasons}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln bundle(s)…</source>
        <translation>
            <numerusform>Importing %Ln bundle…</numerusform>
            <numerusform>Importing %Ln bundles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation>
            <numerusform>%Ln file imported</numerusform>
            <numerusform>%Ln files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) written to the outbox</source>
        <translation>
            <numerusform>%Ln bundle written to the outbox</numerusform>
            <numerusform>%Ln bundles written to the outbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln file(s)</source>
        <translation>
            <numerusform>Imported {done} of %Ln file</numerusform>
            <numerusform>Imported {done} of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}, %Ln refused.</source>
        <translation>
            <numerusform>{imported}, %Ln refused.</numerusform>
            <numerusform>{imported}, %Ln refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln file(s).</source>
        <translation>
            <numerusform>Cancelled after %Ln file.</numerusform>
            <numerusform>Cancelled after %Ln files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) from {who} refused: {why}</source>
        <translation>
            <numerusform>%Ln change from {who} refused: {why}</numerusform>
            <numerusform>%Ln changes from {who} refused: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln applied</source>
        <translation>
            <numerusform>%Ln applied</numerusform>
            <numerusform>%Ln applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln pending</numerusform>
            <numerusform>%Ln pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quarantined</source>
        <translation>
            <numerusform>%Ln quarantined</numerusform>
            <numerusform>%Ln quarantined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from a revoked device</source>
        <translation>
            <numerusform>%Ln from a revoked device</numerusform>
            <numerusform>%Ln from a revoked device</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: signed twice with one number</source>
        <translation>
            <numerusform>%Ln refused: signed twice with one number</numerusform>
            <numerusform>%Ln refused: signed twice with one number</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: too large</source>
        <translation>
            <numerusform>%Ln refused: too large</numerusform>
            <numerusform>%Ln refused: too large</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (see above)</source>
        <translation>
            <numerusform>%Ln refused (see above)</numerusform>
            <numerusform>%Ln refused (see above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet at HQ</source>
        <translation>
            <numerusform>%Ln change not yet at HQ</numerusform>
            <numerusform>%Ln changes not yet at HQ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s) not up to date</source>
        <translation>
            <numerusform>%Ln officer not up to date</numerusform>
            <numerusform>%Ln officers not up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln to send</numerusform>
            <numerusform>%Ln to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{peer}: %Ln change(s)</source>
        <translation>
            <numerusform>{peer}: %Ln change</numerusform>
            <numerusform>{peer}: %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received change(s) waiting for others they depend on.</source>
        <translation>
            <numerusform>%Ln received change waiting for others they depend on.</numerusform>
            <numerusform>%Ln received changes waiting for others they depend on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>%Ln deleted record</numerusform>
            <numerusform>%Ln deleted records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: wait %Ln s before trying again.</source>
        <translation>
            <numerusform>Too many wrong passphrases: wait %Ln s before trying again.</numerusform>
            <numerusform>Too many wrong passphrases: wait %Ln s before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed attempt(s).</source>
        <translation>
            <numerusform>%Ln failed attempt.</numerusform>
            <numerusform>%Ln failed attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longer than %Ln character(s)</source>
        <translation>
            <numerusform>longer than %Ln character</numerusform>
            <numerusform>longer than %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln point(s)</source>
        <translation>
            <numerusform>at most %Ln point</numerusform>
            <numerusform>at most %Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln level(s)</source>
        <translation>
            <numerusform>at most %Ln level</numerusform>
            <numerusform>at most %Ln levels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more above %1 left out.</source>
        <translation>
            <numerusform>%Ln more above %1 left out.</numerusform>
            <numerusform>%Ln more above %1 left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln engagements are listed.</source>
        <translation>
            <numerusform>The first %1 of %Ln engagements are listed.</numerusform>
            <numerusform>The first %1 of %Ln engagements are listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln actions are listed.</source>
        <translation>
            <numerusform>The first %1 of %Ln actions are listed.</numerusform>
            <numerusform>The first %1 of %Ln actions are listed.</numerusform>
        </translation>
    </message>
</context>
</TS>
