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
    <name>AdjudicationPanel</name>
    <message>
        <source>Why this decision (kept with the gold layer)</source>
        <translation>Pourquoi cette décision (gardé avec la référence)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Click to adopt {name}&apos;s {what} into gold</source>
        <translation>Cliquer pour adopter « {what} » de {name} comme référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Adopt {name}</source>
        <translation>Adopter {name}</translation>
    </message>
    <message>
        <source>Copy all of {name}&apos;s tags on this sentence into gold</source>
        <translation>Copier toutes les étiquettes de {name} sur cette phrase dans la référence</translation>
    </message>
    <message>
        <source>No sentence selected</source>
        <translation>Aucune phrase sélectionnée</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marquée</translation>
    </message>
    <message>
        <source>— not decided</source>
        <translation>— non décidé</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>as {letter} · {name}</source>
        <translation>comme {letter} · {name}</translation>
    </message>
    <message>
        <source>all their sources (union)</source>
        <translation>toutes leurs sources (union)</translation>
    </message>
    <message>
        <source>{n} source(s) decided</source>
        <translation>{n} source(s) décidée(s)</translation>
    </message>
    <message>
        <source>no {dimension}</source>
        <translation>aucun(e) {dimension}</translation>
    </message>
    <message>
        <source>(not tagged)</source>
        <translation>(non étiquetée)</translation>
    </message>
    <message>
        <source>(no {dimension})</source>
        <translation>(aucun(e) {dimension})</translation>
    </message>
    <message>
        <source>, via {via}</source>
        <translation>, via {via}</translation>
    </message>
    <message>
        <source>from {name}</source>
        <translation>de {name}</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Choose at least two annotators.</source>
        <translation>Choisissez au moins deux annotateurs.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha: ≥ .800 reliable; ≥ .667 tentative conclusions only; below, unreliable. Sources: span F1 (overlap ≥ 30% lenient, 80% strict) read against the same lines.</source>
        <translation>Alpha de Krippendorff : ≥ ,800 fiable ; ≥ ,667 conclusions provisoires seulement ; en dessous, non fiable. Sources : F1 des segments (recouvrement ≥ 30 % souple, 80 % strict) lu selon les mêmes seuils.</translation>
    </message>
    <message>
        <source> — span F1</source>
        <translation> — F1 des segments</translation>
    </message>
    <message>
        <source> — alpha</source>
        <translation> — alpha</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Per document (click a figure to review its disagreements)</source>
        <translation>Par document (cliquez sur un chiffre pour réviser ses désaccords)</translation>
    </message>
    <message>
        <source>Agreement needs at least two annotators.</source>
        <translation>L&apos;accord demande au moins deux annotateurs.</translation>
    </message>
    <message>
        <source>Computing agreement among {names}…</source>
        <translation>Calcul de l&apos;accord entre {names}…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement cannot be computed: {error}</source>
        <translation>L&apos;accord ne peut pas être calculé : {error}</translation>
    </message>
    <message>
        <source>Agreement among {names}</source>
        <translation>Accord entre {names}</translation>
    </message>
    <message>
        <source>{units} sentences tagged by at least two of them, {documents} document(s).</source>
        <translation>{units} phrases étiquetées par au moins deux d&apos;entre eux, {documents} document(s).</translation>
    </message>
    <message>
        <source>strict F1</source>
        <translation>F1 strict</translation>
    </message>
    <message>
        <source>type agreement</source>
        <translation>accord sur les types</translation>
    </message>
    <message>
        <source>%1 spans over %2 pairs of codings</source>
        <translation>%1 segments sur %2 paires de codages</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>observé</translation>
    </message>
    <message>
        <source>%1 sentences</source>
        <translation>%1 phrases</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>Document {id}</translation>
    </message>
    <message>
        <source>{shown} lowest of {all} documents</source>
        <translation>les {shown} plus bas sur {all} documents</translation>
    </message>
    <message>
        <source>{band}; click to review the disagreements</source>
        <translation>{band} ; cliquez pour réviser les désaccords</translation>
    </message>
    <message>
        <source>Agreement needs two annotators who tagged the same sentences (a colleague&apos;s file comes in with File &amp;gt; Merge a colleague&apos;s project).</source>
        <translation>L&apos;accord demande deux annotateurs qui ont étiqueté les mêmes phrases (le fichier d&apos;un collègue s&apos;ajoute par Fichier &amp;gt; Fusionner le projet d&apos;un collègue).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Agreement over {n} sentences:</source>
        <translation>Accord sur {n} phrases :</translation>
    </message>
    <message>
        <source>details…</source>
        <translation>détails…</translation>
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
    <name>App</name>
    <message>
        <source>Create a project?</source>
        <translation>Créer un projet ?</translation>
    </message>
    <message>
        <source>{path} does not exist.

Create a new project there?</source>
        <translation>{path} n&apos;existe pas.

Créer un nouveau projet à cet endroit ?</translation>
    </message>
    <message>
        <source>Preparing the demo project from the bundled articles…</source>
        <translation>Préparation du projet de démonstration à partir des articles fournis…</translation>
    </message>
    <message>
        <source>{name} is open instead.</source>
        <translation>{name} est ouvert à la place.</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Import articles (File &gt; Import, or drop files here) to begin.</source>
        <translation>Importez des articles (Fichier &gt; Importer, ou déposez des fichiers ici) pour commencer.</translation>
    </message>
</context>
<context>
    <name>BackgroundStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop suggesting or training; what is done is kept</source>
        <translation>Arrêter les suggestions ou l&apos;entraînement ; ce qui est fait est conservé</translation>
    </message>
    <message>
        <source>Cross-validated accuracy of the classifiers trained on this project&apos;s tags (Tag &gt; Train classifiers now)</source>
        <translation>Exactitude en validation croisée des classifieurs entraînés sur les étiquettes de ce projet (Étiqueter &gt; Entraîner les classifieurs)</translation>
    </message>
</context>
<context>
    <name>Bands</name>
    <message>
        <source>unreliable</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>indéfini</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{label}: {figure} ({band}). Click to review the disagreements.</source>
        <translation>{label} : {figure} ({band}). Cliquez pour réviser les désaccords.</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(%1% of %2)</source>
        <translation>(%1 % de %2)</translation>
    </message>
    <message>
        <source>Click to list these sentences</source>
        <translation>Cliquer pour lister ces phrases</translation>
    </message>
    <message>
        <source>Nothing coded yet</source>
        <translation>Rien de codé pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Stance per annotator</source>
        <translation>Position par annotateur</translation>
    </message>
    <message>
        <source>Verifiability per annotator</source>
        <translation>Vérifiabilité par annotateur</translation>
    </message>
    <message>
        <source>Source types per annotator</source>
        <translation>Types de source par annotateur</translation>
    </message>
    <message>
        <source>Who is quoted: source types</source>
        <translation>Qui est cité : types de source</translation>
    </message>
    <message>
        <source>Source types per outlet</source>
        <translation>Types de source par média</translation>
    </message>
    <message>
        <source>Stance per outlet</source>
        <translation>Position par média</translation>
    </message>
    <message>
        <source>Stance over time (by document date)</source>
        <translation>Position dans le temps (date du document)</translation>
    </message>
    <message>
        <source>Verifiability per document</source>
        <translation>Vérifiabilité par document</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Verifiability</source>
        <translation>Vérifiabilité</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>every annotator</source>
        <translation>tous les annotateurs</translation>
    </message>
    <message>
        <source>gold (adjudicated)</source>
        <translation>référence (arbitrée)</translation>
    </message>
    <message>
        <source>one count per source span; sentences without a source are left out</source>
        <translation>un compte par source marquée ; les phrases sans source sont omises</translation>
    </message>
</context>
<context>
    <name>ChartsWindow</name>
    <message>
        <source>Shares (%)</source>
        <translation>Parts (%)</translation>
    </message>
    <message>
        <source>Each bar as 100% of its category</source>
        <translation>Chaque barre à 100 % de sa catégorie</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>Codé par</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Picture (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <source>Vector drawing (SVG)…</source>
        <translation>Dessin vectoriel (SVG)…</translation>
    </message>
    <message>
        <source>Numbers (CSV)…</source>
        <translation>Chiffres (CSV)…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Crosstab</source>
        <translation>Tableau croisé</translation>
    </message>
    <message>
        <source>Click a bar or a cell to list its sentences.</source>
        <translation>Cliquez sur une barre ou une case pour lister ses phrases.</translation>
    </message>
    <message>
        <source>Charts — %1</source>
        <translation>Graphiques — %1</translation>
    </message>
    <message>
        <source>Counting the codings…</source>
        <translation>Décompte des codages…</translation>
    </message>
    <message>
        <source>%1 codings of %2 sentences</source>
        <translation>%1 codages de %2 phrases</translation>
    </message>
    <message>
        <source>every coder side by side</source>
        <translation>tous les codeurs côte à côte</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>codé par %1</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en tout</translation>
    </message>
    <message>
        <source>the %1 with the most codings; %2 more in the crosstab</source>
        <translation>les %1 les plus codés ; %2 de plus dans le tableau croisé</translation>
    </message>
    <message>
        <source>%1: %2 counted in %3 sentence(s); click one to open it in its article</source>
        <translation>%1 : %2 compté(s) dans %3 phrase(s) ; cliquez sur l&apos;une pour l&apos;ouvrir dans son article</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer de l&apos;usage</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up (the panel&apos;s order)</source>
        <translation>Monter (ordre du panneau)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Importer un JSON…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{label} (retired)</source>
        <translation>{label} (hors d&apos;usage)</translation>
    </message>
    <message>
        <source>Flags (derived by the rules)</source>
        <translation>Marques (déduites par les règles)</translation>
    </message>
    <message>
        <source>{label}: source types</source>
        <translation>{label} : types de source</translation>
    </message>
    <message>
        <source>Flags are set by the rules on their suggestions (hedged, explicitly unverified).</source>
        <translation>Les marques sont posées par les règles sur leurs suggestions (atténué, explicitement non vérifié).</translation>
    </message>
    <message>
        <source>Spans: any number of sources per sentence, each with a type and a quote kind.</source>
        <translation>Segments : autant de sources que voulu par phrase, chacune avec un type et un genre de citation.</translation>
    </message>
    <message>
        <source>Single choice: at most one value per sentence and annotator.</source>
        <translation>Choix unique : au plus une valeur par phrase et par annotateur.</translation>
    </message>
    <message>
        <source>Add a flag…</source>
        <translation>Ajouter une marque…</translation>
    </message>
    <message>
        <source>Add a value…</source>
        <translation>Ajouter une valeur…</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Remettre en usage</translation>
    </message>
    <message>
        <source>A flag</source>
        <translation>Une marque</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gold decision(s)</source>
        <translation>
            <numerusform>%n décision de référence</numerusform>
            <numerusform>%n décisions de référence</numerusform>
        </translation>
    </message>
    <message>
        <source>formerly: {names}</source>
        <translation>anciennement : {names}</translation>
    </message>
    <message>
        <source>retired: kept on old tags, not offered for new ones</source>
        <translation>hors d&apos;usage : conservée sur les anciennes étiquettes, plus proposée pour les nouvelles</translation>
    </message>
    <message>
        <source>Saved: {step}</source>
        <translation>Enregistré : {step}</translation>
    </message>
    <message>
        <source>Codebook written to {path}</source>
        <translation>Grille de codage écrite dans {path}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Name of the new value (letters, digits, _ and -), as tags and exports write it:</source>
        <translation>Nom de la nouvelle valeur (lettres, chiffres, _ et -), tel que l&apos;écrivent les étiquettes et les exports :</translation>
    </message>
    <message>
        <source>Rename {value}</source>
        <translation>Renommer {value}</translation>
    </message>
    <message>
        <source>New name (its tags follow):</source>
        <translation>Nouveau nom (ses étiquettes suivent) :</translation>
    </message>
    <message>
        <source>Merge {value}</source>
        <translation>Fusionner {value}</translation>
    </message>
    <message>
        <source>Merge into (its tags take that value, and {value} leaves the codebook):</source>
        <translation>Fusionner dans (ses étiquettes prennent cette valeur, et {value} quitte la grille de codage) :</translation>
    </message>
    <message>
        <source>Export the codebook</source>
        <translation>Exporter la grille de codage</translation>
    </message>
    <message>
        <source>HTML (*.html);;Markdown (*.md);;JSON, to import (*.json)</source>
        <translation>HTML (*.html);;Markdown (*.md);;JSON, à importer (*.json)</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Importer une grille de codage</translation>
    </message>
    <message>
        <source>Codebook (*.json)</source>
        <translation>Grille de codage (*.json)</translation>
    </message>
</context>
<context>
    <name>CrosstabView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>by columns</source>
        <translation>par colonnes</translation>
    </message>
    <message>
        <source>Choose two different variables.</source>
        <translation>Choisissez deux variables différentes.</translation>
    </message>
    <message>
        <source>Counts of sentences as coded by %1, with row percentages. A sentence with two sources counts once under each source type. Click a cell for its sentences.</source>
        <translation>Nombre de phrases telles que codées par %1, avec les pourcentages en ligne. Une phrase à deux sources compte une fois sous chaque type de source. Cliquez sur une case pour ses phrases.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DimensionForm</name>
    <message>
        <source>e.g. the ceasefire talks</source>
        <translation>p. ex. les pourparlers de cessez-le-feu</translation>
    </message>
    <message>
        <source>What the coder decides for this dimension, and how</source>
        <translation>Ce que le codeur décide pour cette dimension, et comment</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Judged toward</source>
        <translation>Jugée envers</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
</context>
<context>
    <name>Dimensions</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Verifiability</source>
        <translation>Vérifiabilité</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>Filter: words, outlet:…, author:…, date:2024-03</source>
        <translation>Filtrer : mots, outlet:…, author:…, date:2024-03</translation>
    </message>
    <message>
        <source>Words match the title, outlet or author. One field: outlet:monde, author:dumont, section:éco, lang:fr, title:port. Dates: date:2024-03 (a month), date:2024-03-01..2024-03-15 (a range). Quotes keep words together.</source>
        <translation>Les mots cherchent dans le titre, le média ou l&apos;auteur. Un champ : outlet:monde, author:dumont, section:éco, lang:fr, title:port. Dates : date:2024-03 (un mois), date:2024-03-01..2024-03-15 (une période). Les guillemets gardent les mots ensemble.</translation>
    </message>
    <message>
        <source>Edit title and metadata…</source>
        <translation>Modifier le titre et les métadonnées…</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
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
        <source>Tagged</source>
        <translation>Étiquetées</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>Document {id}</translation>
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
    <name>FigureCard</name>
    <message>
        <source>Review the disagreements</source>
        <translation>Réviser les désaccords</translation>
    </message>
    <message>
        <source>undefined (no variation)</source>
        <translation>indéfini (aucune variation)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Every sentence</source>
        <translation>Toutes les phrases</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Tagged by one only</source>
        <translation>Étiquetées par un seul</translation>
    </message>
    <message>
        <source>Tagged by two or more</source>
        <translation>Étiquetées par deux ou plus</translation>
    </message>
    <message>
        <source>Not yet adjudicated</source>
        <translation>Pas encore arbitrées</translation>
    </message>
    <message>
        <source>Show every disagreement again</source>
        <translation>Montrer de nouveau tous les désaccords</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>in</source>
        <translation>dans</translation>
    </message>
    <message>
        <source>every document</source>
        <translation>tous les documents</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>disagreeing on {name}</source>
        <translation>en désaccord sur {name}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this article: words, &quot;a phrase&quot;, prefix*</source>
        <translation>Chercher dans cet article : mots, &quot;une expression&quot;, préfixe*</translation>
    </message>
    <message>
        <source>Previous hit (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next hit (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Cannot read this search</source>
        <translation>Recherche illisible</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>GhostRow</name>
    <message>
        <source>Right-click, or Tab to the buttons and press Space, to decide on this suggestion alone</source>
        <translation>Clic droit, ou Tab jusqu&apos;aux boutons puis Espace, pour décider de cette seule suggestion</translation>
    </message>
    <message>
        <source>Chance that this suggestion is right</source>
        <translation>Probabilité que cette suggestion soit juste</translation>
    </message>
    <message>
        <source>Accept this suggestion</source>
        <translation>Accepter cette suggestion</translation>
    </message>
    <message>
        <source>Reject this suggestion</source>
        <translation>Rejeter cette suggestion</translation>
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
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Annotator projects (*.sqlite *.db);;All files (*)</source>
        <translation>Projets Annotator (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s project…</source>
        <translation>&amp;Fusionner le projet d&apos;un collègue…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Switch &amp;annotator…</source>
        <translation>Changer d&apos;&amp;annotateur…</translation>
    </message>
    <message>
        <source>Document &amp;metadata…</source>
        <translation>&amp;Métadonnées du document…</translation>
    </message>
    <message>
        <source>Document list</source>
        <translation>Liste des documents</translation>
    </message>
    <message>
        <source>Suggest for this &amp;document</source>
        <translation>Suggérer pour ce &amp;document</translation>
    </message>
    <message>
        <source>Suggest for a&amp;ll documents</source>
        <translation>Suggérer pour &amp;tous les documents</translation>
    </message>
    <message>
        <source>T&amp;rain classifiers now</source>
        <translation>&amp;Entraîner les classifieurs maintenant</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Annotator</source>
        <translation>À &amp;propos d&apos;Annotator</translation>
    </message>
    <message>
        <source>Switch annotator</source>
        <translation>Changer d&apos;annotateur</translation>
    </message>
    <message>
        <source>Annotator: {name}</source>
        <translation>Annotateur : {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Stance is judged toward (e.g. “the ceasefire talks”):</source>
        <translation>La position est jugée envers (p. ex. « les pourparlers de cessez-le-feu ») :</translation>
    </message>
    <message>
        <source>Select the source&apos;s words in the article first, then press S</source>
        <translation>Sélectionnez d&apos;abord les mots de la source dans l&apos;article, puis appuyez sur S</translation>
    </message>
    <message>
        <source>Loading the {lang} model</source>
        <translation>Chargement du modèle {lang}</translation>
    </message>
    <message>
        <source>spaCy: loading the {lang} model…</source>
        <translation>spaCy : chargement du modèle {lang}…</translation>
    </message>
    <message>
        <source>{lang}: rules only</source>
        <translation>{lang} : règles seules</translation>
    </message>
    <message>
        <source>spaCy ready ({model})</source>
        <translation>spaCy prêt ({model})</translation>
    </message>
    <message>
        <source>spaCy unavailable: {error}</source>
        <translation>spaCy indisponible : {error}</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Open or create a project before importing articles.</source>
        <translation>Ouvrez ou créez un projet avant d&apos;importer des articles.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Reading articles…</source>
        <translation>Lecture des articles…</translation>
    </message>
    <message>
        <source>{n} kind(s) of annotation in the imported file(s) could not be kept; the rest was imported.</source>
        <translation>{n} sorte(s) d&apos;annotation des fichiers importés n&apos;ont pas pu être gardées ; le reste a été importé.</translation>
    </message>
    <message>
        <source>Exported {count} records to {path}</source>
        <translation>{count} enregistrements exportés vers {path}</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed</source>
        <translation>Annulé ; rien n&apos;a changé</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>É&amp;tiquetage</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Review &amp;&amp; adjudicate…</source>
        <translation>&amp;Réviser et arbitrer…</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Accord…</translation>
    </message>
    <message>
        <source>&amp;Charts…</source>
        <translation>&amp;Graphiques…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Annotator projects (*.sqlite *.db);;All files (*)</source>
        <translation>Projets Annotator (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s project</source>
        <translation>Fusionner le projet d&apos;un collègue</translation>
    </message>
    <message>
        <source>Brings in the other file&apos;s tags, notes and flags under their annotators&apos; names. Articles are matched by their text, sentences by their position; where both files hold a different tag for the same annotator, yours is kept and the conflict is listed. The other file is only read, never changed. One step: Edit &gt; Undo takes the whole merge back.</source>
        <translation>Importe les étiquettes, notes et marques de l&apos;autre fichier sous le nom de leurs annotateurs. Les articles sont appariés par leur texte, les phrases par leur position ; quand les deux fichiers ont une étiquette différente pour le même annotateur, la vôtre est conservée et le conflit est listé. L&apos;autre fichier est seulement lu, jamais modifié. Une seule étape : Édition &gt; Annuler défait toute la fusion.</translation>
    </message>
    <message>
        <source>The colleague&apos;s project file (.sqlite)</source>
        <translation>Le fichier de projet du collègue (.sqlite)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotateur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Ours (kept) / theirs</source>
        <translation>Les nôtres (conservées) / les leurs</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The colleague&apos;s project</source>
        <translation>Le projet du collègue</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusion de {name}…</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is the project already open: choose your colleague&apos;s copy, not your own file.</source>
        <translation>C&apos;est le projet déjà ouvert : choisissez la copie de votre collègue, pas votre propre fichier.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>Annulé : rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>nothing (already merged?)</source>
        <translation>rien (déjà fusionné ?)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Added:&lt;/b&gt; {added}.</source>
        <translation>&lt;b&gt;Ajouté :&lt;/b&gt; {added}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conflicts:&lt;/b&gt; {n} (your tags were kept).</source>
        <translation>&lt;b&gt;Conflits :&lt;/b&gt; {n} (vos étiquettes ont été conservées).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Segmented differently:&lt;/b&gt; {documents} document(s); {tags} of their tags on sentences that do not exist here were left out.</source>
        <translation>&lt;b&gt;Segmentés autrement :&lt;/b&gt; {documents} document(s) ; {tags} de leurs étiquettes sur des phrases qui n&apos;existent pas ici ont été laissées de côté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unknown labels:&lt;/b&gt; {n} tag(s) with values this project&apos;s schema does not have were left out.</source>
        <translation>&lt;b&gt;Libellés inconnus :&lt;/b&gt; {n} étiquette(s) dont les valeurs n&apos;existent pas dans le schéma de ce projet ont été laissées de côté.</translation>
    </message>
    <message>
        <source>{n} unmatched</source>
        <translation>{n} sans correspondance</translation>
    </message>
    <message>
        <source>segmentation</source>
        <translation>segmentation</translation>
    </message>
    <message>
        <source>{n} tag(s) left out</source>
        <translation>{n} étiquette(s) laissée(s) de côté</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Note for the reviewer…</source>
        <translation>Note pour le réviseur…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your tags are saved under this name</source>
        <translation>Vos étiquettes sont enregistrées sous ce nom</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Also Ctrl+plus, Ctrl+minus and Ctrl+0 in the article</source>
        <translation>Aussi Ctrl+plus, Ctrl+moins et Ctrl+0 dans l’article</translation>
    </message>
    <message>
        <source>0 % (show every suggestion)</source>
        <translation>0 % (afficher toutes les suggestions)</translation>
    </message>
    <message>
        <source>Suggestions scored under this are not shown</source>
        <translation>Les suggestions de score inférieur ne sont pas affichées</translation>
    </message>
    <message>
        <source>After a short pause in typing</source>
        <translation>Après une courte pause dans la frappe</translation>
    </message>
    <message>
        <source>When I leave the note (Escape, Tab, a click)</source>
        <translation>Quand je quitte la note (Échap, Tab, un clic)</translation>
    </message>
    <message>
        <source>Annotator name:</source>
        <translation>Nom de l’annotateur :</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <source>Article text size:</source>
        <translation>Taille du texte de l’article :</translation>
    </message>
    <message>
        <source>Suggestion threshold:</source>
        <translation>Seuil des suggestions :</translation>
    </message>
    <message>
        <source>Save notes:</source>
        <translation>Enregistrer les notes :</translation>
    </message>
    <message>
        <source>Tags, flags and decisions are saved the moment you make them. A new interface language shows in the windows and dialogs opened from now on, and everywhere at the next start.</source>
        <translation>Les étiquettes, les marques et les décisions sont enregistrées dès que vous les faites. Une nouvelle langue d’interface s’affiche dans les fenêtres et dialogues ouverts désormais, et partout au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ProjectMenu</name>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Grille de codage…</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Find in all documents: words, &quot;a phrase&quot;, prefix*, OR, NOT (accents and case ignored)</source>
        <translation>Chercher dans tous les documents : mots, &quot;une expression&quot;, préfixe*, OR, NOT (accents et casse ignorés)</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>Tout annotateur</translation>
    </message>
    <message>
        <source>Any dimension</source>
        <translation>Toute dimension</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>Toute valeur</translation>
    </message>
    <message>
        <source>Any source type</source>
        <translation>Tout type de source</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marquée</translation>
    </message>
    <message>
        <source>Has a note</source>
        <translation>A une note</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Non étiquetée</translation>
    </message>
    <message>
        <source>Annotators disagree</source>
        <translation>Annotateurs en désaccord</translation>
    </message>
    <message>
        <source>Boilerplate too</source>
        <translation>Hors-article aussi</translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter</source>
        <translation>Tapez des mots à chercher, ou choisissez un filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n shown</source>
        <translation>
            <numerusform>la première affichée</numerusform>
            <numerusform>les %n premières affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Disagree</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>One coder</source>
        <translation>Un seul codeur</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Non étiquetée</translation>
    </message>
    <message>
        <source>(no {dimension})</source>
        <translation>(aucun(e) {dimension})</translation>
    </message>
    <message>
        <source>sources?</source>
        <translation>sources ?</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marquée</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Accept agreed tags</source>
        <translation>Accepter les étiquettes concordantes</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>Review — {name}</source>
        <translation>Révision — {name}</translation>
    </message>
    <message>
        <source>Choose the annotators to compare.</source>
        <translation>Choisissez les annotateurs à comparer.</translation>
    </message>
    <message>
        <source>Reading the sentences…</source>
        <translation>Lecture des phrases…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Last sentence in this list</source>
        <translation>Dernière phrase de cette liste</translation>
    </message>
    <message>
        <source>First sentence in this list</source>
        <translation>Première phrase de cette liste</translation>
    </message>
    <message>
        <source>Document {id}</source>
        <translation>Document {id}</translation>
    </message>
    <message>
        <source>{title} · sentence {n}</source>
        <translation>{title} · phrase {n}</translation>
    </message>
    <message>
        <source>Only {n} annotators are compared here</source>
        <translation>Seuls {n} annotateurs sont comparés ici</translation>
    </message>
    <message>
        <source>{name} has not tagged this sentence</source>
        <translation>{name} n&apos;a pas étiqueté cette phrase</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>Gold ← {name}&apos;s {what}</source>
        <translation>Référence ← {what} de {name}</translation>
    </message>
    <message>
        <source>Gold {dimension}: {value}</source>
        <translation>Référence {dimension} : {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Gold: no source</source>
        <translation>Référence : aucune source</translation>
    </message>
    <message>
        <source>Gold: all their sources</source>
        <translation>Référence : toutes leurs sources</translation>
    </message>
    <message>
        <source>{dimension} no longer decided</source>
        <translation>{dimension} n&apos;est plus décidé(e)</translation>
    </message>
    <message>
        <source>Reason saved</source>
        <translation>Motif enregistré</translation>
    </message>
    <message>
        <source>Compare at least two annotators first</source>
        <translation>Comparez d&apos;abord au moins deux annotateurs</translation>
    </message>
    <message>
        <source>Still reading the sentences…</source>
        <translation>Lecture des phrases en cours…</translation>
    </message>
    <message>
        <source>No agreed sentence is waiting for gold</source>
        <translation>Aucune phrase concordante n&apos;attend la référence</translation>
    </message>
    <message>
        <source>in “{title}”</source>
        <translation>dans « {title} »</translation>
    </message>
    <message>
        <source>in every document</source>
        <translation>dans tous les documents</translation>
    </message>
    <message>
        <source>Accept the agreed tags of {count} sentence(s) {where} into gold, decided by {reviewer}?

One step: Ctrl+Z undoes it.</source>
        <translation>Accepter comme référence les étiquettes concordantes de {count} phrase(s) {where}, décidées par {reviewer} ?

Une seule étape : Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>Accepting the agreed tags…</source>
        <translation>Acceptation des étiquettes concordantes…</translation>
    </message>
    <message>
        <source>Accept agreed</source>
        <translation>Accepter les concordances</translation>
    </message>
    <message>
        <source>Accepted the agreed tags of {n} sentence(s) into gold (Ctrl+Z undoes it)</source>
        <translation>Étiquettes concordantes de {n} phrase(s) acceptées comme référence (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>Annulé : {step}</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>Rétabli : {step}</translation>
    </message>
    <message>
        <source>{done} (Ctrl+Z undoes it)</source>
        <translation>{done} (Ctrl+Z l&apos;annule)</translation>
    </message>
    <message>
        <source>Choose your name first (Edit &gt; Switch annotator in the main window): decisions are recorded under the reviewer&apos;s name.</source>
        <translation>Choisissez d&apos;abord votre nom (Édition &gt; Changer d&apos;annotateur dans la fenêtre principale) : les décisions sont enregistrées au nom du réviseur.</translation>
    </message>
    <message>
        <source>{listed} listed · {disagree} disagree · {agree} agree · {single} one coder · {gold} with gold</source>
        <translation>{listed} listées · {disagree} en désaccord · {agree} concordantes · {single} un seul codeur · {gold} avec référence</translation>
    </message>
    <message>
        <source>Reviewer: {name}</source>
        <translation>Réviseur : {name}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Find in this article</source>
        <translation>Chercher dans cet article</translation>
    </message>
    <message>
        <source>Next hit (in the find bar: Enter)</source>
        <translation>Occurrence suivante (dans la barre de recherche : Entrée)</translation>
    </message>
    <message>
        <source>Previous hit (in the find bar: Shift+Enter)</source>
        <translation>Occurrence précédente (dans la barre de recherche : Maj+Entrée)</translation>
    </message>
    <message>
        <source>Find in all documents, by words and tags (Enter opens a hit)</source>
        <translation>Chercher dans tous les documents, par mots et étiquettes (Entrée ouvre une occurrence)</translation>
    </message>
</context>
<context>
    <name>SearchTools</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Last sentence</source>
        <translation>Dernière phrase</translation>
    </message>
    <message>
        <source>First sentence</source>
        <translation>Première phrase</translation>
    </message>
    <message>
        <source>Every sentence of this document is tagged</source>
        <translation>Toutes les phrases de ce document sont étiquetées</translation>
    </message>
    <message>
        <source>No suggestions to accept for this sentence</source>
        <translation>Aucune suggestion à accepter pour cette phrase</translation>
    </message>
    <message>
        <source>No suggestions to reject for this sentence</source>
        <translation>Aucune suggestion à rejeter pour cette phrase</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>Choose an annotator name first (Edit &gt; Switch annotator).</source>
        <translation>Choisissez d&apos;abord un nom d&apos;annotateur (Édition &gt; Changer d&apos;annotateur).</translation>
    </message>
    <message>
        <source>Saved: {step}</source>
        <translation>Enregistré : {step}</translation>
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
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>SuggestionJobs</name>
    <message>
        <source>Training classifiers</source>
        <translation>Entraînement des classifieurs</translation>
    </message>
    <message>
        <source>Suggesting for all documents</source>
        <translation>Suggestions pour tous les documents</translation>
    </message>
    <message>
        <source>Suggesting for this document</source>
        <translation>Suggestions pour ce document</translation>
    </message>
    <message>
        <source>{name} is open read-only</source>
        <translation>{name} est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Suggestions ready for {n} documents</source>
        <translation>Suggestions prêtes pour {n} documents</translation>
    </message>
    <message>
        <source>Suggestions ready for this document</source>
        <translation>Suggestions prêtes pour ce document</translation>
    </message>
    <message>
        <source>Suggestions are up to date</source>
        <translation>Les suggestions sont à jour</translation>
    </message>
    <message>
        <source>{name} {accuracy} on {n} sentences</source>
        <translation>{name} {accuracy} sur {n} phrases</translation>
    </message>
    <message>
        <source>Classifiers trained (cross-validated accuracy): </source>
        <translation>Classifieurs entraînés (exactitude en validation croisée) : </translation>
    </message>
    <message>
        <source>No classifier trained: </source>
        <translation>Aucun classifieur entraîné : </translation>
    </message>
    <message>
        <source>Classifiers: </source>
        <translation>Classifieurs : </translation>
    </message>
    <message>
        <source>Suggestions unavailable: {error}</source>
        <translation>Suggestions indisponibles : {error}</translation>
    </message>
    <message>
        <source>{job}: cancelled</source>
        <translation>{job} : annulé</translation>
    </message>
    <message>
        <source>source F1</source>
        <translation>F1 des sources</translation>
    </message>
    <message>
        <source> (not ahead of the rules&apos; {accuracy}: the rules stay)</source>
        <translation> (pas meilleur que les règles, {accuracy} : les règles restent)</translation>
    </message>
    <message>
        <source>training the {dimension} classifier</source>
        <translation>entraînement du classifieur {dimension}</translation>
    </message>
    <message>
        <source>suggesting with the new classifiers</source>
        <translation>suggestions avec les nouveaux classifieurs</translation>
    </message>
</context>
<context>
    <name>SuggestionThreshold</name>
    <message>
        <source>Suggestion threshold</source>
        <translation>Seuil des suggestions</translation>
    </message>
    <message>
        <source>Hide suggestions less likely than (%):</source>
        <translation>Masquer les suggestions de probabilité inférieure à (%) :</translation>
    </message>
    <message>
        <source>Suggestion &amp;threshold…</source>
        <translation>&amp;Seuil des suggestions…</translation>
    </message>
</context>
<context>
    <name>SuggestionsBox</name>
    <message>
        <source>No suggestions for this sentence.</source>
        <translation>Aucune suggestion pour cette phrase.</translation>
    </message>
    <message>
        <source>Enter accepts all · Backspace rejects all</source>
        <translation>Entrée accepte tout · Retour arrière rejette tout</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden under your threshold</source>
        <translation>
            <numerusform>%n masquée sous votre seuil</numerusform>
            <numerusform>%n masquées sous votre seuil</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions ({n})</source>
        <translation>Suggestions ({n})</translation>
    </message>
    <message>
        <source>{kind} quote</source>
        <translation>citation {kind}</translation>
    </message>
    <message>
        <source>via {via}</source>
        <translation>via {via}</translation>
    </message>
    <message>
        <source>Source: {text}</source>
        <translation>Source : {text}</translation>
    </message>
    <message>
        <source>already one of your sources</source>
        <translation>déjà l&apos;une de vos sources</translation>
    </message>
    <message>
        <source>yours: {value}, kept by Enter</source>
        <translation>la vôtre : {value}, conservée par Entrée</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>classifieur</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>règle</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>No sentence</source>
        <translation>Aucune phrase</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Verifiability</source>
        <translation>Vérifiabilité</translation>
    </message>
    <message>
        <source>Type given to the next source added with S</source>
        <translation>Type donné à la prochaine source ajoutée avec S</translation>
    </message>
    <message>
        <source>Add selection</source>
        <translation>Ajouter la sélection</translation>
    </message>
    <message>
        <source>Select the source&apos;s words in the article, then press S</source>
        <translation>Sélectionnez les mots de la source dans l&apos;article, puis appuyez sur S</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected source (Delete)</source>
        <translation>Retirer la source sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Suivante :</translation>
    </message>
    <message>
        <source>No source: the author&apos;s own voice.</source>
        <translation>Aucune source : la voix propre de l&apos;auteur.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>To discuss</source>
        <translation>À discuter</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Hors-article</translation>
    </message>
    <message>
        <source>Not part of the article: greyed, skipped, not exported</source>
        <translation>Hors de l&apos;article : grisé, sauté, non exporté</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sentence {number} of {total}</source>
        <translation>Phrase {number} sur {total}</translation>
    </message>
    <message>
        <source>Segment {n}</source>
        <translation>Segment {n}</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>intertitre</translation>
    </message>
    <message>
        <source>boilerplate</source>
        <translation>hors-article</translation>
    </message>
    <message>
        <source>toward “{target}”</source>
        <translation>envers « {target} »</translation>
    </message>
</context>
<context>
    <name>UsefulQueue</name>
    <message>
        <source>No untagged sentence with an uncertain suggestion: suggest for all documents, or tag on in reading order</source>
        <translation>Aucune phrase non étiquetée n’a de suggestion incertaine : lancez les suggestions pour tous les documents, ou continuez dans l’ordre de lecture</translation>
    </message>
    <message>
        <source>Most useful next: the models are {0:.0%} unsure of this sentence</source>
        <translation>La plus utile ensuite : les modèles sont incertains à {0:.0%} sur cette phrase</translation>
    </message>
</context>
<context>
    <name>ValueButtons</name>
    <message>
        <source>Tagged “{label}”, a retired value</source>
        <translation>Étiqueté « {label} », une valeur hors d&apos;usage</translation>
    </message>
</context>
<context>
    <name>ValueForm</name>
    <message>
        <source>One letter, digit or sign; it sets this value on the current sentence</source>
        <translation>Une lettre, un chiffre ou un signe ; il pose cette valeur sur la phrase courante</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>When does a sentence get this value?</source>
        <translation>Quand une phrase reçoit-elle cette valeur ?</translation>
    </message>
    <message>
        <source>One example sentence per line</source>
        <translation>Une phrase d&apos;exemple par ligne</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Défaire les modifications</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Colour of {value}</source>
        <translation>Couleur de {value}</translation>
    </message>
</context>
<context>
    <name>keymap</name>
    <message>
        <source>Accept the sentence&apos;s suggestions</source>
        <translation>Accepter les suggestions de la phrase</translation>
    </message>
    <message>
        <source>Adopt annotator 1&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 1 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 2&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 2 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 3&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 3 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 4&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 4 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 5&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 5 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 6&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 6 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 7&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 7 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 8&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 8 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>Adopt annotator 9&apos;s tags into gold, then move on</source>
        <translation>Adopter les étiquettes de l&apos;annotateur 9 comme référence, puis avancer</translation>
    </message>
    <message>
        <source>One word less (nothing selected: from the sentence&apos;s end)</source>
        <translation>Un mot de moins (rien de sélectionné : depuis la fin de la phrase)</translation>
    </message>
    <message>
        <source>Reject the sentence&apos;s suggestions</source>
        <translation>Rejeter les suggestions de la phrase</translation>
    </message>
    <message>
        <source>Accept all agreed into gold…</source>
        <translation>Accepter tous les accords comme référence…</translation>
    </message>
    <message>
        <source>Add the selected text as a source</source>
        <translation>Ajouter le texte sélectionné comme source</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Leave a field (note, filter, list): keys act on the article</source>
        <translation>Quitter un champ (note, filtre, liste) : les touches agissent sur l&apos;article</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacement</translation>
    </message>
    <message>
        <source>Next most useful sentence (the models are least sure of it)</source>
        <translation>Phrase la plus utile suivante (celle dont les modèles sont le moins sûrs)</translation>
    </message>
    <message>
        <source>Next most useful sentence in this document</source>
        <translation>Phrase la plus utile suivante dans ce document</translation>
    </message>
    <message>
        <source>Next sentence in the list</source>
        <translation>Phrase suivante de la liste</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>Phrase suivante</translation>
    </message>
    <message>
        <source>Next untagged sentence</source>
        <translation>Phrase non étiquetée suivante</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Previous sentence in the list</source>
        <translation>Phrase précédente de la liste</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>Phrase précédente</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Review window</source>
        <translation>Fenêtre de révision</translation>
    </message>
    <message>
        <source>Select one more word of the sentence (then S)</source>
        <translation>Sélectionner un mot de plus de la phrase (puis S)</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquetage</translation>
    </message>
    <message>
        <source>The article at its usual size</source>
        <translation>L’article à sa taille habituelle</translation>
    </message>
    <message>
        <source>Toggle boilerplate</source>
        <translation>Basculer hors-article</translation>
    </message>
    <message>
        <source>Toggle the “to discuss” flag</source>
        <translation>Basculer la marque « à discuter »</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Zoom the article in</source>
        <translation>Agrandir le texte de l’article</translation>
    </message>
    <message>
        <source>Zoom the article out</source>
        <translation>Réduire le texte de l’article</translation>
    </message>
</context>
</TS>
