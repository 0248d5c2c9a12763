<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>Tag news sentences for their sources, stance and verifiability. Every tag is saved at once in one SQLite project file.</source>
        <translation>Étiquetez les phrases des articles de presse selon leurs sources, leur position et leur vérifiabilité. Chaque étiquette est enregistrée aussitôt dans un seul fichier de projet SQLite.</translation>
    </message>
    <message>
        <source>spaCy for pre-annotation</source>
        <translation>spaCy pour la pré-annotation</translation>
    </message>
    <message>
        <source>About Annotator</source>
        <translation>À propos d&apos;Annotator</translation>
    </message>
</context>
<context>
    <name>AnnotatorDialog</name>
    <message>
        <source>Your tags are saved under this name, so that a colleague&apos;s tags on the same project stay apart from yours.</source>
        <translation>Vos étiquettes sont enregistrées sous ce nom, pour que celles d&apos;un collègue sur le même projet restent distinctes des vôtres.</translation>
    </message>
</context>
<context>
    <name>DocumentMetaDialog</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>2024-03-12, or 12 mars 2024</source>
        <translation>2024-03-12, ou 12 mars 2024</translation>
    </message>
    <message>
        <source>Document {id}: title and metadata</source>
        <translation>Document {id} : titre et métadonnées</translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Un problème est survenu : {error}</translation>
    </message>
    <message>
        <source>Everything up to your last action is saved in the project file.</source>
        <translation>Tout jusqu&apos;à votre dernière action est enregistré dans le fichier de projet.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Every annotator</source>
        <translation>Tous les annotateurs</translation>
    </message>
    <message>
        <source>Only my tags ({name})</source>
        <translation>Seulement mes étiquettes ({name})</translation>
    </message>
    <message>
        <source>Also sentences nobody tagged</source>
        <translation>Aussi les phrases que personne n&apos;a étiquetées</translation>
    </message>
    <message>
        <source>Include boilerplate</source>
        <translation>Inclure le hors-article</translation>
    </message>
    <message>
        <source>Only the open document</source>
        <translation>Seulement le document ouvert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Tags of</source>
        <translation>Étiquettes de</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Articles and news-database exports (*.txt *.TXT *.html *.htm *.jsonl *.docx *.DOCX *.rtf);;Other annotation tools: REFI-QDA, doccano, Label Studio (*.qdpx *.jsonl *.json);;All files (*)</source>
        <translation>Articles et exports de bases de presse (*.txt *.TXT *.html *.htm *.jsonl *.docx *.DOCX *.rtf);;Autres outils d&apos;annotation : REFI-QDA, doccano, Label Studio (*.qdpx *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Detect for each article</source>
        <translation>Détecter pour chaque article</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Text (.txt), web pages (.html) or JSONL files, and exports from Europresse, Factiva (.html, .rtf) and Nexis (.TXT, .DOCX): each article with its outlet, date and author. Folders are read recursively. An article already in the project is skipped.</source>
        <translation>Texte (.txt), pages web (.html) ou fichiers JSONL, et exports d&apos;Europresse, Factiva (.html, .rtf) et Nexis (.TXT, .DOCX) : chaque article avec son média, sa date et son auteur. Les dossiers sont lus avec leurs sous-dossiers. Un article déjà présent dans le projet est ignoré.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Pressing a value&apos;s key again clears it. Keys do nothing while you type in the note: Escape leaves it, saved.</source>
        <translation>Appuyer de nouveau sur la touche d&apos;une valeur l&apos;efface. Les touches sont sans effet pendant la saisie de la note : Échap la quitte, enregistrée.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
</TS>
