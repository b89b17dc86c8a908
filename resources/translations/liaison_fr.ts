<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Areas of responsibility (kept on this device only)</source>
        <translation>Zones de responsabilité (conservées sur cet appareil uniquement)</translation>
    </message>
    <message>
        <source>all officers</source>
        <translation>tous les officiers</translation>
    </message>
    <message>
        <source>Weekly activity and information summary</source>
        <translation>Synthèse hebdomadaire d&apos;activité et d&apos;information</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>days</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officier</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturées</translation>
    </message>
    <message>
        <source>Engagements by type</source>
        <translation>Rencontres par type</translation>
    </message>
    <message>
        <source>Engagements by area</source>
        <translation>Rencontres par zone</translation>
    </message>
    <message>
        <source>No area recorded</source>
        <translation>Aucune zone renseignée</translation>
    </message>
    <message>
        <source>Engagements held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Rencontre</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln engagements are listed.</source>
        <translation>
            <numerusform>Seules les %1 premières rencontres sur %Ln sont listées.</numerusform>
            <numerusform>Seules les %1 premières rencontres sur %Ln sont listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organizations engaged</source>
        <translation>Organisations rencontrées</translation>
    </message>
    <message>
        <source>Key decisions and commitments</source>
        <translation>Principales décisions et engagements</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>point</comment>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Actions closed</source>
        <translation>Actions clôturées</translation>
    </message>
    <message>
        <source>Actions overdue on %1</source>
        <translation>Actions en retard au %1</translation>
    </message>
    <message>
        <source>%1 opened, %2 closed, %3 overdue on %4</source>
        <translation>%1 créées, %2 clôturées, %3 en retard au %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trusted device(s) on Liaison 0.1.0 cannot receive areas: %1. Changes this device writes after an area wait there until they upgrade.</source>
        <translation>
            <numerusform>%Ln appareil de confiance sous Liaison 0.1.0 ne peut pas recevoir les zones&#xa0;: %1. Les modifications que cet appareil enregistre après l&apos;enregistrement d&apos;une zone ne lui seront transmises qu&apos;après sa mise à niveau.</numerusform>
            <numerusform>%Ln appareils de confiance sous Liaison 0.1.0 ne peuvent pas recevoir les zones&#xa0;: %1. Les modifications que cet appareil enregistre après l&apos;enregistrement d&apos;une zone ne leur seront transmises qu&apos;après leur mise à niveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the encrypted database…</source>
        <translation>Copie de la base de données chiffrée…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>Vérification de la copie…</translation>
    </message>
    <message>
        <source>Writing the backup file…</source>
        <translation>Écriture du fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>Vérification du fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Unpacking the profile…</source>
        <translation>Extraction du profil…</translation>
    </message>
    <message>
        <source>The passphrase or recovery key does not open this backup. Nothing was changed.</source>
        <translation>La phrase secrète ou la clé de récupération ne permet pas d&apos;ouvrir cette sauvegarde. Aucune modification n&apos;a été apportée.</translation>
    </message>
    <message>
        <source>This file cannot be read. Nothing was changed.</source>
        <translation>Ce fichier est illisible. Aucune modification n&apos;a été apportée.</translation>
    </message>
    <message>
        <source>This file is not a Liaison backup. Nothing was changed.</source>
        <translation>Ce fichier n&apos;est pas une sauvegarde Liaison. Aucune modification n&apos;a été apportée.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Liaison: upgrade to restore it.</source>
        <translation>Cette sauvegarde a été créée par une version plus récente de Liaison&#xa0;: mettez l&apos;application à niveau pour la restaurer.</translation>
    </message>
    <message>
        <source>This backup is damaged or was altered. Nothing was changed.</source>
        <translation>Cette sauvegarde est endommagée ou a été altérée. Aucune modification n&apos;a été apportée.</translation>
    </message>
    <message>
        <source>The profile folder holds other files; restore into a new or empty folder.</source>
        <translation>Le dossier du profil contient d&apos;autres fichiers&#xa0;; restaurez la sauvegarde dans un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>A profile already exists in this folder.</source>
        <translation>Un profil existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>Not done: %s</source>
        <translation>Opération non effectuée&#xa0;: %s</translation>
    </message>
    <message>
        <source>Replace this profile?</source>
        <translation>Remplacer ce profil&#xa0;?</translation>
    </message>
    <message>
        <source>Restoring replaces every record on this laptop with those in the backup. Work written since the backup was taken is lost here unless it reached HQ. Restore?</source>
        <translation>La restauration remplace toutes les fiches de cet ordinateur par celles de la sauvegarde. Le travail enregistré depuis la sauvegarde sera perdu sur cet ordinateur, sauf s&apos;il est déjà parvenu au QG. Restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>The backup of %1 is restored (%2 records). For sync this laptop is now a new device: send its identity card to HQ (Sync → Identity) before the next exchange.</source>
        <translation>La sauvegarde du %1 est restaurée (nombre de fiches&#xa0;: %2). Pour la synchronisation, cet ordinateur est désormais un nouvel appareil&#xa0;: envoyez sa carte d&apos;identité au QG (Synchronisation → Identité) avant le prochain échange.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Backing up to %s</source>
        <translation>Sauvegarde en cours vers %s</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup file (%s)</source>
        <translation>Le fichier de sauvegarde (%s)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>With the passphrase the backup was made with</source>
        <translation>Avec la phrase secrète utilisée lors de la sauvegarde</translation>
    </message>
    <message>
        <source>With the recovery key, choosing a new passphrase</source>
        <translation>Avec la clé de récupération, en choisissant une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Fichier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>The backup replaces the profile on this laptop once it is checked and unpacked.</source>
        <translation>La sauvegarde remplace le profil de cet ordinateur une fois vérifiée et extraite.</translation>
    </message>
    <message>
        <source>The backup becomes the profile on this laptop. Nothing readable is in the file.</source>
        <translation>La sauvegarde devient le profil de cet ordinateur. Rien n&apos;est lisible en clair dans le fichier.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Liaison backups (*%s);;All files (*)</source>
        <translation>Sauvegardes Liaison (*%s);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choisissez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <source>Liaison backups (*%s)</source>
        <translation>Sauvegardes Liaison (*%s)</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2 records).</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (nombre de fiches&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup not written</source>
        <translation>Sauvegarde non effectuée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>vCard 3.0 — phones, Thunderbird (*.vcf)</source>
        <translation>vCard 3.0 — téléphones, Thunderbird (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>CSV — spreadsheets (*.csv)</source>
        <translation>CSV — tableurs (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard / CSV)…</source>
        <translation>&amp;Contacts (vCard / CSV)…</translation>
    </message>
    <message>
        <source>the contacts</source>
        <translation>les contacts</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>{n} contact(s) written. The file is not encrypted.</source>
        <translation>Contacts exportés&#xa0;: {n}. Le fichier n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>&amp;Contacts (vCard or CSV)…</source>
        <translation>&amp;Contacts (vCard ou CSV)…</translation>
    </message>
    <message>
        <source>&amp;Organizations (CSV)…</source>
        <translation>&amp;Organisations (CSV)…</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)</source>
        <translation>Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Organizations are imported from CSV files.</source>
        <translation>Les organisations s&apos;importent à partir de fichiers CSV.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import organizations</source>
        <translation>Importer des organisations</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— ne pas importer —</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>Import {what} — columns</source>
        <translation>Importer des {what} — colonnes</translation>
    </message>
    <message>
        <source>Choose what each column of the file fills. Columns left out are not imported.</source>
        <translation>Choisissez le champ que remplit chaque colonne du fichier. Les colonnes non retenues ne sont pas importées.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Fills</source>
        <translation>Champ rempli</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Field for column {name}</source>
        <translation>Champ pour la colonne {name}</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Rotation handover pack</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <source>The network and open work of %1, for the successor</source>
        <translation>Le réseau et les dossiers en cours de %1, pour son successeur</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Remis par</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Nothing above %1; do-not-share contacts are never included.</source>
        <translation>Rien au-dessus de %1&#xa0;; les contacts «&#xa0;ne pas partager&#xa0;» ne sont jamais inclus.</translation>
    </message>
    <message>
        <source>Organizations and contacts</source>
        <translation>Organisations et contacts</translation>
    </message>
    <message>
        <source>Contacts of no organization</source>
        <translation>Contacts sans organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more above %1 left out.</source>
        <translation>
            <numerusform>%Ln autre action au-dessus de %1 n&apos;est pas incluse.</numerusform>
            <numerusform>%Ln autres actions au-dessus de %1 ne sont pas incluses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitments since %1</source>
        <translation>Engagements depuis le %1</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>committed</comment>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Committed to</source>
        <translation>Engagement pris</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Date-time group</source>
        <translation>Groupe date-heure</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune renseignée</translation>
    </message>
    <message>
        <source>%1 (details above this pack&apos;s level)</source>
        <translation>%1 (détails au-dessus du niveau de ce dossier)</translation>
    </message>
    <message>
        <source>Last engagement</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <source>Officer&apos;s notes</source>
        <translation>Notes de l&apos;officier</translation>
    </message>
    <message>
        <source>Contacts above this pack&apos;s level left out: %1.</source>
        <translation>Contacts au-dessus du niveau de ce dossier non inclus&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>How to reach</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{imported} imported, {skipped} already here (skipped), {errors} refused.</source>
        <translation>Importés&#xa0;: {imported}&#xa0;; déjà présents (ignorés)&#xa0;: {skipped}&#xa0;; refusés&#xa0;: {errors}.</translation>
    </message>
    <message>
        <source>{n} new organization(s) created.</source>
        <translation>Nouvelles organisations créées&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Cancelled: the cards after the last one listed were not read.</source>
        <translation>Annulé&#xa0;: les cartes situées après la dernière de la liste n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>as {name} ({id}) — {reason}</source>
        <translation>sous {name} ({id}) — {reason}</translation>
    </message>
    <message>
        <source>organization {name} created</source>
        <translation>organisation {name} créée</translation>
    </message>
    <message>
        <source>linked to {name}</source>
        <translation>lié à {name}</translation>
    </message>
    <message>
        <source>exported from here</source>
        <translation>exporté depuis cet appareil</translation>
    </message>
    <message>
        <source>the same details</source>
        <translation>les mêmes coordonnées</translation>
    </message>
    <message>
        <source>an earlier card of this file</source>
        <translation>une carte précédente de ce fichier</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>{who} — shown now</source>
        <translation>{who} — valeur affichée</translation>
    </message>
    <message>
        <source>Officer:</source>
        <translation>Officier&#xa0;:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Enregistrée le&#xa0;:</translation>
    </message>
    <message>
        <source>Yes — the record holds this value now</source>
        <translation>Oui — la fiche contient actuellement cette valeur</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Shown now:</source>
        <translation>Valeur actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Conserver celle-ci</translation>
    </message>
    <message>
        <source>Keep this value on every device; the conflict is cleared when it syncs</source>
        <translation>Conserver cette valeur sur tous les appareils&#xa0;; le conflit est levé lors de la synchronisation</translation>
    </message>
    <message>
        <source>Show resolved conflicts</source>
        <translation>Afficher les conflits résolus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type de fiche</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>No conflicts. When two officers change the same field before they sync, both values are listed here so nothing is silently lost.</source>
        <translation>Aucun conflit. Lorsque deux officiers modifient le même champ avant de se synchroniser, les deux valeurs sont listées ici afin que rien ne soit perdu à votre insu.</translation>
    </message>
    <message>
        <source>Edit a merge…</source>
        <translation>Fusionner manuellement…</translation>
    </message>
    <message>
        <source>Open the record with this field ready for a value that combines both</source>
        <translation>Ouvrir la fiche avec ce champ prêt à recevoir une valeur combinant les deux</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit non résolu</numerusform>
            <numerusform>%Ln conflits non résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{open} · %Ln resolved</source>
        <translation>
            <numerusform>{open} · %Ln résolu</numerusform>
            <numerusform>{open} · %Ln résolus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln valeur</numerusform>
            <numerusform>%Ln valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>{values} · resolved</source>
        <translation>{values} · résolu</translation>
    </message>
    <message>
        <source>{kind} “{title}” — {field}</source>
        <translation>{kind} «&#xa0;{title}&#xa0;» — {field}</translation>
    </message>
    <message>
        <source>These values were written on different devices {apart}, each before its device had seen the other.</source>
        <translation>Ces valeurs ont été enregistrées sur des appareils différents {apart}, chacune avant que son appareil n&apos;ait reçu l&apos;autre.</translation>
    </message>
    <message>
        <source>Keep one, or edit a merge; the choice syncs to everyone.</source>
        <translation>Conservez l&apos;une des valeurs ou fusionnez-les manuellement&#xa0;; ce choix est synchronisé pour tous.</translation>
    </message>
    <message>
        <source>Resolved by a later change (read only).</source>
        <translation>Résolu par une modification ultérieure (lecture seule).</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Resolved by {who} on {device}, {when}. Final value: {value}</source>
        <translation>Résolu par {who} sur {device}, le {when}. Valeur finale&#xa0;: {value}</translation>
    </message>
    <message>
        <source>less than a minute apart</source>
        <translation>à moins d&apos;une minute d&apos;intervalle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) apart</source>
        <translation>
            <numerusform>à %Ln minute d&apos;intervalle</numerusform>
            <numerusform>à %Ln minutes d&apos;intervalle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) apart</source>
        <translation>
            <numerusform>à %Ln heure d&apos;intervalle</numerusform>
            <numerusform>à %Ln heures d&apos;intervalle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) apart</source>
        <translation>
            <numerusform>à %Ln jour d&apos;intervalle</numerusform>
            <numerusform>à %Ln jours d&apos;intervalle</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown officer</source>
        <translation>Officier inconnu</translation>
    </message>
    <message>
        <source>{officer} ({device})</source>
        <translation>{officer} ({device})</translation>
    </message>
    <message>
        <source>{kind} &quot;{title}&quot;</source>
        <translation>{kind} «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>{who} deleted {what}</source>
        <translation>{who} a supprimé {what}</translation>
    </message>
    <message>
        <source>{who} added {what}</source>
        <translation>{who} a ajouté {what}</translation>
    </message>
    <message>
        <source>{who} changed {what}: {fields}</source>
        <translation>{who} a modifié {what}&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>{who} changed {what}</source>
        <translation>{who} a modifié {what}</translation>
    </message>
    <message numerus="yes">
        <source>{fields} and %Ln more</source>
        <translation>
            <numerusform>{fields} et %Ln autre</numerusform>
            <numerusform>{fields} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>{due}  {title}  ({owner})</source>
        <translation>{due}  {title}  ({owner})</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Today&apos;s meetings</source>
        <translation>Réunions du jour</translation>
    </message>
    <message>
        <source>No meetings today.</source>
        <translation>Aucune réunion aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Upcoming meetings (7 days)</source>
        <translation>Réunions à venir (7 jours)</translation>
    </message>
    <message>
        <source>Nothing planned this week.</source>
        <translation>Rien de prévu cette semaine.</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Actions en retard</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <source>Actions due within 7 days</source>
        <translation>Actions à échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Nothing due this week.</source>
        <translation>Aucune échéance cette semaine.</translation>
    </message>
    <message>
        <source>Recently from other officers</source>
        <translation>Activité récente des autres officiers</translation>
    </message>
    <message>
        <source>Nothing from other officers yet. Their changes are listed here after a sync exchange.</source>
        <translation>Rien des autres officiers pour l&apos;instant. Leurs modifications apparaissent ici après un échange de synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organization(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
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
            <numerusform>%Ln réunion</numerusform>
            <numerusform>%Ln réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action item(s)</source>
        <translation>
            <numerusform>%Ln action de suivi</numerusform>
            <numerusform>%Ln actions de suivi</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Quartier général</translation>
    </message>
    <message>
        <source>Arrivals and due actions</source>
        <translation>Nouveautés et actions à échéance</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Génération des données de démonstration…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Demo data failed: {error}</source>
        <translation>Impossible de générer les données de démonstration&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Enregistrer les diagnostics</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>What Liaison did in this session. Record contents, passphrases and keys are never logged. The log is kept in memory only, unless you save it.</source>
        <translation>Ce que Liaison a fait pendant cette session. Le contenu des fiches, les phrases secrètes et les clés ne sont jamais journalisés. Le journal n&apos;est conservé qu&apos;en mémoire, sauf si vous l&apos;enregistrez.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Rien n&apos;a encore été journalisé.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), kept in memory only</source>
        <translation>
            <numerusform>%Ln message, conservé en mémoire uniquement</numerusform>
            <numerusform>%Ln messages, conservés en mémoire uniquement</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Could not save: {reason}</source>
        <translation>Enregistrement impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
    <message>
        <source>(not on this device)</source>
        <translation>(absent de cet appareil)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>unknown officer</source>
        <translation>officier inconnu</translation>
    </message>
    <message>
        <source>deleted record %1</source>
        <translation>fiche supprimée %1</translation>
    </message>
    <message>
        <source>Too many wrong passphrases in a row.</source>
        <translation>Trop de phrases secrètes erronées d&apos;affilée.</translation>
    </message>
    <message>
        <source>The disk is full ({free} MB free). Nothing was changed. Make room, then try again.</source>
        <translation>Le disque est plein ({free} Mo libres). Aucune modification n&apos;a été apportée. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>This user may not open the profile folder {folder}. Check its permissions.</source>
        <translation>Cet utilisateur n&apos;est pas autorisé à ouvrir le dossier de profil {folder}. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The profile in {folder} was never finished: its creation was interrupted.</source>
        <translation>Le profil situé dans {folder} n&apos;a jamais été finalisé&#xa0;: sa création a été interrompue.</translation>
    </message>
    <message>
        <source>This record is open in its own window.</source>
        <translation>Cette fiche est ouverte dans une fenêtre distincte.</translation>
    </message>
    <message>
        <source>&amp;Bring it back here</source>
        <translation>&amp;Ramener ici</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>“me”, or type a contact&apos;s name</source>
        <translation>«&#xa0;moi&#xa0;», ou saisissez le nom d&apos;un contact</translation>
    </message>
    <message>
        <source>Open on %1: overdue, and due by %2</source>
        <translation>En cours au %1&#xa0;: en retard, et à échéance au plus tard le %2</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>By owner</source>
        <translation>Par responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Overdue (due before %1)</source>
        <translation>En retard (échéance avant le %1)</translation>
    </message>
    <message>
        <source>Due soon (by %1)</source>
        <translation>Échéance proche (au plus tard le %1)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Meeting / liaison report</source>
        <translation>Rapport de réunion / de liaison</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>meeting type: title</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>date-time groups</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>To</source>
        <comment>addressees</comment>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Position</source>
        <comment>coordinates</comment>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organizations represented: %1</source>
        <translation>Organisations représentées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment — the opinion of the reporting officer, not an agreed position.</source>
        <translation>Appréciation de l&apos;officier — avis de l&apos;officier rédacteur, et non une position arrêtée en commun.</translation>
    </message>
    <message>
        <source>No assessment recorded.</source>
        <translation>Aucune appréciation renseignée.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Rédacteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>full</source>
        <comment>redaction profile</comment>
        <translation>complet</translation>
    </message>
    <message>
        <source>partner</source>
        <comment>redaction profile</comment>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>public</source>
        <comment>redaction profile</comment>
        <translation>public</translation>
    </message>
    <message>
        <source>Withheld (do not share)</source>
        <translation>Non communiqué (ne pas partager)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Réunion d&apos;origine</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln actions are listed.</source>
        <translation>
            <numerusform>Seules les %1 premières actions sur %Ln sont listées.</numerusform>
            <numerusform>Seules les %1 premières actions sur %Ln sont listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find a meeting</source>
        <translation>Saisissez du texte pour trouver une réunion</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Set the status to Done and save</source>
        <translation>Passer le statut à «&#xa0;Terminée&#xa0;» et enregistrer</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1 (moi)</translation>
    </message>
    <message>
        <source>%1 (done %2)</source>
        <translation>%1 (terminée le %2)</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action de suivi</translation>
    </message>
    <message>
        <source>this action item</source>
        <translation>cette action de suivi</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>Supprimer l&apos;action de suivi</translation>
    </message>
    <message>
        <source>Area or P-code</source>
        <translation>Zone ou P-code</translation>
    </message>
    <message>
        <source>e.g. North Kivu</source>
        <translation>p. ex. Nord-Kivu</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>e.g. CD61</source>
        <translation>p. ex. CD61</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>The area it lies in</source>
        <translation>La zone qui la contient</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>centre, e.g. -0.49</source>
        <translation>centre, p. ex. -0.49</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>centre, e.g. 29.2</source>
        <translation>centre, p. ex. 29.2</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>LAT,LON points, for the map plot</source>
        <translation>Points LAT,LON, pour le tracé sur la carte</translation>
    </message>
    <message>
        <source>New area</source>
        <translation>Nouvelle zone</translation>
    </message>
    <message>
        <source>this area</source>
        <translation>cette zone</translation>
    </message>
    <message>
        <source>Delete area</source>
        <translation>Supprimer la zone</translation>
    </message>
    <message numerus="yes">
        <source>%Ln area(s)</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert…</source>
        <translation>Rétablir…</translation>
    </message>
    <message>
        <source>Discard the changes not yet saved (asks first)</source>
        <translation>Abandonner les modifications non enregistrées (après confirmation)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Discard this new record? Nothing of it has been saved.</source>
        <translation>Abandonner cette nouvelle fiche&#xa0;? Rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <source>Discard your changes to %1?</source>
        <translation>Abandonner vos modifications de %1&#xa0;?</translation>
    </message>
    <message>
        <source>You can restore it from the Trash (Ctrl+Z right away).</source>
        <translation>Vous pourrez restaurer la fiche depuis la corbeille (ou tout de suite avec Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete %1? Other officers will see it go.</source>
        <translation>Supprimer %1&#xa0;? Les autres officiers verront cette suppression.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. Head of sub-office</source>
        <translation>p. ex. chef de sous-bureau</translation>
    </message>
    <message>
        <source>Type to find an organization</source>
        <translation>Saisissez du texte pour trouver une organisation</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Reach by</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>number or address</source>
        <translation>numéro ou adresse</translation>
    </message>
    <message>
        <source>label, e.g. office</source>
        <translation>libellé, p. ex. bureau</translation>
    </message>
    <message>
        <source>Add phone, email…</source>
        <translation>Ajouter un téléphone, un courriel…</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Town, district</source>
        <translation>Ville, district</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Niveau de sensibilité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Prise de contact</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>e.g. %1, or tomorrow</source>
        <translation>p. ex. %1, ou demain</translation>
    </message>
    <message>
        <source>Not a date. Type e.g. %1, 2026-12-01 or tomorrow.</source>
        <translation>Date non reconnue. Saisissez par exemple %1, 2026-12-01 ou demain.</translation>
    </message>
    <message>
        <source>e.g. 10:30, or %1</source>
        <translation>p. ex. 10:30, ou %1</translation>
    </message>
    <message>
        <source>e.g. %1, tomorrow 10:00 or 011000ZDEC26</source>
        <translation>p. ex. %1, demain 10:00 ou 011000ZDEC26</translation>
    </message>
    <message>
        <source>Time zone of the time typed (unless the text names one)</source>
        <translation>Fuseau horaire de l&apos;heure saisie (sauf si le texte en précise un)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Zone:</source>
        <translation>Fuseau&#xa0;:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>The present minute</source>
        <translation>L&apos;heure actuelle, à la minute près</translation>
    </message>
    <message>
        <source>Not a date and time. Type e.g. %1, tomorrow 10:00 or 011000ZDEC26.</source>
        <translation>Date et heure non reconnues. Saisissez par exemple %1, demain 10:00 ou 011000ZDEC26.</translation>
    </message>
    <message>
        <source>This is before the start.</source>
        <translation>Cette heure est antérieure au début.</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Même numéro de téléphone</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Même adresse électronique</translation>
    </message>
    <message>
        <source>Same name, same organization</source>
        <translation>Même nom, même organisation</translation>
    </message>
    <message>
        <source>Similar name, same organization</source>
        <translation>Nom similaire, même organisation</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Même nom</translation>
    </message>
    <message>
        <source>Same acronym</source>
        <translation>Même sigle</translation>
    </message>
    <message>
        <source>Similar name</source>
        <translation>Nom similaire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the stored record instead</source>
        <translation>Ouvrir plutôt la fiche existante</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Save this one, then merge it into the stored record</source>
        <translation>Enregistrer cette fiche, puis la fusionner avec la fiche existante</translation>
    </message>
    <message>
        <source>%1, %2 — already here?</source>
        <translation>%1, %2 — doublon&#xa0;?</translation>
    </message>
    <message>
        <source>%1 — already here?</source>
        <translation>%1 — doublon&#xa0;?</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Impossible de lire l&apos;historique.</translation>
    </message>
    <message>
        <source>A record has a history once it is saved.</source>
        <translation>Une fiche a un historique dès qu&apos;elle est enregistrée.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), oldest first.</source>
        <translation>
            <numerusform>%Ln modification.</numerusform>
            <numerusform>%Ln modifications, de la plus ancienne à la plus récente.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurée</translation>
    </message>
    <message>
        <source>(private: kept on this laptop)</source>
        <translation>(privé&#xa0;: conservé sur cet ordinateur)</translation>
    </message>
    <message>
        <source>(conflict: made without seeing the change before)</source>
        <translation>(conflit&#xa0;: modification faite sans avoir vu la précédente)</translation>
    </message>
    <message>
        <source>e.g. Water point security</source>
        <translation>p. ex. Sécurité des points d&apos;eau</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>e.g. 38SMB4400012000</source>
        <translation>p. ex. 38SMB4400012000</translation>
    </message>
    <message>
        <source>decimal degrees</source>
        <translation>degrés décimaux</translation>
    </message>
    <message>
        <source>MGRS grid</source>
        <translation>Coordonnées MGRS</translation>
    </message>
    <message>
        <source>Type a name to add an attendee</source>
        <translation>Saisissez un nom pour ajouter un participant</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Type to add an organization</source>
        <translation>Saisir pour ajouter une organisation</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>New action item from this meeting</source>
        <translation>Nouvelle action de suivi issue de cette réunion</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Compte rendu</translation>
    </message>
    <message>
        <source>Read the saved meeting as minutes</source>
        <translation>Lire la réunion enregistrée sous forme de compte rendu</translation>
    </message>
    <message>
        <source>Own &amp;window</source>
        <translation>&amp;Fenêtre séparée</translation>
    </message>
    <message>
        <source>Edit this meeting in a window of its own</source>
        <translation>Modifier cette réunion dans une fenêtre séparée</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Preview the saved meeting as a staff report (PDF), then save it</source>
        <translation>Prévisualiser la réunion enregistrée sous forme de rapport d&apos;état-major (PDF), puis l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Back to the &amp;list</source>
        <translation>Retour à la &amp;liste</translation>
    </message>
    <message>
        <source>Put this editor back beside the list</source>
        <translation>Replacer cet éditeur à côté de la liste</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Rapport de réunion</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>cette réunion</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>e.g. World Food Programme</source>
        <translation>p. ex. Programme alimentaire mondial</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>e.g. WFP</source>
        <translation>p. ex. PAM</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>comma-separated, e.g. food, logistics</source>
        <translation>séparés par des virgules, p. ex. alimentation, logistique</translation>
    </message>
    <message>
        <source>Parent organization</source>
        <translation>Organisation mère</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>this organization</source>
        <translation>cette organisation</translation>
    </message>
    <message>
        <source>Delete organization</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Type of point</source>
        <translation>Type de point</translation>
    </message>
    <message>
        <source>What was found, decided, asked… (Ctrl+Enter: next point)</source>
        <translation>Ce qui a été constaté, décidé, demandé… (Ctrl+Entrée&#xa0;: point suivant)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Remove this point</source>
        <translation>Retirer ce point</translation>
    </message>
    <message>
        <source>Add a point at the end</source>
        <translation>Ajouter un point à la fin</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Type to search…</source>
        <translation>Saisir pour rechercher…</translation>
    </message>
    <message>
        <source>Open this record</source>
        <translation>Ouvrir cette fiche</translation>
    </message>
    <message>
        <source>Double-click to open; Delete removes</source>
        <translation>Double-cliquer pour ouvrir&#xa0;; Suppr pour retirer</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Retirer l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Type to add…</source>
        <translation>Saisir pour ajouter…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Click or press Enter to open</source>
        <translation>Cliquer ou appuyer sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>Last engagement: %1</source>
        <translation>Dernière rencontre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last engagement: none recorded</source>
        <translation>Dernière rencontre&#xa0;: aucune enregistrée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>Meetings (%1)</source>
        <translation>Réunions (%1)</translation>
    </message>
    <message>
        <source>Open action items (%1)</source>
        <translation>Actions de suivi ouvertes (%1)</translation>
    </message>
    <message>
        <source>Action items they own (%1)</source>
        <translation>Actions sous sa responsabilité (%1)</translation>
    </message>
    <message>
        <source>Action items from this meeting (%1)</source>
        <translation>Actions issues de cette réunion (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>due %1 · %2</source>
        <translation>échéance %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Retirer cette ligne</translation>
    </message>
    <message>
        <source>Local: never leaves this laptop. HQ only: reaches headquarters and no other officer. Mission: every officer.</source>
        <translation>Local&#xa0;: ne quitte jamais cet ordinateur. QG uniquement&#xa0;: parvient au quartier général et à aucun autre officier. Mission&#xa0;: parvient à tous les officiers.</translation>
    </message>
    <message>
        <source>&amp;Redaction</source>
        <translation>&amp;Caviardage</translation>
    </message>
    <message>
        <source>Export — not encrypted</source>
        <translation>Exportation — non chiffrée</translation>
    </message>
    <message>
        <source>The file with {what} will not be encrypted: anyone who gets it can read it.
Keep it only as long as it is needed, and never on a shared drive.</source>
        <translation>Le fichier contenant {what} ne sera pas chiffré&#xa0;: toute personne qui l&apos;obtient pourra le lire.
Ne le conservez que le temps nécessaire, et jamais sur un lecteur partagé.</translation>
    </message>
    <message>
        <source>Also include records marked &amp;do not share</source>
        <translation>Inclure aussi les fiches marquées «&#xa0;&amp;ne pas partager&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>3W of organizations</source>
        <translation>3W des organisations</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Whole profile</source>
        <translation>Profil complet</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date et heure (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Caviardage</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Journal des exportations</translation>
    </message>
    <message>
        <source>Every export and report written on this device, newest first. The log keeps no content: only what was written, where to (the file&apos;s name), and how it was redacted.</source>
        <translation>Toutes les exportations et tous les rapports produits sur cet appareil, du plus récent au plus ancien. Le journal ne conserve aucun contenu&#xa0;: seulement ce qui a été produit, où (le nom du fichier) et avec quel caviardage.</translation>
    </message>
    <message>
        <source>No export written yet.</source>
        <translation>Aucune exportation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Enregistrer les modifications apportées à {what}&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next / previous field; stays on the screen (never the side bar)</source>
        <translation>Champ suivant / précédent&#xa0;; reste dans l&apos;écran (jamais dans la barre latérale)</translation>
    </message>
    <message>
        <source>Down (in a search box)</source>
        <translation>Bas (dans une zone de recherche)</translation>
    </message>
    <message>
        <source>To the results, the first one selected</source>
        <translation>Vers les résultats, le premier étant sélectionné</translation>
    </message>
    <message>
        <source>Up (on the first row)</source>
        <translation>Haut (sur la première ligne)</translation>
    </message>
    <message>
        <source>Back to the search box</source>
        <translation>Retour à la zone de recherche</translation>
    </message>
    <message>
        <source>Home / End, Ctrl+Home / Ctrl+End</source>
        <translation>Début / Fin, Ctrl+Début / Ctrl+Fin</translation>
    </message>
    <message>
        <source>First / last row of the whole list</source>
        <translation>Première / dernière ligne de toute la liste</translation>
    </message>
    <message>
        <source>Page Up / Page Down</source>
        <translation>Page préc. / Page suiv.</translation>
    </message>
    <message>
        <source>A screen of rows up / down</source>
        <translation>Un écran de lignes vers le haut / le bas</translation>
    </message>
    <message>
        <source>Enter (in a list)</source>
        <translation>Entrée (dans une liste)</translation>
    </message>
    <message>
        <source>Into the editor of the selected record</source>
        <translation>Vers l&apos;éditeur de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Delete (in a list)</source>
        <translation>Suppr (dans une liste)</translation>
    </message>
    <message>
        <source>Delete the selected record (asks first, No by default)</source>
        <translation>Supprimer la fiche sélectionnée (après confirmation, «&#xa0;Non&#xa0;» par défaut)</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Maj+F10</translation>
    </message>
    <message>
        <source>The row&apos;s menu: open, own window, copy, mark done, delete</source>
        <translation>Menu de la ligne&#xa0;: ouvrir, fenêtre séparée, copier, marquer comme terminée, supprimer</translation>
    </message>
    <message>
        <source>Enter (in a picker)</source>
        <translation>Entrée (dans une liste de choix)</translation>
    </message>
    <message>
        <source>Choose the highlighted entry; the cursor stays in the editor</source>
        <translation>Choisir l&apos;entrée en surbrillance&#xa0;; le curseur reste dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>Esc (in a picker)</source>
        <translation>Échap (dans une liste de choix)</translation>
    </message>
    <message>
        <source>Close its list without choosing</source>
        <translation>Fermer la liste sans choisir</translation>
    </message>
    <message>
        <source>Alt+Down (in a date)</source>
        <translation>Alt+Bas (dans une date)</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <source>Ctrl+Enter (in a point)</source>
        <translation>Ctrl+Entrée (dans un point)</translation>
    </message>
    <message>
        <source>Start the next point</source>
        <translation>Commencer le point suivant</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down (in a point)</source>
        <translation>Alt+Haut / Alt+Bas (dans un point)</translation>
    </message>
    <message>
        <source>Move the point up / down</source>
        <translation>Monter / descendre le point</translation>
    </message>
    <message>
        <source>Delete (in attendees)</source>
        <translation>Suppr (dans les participants)</translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation>Retirer le participant sélectionné</translation>
    </message>
    <message>
        <source>Enter (in the Trash)</source>
        <translation>Entrée (dans la corbeille)</translation>
    </message>
    <message>
        <source>Restore the selected record</source>
        <translation>Restaurer la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>The day&apos;s work</source>
        <translation>Le travail au quotidien</translation>
    </message>
    <message>
        <source>Before a meeting, find the contacts (Ctrl+3) and organizations (Ctrl+4) you will see. Start the meeting record with Ctrl+N on the Meetings screen (Ctrl+2): title, time, place, attendees.</source>
        <translation>Avant une réunion, retrouvez les contacts (Ctrl+3) et les organisations (Ctrl+4) que vous allez rencontrer. Ouvrez la fiche de la réunion avec Ctrl+N dans l&apos;écran Réunions (Ctrl+2)&#xa0;: titre, heure, lieu, participants.</translation>
    </message>
    <message>
        <source>During or after the meeting type the points: each point has a type (finding, decision, request…) and its text; Ctrl+Enter starts the next one. Save with Ctrl+S. Minutes reads the saved meeting as minutes; Report… (Ctrl+P) previews it as a marked staff report to save as PDF (the Reports menu has the weekly summary, the action register and the handover pack); Own window gives it the whole screen.</source>
        <translation>Pendant ou après la réunion, saisissez les points&#xa0;: chaque point a un type (constat, décision, demande…) et un texte&#xa0;; Ctrl+Entrée commence le suivant. Enregistrez avec Ctrl+S. «&#xa0;Compte rendu&#xa0;» présente la réunion enregistrée sous forme de compte rendu&#xa0;; «&#xa0;Rapport…&#xa0;» (Ctrl+P) la prévisualise sous forme de rapport d&apos;état-major portant sa mention de classification, à enregistrer en PDF (le menu Rapports propose la synthèse hebdomadaire, le registre des actions et le dossier de passation)&#xa0;; «&#xa0;Fenêtre séparée&#xa0;» lui donne tout l&apos;écran.</translation>
    </message>
    <message>
        <source>What must be done afterwards becomes an action item (New action on the meeting). Mark it done from its editor, or from the list&apos;s right-click menu.</source>
        <translation>Ce qui doit être fait ensuite devient une action de suivi («&#xa0;Nouvelle action&#xa0;» dans la réunion). Marquez-la comme terminée depuis son éditeur, ou par un clic droit dans la liste.</translation>
    </message>
    <message>
        <source>Sync with HQ by stick or folder</source>
        <translation>Synchroniser avec le QG par clé USB ou dossier</translation>
    </message>
    <message>
        <source>Once, exchange cards with HQ on the Sync screen (Ctrl+7): Export my card… for HQ, Add card… for the card HQ gives you. Then choose the exchange folder (a USB stick or a shared folder): whenever it is reachable, Liaison exchanges through it by itself, sending what is new here and reading what HQ left. Export bundle… and Import bundles… (or dropping the files on the page) do the same by hand.</source>
        <translation>Une fois pour toutes, échangez les cartes d&apos;appareil avec le QG dans l&apos;écran Synchronisation (Ctrl+7)&#xa0;: «&#xa0;Exporter ma carte…&#xa0;» pour le QG, «&#xa0;Ajouter une carte…&#xa0;» pour la carte que le QG vous remet. Choisissez ensuite le dossier d&apos;échange (une clé USB ou un dossier partagé)&#xa0;: dès qu&apos;il est accessible, Liaison s&apos;en sert de lui-même pour l&apos;échange, en envoyant ce qui est nouveau ici et en lisant ce que le QG y a déposé. «&#xa0;Exporter un paquet…&#xa0;» et «&#xa0;Importer des paquets…&#xa0;» (ou un glisser-déposer des fichiers sur la page) font la même chose manuellement.</translation>
    </message>
    <message>
        <source>Bundles are encrypted to their recipients and signed: a lost stick reveals nothing. The status bar says whether HQ has everything.</source>
        <translation>Les paquets sont chiffrés pour leurs destinataires et signés&#xa0;: une clé USB perdue ne révèle rien. La barre d&apos;état indique si le QG a tout reçu.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>When two officers change the same field before seeing each other&apos;s change, both values are kept and the field is marked in the editor. On the Conflicts screen (Ctrl+6) keep one side, or type a merged value; the choice syncs.</source>
        <translation>Lorsque deux officiers modifient le même champ avant d&apos;avoir vu la modification de l&apos;autre, les deux valeurs sont conservées et le champ est signalé dans l&apos;éditeur. Dans l&apos;écran Conflits (Ctrl+6), conservez l&apos;une des deux valeurs ou saisissez une valeur fusionnée&#xa0;; ce choix est synchronisé.</translation>
    </message>
    <message>
        <source>Trash and undo</source>
        <translation>Corbeille et annulation</translation>
    </message>
    <message>
        <source>Delete asks first (No is the default). A deleted record goes to the Trash (Ctrl+8), from where it can be restored; Ctrl+Z right away undoes the delete.</source>
        <translation>La suppression demande d&apos;abord confirmation («&#xa0;Non&#xa0;» par défaut). Une fiche supprimée va dans la corbeille (Ctrl+8), d&apos;où elle peut être restaurée&#xa0;; Ctrl+Z aussitôt après annule la suppression.</translation>
    </message>
    <message>
        <source>Lock and the recovery key</source>
        <translation>Verrouillage et clé de récupération</translation>
    </message>
    <message>
        <source>Ctrl+L locks the profile at once; it also locks by itself after the idle time set in Settings (Ctrl+,). Nothing readable is left on the disk.</source>
        <translation>Ctrl+L verrouille immédiatement le profil&#xa0;; celui-ci se verrouille aussi de lui-même après le délai d&apos;inactivité fixé dans les paramètres (Ctrl+,). Rien de lisible ne reste sur le disque.</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, the recovery key shown when the profile was made sets a new one (“Forgot passphrase?” on the unlock screen). Keep that key on paper, away from the laptop.</source>
        <translation>En cas d&apos;oubli de la phrase secrète, la clé de récupération affichée à la création du profil permet d&apos;en définir une nouvelle («&#xa0;Phrase secrète oubliée&#xa0;?&#xa0;» sur l&apos;écran de déverrouillage). Conservez cette clé sur papier, à l&apos;écart de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Sync protocols</source>
        <translation>Protocoles de synchronisation</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Schéma de la base de données</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>not recorded (run from a source tree)</source>
        <translation>non indiquée (exécution depuis les sources)</translation>
    </message>
    <message>
        <source>Qt / PySide</source>
        <translation>Qt / PySide</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Offline-first records of liaison work: organizations, contacts, meetings and action items, encrypted on this device and exchanged with HQ in signed, encrypted bundles.</source>
        <translation>Fiches du travail de liaison, utilisables avant tout hors ligne&#xa0;: organisations, contacts, réunions et actions de suivi, chiffrées sur cet appareil et échangées avec le QG dans des paquets signés et chiffrés.</translation>
    </message>
    <message>
        <source>Liaison %1</source>
        <translation>Liaison %1</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>À propos de Liaison</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>La dernière semaine</numerusform>
            <numerusform>Les %Ln dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Engagements per week by officer</source>
        <translation>Rencontres par semaine et par officier</translation>
    </message>
    <message>
        <source>Engagements by organization type</source>
        <translation>Rencontres par type d&apos;organisation</translation>
    </message>
    <message>
        <source>Overdue actions by owner</source>
        <translation>Actions en retard par responsable</translation>
    </message>
    <message>
        <source>Engagement locations</source>
        <translation>Lieux des rencontres</translation>
    </message>
    <message>
        <source>Areas without a recent engagement</source>
        <translation>Zones sans rencontre récente</translation>
    </message>
    <message>
        <source>Last heard from</source>
        <translation>Dernières nouvelles</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Officers, quietest first</source>
        <translation>Officiers, les plus silencieux en tête</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte en cours…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dessin des graphiques en cours…</translation>
    </message>
    <message>
        <source>The figures could not be counted: {error}</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln engagement(s) · %1 overdue</source>
        <translation>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln rencontre · actions en retard&#xa0;: %1</numerusform>
            <numerusform>&lt;b&gt;{first} – {last}&lt;/b&gt; · %Ln rencontres · actions en retard&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>(a contact not held here)</source>
        <translation>(contact absent de cet appareil)</translation>
    </message>
    <message>
        <source>No engagement in this period.</source>
        <translation>Aucune rencontre pendant cette période.</translation>
    </message>
    <message>
        <source>Every area had one.</source>
        <translation>Toutes les zones en ont eu au moins une.</translation>
    </message>
    <message>
        <source>No areas yet (Areas, or liaison area add).</source>
        <translation>Aucune zone pour l&apos;instant (écran Zones, ou liaison area add).</translation>
    </message>
    <message>
        <source>No engagement has a grid reference.</source>
        <translation>Aucune rencontre ne comporte de coordonnées MGRS.</translation>
    </message>
    <message>
        <source>Pale rows: officers who went quiet.</source>
        <translation>Lignes pâles&#xa0;: officiers sans nouvelles récentes.</translation>
    </message>
    <message>
        <source>Types the meetings name, else their attendees&apos;.</source>
        <translation>Types des organisations citées dans les réunions, à défaut ceux des organisations des participants.</translation>
    </message>
    <message>
        <source>Open actions due in the period, not done.</source>
        <translation>Actions ouvertes arrivant à échéance dans la période, non terminées.</translation>
    </message>
    <message numerus="yes">
        <source>No meeting in the area (or inside it) for %Ln day(s).</source>
        <translation>
            <numerusform>Aucune réunion dans la zone (ni dans ses subdivisions) depuis %Ln jour.</numerusform>
            <numerusform>Aucune réunion dans la zone (ni dans ses subdivisions) depuis %Ln jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>1 km MGRS squares; %Ln engagement(s) without a position.</source>
        <translation>
            <numerusform>Carrés MGRS de 1 km&#xa0;; %Ln rencontre non localisée.</numerusform>
            <numerusform>Carrés MGRS de 1 km&#xa0;; %Ln rencontres non localisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity by week</source>
        <translation>Activité par semaine</translation>
    </message>
    <message>
        <source>Overdue action items</source>
        <translation>Actions de suivi en retard</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Actions opened</source>
        <translation>Actions créées</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions terminées</translation>
    </message>
    <message>
        <source>never heard from</source>
        <translation>aucune nouvelle</translation>
    </message>
    <message numerus="yes">
        <source>last heard from %Ln day(s) ago</source>
        <translation>
            <numerusform>dernières nouvelles il y a %Ln jour</numerusform>
            <numerusform>dernières nouvelles il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>aucune zone attribuée</translation>
    </message>
    <message>
        <source>Devices: %1 · Areas of responsibility: %2</source>
        <translation>Appareils&#xa0;: %1 · Zones de responsabilité&#xa0;: %2</translation>
    </message>
    <message>
        <source>No officer has met it yet.</source>
        <translation>Aucun officier ne l&apos;a encore rencontrée.</translation>
    </message>
    <message>
        <source>Show more engagements</source>
        <translation>Afficher plus de rencontres</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts.</source>
        <translation>Aucun contact.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Actions de suivi ouvertes</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <source>Officers who engage it</source>
        <translation>Officiers qui la rencontrent</translation>
    </message>
    <message>
        <source>%1 · last engagement %2 · %3 open action(s), %4 overdue</source>
        <translation>%1 · dernière rencontre&#xa0;: %2 · actions ouvertes&#xa0;: %3, dont %4 en retard</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>%1  %2  · %3</source>
        <translation>%1  %2  · %3</translation>
    </message>
    <message>
        <source>%1  · %2</source>
        <translation>%1  · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Export &amp;log…</source>
        <translation>&amp;Journal des exportations…</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <source>From (date, today-30)</source>
        <translation>Du (date, p. ex. today-30)</translation>
    </message>
    <message>
        <source>To (date)</source>
        <translation>Au (date)</translation>
    </message>
    <message>
        <source>Search %1 (Ctrl+F)</source>
        <translation>Rechercher dans les %1 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Ensemble des %1</translation>
    </message>
    <message>
        <source>Recorded by (origin officer)</source>
        <translation>Saisi par (officier d&apos;origine)</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>Tous les officiers</translation>
    </message>
    <message>
        <source>Any organization</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Nouveau (Ctrl+N)</translation>
    </message>
    <message>
        <source>Select one of the %1, or press Ctrl+N to add one.</source>
        <translation>Sélectionnez une fiche parmi les %1, ou appuyez sur Ctrl+N pour en ajouter une.</translation>
    </message>
    <message>
        <source>{cap} newest matches shown — refine the search</source>
        <translation>Affichage des {cap} résultats les plus récents — affinez la recherche</translation>
    </message>
    <message>
        <source>{cap} newest of more than {total} matches shown — refine the search</source>
        <translation>Affichage des {cap} résultats les plus récents sur plus de {total} — affinez la recherche</translation>
    </message>
    <message>
        <source>{cap} newest of {total} matches shown — refine the search</source>
        <translation>Affichage des {cap} résultats les plus récents sur {total} — affinez la recherche</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Show what is stored now, with what other programs wrote (F5)</source>
        <translation>Afficher les données actuellement enregistrées, y compris celles écrites par d&apos;autres programmes (F5)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data…</source>
        <translation>Remplir avec des données de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostic…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>Side &amp;bar</source>
        <translation>&amp;Barre latérale</translation>
    </message>
    <message>
        <source>Move the cursor to the side bar and back (F6)</source>
        <translation>Placer le curseur dans la barre latérale, puis l&apos;en ramener (F6)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Raccourcis &amp;clavier…</translation>
    </message>
    <message>
        <source>&amp;Guide…</source>
        <translation>&amp;Guide…</translation>
    </message>
    <message>
        <source>&amp;About Liaison…</source>
        <translation>À &amp;propos de Liaison…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock now: close the database and hide every window (Ctrl+L)</source>
        <translation>Verrouiller maintenant&#xa0;: fermer la base de données et masquer toutes les fenêtres (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Open organization &amp;page</source>
        <translation>Ouvrir la &amp;page de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Open the record</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Liaison — locked[*]</source>
        <translation>Liaison — verrouillé[*]</translation>
    </message>
    <message>
        <source>Liaison — {officer}[*]</source>
        <translation>Liaison — {officer}[*]</translation>
    </message>
    <message>
        <source>{officer} · {device} · {role}</source>
        <translation>{officer} · {device} · {role}</translation>
    </message>
    <message>
        <source>Unlocked — Ctrl+L locks now</source>
        <translation>Déverrouillé — Ctrl+L pour verrouiller</translation>
    </message>
    <message>
        <source>Some edits are not saved and the profile is locked. Quit and lose them?</source>
        <translation>Des modifications ne sont pas enregistrées et le profil est verrouillé. Quitter et les perdre&#xa0;?</translation>
    </message>
    <message>
        <source>{file} would delete {total} of the {live} records on this laptop ({kinds}).

A drive that was read empty, or a device that was reset, looks like this. Nothing has been applied. Apply this bundle and delete them?</source>
        <translation>{file} supprimerait {total} des {live} fiches de cet ordinateur ({kinds}).

C&apos;est ce qui se produit avec un support lu comme vide ou un appareil réinitialisé. Rien n&apos;a été appliqué. Appliquer ce paquet et supprimer ces fiches&#xa0;?</translation>
    </message>
    <message>
        <source>Delete many records?</source>
        <translation>Supprimer de nombreuses fiches&#xa0;?</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>Fusionner deux fiches (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; stays. &lt;b&gt;%2&lt;/b&gt; is merged into it, on every device you sync with.</source>
        <translation>La fiche &lt;b&gt;%1&lt;/b&gt; est conservée. La fiche &lt;b&gt;%2&lt;/b&gt; y est fusionnée, sur chaque appareil avec lequel vous vous synchronisez.</translation>
    </message>
    <message>
        <source>Repointing %v of %m records…</source>
        <translation>Mise à jour des liens&#xa0;: fiche %v sur %m…</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>%1 (the same in both)</source>
        <translation>%1 (identique dans les deux fiches)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing else names the merged-away record.</source>
        <translation>Aucune autre fiche ne renvoie à la fiche absorbée.</translation>
    </message>
    <message>
        <source>Moves to the kept record: %1.</source>
        <translation>Fiches rattachées à la fiche conservée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <translation>Aucune valeur n&apos;est abandonnée.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>a field of a record</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Dropped: %1.</source>
        <translation>Valeurs abandonnées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Merge with another %1</source>
        <translation>Fusionner avec une autre fiche (%1)</translation>
    </message>
    <message>
        <source>Find the duplicate (it is merged into this record):</source>
        <translation>Trouvez le doublon (il sera fusionné dans cette fiche)&#xa0;:</translation>
    </message>
    <message>
        <source>Name, acronym, phone…</source>
        <translation>Nom, sigle, téléphone…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Bring back:</source>
        <translation>Rétablir&#xa0;:</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>Annulation de la fusion…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>grid %1</source>
        <translation>coordonnées %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Actions from this meeting</source>
        <translation>Actions issues de cette réunion</translation>
    </message>
    <message>
        <source>&amp;Group points by type</source>
        <translation>&amp;Grouper les points par type</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Minutes: %1</source>
        <translation>Compte rendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not changed: {error}</source>
        <translation>Non modifiée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase opens this profile from now on. Your records and the recovery key stay as they are.</source>
        <translation>La nouvelle phrase secrète ouvrira désormais ce profil. Vos fiches et la clé de récupération restent inchangées.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>La phrase secrète actuelle est incorrecte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Recover with the recovery key</source>
        <translation>Récupérer l&apos;accès avec la clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when this profile was made (dashes and small letters are fine), then choose a new passphrase.</source>
        <translation>Saisissez la clé de récupération que vous avez notée lors de la création de ce profil (tirets et minuscules acceptés), puis choisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>That is not this profile&apos;s recovery key. Check each group of four and try again.</source>
        <translation>Ce n&apos;est pas la clé de récupération de ce profil. Vérifiez chaque groupe de quatre caractères et réessayez.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Le verrouillage des majuscules est activé.</translation>
    </message>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>A&amp;fficher la phrase secrète</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ Les phrases secrètes concordent.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %Ln characters; several uncommon words are best.</source>
        <translation>
            <numerusform>Utilisez au moins %Ln caractère&#xa0;; le mieux est d&apos;employer plusieurs mots peu courants.</numerusform>
            <numerusform>Utilisez au moins %Ln caractères&#xa0;; le mieux est d&apos;employer plusieurs mots peu courants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess: add another uncommon word.</source>
        <translation>Trop facile à deviner&#xa0;: ajoutez un autre mot peu courant.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Un mot seul est facile à deviner.</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>Ajoutez un ou deux autres mots&#xa0;; les mots peu courants sont préférables.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Évitez les dates et les années qui vous sont associées.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Évitez les années récentes.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Évitez les mots et les caractères répétés.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Évitez les suites de caractères.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Évitez les années qui ont un lien avec vous.</translation>
    </message>
    <message>
        <source>Capital letters do not help very much.</source>
        <translation>Les majuscules n&apos;apportent pas grand-chose.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Les prénoms et noms de famille courants sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Les dates sont souvent faciles à deviner.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Un prénom ou un nom de famille employé seul est facile à deviner.</translation>
    </message>
    <message>
        <source>No need for symbols, digits or capital letters.</source>
        <translation>Inutile d&apos;ajouter des symboles, des chiffres ou des majuscules.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Les années récentes sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>Les répétitions comme «&#xa0;aaa&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</source>
        <translation>Les répétitions comme «&#xa0;abcabcabc&#xa0;» sont à peine plus difficiles à deviner que «&#xa0;abc&#xa0;».</translation>
    </message>
    <message>
        <source>Reversed words are not much harder to guess.</source>
        <translation>Les mots écrits à l&apos;envers ne sont guère plus difficiles à deviner.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Les suites comme «&#xa0;abc&#xa0;» ou «&#xa0;6543&#xa0;» sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Les motifs de clavier courts sont faciles à deviner.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Les touches alignées sur une même rangée sont faciles à deviner.</translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation>Il s&apos;agit de l&apos;un des dix mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation>Il s&apos;agit de l&apos;un des cent mots de passe les plus courants.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Il s&apos;agit d&apos;un mot de passe très courant.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Ce mot de passe ressemble à un mot de passe couramment utilisé.</translation>
    </message>
    <message>
        <source>Use a few words; avoid common phrases.</source>
        <translation>Utilisez quelques mots&#xa0;; évitez les expressions courantes.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Utilisez un motif de clavier plus long, avec davantage de changements de direction.</translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>Un texte tout en majuscules est presque aussi facile à deviner qu&apos;un texte tout en minuscules.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” do not help much.</source>
        <translation>Les substitutions prévisibles comme «&#xa0;@&#xa0;» pour «&#xa0;a&#xa0;» n&apos;aident guère.</translation>
    </message>
    <message>
        <source>Import profile — summary</source>
        <translation>Importation du profil — récapitulatif</translation>
    </message>
    <message>
        <source>The whole file: %s</source>
        <translation>Tout le fichier&#xa0;: %s</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ignoré&#xa0;:</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Refusé&#xa0;:</translation>
    </message>
    <message>
        <source>No new records</source>
        <translation>Aucune nouvelle fiche</translation>
    </message>
    <message>
        <source>%s records (%s)</source>
        <translation>%s au total (%s)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>already here, unchanged</source>
        <translation>déjà présentes ici, inchangées</translation>
    </message>
    <message>
        <source>here with other content, kept as they are</source>
        <translation>présentes ici avec un autre contenu, conservées telles quelles</translation>
    </message>
    <message>
        <source>in the Trash here</source>
        <translation>dans la corbeille de cet appareil</translation>
    </message>
    <message>
        <source>ids of other records here</source>
        <translation>avec l&apos;identifiant d&apos;une autre fiche présente ici</translation>
    </message>
    <message>
        <source>differs from the record here, which was kept</source>
        <translation>diffère de la fiche présente ici, qui a été conservée</translation>
    </message>
    <message>
        <source>is in the Trash here: restore it to use it</source>
        <translation>se trouve dans la corbeille de cet appareil&#xa0;: restaurez la fiche pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>its id belongs to another record here</source>
        <translation>son identifiant appartient à une autre fiche présente ici</translation>
    </message>
    <message>
        <source>Whole &amp;profile (JSON)…</source>
        <translation>&amp;Profil complet (JSON)…</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Importing the profile</source>
        <translation>Importation du profil</translation>
    </message>
    <message>
        <source>the import failed; nothing was imported</source>
        <translation>l&apos;importation a échoué&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>Purge %1 “%2” for good?

It is removed from this laptop now — its history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</source>
        <translation>Purger définitivement «&#xa0;%2&#xa0;» (%1)&#xa0;?

La fiche est supprimée de cet ordinateur dès maintenant — avec son historique et ses valeurs en conflit — puis de chaque appareil qu&apos;atteindront les prochains paquets. Cette opération est irréversible&#xa0;: la fiche ne pourra pas être restaurée depuis la corbeille.

Motif (consigné dans le journal des purges)&#xa0;:</translation>
    </message>
    <message>
        <source>Purge for good</source>
        <translation>Purger définitivement</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Purge en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Purge %Ln record(s) for good?

They are removed from this laptop now — their history and conflict values too — and from every device the next bundles reach. It cannot be undone or restored from the Trash.

Reason (kept in the purge log):</source>
        <translation>
            <numerusform>Purger définitivement %Ln fiche&#xa0;?

Elle est supprimée de cet ordinateur dès maintenant — avec son historique et ses valeurs en conflit — puis de chaque appareil qu&apos;atteindront les prochains paquets. Cette opération est irréversible&#xa0;: la fiche ne pourra pas être restaurée depuis la corbeille.

Motif (consigné dans le journal des purges)&#xa0;:</numerusform>
            <numerusform>Purger définitivement %Ln fiches&#xa0;?

Elles sont supprimées de cet ordinateur dès maintenant — avec leur historique et leurs valeurs en conflit — puis de chaque appareil qu&apos;atteindront les prochains paquets. Cette opération est irréversible&#xa0;: les fiches ne pourront pas être restaurées depuis la corbeille.

Motif (consigné dans le journal des purges)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>retention review</source>
        <translation>révision de la conservation</translation>
    </message>
    <message>
        <source>C&amp;alendar (iCalendar)…</source>
        <translation>&amp;Calendrier (iCalendar)…</translation>
    </message>
    <message>
        <source>&amp;3W of organizations (CSV / HXL)…</source>
        <translation>&amp;3W des organisations (CSV / HXL)…</translation>
    </message>
    <message>
        <source>your meetings and action items</source>
        <translation>vos réunions et vos actions de suivi</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>the organizations and their engagements</source>
        <translation>les organisations et les rencontres tenues avec elles</translation>
    </message>
    <message>
        <source>3W with HXL hashtags (*.csv)</source>
        <translation>3W avec mots-dièses HXL (*.csv)</translation>
    </message>
    <message>
        <source>3W as plain CSV (*.csv)</source>
        <translation>3W en CSV simple (*.csv)</translation>
    </message>
    <message>
        <source>Export 3W</source>
        <translation>Exporter le 3W</translation>
    </message>
    <message>
        <source>every record of this profile</source>
        <translation>toutes les fiches de ce profil</translation>
    </message>
    <message>
        <source>Export whole profile</source>
        <translation>Exporter le profil complet</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>Exportation du calendrier</translation>
    </message>
    <message>
        <source>Exporting the 3W</source>
        <translation>Exportation du 3W</translation>
    </message>
    <message>
        <source>Exporting the profile</source>
        <translation>Exportation du profil</translation>
    </message>
    <message>
        <source>Exported to %s (not encrypted)</source>
        <translation>Exporté vers %s (non chiffré)</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L&apos;exportation a échoué.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open in own &amp;window</source>
        <translation>Ouvrir dans une &amp;fenêtre distincte</translation>
    </message>
    <message>
        <source>&amp;Copy record</source>
        <translation>&amp;Copier la fiche</translation>
    </message>
    <message>
        <source>Copy the record as text: name, phone, email… (Ctrl+C)</source>
        <translation>Copier la fiche sous forme de texte&#xa0;: nom, téléphone, courriel… (Ctrl+C)</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme terminée</translation>
    </message>
    <message>
        <source>Mer&amp;ge with…</source>
        <translation>F&amp;usionner avec…</translation>
    </message>
    <message>
        <source>Merge a duplicate into this record, for every device</source>
        <translation>Fusionner un doublon dans cette fiche, sur tous les appareils</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Annuler la fusion…</translation>
    </message>
    <message>
        <source>Bring back a record that was merged into this one</source>
        <translation>Rétablir une fiche qui a été fusionnée dans celle-ci</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Purge for good…</source>
        <translation>&amp;Purger définitivement…</translation>
    </message>
    <message>
        <source>Remove the record for good, here and on every device after exchange</source>
        <translation>Supprimer définitivement la fiche, ici et sur chaque appareil après échange</translation>
    </message>
    <message>
        <source>Liaison recovery key</source>
        <translation>Clé de récupération Liaison</translation>
    </message>
    <message>
        <source>Profile of {officer} on {device}.</source>
        <translation>Profil de {officer} sur {device}.</translation>
    </message>
    <message>
        <source>It sets a new passphrase if the passphrase is forgotten.</source>
        <translation>Elle permet de définir une nouvelle phrase secrète en cas d&apos;oubli de la phrase secrète.</translation>
    </message>
    <message>
        <source>Keep it apart from the laptop: whoever holds both can read every record.</source>
        <translation>Conservez-la séparément de l&apos;ordinateur&#xa0;: quiconque détient les deux peut lire toutes les fiches.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation>Fichier texte (*.txt)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Weekly summary</source>
        <translation>Synthèse hebdomadaire</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>Tous les officiers</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Officier</translation>
    </message>
    <message>
        <source>&amp;Weekly summary…</source>
        <translation>Synthèse &amp;hebdomadaire…</translation>
    </message>
    <message>
        <source>&amp;Action register…</source>
        <translation>&amp;Registre des actions…</translation>
    </message>
    <message>
        <source>&amp;Handover pack…</source>
        <translation>Dossier de &amp;passation…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Action register</source>
        <translation>Registre des actions</translation>
    </message>
    <message>
        <source>Handover pack</source>
        <translation>Dossier de passation</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message>
        <source>Saving writes a readable, unencrypted PDF: keep it where the marking allows.</source>
        <translation>L&apos;enregistrement produit un PDF lisible et non chiffré&#xa0;: conservez-le là où sa mention de classification le permet.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), ready to save.</source>
        <translation>
            <numerusform>%Ln page, prête à être enregistrée.</numerusform>
            <numerusform>%Ln pages, prêtes à être enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The {profile} profile leaves this report out: {why}. Choose Full above to include it.</source>
        <translation>Le caviardage «&#xa0;{profile}&#xa0;» exclut ce rapport&#xa0;: {why}. Choisissez «&#xa0;Complet&#xa0;» ci-dessus pour l&apos;inclure.</translation>
    </message>
    <message>
        <source>The report could not be built.</source>
        <translation>Le rapport n&apos;a pas pu être généré.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Non enregistré&#xa0;: %s</translation>
    </message>
    <message>
        <source>Saved to %s</source>
        <translation>Enregistré dans %s</translation>
    </message>
    <message>
        <source>Keep until…</source>
        <translation>Conserver jusqu&apos;au…</translation>
    </message>
    <message numerus="yes">
        <source>Keep %Ln record(s) past the review date. They come back to this list on the day chosen.</source>
        <translation>
            <numerusform>Conserver %Ln fiche au-delà de la date de révision. Elle reviendra dans cette liste le jour choisi.</numerusform>
            <numerusform>Conserver %Ln fiches au-delà de la date de révision. Elles reviendront dans cette liste le jour choisi.</numerusform>
        </translation>
    </message>
    <message>
        <source>why they are still needed (shown here later)</source>
        <translation>pourquoi elles restent nécessaires (affiché ici par la suite)</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Records kept longer than the retention policy allows (Settings ▸ Retention). Keep what is still needed, with a reason; purge the rest.</source>
        <translation>Fiches conservées plus longtemps que ne le permet la politique de conservation (Paramètres ▸ Conservation). Conservez ce qui reste nécessaire, en indiquant un motif&#xa0;; purgez le reste.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Nothing is due for review.</source>
        <translation>Aucune fiche n&apos;est à réviser.</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> ou plus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) due</source>
        <translation>
            <numerusform>Fiche à réviser&#xa0;: %Ln</numerusform>
            <numerusform>Fiches à réviser&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>kept until then</source>
        <translation>conservée jusqu&apos;à cette date</translation>
    </message>
    <message>
        <source>retention policy</source>
        <translation>politique de conservation</translation>
    </message>
    <message>
        <source>Saved views: filters kept under a name</source>
        <translation>Vues enregistrées&#xa0;: filtres conservés sous un nom</translation>
    </message>
    <message>
        <source>Save, rename or delete a view</source>
        <translation>Enregistrer, renommer ou supprimer une vue</translation>
    </message>
    <message>
        <source>Save these filters as a view…</source>
        <translation>Enregistrer ces filtres comme vue…</translation>
    </message>
    <message>
        <source>Rename view…</source>
        <translation>Renommer la vue…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name (dates typed as today-30 stay relative to today):</source>
        <translation>Nom (les dates saisies sous la forme today-30 restent relatives à la date du jour)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Renommer la vue</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the view “%1”? The filters shown stay.</source>
        <translation>Supprimer la vue «&#xa0;%1&#xa0;»&#xa0;? Les filtres affichés restent appliqués.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Folder or USB stick where sync bundles are exchanged</source>
        <translation>Dossier ou clé USB où s&apos;échangent les paquets de synchronisation</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange folder:</source>
        <translation>Dossier d&apos;échange&#xa0;:</translation>
    </message>
    <message>
        <source>Local date and time (01.12.2026 10:00)</source>
        <translation>Date et heure locales (01.12.2026 10:00)</translation>
    </message>
    <message>
        <source>Military date-time group (011000ZDEC26)</source>
        <translation>Groupe date-heure militaire (011000ZDEC26)</translation>
    </message>
    <message>
        <source>Show dates as:</source>
        <translation>Affichage des dates&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Follows the system&apos;s light or dark setting.</source>
        <translation>Suit le réglage clair ou sombre du système.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Sensitivity levels:</source>
        <translation>Niveaux de sensibilité&#xa0;:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>None: choose a folder, ideally on another disk or stick</source>
        <translation>Aucun&#xa0;: choisissez un dossier, de préférence sur un autre disque ou une autre clé</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>An encrypted, checked backup is written each time the profile locks and when Liaison quits; beyond this number the oldest are removed.</source>
        <translation>Une sauvegarde chiffrée et vérifiée est créée à chaque verrouillage du profil et à la fermeture de Liaison&#xa0;; au-delà de ce nombre, les plus anciennes sont supprimées.</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Conserver les dernières&#xa0;:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Unlock speed / protection</source>
        <translation>Vitesse de déverrouillage / protection</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Needed to apply a new unlock speed</source>
        <translation>Nécessaire pour appliquer une nouvelle vitesse de déverrouillage</translation>
    </message>
    <message>
        <source>Apply new unlock speed</source>
        <translation>Appliquer la nouvelle vitesse de déverrouillage</translation>
    </message>
    <message>
        <source>Memory used to unlock:</source>
        <translation>Mémoire utilisée pour le déverrouillage&#xa0;:</translation>
    </message>
    <message>
        <source>Repetitions:</source>
        <translation>Itérations&#xa0;:</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange folder: “%s” is not an absolute path; use Browse to choose one.</source>
        <translation>Dossier d&apos;échange&#xa0;: «&#xa0;%s&#xa0;» n&apos;est pas un chemin absolu&#xa0;; utilisez Parcourir pour en choisir un.</translation>
    </message>
    <message>
        <source>Backup folder: “%s” is not an absolute path; use Browse to choose one.</source>
        <translation>Dossier de sauvegarde&#xa0;: «&#xa0;%s&#xa0;» n&apos;est pas un chemin absolu&#xa0;; utilisez Parcourir pour en choisir un.</translation>
    </message>
    <message numerus="yes">
        <source>Lock after idle: choose 0 (never) to %Ln minutes.</source>
        <translation>
            <numerusform>Verrouillage après inactivité&#xa0;: choisissez une valeur de 0 (jamais) à %Ln minute.</numerusform>
            <numerusform>Verrouillage après inactivité&#xa0;: choisissez une valeur de 0 (jamais) à %Ln minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Dossier d&apos;échange</translation>
    </message>
    <message>
        <source>Sensitivity levels</source>
        <translation>Niveaux de sensibilité</translation>
    </message>
    <message>
        <source>Default sensitivity</source>
        <translation>Sensibilité par défaut</translation>
    </message>
    <message>
        <source>Show dates as</source>
        <translation>Affichage des dates</translation>
    </message>
    <message>
        <source>%s: this value is not accepted.</source>
        <translation>%s&#xa0;: cette valeur n&apos;est pas acceptée.</translation>
    </message>
    <message>
        <source>Re-encrypting the key…</source>
        <translation>Rechiffrement de la clé…</translation>
    </message>
    <message>
        <source>New unlock speed applied.</source>
        <translation>Nouvelle vitesse de déverrouillage appliquée.</translation>
    </message>
    <message>
        <source>Not changed: wrong passphrase.</source>
        <translation>Non modifié&#xa0;: phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>Not changed: %s</source>
        <translation>Non modifié&#xa0;: %s</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A record unchanged for longer than its period is listed under Review, to keep (with a reason) or purge. A level&apos;s period applies to contacts and meetings of that level when it is the shorter one.</source>
        <translation>Une fiche restée inchangée au-delà de sa durée figure sous Révision, pour être conservée (avec un motif) ou purgée. La durée d&apos;un niveau s&apos;applique aux contacts et aux réunions de ce niveau lorsqu&apos;elle est la plus courte.</translation>
    </message>
    <message>
        <source>No mission policy from HQ.</source>
        <translation>Aucune politique de la mission fixée par le QG.</translation>
    </message>
    <message>
        <source>Set by HQ on {date}: at most {periods} days. Your periods may be shorter, not longer.</source>
        <translation>Politique fixée par le QG le {date}&#xa0;: au plus {periods} jours. Vos durées peuvent être plus courtes, pas plus longues.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>A bundle that would delete more than this share of your records (and at least 20) is not applied until you agree: a drive read empty looks like that.</source>
        <translation>Un paquet qui supprimerait plus que cette proportion de vos fiches (et au moins 20) n&apos;est appliqué qu&apos;avec votre accord&#xa0;: c&apos;est ce que produit un support lu comme vide.</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the laptop sleeps</source>
        <translation>Verrouiller lorsque l&apos;écran se verrouille ou que l&apos;ordinateur se met en veille</translation>
    </message>
    <message>
        <source>Ask before deleting more than:</source>
        <translation>Demander avant de supprimer plus de&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Duress passphrase&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phrase secrète de contrainte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>If you are forced to unlock Liaison, type this second passphrase instead of yours. It destroys this profile&apos;s keys for good — neither your passphrase nor the recovery key will ever open it again — and opens an empty profile, which looks like a new installation. Backups in other folders are not touched. Off unless set.</source>
        <translation>Si vous êtes contraint de déverrouiller Liaison, saisissez cette seconde phrase secrète au lieu de la vôtre. Elle détruit définitivement les clés de ce profil — ni votre phrase secrète ni la clé de récupération ne pourront plus jamais l&apos;ouvrir — et ouvre un profil vide, semblable à une nouvelle installation. Les sauvegardes situées dans d&apos;autres dossiers ne sont pas touchées. Désactivée tant qu&apos;elle n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>The duress passphrase</source>
        <translation>La phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Your passphrase, to confirm</source>
        <translation>Votre phrase secrète, pour confirmer</translation>
    </message>
    <message>
        <source>Set duress passphrase</source>
        <translation>Définir la phrase secrète de contrainte</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <source>Duress passphrase:</source>
        <translation>Phrase secrète de contrainte&#xa0;:</translation>
    </message>
    <message>
        <source>Your passphrase:</source>
        <translation>Votre phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>A duress passphrase is set.</source>
        <translation>Une phrase secrète de contrainte est définie.</translation>
    </message>
    <message>
        <source>No duress passphrase is set.</source>
        <translation>Aucune phrase secrète de contrainte n&apos;est définie.</translation>
    </message>
    <message>
        <source>Duress passphrase set.</source>
        <translation>Phrase secrète de contrainte définie.</translation>
    </message>
    <message>
        <source>Duress passphrase removed.</source>
        <translation>Phrase secrète de contrainte supprimée.</translation>
    </message>
    <message>
        <source>{label} (Ctrl+{number})</source>
        <translation>{label} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>{label}  ({count})</source>
        <translation>{label}  ({count})</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>This record was deleted elsewhere (it is in the Trash). Your edits are not saved.</source>
        <translation>Cette fiche a été supprimée ailleurs (elle se trouve dans la corbeille). Vos modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Close it</source>
        <translation>La fermer</translation>
    </message>
    <message>
        <source>Discard your edits; the record stays in the Trash</source>
        <translation>Abandonner vos modifications&#xa0;; la fiche reste dans la corbeille</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (a sync or another window) while you edited it.</source>
        <translation>Cette fiche a été modifiée ailleurs (par une synchronisation ou dans une autre fenêtre) pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>Take the stored version</source>
        <translation>Reprendre la version enregistrée</translation>
    </message>
    <message>
        <source>Discard your edits and show the record as stored now</source>
        <translation>Abandonner vos modifications et afficher la fiche telle qu&apos;elle est enregistrée</translation>
    </message>
    <message>
        <source>Compare with the stored record</source>
        <translation>Comparer avec la fiche enregistrée</translation>
    </message>
    <message>
        <source>Keep mine saves your values over the stored ones when you save; fields you did not edit take the stored value either way.</source>
        <translation>«&#xa0;Garder mes valeurs&#xa0;» fait prévaloir vos valeurs sur les valeurs enregistrées lorsque vous enregistrez&#xa0;; les champs que vous n&apos;avez pas modifiés prennent de toute façon la valeur enregistrée.</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Valeur enregistrée</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder mes valeurs</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Prendre les valeurs enregistrées</translation>
    </message>
    <message>
        <source>Other officers disagree on this field.</source>
        <translation>D&apos;autres officiers ont saisi des valeurs divergentes pour ce champ.</translation>
    </message>
    <message>
        <source>See the conflict</source>
        <translation>Voir le conflit</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>The bundle is encrypted for the ticked devices only; nobody else can read it.</source>
        <translation>Le paquet est chiffré pour les seuls appareils cochés&#xa0;; personne d&apos;autre ne peut le lire.</translation>
    </message>
    <message>
        <source>{officer} — {device} ({fingerprint}…)</source>
        <translation>{officer} — {device} ({fingerprint}…)</translation>
    </message>
    <message>
        <source>Send everything, not only what they are not known to have</source>
        <translation>Tout envoyer, et pas seulement ce qu&apos;ils ne sont pas réputés détenir</translation>
    </message>
    <message>
        <source>Use when a device was restored from an old backup or lost a bundle</source>
        <translation>À utiliser lorsqu&apos;un appareil a été restauré à partir d&apos;une ancienne sauvegarde ou a perdu un paquet</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Nothing imported in this session yet.</source>
        <translation>Rien n&apos;a encore été importé au cours de cette session.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqués</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Refusé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Already imported on {when}; nothing changed</source>
        <translation>Déjà importé le {when}&#xa0;; aucune modification</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Kept for later: written by a newer Liaison ({version}); upgrade to read it</source>
        <translation>Conservé pour plus tard&#xa0;: écrit par une version plus récente de Liaison ({version})&#xa0;; mettez l&apos;application à jour pour le lire</translation>
    </message>
    <message>
        <source>Held earlier, read now: {counts}</source>
        <translation>Mis en attente auparavant, lu maintenant&#xa0;: {counts}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applied</source>
        <translation>
            <numerusform>%Ln appliquée</numerusform>
            <numerusform>%Ln appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s)</source>
        <translation>
            <numerusform>%Ln en double</numerusform>
            <numerusform>%Ln en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending</source>
        <translation>
            <numerusform>%Ln en suspens</numerusform>
            <numerusform>%Ln en suspens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln quarantined</source>
        <translation>
            <numerusform>%Ln mise en quarantaine</numerusform>
            <numerusform>%Ln mises en quarantaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln from a revoked device</source>
        <translation>
            <numerusform>%Ln d&apos;un appareil révoqué</numerusform>
            <numerusform>%Ln d&apos;un appareil révoqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: signed twice with one number</source>
        <translation>
            <numerusform>%Ln refusée : signée deux fois sous un même numéro</numerusform>
            <numerusform>%Ln refusées : signées deux fois sous un même numéro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: too large</source>
        <translation>
            <numerusform>%Ln refusée : trop volumineuse</numerusform>
            <numerusform>%Ln refusées : trop volumineuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (see above)</source>
        <translation>
            <numerusform>%Ln refusée (voir ci-dessus)</numerusform>
            <numerusform>%Ln refusées (voir ci-dessus)</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>No exchange folder set</source>
        <translation>Aucun dossier d&apos;échange défini</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Import the bundles addressed here and write fresh ones to outbox/</source>
        <translation>Importer les paquets destinés à cet appareil et écrire les nouveaux dans outbox/</translation>
    </message>
    <message>
        <source>Set a folder (a USB stick or shared drive) to exchange bundles with one click.</source>
        <translation>Définissez un dossier (clé USB ou lecteur partagé) pour échanger les paquets en un clic.</translation>
    </message>
    <message>
        <source>Reachable. The app also syncs by itself whenever this folder appears (a stick plugged in).</source>
        <translation>Accessible. L&apos;application se synchronise aussi d&apos;elle-même dès que ce dossier apparaît (clé branchée).</translation>
    </message>
    <message>
        <source>Not reachable now. The app syncs by itself as soon as it appears.</source>
        <translation>Inaccessible pour le moment. L&apos;application se synchronisera d&apos;elle-même dès qu&apos;il apparaîtra.</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>No bundle exchanged on this device yet.</source>
        <translation>Aucun paquet n&apos;a encore été échangé sur cet appareil.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Kept for later: written by a newer Liaison</source>
        <translation>Conservé pour plus tard&#xa0;: écrit par une version plus récente de Liaison</translation>
    </message>
    <message>
        <source>Already imported; nothing changed</source>
        <translation>Déjà importé&#xa0;; aucune modification</translation>
    </message>
    <message numerus="yes">
        <source>Written: %Ln change(s)</source>
        <translation>
            <numerusform>Paquet écrit&#xa0;: %Ln modification</numerusform>
            <numerusform>Paquet écrit&#xa0;: %Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused: {reasons}</source>
        <translation>
            <numerusform>%Ln refusé&#xa0;: {reasons}</numerusform>
            <numerusform>%Ln refusés&#xa0;: {reasons}</numerusform>
        </translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importés</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Changes still waiting for earlier bundles</source>
        <translation>Modifications qui attendent encore des paquets antérieurs</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>Waiting for earlier bundles from this officer</source>
        <translation>Attend des paquets antérieurs de cet officier</translation>
    </message>
    <message>
        <source>Writing {file}… ({seconds} s)</source>
        <translation>Écriture de {file}… ({seconds} s)</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total})…</source>
        <translation>Importation de {file} ({number} sur {total})…</translation>
    </message>
    <message>
        <source>Importing {file} ({number} of {total}) from {officer}…</source>
        <translation>Importation de {file} ({number} sur {total}), provenant de {officer}…</translation>
    </message>
    <message>
        <source>Exchanging through {folder}…</source>
        <translation>Échange via {folder}…</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>Jours sans nouvelles</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>The date of their latest change held here</source>
        <translation>Date de leur dernière modification présente sur cet appareil</translation>
    </message>
    <message>
        <source>Quietest first; officers not heard from for {days} days or more are highlighted.</source>
        <translation>Les plus silencieux en premier&#xa0;; les officiers sans nouvelles depuis {days} jours ou plus sont mis en évidence.</translation>
    </message>
    <message>
        <source>No other device is known yet: add the officers&apos; cards.</source>
        <translation>Aucun autre appareil n&apos;est encore connu&#xa0;: ajoutez les cartes d&apos;appareil des officiers.</translation>
    </message>
    <message>
        <source>Export bundle…</source>
        <translation>Exporter un paquet…</translation>
    </message>
    <message>
        <source>Write an encrypted bundle of changes for chosen devices</source>
        <translation>Écrire un paquet chiffré de modifications pour les appareils choisis</translation>
    </message>
    <message>
        <source>Import bundles…</source>
        <translation>Importer des paquets…</translation>
    </message>
    <message>
        <source>Import one or more .liaison files (or drop them on this page)</source>
        <translation>Importer un ou plusieurs fichiers .liaison (ou les déposer sur cette page)</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Import every bundle in a folder (officers&apos; bundles gathered at HQ, a USB stick)</source>
        <translation>Importer tous les paquets d&apos;un dossier (paquets des officiers rassemblés au QG, clé USB)</translation>
    </message>
    <message>
        <source>or drop .liaison files, folders of them (or an identity card) on this page</source>
        <translation>ou déposez sur cette page des fichiers .liaison, des dossiers qui en contiennent (ou une carte d&apos;appareil)</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officiers</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Import a folder of bundles</source>
        <translation>Importer un dossier de paquets</translation>
    </message>
    <message>
        <source>Another exchange is running; try again when it ends.</source>
        <translation>Un autre échange est en cours&#xa0;; réessayez lorsqu&apos;il sera terminé.</translation>
    </message>
    <message>
        <source>Importing bundles…</source>
        <translation>Importation des paquets…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %Ln bundle(s)…</source>
        <translation>
            <numerusform>Importation de %Ln paquet…</numerusform>
            <numerusform>Importation de %Ln paquets…</numerusform>
        </translation>
    </message>
    <message>
        <source>The exchange folder {folder} is not reachable.</source>
        <translation>Le dossier d&apos;échange {folder} est inaccessible.</translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation>Échange via le dossier…</translation>
    </message>
    <message>
        <source>The exchange folder appeared: syncing…</source>
        <translation>Le dossier d&apos;échange est apparu&#xa0;: synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>Bundle written: {path} ({changes}, {size}).</source>
        <translation>Paquet écrit&#xa0;: {path} ({changes}, {size}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) imported</source>
        <translation>
            <numerusform>%Ln fichier importé</numerusform>
            <numerusform>%Ln fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bundle(s) written to the outbox</source>
        <translation>
            <numerusform>%Ln paquet écrit dans le dossier outbox</numerusform>
            <numerusform>%Ln paquets écrits dans le dossier outbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder exchange at {time}: {files}, {written}.</source>
        <translation>Échange par dossier à {time}&#xa0;: {files}, {written}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {done} of %Ln file(s)</source>
        <translation>
            <numerusform>Fichiers importés&#xa0;: {done} sur %Ln</numerusform>
            <numerusform>Fichiers importés&#xa0;: {done} sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported}, %Ln refused.</source>
        <translation>
            <numerusform>{imported}, %Ln refusé.</numerusform>
            <numerusform>{imported}, %Ln refusés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation>{imported}.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln file(s).</source>
        <translation>
            <numerusform>Importation annulée après %Ln fichier.</numerusform>
            <numerusform>Importation annulée après %Ln fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync bundles ({pattern});;All files (*)</source>
        <translation>Paquets de synchronisation ({pattern});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Vouched for by HQ</source>
        <translation>Avalisé par le QG</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Identity cards ({pattern});;All files (*)</source>
        <translation>Cartes d&apos;identité d&apos;appareil ({pattern});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export my card…</source>
        <translation>Exporter ma carte…</translation>
    </message>
    <message>
        <source>Save this device&apos;s public identity card (no secrets) to give to HQ</source>
        <translation>Enregistrer la carte d&apos;identité publique de cet appareil (sans aucun secret) pour la remettre au QG</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>Identifiant de l&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Save this device&apos;s public identity card (no secrets) to give to each officer</source>
        <translation>Enregistrer la carte d&apos;identité publique de cet appareil (sans aucun secret) pour la remettre à chaque officier</translation>
    </message>
    <message>
        <source>Export my identity card</source>
        <translation>Exporter ma carte d&apos;identité</translation>
    </message>
    <message>
        <source>Card not written: {error}</source>
        <translation>Carte non enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Card written to {path}. Read the fingerprint to the other officer.</source>
        <translation>Carte enregistrée dans {path}. Lisez l&apos;empreinte à voix haute à l&apos;autre officier.</translation>
    </message>
    <message>
        <source>Trusted devices</source>
        <translation>Appareils de confiance</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Dernière exportation</translation>
    </message>
    <message>
        <source>Exports carry</source>
        <translation>Contenu des exportations</translation>
    </message>
    <message>
        <source>Not yet there</source>
        <translation>Pas encore reçu</translation>
    </message>
    <message>
        <source>Add card…</source>
        <translation>Ajouter une carte…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Exports to this officer carry:</source>
        <translation>Les exportations vers cet officier contiennent&#xa0;:</translation>
    </message>
    <message>
        <source>Everything they lack</source>
        <translation>Tout ce qui lui manque</translation>
    </message>
    <message>
        <source>Only what their area needs</source>
        <translation>Seulement ce qui concerne sa zone</translation>
    </message>
    <message>
        <source>Their area: records in their areas, written by them or referring to theirs, and what those name</source>
        <translation>Sa zone&#xa0;: les fiches de ses zones, celles qu&apos;il a rédigées ou qui renvoient aux siennes, et ce qu&apos;elles citent</translation>
    </message>
    <message>
        <source>No trusted devices yet. Add each officer&apos;s identity card to start exchanging.</source>
        <translation>Aucun appareil de confiance pour l&apos;instant. Ajoutez la carte d&apos;identité de chaque officier pour commencer les échanges.</translation>
    </message>
    <message>
        <source>No trusted devices yet. Add HQ&apos;s identity card to start exchanging.</source>
        <translation>Aucun appareil de confiance pour l&apos;instant. Ajoutez la carte d&apos;identité du QG pour commencer les échanges.</translation>
    </message>
    <message>
        <source>through HQ</source>
        <translation>via le QG</translation>
    </message>
    <message>
        <source>has everything</source>
        <translation>a tout reçu</translation>
    </message>
    <message>
        <source>their area</source>
        <translation>sa zone</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Add an identity card</source>
        <translation>Ajouter une carte d&apos;identité</translation>
    </message>
    <message>
        <source>Trust {officer} ({device}, {role})?</source>
        <translation>Faire confiance à {officer} ({device}, {role})&#xa0;?</translation>
    </message>
    <message>
        <source>Fingerprint:
{fingerprint}

Compare these digits with the ones on the other officer&apos;s screen, in person or by voice. Trust the card only if every digit matches.</source>
        <translation>Empreinte&#xa0;:
{fingerprint}

Comparez ces chiffres avec ceux qui s&apos;affichent sur l&apos;écran de l&apos;autre officier, en personne ou de vive voix. N&apos;accordez votre confiance à la carte que si tous les chiffres concordent.</translation>
    </message>
    <message>
        <source>Add identity card</source>
        <translation>Ajouter une carte d&apos;identité</translation>
    </message>
    <message>
        <source>{officer} ({device}) is now trusted.</source>
        <translation>L&apos;appareil {device} de {officer} est désormais un appareil de confiance.</translation>
    </message>
    <message>
        <source>Revoke {officer} ({device})?</source>
        <translation>Révoquer {officer} ({device})&#xa0;?</translation>
    </message>
    <message>
        <source>Fingerprint:
{fingerprint}

Bundles from this device, and its changes relayed by others, will be refused from now on. Do this when the device is lost or seized.</source>
        <translation>Empreinte&#xa0;:
{fingerprint}

Les paquets de synchronisation de cet appareil, ainsi que ses modifications relayées par d&apos;autres, seront désormais refusés. À faire lorsque l&apos;appareil a été perdu ou saisi.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Révoquer l&apos;appareil</translation>
    </message>
    <message>
        <source>{officer} ({device}) is revoked.</source>
        <translation>L&apos;appareil {device} de {officer} est révoqué.</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <source>not a Liaison bundle</source>
        <translation>ce n&apos;est pas un paquet Liaison</translation>
    </message>
    <message>
        <source>the bundle is truncated (copied only in part?)</source>
        <translation>le paquet est tronqué (copie incomplète&#xa0;?)</translation>
    </message>
    <message>
        <source>a bundle format this version of Liaison does not read</source>
        <translation>format de paquet que cette version de Liaison ne sait pas lire</translation>
    </message>
    <message>
        <source>the bundle is damaged or was tampered with</source>
        <translation>le paquet est endommagé ou a été falsifié</translation>
    </message>
    <message>
        <source>the signature does not verify (damaged or tampered with)</source>
        <translation>la signature n&apos;est pas valide (paquet endommagé ou falsifié)</translation>
    </message>
    <message>
        <source>the file changed while it was being read</source>
        <translation>le fichier a été modifié pendant sa lecture</translation>
    </message>
    <message>
        <source>not addressed to this device</source>
        <translation>non destiné à cet appareil</translation>
    </message>
    <message>
        <source>this device&apos;s key does not open it</source>
        <translation>la clé de cet appareil ne permet pas de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the sender&apos;s keys do not match its device id</source>
        <translation>les clés de l&apos;expéditeur ne correspondent pas à son identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>the sender is not a trusted device (add its card first)</source>
        <translation>l&apos;expéditeur n&apos;est pas un appareil de confiance (ajoutez d&apos;abord sa carte)</translation>
    </message>
    <message>
        <source>the sender&apos;s device is revoked</source>
        <translation>l&apos;appareil de l&apos;expéditeur est révoqué</translation>
    </message>
    <message>
        <source>signed with a key other than the trusted one</source>
        <translation>signé avec une clé autre que la clé de confiance</translation>
    </message>
    <message>
        <source>not a Liaison sync bundle</source>
        <translation>ce n&apos;est pas un paquet de synchronisation Liaison</translation>
    </message>
    <message>
        <source>its header is malformed</source>
        <translation>son en-tête est mal formé</translation>
    </message>
    <message>
        <source>its header does not match its envelope</source>
        <translation>son en-tête ne correspond pas à son enveloppe</translation>
    </message>
    <message>
        <source>written by a newer Liaison: upgrade to read it</source>
        <translation>créé par une version plus récente de Liaison&#xa0;: mettez à jour Liaison pour le lire</translation>
    </message>
    <message>
        <source>it carries a bad identity card</source>
        <translation>il contient une carte d&apos;identité invalide</translation>
    </message>
    <message>
        <source>it would delete many of your records: nothing applied until you agree</source>
        <translation>il supprimerait un grand nombre de vos fiches&#xa0;: rien n&apos;est appliqué sans votre accord</translation>
    </message>
    <message>
        <source>it holds a malformed change</source>
        <translation>il contient une modification mal formée</translation>
    </message>
    <message>
        <source>it relays changes from a device nobody vouched for</source>
        <translation>il relaie des modifications d&apos;un appareil que personne n&apos;a avalisé</translation>
    </message>
    <message>
        <source>it holds a forged change</source>
        <translation>il contient une modification falsifiée</translation>
    </message>
    <message>
        <source>its device signed two different changes with the same number (revoke it?)</source>
        <translation>son appareil a signé deux modifications différentes sous le même numéro (le révoquer&#xa0;?)</translation>
    </message>
    <message>
        <source>one change is larger than Liaison accepts</source>
        <translation>une modification dépasse la taille acceptée par Liaison</translation>
    </message>
    <message>
        <source>the recipient&apos;s Liaison is too old to read this release&apos;s changes</source>
        <translation>la version de Liaison du destinataire est trop ancienne pour lire les modifications de cette version</translation>
    </message>
    <message>
        <source>only HQ exports by area, and only to officers whose Liaison reads it</source>
        <translation>seul le QG exporte par zone, et uniquement vers les officiers dont la version de Liaison le permet</translation>
    </message>
    <message>
        <source>one change had a purged record taken out, and the purge it names has not arrived</source>
        <translation>une fiche purgée a été retirée d&apos;une modification, et la purge correspondante n&apos;est pas encore arrivée</translation>
    </message>
    <message>
        <source>it carries numbers no device writes</source>
        <translation>nombres qu&apos;aucun appareil ne produit</translation>
    </message>
    <message>
        <source>it carries a malformed name</source>
        <translation>nom mal formé</translation>
    </message>
    <message>
        <source>it changes bookkeeping no device may change</source>
        <translation>modification de données de gestion interdite à tout appareil</translation>
    </message>
    <message>
        <source>a value the field does not take</source>
        <translation>valeur que le champ n&apos;accepte pas</translation>
    </message>
    <message>
        <source>it sets one field twice</source>
        <translation>même champ défini deux fois</translation>
    </message>
    <message>
        <source>a new record lacks a required field</source>
        <translation>champ obligatoire manquant dans une nouvelle fiche</translation>
    </message>
    <message>
        <source>it names a record that does not exist</source>
        <translation>renvoi à une fiche inexistante</translation>
    </message>
    <message>
        <source>it uses the id of a record of another kind</source>
        <translation>identifiant d&apos;une fiche d&apos;un autre type</translation>
    </message>
    <message>
        <source>it claims to overwrite changes it had not seen</source>
        <translation>prétention de remplacer des modifications que son auteur n&apos;avait pas vues</translation>
    </message>
    <message>
        <source>written after the device was revoked</source>
        <translation>écriture postérieure à la révocation de l&apos;appareil</translation>
    </message>
    <message>
        <source>it could not be merged</source>
        <translation>fusion impossible</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) from {who} refused: {why}</source>
        <translation>
            <numerusform>%Ln modification de {who} refusée&#xa0;: {why}</numerusform>
            <numerusform>%Ln modifications de {who} refusées&#xa0;: {why}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: last exchange {when} with {who}</source>
        <translation>Synchronisation&#xa0;: dernier échange avec {who}, {when}</translation>
    </message>
    <message>
        <source>Sync: no exchanges yet</source>
        <translation>Synchronisation&#xa0;: aucun échange pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en attente</numerusform>
            <numerusform>%Ln en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>HQ has everything</source>
        <translation>le QG a tout reçu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) not yet at HQ</source>
        <translation>
            <numerusform>%Ln modification non encore parvenue au QG</numerusform>
            <numerusform>%Ln modifications non encore parvenues au QG</numerusform>
        </translation>
    </message>
    <message>
        <source>every officer has everything</source>
        <translation>tous les officiers ont tout reçu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officer(s) not up to date</source>
        <translation>
            <numerusform>%Ln officier à mettre à jour</numerusform>
            <numerusform>%Ln officiers à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln à envoyer</numerusform>
            <numerusform>%Ln à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>{who}: {when}</source>
        <translation>{who}&#xa0;: {when}</translation>
    </message>
    <message>
        <source>No bundle exchanged with any device yet.</source>
        <translation>Aucun paquet échangé avec un appareil pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Last exchange with each device:</source>
        <translation>Dernier échange avec chaque appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Not yet confirmed by the device:</source>
        <translation>Réception non encore confirmée par l&apos;appareil&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>{peer}: %Ln change(s)</source>
        <translation>
            <numerusform>{peer}&#xa0;: %Ln modification</numerusform>
            <numerusform>{peer}&#xa0;: %Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln received change(s) waiting for others they depend on.</source>
        <translation>
            <numerusform>%Ln modification reçue attend d&apos;autres modifications dont elle dépend.</numerusform>
            <numerusform>%Ln modifications reçues attendent d&apos;autres modifications dont elles dépendent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: locked</source>
        <translation>Synchronisation&#xa0;: verrouillée</translation>
    </message>
    <message>
        <source>Deleted records stay here until every device has them and they are purged. Restoring one brings it back for the other officers too.</source>
        <translation>Les fiches supprimées restent ici jusqu&apos;à ce que tous les appareils les aient reçues et qu&apos;elles soient purgées. Restaurer une fiche la rétablit aussi pour les autres officiers.</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Supprimé par</translation>
    </message>
    <message>
        <source>Bring the record back (Enter)</source>
        <translation>Rétablir la fiche (Entrée)</translation>
    </message>
    <message>
        <source>The Trash is empty: nothing has been deleted.</source>
        <translation>La corbeille est vide&#xa0;: rien n&apos;a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>%Ln fiche supprimée</numerusform>
            <numerusform>%Ln fiches supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>That record is no longer in the Trash.</source>
        <translation>Cette fiche n&apos;est plus dans la corbeille.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Still pointing at it: %1.</source>
        <translation>Fiches qui y renvoient encore&#xa0;: %1.</translation>
    </message>
    <message>
        <source>They keep the link, shown as in the Trash, until it is restored.</source>
        <translation>Elles conservent le lien, signalé comme étant dans la corbeille, jusqu&apos;à sa restauration.</translation>
    </message>
    <message>
        <source>%1 (deleted, in the Trash)</source>
        <translation>%1 (dans la corbeille)</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Fiche «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Restored “%1”.</source>
        <translation>Fiche «&#xa0;%1&#xa0;» restaurée.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Bring the deleted record back (Ctrl+Z)</source>
        <translation>Rétablir la fiche supprimée (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Forgot passphrase? Use the &amp;recovery key…</source>
        <translation>Phrase secrète oubliée&#xa0;? Utiliser la &amp;clé de récupération…</translation>
    </message>
    <message>
        <source>Enter the passphrase of this profile:</source>
        <translation>Saisissez la phrase secrète de ce profil&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: wait %Ln s before trying again.</source>
        <translation>
            <numerusform>Trop de phrases secrètes erronées&#xa0;: patientez %Ln s avant de réessayer.</numerusform>
            <numerusform>Trop de phrases secrètes erronées&#xa0;: patientez %Ln s avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new passphrase is set. Enter it to unlock.</source>
        <translation>Une nouvelle phrase secrète a été définie. Saisissez-la pour déverrouiller.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed attempt(s).</source>
        <translation>
            <numerusform>%Ln tentative échouée.</numerusform>
            <numerusform>%Ln tentatives échouées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Liaison (schema {found}; this one reads up to {supported}). Upgrade Liaison to open it. The profile is unchanged.</source>
        <translation>Ce profil a été créé par une version plus récente de Liaison (schéma {found}&#xa0;; cette version lit jusqu&apos;au schéma {supported}). Mettez Liaison à jour pour l&apos;ouvrir. Le profil n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not open the profile: {error}</source>
        <translation>Impossible d&apos;ouvrir le profil&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not upgrade this profile: its safety copy could not be written (is the disk full?). The profile is unchanged.</source>
        <translation>Impossible de mettre à niveau ce profil&#xa0;: sa copie de sécurité n&apos;a pas pu être écrite (disque plein&#xa0;?). Le profil n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not upgrade this profile. It was restored and is unchanged.</source>
        <translation>Impossible de mettre à niveau ce profil. Il a été restauré et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not upgrade this profile, nor restore it. Its encrypted pre-upgrade copy is kept as {copy}.</source>
        <translation>Impossible de mettre à niveau ce profil ou de le restaurer. Sa copie chiffrée antérieure à la mise à niveau est conservée sous {copy}.</translation>
    </message>
    <message>
        <source>Unlock Liaison</source>
        <translation>Déverrouiller Liaison</translation>
    </message>
    <message>
        <source>Profile: {folder}</source>
        <translation>Profil&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Liaison is locked</source>
        <translation>Liaison est verrouillé</translation>
    </message>
    <message>
        <source>The database is closed and its key forgotten. Unsaved edits are kept.</source>
        <translation>La base de données est fermée et sa clé effacée de la mémoire. Les modifications non enregistrées sont conservées.</translation>
    </message>
    <message>
        <source>More memory and repetitions make guessing the passphrase of a seized laptop slower, and unlocking slower too.</source>
        <translation>Davantage de mémoire et de répétitions ralentissent les tentatives pour deviner la phrase secrète d&apos;un ordinateur saisi, mais aussi le déverrouillage.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message numerus="yes">
        <source>longer than %Ln character(s)</source>
        <translation>
            <numerusform>dépasse %Ln caractère</numerusform>
            <numerusform>dépasse %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n&apos;est pas une valeur admise (%2)</translation>
    </message>
    <message>
        <source>%1 is not an ISO-8601 date-time (e.g. 2026-03-14T09:30+03:00), a local one (14.03.2026 09:30) or a date-time group (140930ZMAR26)</source>
        <translation>%1 n&apos;est ni une date-heure ISO-8601 (p. ex. 2026-03-14T09:30+03:00), ni une date-heure locale (14.03.2026 09:30), ni un groupe date-heure (140930ZMAR26)</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 is not an MGRS grid reference</source>
        <translation>%1&#xa0;: coordonnées MGRS non valides</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 est hors de l&apos;intervalle %2..%3</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 n&apos;est pas une adresse électronique</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>%1 is not yes or no</source>
        <translation>%1 n&apos;est ni oui ni non</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>liste attendue</translation>
    </message>
    <message>
        <source>each entry needs a kind and a value</source>
        <translation>chaque entrée doit avoir un type et une valeur</translation>
    </message>
    <message>
        <source>each point needs a kind and a text</source>
        <translation>chaque point doit avoir un type et un texte</translation>
    </message>
    <message>
        <source>%1 should read KIND:TEXT, e.g. decision:Open the road</source>
        <translation>%1 doit être de la forme KIND:TEXT, p. ex. decision:Ouvrir la route</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>ne doit pas précéder le début</translation>
    </message>
    <message>
        <source>give both %1 and %2, or neither</source>
        <translation>indiquez à la fois %1 et %2, ou aucun des deux</translation>
    </message>
    <message>
        <source>an area cannot be its own ancestor</source>
        <translation>une zone ne peut pas faire partie d&apos;elle-même, même indirectement</translation>
    </message>
    <message>
        <source>an organization cannot be its own ancestor</source>
        <translation>une organisation ne peut pas faire partie d&apos;elle-même, même indirectement</translation>
    </message>
    <message>
        <source>%1 names several areas: give the id or the P-code</source>
        <translation>%1 désigne plusieurs zones&#xa0;: indiquez l&apos;identifiant ou le P-code</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln point(s)</source>
        <translation>
            <numerusform>%Ln point au maximum</numerusform>
            <numerusform>%Ln points au maximum</numerusform>
        </translation>
    </message>
    <message>
        <source>marked do-not-share by %1; only they can lift the mark</source>
        <translation>mention «&#xa0;ne pas partager&#xa0;» posée par %1&#xa0;; seul son auteur peut la lever</translation>
    </message>
    <message>
        <source>a record cannot be merged into itself</source>
        <translation>une fiche ne peut pas être fusionnée avec elle-même</translation>
    </message>
    <message>
        <source>marked do-not-share: a merge would share it with every device</source>
        <translation>mention «&#xa0;ne pas partager&#xa0;»&#xa0;: une fusion partagerait cette fiche avec tous les appareils</translation>
    </message>
    <message>
        <source>not merged into another record</source>
        <translation>cette fiche n&apos;a pas été fusionnée avec une autre</translation>
    </message>
    <message>
        <source>merged into another record: undo the merge instead</source>
        <translation>cette fiche a été fusionnée avec une autre&#xa0;: annulez plutôt la fusion</translation>
    </message>
    <message>
        <source>%1: choose KEEP or OTHER</source>
        <translation>%1&#xa0;: choisissez KEEP ou OTHER</translation>
    </message>
    <message>
        <source>unknown kind %1 (%2)</source>
        <translation>type de fiche inconnu %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no field %2</source>
        <translation>le type de fiche «&#xa0;%1&#xa0;» n&apos;a pas de champ %2</translation>
    </message>
    <message>
        <source>no such setting</source>
        <translation>paramètre inexistant</translation>
    </message>
    <message>
        <source>this value is not accepted</source>
        <translation>cette valeur n&apos;est pas acceptée</translation>
    </message>
    <message>
        <source>give at least one level</source>
        <translation>indiquez au moins un niveau</translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln level(s)</source>
        <translation>
            <numerusform>%Ln niveau au maximum</numerusform>
            <numerusform>%Ln niveaux au maximum</numerusform>
        </translation>
    </message>
    <message>
        <source>a level is given twice</source>
        <translation>un niveau est indiqué deux fois</translation>
    </message>
    <message>
        <source>%1 contains a comma</source>
        <translation>%1 contient une virgule</translation>
    </message>
    <message>
        <source>%1 is not an absolute path</source>
        <translation>%1 n&apos;est pas un chemin absolu</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>%1 introuvable (identifiant %2)</translation>
    </message>
    <message>
        <source>Recovery key not confirmed</source>
        <translation>Clé de récupération non confirmée</translation>
    </message>
    <message>
        <source>Have you written down the recovery key? It is not shown again, and without it a forgotten passphrase means every record is lost.</source>
        <translation>Avez-vous noté la clé de récupération&#xa0;? Elle ne sera plus affichée, et sans elle, une phrase secrète oubliée signifie la perte de toutes les fiches.</translation>
    </message>
    <message>
        <source>Who uses this profile</source>
        <translation>Qui utilise ce profil</translation>
    </message>
    <message>
        <source>Your name and this device are stamped on every record you write.</source>
        <translation>Votre nom et celui de cet appareil figurent sur chaque fiche que vous rédigez.</translation>
    </message>
    <message>
        <source>e.g. Maj. Anna Berg</source>
        <translation>p. ex. Cdt Anna Berg</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Officier de terrain</translation>
    </message>
    <message>
        <source>&amp;Officer name:</source>
        <translation>Nom de l&apos;&amp;officier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nom de l&apos;&amp;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Enter your name to continue.</source>
        <translation>Saisissez votre nom pour continuer.</translation>
    </message>
    <message>
        <source>Enter a name for this device to continue.</source>
        <translation>Donnez un nom à cet appareil pour continuer.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>It encrypts everything in this profile. Several words you can remember are best.</source>
        <translation>Elle chiffre tout le contenu de ce profil. Le mieux&#xa0;: plusieurs mots dont vous vous souviendrez.</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Unlock speed / protection (advanced)</source>
        <translation>Vitesse de déverrouillage / protection (paramètres avancés)</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Notez votre clé de récupération</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way back in. It is shown once and is not stored anywhere readable.</source>
        <translation>Si vous oubliez la phrase secrète, cette clé est le seul moyen de retrouver l&apos;accès. Elle n&apos;est affichée qu&apos;une seule fois et n&apos;est conservée nulle part sous une forme lisible.</translation>
    </message>
    <message>
        <source>Keep it on paper, apart from this laptop: whoever holds both the laptop and the key can read every record.</source>
        <translation>Conservez-la sur papier, à l&apos;écart de cet ordinateur&#xa0;: quiconque détient à la fois l&apos;ordinateur et la clé peut lire toutes les fiches.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Sa&amp;ve to file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l&apos;ai notée</translation>
    </message>
    <message>
        <source>Copied. Paste it where only you can read it.</source>
        <translation>Copiée. Collez-la là où vous seul pouvez la lire.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Not saved: {file} could not be written ({reason}).</source>
        <translation>Non enregistrée&#xa0;: impossible d&apos;écrire {file} ({reason}).</translation>
    </message>
    <message>
        <source>Saved to {file}. Keep that file off this laptop.</source>
        <translation>Enregistrée dans {file}. Conservez ce fichier hors de cet ordinateur.</translation>
    </message>
    <message>
        <source>Create your Liaison profile</source>
        <translation>Créer votre profil Liaison</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Creating the encrypted profile…</source>
        <translation>Création du profil chiffré…</translation>
    </message>
    <message>
        <source>Could not create the profile.</source>
        <translation>Impossible de créer le profil.</translation>
    </message>
    <message>
        <source>Not created: %s</source>
        <translation>Non créé&#xa0;: %s</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Waiting for the sync to finish, then saving…</source>
        <translation>Attente de la fin de la synchronisation avant l&apos;enregistrement…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Also leaves out everything CONFIDENTIAL or above, and the phones, emails and addresses of local staff and community members.</source>
        <translation>Exclut aussi tout ce qui est CONFIDENTIEL ou au-delà, ainsi que les téléphones, adresses électroniques et adresses du personnel local et des membres de la communauté.</translation>
    </message>
    <message>
        <source>Assigned to officer</source>
        <translation>Attribuée à l&apos;officier</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Done or cancelled</source>
        <translation>Terminées ou annulées</translation>
    </message>
    <message>
        <source>Everything you may see: leaves out only contacts marked do-not-share (unless included).</source>
        <translation>Tout ce que vous pouvez voir : seuls les contacts marqués « ne pas partager » sont exclus (sauf s&apos;ils sont inclus).</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Organizations and activity counts only: no person&apos;s name, phone or email (what HDX accepts). Only the 3W of organizations can be exported this way.</source>
        <translation>Organisations et nombres d&apos;activités uniquement : aucun nom, téléphone ni adresse électronique de personne (ce qu&apos;accepte HDX). Seul le 3W des organisations peut être exporté ainsi.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Recorded by officer</source>
        <translation>Saisi par l&apos;officier</translation>
    </message>
    <message>
        <source>Recorded on device</source>
        <translation>Saisi sur l&apos;appareil</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>assigned to the officer (areas of responsibility)</source>
        <translation>attribuées à l&apos;officier (zones de responsabilité)</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>from a meeting in the area or an area inside it</source>
        <translation>issues d&apos;une réunion dans la zone ou dans une zone qu&apos;elle contient</translation>
    </message>
    <message>
        <source>in the area or an area inside it</source>
        <translation>dans la zone ou dans une zone qu&apos;elle contient</translation>
    </message>
    <message>
        <source>in the area or an area inside it (the contact&apos;s own area)</source>
        <translation>dans la zone ou dans une zone qu&apos;elle contient (la zone propre du contact)</translation>
    </message>
    <message>
        <source>last changed</source>
        <translation>dernière modification</translation>
    </message>
    <message>
        <source>owned by one of its contacts, or from one of its meetings</source>
        <translation>dont un de ses contacts est responsable, ou issues d&apos;une de ses réunions</translation>
    </message>
    <message>
        <source>recorded on the officer&apos;s device</source>
        <translation>saisies sur l&apos;appareil de l&apos;officier</translation>
    </message>
    <message>
        <source>starting (UTC day)</source>
        <translation>début (jour UTC)</translation>
    </message>
    <message>
        <source>the area and the areas inside it</source>
        <translation>la zone et les zones qu&apos;elle contient</translation>
    </message>
    <message>
        <source>the organization and its branches</source>
        <translation>l&apos;organisation et ses antennes</translation>
    </message>
    <message>
        <source>the organization represented, or one of its contacts attending</source>
        <translation>l&apos;organisation représentée, ou un de ses contacts présent</translation>
    </message>
    <message>
        <source>the organization&apos;s contacts</source>
        <translation>les contacts de l&apos;organisation</translation>
    </message>
    <message>
        <source>Wrong passphrase or recovery key.</source>
        <translation>Phrase secrète ou clé de récupération incorrecte.</translation>
    </message>
    <message>
        <source>That record is not here: deleted, purged or never received.</source>
        <translation>Cette fiche n&apos;est pas ici : supprimée, purgée ou jamais reçue.</translation>
    </message>
    <message>
        <source>Another task is writing to the profile; try again when it ends.</source>
        <translation>Une autre tâche écrit dans le profil ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was changed. Free some space and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>This profile was written by a newer Liaison: upgrade to open it.</source>
        <translation>Ce profil a été écrit par une version plus récente de Liaison : mettez Liaison à niveau pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases: wait a moment before trying again.</source>
        <translation>Trop de phrases secrètes incorrectes : patientez un moment avant de réessayer.</translation>
    </message>
    <message>
        <source>The system refuses access to a file or folder of the profile.</source>
        <translation>Le système refuse l&apos;accès à un fichier ou à un dossier du profil.</translation>
    </message>
    <message>
        <source>Engagements per day</source>
        <translation>Rencontres par jour</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Redaction: %1</source>
        <translation>Caviardage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the officer</source>
        <translation>l&apos;officier</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Établi le %1 par %2</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>Chief CIMIC (action)</source>
        <translation>Chef CIMIC (pour action)</translation>
    </message>
    <message>
        <source>Sector HQ (information)</source>
        <translation>QG de secteur (pour information)</translation>
    </message>
    <message>
        <source>File</source>
        <comment>distribution</comment>
        <translation>Archives</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Contact points</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>Deleted or kept</source>
        <translation>Supprimé ou conservé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>Ne pas partager</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>MGRS grid</source>
        <translation>Coordonnées MGRS</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contour</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>P-code</source>
        <translation>P-code</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Niveau de sensibilité</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>action item</source>
        <translation>action de suivi</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>actions de suivi</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>zones</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>organizations</source>
        <translation>organisations</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Armed group</source>
        <translation>Groupe armé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Community / religious</source>
        <translation>Communautaire / religieux</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Réunion de coordination</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Officier de terrain</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitif</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gouvernement</translation>
    </message>
    <message>
        <source>HQ only</source>
        <translation>QG uniquement</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Quartier général</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Key leader engagement</source>
        <translation>Entretien avec un dirigeant clé</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Autorité locale</translation>
    </message>
    <message>
        <source>Local — never leaves this laptop</source>
        <translation>Local — ne quitte jamais cet ordinateur</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Forces armées</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>NGO / INGO</source>
        <translation>ONG / ONGI</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Province / region (adm1)</source>
        <translation>Province / région (adm1)</translation>
    </message>
    <message>
        <source>Radio</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Red Cross / Red Crescent</source>
        <translation>Croix-Rouge / Croissant-Rouge</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>STRICTLY CONFIDENTIAL</source>
        <translation>STRICTEMENT CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Sector / commune (adm3)</source>
        <translation>Secteur / commune (adm3)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Territory / district (adm2)</source>
        <translation>Territoire / district (adm2)</translation>
    </message>
    <message>
        <source>UN agency</source>
        <translation>Agence des Nations Unies</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>NON CLASSIFIÉ</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
</context>
</TS>
