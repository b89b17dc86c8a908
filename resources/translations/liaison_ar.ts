<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Areas of responsibility (kept on this device only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln trusted device(s) on Liaison 0.1.0 cannot receive areas: %1. Changes this device writes after an area wait there until they upgrade.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the encrypted database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or recovery key does not open this backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Liaison backup. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer Liaison: upgrade to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged or was altered. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile folder holds other files; restore into a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile already exists in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with those in the backup. Work written since the backup was taken is lost here unless it reached HQ. Restore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of %1 is restored (%2 records). For sync this laptop is now a new device: send its identity card to HQ (Sync → Identity) before the next exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the passphrase the backup was made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the recovery key, choosing a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup replaces the profile on this laptop once it is checked and unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup becomes the profile on this laptop. Nothing readable is in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison backups (*%s);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison backups (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0 — phones, Thunderbird (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV — spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard / CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} contact(s) written. The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard or CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizations (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations are imported from CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {what} — columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each column of the file fills. Columns left out are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} imported, {skipped} already here (skipped), {errors} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} new organization(s) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the cards after the last one listed were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as {name} ({id}) — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization {name} created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier card of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} — shown now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — the record holds this value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value on every device; the conflict is cleared when it syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. When two officers change the same field before they sync, both values are listed here so nothing is silently lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record with this field ready for a value that combines both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} · %Ln resolved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{values} · resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} “{title}” — {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values were written on different devices {apart}, each before its device had seen the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one, or edit a merge; the choice syncs to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by a later change (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by {who} on {device}, {when}. Final value: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) apart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) apart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) apart</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{officer} ({device})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} &quot;{title}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deleted {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} added {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed {what}: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{fields} and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due}  {title}  ({owner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming meetings (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently from other officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from other officers yet. Their changes are listed here after a sync exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals and due actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Liaison did in this session. Record contents, passphrases and keys are never logged. The log is kept in memory only, unless you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), kept in memory only</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free). Nothing was changed. Make room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not open the profile folder {folder}. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in {folder} was never finished: its creation was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is open in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring it back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“me”, or type a contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status to Done and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area or P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. North Kivu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CD61</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area it lies in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre, e.g. -0.49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre, e.g. 29.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAT,LON points, for the map plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln area(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes not yet saved (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this new record? Nothing of it has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore it from the Trash (Ctrl+Z right away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Other officers will see it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Head of sub-office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label, e.g. office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone, email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town, district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1, or tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date. Type e.g. %1, 2026-12-01 or tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10:30, or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1, tomorrow 10:00 or 011000ZDEC26</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the time typed (unless the text names one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date and time. Type e.g. %1, tomorrow 10:00 or 011000ZDEC26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name, same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name, same organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the stored record instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this one, then merge it into the stored record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 — already here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — already here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record has a history once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), oldest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(private: kept on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(conflict: made without seeing the change before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Water point security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 38SMB4400012000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MGRS grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to add an attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to add an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action item from this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the saved meeting as minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this meeting in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the saved meeting as a staff report (PDF), then save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this editor back beside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. World Food Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WFP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. food, logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, decided, asked… (Ctrl+Enter: next point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a point at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open; Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last engagement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last engagement: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items they own (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items from this meeting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local: never leaves this laptop. HQ only: reaches headquarters and no other officer. Mission: every officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export — not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file with {what} will not be encrypted: anyone who gets it can read it.
Keep it only as long as it is needed, and never on a shared drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also include records marked &amp;do not share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3W of organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every export and report written on this device, newest first. The log keeps no content: only what was written, where to (the file&apos;s name), and how it was redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous field; stays on the screen (never the side bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (in a search box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the results, the first one selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (on the first row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End, Ctrl+Home / Ctrl+End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last row of the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen of rows up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into the editor of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (in a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected record (asks first, No by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s menu: open, own window, copy, mark done, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in a picker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the highlighted entry; the cursor stays in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc (in a picker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close its list without choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down (in a date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter (in a point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the next point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down (in a point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the point up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (in attendees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter (in the Trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a meeting, find the contacts (Ctrl+3) and organizations (Ctrl+4) you will see. Start the meeting record with Ctrl+N on the Meetings screen (Ctrl+2): title, time, place, attendees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During or after the meeting type the points: each point has a type (finding, decision, request…) and its text; Ctrl+Enter starts the next one. Save with Ctrl+S. Minutes reads the saved meeting as minutes; Report… (Ctrl+P) previews it as a marked staff report to save as PDF (the Reports menu has the weekly summary, the action register and the handover pack); Own window gives it the whole screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must be done afterwards becomes an action item (New action on the meeting). Mark it done from its editor, or from the list&apos;s right-click menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with HQ by stick or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, exchange cards with HQ on the Sync screen (Ctrl+7): Export my card… for HQ, Add card… for the card HQ gives you. Then choose the exchange folder (a USB stick or a shared folder): whenever it is reachable, Liaison exchanges through it by itself, sending what is new here and reading what HQ left. Export bundle… and Import bundles… (or dropping the files on the page) do the same by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles are encrypted to their recipients and signed: a lost stick reveals nothing. The status bar says whether HQ has everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two officers change the same field before seeing each other&apos;s change, both values are kept and the field is marked in the editor. On the Conflicts screen (Ctrl+6) keep one side, or type a merged value; the choice syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash and undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete asks first (No is the default). A deleted record goes to the Trash (Ctrl+8), from where it can be restored; Ctrl+Z right away undoes the delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L locks the profile at once; it also locks by itself after the idle time set in Settings (Ctrl+,). Nothing readable is left on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, the recovery key shown when the profile was made sets a new one (“Forgot passphrase?” on the unlock screen). Keep that key on paper, away from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (run from a source tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt / PySide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline-first records of liaison work: organizations, contacts, meetings and action items, encrypted on this device and exchanged with HQ in signed, encrypted bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements per week by officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements by organization type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas without a recent engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers, quietest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln engagement(s) · %1 overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a contact not held here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every area had one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No areas yet (Areas, or liaison area add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement has a grid reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pale rows: officers who went quiet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types the meetings name, else their attendees&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions due in the period, not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No meeting in the area (or inside it) for %Ln day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 km MGRS squares; %Ln engagement(s) without a position.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activity by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never heard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last heard from %Ln day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: %1 · Areas of responsibility: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer has met it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers who engage it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · last engagement %2 · %3 open action(s), %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (date, today-30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by (origin officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of the %1, or press Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cap} newest matches shown — refine the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cap} newest of more than {total} matches shown — refine the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cap} newest of {total} matches shown — refine the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is stored now, with what other programs wrote (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side &amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the cursor to the side bar and back (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Liaison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now: close the database and hide every window (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open organization &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison — locked[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison — {officer}[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{officer} · {device} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked — Ctrl+L locks now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some edits are not saved and the profile is locked. Quit and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} would delete {total} of the {live} records on this laptop ({kinds}).

A drive that was read empty, or a device that was reset, looks like this. Nothing has been applied. Apply this bundle and delete them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete many records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays. &lt;b&gt;%2&lt;/b&gt; is merged into it, on every device you sync with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repointing %v of %m records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the same in both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else names the merged-away record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the kept record: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with another %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the duplicate (it is merged into this record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, acronym, phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from this meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group points by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase opens this profile from now on. Your records and the recovery key stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when this profile was made (dashes and small letters are fine), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not this profile&apos;s recovery key. Check each group of four and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %Ln characters; several uncommon words are best.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: add another uncommon word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital letters do not help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits or capital letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words are not much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words; avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” do not help much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile — summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s records (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already here, unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>here with other content, kept as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the Trash here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids of other records here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the record here, which was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in the Trash here: restore it to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id belongs to another record here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole &amp;profile (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import failed; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge %1 “%2” for good?

It is removed from this laptop now — its history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln record(s) for good?

They are removed from this laptop now — their history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>retention review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alendar (iCalendar)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3W of organizations (CSV / HXL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your meetings and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organizations and their engagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3W with HXL hashtags (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3W as plain CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export 3W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every record of this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export whole profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the 3W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %s (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in own &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record as text: name, phone, email… (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mer&amp;ge with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a duplicate into this record, for every device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a record that was merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge for good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the record for good, here and on every device after exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of {officer} on {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sets a new passphrase if the passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it apart from the laptop: whoever holds both can read every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving writes a readable, unencrypted PDF: keep it where the marking allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), ready to save.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The {profile} profile leaves this report out: {why}. Choose Full above to include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln record(s) past the review date. They come back to this list on the day chosen.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>why they are still needed (shown here later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept longer than the retention policy allows (Settings ▸ Retention). Keep what is still needed, with a reason; purge the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>kept until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views: filters kept under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, rename or delete a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these filters as a view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (dates typed as today-30 stay relative to today):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the view “%1”? The filters shown stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder or USB stick where sync bundles are exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local date and time (01.12.2026 10:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military date-time group (011000ZDEC26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the system&apos;s light or dark setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: choose a folder, ideally on another disk or stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted, checked backup is written each time the profile locks and when Liaison quits; beyond this number the oldest are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock speed / protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to apply a new unlock speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply new unlock speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used to unlock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange folder: “%s” is not an absolute path; use Browse to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: “%s” is not an absolute path; use Browse to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lock after idle: choose 0 (never) to %Ln minutes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dates as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s: this value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New unlock speed applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record unchanged for longer than its period is listed under Review, to keep (with a reason) or purge. A level&apos;s period applies to contacts and meetings of that level when it is the shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mission policy from HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by HQ on {date}: at most {periods} days. Your periods may be shorter, not longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle that would delete more than this share of your records (and at least 20) is not applied until you agree: a drive read empty looks like that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks or the laptop sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before deleting more than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Duress passphrase&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are forced to unlock Liaison, type this second passphrase instead of yours. It destroys this profile&apos;s keys for good — neither your passphrase nor the recovery key will ever open it again — and opens an empty profile, which looks like a new installation. Backups in other folders are not touched. Off unless set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duress passphrase set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duress passphrase removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (Ctrl+{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}  ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted elsewhere (it is in the Trash). Your edits are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits; the record stays in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed elsewhere (a sync or another window) while you edited it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the stored version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edits and show the record as stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the stored record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine saves your values over the stored ones when you save; fields you did not edit take the stored value either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other officers disagree on this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is encrypted for the ticked devices only; nobody else can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{officer} — {device} ({fingerprint}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything, not only what they are not known to have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use when a device was restored from an old backup or lost a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported on {when}; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for later: written by a newer Liaison ({version}); upgrade to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held earlier, read now: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quarantined</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from a revoked device</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: signed twice with one number</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: too large</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (see above)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchange folder set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the bundles addressed here and write fresh ones to outbox/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a folder (a USB stick or shared drive) to exchange bundles with one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable. The app also syncs by itself whenever this folder appears (a stick plugged in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable now. The app syncs by itself as soon as it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle exchanged on this device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for later: written by a newer Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: {reasons}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes still waiting for earlier bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for earlier bundles from this officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}… ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total}) from {officer}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging through {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of their latest change held here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quietest first; officers not heard from for {days} days or more are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other device is known yet: add the officers&apos; cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted bundle of changes for chosen devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one or more .liaison files (or drop them on this page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every bundle in a folder (officers&apos; bundles gathered at HQ, a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop .liaison files, folders of them (or an identity card) on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another exchange is running; try again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln bundle(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange folder {folder} is not reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange folder appeared: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written: {path} ({changes}, {size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) written to the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Folder exchange at {time}: {files}, {written}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}, %Ln refused.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync bundles ({pattern});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouched for by HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity cards ({pattern});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this device&apos;s public identity card (no secrets) to give to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this device&apos;s public identity card (no secrets) to give to each officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card written to {path}. Read the fingerprint to the other officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports to this officer carry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything they lack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what their area needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their area: records in their areas, written by them or referring to theirs, and what those name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted devices yet. Add each officer&apos;s identity card to start exchanging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted devices yet. Add HQ&apos;s identity card to start exchanging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust {officer} ({device}, {role})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:
{fingerprint}

Compare these digits with the ones on the other officer&apos;s screen, in person or by voice. Trust the card only if every digit matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{officer} ({device}) is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke {officer} ({device})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:
{fingerprint}

Bundles from this device, and its changes relayed by others, will be refused from now on. Do this when the device is lost or seized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{officer} ({device}) is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Liaison bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is truncated (copied only in part?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle format this version of Liaison does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is damaged or was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not verify (damaged or tampered with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not addressed to this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s key does not open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s keys do not match its device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender is not a trusted device (add its card first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s device is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with a key other than the trusted one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Liaison sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header does not match its envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Liaison: upgrade to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a bad identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it would delete many of your records: nothing applied until you agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a malformed change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it relays changes from a device nobody vouched for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a forged change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its device signed two different changes with the same number (revoke it?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one change is larger than Liaison accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s Liaison is too old to read this release&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only HQ exports by area, and only to officers whose Liaison reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one change had a purged record taken out, and the purge it names has not arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries numbers no device writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a malformed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changes bookkeeping no device may change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value the field does not take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sets one field twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new record lacks a required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a record that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses the id of a record of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims to overwrite changes it had not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written after the device was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) from {who} refused: {why}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: last exchange {when} with {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: no exchanges yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet at HQ</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every officer has everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s) not up to date</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{who}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle exchanged with any device yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exchange with each device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet confirmed by the device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{peer}: %Ln change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received change(s) waiting for others they depend on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records stay here until every device has them and they are purged. Restoring one brings it back for the other officers too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the record back (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Trash is empty: nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That record is no longer in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pointing at it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They keep the link, shown as in the Trash, until it is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted, in the Trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot passphrase? Use the &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of this profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: wait %Ln s before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new passphrase is set. Enter it to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was written by a newer Liaison (schema {found}; this one reads up to {supported}). Upgrade Liaison to open it. The profile is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the profile: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade this profile: its safety copy could not be written (is the disk full?). The profile is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade this profile. It was restored and is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade this profile, nor restore it. Its encrypted pre-upgrade copy is kept as {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closed and its key forgotten. Unsaved edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More memory and repetitions make guessing the passphrase of a seized laptop slower, and unlocking slower too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>longer than %Ln character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO-8601 date-time (e.g. 2026-03-14T09:30+03:00), a local one (14.03.2026 09:30) or a date-time group (140930ZMAR26)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an MGRS grid reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry needs a kind and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each point needs a kind and a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 should read KIND:TEXT, e.g. decision:Open the road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both %1 and %2, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area cannot be its own ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organization cannot be its own ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names several areas: give the id or the P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln point(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>marked do-not-share by %1; only they can lift the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked do-not-share: a merge would share it with every device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged into another record: undo the merge instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose KEEP or OTHER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this value is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln level(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a level is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you written down the recovery key? It is not shown again, and without it a forgotten passphrase means every record is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who uses this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and this device are stamped on every record you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maj. Anna Berg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this device to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It encrypts everything in this profile. Several words you can remember are best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock speed / protection (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. It is shown once and is not stored anywhere readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it on paper, apart from this laptop: whoever holds both the laptop and the key can read every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where only you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {file}. Keep that file off this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your Liaison profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sync to finish, then saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also leaves out everything CONFIDENTIAL or above, and the phones, emails and addresses of local staff and community members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you may see: leaves out only contacts marked do-not-share (unless included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations and activity counts only: no person&apos;s name, phone or email (what HDX accepts). Only the 3W of organizations can be exported this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to the officer (areas of responsibility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a meeting in the area or an area inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the area or an area inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the area or an area inside it (the contact&apos;s own area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by one of its contacts, or from one of its meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded on the officer&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting (UTC day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the area and the areas inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization and its branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization represented, or one of its contacts attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MGRS grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Armed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community / religious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key leader engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local — never leaves this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO / INGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province / region (adm1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red Cross / Red Crescent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector / commune (adm3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory / district (adm2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dict[str, str]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tuple[str, ...]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
