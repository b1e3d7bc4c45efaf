<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ActivityBuilder</name>
    <message>
        <source>no window activity was recorded on host &quot;%1&quot;</source>
        <translation>auf dem Host „%1“ wurde keine Fensteraktivität aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>ActivityCsvExporter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ActivitySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>kein Suchtext angegeben</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2 an Position %3</translation>
    </message>
</context>
<context>
    <name>AlwaysActiveRules</name>
    <message>
        <source>not a valid regular expression</source>
        <translation>kein gültiger regulärer Ausdruck</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the desktop&apos;s Background portal</source>
        <translation>das Background-Portal der Arbeitsumgebung</translation>
    </message>
    <message>
        <source>No session bus, so the Background portal cannot be asked.</source>
        <translation>Kein Session-Bus vorhanden, daher kann das Background-Portal nicht angefragt werden.</translation>
    </message>
    <message>
        <source>Stint records your activity from the moment you log in.</source>
        <translation>Stint zeichnet Ihre Aktivität ab der Anmeldung auf.</translation>
    </message>
    <message>
        <source>The Background portal refused the request: %1</source>
        <translation>Das Background-Portal hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Background portal did not answer.</source>
        <translation>Das Background-Portal hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Starting at login was not allowed (the request was denied or cancelled).</source>
        <translation>Der Start bei der Anmeldung wurde nicht erlaubt (die Anfrage wurde abgelehnt oder abgebrochen).</translation>
    </message>
    <message>
        <source>The desktop did not allow Stint to start at login.</source>
        <translation>Die Arbeitsumgebung hat den Start von Stint bei der Anmeldung nicht erlaubt.</translation>
    </message>
    <message>
        <source>The desktop kept Stint starting at login.</source>
        <translation>Die Arbeitsumgebung startet Stint weiterhin bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Records which application has your attention</source>
        <translation>Zeichnet auf, welche Anwendung Ihre Aufmerksamkeit hat</translation>
    </message>
    <message>
        <source>Cannot change the registry value %1.</source>
        <translation>Der Registrierungswert %1 kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Stint cannot start at login: %1</source>
        <translation>Stint kann nicht bei der Anmeldung starten: %1</translation>
    </message>
    <message>
        <source>Stint cannot stop starting at login: %1</source>
        <translation>Der Start von Stint bei der Anmeldung kann nicht deaktiviert werden: %1</translation>
    </message>
</context>
<context>
    <name>AwExporter</name>
    <message>
        <source>There is no bucket &apos;%1&apos;.</source>
        <translation>Es gibt keinen Bucket „%1“.</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Bucket „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>AwImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file ends too early (expected &apos;%1&apos;)</source>
        <translation>die Datei endet zu früh („%1“ erwartet)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>„%1“ erwartet</translation>
    </message>
    <message>
        <source>the file ends inside a value that starts at %1</source>
        <translation>die Datei endet innerhalb eines Werts, der bei %1 beginnt</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>die Datei endet innerhalb einer Zeichenkette</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>Schlüssel in doppelten Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>this is not an ActivityWatch export: it has no &quot;buckets&quot;</source>
        <translation>dies ist kein ActivityWatch-Export: er enthält keine &quot;buckets&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the export</source>
        <translation>unerwarteter Text nach dem Export</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: %2</source>
        <translation>Bucket „%1“: %2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>ein Ereignis muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event %2: %3</source>
        <translation>Bucket „%1“, Ereignis %2: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not an ActivityWatch database (no buckets table: %2)</source>
        <translation>%1 ist keine ActivityWatch-Datenbank (keine Tabelle buckets: %2)</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: &apos;created&apos; is not a date: %2</source>
        <translation>Bucket „%1“: &apos;created&apos; ist kein Datum: %2</translation>
    </message>
    <message>
        <source>Cannot read the events of &apos;%1&apos;: %2</source>
        <translation>Die Ereignisse von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2 ends before it starts</source>
        <translation>Bucket „%1“, Ereignis bei %2 endet, bevor es beginnt</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its %2 is not valid UTF-8</source>
        <translation>Bucket „%1“: das Feld %2 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its data cannot be kept as it is: %2</source>
        <translation>Bucket „%1“: seine Daten kann Stint nicht unverändert speichern: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: its data cannot be kept as it is: %3</source>
        <translation>Bucket „%1“, Ereignis bei %2: seine Daten kann Stint nicht unverändert speichern: %3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>Die Datei kann nicht unverändert importiert werden: %1</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>category %1 (&quot;%2&quot;)</source>
        <translation>Kategorie %1 („%2“)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a list of non-empty strings</source>
        <translation>&quot;name&quot; muss eine Liste nicht leerer Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty list of strings</source>
        <translation>&quot;name&quot; muss eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be an object</source>
        <translation>&quot;rule&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a regex rule needs a non-empty &quot;regex&quot; string</source>
        <translation>eine Regex-Regel benötigt eine nicht leere Zeichenkette &quot;regex&quot;</translation>
    </message>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2 an Position %3</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot; (known: regex, none)</source>
        <translation>unbekannter Regeltyp „%1“ (bekannt: regex, none)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be an object</source>
        <translation>&quot;data&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>categories must be a JSON list of rules, or an object with a &quot;categories&quot; list</source>
        <translation>Kategorien müssen eine JSON-Liste von Regeln sein oder ein Objekt mit einer Liste &quot;categories&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Reads what Stint has recorded.</source>
        <translation>Liest, was Stint aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Print JSON (ActivityWatch&apos;s format).</source>
        <translation>JSON ausgeben (Format von ActivityWatch).</translation>
    </message>
    <message>
        <source>Only events that end at or after &lt;time&gt;.</source>
        <translation>Nur Ereignisse, die um oder nach &lt;time&gt; enden.</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>Only events that start at or before &lt;time&gt;.</source>
        <translation>Nur Ereignisse, die um oder vor &lt;time&gt; beginnen.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; events (summary: rows, default 10).</source>
        <translation>Höchstens &lt;n&gt; Ereignisse (summary: Zeilen, Standard 10).</translation>
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
        <translation>summary: die ganze Woche.</translation>
    </message>
    <message>
        <source>summary: the whole month.</source>
        <translation>summary: der ganze Monat.</translation>
    </message>
    <message>
        <source>summary: the whole year.</source>
        <translation>summary: das ganze Jahr.</translation>
    </message>
    <message>
        <source>summary: group by app, title, category or domain.</source>
        <translation>summary: nach Anwendung, Titel, Kategorie oder Domain gruppieren.</translation>
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
        <translation>export: nur dieser Bucket (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>id</translation>
    </message>
    <message>
        <source>export: json (default) or csv.</source>
        <translation>export: json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Cannot read the time &apos;%1&apos;; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>Die Zeit „%1“ kann nicht gelesen werden; verwenden Sie RFC 3339 oder YYYY-MM-DD[THH:MM[:SS]].</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit erwartet eine ganze Zahl ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>Unbekannter Befehl oder falsche Argumente: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>ERSTES</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>LETZTES</translation>
    </message>
    <message>
        <source>START</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <source>--by takes app, title, category or domain, not &apos;%1&apos;.</source>
        <translation>--by erwartet app, title, category oder domain, nicht „%1“.</translation>
    </message>
    <message>
        <source>Choose one period: --date, --week, --month, --year, or --start and --end.</source>
        <translation>Wählen Sie einen Zeitraum: --date, --week, --month, --year oder --start und --end.</translation>
    </message>
    <message>
        <source>Cannot read the date &apos;%1&apos;; use YYYY-MM-DD.</source>
        <translation>Das Datum „%1“ kann nicht gelesen werden; verwenden Sie YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A custom period needs both --start and --end, with the end after the start.</source>
        <translation>Ein benutzerdefinierter Zeitraum benötigt --start und --end, wobei das Ende nach dem Beginn liegt.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 active</source>
        <translation>%1 bis %2: %3 aktiv</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>, %1 pausiert</translation>
    </message>
    <message>
        <source>, productivity %1</source>
        <translation>, Produktivität %1</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>ANWENDUNG</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>The categories were not stored: %1</source>
        <translation>Die Kategorien wurden nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>%n Kategorie importiert.</numerusform>
            <numerusform>%n Kategorien importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>WERTUNG</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>FARBE</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>%n Kategorie exportiert.</numerusform>
            <numerusform>%n Kategorien exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: categories, categories export FILE or categories import FILE.</source>
        <translation>Verwendung: categories, categories export DATEI oder categories import DATEI.</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &apos;%1&apos;.</source>
        <translation>--format erwartet json oder csv, nicht „%1“.</translation>
    </message>
    <message>
        <source>--bucket applies to the JSON export; the CSV is the combined activity.</source>
        <translation>--bucket gilt für den JSON-Export; die CSV-Datei enthält die kombinierte Aktivität.</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end darf nicht vor --start liegen.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>The import could not be committed: %1</source>
        <translation>Der Import konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>no database yet: nothing has been recorded in this location</source>
        <translation>noch keine Datenbank: an diesem Ort wurde noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)</source>
        <translation>Schemaversion: %1 (dieser Build: %2)</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>Journal-Modus: %1</translation>
    </message>
    <message>
        <source>note: the database is not in WAL mode; readers may wait for commits</source>
        <translation>Hinweis: die Datenbank ist nicht im WAL-Modus; Leser müssen eventuell auf Commits warten</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>Integrität: ok</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>Integrität: %n Problem</numerusform>
            <numerusform>Integrität: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>gnome-extension takes &apos;install&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>gnome-extension erwartet &apos;install&apos; oder &apos;status&apos;, nicht „%1“.</translation>
    </message>
    <message>
        <source>  gnome-extension install|status   install Stint&apos;s GNOME Shell extension (it shows Stint the
                                   focused window on GNOME), or tell whether it runs
</source>
        <translation>  gnome-extension install|status   Stints GNOME-Shell-Erweiterung installieren (sie zeigt
                                   Stint das fokussierte Fenster unter GNOME) oder anzeigen,
                                   ob sie läuft
</translation>
    </message>
    <message>
        <source>Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).
</source>
        <translation>Zeiten T: RFC 3339 (2026-11-24T09:30:00Z) oder lokal (2026-11-24, 2026-11-24T09:30).
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>%n Aktivitätszeile exportiert.</numerusform>
            <numerusform>%n Aktivitätszeilen exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>... %n Ereignis gelesen</numerusform>
            <numerusform>... %n Ereignisse gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>%n Ereignis exportiert (Buckets: %1).</numerusform>
            <numerusform>%n Ereignisse exportiert (Buckets: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>autostart takes &apos;enable&apos;, &apos;disable&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>autostart erwartet &apos;enable&apos;, &apos;disable&apos; oder &apos;status&apos;, nicht „%1“.</translation>
    </message>
    <message>
        <source>Stint will start at login (%1).</source>
        <translation>Stint wird bei der Anmeldung gestartet (%1).</translation>
    </message>
    <message>
        <source>Stint will not start at login.</source>
        <translation>Stint wird bei der Anmeldung nicht gestartet.</translation>
    </message>
    <message>
        <source>problem: there is no file %1</source>
        <translation>Problem: die Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 gesichert.</numerusform>
            <numerusform>%n Ereignisse nach %1 gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>api allow: yes, let every page of this web site read and write activity.</source>
        <translation>api allow: ja, jede Seite dieser Website Aktivität lesen und schreiben lassen.</translation>
    </message>
    <message>
        <source>Use: api origins, api allow ORIGIN or api disallow ORIGIN.</source>
        <translation>Verwendung: api origins, api allow ORIGIN oder api disallow ORIGIN.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>URSPRUNG</translation>
    </message>
    <message>
        <source>ALLOWED BY</source>
        <translation>ZUGELASSEN DURCH</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin: give it as scheme://host[:port], e.g. chrome-extension://&lt;id&gt;, as Settings or Stint&apos;s log shows it.</source>
        <translation>„%1“ ist kein Ursprung: Geben Sie ihn als schema://host[:port] an, z. B. chrome-extension://&lt;id&gt;, so wie ihn die Einstellungen oder das Protokoll von Stint zeigen.</translation>
    </message>
    <message>
        <source>%1 is not a browser extension: any page from it could then write and read your activity data. Add --yes if that is what you want.</source>
        <translation>%1 ist keine Browser-Erweiterung: Jede Seite davon könnte dann Ihre Aktivitätsdaten schreiben und lesen. Fügen Sie --yes hinzu, wenn Sie das wollen.</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1 ist bereits zugelassen.</translation>
    </message>
    <message>
        <source>%1 was not added, so there is nothing to disallow (built-in origins and patterns stay).</source>
        <translation>%1 wurde nicht hinzugefügt, es gibt also nichts zu entfernen (eingebaute Ursprünge und Muster bleiben).</translation>
    </message>
    <message>
        <source>The setting was not stored: %1</source>
        <translation>Die Einstellung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Allowed %1.</source>
        <translation>%1 zugelassen.</translation>
    </message>
    <message>
        <source>Disallowed %1.</source>
        <translation>%1 nicht mehr zugelassen.</translation>
    </message>
    <message>
        <source>The running Stint applies it now.</source>
        <translation>Das laufende Stint übernimmt dies sofort.</translation>
    </message>
    <message>
        <source>Stint applies it when it starts.</source>
        <translation>Stint übernimmt dies beim nächsten Start.</translation>
    </message>
    <message>
        <source>summary: the day &lt;date&gt; (YYYY-MM-DD); trends: the last day.</source>
        <translation>summary: der Tag &lt;date&gt; (YYYY-MM-DD); trends: der letzte Tag.</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; weeks (default 12).</source>
        <translation>trends: die letzten &lt;n&gt; Wochen (Standard 12).</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; months.</source>
        <translation>trends: die letzten &lt;n&gt; Monate.</translation>
    </message>
    <message>
        <source>Choose one span: --weeks or --months.</source>
        <translation>Wählen Sie einen Zeitraum: --weeks oder --months.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2, nicht „%3“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>%1 bis %2: %3 aktiv, %4 gegenüber dem %n Tag davor</numerusform>
            <numerusform>%1 bis %2: %3 aktiv, %4 gegenüber den %n Tagen davor</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily average %1, busiest day %2, productivity %3</source>
        <translation>Tagesdurchschnitt %1, aktivster Tag %2, Produktivität %3</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>WOCHE VOM</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MONAT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>DAVOR</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
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
        <translation>Befehle:
  buckets [--json]                 Buckets mit erstem/letztem Ereignis und Anzahl auflisten
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   die Ereignisse eines Buckets auflisten, neueste zuerst
  check [DATEI]                    die Datenbank prüfen oder die Datenbankdatei DATEI (eine
                                   Sicherung): Integrität, Schemaversion, Journalmodus; endet
                                   bei einem Problem mit 1
  backup DATEI                     eine konsistente Kopie der Datenbank nach DATEI schreiben, auch
                                   während Stint aufzeichnet; eine Datei, geprüft
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   wohin die aktive Zeit ging (standardmäßig heute; --date wählt den
                                   Tag oder die Woche/den Monat/das Jahr, die ihn enthält)
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   aktive Zeit pro Woche oder Monat und Kategorie der obersten Ebene,
                                   die Produktivitätswertung und die Änderung gegenüber dem Zeitraum
                                   davor (die letzten 12 Wochen bis heute oder bis D)
  search TEXT [--regex] [--from D] [--to D] [--json]
                                   aktive Zeit, deren Anwendung, Fenstertitel oder URL TEXT enthält
                                   (oder zum regulären Ausdruck passt), nach Anwendung und Titel, mit
                                   dem ersten und letzten Auftreten; der gesamte Verlauf oder ab dem
                                   Tag oder der Uhrzeit D und bis D
  goals [--date D] [--json]        Fortschritt der Ziele: die des Tages (heute oder D) und die
                                   seiner Woche
  categories [export DATEI | import DATEI]
                                   die Kategorien auflisten oder die Datei von ActivityWatch schreiben/lesen
  export [DATEI] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   Export-JSON von ActivityWatch (alle Buckets oder die angegebenen)
                                   oder CSV der aktiven Zeit; ohne DATEI auf die Standardausgabe;
                                   ein Zeitraum beschneidet die Ereignisse darauf
  import DATEI                     ein ActivityWatch-Export (.json) oder die sqlite.db von
                                   aw-server-rust; bereits gespeicherte Ereignisse werden übersprungen
  autostart enable|disable|status  Stint (minimiert) bei der Anmeldung starten, dies nicht mehr
                                   tun oder &apos;enabled&apos; bzw. &apos;disabled&apos; ausgeben
  api origins [--json]             die Ursprünge (Browsererweiterungen, Seiten), die die HTTP-API zulässt
  api allow ORIGIN [--yes]         einen Ursprung zulassen, z. B. chrome-extension://&lt;id&gt;; eine
                                   http(s)://-Seite benötigt --yes
  api disallow ORIGIN              einen von Ihnen hinzugefügten Ursprung nicht mehr zulassen
  sync status [--json]             der Sync-Ordner und die Computer darin
  sync now [--json]                jetzt mit dem Ordner synchronisieren (über das laufende Stint
                                   oder eigenständig, wenn keines läuft)
  stopwatch start BEZEICHNUNG | stop | status [--json]
                                   einen benannten Timer starten (der laufende wird gestoppt), ihn
                                   stoppen oder anzeigen, was läuft; die Stoppuhr von aw-webui zeigt
                                   dasselbe
  entry add --start T --end T BEZEICHNUNG
                                   Zeit abseits des Computers von Hand hinzufügen
</translation>
    </message>
    <message>
        <source>summary, trends: only this host, or all (the default): every host combined, each moment counted once, this computer&apos;s first.</source>
        <translation>summary, trends: nur dieser Host oder all (Standard): alle Hosts zusammen, jeder Moment nur einmal gezählt, dieser Computer zuerst.</translation>
    </message>
    <message>
        <source>search: TEXT is a regular expression.</source>
        <translation>search: TEXT ist ein regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>search: from this day or time on.</source>
        <translation>search: ab diesem Tag oder dieser Uhrzeit.</translation>
    </message>
    <message>
        <source>search: up to the end of this day, or this time.</source>
        <translation>search: bis zum Ende dieses Tages oder bis zu dieser Uhrzeit.</translation>
    </message>
    <message>
        <source>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry or gnome-extension</source>
        <translation>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry oder gnome-extension</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>höchstens %1 pro Tag</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>höchstens %1 pro Woche</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>mindestens %1 pro Tag</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>mindestens %1 pro Woche</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1 übrig</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>noch %1 bis zum Ziel</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <extracomment>stint-cli goals: &quot;Social: 42 min of at most 30 min a day, over the limit&quot;</extracomment>
        <translation>%1: %2 von %3, %4</translation>
    </message>
    <message>
        <source>No goals set (Settings → Goals in Stint&apos;s window).</source>
        <translation>Keine Ziele festgelegt (Einstellungen → Ziele im Fenster von Stint).</translation>
    </message>
    <message>
        <source>Day of %1:</source>
        <translation>Tag %1:</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>Woche vom %1:</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>Suche nicht möglich: %1</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n Ergebnis, %1 aktiv</numerusform>
            <numerusform>%n Ergebnisse, %1 aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1, last seen %2</source>
        <translation>zuerst gesehen %1, zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>Use: sync status or sync now.</source>
        <translation>Verwendung: sync status oder sync now.</translation>
    </message>
    <message>
        <source>Sync is off: choose a folder in Settings &gt; Data or start Stint with --sync-dir FOLDER.</source>
        <translation>Die Synchronisierung ist aus: Wählen Sie einen Ordner unter Einstellungen &gt; Daten oder starten Sie Stint mit --sync-dir ORDNER.</translation>
    </message>
    <message>
        <source>The running Stint synced.</source>
        <translation>Die laufende Stint-Instanz hat synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Ereignis neu oder aktualisiert).</numerusform>
            <numerusform>%1 geschrieben (%n Ereignisse neu oder aktualisiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): no database file yet.</source>
        <translation>%1 (%2): noch keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 (%2): up to date.</source>
        <translation>%1 (%2): aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1 (%2): %n Ereignis kopiert.</numerusform>
            <numerusform>%1 (%2): %n Ereignisse kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Die Synchronisierung ist aus.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>Sync-Ordner: %1 (alle %n Sekunde)</numerusform>
            <numerusform>Sync-Ordner: %1 (alle %n Sekunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer: %1, device %2</source>
        <translation>Dieser Computer: %1, Gerät %2</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(noch nicht synchronisiert)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>noch keine Datenbankdatei</translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>Datei geändert %1, %n Ereignis hierher kopiert</numerusform>
            <numerusform>Datei geändert %1, %n Ereignisse hierher kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (ausgeblendet)</translation>
    </message>
    <message>
        <source>Waiting for another stint-cli to finish writing...</source>
        <translation>Warte, bis ein anderes stint-cli mit dem Schreiben fertig ist...</translation>
    </message>
    <message>
        <source>a Stint holds the database but does not answer</source>
        <translation>eine Stint-Instanz hält die Datenbank, antwortet aber nicht</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>DBusIdleBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Session-Bus</translation>
    </message>
    <message>
        <source>cannot read the idle time: %1</source>
        <translation>die Leerlaufzeit kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of %1.</source>
        <translation>Die Datenbank in &lt;dir&gt; statt in %1 ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>the value name in --help: --data-dir &lt;dir&gt;</extracomment>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use a separate testing database (stint-testing.db).</source>
        <translation>Eine separate Testdatenbank verwenden (stint-testing.db).</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 ist die Datenbank selbst</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot copy the database to %1: %2</source>
        <translation>die Datenbank kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>die Kopie hat die Prüfung nicht bestanden: %1</translation>
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
        <translation>0 %</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt; 1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>EventOps</name>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2 an Position %3</translation>
    </message>
</context>
<context>
    <name>GnomeExtension</name>
    <message>
        <source>Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). Install it with &apos;stint-cli gnome-extension install&apos;, log out and back in, then enable it with &apos;gnome-extensions enable %1&apos; or in the Extensions app.</source>
        <translation>Stint verfolgt das fokussierte Fenster unter GNOME über seine GNOME-Shell-Erweiterung (GNOME 45 oder neuer). Installieren Sie sie mit &apos;stint-cli gnome-extension install&apos;, melden Sie sich ab und wieder an und aktivieren Sie sie dann mit &apos;gnome-extensions enable %1&apos; oder in der Anwendung „Erweiterungen“.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>This build of Stint lacks the extension file %1.</source>
        <translation>Diesem Build von Stint fehlt die Erweiterungsdatei %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Installed Stint&apos;s GNOME Shell extension into %1.
Log out and back in so GNOME Shell finds it, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Stints GNOME-Shell-Erweiterung wurde in %1 installiert.
Melden Sie sich ab und wieder an, damit GNOME Shell sie findet, und aktivieren Sie sie dann mit &apos;gnome-extensions enable %2&apos; (oder in der Anwendung „Erweiterungen“).</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is not installed (%1). %2</source>
        <translation>Stints GNOME-Shell-Erweiterung ist nicht installiert (%1). %2</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension in %1 differs from the one this Stint ships: run &apos;stint-cli gnome-extension install&apos; again, then log out and back in.</source>
        <translation>Stints GNOME-Shell-Erweiterung in %1 unterscheidet sich von der, die mit diesem Stint ausgeliefert wird: Führen Sie &apos;stint-cli gnome-extension install&apos; erneut aus und melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 and running.</source>
        <translation>Stints GNOME-Shell-Erweiterung ist in %1 installiert und läuft.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 but not running: log out and back in, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Stints GNOME-Shell-Erweiterung ist in %1 installiert, läuft aber nicht: Melden Sie sich ab und wieder an und aktivieren Sie sie dann mit &apos;gnome-extensions enable %2&apos; (oder in der Anwendung „Erweiterungen“).</translation>
    </message>
</context>
<context>
    <name>GnomeShellWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Session-Bus</translation>
    </message>
    <message>
        <source>cannot subscribe to %1.Changed: %2</source>
        <translation>%1.Changed kann nicht abonniert werden: %2</translation>
    </message>
    <message>
        <source>GNOME Shell does not answer for Stint&apos;s extension (%1): %2</source>
        <translation>GNOME Shell antwortet nicht für Stints Erweiterung (%1): %2</translation>
    </message>
    <message>
        <source>GNOME Shell left the session bus; waiting for it to come back</source>
        <translation>GNOME Shell hat den Session-Bus verlassen; warte auf die Rückkehr</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>&quot;category&quot; is not a list of up to %1 names</source>
        <translation>&quot;category&quot; ist keine Liste von bis zu %1 Namen</translation>
    </message>
    <message>
        <source>&quot;category&quot; holds something other than a name</source>
        <translation>&quot;category&quot; enthält etwas anderes als einen Namen</translation>
    </message>
    <message>
        <source>&quot;type&quot; is neither &quot;atMost&quot; nor &quot;atLeast&quot;</source>
        <translation>&quot;type&quot; ist weder &quot;atMost&quot; noch &quot;atLeast&quot;</translation>
    </message>
    <message>
        <source>&quot;per&quot; is neither &quot;day&quot; nor &quot;week&quot;</source>
        <translation>&quot;per&quot; ist weder &quot;day&quot; noch &quot;week&quot;</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is not a whole number from 1 to %1</source>
        <translation>&quot;minutes&quot; ist keine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>not a list of goals</source>
        <translation>keine Liste von Zielen</translation>
    </message>
    <message>
        <source>more than %1 goals</source>
        <translation>mehr als %1 Ziele</translation>
    </message>
    <message>
        <source>the same goal is given twice</source>
        <translation>dasselbe Ziel ist doppelt angegeben</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <extracomment>%1 is the position of the goal in the list, from 1</extracomment>
        <translation>Ziel %1: %2</translation>
    </message>
    <message>
        <source>the time of the day&apos;s summary must be &quot;HH:MM&quot;</source>
        <translation>die Uhrzeit der Tageszusammenfassung muss &quot;HH:MM&quot; sein</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>%n Ereignis importiert, %1 bereits vorhandene übersprungen.</numerusform>
            <numerusform>%n Ereignisse importiert, %1 bereits vorhandene übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2): %3 imported, %4 duplicates%5</source>
        <translation>  %1 (%2): %3 importiert, %4 Duplikate%5</translation>
    </message>
    <message>
        <source>new bucket</source>
        <translation>neuer Bucket</translation>
    </message>
    <message>
        <source>existing bucket</source>
        <translation>vorhandener Bucket</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>, nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>Everything listed above was imported; the rest of the unfinished bucket and any bucket after it in the file were not.</source>
        <translation>Alles oben Aufgeführte wurde importiert; der Rest des nicht abgeschlossenen Buckets und alle Buckets, die danach in der Datei folgen, wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>The database could not commit before the import: %1</source>
        <translation>Die Datenbank konnte vor dem Import keinen Commit ausführen: %1</translation>
    </message>
    <message>
        <source>Cannot save bucket &apos;%1&apos;: %2</source>
        <translation>Bucket „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot create bucket &apos;%1&apos;: %2</source>
        <translation>Bucket „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Bucket „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Storing events of bucket &apos;%1&apos; failed: %2</source>
        <translation>Das Speichern der Ereignisse von Bucket „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The imported events could not be committed: %1</source>
        <translation>Die importierten Ereignisse konnten nicht übernommen werden: %1</translation>
    </message>
</context>
<context>
    <name>KWinWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Session-Bus</translation>
    </message>
    <message>
        <source>cannot register %1 on the session bus: %2</source>
        <translation>%1 kann nicht am Session-Bus registriert werden: %2</translation>
    </message>
    <message>
        <source>the KWin script is missing from this build (%1)</source>
        <translation>das KWin-Skript fehlt in diesem Build (%1)</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the KWin script</source>
        <translation>das Verzeichnis %1 für das KWin-Skript kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the KWin script %1: %2</source>
        <translation>das KWin-Skript %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>KWin (%1) is not on the session bus</source>
        <translation>KWin (%1) ist nicht am Session-Bus</translation>
    </message>
    <message>
        <source>KWin refused to load the script %1</source>
        <translation>KWin hat das Laden des Skripts %1 verweigert</translation>
    </message>
    <message>
        <source>KWin&apos;s scripting interface failed: %1</source>
        <translation>Die Skript-Schnittstelle von KWin ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>KWin did not start the script: %1</source>
        <translation>KWin hat das Skript nicht gestartet: %1</translation>
    </message>
    <message>
        <source>KWin left the session bus; waiting for it to come back to follow the active window</source>
        <translation>KWin hat den Session-Bus verlassen; warte auf die Rückkehr, um dem aktiven Fenster zu folgen</translation>
    </message>
</context>
<context>
    <name>MacWindowBackend</name>
    <message>
        <source>Stint needs Accessibility permission to read window titles: System Settings → Privacy &amp; Security → Accessibility</source>
        <translation>Stint benötigt die Berechtigung „Bedienungshilfen“, um Fenstertitel zu lesen: Systemeinstellungen → Datenschutz &amp; Sicherheit → Bedienungshilfen</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>the entry is empty: its end is its start</source>
        <translation>der Eintrag ist leer: sein Ende ist sein Beginn</translation>
    </message>
    <message>
        <source>the end lies before the start</source>
        <translation>das Ende liegt vor dem Beginn</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>{&quot;since&quot;: Zeit, &quot;until&quot;: Zeit oder null} erwartet</translation>
    </message>
</context>
<context>
    <name>PlatformBackends</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>der X-Anzeige %1 fehlt die Erweiterung MIT-SCREEN-SAVER, daher kann Stint nicht erkennen, wann Sie abwesend sind</translation>
    </message>
    <message>
        <source>XWayland is not running (DISPLAY is not set)</source>
        <translation>XWayland läuft nicht (DISPLAY ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) has no window manager publishing the active window</source>
        <translation>XWayland (DISPLAY=%1) hat keinen Fenstermanager, der das aktive Fenster veröffentlicht</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension</source>
        <translation>XWayland (DISPLAY=%1) fehlt die Erweiterung MIT-SCREEN-SAVER</translation>
    </message>
    <message>
        <source>the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such as sway, Hyprland, river and labwc do)</source>
        <translation>der Compositor bietet zwlr_foreign_toplevel_manager_v1 nicht an (wlroots-Compositoren wie sway, Hyprland, river und labwc tun das)</translation>
    </message>
    <message>
        <source>the compositor does not offer %1</source>
        <translation>der Compositor bietet %1 nicht an</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)</source>
        <translation>es gibt keinen D-Bus-Session-Bus, um KDE Plasma oder GNOME zu erreichen (%1)</translation>
    </message>
    <message>
        <source>neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus</source>
        <translation>weder KWin (KDE Plasma) noch GNOME Shell ist am D-Bus-Session-Bus</translation>
    </message>
    <message>
        <source>KWin&apos;s script did not load: %1</source>
        <translation>Das Skript von KWin wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>which window has focus (%1)</source>
        <translation>welches Fenster den Fokus hat (%1)</translation>
    </message>
    <message>
        <source>when you are away (%1)</source>
        <translation>wann Sie abwesend sind (%1)</translation>
    </message>
    <message>
        <source>on the Wayland display %1 Stint cannot see %2</source>
        <translation>auf der Wayland-Anzeige %1 kann Stint nicht erkennen, %2</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical session to see which window has focus and whether you are away</source>
        <translation>keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt): Stint benötigt eine grafische Sitzung, um zu erkennen, welches Fenster den Fokus hat und ob Sie abwesend sind</translation>
    </message>
    <message>
        <source>Stint runs outside a graphical login session (over SSH?): it can watch windows and input only when it runs in the logged-in user&apos;s session.</source>
        <translation>Stint läuft außerhalb einer grafischen Anmeldesitzung (über SSH?): Fenster und Eingaben kann es nur beobachten, wenn es in der Sitzung des angemeldeten Benutzers läuft.</translation>
    </message>
    <message>
        <source>Stint runs without a desktop (as a service?): it can watch windows and input only when it runs in the user&apos;s own session.</source>
        <translation>Stint läuft ohne Arbeitsumgebung (als Dienst?): Fenster und Eingaben kann es nur beobachten, wenn es in der eigenen Sitzung des Benutzers läuft.</translation>
    </message>
    <message>
        <source>%1, nor %2</source>
        <extracomment>both things Stint cannot see: &quot;which window has focus (...), nor when you are away (...)&quot;</extracomment>
        <translation>%1, und auch nicht, %2</translation>
    </message>
</context>
<context>
    <name>PrivacyRules</name>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>die Regeln müssen ein JSON-Array sein</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;drop&quot; or &quot;redact&quot;</source>
        <translation>&quot;action&quot; muss &quot;drop&quot; oder &quot;redact&quot; sein</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>the start of day must be a time &quot;HH:MM&quot;, not %1</source>
        <translation>der Tagesbeginn muss eine Uhrzeit &quot;HH:MM&quot; sein, nicht %1</translation>
    </message>
    <message>
        <source>the start of week must be an English day name such as &quot;Monday&quot;, not &quot;%1&quot;</source>
        <translation>der Wochenbeginn muss ein englischer Wochentagsname wie &quot;Monday&quot; sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>Migration von Schemaversion %1 nicht möglich</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>SQLite did not accept synchronous=FULL</source>
        <translation>SQLite hat synchronous=FULL nicht akzeptiert</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot set the journal mode of %1: %2</source>
        <translation>der Journal-Modus von %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 and uses &apos;%2&apos; instead; readers may wait for commits</source>
        <translation>SQLite hat den WAL-Modus für %1 abgelehnt und verwendet stattdessen &apos;%2&apos;; Leser müssen eventuell auf Commits warten</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>an in-memory database has no reader connections</source>
        <translation>eine In-Memory-Datenbank hat keine Leseverbindungen</translation>
    </message>
</context>
<context>
    <name>SyncFolderReader</name>
    <message>
        <source>no temporary folder for a copy</source>
        <translation>kein temporärer Ordner für eine Kopie</translation>
    </message>
    <message>
        <source>it cannot be copied (locked or being replaced)</source>
        <translation>sie kann nicht kopiert werden (gesperrt oder wird gerade ersetzt)</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again at the next sync.</source>
        <translation>%1 übersprungen: %2. Die Datei wird bei der nächsten Synchronisierung erneut gelesen.</translation>
    </message>
    <message>
        <source>it is damaged or not completely synced yet (%1)</source>
        <translation>sie ist beschädigt oder noch nicht vollständig synchronisiert (%1)</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Stint reads (up to %2)</source>
        <translation>ihre Schemaversion %1 ist neuer als die, die diese Stint-Version liest (bis %2)</translation>
    </message>
    <message>
        <source>it is not an ActivityWatch database (schema version %1)</source>
        <translation>sie ist keine ActivityWatch-Datenbank (Schemaversion %1)</translation>
    </message>
    <message>
        <source>the local bucket &apos;%1&apos; is not a copy from %2</source>
        <translation>der lokale Bucket „%1“ ist keine Kopie von %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: %3</source>
        <translation>Bucket „%1“, Ereignis bei %2: %3</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>es endet, bevor es beginnt</translation>
    </message>
</context>
<context>
    <name>SyncFolderWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary file</source>
        <translation>sie kann nicht in eine temporäre Datei kopiert werden</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>Der Sync-Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>cannot read the setting &quot;%1&quot;</source>
        <translation>die Einstellung „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a folder name</source>
        <translation>kein Ordnername</translation>
    </message>
    <message>
        <source>not a number of seconds from %1 to %2</source>
        <translation>keine Anzahl von Sekunden von %1 bis %2</translation>
    </message>
    <message>
        <source>not a list of hosts</source>
        <translation>keine Liste von Hosts</translation>
    </message>
</context>
<context>
    <name>WatcherBuckets</name>
    <message>
        <source>creating bucket %1 timed out</source>
        <translation>Zeitüberschreitung beim Erstellen von Bucket %1</translation>
    </message>
    <message>
        <source>cannot create bucket %1: %2</source>
        <translation>Bucket %1 kann nicht erstellt werden: %2</translation>
    </message>
</context>
<context>
    <name>WatcherSettings</name>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>cannot read the setting &quot;%1&quot; from the database</source>
        <translation>die Einstellung „%1“ kann nicht aus der Datenbank gelesen werden</translation>
    </message>
    <message>
        <source>%1 s is outside %2 … %3 s</source>
        <translation>%1 s liegt außerhalb von %2 … %3 s</translation>
    </message>
</context>
<context>
    <name>WaylandConnection</name>
    <message>
        <source>no compositor is listening there</source>
        <translation>dort lauscht kein Compositor</translation>
    </message>
    <message>
        <source>the compositor closed the connection</source>
        <translation>der Compositor hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>cannot connect to a Wayland display: WAYLAND_DISPLAY is not set</source>
        <translation>keine Verbindung zu einer Wayland-Anzeige möglich: WAYLAND_DISPLAY ist nicht gesetzt</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display %1: %2</source>
        <translation>keine Verbindung zur Wayland-Anzeige %1 möglich: %2</translation>
    </message>
    <message>
        <source>protocol error %1 on %2@%3</source>
        <translation>Protokollfehler %1 bei %2@%3</translation>
    </message>
    <message>
        <source>lost the connection to the Wayland display %1 (%2); retrying</source>
        <translation>Verbindung zur Wayland-Anzeige %1 verloren (%2); neuer Versuch</translation>
    </message>
</context>
<context>
    <name>WaylandIdleBackend</name>
    <message>
        <source>an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)</source>
        <translation>ein Leerlaufprotokoll (ext_idle_notifier_v1 oder org_kde_kwin_idle)</translation>
    </message>
    <message>
        <source>a seat (wl_seat)</source>
        <translation>einen Seat (wl_seat)</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away</source>
        <translation>der Wayland-Compositor auf %1 bietet %2 nicht an, daher kann Stint nicht erkennen, wann Sie abwesend sind</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the two things a compositor lacks: &quot;an idle protocol (...) and a seat (wl_seat)&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>WaylandWindowBackend</name>
    <message>
        <source>the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see which window has focus</source>
        <translation>der Wayland-Compositor auf %1 bietet zwlr_foreign_toplevel_manager_v1 nicht an, daher kann Stint nicht erkennen, welches Fenster den Fokus hat</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which window has focus</source>
        <translation>der Wayland-Compositor auf %1 hat zwlr_foreign_toplevel_manager_v1 zurückgezogen; Stint kann nicht erkennen, welches Fenster den Fokus hat</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 finished); Stint cannot see which window has focus</source>
        <translation>der Wayland-Compositor auf %1 listet keine Fenster mehr auf (zwlr_foreign_toplevel_manager_v1 beendet); Stint kann nicht erkennen, welches Fenster den Fokus hat</translation>
    </message>
</context>
<context>
    <name>WindowPattern</name>
    <message>
        <source>invalid %1 pattern &quot;%2&quot;: %3 at offset %4</source>
        <translation>ungültiges %1-Muster „%2“: %3 an Position %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>a rule needs an app or a title pattern</source>
        <translation>eine Regel benötigt ein Anwendungs- oder Titelmuster</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>die Regeln müssen ein JSON-Array sein</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>X11Connection</name>
    <message>
        <source>no X server is running there, or it refused the connection</source>
        <translation>dort läuft kein X-Server, oder er hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server lacks a required extension</source>
        <translation>dem Server fehlt eine erforderliche Erweiterung</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr verfügbar</translation>
    </message>
    <message>
        <source>the display name is not valid</source>
        <translation>der Anzeigename ist ungültig</translation>
    </message>
    <message>
        <source>the server has no such screen</source>
        <translation>der Server hat keinen solchen Bildschirm</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: %2</source>
        <translation>keine Verbindung zur X-Anzeige %1 möglich: %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the server has no screen %2</source>
        <translation>keine Verbindung zur X-Anzeige %1 möglich: der Server hat keinen Bildschirm %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the connection broke at once</source>
        <translation>keine Verbindung zur X-Anzeige %1 möglich: die Verbindung brach sofort ab</translation>
    </message>
    <message>
        <source>lost the connection to the X display %1; retrying</source>
        <translation>Verbindung zur X-Anzeige %1 verloren; neuer Versuch</translation>
    </message>
</context>
<context>
    <name>X11IdleBackend</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>der X-Anzeige %1 fehlt die Erweiterung MIT-SCREEN-SAVER, daher kann Stint nicht erkennen, wann Sie abwesend sind</translation>
    </message>
</context>
<context>
    <name>X11WindowBackend</name>
    <message>
        <source>the window manager on the X display %1 does not publish the active window (_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH standard (most do) to see which window has focus</source>
        <translation>der Fenstermanager auf der X-Anzeige %1 veröffentlicht das aktive Fenster nicht (_NET_ACTIVE_WINDOW); Stint benötigt einen Fenstermanager, der dem EWMH-Standard folgt (die meisten tun das), um zu erkennen, welches Fenster den Fokus hat</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds</source>
        <translation>„%1“ ist keine Anzahl von Sekunden</translation>
    </message>
    <message>
        <source>Stint records which application has your attention, and when you are away, and keeps it on this computer.</source>
        <translation>Stint zeichnet auf, welche Anwendung Ihre Aufmerksamkeit hat und wann Sie abwesend sind, und speichert dies auf diesem Computer.</translation>
    </message>
    <message>
        <source>Record without a window (the watchers still need a graphical session).</source>
        <translation>Ohne Fenster aufzeichnen (die Beobachter benötigen dennoch eine grafische Sitzung).</translation>
    </message>
    <message>
        <source>Read the focused window every &lt;seconds&gt; (default 1; overrides the setting).</source>
        <translation>Das fokussierte Fenster alle &lt;seconds&gt; Sekunden lesen (Standard 1; überschreibt die Einstellung).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>a value name in --help: &lt;seconds&gt;</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Count as away after &lt;seconds&gt; without input (default 180; overrides the setting).</source>
        <translation>Nach &lt;seconds&gt; Sekunden ohne Eingabe als abwesend werten (Standard 180; überschreibt die Einstellung).</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (when the desktop has a tray).</source>
        <translation>Im Infobereich starten, ohne das Fenster zu öffnen (sofern die Arbeitsumgebung einen Infobereich hat).</translation>
    </message>
    <message>
        <source>Serve the ActivityWatch-compatible HTTP API on &lt;port&gt; of 127.0.0.1 (default 5600, 5666 with --testing; overrides the setting).</source>
        <translation>Die ActivityWatch-kompatible HTTP-API auf &lt;port&gt; von 127.0.0.1 bereitstellen (Standard 5600, 5666 mit --testing; überschreibt die Einstellung).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>the value name in --help: --port &lt;port&gt;</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Do not serve the HTTP API.</source>
        <translation>Die HTTP-API nicht bereitstellen.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port: „%1“ ist keine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>Stint cannot open its database: %1</source>
        <translation>Stint kann seine Datenbank nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot record activity: %1</source>
        <translation>Stint kann keine Aktivität aufzeichnen: %1</translation>
    </message>
    <message>
        <source>the final save failed: %1</source>
        <translation>das abschließende Speichern ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Print the version of Stint and of Qt, then exit.</source>
        <translation>Die Version von Stint und Qt ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Stint is already running; its window is shown now.</source>
        <translation>Stint läuft bereits; sein Fenster wird jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Stint is already running without a window (--no-gui).</source>
        <translation>Stint läuft bereits ohne Fenster (--no-gui).</translation>
    </message>
    <message>
        <source>cannot tell whether Stint is running already: %1</source>
        <translation>es kann nicht festgestellt werden, ob Stint bereits läuft: %1</translation>
    </message>
    <message>
        <source>Stint is already running.</source>
        <translation>Stint läuft bereits.</translation>
    </message>
    <message>
        <source>Sync with other computers through &lt;folder&gt; (shared by Syncthing, Dropbox, ...); remembered in the settings.</source>
        <translation>Über &lt;folder&gt; mit anderen Computern synchronisieren (von Syncthing, Dropbox, ... geteilt); wird in den Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>the value name in --help: --sync-dir &lt;folder&gt;</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Sync every &lt;seconds&gt; (default 300; overrides the setting).</source>
        <translation>Alle &lt;seconds&gt; Sekunden synchronisieren (Standard 300; überschreibt die Einstellung).</translation>
    </message>
    <message>
        <source>--sync-interval: &quot;%1&quot; is not a number of seconds from %2 to %3</source>
        <translation>--sync-interval: „%1“ ist keine Anzahl von Sekunden von %2 bis %3</translation>
    </message>
    <message>
        <source>--sync-dir: the folder was not stored: %1</source>
        <translation>--sync-dir: Der Ordner wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>the stored setting &quot;%1&quot; is invalid: %2</source>
        <translation>die gespeicherte Einstellung „%1“ ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>stint</name>
    <message>
        <source>the datastore gave no answer</source>
        <translation>der Datenspeicher hat nicht geantwortet</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>{&quot;since&quot;: Zeit, &quot;until&quot;: Zeit oder null} erwartet</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 expected</source>
        <translation>eine Portnummer von 1 bis 65535 erwartet</translation>
    </message>
    <message>
        <source>a string expected</source>
        <translation>eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>a whole number of bytes from %1 to %2 expected</source>
        <translation>eine ganze Anzahl von Bytes von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>a list of strings expected</source>
        <translation>eine Liste von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2 expected</source>
        <translation>eine ganze Anzahl von Sekunden von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>an object of dates expected</source>
        <translation>ein Objekt mit Datumsangaben erwartet</translation>
    </message>
</context>
<context>
    <name>stint::AboutDialog</name>
    <message>
        <source>About Stint</source>
        <translation>Über Stint</translation>
    </message>
    <message>
        <source>Stint %1</source>
        <translation>Stint %1</translation>
    </message>
    <message>
        <source>A native desktop activity tracker, compatible with ActivityWatch.</source>
        <translation>Ein nativer Aktivitäts-Tracker für den Desktop, kompatibel mit ActivityWatch.</translation>
    </message>
    <message>
        <source>Stint is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Stint ist freie Software: Sie können es unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt;, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version (%1). Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>stint::ActivityPage</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Die Wertungen der Kategorien, gewichtet nach der jeweils verbrachten Zeit</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Produktivitätswert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Waiting for the first window…</source>
        <translation>Warte auf das erste Fenster …</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>heading above the window in focus right now</extracomment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Click an app to see only its time</source>
        <translation>Klicken Sie auf eine Anwendung, um nur deren Zeit zu sehen</translation>
    </message>
    <message>
        <source>Top apps</source>
        <translation>Top-Anwendungen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Top window titles</source>
        <translation>Top-Fenstertitel</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Top-Kategorien</translation>
    </message>
    <message>
        <source>Active time per hour</source>
        <translation>Aktive Zeit pro Stunde</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>app “%1”</source>
        <translation>Anwendung „%1“</translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>Kategorie „%1“</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Nur %1 wird angezeigt</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Could not read the activity: %1</source>
        <translation>Die Aktivität konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>Keine Aktivität in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Active time (paused %1)</source>
        <translation>Aktive Zeit (pausiert %1)</translation>
    </message>
    <message>
        <source>%1 of your active time in this period is uncategorized. &lt;a href=&quot;rules&quot;&gt;Add category rules&lt;/a&gt; to see where it went.</source>
        <translation>%1 Ihrer aktiven Zeit in diesem Zeitraum ist keiner Kategorie zugeordnet. &lt;a href=&quot;rules&quot;&gt;Fügen Sie Kategorieregeln hinzu&lt;/a&gt;, um zu sehen, wofür sie verwendet wurde.</translation>
    </message>
    <message>
        <source>%1:00 – %2:00</source>
        <translation>%1:00 – %2:00</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Aktive Zeit pro Monat</translation>
    </message>
    <message>
        <source>Active time per day</source>
        <translation>Aktive Zeit pro Tag</translation>
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
        <translation>ddd, d.</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>You are away: no input for a while. Recording goes on when you are back.</source>
        <translation>Sie sind abwesend: seit einer Weile keine Eingabe. Die Aufzeichnung geht weiter, sobald Sie zurück sind.</translation>
    </message>
    <message>
        <source>Recording is paused until %1.</source>
        <translation>Die Aufzeichnung ist bis %1 pausiert.</translation>
    </message>
    <message>
        <source>Recording is paused.</source>
        <translation>Die Aufzeichnung ist pausiert.</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>Stint cannot save: %1. It keeps what it records in memory and tries again.</source>
        <translation>Stint kann nicht speichern: %1. Es behält das Aufgezeichnete im Speicher und versucht es erneut.</translation>
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
        <translation>Port %1 auf %2 wird bereits verwendet (läuft ein anderer Stint- oder ActivityWatch-Server?)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>stint::BrowserExtensionsPanel</name>
    <message>
        <source>Allow a web site</source>
        <translation>Website zulassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser extensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Browser-Erweiterungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browser extensions such as aw-watcher-web send the pages you visit to Stint&apos;s HTTP API. Stint lets in the Chrome Web Store&apos;s aw-watcher-web and Firefox extensions; an extension from another store, or one you built yourself, is refused until you allow it here.</source>
        <translation>Browser-Erweiterungen wie aw-watcher-web senden die besuchten Seiten an die HTTP-API von Stint. Stint lässt aw-watcher-web aus dem Chrome Web Store und Firefox-Erweiterungen zu; eine Erweiterung aus einem anderen Store oder eine selbst erstellte wird abgewiesen, bis Sie sie hier zulassen.</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>Zugelassener Ursprung</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Zugelassen durch</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Stop letting the selected origin in (built-in ones stay)</source>
        <translation>Den ausgewählten Ursprung nicht mehr zulassen (eingebaute bleiben)</translation>
    </message>
    <message>
        <source>Refused origin</source>
        <translation>Abgewiesener Ursprung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <source>Let the selected origin send and read activity</source>
        <translation>Den ausgewählten Ursprung Aktivität senden und lesen lassen</translation>
    </message>
    <message>
        <source>Refused recently (since Stint started):</source>
        <translation>Kürzlich abgewiesen (seit dem Start von Stint):</translation>
    </message>
    <message>
        <source>The HTTP API is not running, so no browser extension can reach Stint.</source>
        <translation>Die HTTP-API läuft nicht, daher kann keine Browser-Erweiterung Stint erreichen.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>added (pattern)</source>
        <translation>hinzugefügt (Muster)</translation>
    </message>
    <message>
        <source>First refused %1</source>
        <translation>Zuerst abgewiesen %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin that can be allowed.</source>
        <translation>„%1“ ist kein Ursprung, der zugelassen werden kann.</translation>
    </message>
    <message>
        <source>%1 is a web site, not a browser extension. If you allow it, any page from that site could then write and read your activity data.

Allow it anyway?</source>
        <translation>%1 ist eine Website, keine Browser-Erweiterung. Wenn Sie sie zulassen, könnte jede Seite dieser Website Ihre Aktivitätsdaten schreiben und lesen.

Trotzdem zulassen?</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>stint::CategoryEditor</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Rule (regex)</source>
        <translation>Regel (regulärer Ausdruck)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>Eine Kategorie der obersten Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Add s&amp;ub</source>
        <translation>&amp;Unterkategorie</translation>
    </message>
    <message>
        <source>Add a subcategory to the selected category</source>
        <translation>Der ausgewählten Kategorie eine Unterkategorie hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories</source>
        <translation>Die ausgewählte Kategorie und ihre Unterkategorien entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>Vor das vorherige Geschwisterelement verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>Hinter das nächste Geschwisterelement verschieben</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <source>Make it a subcategory of the category above</source>
        <translation>Zur Unterkategorie der darüberliegenden Kategorie machen</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <source>Move it up one level</source>
        <translation>Eine Ebene nach oben verschieben</translation>
    </message>
    <message>
        <source>The name of this category (applied on Enter or when leaving the field)</source>
        <translation>Der Name dieser Kategorie (wird mit der Eingabetaste oder beim Verlassen des Felds übernommen)</translation>
    </message>
    <message>
        <source>empty: only groups subcategories</source>
        <translation>leer: gruppiert nur Unterkategorien</translation>
    </message>
    <message>
        <source>A regular expression tried on every value of a window or tab: app, title, URL</source>
        <translation>Ein regulärer Ausdruck, der auf jeden Wert eines Fensters oder Tabs angewendet wird: Anwendung, Titel, URL</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Erben</translation>
    </message>
    <message>
        <source>Use the colour of the parent category</source>
        <translation>Die Farbe der übergeordneten Kategorie verwenden</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>Eigene Wertung</translation>
    </message>
    <message>
        <source>Without its own score a category uses its parent&apos;s</source>
        <translation>Ohne eigene Wertung verwendet eine Kategorie die ihrer übergeordneten Kategorie</translation>
    </message>
    <message>
        <source>Productivity score: positive for productive time, negative for distraction</source>
        <translation>Produktivitätswertung: positiv für produktive Zeit, negativ für Ablenkung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Regex</source>
        <translation>&amp;Regex</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>&amp;Wertung</translation>
    </message>
    <message>
        <source>A window or browser tab gets the deepest category whose regex matches any of its values; among equally deep matches, the later rule wins.</source>
        <translation>Ein Fenster oder Browser-Tab erhält die tiefste Kategorie, deren regulärer Ausdruck auf einen seiner Werte passt; bei gleich tiefen Treffern gewinnt die spätere Regel.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Read categories from a file exported by Stint or ActivityWatch</source>
        <translation>Kategorien aus einer von Stint oder ActivityWatch exportierten Datei lesen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Write these categories to a file ActivityWatch can import</source>
        <translation>Diese Kategorien in eine Datei schreiben, die ActivityWatch importieren kann</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Replace the categories with Stint&apos;s defaults</source>
        <translation>Die Kategorien durch die Standardkategorien von Stint ersetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>Die Kategorien speichern</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Kategorien importieren</translation>
    </message>
    <message>
        <source>Category files (*.json);;All files (*)</source>
        <translation>Kategoriedateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>Kategorien exportieren</translation>
    </message>
    <message>
        <source>Cannot read the stored categories: %1</source>
        <translation>Die gespeicherten Kategorien können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(groups subcategories)</source>
        <translation>(gruppiert Unterkategorien)</translation>
    </message>
    <message>
        <source>Invalid regex: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Inherited – choose…</source>
        <translation>Geerbt – auswählen …</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot count the matches of the last 7 days: %1</source>
        <translation>Die Treffer der letzten 7 Tage können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>%1 by this rule, %2 with its subcategories</source>
        <translation>%1 durch diese Regel, %2 mit ihren Unterkategorien</translation>
    </message>
    <message>
        <source>Counting the last 7 days…</source>
        <translation>Die letzten 7 Tage werden gezählt …</translation>
    </message>
    <message>
        <source>Uncategorized in the last 7 days: %1 of %2 active time (%3%)</source>
        <translation>Ohne Kategorie in den letzten 7 Tagen: %1 von %2 aktiver Zeit (%3 %)</translation>
    </message>
    <message>
        <source>Last 7 days: %1 in its subcategories. This category has no regex of its own.</source>
        <translation>Letzte 7 Tage: %1 in ihren Unterkategorien. Diese Kategorie hat keinen eigenen regulären Ausdruck.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.</source>
        <translation>Letzte 7 Tage: Diese Regel hat %1 der aktiven Zeit zugeordnet, %2 mit ihren Unterkategorien.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time.</source>
        <translation>Letzte 7 Tage: Diese Regel hat %1 der aktiven Zeit zugeordnet.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Eine Kategorie benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Kategorie „%1“.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Neue Kategorie %1</translation>
    </message>
    <message>
        <source>There is no category above to move it into.</source>
        <translation>Es gibt keine Kategorie darüber, in die sie verschoben werden kann.</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved. The reports use these categories now.</source>
        <translation>Gespeichert. Die Berichte verwenden jetzt diese Kategorien.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable categories: %2</source>
        <translation>%1 enthält keine verwendbaren Kategorien: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>%n Regel aus %1 importiert. Noch nicht gespeichert.</numerusform>
            <numerusform>%n Regeln aus %1 importiert. Noch nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the categories first: %1</source>
        <translation>Korrigieren Sie zuerst die Kategorien: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The productivity score on the Activity page is the mean of the categories&apos; scores, weighted by the time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.</source>
        <translation>Der Produktivitätswert auf der Seite „Aktivität“ ist der Mittelwert der Wertungen der Kategorien, gewichtet nach der jeweils verbrachten Zeit („Ohne Kategorie“ zählt als 0). Mit diesen Kategorien liegt er zwischen %1 und %2.</translation>
    </message>
</context>
<context>
    <name>stint::Cli</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].</source>
        <translation>Verwendung: stopwatch start BEZEICHNUNG, stopwatch stop oder stopwatch status [--json].</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Es läuft kein Timer.</translation>
    </message>
    <message>
        <source>%1: running for %2 (since %3)</source>
        <translation>%1: läuft seit %2 (Beginn %3)</translation>
    </message>
    <message>
        <source>Started %1 at %2.</source>
        <translation>%1 um %2 gestartet.</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>%1 nach %2 gestoppt.</translation>
    </message>
    <message>
        <source>Use: entry add --start T --end T LABEL.</source>
        <translation>Verwendung: entry add --start T --end T BEZEICHNUNG.</translation>
    </message>
    <message>
        <source>Added %1 from %2 to %3 (%4).</source>
        <translation>%1 von %2 bis %3 hinzugefügt (%4).</translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Export everything as ActivityWatch&apos;s export file (other trackers and scripts read it) or the activity as a CSV table. Import an ActivityWatch export or ActivityWatch&apos;s own database (sqlite.db); events that are already here are skipped, so importing twice changes nothing.</source>
        <translation>Exportieren Sie alles als Exportdatei von ActivityWatch (andere Tracker und Skripte können sie lesen) oder die Aktivität als CSV-Tabelle. Importieren Sie einen ActivityWatch-Export oder die eigene Datenbank von ActivityWatch (sqlite.db); bereits vorhandene Ereignisse werden übersprungen, sodass ein zweiter Import nichts ändert.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n event(s) read</source>
        <translation>
            <numerusform>Import läuft … %n Ereignis gelesen</numerusform>
            <numerusform>Import läuft … %n Ereignisse gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export (*.json)</source>
        <translation>ActivityWatch-Export (*.json)</translation>
    </message>
    <message>
        <source>Activity as CSV (*.csv)</source>
        <translation>Aktivität als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Aktivität importieren</translation>
    </message>
    <message>
        <source>ActivityWatch export or database (*.json *.db);;All files (*)</source>
        <translation>ActivityWatch-Export oder -Datenbank (*.json *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>ActivityWatch&apos;s watchers and scripts can send data to Stint at http://127.0.0.1:%1/api/0/.</source>
        <translation>Die Beobachter und Skripte von ActivityWatch können Daten an Stint unter http://127.0.0.1:%1/api/0/ senden.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is off.</source>
        <translation>Die HTTP-API für die Beobachter und Skripte von ActivityWatch ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is not running: %1</source>
        <translation>Die HTTP-API für die Beobachter und Skripte von ActivityWatch läuft nicht: %1</translation>
    </message>
    <message>
        <source>Stint keeps everything it records, and these settings, in one database file:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While Stint runs, recent changes may wait in a second file beside it; quitting Stint moves them into the database file. To copy the data while Stint runs, use Back up.</source>
        <translation>Stint speichert alles, was es aufzeichnet, sowie diese Einstellungen in einer Datenbankdatei:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Während Stint läuft, können neuere Änderungen in einer zweiten Datei daneben warten; beim Beenden von Stint werden sie in die Datenbankdatei übernommen. Um die Daten zu kopieren, während Stint läuft, verwenden Sie „Sichern“.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern …</translation>
    </message>
    <message>
        <source>Write a complete, checked copy of the database to a file of your choice while Stint keeps recording.</source>
        <translation>Eine vollständige, geprüfte Kopie der Datenbank in eine Datei Ihrer Wahl schreiben, während Stint weiter aufzeichnet.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Stint database (*.db)</source>
        <translation>Stint-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sicherung nach %1 …</translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>%n Aktivitätszeile nach %1 exportiert.</numerusform>
            <numerusform>%n Aktivitätszeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Der Import konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>%n Ereignis (Buckets: %1) nach %2 exportiert.</numerusform>
            <numerusform>%n Ereignisse (Buckets: %1) nach %2 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 gesichert.</numerusform>
            <numerusform>%n Ereignisse nach %1 gesichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DatePicker</name>
    <message>
        <source>Pick a date (days with data are bold)</source>
        <translation>Datum auswählen (Tage mit Daten sind fett)</translation>
    </message>
</context>
<context>
    <name>stint::Desktop</name>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stint keeps tracking</source>
        <translation>Stint zeichnet weiter auf</translation>
    </message>
    <message>
        <source>Stint is still running in the tray. Choose Quit in its menu to stop tracking.</source>
        <translation>Stint läuft weiterhin im Infobereich. Wählen Sie „Beenden“ in seinem Menü, um die Aufzeichnung zu beenden.</translation>
    </message>
    <message>
        <source>Quit Stint?</source>
        <translation>Stint beenden?</translation>
    </message>
    <message>
        <source>There is no system tray to keep Stint in. Quit Stint and stop tracking?</source>
        <translation>Es gibt keinen Infobereich, in dem Stint weiterlaufen kann. Stint beenden und die Aufzeichnung stoppen?</translation>
    </message>
    <message>
        <source>Browser extension refused</source>
        <translation>Browser-Erweiterung abgewiesen</translation>
    </message>
    <message>
        <source>A browser extension tried to send activity to Stint and was refused — review in Settings → Data → Browser extensions.
%1</source>
        <translation>Eine Browser-Erweiterung wollte Aktivität an Stint senden und wurde abgewiesen – prüfen Sie dies unter Einstellungen → Daten → Browser-Erweiterungen.
%1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen …</translation>
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
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
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
        <translation>Ohne Tastatur- oder Mauseingabe für diese Dauer gelten Sie als abwesend</translation>
    </message>
    <message>
        <source>How often the active window is read when the system does not report changes</source>
        <translation>Wie oft das aktive Fenster gelesen wird, wenn das System keine Änderungen meldet</translation>
    </message>
    <message>
        <source>Activity before this time counts for the previous day</source>
        <translation>Aktivität vor dieser Uhrzeit zählt zum Vortag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>Abwesend nach Inaktivität von</translation>
    </message>
    <message>
        <source>Check the active window every</source>
        <translation>Aktives Fenster prüfen alle</translation>
    </message>
    <message>
        <source>Days and weeks</source>
        <translation>Tage und Wochen</translation>
    </message>
    <message>
        <source>A day starts at</source>
        <translation>Ein Tag beginnt um</translation>
    </message>
    <message>
        <source>A week starts on</source>
        <translation>Eine Woche beginnt am</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Windows matching a rule are never stored as they are: excluded ones are recorded only as &quot;(excluded)&quot;, redacted ones keep the app but not the title. Regexes ignore case; either may be empty.</source>
        <translation>Fenster, die auf eine Regel passen, werden nie unverändert gespeichert: ausgeschlossene werden nur als &quot;(excluded)&quot; aufgezeichnet, geschwärzte behalten die Anwendung, aber nicht den Titel. Reguläre Ausdrücke ignorieren Groß-/Kleinschreibung; beide dürfen leer sein.</translation>
    </message>
    <message>
        <source>Always active</source>
        <translation>Immer aktiv</translation>
    </message>
    <message>
        <source>Time in matching windows counts as active even without input (videos, meetings).</source>
        <translation>Zeit in passenden Fenstern zählt auch ohne Eingabe als aktiv (Videos, Besprechungen).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Die Einstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a list of rules</source>
        <translation>keine Liste von Regeln</translation>
    </message>
    <message>
        <source>Correct the values shown and save to replace them.</source>
        <translation>Korrigieren Sie die angezeigten Werte und speichern Sie, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Away timeout: %1</source>
        <translation>Zeit bis zur Abwesenheit: %1</translation>
    </message>
    <message>
        <source>Poll interval: %1</source>
        <translation>Abfrageintervall: %1</translation>
    </message>
    <message>
        <source>Start of day: %1</source>
        <translation>Tagesbeginn: %1</translation>
    </message>
    <message>
        <source>Start of week: %1</source>
        <translation>Wochenbeginn: %1</translation>
    </message>
    <message>
        <source>Privacy rules: %1</source>
        <translation>Datenschutzregeln: %1</translation>
    </message>
    <message>
        <source>Always-active rules: %1</source>
        <translation>Immer-aktiv-Regeln: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved, but recording cannot use the new settings: %1</source>
        <translation>Gespeichert, aber die Aufzeichnung kann die neuen Einstellungen nicht verwenden: %1</translation>
    </message>
    <message>
        <source>Saved. Recording uses the new settings now.</source>
        <translation>Gespeichert. Die Aufzeichnung verwendet jetzt die neuen Einstellungen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Start Stint when I log in</source>
        <translation>Stint bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Stint starts in the system tray when you log in</source>
        <translation>Stint startet bei der Anmeldung im Infobereich</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>In force now: %1 s, given with %2 on the command line, which overrides this setting until Stint starts without it.</source>
        <translation>Derzeit gültig: %1 s, angegeben mit %2 auf der Befehlszeile; das überschreibt diese Einstellung, bis Stint ohne diese Option startet.</translation>
    </message>
</context>
<context>
    <name>stint::GnomeExtensionPanel</name>
    <message>
        <source>GNOME does not tell other programs which window has the focus. Stint&apos;s small GNOME Shell extension (GNOME 45 or later) does, and only to programs of your session.</source>
        <translation>GNOME teilt anderen Programmen nicht mit, welches Fenster den Fokus hat. Die kleine GNOME-Shell-Erweiterung von Stint (GNOME 45 oder neuer) tut dies, und zwar nur für Programme Ihrer Sitzung.</translation>
    </message>
    <message>
        <source>Checking the extension…</source>
        <translation>Erweiterung wird geprüft …</translation>
    </message>
    <message>
        <source>&amp;Install the extension</source>
        <translation>Erweiterung &amp;installieren</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>Erneut &amp;installieren</translation>
    </message>
    <message>
        <source>The extension could not be installed: %1</source>
        <translation>Die Erweiterung konnte nicht installiert werden: %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalMonitor</name>
    <message>
        <source>Active time</source>
        <extracomment>the name of a goal that counts all active time, not one category</extracomment>
        <translation>Aktive Zeit</translation>
    </message>
    <message>
        <source>Over your limit: %1</source>
        <translation>Über Ihrem Limit: %1</translation>
    </message>
    <message>
        <source>%1 today, more than the %2 you allowed for a day.</source>
        <translation>%1 heute, mehr als die %2, die Sie sich für einen Tag erlaubt haben.</translation>
    </message>
    <message>
        <source>%1 this week, more than the %2 you allowed for a week.</source>
        <translation>%1 diese Woche, mehr als die %2, die Sie sich für eine Woche erlaubt haben.</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>Ziel erreicht: %1</translation>
    </message>
    <message>
        <source>%1 today: your goal of %2 a day is reached.</source>
        <translation>%1 heute: Ihr Ziel von %2 pro Tag ist erreicht.</translation>
    </message>
    <message>
        <source>%1 this week: your goal of %2 a week is reached.</source>
        <translation>%1 diese Woche: Ihr Ziel von %2 pro Woche ist erreicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goals met today: %1 of %2</source>
        <translation>Heute erreichte Ziele: %1 von %2</translation>
    </message>
    <message>
        <source>Your day so far: %1 active</source>
        <translation>Ihr Tag bisher: %1 aktiv</translation>
    </message>
</context>
<context>
    <name>stint::GoalsCard</name>
    <message>
        <source>at most %1 a day</source>
        <translation>höchstens %1 pro Tag</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>höchstens %1 pro Woche</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>mindestens %1 pro Tag</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>mindestens %1 pro Woche</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>innerhalb des Limits</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>noch nicht erreicht</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>stint::GoalsSettings</name>
    <message>
        <source>Set yourself at most or at least so much time a day or a week, in one category (with its subcategories) or in all active time. The Activity page shows how far you are, and Stint tells you once when a limit is passed or a goal reached.</source>
        <translation>Legen Sie sich höchstens oder mindestens so viel Zeit pro Tag oder Woche fest, in einer Kategorie (mit ihren Unterkategorien) oder in der gesamten aktiven Zeit. Die Seite „Aktivität“ zeigt, wie weit Sie sind, und Stint meldet sich einmal, wenn ein Limit überschritten oder ein Ziel erreicht ist.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>Ziel &amp;entfernen</translation>
    </message>
    <message>
        <source>Sum up my day in a notification at</source>
        <translation>Meinen Tag in einer Benachrichtigung zusammenfassen um</translation>
    </message>
    <message>
        <source>The active time, the top three categories and the goals met</source>
        <translation>Die aktive Zeit, die drei wichtigsten Kategorien und die erreichten Ziele</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Cannot read the goals: %1</source>
        <translation>Die Ziele können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All active time</source>
        <translation>Gesamte aktive Zeit</translation>
    </message>
    <message>
        <source>At most</source>
        <extracomment>a goal: at most so much time</extracomment>
        <translation>Höchstens</translation>
    </message>
    <message>
        <source>At least</source>
        <extracomment>a goal: at least so much time</extracomment>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>pro Tag</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>Correct the goals shown and save to replace them.</source>
        <translation>Korrigieren Sie die angezeigten Ziele und speichern Sie, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>stint::HostSelector</name>
    <message>
        <source>Whose activity to show: this computer&apos;s, another computer&apos;s, or all of them with each moment counted once (this computer&apos;s activity first)</source>
        <translation>Wessen Aktivität angezeigt wird: die dieses Computers, die eines anderen Computers oder die aller Computer, wobei jeder Moment nur einmal gezählt wird (die Aktivität dieses Computers zuerst)</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Alle Computer</translation>
    </message>
</context>
<context>
    <name>stint::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Show Stint in</source>
        <translation>Stint anzeigen auf</translation>
    </message>
    <message>
        <source>Stint will use %1 after it is restarted.</source>
        <translation>Stint verwendet %1 nach einem Neustart.</translation>
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
        <translation>Noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All changes saved (write #%1)</source>
        <translation>Alle Änderungen gespeichert (Schreibvorgang #%1)</translation>
    </message>
    <message>
        <source>Not saved since write #%1 - retrying</source>
        <translation>Seit Schreibvorgang #%1 nicht gespeichert – neuer Versuch</translation>
    </message>
</context>
<context>
    <name>stint::ManualEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Nach den Kategorieregeln</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Give the entry a label.</source>
        <translation>Geben Sie dem Eintrag eine Bezeichnung.</translation>
    </message>
</context>
<context>
    <name>stint::ManualTimeDialog</name>
    <message>
        <source>Manual time</source>
        <translation>Manuelle Zeit</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>Was machen Sie gerade?</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>Timer &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Keep the running timer going (run both)</source>
        <translation>Den laufenden Timer &amp;weiterlaufen lassen (beide laufen)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>Timer s&amp;toppen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Nach den Kategorieregeln</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <source>by rules</source>
        <translation>nach Regeln</translation>
    </message>
    <message>
        <source>Could not read the entries: %1</source>
        <translation>Die Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Es läuft kein Timer.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Give the timer a label first.</source>
        <translation>Geben Sie dem Timer zuerst eine Bezeichnung.</translation>
    </message>
</context>
<context>
    <name>stint::PatternTable</name>
    <message>
        <source>App (regex)</source>
        <translation>Anwendung (Regex)</translation>
    </message>
    <message>
        <source>Title (regex)</source>
        <translation>Titel (Regex)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Redact title</source>
        <translation>Titel schwärzen</translation>
    </message>
    <message>
        <source>Exclude: stored only as &quot;(excluded)&quot;. Redact title: the app is kept, the title hidden.</source>
        <translation>Ausschließen: wird nur als &quot;(excluded)&quot; gespeichert. Titel schwärzen: die Anwendung bleibt erhalten, der Titel wird verborgen.</translation>
    </message>
</context>
<context>
    <name>stint::PeriodNavigator</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Einen Tag anzeigen</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Eine Woche anzeigen</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Einen Monat anzeigen</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>Ein Jahr anzeigen</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Vorheriger Zeitraum (%1)</translation>
    </message>
    <message>
        <source>Next period (%1)</source>
        <translation>Nächster Zeitraum (%1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>Zum Zeitraum wechseln, der heute enthält</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d. MMM yyyy</translation>
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
        <translation>Ihre Aktivität wird gespeichert …</translation>
    </message>
    <message>
        <source>Stint could not save</source>
        <translation>Stint konnte nicht speichern</translation>
    </message>
    <message>
        <source>The last minutes of your activity could not be saved:
%1

Nothing is lost while Stint keeps running. Retry, or cancel quitting and free some space or fix the problem first.</source>
        <translation>Die letzten Minuten Ihrer Aktivität konnten nicht gespeichert werden:
%1

Solange Stint weiterläuft, geht nichts verloren. Versuchen Sie es erneut, oder brechen Sie das Beenden ab und schaffen Sie zuerst Speicherplatz bzw. beheben Sie das Problem.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel quitting</source>
        <translation>Beenden abbrechen</translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message>
        <source>Delete data</source>
        <translation>Daten löschen</translation>
    </message>
    <message>
        <source>Delete bucket…</source>
        <translation>Bucket löschen …</translation>
    </message>
    <message>
        <source>Delete the selected bucket with all its events</source>
        <translation>Den ausgewählten Bucket mit allen seinen Ereignissen löschen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Buckets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>From the bucket&apos;s first event to its last</source>
        <translation>Vom ersten bis zum letzten Ereignis des Buckets</translation>
    </message>
    <message>
        <source>Filter by any value (app, title, URL, …)</source>
        <translation>Nach beliebigem Wert filtern (Anwendung, Titel, URL, …)</translation>
    </message>
    <message>
        <source>Delete events…</source>
        <translation>Ereignisse löschen …</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>Die ausgewählten Ereignisse löschen (Entf)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ereignisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Cannot read the buckets: %1</source>
        <translation>Die Buckets können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No buckets yet: nothing has been recorded.</source>
        <translation>Noch keine Buckets: es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Cannot read the events of &quot;%1&quot;: %2</source>
        <translation>Die Ereignisse von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No event in this range matches the filter.</source>
        <translation>Kein Ereignis in diesem Zeitraum passt auf den Filter.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Keine Ereignisse in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>%n passendes Ereignis.</numerusform>
            <numerusform>%n passende Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n Ereignis.</numerusform>
            <numerusform>%n Ereignisse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from &quot;%1&quot;? This cannot be undone.</source>
        <translation>
            <numerusform>%n Ereignis aus „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Ereignisse aus „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>%n Ereignis gelöscht.</numerusform>
            <numerusform>%n Ereignisse gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Den Bucket „%1“ mit seinem %n Ereignis löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Den Bucket „%1“ mit allen seinen %n Ereignissen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bucket &quot;%1&quot;.</source>
        <translation>Der Bucket „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>Die neuesten %1 von %Ln passenden Ereignis werden angezeigt.</numerusform>
            <numerusform>Die neuesten %1 von %Ln passenden Ereignissen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>Die neuesten %1 von %Ln Ereignis werden angezeigt.</numerusform>
            <numerusform>Die neuesten %1 von %Ln Ereignissen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>Die ersten %1 von %Ln passenden Ereignis werden in dieser Reihenfolge angezeigt.</numerusform>
            <numerusform>Die ersten %1 von %Ln passenden Ereignissen werden in dieser Reihenfolge angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>Die ersten %1 von %Ln Ereignis werden in dieser Reihenfolge angezeigt.</numerusform>
            <numerusform>Die ersten %1 von %Ln Ereignissen werden in dieser Reihenfolge angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search apps, window titles and URLs</source>
        <translation>Anwendungen, Fenstertitel und URLs durchsuchen</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Double-click a result to see it in the Timeline (its first stretch from &quot;First seen&quot;, else its last).</source>
        <translation>Doppelklicken Sie auf ein Ergebnis, um es in der Zeitleiste zu sehen (seinen ersten Abschnitt ab „Zuerst gesehen“, sonst seinen letzten).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n Ergebnis, %1 aktiv</numerusform>
            <numerusform>%n Ergebnisse, %1 aktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SettingsPage</name>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>GNOME &amp;Shell</source>
        <translation>GNOME &amp;Shell</translation>
    </message>
    <message>
        <source>&amp;About Stint…</source>
        <translation>Über &amp;Stint …</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Ziele</translation>
    </message>
</context>
<context>
    <name>stint::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Die Sperrdatei %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Another Stint holds %1 but does not answer.</source>
        <translation>Eine andere Stint-Instanz hält %1, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Lauschen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>the running Stint did not answer</source>
        <translation>die laufende Stint-Instanz hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>stint::StackedBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>stint::SyncPanel</name>
    <message>
        <source>Several computers: Stint writes what it records into a folder that Syncthing, Dropbox or Nextcloud copies between your computers, and reads the others&apos; activity from it (ActivityWatch&apos;s aw-sync does the same). Deleting events here is not passed on to the other computers.</source>
        <translation>Mehrere Computer: Stint schreibt, was es aufzeichnet, in einen Ordner, den Syncthing, Dropbox oder Nextcloud zwischen Ihren Computern kopiert, und liest daraus die Aktivität der anderen (aw-sync von ActivityWatch macht dasselbe). Das Löschen von Ereignissen hier wird nicht an die anderen Computer weitergegeben.</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>&amp;Sync-Ordner …</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>Synchronisierung ausschalten</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Datei geändert</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>Ereignisse hier</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Leave this computer out of the reports and stop copying its activity.</source>
        <translation>Diesen Computer aus den Berichten herausnehmen und seine Aktivität nicht mehr kopieren.</translation>
    </message>
    <message>
        <source>&amp;Delete here…</source>
        <translation>Hier &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the copies of this computer&apos;s activity on this computer (and hide it). The other computer keeps its data.</source>
        <translation>Die Kopien der Aktivität dieses Computers hier löschen (und ihn ausblenden). Der andere Computer behält seine Daten.</translation>
    </message>
    <message>
        <source>Delete %1 here</source>
        <translation>%1 hier löschen</translation>
    </message>
    <message>
        <source>Delete the activity copied from %1 on this computer? %1 keeps its own data, and it stays hidden here so the copies do not come back.</source>
        <translation>Die von %1 kopierte Aktivität auf diesem Computer löschen? %1 behält seine eigenen Daten und bleibt hier ausgeblendet, damit die Kopien nicht zurückkommen.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung läuft …</translation>
    </message>
    <message>
        <source>Sync is not available.</source>
        <translation>Die Synchronisierung ist nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>Sync-Ordner: &lt;b&gt;%1&lt;/b&gt;, alle %n Sekunde</numerusform>
            <numerusform>Sync-Ordner: &lt;b&gt;%1&lt;/b&gt;, alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Die Synchronisierung ist aus.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>noch keine Datenbankdatei</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>Synchronisiert um %1: %n Ereignis von anderen Computern kopiert.</numerusform>
            <numerusform>Synchronisiert um %1: %n Ereignisse von anderen Computern kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncthing is set up on this computer but does not answer at %1.</source>
        <translation>Syncthing ist auf diesem Computer eingerichtet, antwortet aber nicht unter %1.</translation>
    </message>
    <message>
        <source>No Syncthing found on this computer.</source>
        <translation>Kein Syncthing auf diesem Computer gefunden.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer (%1), but the sync folder is not shared there.</source>
        <translation>Syncthing läuft auf diesem Computer (%1), aber der Sync-Ordner wird dort nicht geteilt.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer and shares the sync folder (&quot;%1&quot;): %2.</source>
        <translation>Syncthing läuft auf diesem Computer und teilt den Sync-Ordner („%1“): %2.</translation>
    </message>
    <message>
        <source>%1, %2 still to fetch</source>
        <translation>%1, noch %2 abzurufen</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Ein&amp;blenden</translation>
    </message>
</context>
<context>
    <name>stint::SyncService</name>
    <message>
        <source>Stint is quitting; sync did not run.</source>
        <translation>Stint wird beendet; die Synchronisierung wurde nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>stint::TimelinePage</name>
    <message>
        <source>Scroll to zoom, drag to move</source>
        <translation>Scrollen zum Zoomen, Ziehen zum Verschieben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show a longer stretch</source>
        <translation>Einen längeren Abschnitt anzeigen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Show a shorter stretch</source>
        <translation>Einen kürzeren Abschnitt anzeigen</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>button: scroll the timeline to the present</extracomment>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Go to the present</source>
        <translation>Zur Gegenwart springen</translation>
    </message>
    <message>
        <source>Timeline of every bucket</source>
        <translation>Zeitleiste aller Buckets</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd, d. MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Go back by the span shown</source>
        <translation>Um den angezeigten Abschnitt zurückgehen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Go forward by the span shown</source>
        <translation>Um den angezeigten Abschnitt vorgehen</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd, d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Manuelle Zeit …</translation>
    </message>
    <message>
        <source>Timers and entries by hand (right-drag over the timeline adds one)</source>
        <translation>Timer und manuelle Einträge (Ziehen mit der rechten Maustaste über die Zeitleiste fügt einen hinzu)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Eintrag bearbeiten …</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Eintrag hinzufügen …</translation>
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
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 – %2
%3, %4 active</source>
        <translation>%1 – %2
%3, %4 aktiv</translation>
    </message>
</context>
<context>
    <name>stint::TimelineView</name>
    <message>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Active / away</source>
        <translation>Aktiv / abwesend</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Browser tabs</source>
        <translation>Browser-Tabs</translation>
    </message>
    <message>
        <source>Browser tabs (%1)</source>
        <translation>Browser-Tabs (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>in a tooltip: the user was at the computer</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>in a tooltip: the user was away from the computer</extracomment>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Anwendung: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Start: %1 %2</source>
        <translation>Beginn: %1 %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Bucket %1
Type %2
Host %3</source>
        <translation>Bucket %1
Typ %2
Host %3</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Manual time</source>
        <translation>Manuelle Zeit</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <extracomment>in a tooltip: the app&apos;s name, then the id it was recorded with</extracomment>
        <translation>Anwendung: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>stint::TimerMenu</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Stop “%1” (%2)</source>
        <translation>„%1“ stoppen (%2)</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>tray menu: start a timer with a label used before</extracomment>
        <translation>„%1“ starten</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>Timer starten …</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Manuelle Zeit …</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>Was machen Sie gerade?</translation>
    </message>
</context>
<context>
    <name>stint::Tracker</name>
    <message>
        <source>cannot store this database&apos;s device id</source>
        <translation>die Geräte-ID dieser Datenbank kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read this database&apos;s device id</source>
        <translation>die Geräte-ID dieser Datenbank kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>stint::TrayIcon</name>
    <message>
        <source>Open Stint</source>
        <translation>Stint öffnen</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>15 Minuten pausieren</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Bis morgen pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stint is tracking</source>
        <translation>Stint zeichnet auf</translation>
    </message>
    <message>
        <source>Stint: you are away</source>
        <translation>Stint: Sie sind abwesend</translation>
    </message>
    <message>
        <source>Stint is paused until %1</source>
        <translation>Stint ist bis %1 pausiert</translation>
    </message>
    <message>
        <source>Stint is paused</source>
        <translation>Stint ist pausiert</translation>
    </message>
    <message>
        <source>Stint is not recording</source>
        <translation>Stint zeichnet nicht auf</translation>
    </message>
    <message>
        <source>Today: %1 active</source>
        <translation>Heute: %1 aktiv</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot save: %1</source>
        <translation>Stint kann nicht speichern: %1</translation>
    </message>
    <message>
        <source>It keeps what it records in memory and tries again.</source>
        <translation>Es behält das Aufgezeichnete im Speicher und versucht es erneut.</translation>
    </message>
    <message>
        <source>Testing database: %1</source>
        <translation>Testdatenbank: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
</context>
<context>
    <name>stint::TrendsPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>The span to look at; the current week or month is the last one</source>
        <translation>Der betrachtete Zeitraum; die aktuelle Woche bzw. der aktuelle Monat ist der letzte</translation>
    </message>
    <message>
        <source>Against the same number of days just before the span</source>
        <translation>Gegenüber gleich vielen Tagen direkt vor dem Zeitraum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>per day of the span</source>
        <translation>pro Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Aktivster Tag</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Die Wertungen der Kategorien, gewichtet nach der jeweils verbrachten Zeit</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wertung</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Produktivitätswert</translation>
    </message>
    <message>
        <source>Click a bar to see that period on the Activity page</source>
        <translation>Klicken Sie auf einen Balken, um diesen Zeitraum auf der Seite „Aktivität“ zu sehen</translation>
    </message>
    <message>
        <source>Active time per week</source>
        <translation>Aktive Zeit pro Woche</translation>
    </message>
    <message>
        <source>Share of each category</source>
        <translation>Anteil jeder Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change by category</source>
        <translation>Änderung nach Kategorie</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>Die Trends konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, verglichen mit %3 – %4</translation>
    </message>
    <message>
        <source>%1 against %2 before</source>
        <translation>%1 gegenüber %2 davor</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>nichts zum Vergleichen davor</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>keine Aktivität</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Aktive Zeit pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>Änderung gegenüber der %n Woche davor</numerusform>
            <numerusform>Änderung gegenüber den %n Wochen davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>Änderung gegenüber dem %n Monat davor</numerusform>
            <numerusform>Änderung gegenüber den %n Monaten davor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2: %3 (%4)
Total: %5
Click to open it on the Activity page</source>
        <translation>%1
%2: %3 (%4)
Gesamt: %5
Klicken, um es auf der Seite „Aktivität“ zu öffnen</translation>
    </message>
    <message>
        <source>%1
Productivity score: %2</source>
        <translation>%1
Produktivitätswert: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the active time</source>
        <translation>%1
%2: %3 der aktiven Zeit</translation>
    </message>
    <message>
        <source>%1 now against %2 before</source>
        <translation>%1 jetzt gegenüber %2 davor</translation>
    </message>
    <message>
        <source>No time in this category before</source>
        <translation>Davor keine Zeit in dieser Kategorie</translation>
    </message>
</context>
</TS>
