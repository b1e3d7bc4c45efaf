<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActivityBuilder</name>
    <message>
        <source>no window activity was recorded on host &quot;%1&quot;</source>
        <translation>aucune activité de fenêtre n&apos;a été enregistrée sur l&apos;hôte «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ActivityCsvExporter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>Impossible d&apos;écrire le CSV&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ActivitySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>rien à rechercher</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>expression régulière non valide «&#xa0;%1&#xa0;»&#xa0;: %2 à la position %3</translation>
    </message>
</context>
<context>
    <name>AlwaysActiveRules</name>
    <message>
        <source>not a valid regular expression</source>
        <translation>expression régulière non valide</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the desktop&apos;s Background portal</source>
        <translation>le portail Background du bureau</translation>
    </message>
    <message>
        <source>No session bus, so the Background portal cannot be asked.</source>
        <translation>Aucun bus de session, le portail Background ne peut donc pas être sollicité.</translation>
    </message>
    <message>
        <source>Stint records your activity from the moment you log in.</source>
        <translation>Stint enregistre votre activité dès l&apos;ouverture de votre session.</translation>
    </message>
    <message>
        <source>The Background portal refused the request: %1</source>
        <translation>Le portail Background a refusé la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Background portal did not answer.</source>
        <translation>Le portail Background n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Starting at login was not allowed (the request was denied or cancelled).</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas été autorisé (demande refusée ou annulée).</translation>
    </message>
    <message>
        <source>The desktop did not allow Stint to start at login.</source>
        <translation>Le bureau n&apos;a pas autorisé Stint à démarrer à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>The desktop kept Stint starting at login.</source>
        <translation>Le bureau a maintenu le démarrage de Stint à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>Records which application has your attention</source>
        <translation>Enregistre l&apos;application qui retient votre attention</translation>
    </message>
    <message>
        <source>Cannot change the registry value %1.</source>
        <translation>Impossible de modifier la valeur de registre %1.</translation>
    </message>
    <message>
        <source>Stint cannot start at login: %1</source>
        <translation>Stint ne peut pas démarrer à l&apos;ouverture de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stint cannot stop starting at login: %1</source>
        <translation>Stint ne peut pas désactiver le démarrage à l&apos;ouverture de session&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AwExporter</name>
    <message>
        <source>There is no bucket &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun bucket «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le bucket «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;export&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AwImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file ends too early (expected &apos;%1&apos;)</source>
        <translation>le fichier se termine trop tôt (&apos;%1&apos; attendu)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>the file ends inside a value that starts at %1</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;une valeur commençant à %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>clé entre guillemets doubles attendue</translation>
    </message>
    <message>
        <source>this is not an ActivityWatch export: it has no &quot;buckets&quot;</source>
        <translation>ceci n&apos;est pas un export ActivityWatch&#xa0;: il ne contient pas de &quot;buckets&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the export</source>
        <translation>texte inattendu après l&apos;export</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: %2</source>
        <translation>bucket «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>un événement doit être un objet JSON</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event %2: %3</source>
        <translation>bucket «&#xa0;%1&#xa0;», événement %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not an ActivityWatch database (no buckets table: %2)</source>
        <translation>%1 n&apos;est pas une base de données ActivityWatch (pas de table buckets&#xa0;: %2)</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: &apos;created&apos; is not a date: %2</source>
        <translation>bucket «&#xa0;%1&#xa0;»&#xa0;: &apos;created&apos; n&apos;est pas une date&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the events of &apos;%1&apos;: %2</source>
        <translation>Impossible de lire les événements de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2 ends before it starts</source>
        <translation>bucket «&#xa0;%1&#xa0;», l&apos;événement à %2 se termine avant de commencer</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its %2 is not valid UTF-8</source>
        <translation>bucket «&#xa0;%1&#xa0;»&#xa0;: son champ %2 n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its data cannot be kept as it is: %2</source>
        <translation>bucket «&#xa0;%1&#xa0;»&#xa0;: Stint ne peut pas conserver ses données telles quelles&#xa0;: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: its data cannot be kept as it is: %3</source>
        <translation>bucket «&#xa0;%1&#xa0;», événement à %2&#xa0;: Stint ne peut pas conserver ses données telles quelles&#xa0;: %3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>Le fichier ne peut pas être importé tel quel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>category %1 (&quot;%2&quot;)</source>
        <translation>catégorie %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a list of non-empty strings</source>
        <translation>&quot;name&quot; doit être une liste de chaînes non vides</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty list of strings</source>
        <translation>&quot;name&quot; doit être une liste non vide de chaînes</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be an object</source>
        <translation>&quot;rule&quot; doit être un objet</translation>
    </message>
    <message>
        <source>a regex rule needs a non-empty &quot;regex&quot; string</source>
        <translation>une règle regex nécessite une chaîne &quot;regex&quot; non vide</translation>
    </message>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>regex non valide «&#xa0;%1&#xa0;»&#xa0;: %2 à la position %3</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot; (known: regex, none)</source>
        <translation>type de règle inconnu «&#xa0;%1&#xa0;» (types connus&#xa0;: regex, none)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be an object</source>
        <translation>&quot;data&quot; doit être un objet</translation>
    </message>
    <message>
        <source>categories must be a JSON list of rules, or an object with a &quot;categories&quot; list</source>
        <translation>les catégories doivent être une liste JSON de règles, ou un objet contenant une liste &quot;categories&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Reads what Stint has recorded.</source>
        <translation>Lit ce que Stint a enregistré.</translation>
    </message>
    <message>
        <source>Print JSON (ActivityWatch&apos;s format).</source>
        <translation>Afficher en JSON (format d&apos;ActivityWatch).</translation>
    </message>
    <message>
        <source>Only events that end at or after &lt;time&gt;.</source>
        <translation>Seulement les événements qui se terminent à &lt;time&gt; ou après.</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>Only events that start at or before &lt;time&gt;.</source>
        <translation>Seulement les événements qui commencent à &lt;time&gt; ou avant.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; events (summary: rows, default 10).</source>
        <translation>Au plus &lt;n&gt; événements (summary&#xa0;: lignes, 10 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>n</translation>
    </message>
    <message>
        <source>date</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>date</translation>
    </message>
    <message>
        <source>summary: the whole week.</source>
        <translation>summary&#xa0;: toute la semaine.</translation>
    </message>
    <message>
        <source>summary: the whole month.</source>
        <translation>summary&#xa0;: tout le mois.</translation>
    </message>
    <message>
        <source>summary: the whole year.</source>
        <translation>summary&#xa0;: toute l&apos;année.</translation>
    </message>
    <message>
        <source>summary: group by app, title, category or domain.</source>
        <translation>summary&#xa0;: regrouper par app, title, category ou domain.</translation>
    </message>
    <message>
        <source>what</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>what</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>host</translation>
    </message>
    <message>
        <source>export: only this bucket (repeat for more).</source>
        <translation>export&#xa0;: seulement ce bucket (répéter pour en ajouter).</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>id</translation>
    </message>
    <message>
        <source>export: json (default) or csv.</source>
        <translation>export&#xa0;: json (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Cannot read the time &apos;%1&apos;; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>Impossible de lire l&apos;heure &apos;%1&apos;&#xa0;; utilisez RFC 3339 ou AAAA-MM-JJ[THH:MM[:SS]].</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit attend un nombre entier supérieur ou égal à 0, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>Commande inconnue ou arguments incorrects&#xa0;: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>PREMIER</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>DERNIER</translation>
    </message>
    <message>
        <source>START</source>
        <translation>DÉBUT</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DONNÉES</translation>
    </message>
    <message>
        <source>--by takes app, title, category or domain, not &apos;%1&apos;.</source>
        <translation>--by attend app, title, category ou domain, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one period: --date, --week, --month, --year, or --start and --end.</source>
        <translation>Choisissez une seule période&#xa0;: --date, --week, --month, --year, ou --start et --end.</translation>
    </message>
    <message>
        <source>Cannot read the date &apos;%1&apos;; use YYYY-MM-DD.</source>
        <translation>Impossible de lire la date &apos;%1&apos;&#xa0;; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>A custom period needs both --start and --end, with the end after the start.</source>
        <translation>Une période personnalisée nécessite --start et --end, la fin étant postérieure au début.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 active</source>
        <translation>du %1 au %2&#xa0;: %3 d&apos;activité</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>, %1 en pause</translation>
    </message>
    <message>
        <source>, productivity %1</source>
        <translation>, productivité %1</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TEMPS</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PART</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APPLICATION</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The categories were not stored: %1</source>
        <translation>Les catégories n&apos;ont pas été enregistrées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>%n catégorie importée.</numerusform>
            <numerusform>%n catégories importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COULEUR</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RÈGLE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>%n catégorie exportée.</numerusform>
            <numerusform>%n catégories exportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: categories, categories export FILE or categories import FILE.</source>
        <translation>Utilisation&#xa0;: categories, categories export FICHIER ou categories import FICHIER.</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &apos;%1&apos;.</source>
        <translation>--format attend json ou csv, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--bucket applies to the JSON export; the CSV is the combined activity.</source>
        <translation>--bucket s&apos;applique à l&apos;export JSON&#xa0;; le CSV contient l&apos;activité combinée.</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end ne doit pas précéder --start.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>Impossible de lire %1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>The import could not be committed: %1</source>
        <translation>L&apos;import n&apos;a pas pu être validé&#xa0;: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>no database yet: nothing has been recorded in this location</source>
        <translation>pas encore de base de données&#xa0;: rien n&apos;a été enregistré à cet emplacement</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)</source>
        <translation>version du schéma&#xa0;: %1 (cette version&#xa0;: %2)</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>mode de journalisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>note: the database is not in WAL mode; readers may wait for commits</source>
        <translation>remarque&#xa0;: la base de données n&apos;est pas en mode WAL&#xa0;; les lecteurs peuvent devoir attendre les validations</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>intégrité&#xa0;: ok</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>intégrité&#xa0;: %n problème</numerusform>
            <numerusform>intégrité&#xa0;: %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>gnome-extension takes &apos;install&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>gnome-extension attend &apos;install&apos; ou &apos;status&apos;, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>  gnome-extension install|status   install Stint&apos;s GNOME Shell extension (it shows Stint the
                                   focused window on GNOME), or tell whether it runs
</source>
        <translation>  gnome-extension install|status   installer l&apos;extension GNOME Shell de Stint (elle indique à
                                   Stint la fenêtre active sous GNOME), ou indiquer si elle tourne
</translation>
    </message>
    <message>
        <source>Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).
</source>
        <translation>Heures T&#xa0;: RFC 3339 (2026-11-24T09:30:00Z) ou locales (2026-11-24, 2026-11-24T09:30).
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>%n ligne d&apos;activité exportée.</numerusform>
            <numerusform>%n lignes d&apos;activité exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>... %n événement lu</numerusform>
            <numerusform>... %n événements lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>%n événement exporté (buckets&#xa0;: %1).</numerusform>
            <numerusform>%n événements exportés (buckets&#xa0;: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>autostart takes &apos;enable&apos;, &apos;disable&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>autostart attend &apos;enable&apos;, &apos;disable&apos; ou &apos;status&apos;, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Stint will start at login (%1).</source>
        <translation>Stint démarrera à l&apos;ouverture de session (%1).</translation>
    </message>
    <message>
        <source>Stint will not start at login.</source>
        <translation>Stint ne démarrera pas à l&apos;ouverture de session.</translation>
    </message>
    <message>
        <source>problem: there is no file %1</source>
        <translation>problème&#xa0;: le fichier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement sauvegardé dans %1.</numerusform>
            <numerusform>%n événements sauvegardés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>api allow: yes, let every page of this web site read and write activity.</source>
        <translation>api allow&#xa0;: oui, laisser chaque page de ce site lire et écrire l&apos;activité.</translation>
    </message>
    <message>
        <source>Use: api origins, api allow ORIGIN or api disallow ORIGIN.</source>
        <translation>Utilisation&#xa0;: api origins, api allow ORIGINE ou api disallow ORIGINE.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>ALLOWED BY</source>
        <translation>AUTORISÉE PAR</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin: give it as scheme://host[:port], e.g. chrome-extension://&lt;id&gt;, as Settings or Stint&apos;s log shows it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une origine&#xa0;: indiquez-la sous la forme schéma://hôte[:port], p.&#xa0;ex. chrome-extension://&lt;id&gt;, comme l&apos;affichent les Paramètres ou le journal de Stint.</translation>
    </message>
    <message>
        <source>%1 is not a browser extension: any page from it could then write and read your activity data. Add --yes if that is what you want.</source>
        <translation>%1 n&apos;est pas une extension de navigateur&#xa0;: n&apos;importe quelle page de ce site pourrait alors écrire et lire vos données d&apos;activité. Ajoutez --yes si c&apos;est ce que vous voulez.</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1 est déjà autorisée.</translation>
    </message>
    <message>
        <source>%1 was not added, so there is nothing to disallow (built-in origins and patterns stay).</source>
        <translation>%1 n&apos;a pas été ajoutée, il n&apos;y a donc rien à retirer (les origines et motifs intégrés restent).</translation>
    </message>
    <message>
        <source>The setting was not stored: %1</source>
        <translation>Le paramètre n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allowed %1.</source>
        <translation>%1 autorisée.</translation>
    </message>
    <message>
        <source>Disallowed %1.</source>
        <translation>%1 n&apos;est plus autorisée.</translation>
    </message>
    <message>
        <source>The running Stint applies it now.</source>
        <translation>L&apos;instance de Stint en cours l&apos;applique dès maintenant.</translation>
    </message>
    <message>
        <source>Stint applies it when it starts.</source>
        <translation>Stint l&apos;appliquera à son démarrage.</translation>
    </message>
    <message>
        <source>summary: the day &lt;date&gt; (YYYY-MM-DD); trends: the last day.</source>
        <translation>summary&#xa0;: le jour &lt;date&gt; (AAAA-MM-JJ)&#xa0;; trends&#xa0;: le dernier jour.</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; weeks (default 12).</source>
        <translation>trends&#xa0;: les &lt;n&gt; dernières semaines (12 par défaut).</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; months.</source>
        <translation>trends&#xa0;: les &lt;n&gt; derniers mois.</translation>
    </message>
    <message>
        <source>Choose one span: --weeks or --months.</source>
        <translation>Choisissez une seule période&#xa0;: --weeks ou --months.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 attend un nombre entier de 1 à %2, pas &apos;%3&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>du %1 au %2&#xa0;: %3 d&apos;activité, %4 par rapport au %n jour précédent</numerusform>
            <numerusform>du %1 au %2&#xa0;: %3 d&apos;activité, %4 par rapport aux %n jours précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily average %1, busiest day %2, productivity %3</source>
        <translation>Moyenne quotidienne %1, jour le plus chargé %2, productivité %3</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>SEMAINE DU</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MOIS</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>AVANT</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÉVOLUTION</translation>
    </message>
    <message>
        <source>Commands:
  buckets [--json]                 list buckets with their first/last event and count
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   list a bucket&apos;s events, newest first
  check [FILE]                     check the database, or the database file FILE (a backup):
                                   integrity, schema version, journal mode; exits with 1
                                   on a problem
  backup FILE                      write a consistent copy of the database to FILE, also
                                   while Stint is recording; one file, checked
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   where the active time went (today by default; --date
                                   picks the day, or the week/month/year containing it)
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   active time per week or month and top-level category,
                                   the productivity score, and the change against the span
                                   before (the last 12 weeks up to today, or up to D)
  search TEXT [--regex] [--from D] [--to D] [--json]
                                   active time whose app, window title or URL contains TEXT
                                   (or matches the regular expression), by app and title,
                                   with when it was first and last seen; the whole history,
                                   or from the day or time D on and up to D
  goals [--date D] [--json]        progress of the goals: the day&apos;s (today or D) and its
                                   week&apos;s
  categories [export FILE | import FILE]
                                   list the categories, or write/read ActivityWatch&apos;s file
  export [FILE] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   ActivityWatch&apos;s export JSON (every bucket, or those
                                   given), or CSV of the active time; to standard output
                                   without FILE; a range clips events to it
  import FILE                      an ActivityWatch export (.json) or aw-server-rust&apos;s
                                   sqlite.db; events already stored are skipped
  autostart enable|disable|status  start Stint (minimized) when you log in, stop doing so,
                                   or print &apos;enabled&apos; or &apos;disabled&apos;
  api origins [--json]             the origins (browser extensions, pages) the HTTP API lets in
  api allow ORIGIN [--yes]         let an origin in, e.g. chrome-extension://&lt;id&gt;; an
                                   http(s):// site needs --yes
  api disallow ORIGIN              stop letting an origin in that you added
  sync status [--json]             the sync folder and the computers in it
  sync now [--json]                sync with the folder now (through the running Stint,
                                   or on its own when none runs)
  stopwatch start LABEL | stop | status [--json]
                                   start a named timer (stopping the running one), stop it,
                                   or show what runs; aw-webui&apos;s stopwatch shows the same
  entry add --start T --end T LABEL
                                   add time spent away from the computer by hand
</source>
        <extracomment>stint-cli&apos;s list of commands; translate the descriptions, keep the commands and options</extracomment>
        <translation>Commandes&#xa0;:
  buckets [--json]                 lister les buckets avec leur premier/dernier événement et leur nombre
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   lister les événements d&apos;un bucket, les plus récents d&apos;abord
  check [FICHIER]                  vérifier la base de données, ou le fichier de base de données
                                   FICHIER (une sauvegarde)&#xa0;: intégrité, version du schéma, mode de
                                   journalisation&#xa0;; se termine avec 1 en cas de problème
  backup FICHIER                   écrire une copie cohérente de la base de données dans FICHIER,
                                   même pendant que Stint enregistre&#xa0;; un seul fichier, vérifié
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   où est passé le temps actif (aujourd&apos;hui par défaut&#xa0;; --date choisit
                                   le jour, ou la semaine/le mois/l&apos;année qui le contient)
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   temps actif par semaine ou par mois et par catégorie de premier
                                   niveau, le score de productivité, et l&apos;évolution par rapport à la
                                   période précédente (les 12 dernières semaines jusqu&apos;à aujourd&apos;hui,
                                   ou jusqu&apos;à D)
  search TEXTE [--regex] [--from D] [--to D] [--json]
                                   le temps actif dont l&apos;application, le titre de fenêtre ou l&apos;URL
                                   contient TEXTE (ou correspond à l&apos;expression régulière), par
                                   application et par titre, avec la première et la dernière
                                   apparition&#xa0;; tout l&apos;historique, ou à partir du jour ou de l&apos;heure D
                                   et jusqu&apos;à D
  goals [--date D] [--json]        progression des objectifs&#xa0;: ceux du jour (aujourd&apos;hui ou D) et
                                   ceux de sa semaine
  categories [export FICHIER | import FICHIER]
                                   lister les catégories, ou écrire/lire le fichier d&apos;ActivityWatch
  export [FICHIER] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   le JSON d&apos;export d&apos;ActivityWatch (tous les buckets, ou ceux
                                   indiqués), ou un CSV du temps actif&#xa0;; sur la sortie standard sans
                                   FICHIER&#xa0;; une période y limite les événements
  import FICHIER                   un export ActivityWatch (.json) ou le sqlite.db d&apos;aw-server-rust&#xa0;;
                                   les événements déjà enregistrés sont ignorés
  autostart enable|disable|status  lancer Stint (réduit) à l&apos;ouverture de session, ne plus le
                                   faire, ou afficher &apos;enabled&apos; ou &apos;disabled&apos;
  api origins [--json]             les origines (extensions de navigateur, pages) que l&apos;API HTTP
                                   laisse entrer
  api allow ORIGINE [--yes]        laisser entrer une origine, p. ex. chrome-extension://&lt;id&gt;&#xa0;;
                                   un site http(s):// nécessite --yes
  api disallow ORIGINE             ne plus laisser entrer une origine que vous avez ajoutée
  sync status [--json]             le dossier de synchronisation et les ordinateurs qu&apos;il contient
  sync now [--json]                synchroniser avec le dossier maintenant (via l&apos;instance de Stint
                                   en cours d&apos;exécution, ou seul si aucune ne tourne)
  stopwatch start LIBELLÉ | stop | status [--json]
                                   démarrer un minuteur nommé (en arrêtant celui en cours), l&apos;arrêter,
                                   ou afficher ce qui tourne&#xa0;; le chronomètre d&apos;aw-webui affiche la
                                   même chose
  entry add --start T --end T LIBELLÉ
                                   ajouter à la main du temps passé loin de l&apos;ordinateur
</translation>
    </message>
    <message>
        <source>summary, trends: only this host, or all (the default): every host combined, each moment counted once, this computer&apos;s first.</source>
        <translation>summary, trends&#xa0;: uniquement cet hôte, ou all (par défaut)&#xa0;: tous les hôtes réunis, chaque instant compté une seule fois, cet ordinateur en premier.</translation>
    </message>
    <message>
        <source>search: TEXT is a regular expression.</source>
        <translation>search&#xa0;: TEXTE est une expression régulière.</translation>
    </message>
    <message>
        <source>search: from this day or time on.</source>
        <translation>search&#xa0;: à partir de ce jour ou de cette heure.</translation>
    </message>
    <message>
        <source>search: up to the end of this day, or this time.</source>
        <translation>search&#xa0;: jusqu&apos;à la fin de ce jour, ou jusqu&apos;à cette heure.</translation>
    </message>
    <message>
        <source>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry or gnome-extension</source>
        <translation>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry ou gnome-extension</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>au plus %1 par jour</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>au plus %1 par semaine</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>au moins %1 par jour</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>au moins %1 par semaine</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>limite dépassée</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>encore %1 à faire</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <extracomment>stint-cli goals: &quot;Social: 42 min of at most 30 min a day, over the limit&quot;</extracomment>
        <translation>%1&#xa0;: %2 sur %3, %4</translation>
    </message>
    <message>
        <source>No goals set (Settings → Goals in Stint&apos;s window).</source>
        <translation>Aucun objectif défini (Paramètres → Objectifs dans la fenêtre de Stint).</translation>
    </message>
    <message>
        <source>Day of %1:</source>
        <translation>Journée du %1&#xa0;:</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>Semaine du %1&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>Recherche impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>La fin de la période doit venir après son début.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n résultat, %1 d&apos;activité</numerusform>
            <numerusform>%n résultats, %1 d&apos;activité</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1, last seen %2</source>
        <translation>vu pour la première fois %1, pour la dernière fois %2</translation>
    </message>
    <message>
        <source>Use: sync status or sync now.</source>
        <translation>Utilisation&#xa0;: sync status ou sync now.</translation>
    </message>
    <message>
        <source>Sync is off: choose a folder in Settings &gt; Data or start Stint with --sync-dir FOLDER.</source>
        <translation>La synchronisation est désactivée&#xa0;: choisissez un dossier dans Paramètres &gt; Données ou lancez Stint avec --sync-dir DOSSIER.</translation>
    </message>
    <message>
        <source>The running Stint synced.</source>
        <translation>L&apos;instance de Stint en cours d&apos;exécution a synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>%1 écrit (%n événement nouveau ou mis à jour).</numerusform>
            <numerusform>%1 écrit (%n événements nouveaux ou mis à jour).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): no database file yet.</source>
        <translation>%1 (%2)&#xa0;: pas encore de fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 (%2): up to date.</source>
        <translation>%1 (%2)&#xa0;: à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: %n événement copié.</numerusform>
            <numerusform>%1 (%2)&#xa0;: %n événements copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>La synchronisation est désactivée.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>Dossier de synchronisation&#xa0;: %1 (intervalle de %n seconde)</numerusform>
            <numerusform>Dossier de synchronisation&#xa0;: %1 (intervalle de %n secondes)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer: %1, device %2</source>
        <translation>Cet ordinateur&#xa0;: %1, appareil %2</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(pas encore synchronisé)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>pas encore de fichier de base de données</translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>fichier modifié %1, %n événement copié ici</numerusform>
            <numerusform>fichier modifié %1, %n événements copiés ici</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (masqué)</translation>
    </message>
    <message>
        <source>Waiting for another stint-cli to finish writing...</source>
        <translation>En attente de la fin de l&apos;écriture d&apos;un autre stint-cli...</translation>
    </message>
    <message>
        <source>a Stint holds the database but does not answer</source>
        <translation>une instance de Stint détient la base de données mais ne répond pas</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DBusIdleBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>aucun bus de session D-Bus</translation>
    </message>
    <message>
        <source>cannot read the idle time: %1</source>
        <translation>impossible de lire le temps d&apos;inactivité&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of %1.</source>
        <translation>Conserver la base de données dans &lt;dir&gt; au lieu de %1.</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>the value name in --help: --data-dir &lt;dir&gt;</extracomment>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use a separate testing database (stint-testing.db).</source>
        <translation>Utiliser une base de données de test distincte (stint-testing.db).</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 est la base de données elle-même</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot copy the database to %1: %2</source>
        <translation>impossible de copier la base de données vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>la copie n&apos;a pas réussi la vérification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds, short</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>a duration in minutes, short</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>a duration in hours, short</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration in hours and minutes, short</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>0 %</source>
        <extracomment>a share of the active time</extracomment>
        <translation>0&#xa0;%</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt;&#xa0;1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>EventOps</name>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>regex non valide «&#xa0;%1&#xa0;»&#xa0;: %2 à la position %3</translation>
    </message>
</context>
<context>
    <name>GnomeExtension</name>
    <message>
        <source>Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). Install it with &apos;stint-cli gnome-extension install&apos;, log out and back in, then enable it with &apos;gnome-extensions enable %1&apos; or in the Extensions app.</source>
        <translation>Stint suit la fenêtre active sous GNOME grâce à son extension GNOME Shell (GNOME 45 ou ultérieur). Installez-la avec &apos;stint-cli gnome-extension install&apos;, fermez puis rouvrez votre session, puis activez-la avec &apos;gnome-extensions enable %1&apos; ou dans l&apos;application Extensions.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>This build of Stint lacks the extension file %1.</source>
        <translation>Cette version de Stint ne contient pas le fichier d&apos;extension %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Installed Stint&apos;s GNOME Shell extension into %1.
Log out and back in so GNOME Shell finds it, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Extension GNOME Shell de Stint installée dans %1.
Fermez puis rouvrez votre session pour que GNOME Shell la trouve, puis activez-la avec &apos;gnome-extensions enable %2&apos; (ou dans l&apos;application Extensions).</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is not installed (%1). %2</source>
        <translation>L&apos;extension GNOME Shell de Stint n&apos;est pas installée (%1). %2</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension in %1 differs from the one this Stint ships: run &apos;stint-cli gnome-extension install&apos; again, then log out and back in.</source>
        <translation>L&apos;extension GNOME Shell de Stint dans %1 diffère de celle fournie avec ce Stint&#xa0;: exécutez de nouveau &apos;stint-cli gnome-extension install&apos;, puis fermez et rouvrez votre session.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 and running.</source>
        <translation>L&apos;extension GNOME Shell de Stint est installée dans %1 et fonctionne.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 but not running: log out and back in, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>L&apos;extension GNOME Shell de Stint est installée dans %1 mais ne fonctionne pas&#xa0;: fermez puis rouvrez votre session, puis activez-la avec &apos;gnome-extensions enable %2&apos; (ou dans l&apos;application Extensions).</translation>
    </message>
</context>
<context>
    <name>GnomeShellWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>aucun bus de session D-Bus</translation>
    </message>
    <message>
        <source>cannot subscribe to %1.Changed: %2</source>
        <translation>impossible de s&apos;abonner à %1.Changed&#xa0;: %2</translation>
    </message>
    <message>
        <source>GNOME Shell does not answer for Stint&apos;s extension (%1): %2</source>
        <translation>GNOME Shell ne répond pas pour l&apos;extension de Stint (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>GNOME Shell left the session bus; waiting for it to come back</source>
        <translation>GNOME Shell a quitté le bus de session&#xa0;; en attente de son retour</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;category&quot; is not a list of up to %1 names</source>
        <translation>&quot;category&quot; n&apos;est pas une liste d&apos;au plus %1 noms</translation>
    </message>
    <message>
        <source>&quot;category&quot; holds something other than a name</source>
        <translation>&quot;category&quot; contient autre chose qu&apos;un nom</translation>
    </message>
    <message>
        <source>&quot;type&quot; is neither &quot;atMost&quot; nor &quot;atLeast&quot;</source>
        <translation>&quot;type&quot; n&apos;est ni &quot;atMost&quot; ni &quot;atLeast&quot;</translation>
    </message>
    <message>
        <source>&quot;per&quot; is neither &quot;day&quot; nor &quot;week&quot;</source>
        <translation>&quot;per&quot; n&apos;est ni &quot;day&quot; ni &quot;week&quot;</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is not a whole number from 1 to %1</source>
        <translation>&quot;minutes&quot; n&apos;est pas un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>not a list of goals</source>
        <translation>pas une liste d&apos;objectifs</translation>
    </message>
    <message>
        <source>more than %1 goals</source>
        <translation>plus de %1 objectifs</translation>
    </message>
    <message>
        <source>the same goal is given twice</source>
        <translation>le même objectif est indiqué deux fois</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <extracomment>%1 is the position of the goal in the list, from 1</extracomment>
        <translation>objectif %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the time of the day&apos;s summary must be &quot;HH:MM&quot;</source>
        <translation>l&apos;heure du résumé quotidien doit être au format &quot;HH:MM&quot;</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>%n événement importé, %1 déjà présent(s) ignoré(s).</numerusform>
            <numerusform>%n événements importés, %1 déjà présent(s) ignoré(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2): %3 imported, %4 duplicates%5</source>
        <translation>  %1 (%2)&#xa0;: %3 importé(s), %4 doublon(s)%5</translation>
    </message>
    <message>
        <source>new bucket</source>
        <translation>nouveau bucket</translation>
    </message>
    <message>
        <source>existing bucket</source>
        <translation>bucket existant</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>, inachevé</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;import s&apos;est arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Everything listed above was imported; the rest of the unfinished bucket and any bucket after it in the file were not.</source>
        <translation>Tout ce qui est listé ci-dessus a été importé&#xa0;; le reste du bucket inachevé et les buckets qui le suivent dans le fichier ne l&apos;ont pas été.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>The database could not commit before the import: %1</source>
        <translation>La base de données n&apos;a pas pu valider avant l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save bucket &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;enregistrer le bucket «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot create bucket &apos;%1&apos;: %2</source>
        <translation>Impossible de créer le bucket «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Impossible de lire le bucket «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Storing events of bucket &apos;%1&apos; failed: %2</source>
        <translation>L&apos;enregistrement des événements du bucket «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The imported events could not be committed: %1</source>
        <translation>Les événements importés n&apos;ont pas pu être validés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KWinWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>aucun bus de session D-Bus</translation>
    </message>
    <message>
        <source>cannot register %1 on the session bus: %2</source>
        <translation>impossible d&apos;enregistrer %1 sur le bus de session&#xa0;: %2</translation>
    </message>
    <message>
        <source>the KWin script is missing from this build (%1)</source>
        <translation>le script KWin est absent de cette version (%1)</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the KWin script</source>
        <translation>impossible de créer le dossier %1 pour le script KWin</translation>
    </message>
    <message>
        <source>cannot write the KWin script %1: %2</source>
        <translation>impossible d&apos;écrire le script KWin %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>KWin (%1) is not on the session bus</source>
        <translation>KWin (%1) n&apos;est pas sur le bus de session</translation>
    </message>
    <message>
        <source>KWin refused to load the script %1</source>
        <translation>KWin a refusé de charger le script %1</translation>
    </message>
    <message>
        <source>KWin&apos;s scripting interface failed: %1</source>
        <translation>l&apos;interface de script de KWin a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>KWin did not start the script: %1</source>
        <translation>KWin n&apos;a pas démarré le script&#xa0;: %1</translation>
    </message>
    <message>
        <source>KWin left the session bus; waiting for it to come back to follow the active window</source>
        <translation>KWin a quitté le bus de session&#xa0;; en attente de son retour pour suivre la fenêtre active</translation>
    </message>
</context>
<context>
    <name>MacWindowBackend</name>
    <message>
        <source>Stint needs Accessibility permission to read window titles: System Settings → Privacy &amp; Security → Accessibility</source>
        <translation>Stint a besoin de l&apos;autorisation Accessibilité pour lire les titres des fenêtres&#xa0;: Réglages Système → Confidentialité &amp; sécurité → Accessibilité</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>the entry is empty: its end is its start</source>
        <translation>l&apos;entrée est vide&#xa0;: sa fin est son début</translation>
    </message>
    <message>
        <source>the end lies before the start</source>
        <translation>la fin est avant le début</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>attendu&#xa0;: {&quot;since&quot;: heure, &quot;until&quot;: heure ou null}</translation>
    </message>
</context>
<context>
    <name>PlatformBackends</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>l&apos;affichage X %1 ne dispose pas de l&apos;extension MIT-SCREEN-SAVER, Stint ne peut donc pas savoir quand vous êtes absent</translation>
    </message>
    <message>
        <source>XWayland is not running (DISPLAY is not set)</source>
        <translation>XWayland ne fonctionne pas (DISPLAY n&apos;est pas défini)</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) has no window manager publishing the active window</source>
        <translation>XWayland (DISPLAY=%1) n&apos;a aucun gestionnaire de fenêtres qui publie la fenêtre active</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension</source>
        <translation>XWayland (DISPLAY=%1) ne dispose pas de l&apos;extension MIT-SCREEN-SAVER</translation>
    </message>
    <message>
        <source>the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such as sway, Hyprland, river and labwc do)</source>
        <translation>le compositeur ne propose pas zwlr_foreign_toplevel_manager_v1 (les compositeurs wlroots comme sway, Hyprland, river et labwc le proposent)</translation>
    </message>
    <message>
        <source>the compositor does not offer %1</source>
        <translation>le compositeur ne propose pas %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)</source>
        <translation>aucun bus de session D-Bus pour joindre KDE Plasma ou GNOME (%1)</translation>
    </message>
    <message>
        <source>neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus</source>
        <translation>ni KWin (KDE Plasma) ni GNOME Shell ne sont sur le bus de session D-Bus</translation>
    </message>
    <message>
        <source>KWin&apos;s script did not load: %1</source>
        <translation>le script de KWin ne s&apos;est pas chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>which window has focus (%1)</source>
        <translation>quelle fenêtre a le focus (%1)</translation>
    </message>
    <message>
        <source>when you are away (%1)</source>
        <translation>quand vous êtes absent (%1)</translation>
    </message>
    <message>
        <source>on the Wayland display %1 Stint cannot see %2</source>
        <translation>sur l&apos;affichage Wayland %1, Stint ne peut pas voir %2</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical session to see which window has focus and whether you are away</source>
        <translation>aucun affichage trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définis)&#xa0;: Stint a besoin d&apos;une session graphique pour voir quelle fenêtre a le focus et si vous êtes absent</translation>
    </message>
    <message>
        <source>Stint runs outside a graphical login session (over SSH?): it can watch windows and input only when it runs in the logged-in user&apos;s session.</source>
        <translation>Stint fonctionne hors d&apos;une session graphique (via SSH&#xa0;?)&#xa0;: il ne peut observer les fenêtres et les saisies que s&apos;il fonctionne dans la session de l&apos;utilisateur connecté.</translation>
    </message>
    <message>
        <source>Stint runs without a desktop (as a service?): it can watch windows and input only when it runs in the user&apos;s own session.</source>
        <translation>Stint fonctionne sans bureau (en tant que service&#xa0;?)&#xa0;: il ne peut observer les fenêtres et les saisies que s&apos;il fonctionne dans la propre session de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>%1, nor %2</source>
        <extracomment>both things Stint cannot see: &quot;which window has focus (...), nor when you are away (...)&quot;</extracomment>
        <translation>%1, ni %2</translation>
    </message>
</context>
<context>
    <name>PrivacyRules</name>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>les règles doivent être un tableau JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;drop&quot; or &quot;redact&quot;</source>
        <translation>&quot;action&quot; doit valoir &quot;drop&quot; ou &quot;redact&quot;</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>the start of day must be a time &quot;HH:MM&quot;, not %1</source>
        <translation>le début de journée doit être une heure &quot;HH:MM&quot;, pas %1</translation>
    </message>
    <message>
        <source>the start of week must be an English day name such as &quot;Monday&quot;, not &quot;%1&quot;</source>
        <translation>le début de semaine doit être un nom de jour en anglais comme &quot;Monday&quot;, pas &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>impossible de migrer depuis la version de schéma %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>la migration vers la version de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>no database at %1</source>
        <translation>aucune base de données à %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQLite did not accept synchronous=FULL</source>
        <translation>SQLite n&apos;a pas accepté synchronous=FULL</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot set the journal mode of %1: %2</source>
        <translation>impossible de définir le mode de journalisation de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 and uses &apos;%2&apos; instead; readers may wait for commits</source>
        <translation>SQLite a refusé le mode WAL pour %1 et utilise &apos;%2&apos; à la place&#xa0;; les lecteurs peuvent devoir attendre les validations</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>an in-memory database has no reader connections</source>
        <translation>une base de données en mémoire n&apos;a pas de connexions de lecture</translation>
    </message>
</context>
<context>
    <name>SyncFolderReader</name>
    <message>
        <source>no temporary folder for a copy</source>
        <translation>aucun dossier temporaire pour une copie</translation>
    </message>
    <message>
        <source>it cannot be copied (locked or being replaced)</source>
        <translation>il ne peut pas être copié (verrouillé ou en cours de remplacement)</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again at the next sync.</source>
        <translation>%1 ignoré&#xa0;: %2. Il sera relu à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>it is damaged or not completely synced yet (%1)</source>
        <translation>il est endommagé ou pas encore entièrement synchronisé (%1)</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Stint reads (up to %2)</source>
        <translation>sa version de schéma %1 est plus récente que celles que ce Stint sait lire (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>it is not an ActivityWatch database (schema version %1)</source>
        <translation>ce n&apos;est pas une base de données ActivityWatch (version de schéma %1)</translation>
    </message>
    <message>
        <source>the local bucket &apos;%1&apos; is not a copy from %2</source>
        <translation>le bucket local «&#xa0;%1&#xa0;» n&apos;est pas une copie de %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: %3</source>
        <translation>bucket «&#xa0;%1&#xa0;», événement à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>il se termine avant de commencer</translation>
    </message>
</context>
<context>
    <name>SyncFolderWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary file</source>
        <translation>impossible de le copier dans un fichier temporaire</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>Le dossier de synchronisation %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>cannot read the setting &quot;%1&quot;</source>
        <translation>impossible de lire le paramètre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not a folder name</source>
        <translation>pas un nom de dossier</translation>
    </message>
    <message>
        <source>not a number of seconds from %1 to %2</source>
        <translation>pas un nombre de secondes de %1 à %2</translation>
    </message>
    <message>
        <source>not a list of hosts</source>
        <translation>pas une liste d&apos;hôtes</translation>
    </message>
</context>
<context>
    <name>WatcherBuckets</name>
    <message>
        <source>creating bucket %1 timed out</source>
        <translation>la création du bucket %1 a expiré</translation>
    </message>
    <message>
        <source>cannot create bucket %1: %2</source>
        <translation>impossible de créer le bucket %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WatcherSettings</name>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>cannot read the setting &quot;%1&quot; from the database</source>
        <translation>impossible de lire le paramètre «&#xa0;%1&#xa0;» dans la base de données</translation>
    </message>
    <message>
        <source>%1 s is outside %2 … %3 s</source>
        <translation>%1 s est hors de l&apos;intervalle %2 … %3 s</translation>
    </message>
</context>
<context>
    <name>WaylandConnection</name>
    <message>
        <source>no compositor is listening there</source>
        <translation>aucun compositeur n&apos;écoute à cet endroit</translation>
    </message>
    <message>
        <source>the compositor closed the connection</source>
        <translation>le compositeur a fermé la connexion</translation>
    </message>
    <message>
        <source>cannot connect to a Wayland display: WAYLAND_DISPLAY is not set</source>
        <translation>impossible de se connecter à un affichage Wayland&#xa0;: WAYLAND_DISPLAY n&apos;est pas défini</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display %1: %2</source>
        <translation>impossible de se connecter à l&apos;affichage Wayland %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>protocol error %1 on %2@%3</source>
        <translation>erreur de protocole %1 sur %2@%3</translation>
    </message>
    <message>
        <source>lost the connection to the Wayland display %1 (%2); retrying</source>
        <translation>connexion perdue avec l&apos;affichage Wayland %1 (%2)&#xa0;; nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>WaylandIdleBackend</name>
    <message>
        <source>an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)</source>
        <translation>un protocole d&apos;inactivité (ext_idle_notifier_v1 ou org_kde_kwin_idle)</translation>
    </message>
    <message>
        <source>a seat (wl_seat)</source>
        <translation>un siège (wl_seat)</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away</source>
        <translation>le compositeur Wayland sur %1 ne propose pas %2, Stint ne peut donc pas savoir quand vous êtes absent</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the two things a compositor lacks: &quot;an idle protocol (...) and a seat (wl_seat)&quot;</extracomment>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>WaylandWindowBackend</name>
    <message>
        <source>the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see which window has focus</source>
        <translation>le compositeur Wayland sur %1 ne propose pas zwlr_foreign_toplevel_manager_v1, Stint ne peut donc pas voir quelle fenêtre a le focus</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which window has focus</source>
        <translation>le compositeur Wayland sur %1 a retiré zwlr_foreign_toplevel_manager_v1&#xa0;; Stint ne peut pas voir quelle fenêtre a le focus</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 finished); Stint cannot see which window has focus</source>
        <translation>le compositeur Wayland sur %1 a cessé de lister les fenêtres (zwlr_foreign_toplevel_manager_v1 terminé)&#xa0;; Stint ne peut pas voir quelle fenêtre a le focus</translation>
    </message>
</context>
<context>
    <name>WindowPattern</name>
    <message>
        <source>invalid %1 pattern &quot;%2&quot;: %3 at offset %4</source>
        <translation>motif %1 non valide «&#xa0;%2&#xa0;»&#xa0;: %3 à la position %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>a rule needs an app or a title pattern</source>
        <translation>une règle nécessite un motif d&apos;application ou de titre</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>les règles doivent être un tableau JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>règle %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>X11Connection</name>
    <message>
        <source>no X server is running there, or it refused the connection</source>
        <translation>aucun serveur X ne fonctionne à cet endroit, ou il a refusé la connexion</translation>
    </message>
    <message>
        <source>the server lacks a required extension</source>
        <translation>il manque au serveur une extension requise</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the display name is not valid</source>
        <translation>le nom d&apos;affichage n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the server has no such screen</source>
        <translation>le serveur n&apos;a pas cet écran</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: %2</source>
        <translation>impossible de se connecter à l&apos;affichage X %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the server has no screen %2</source>
        <translation>impossible de se connecter à l&apos;affichage X %1&#xa0;: le serveur n&apos;a pas d&apos;écran %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the connection broke at once</source>
        <translation>impossible de se connecter à l&apos;affichage X %1&#xa0;: la connexion a été aussitôt interrompue</translation>
    </message>
    <message>
        <source>lost the connection to the X display %1; retrying</source>
        <translation>connexion perdue avec l&apos;affichage X %1&#xa0;; nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>X11IdleBackend</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>l&apos;affichage X %1 ne dispose pas de l&apos;extension MIT-SCREEN-SAVER, Stint ne peut donc pas savoir quand vous êtes absent</translation>
    </message>
</context>
<context>
    <name>X11WindowBackend</name>
    <message>
        <source>the window manager on the X display %1 does not publish the active window (_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH standard (most do) to see which window has focus</source>
        <translation>le gestionnaire de fenêtres de l&apos;affichage X %1 ne publie pas la fenêtre active (_NET_ACTIVE_WINDOW)&#xa0;; Stint a besoin d&apos;un gestionnaire de fenêtres conforme à la norme EWMH (c&apos;est le cas de la plupart) pour voir quelle fenêtre a le focus</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--%1: %2</source>
        <translation>--%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>Stint records which application has your attention, and when you are away, and keeps it on this computer.</source>
        <translation>Stint enregistre l&apos;application qui retient votre attention et les moments où vous êtes absent, et conserve ces données sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Record without a window (the watchers still need a graphical session).</source>
        <translation>Enregistrer sans fenêtre (les observateurs ont tout de même besoin d&apos;une session graphique).</translation>
    </message>
    <message>
        <source>Read the focused window every &lt;seconds&gt; (default 1; overrides the setting).</source>
        <translation>Lire la fenêtre active toutes les &lt;seconds&gt; (1 par défaut&#xa0;; remplace le paramètre).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>a value name in --help: &lt;seconds&gt;</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Count as away after &lt;seconds&gt; without input (default 180; overrides the setting).</source>
        <translation>Considérer comme absent après &lt;seconds&gt; sans saisie (180 par défaut&#xa0;; remplace le paramètre).</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (when the desktop has a tray).</source>
        <translation>Démarrer dans la zone de notification sans ouvrir la fenêtre (si le bureau en a une).</translation>
    </message>
    <message>
        <source>Serve the ActivityWatch-compatible HTTP API on &lt;port&gt; of 127.0.0.1 (default 5600, 5666 with --testing; overrides the setting).</source>
        <translation>Servir l&apos;API HTTP compatible ActivityWatch sur le &lt;port&gt; de 127.0.0.1 (5600 par défaut, 5666 avec --testing&#xa0;; remplace le paramètre).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>the value name in --help: --port &lt;port&gt;</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Do not serve the HTTP API.</source>
        <translation>Ne pas servir l&apos;API HTTP.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de port compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>Stint cannot open its database: %1</source>
        <translation>Stint ne peut pas ouvrir sa base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot record activity: %1</source>
        <translation>Stint ne peut pas enregistrer l&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>the final save failed: %1</source>
        <translation>l&apos;enregistrement final a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Print the version of Stint and of Qt, then exit.</source>
        <translation>Afficher la version de Stint et de Qt, puis quitter.</translation>
    </message>
    <message>
        <source>Stint is already running; its window is shown now.</source>
        <translation>Stint est déjà lancé&#xa0;; sa fenêtre est maintenant affichée.</translation>
    </message>
    <message>
        <source>Stint is already running without a window (--no-gui).</source>
        <translation>Stint est déjà lancé sans fenêtre (--no-gui).</translation>
    </message>
    <message>
        <source>cannot tell whether Stint is running already: %1</source>
        <translation>impossible de savoir si Stint est déjà lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stint is already running.</source>
        <translation>Stint est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Sync with other computers through &lt;folder&gt; (shared by Syncthing, Dropbox, ...); remembered in the settings.</source>
        <translation>Synchroniser avec d&apos;autres ordinateurs via &lt;folder&gt; (partagé par Syncthing, Dropbox, ...)&#xa0;; mémorisé dans les paramètres.</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>the value name in --help: --sync-dir &lt;folder&gt;</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Sync every &lt;seconds&gt; (default 300; overrides the setting).</source>
        <translation>Synchroniser toutes les &lt;seconds&gt; (300 par défaut&#xa0;; remplace le paramètre).</translation>
    </message>
    <message>
        <source>--sync-interval: &quot;%1&quot; is not a number of seconds from %2 to %3</source>
        <translation>--sync-interval&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un nombre de secondes de %2 à %3</translation>
    </message>
    <message>
        <source>--sync-dir: the folder was not stored: %1</source>
        <translation>--sync-dir&#xa0;: le dossier n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>the stored setting &quot;%1&quot; is invalid: %2</source>
        <translation>le paramètre enregistré «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>stint</name>
    <message>
        <source>the datastore gave no answer</source>
        <translation>la base de données n&apos;a donné aucune réponse</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>attendu&#xa0;: {&quot;since&quot;: heure, &quot;until&quot;: heure ou null}</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 expected</source>
        <translation>numéro de port entre 1 et 65535 attendu</translation>
    </message>
    <message>
        <source>a string expected</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <source>a whole number of bytes from %1 to %2 expected</source>
        <translation>nombre entier d&apos;octets entre %1 et %2 attendu</translation>
    </message>
    <message>
        <source>a list of strings expected</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2 expected</source>
        <translation>nombre entier de secondes entre %1 et %2 attendu</translation>
    </message>
    <message>
        <source>an object of dates expected</source>
        <translation>objet de dates attendu</translation>
    </message>
</context>
<context>
    <name>stint::AboutDialog</name>
    <message>
        <source>About Stint</source>
        <translation>À propos de Stint</translation>
    </message>
    <message>
        <source>Stint %1</source>
        <translation>Stint %1</translation>
    </message>
    <message>
        <source>A native desktop activity tracker, compatible with ActivityWatch.</source>
        <translation>Un outil natif de suivi d&apos;activité pour le bureau, compatible avec ActivityWatch.</translation>
    </message>
    <message>
        <source>Stint is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Stint est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure (%1). Il est fourni SANS AUCUNE GARANTIE.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>stint::ActivityPage</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Temps actif</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Les scores des catégories, pondérés par le temps passé dans chacune</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Score de productivité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Waiting for the first window…</source>
        <translation>En attente de la première fenêtre…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>heading above the window in focus right now</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Click an app to see only its time</source>
        <translation>Cliquez sur une application pour n&apos;afficher que son temps</translation>
    </message>
    <message>
        <source>Top apps</source>
        <translation>Applications principales</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Top window titles</source>
        <translation>Principaux titres de fenêtre</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Principales catégories</translation>
    </message>
    <message>
        <source>Active time per hour</source>
        <translation>Temps actif par heure</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>app “%1”</source>
        <translation>l&apos;application «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>la catégorie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Affichage limité à %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Could not read the activity: %1</source>
        <translation>Impossible de lire l&apos;activité&#xa0;: %1</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>Aucune activité sur cette période</translation>
    </message>
    <message>
        <source>Active time (paused %1)</source>
        <translation>Temps actif (%1 en pause)</translation>
    </message>
    <message>
        <source>%1 of your active time in this period is uncategorized. &lt;a href=&quot;rules&quot;&gt;Add category rules&lt;/a&gt; to see where it went.</source>
        <translation>%1 de votre temps actif sur cette période n&apos;est pas catégorisé. &lt;a href=&quot;rules&quot;&gt;Ajoutez des règles de catégorie&lt;/a&gt; pour savoir où il est passé.</translation>
    </message>
    <message>
        <source>%1:00 – %2:00</source>
        <translation>%1:00 – %2:00</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Temps actif par mois</translation>
    </message>
    <message>
        <source>Active time per day</source>
        <translation>Temps actif par jour</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>You are away: no input for a while. Recording goes on when you are back.</source>
        <translation>Vous êtes absent&#xa0;: aucune saisie depuis un moment. L&apos;enregistrement reprendra à votre retour.</translation>
    </message>
    <message>
        <source>Recording is paused until %1.</source>
        <translation>L&apos;enregistrement est en pause jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Recording is paused.</source>
        <translation>L&apos;enregistrement est en pause.</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Enregistrement inactif.</translation>
    </message>
    <message>
        <source>Stint cannot save: %1. It keeps what it records in memory and tries again.</source>
        <translation>Stint ne peut pas sauvegarder&#xa0;: %1. Il garde en mémoire ce qu&apos;il enregistre et réessaie.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>stint::ApiServer</name>
    <message>
        <source>port %1 on %2 is already in use (is another Stint or ActivityWatch server running?)</source>
        <translation>le port %1 sur %2 est déjà utilisé (un autre serveur Stint ou ActivityWatch est-il lancé&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>stint::BrowserExtensionsPanel</name>
    <message>
        <source>Allow a web site</source>
        <translation>Autoriser un site web</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser extensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Extensions de navigateur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browser extensions such as aw-watcher-web send the pages you visit to Stint&apos;s HTTP API. Stint lets in the Chrome Web Store&apos;s aw-watcher-web and Firefox extensions; an extension from another store, or one you built yourself, is refused until you allow it here.</source>
        <translation>Les extensions de navigateur comme aw-watcher-web envoient les pages que vous visitez à l&apos;API HTTP de Stint. Stint laisse entrer aw-watcher-web du Chrome Web Store et les extensions Firefox&#xa0;; une extension d&apos;une autre boutique, ou que vous avez compilée vous-même, est refusée jusqu&apos;à ce que vous l&apos;autorisiez ici.</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>Origine autorisée</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Autorisée par</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Stop letting the selected origin in (built-in ones stay)</source>
        <translation>Ne plus laisser entrer l&apos;origine sélectionnée (les origines intégrées restent)</translation>
    </message>
    <message>
        <source>Refused origin</source>
        <translation>Origine refusée</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>A&amp;utoriser</translation>
    </message>
    <message>
        <source>Let the selected origin send and read activity</source>
        <translation>Laisser l&apos;origine sélectionnée envoyer et lire l&apos;activité</translation>
    </message>
    <message>
        <source>Refused recently (since Stint started):</source>
        <translation>Refusées récemment (depuis le démarrage de Stint)&#xa0;:</translation>
    </message>
    <message>
        <source>The HTTP API is not running, so no browser extension can reach Stint.</source>
        <translation>L&apos;API HTTP ne fonctionne pas, aucune extension de navigateur ne peut donc joindre Stint.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>added (pattern)</source>
        <translation>ajoutée (motif)</translation>
    </message>
    <message>
        <source>First refused %1</source>
        <translation>Refusée pour la première fois %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin that can be allowed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une origine qui peut être autorisée.</translation>
    </message>
    <message>
        <source>%1 is a web site, not a browser extension. If you allow it, any page from that site could then write and read your activity data.

Allow it anyway?</source>
        <translation>%1 est un site web, pas une extension de navigateur. Si vous l&apos;autorisez, n&apos;importe quelle page de ce site pourra écrire et lire vos données d&apos;activité.

L&apos;autoriser quand même&#xa0;?</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stint::BucketTableModel</name>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>stint::CategoryEditor</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Rule (regex)</source>
        <translation>Règle (regex)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>Ajouter une catégorie de premier niveau</translation>
    </message>
    <message>
        <source>Add s&amp;ub</source>
        <translation>Ajouter une &amp;sous-catégorie</translation>
    </message>
    <message>
        <source>Add a subcategory to the selected category</source>
        <translation>Ajouter une sous-catégorie à la catégorie sélectionnée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories</source>
        <translation>Supprimer la catégorie sélectionnée et ses sous-catégories</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>Placer avant l&apos;élément précédent de même niveau</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>Placer après l&apos;élément suivant de même niveau</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indenter</translation>
    </message>
    <message>
        <source>Make it a subcategory of the category above</source>
        <translation>En faire une sous-catégorie de la catégorie au-dessus</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Désindenter</translation>
    </message>
    <message>
        <source>Move it up one level</source>
        <translation>La remonter d&apos;un niveau</translation>
    </message>
    <message>
        <source>The name of this category (applied on Enter or when leaving the field)</source>
        <translation>Le nom de cette catégorie (appliqué avec Entrée ou en quittant le champ)</translation>
    </message>
    <message>
        <source>empty: only groups subcategories</source>
        <translation>vide&#xa0;: ne fait que regrouper des sous-catégories</translation>
    </message>
    <message>
        <source>A regular expression tried on every value of a window or tab: app, title, URL</source>
        <translation>Une expression régulière testée sur chaque valeur d&apos;une fenêtre ou d&apos;un onglet&#xa0;: application, titre, URL</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Hériter</translation>
    </message>
    <message>
        <source>Use the colour of the parent category</source>
        <translation>Utiliser la couleur de la catégorie parente</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>Score propre</translation>
    </message>
    <message>
        <source>Without its own score a category uses its parent&apos;s</source>
        <translation>Sans score propre, une catégorie utilise celui de sa parente</translation>
    </message>
    <message>
        <source>Productivity score: positive for productive time, negative for distraction</source>
        <translation>Score de productivité&#xa0;: positif pour le temps productif, négatif pour les distractions</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Regex</source>
        <translation>&amp;Regex</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>Sc&amp;ore</translation>
    </message>
    <message>
        <source>A window or browser tab gets the deepest category whose regex matches any of its values; among equally deep matches, the later rule wins.</source>
        <translation>Une fenêtre ou un onglet de navigateur reçoit la catégorie la plus profonde dont la regex correspond à l&apos;une de ses valeurs&#xa0;; à profondeur égale, la dernière règle l&apos;emporte.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Read categories from a file exported by Stint or ActivityWatch</source>
        <translation>Lire les catégories depuis un fichier exporté par Stint ou ActivityWatch</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write these categories to a file ActivityWatch can import</source>
        <translation>Écrire ces catégories dans un fichier qu&apos;ActivityWatch peut importer</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Replace the categories with Stint&apos;s defaults</source>
        <translation>Remplacer les catégories par celles fournies par défaut avec Stint</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>Enregistrer les catégories</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Importer des catégories</translation>
    </message>
    <message>
        <source>Category files (*.json);;All files (*)</source>
        <translation>Fichiers de catégories (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>Exporter les catégories</translation>
    </message>
    <message>
        <source>Cannot read the stored categories: %1</source>
        <translation>Impossible de lire les catégories enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>(groups subcategories)</source>
        <translation>(regroupe des sous-catégories)</translation>
    </message>
    <message>
        <source>Invalid regex: %1</source>
        <translation>Regex non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Inherited – choose…</source>
        <translation>Héritée – choisir…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Cannot count the matches of the last 7 days: %1</source>
        <translation>Impossible de compter les correspondances des 7 derniers jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 by this rule, %2 with its subcategories</source>
        <translation>%1 par cette règle, %2 avec ses sous-catégories</translation>
    </message>
    <message>
        <source>Counting the last 7 days…</source>
        <translation>Décompte des 7 derniers jours…</translation>
    </message>
    <message>
        <source>Uncategorized in the last 7 days: %1 of %2 active time (%3%)</source>
        <translation>Non catégorisé sur les 7 derniers jours&#xa0;: %1 sur %2 de temps actif (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Last 7 days: %1 in its subcategories. This category has no regex of its own.</source>
        <translation>7 derniers jours&#xa0;: %1 dans ses sous-catégories. Cette catégorie n&apos;a pas de regex propre.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.</source>
        <translation>7 derniers jours&#xa0;: cette règle a catégorisé %1 de temps actif, %2 avec ses sous-catégories.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time.</source>
        <translation>7 derniers jours&#xa0;: cette règle a catégorisé %1 de temps actif.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Une catégorie doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>Il existe déjà une catégorie «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Nouvelle catégorie %1</translation>
    </message>
    <message>
        <source>There is no category above to move it into.</source>
        <translation>Il n&apos;y a pas de catégorie au-dessus dans laquelle la déplacer.</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Couleur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. The reports use these categories now.</source>
        <translation>Enregistré. Les rapports utilisent désormais ces catégories.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable categories: %2</source>
        <translation>%1 ne contient aucune catégorie utilisable&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>%n règle importée depuis %1. Pas encore enregistrée.</numerusform>
            <numerusform>%n règles importées depuis %1. Pas encore enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the categories first: %1</source>
        <translation>Corrigez d&apos;abord les catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The productivity score on the Activity page is the mean of the categories&apos; scores, weighted by the time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.</source>
        <translation>Le score de productivité de la page Activité est la moyenne des scores des catégories, pondérés par le temps passé dans chacune («&#xa0;Non catégorisé&#xa0;» compte pour 0). Avec ces catégories, il est compris entre %1 et %2.</translation>
    </message>
</context>
<context>
    <name>stint::Cli</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].</source>
        <translation>Utilisation&#xa0;: stopwatch start LIBELLÉ, stopwatch stop ou stopwatch status [--json].</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Aucun minuteur en cours.</translation>
    </message>
    <message>
        <source>%1: running for %2 (since %3)</source>
        <translation>%1&#xa0;: en cours depuis %2 (début&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Started %1 at %2.</source>
        <translation>%1 démarré à %2.</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>%1 arrêté après %2.</translation>
    </message>
    <message>
        <source>Use: entry add --start T --end T LABEL.</source>
        <translation>Utilisation&#xa0;: entry add --start T --end T LIBELLÉ.</translation>
    </message>
    <message>
        <source>Added %1 from %2 to %3 (%4).</source>
        <translation>%1 ajouté de %2 à %3 (%4).</translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export everything as ActivityWatch&apos;s export file (other trackers and scripts read it) or the activity as a CSV table. Import an ActivityWatch export or ActivityWatch&apos;s own database (sqlite.db); events that are already here are skipped, so importing twice changes nothing.</source>
        <translation>Exportez tout au format d&apos;export d&apos;ActivityWatch (lisible par d&apos;autres outils de suivi et par des scripts) ou l&apos;activité sous forme de tableau CSV. Importez un export ActivityWatch ou la base de données d&apos;ActivityWatch elle-même (sqlite.db)&#xa0;; les événements déjà présents sont ignorés, importer deux fois ne change donc rien.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n event(s) read</source>
        <translation>
            <numerusform>Importation… %n événement lu</numerusform>
            <numerusform>Importation… %n événements lus</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export (*.json)</source>
        <translation>Export ActivityWatch (*.json)</translation>
    </message>
    <message>
        <source>Activity as CSV (*.csv)</source>
        <translation>Activité en CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exporter l&apos;activité</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Importer une activité</translation>
    </message>
    <message>
        <source>ActivityWatch export or database (*.json *.db);;All files (*)</source>
        <translation>Export ou base de données ActivityWatch (*.json *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>ActivityWatch&apos;s watchers and scripts can send data to Stint at http://127.0.0.1:%1/api/0/.</source>
        <translation>Les observateurs et scripts d&apos;ActivityWatch peuvent envoyer des données à Stint à l&apos;adresse http://127.0.0.1:%1/api/0/.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is off.</source>
        <translation>L&apos;API HTTP pour les observateurs et scripts d&apos;ActivityWatch est désactivée.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is not running: %1</source>
        <translation>L&apos;API HTTP pour les observateurs et scripts d&apos;ActivityWatch ne fonctionne pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stint keeps everything it records, and these settings, in one database file:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While Stint runs, recent changes may wait in a second file beside it; quitting Stint moves them into the database file. To copy the data while Stint runs, use Back up.</source>
        <translation>Stint conserve tout ce qu&apos;il enregistre, ainsi que ces paramètres, dans un seul fichier de base de données&#xa0;:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Pendant que Stint fonctionne, les modifications récentes peuvent attendre dans un second fichier à côté&#xa0;; quitter Stint les transfère dans le fichier de base de données. Pour copier les données pendant que Stint fonctionne, utilisez Sauvegarder.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Write a complete, checked copy of the database to a file of your choice while Stint keeps recording.</source>
        <translation>Écrire une copie complète et vérifiée de la base de données dans le fichier de votre choix, pendant que Stint continue d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Stint database (*.db)</source>
        <translation>Base de données Stint (*.db)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde vers %1…</translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>%n ligne d&apos;activité exportée vers %1.</numerusform>
            <numerusform>%n lignes d&apos;activité exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>%n événement exporté (buckets&#xa0;: %1) vers %2.</numerusform>
            <numerusform>%n événements exportés (buckets&#xa0;: %1) vers %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>%n événement sauvegardé dans %1.</numerusform>
            <numerusform>%n événements sauvegardés dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DatePicker</name>
    <message>
        <source>Pick a date (days with data are bold)</source>
        <translation>Choisir une date (les jours avec des données sont en gras)</translation>
    </message>
</context>
<context>
    <name>stint::Desktop</name>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stint keeps tracking</source>
        <translation>Stint continue le suivi</translation>
    </message>
    <message>
        <source>Stint is still running in the tray. Choose Quit in its menu to stop tracking.</source>
        <translation>Stint fonctionne toujours dans la zone de notification. Choisissez Quitter dans son menu pour arrêter le suivi.</translation>
    </message>
    <message>
        <source>Quit Stint?</source>
        <translation>Quitter Stint&#xa0;?</translation>
    </message>
    <message>
        <source>There is no system tray to keep Stint in. Quit Stint and stop tracking?</source>
        <translation>Il n&apos;y a pas de zone de notification où garder Stint. Quitter Stint et arrêter le suivi&#xa0;?</translation>
    </message>
    <message>
        <source>Browser extension refused</source>
        <translation>Extension de navigateur refusée</translation>
    </message>
    <message>
        <source>A browser extension tried to send activity to Stint and was refused — review in Settings → Data → Browser extensions.
%1</source>
        <translation>Une extension de navigateur a tenté d&apos;envoyer de l&apos;activité à Stint et a été refusée — vérifiez dans Paramètres → Données → Extensions de navigateur.
%1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
</context>
<context>
    <name>stint::DonutChart</name>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>stint::EventTableModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>stint::GeneralSettings</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, you count as away</source>
        <translation>Sans saisie au clavier ni à la souris pendant cette durée, vous êtes considéré comme absent</translation>
    </message>
    <message>
        <source>How often the active window is read when the system does not report changes</source>
        <translation>Fréquence de lecture de la fenêtre active lorsque le système ne signale pas les changements</translation>
    </message>
    <message>
        <source>Activity before this time counts for the previous day</source>
        <translation>L&apos;activité avant cette heure compte pour la veille</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>Absent après une inactivité de</translation>
    </message>
    <message>
        <source>Check the active window every</source>
        <translation>Vérifier la fenêtre active toutes les</translation>
    </message>
    <message>
        <source>Days and weeks</source>
        <translation>Jours et semaines</translation>
    </message>
    <message>
        <source>A day starts at</source>
        <translation>Une journée commence à</translation>
    </message>
    <message>
        <source>A week starts on</source>
        <translation>Une semaine commence le</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Windows matching a rule are never stored as they are: excluded ones are recorded only as &quot;(excluded)&quot;, redacted ones keep the app but not the title. Regexes ignore case; either may be empty.</source>
        <translation>Les fenêtres correspondant à une règle ne sont jamais enregistrées telles quelles&#xa0;: les exclues sont enregistrées uniquement comme «&#xa0;(excluded)&#xa0;», les masquées gardent l&apos;application mais pas le titre. Les regex ignorent la casse&#xa0;; l&apos;une ou l&apos;autre peut être vide.</translation>
    </message>
    <message>
        <source>Always active</source>
        <translation>Toujours actif</translation>
    </message>
    <message>
        <source>Time in matching windows counts as active even without input (videos, meetings).</source>
        <translation>Le temps passé dans les fenêtres correspondantes compte comme actif même sans saisie (vidéos, réunions).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Impossible de lire les paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a list of rules</source>
        <translation>pas une liste de règles</translation>
    </message>
    <message>
        <source>Correct the values shown and save to replace them.</source>
        <translation>Corrigez les valeurs affichées et enregistrez pour les remplacer.</translation>
    </message>
    <message>
        <source>Away timeout: %1</source>
        <translation>Délai d&apos;absence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Poll interval: %1</source>
        <translation>Intervalle d&apos;interrogation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start of day: %1</source>
        <translation>Début de journée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start of week: %1</source>
        <translation>Début de semaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Privacy rules: %1</source>
        <translation>Règles de confidentialité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Always-active rules: %1</source>
        <translation>Règles «&#xa0;toujours actif&#xa0;»&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved, but recording cannot use the new settings: %1</source>
        <translation>Enregistré, mais l&apos;enregistrement de l&apos;activité ne peut pas utiliser les nouveaux paramètres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved. Recording uses the new settings now.</source>
        <translation>Enregistré. L&apos;enregistrement de l&apos;activité utilise désormais les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Start Stint when I log in</source>
        <translation>Lancer Stint à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Stint starts in the system tray when you log in</source>
        <translation>Stint démarre dans la zone de notification à l&apos;ouverture de votre session</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>In force now: %1 s, given with %2 on the command line, which overrides this setting until Stint starts without it.</source>
        <translation>En vigueur&#xa0;: %1 s, donné par %2 sur la ligne de commande, qui remplace ce paramètre jusqu&apos;à ce que Stint démarre sans.</translation>
    </message>
</context>
<context>
    <name>stint::GnomeExtensionPanel</name>
    <message>
        <source>GNOME does not tell other programs which window has the focus. Stint&apos;s small GNOME Shell extension (GNOME 45 or later) does, and only to programs of your session.</source>
        <translation>GNOME n&apos;indique pas aux autres programmes quelle fenêtre a le focus. La petite extension GNOME Shell de Stint (GNOME 45 ou ultérieur) le fait, et uniquement pour les programmes de votre session.</translation>
    </message>
    <message>
        <source>Checking the extension…</source>
        <translation>Vérification de l&apos;extension…</translation>
    </message>
    <message>
        <source>&amp;Install the extension</source>
        <translation>&amp;Installer l&apos;extension</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>&amp;Réinstaller</translation>
    </message>
    <message>
        <source>The extension could not be installed: %1</source>
        <translation>L&apos;extension n&apos;a pas pu être installée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalMonitor</name>
    <message>
        <source>Active time</source>
        <extracomment>the name of a goal that counts all active time, not one category</extracomment>
        <translation>Temps actif</translation>
    </message>
    <message>
        <source>Over your limit: %1</source>
        <translation>Limite dépassée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 today, more than the %2 you allowed for a day.</source>
        <translation>%1 aujourd&apos;hui, plus que les %2 que vous vous accordez par jour.</translation>
    </message>
    <message>
        <source>%1 this week, more than the %2 you allowed for a week.</source>
        <translation>%1 cette semaine, plus que les %2 que vous vous accordez par semaine.</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>Objectif atteint&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 today: your goal of %2 a day is reached.</source>
        <translation>%1 aujourd&apos;hui&#xa0;: votre objectif de %2 par jour est atteint.</translation>
    </message>
    <message>
        <source>%1 this week: your goal of %2 a week is reached.</source>
        <translation>%1 cette semaine&#xa0;: votre objectif de %2 par semaine est atteint.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Goals met today: %1 of %2</source>
        <translation>Objectifs atteints aujourd&apos;hui&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Your day so far: %1 active</source>
        <translation>Votre journée jusqu&apos;ici&#xa0;: %1 d&apos;activité</translation>
    </message>
</context>
<context>
    <name>stint::GoalsCard</name>
    <message>
        <source>at most %1 a day</source>
        <translation>au plus %1 par jour</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>au plus %1 par semaine</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>au moins %1 par jour</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>au moins %1 par semaine</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>limite dépassée</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>dans la limite</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>pas encore atteint</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
</context>
<context>
    <name>stint::GoalsSettings</name>
    <message>
        <source>Set yourself at most or at least so much time a day or a week, in one category (with its subcategories) or in all active time. The Activity page shows how far you are, and Stint tells you once when a limit is passed or a goal reached.</source>
        <translation>Fixez-vous au plus ou au moins un certain temps par jour ou par semaine, dans une catégorie (avec ses sous-catégories) ou sur tout le temps actif. La page Activité montre où vous en êtes, et Stint vous prévient une fois lorsqu&apos;une limite est dépassée ou qu&apos;un objectif est atteint.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>&amp;Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Sum up my day in a notification at</source>
        <translation>Résumer ma journée dans une notification à</translation>
    </message>
    <message>
        <source>The active time, the top three categories and the goals met</source>
        <translation>Le temps actif, les trois principales catégories et les objectifs atteints</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Cannot read the goals: %1</source>
        <translation>Impossible de lire les objectifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>All active time</source>
        <translation>Tout le temps actif</translation>
    </message>
    <message>
        <source>At most</source>
        <extracomment>a goal: at most so much time</extracomment>
        <translation>Au plus</translation>
    </message>
    <message>
        <source>At least</source>
        <extracomment>a goal: at least so much time</extracomment>
        <translation>Au moins</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>Correct the goals shown and save to replace them.</source>
        <translation>Corrigez les objectifs affichés et enregistrez pour les remplacer.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stint::HostSelector</name>
    <message>
        <source>Whose activity to show: this computer&apos;s, another computer&apos;s, or all of them with each moment counted once (this computer&apos;s activity first)</source>
        <translation>L&apos;activité à afficher&#xa0;: celle de cet ordinateur, celle d&apos;un autre ordinateur, ou celle de tous, chaque instant compté une seule fois (l&apos;activité de cet ordinateur en premier)</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Tous les ordinateurs</translation>
    </message>
</context>
<context>
    <name>stint::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Show Stint in</source>
        <translation>Afficher Stint en</translation>
    </message>
    <message>
        <source>Stint will use %1 after it is restarted.</source>
        <translation>Stint utilisera %1 après son redémarrage.</translation>
    </message>
</context>
<context>
    <name>stint::MainWindow</name>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Rien n&apos;a encore été enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All changes saved (write #%1)</source>
        <translation>Toutes les modifications sont enregistrées (écriture n° %1)</translation>
    </message>
    <message>
        <source>Not saved since write #%1 - retrying</source>
        <translation>Non enregistré depuis l&apos;écriture n° %1 - nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>stint::ManualEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Modifier l&apos;entrée</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Selon les règles des catégories</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Give the entry a label.</source>
        <translation>Donnez un libellé à l&apos;entrée.</translation>
    </message>
</context>
<context>
    <name>stint::ManualTimeDialog</name>
    <message>
        <source>Manual time</source>
        <translation>Temps manuel</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>Que faites-vous&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Démarrer le minuteur</translation>
    </message>
    <message>
        <source>&amp;Keep the running timer going (run both)</source>
        <translation>&amp;Garder le minuteur en cours (les deux tournent)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Ajouter une entrée…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>A&amp;rrêter le minuteur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Selon les règles des catégories</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>by rules</source>
        <translation>selon les règles</translation>
    </message>
    <message>
        <source>Could not read the entries: %1</source>
        <translation>Impossible de lire les entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Aucun minuteur en cours.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Give the timer a label first.</source>
        <translation>Donnez d&apos;abord un libellé au minuteur.</translation>
    </message>
</context>
<context>
    <name>stint::PatternTable</name>
    <message>
        <source>App (regex)</source>
        <translation>Application (regex)</translation>
    </message>
    <message>
        <source>Title (regex)</source>
        <translation>Titre (regex)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Redact title</source>
        <translation>Masquer le titre</translation>
    </message>
    <message>
        <source>Exclude: stored only as &quot;(excluded)&quot;. Redact title: the app is kept, the title hidden.</source>
        <translation>Exclure&#xa0;: enregistré uniquement comme «&#xa0;(excluded)&#xa0;». Masquer le titre&#xa0;: l&apos;application est conservée, le titre est masqué.</translation>
    </message>
</context>
<context>
    <name>stint::PeriodNavigator</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Afficher une journée</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Afficher une semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Afficher un mois</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>Afficher une année</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Période précédente (%1)</translation>
    </message>
    <message>
        <source>Next period (%1)</source>
        <translation>Période suivante (%1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujour&amp;d&apos;hui</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>Aller à la période qui contient aujourd&apos;hui</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Hier, %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy</translation>
    </message>
</context>
<context>
    <name>stint::QuitController</name>
    <message>
        <source>Saving your activity…</source>
        <translation>Enregistrement de votre activité…</translation>
    </message>
    <message>
        <source>Stint could not save</source>
        <translation>Stint n&apos;a pas pu enregistrer</translation>
    </message>
    <message>
        <source>The last minutes of your activity could not be saved:
%1

Nothing is lost while Stint keeps running. Retry, or cancel quitting and free some space or fix the problem first.</source>
        <translation>Les dernières minutes de votre activité n&apos;ont pas pu être enregistrées&#xa0;:
%1

Rien n&apos;est perdu tant que Stint reste lancé. Réessayez, ou annulez la fermeture et libérez de l&apos;espace ou corrigez d&apos;abord le problème.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel quitting</source>
        <translation>Annuler la fermeture</translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message>
        <source>Delete data</source>
        <translation>Supprimer des données</translation>
    </message>
    <message>
        <source>Delete bucket…</source>
        <translation>Supprimer le bucket…</translation>
    </message>
    <message>
        <source>Delete the selected bucket with all its events</source>
        <translation>Supprimer le bucket sélectionné avec tous ses événements</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Buckets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Tout l&apos;historique</translation>
    </message>
    <message>
        <source>From the bucket&apos;s first event to its last</source>
        <translation>Du premier au dernier événement du bucket</translation>
    </message>
    <message>
        <source>Filter by any value (app, title, URL, …)</source>
        <translation>Filtrer sur n&apos;importe quelle valeur (application, titre, URL…)</translation>
    </message>
    <message>
        <source>Delete events…</source>
        <translation>Supprimer les événements…</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>Supprimer les événements sélectionnés (Suppr)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
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
        <source>F&amp;ilter</source>
        <translation>F&amp;iltre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Événements&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>Données brutes</translation>
    </message>
    <message>
        <source>Cannot read the buckets: %1</source>
        <translation>Impossible de lire les buckets&#xa0;: %1</translation>
    </message>
    <message>
        <source>No buckets yet: nothing has been recorded.</source>
        <translation>Aucun bucket pour l&apos;instant&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot read the events of &quot;%1&quot;: %2</source>
        <translation>Impossible de lire les événements de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No event in this range matches the filter.</source>
        <translation>Aucun événement de cette plage ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Aucun événement dans cette plage.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>%n événement correspondant.</numerusform>
            <numerusform>%n événements correspondants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n événement.</numerusform>
            <numerusform>%n événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from &quot;%1&quot;? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n événement de «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n événements de «&#xa0;%1&#xa0;»&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>%n événement supprimé.</numerusform>
            <numerusform>%n événements supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le bucket «&#xa0;%1&#xa0;» avec %n événement&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer le bucket «&#xa0;%1&#xa0;» avec ses %n événements&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bucket &quot;%1&quot;.</source>
        <translation>Bucket «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>Affichage des %1 plus récents sur %Ln événement correspondant.</numerusform>
            <numerusform>Affichage des %1 plus récents sur %Ln événements correspondants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>Affichage des %1 plus récents sur %Ln événement.</numerusform>
            <numerusform>Affichage des %1 plus récents sur %Ln événements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>Affichage des %1 premiers sur %Ln événement correspondant, dans cet ordre.</numerusform>
            <numerusform>Affichage des %1 premiers sur %Ln événements correspondants, dans cet ordre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>Affichage des %1 premiers sur %Ln événement, dans cet ordre.</numerusform>
            <numerusform>Affichage des %1 premiers sur %Ln événements, dans cet ordre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search apps, window titles and URLs</source>
        <translation>Rechercher dans les applications, les titres de fenêtre et les URL</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Tout l&apos;historique</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Du … au …</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première apparition</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière apparition</translation>
    </message>
    <message>
        <source>Double-click a result to see it in the Timeline (its first stretch from &quot;First seen&quot;, else its last).</source>
        <translation>Double-cliquez sur un résultat pour le voir dans la chronologie (sa première plage, celle de «&#xa0;Première apparition&#xa0;», sinon la dernière).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n résultat, %1 d&apos;activité</numerusform>
            <numerusform>%n résultats, %1 d&apos;activité</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SettingsPage</name>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>GNOME &amp;Shell</source>
        <translation>GNOME &amp;Shell</translation>
    </message>
    <message>
        <source>&amp;About Stint…</source>
        <translation>&amp;À propos de Stint…</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Objectifs</translation>
    </message>
</context>
<context>
    <name>stint::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Impossible de créer le fichier de verrou %1.</translation>
    </message>
    <message>
        <source>Another Stint holds %1 but does not answer.</source>
        <translation>Une autre instance de Stint détient %1 mais ne répond pas.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Impossible d&apos;écouter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the running Stint did not answer</source>
        <translation>l&apos;instance de Stint en cours d&apos;exécution n&apos;a pas répondu</translation>
    </message>
</context>
<context>
    <name>stint::StackedBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>stint::SyncPanel</name>
    <message>
        <source>Several computers: Stint writes what it records into a folder that Syncthing, Dropbox or Nextcloud copies between your computers, and reads the others&apos; activity from it (ActivityWatch&apos;s aw-sync does the same). Deleting events here is not passed on to the other computers.</source>
        <translation>Plusieurs ordinateurs&#xa0;: Stint écrit ce qu&apos;il enregistre dans un dossier que Syncthing, Dropbox ou Nextcloud copie entre vos ordinateurs, et y lit l&apos;activité des autres (aw-sync d&apos;ActivityWatch fait de même). La suppression d&apos;événements ici n&apos;est pas transmise aux autres ordinateurs.</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>&amp;Dossier de synchronisation…</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>Désactiver la synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser mai&amp;ntenant</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Fichier modifié</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>Événements ici</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Leave this computer out of the reports and stop copying its activity.</source>
        <translation>Exclure cet ordinateur des rapports et cesser de copier son activité.</translation>
    </message>
    <message>
        <source>&amp;Delete here…</source>
        <translation>Supprimer &amp;ici…</translation>
    </message>
    <message>
        <source>Delete the copies of this computer&apos;s activity on this computer (and hide it). The other computer keeps its data.</source>
        <translation>Supprimer ici les copies de l&apos;activité de cet ordinateur (et le masquer). L&apos;autre ordinateur conserve ses données.</translation>
    </message>
    <message>
        <source>Delete %1 here</source>
        <translation>Supprimer %1 ici</translation>
    </message>
    <message>
        <source>Delete the activity copied from %1 on this computer? %1 keeps its own data, and it stays hidden here so the copies do not come back.</source>
        <translation>Supprimer l&apos;activité copiée depuis %1 sur cet ordinateur&#xa0;? %1 conserve ses propres données, et reste masqué ici pour que les copies ne reviennent pas.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync is not available.</source>
        <translation>La synchronisation n&apos;est pas disponible.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>Dossier de synchronisation&#xa0;: &lt;b&gt;%1&lt;/b&gt;, intervalle de %n seconde</numerusform>
            <numerusform>Dossier de synchronisation&#xa0;: &lt;b&gt;%1&lt;/b&gt;, intervalle de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>La synchronisation est désactivée.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>pas encore de fichier de base de données</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>Synchronisé à %1&#xa0;: %n événement copié depuis d&apos;autres ordinateurs.</numerusform>
            <numerusform>Synchronisé à %1&#xa0;: %n événements copiés depuis d&apos;autres ordinateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncthing is set up on this computer but does not answer at %1.</source>
        <translation>Syncthing est configuré sur cet ordinateur mais ne répond pas à %1.</translation>
    </message>
    <message>
        <source>No Syncthing found on this computer.</source>
        <translation>Syncthing introuvable sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer (%1), but the sync folder is not shared there.</source>
        <translation>Syncthing fonctionne sur cet ordinateur (%1), mais le dossier de synchronisation n&apos;y est pas partagé.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer and shares the sync folder (&quot;%1&quot;): %2.</source>
        <translation>Syncthing fonctionne sur cet ordinateur et partage le dossier de synchronisation («&#xa0;%1&#xa0;»)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1, %2 still to fetch</source>
        <translation>%1, encore %2 à récupérer</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Afficher</translation>
    </message>
</context>
<context>
    <name>stint::SyncService</name>
    <message>
        <source>Stint is quitting; sync did not run.</source>
        <translation>Stint est en train de quitter&#xa0;; la synchronisation n&apos;a pas eu lieu.</translation>
    </message>
</context>
<context>
    <name>stint::TimelinePage</name>
    <message>
        <source>Scroll to zoom, drag to move</source>
        <translation>Défilez pour zoomer, faites glisser pour vous déplacer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show a longer stretch</source>
        <translation>Afficher une période plus longue</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Show a shorter stretch</source>
        <translation>Afficher une période plus courte</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>button: scroll the timeline to the present</extracomment>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Go to the present</source>
        <translation>Aller au moment présent</translation>
    </message>
    <message>
        <source>Timeline of every bucket</source>
        <translation>Chronologie de tous les buckets</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd d MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Impossible de lire la chronologie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Go back by the span shown</source>
        <translation>Reculer de la période affichée</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Go forward by the span shown</source>
        <translation>Avancer de la période affichée</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Temps manuel…</translation>
    </message>
    <message>
        <source>Timers and entries by hand (right-drag over the timeline adds one)</source>
        <translation>Minuteurs et entrées manuelles (un glisser avec le bouton droit sur la chronologie en ajoute une)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Modifier l&apos;entrée…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l&apos;entrée</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Ajouter une entrée…</translation>
    </message>
</context>
<context>
    <name>stint::TimelineStrip</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1 – %2
%3, %4 active</source>
        <translation>%1 – %2
%3, %4 d&apos;activité</translation>
    </message>
</context>
<context>
    <name>stint::TimelineView</name>
    <message>
        <source>Windows</source>
        <translation>Fenêtres</translation>
    </message>
    <message>
        <source>Active / away</source>
        <translation>Actif / absent</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Browser tabs</source>
        <translation>Onglets de navigateur</translation>
    </message>
    <message>
        <source>Browser tabs (%1)</source>
        <translation>Onglets de navigateur (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>in a tooltip: the user was at the computer</extracomment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>in a tooltip: the user was away from the computer</extracomment>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Application&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre&#xa0;: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start: %1 %2</source>
        <translation>Début&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Rien n&apos;a encore été enregistré</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Bucket %1
Type %2
Host %3</source>
        <translation>Bucket %1
Type %2
Hôte %3</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Manual time</source>
        <translation>Temps manuel</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <extracomment>in a tooltip: the app&apos;s name, then the id it was recorded with</extracomment>
        <translation>Application&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>stint::TimerMenu</name>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Stop “%1” (%2)</source>
        <translation>Arrêter «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>tray menu: start a timer with a label used before</extracomment>
        <translation>Démarrer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>Démarrer un minuteur…</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Temps manuel…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Démarrer un minuteur</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>Que faites-vous&#xa0;?</translation>
    </message>
</context>
<context>
    <name>stint::Tracker</name>
    <message>
        <source>cannot store this database&apos;s device id</source>
        <translation>impossible d&apos;enregistrer l&apos;identifiant d&apos;appareil de cette base de données</translation>
    </message>
    <message>
        <source>cannot read this database&apos;s device id</source>
        <translation>impossible de lire l&apos;identifiant d&apos;appareil de cette base de données</translation>
    </message>
</context>
<context>
    <name>stint::TrayIcon</name>
    <message>
        <source>Open Stint</source>
        <translation>Ouvrir Stint</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Pause de 15 minutes</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pause d&apos;une heure</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Pause jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stint is tracking</source>
        <translation>Stint suit votre activité</translation>
    </message>
    <message>
        <source>Stint: you are away</source>
        <translation>Stint&#xa0;: vous êtes absent</translation>
    </message>
    <message>
        <source>Stint is paused until %1</source>
        <translation>Stint est en pause jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Stint is paused</source>
        <translation>Stint est en pause</translation>
    </message>
    <message>
        <source>Stint is not recording</source>
        <translation>Stint n&apos;enregistre pas</translation>
    </message>
    <message>
        <source>Today: %1 active</source>
        <translation>Aujourd&apos;hui&#xa0;: %1 d&apos;activité</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot save: %1</source>
        <translation>Stint ne peut pas sauvegarder&#xa0;: %1</translation>
    </message>
    <message>
        <source>It keeps what it records in memory and tries again.</source>
        <translation>Il garde en mémoire ce qu&apos;il enregistre et réessaie.</translation>
    </message>
    <message>
        <source>Testing database: %1</source>
        <translation>Base de données de test&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>stint::TrendsPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>52 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>The span to look at; the current week or month is the last one</source>
        <translation>La période à examiner&#xa0;; la semaine ou le mois en cours est le dernier</translation>
    </message>
    <message>
        <source>Against the same number of days just before the span</source>
        <translation>Par rapport au même nombre de jours juste avant la période</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Moyenne quotidienne</translation>
    </message>
    <message>
        <source>per day of the span</source>
        <translation>par jour de la période</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Jour le plus chargé</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Les scores des catégories, pondérés par le temps passé dans chacune</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Score de productivité</translation>
    </message>
    <message>
        <source>Click a bar to see that period on the Activity page</source>
        <translation>Cliquez sur une barre pour voir cette période dans la page Activité</translation>
    </message>
    <message>
        <source>Active time per week</source>
        <translation>Temps actif par semaine</translation>
    </message>
    <message>
        <source>Share of each category</source>
        <translation>Part de chaque catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Change by category</source>
        <translation>Évolution par catégorie</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>Impossible de lire les tendances&#xa0;: %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, comparé à %3 – %4</translation>
    </message>
    <message>
        <source>%1 against %2 before</source>
        <translation>%1 par rapport à %2 avant</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>rien avant pour comparer</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>aucune activité</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Temps actif par mois</translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>Évolution par rapport à la %n semaine précédente</numerusform>
            <numerusform>Évolution par rapport aux %n semaines précédentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>Évolution par rapport au %n mois précédent</numerusform>
            <numerusform>Évolution par rapport aux %n mois précédents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2: %3 (%4)
Total: %5
Click to open it on the Activity page</source>
        <translation>%1
%2&#xa0;: %3 (%4)
Total&#xa0;: %5
Cliquez pour l&apos;ouvrir dans la page Activité</translation>
    </message>
    <message>
        <source>%1
Productivity score: %2</source>
        <translation>%1
Score de productivité&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the active time</source>
        <translation>%1
%2&#xa0;: %3 du temps actif</translation>
    </message>
    <message>
        <source>%1 now against %2 before</source>
        <translation>%1 maintenant contre %2 avant</translation>
    </message>
    <message>
        <source>No time in this category before</source>
        <translation>Aucun temps dans cette catégorie avant</translation>
    </message>
</context>
</TS>
