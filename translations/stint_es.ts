<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActivityBuilder</name>
    <message>
        <source>no window activity was recorded on host &quot;%1&quot;</source>
        <translation>no se registró actividad de ventanas en el equipo «%1»</translation>
    </message>
</context>
<context>
    <name>ActivityCsvExporter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>No se puede escribir el CSV: %1</translation>
    </message>
</context>
<context>
    <name>ActivitySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>nada que buscar</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>expresión regular «%1» no válida: %2 en la posición %3</translation>
    </message>
</context>
<context>
    <name>AlwaysActiveRules</name>
    <message>
        <source>not a valid regular expression</source>
        <translation>no es una expresión regular válida</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the desktop&apos;s Background portal</source>
        <translation>el portal Background del escritorio</translation>
    </message>
    <message>
        <source>No session bus, so the Background portal cannot be asked.</source>
        <translation>No hay bus de sesión, así que no se puede consultar el portal Background.</translation>
    </message>
    <message>
        <source>Stint records your activity from the moment you log in.</source>
        <translation>Stint registra su actividad desde el momento en que inicia sesión.</translation>
    </message>
    <message>
        <source>The Background portal refused the request: %1</source>
        <translation>El portal Background rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The Background portal did not answer.</source>
        <translation>El portal Background no respondió.</translation>
    </message>
    <message>
        <source>Starting at login was not allowed (the request was denied or cancelled).</source>
        <translation>No se permitió el inicio automático (la solicitud se denegó o se canceló).</translation>
    </message>
    <message>
        <source>The desktop did not allow Stint to start at login.</source>
        <translation>El escritorio no permitió el inicio automático de Stint.</translation>
    </message>
    <message>
        <source>The desktop kept Stint starting at login.</source>
        <translation>El escritorio mantuvo el inicio automático de Stint.</translation>
    </message>
    <message>
        <source>Records which application has your attention</source>
        <translation>Registra qué aplicación tiene su atención</translation>
    </message>
    <message>
        <source>Cannot change the registry value %1.</source>
        <translation>No se puede cambiar el valor del registro %1.</translation>
    </message>
    <message>
        <source>Stint cannot start at login: %1</source>
        <translation>No se puede activar el inicio automático de Stint: %1</translation>
    </message>
    <message>
        <source>Stint cannot stop starting at login: %1</source>
        <translation>No se puede desactivar el inicio automático de Stint: %1</translation>
    </message>
</context>
<context>
    <name>AwExporter</name>
    <message>
        <source>There is no bucket &apos;%1&apos;.</source>
        <translation>No existe el bucket &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>No se puede leer el bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>No se puede escribir la exportación: %1</translation>
    </message>
</context>
<context>
    <name>AwImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file ends too early (expected &apos;%1&apos;)</source>
        <translation>el archivo termina antes de tiempo (se esperaba &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>se esperaba &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file ends inside a value that starts at %1</source>
        <translation>el archivo termina dentro de un valor que empieza en %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>el archivo termina dentro de una cadena</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>se esperaba una clave entre comillas dobles</translation>
    </message>
    <message>
        <source>this is not an ActivityWatch export: it has no &quot;buckets&quot;</source>
        <translation>no es una exportación de ActivityWatch: no tiene &quot;buckets&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the export</source>
        <translation>texto inesperado después de la exportación</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: %2</source>
        <translation>bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>un evento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event %2: %3</source>
        <translation>bucket &apos;%1&apos;, evento %2: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is not an ActivityWatch database (no buckets table: %2)</source>
        <translation>%1 no es una base de datos de ActivityWatch (no hay tabla de buckets: %2)</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: &apos;created&apos; is not a date: %2</source>
        <translation>bucket &apos;%1&apos;: &apos;created&apos; no es una fecha: %2</translation>
    </message>
    <message>
        <source>Cannot read the events of &apos;%1&apos;: %2</source>
        <translation>No se pueden leer los eventos de &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2 ends before it starts</source>
        <translation>bucket &apos;%1&apos;, el evento en %2 termina antes de empezar</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its %2 is not valid UTF-8</source>
        <translation>bucket &apos;%1&apos;: su campo %2 no es UTF-8 válido</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its data cannot be kept as it is: %2</source>
        <translation>bucket &apos;%1&apos;: Stint no puede conservar sus datos tal cual: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: its data cannot be kept as it is: %3</source>
        <translation>bucket &apos;%1&apos;, evento en %2: Stint no puede conservar sus datos tal cual: %3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>El archivo no se puede importar tal cual: %1</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>category %1 (&quot;%2&quot;)</source>
        <translation>categoría %1 («%2»)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a list of non-empty strings</source>
        <translation>&quot;name&quot; debe ser una lista de cadenas no vacías</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty list of strings</source>
        <translation>&quot;name&quot; debe ser una lista no vacía de cadenas</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be an object</source>
        <translation>&quot;rule&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>a regex rule needs a non-empty &quot;regex&quot; string</source>
        <translation>una regla regex necesita una cadena &quot;regex&quot; no vacía</translation>
    </message>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>expresión regular no válida «%1»: %2 en la posición %3</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot; (known: regex, none)</source>
        <translation>tipo de regla desconocido «%1» (conocidos: regex, none)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be an object</source>
        <translation>&quot;data&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>categories must be a JSON list of rules, or an object with a &quot;categories&quot; list</source>
        <translation>las categorías deben ser una lista JSON de reglas o un objeto con una lista &quot;categories&quot;</translation>
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
        <translation>Lee lo que Stint ha registrado.</translation>
    </message>
    <message>
        <source>Print JSON (ActivityWatch&apos;s format).</source>
        <translation>Muestra la salida en JSON (formato de ActivityWatch).</translation>
    </message>
    <message>
        <source>Only events that end at or after &lt;time&gt;.</source>
        <translation>Solo eventos que terminan en &lt;time&gt; o después.</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>Only events that start at or before &lt;time&gt;.</source>
        <translation>Solo eventos que empiezan en &lt;time&gt; o antes.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; events (summary: rows, default 10).</source>
        <translation>Como máximo &lt;n&gt; eventos (en summary, filas; predeterminado: 10).</translation>
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
        <translation>summary: la semana completa.</translation>
    </message>
    <message>
        <source>summary: the whole month.</source>
        <translation>summary: el mes completo.</translation>
    </message>
    <message>
        <source>summary: the whole year.</source>
        <translation>summary: el año completo.</translation>
    </message>
    <message>
        <source>summary: group by app, title, category or domain.</source>
        <translation>summary: agrupar por aplicación (app), título (title), categoría (category) o dominio (domain).</translation>
    </message>
    <message>
        <source>what</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>qué</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>equipo</translation>
    </message>
    <message>
        <source>export: only this bucket (repeat for more).</source>
        <translation>export: solo este bucket (repetir para añadir más).</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>id</translation>
    </message>
    <message>
        <source>export: json (default) or csv.</source>
        <translation>export: json (predeterminado) o csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>Cannot read the time &apos;%1&apos;; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>No se puede leer la hora &apos;%1&apos;; use RFC 3339 o AAAA-MM-DD[THH:MM[:SS]].</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit requiere un número entero mayor o igual que 0, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>Orden desconocida o argumentos incorrectos: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EVENTOS</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>PRIMERO</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>ÚLTIMO</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATOS</translation>
    </message>
    <message>
        <source>--by takes app, title, category or domain, not &apos;%1&apos;.</source>
        <translation>--by admite app, title, category o domain, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one period: --date, --week, --month, --year, or --start and --end.</source>
        <translation>Elija un solo periodo: --date, --week, --month, --year, o --start y --end.</translation>
    </message>
    <message>
        <source>Cannot read the date &apos;%1&apos;; use YYYY-MM-DD.</source>
        <translation>No se puede leer la fecha &apos;%1&apos;; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>A custom period needs both --start and --end, with the end after the start.</source>
        <translation>Un periodo personalizado necesita --start y --end, con el final posterior al inicio.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 active</source>
        <translation>%1 – %2: %3 de tiempo activo</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>, %1 en pausa</translation>
    </message>
    <message>
        <source>, productivity %1</source>
        <translation>, productividad %1</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>CATEGORÍA</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PORCENTAJE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APLICACIÓN</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 no se importó: %2</translation>
    </message>
    <message>
        <source>The categories were not stored: %1</source>
        <translation>Las categorías no se guardaron: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>Se importó %n categoría.</numerusform>
            <numerusform>Se importaron %n categorías.</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTUACIÓN</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COLOR</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGLA</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>Se exportó %n categoría.</numerusform>
            <numerusform>Se exportaron %n categorías.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: categories, categories export FILE or categories import FILE.</source>
        <translation>Uso: categories, categories export ARCHIVO o categories import ARCHIVO.</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &apos;%1&apos;.</source>
        <translation>--format admite json o csv, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--bucket applies to the JSON export; the CSV is the combined activity.</source>
        <translation>--bucket se aplica a la exportación JSON; el CSV es la actividad combinada.</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end no debe ser anterior a --start.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>No se puede leer %1: el archivo no existe.</translation>
    </message>
    <message>
        <source>The import could not be committed: %1</source>
        <translation>No se pudo confirmar la importación: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de datos: %1</translation>
    </message>
    <message>
        <source>no database yet: nothing has been recorded in this location</source>
        <translation>aún no hay base de datos: no se ha registrado nada en esta ubicación</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)</source>
        <translation>versión del esquema: %1 (esta compilación: %2)</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>modo journal: %1</translation>
    </message>
    <message>
        <source>note: the database is not in WAL mode; readers may wait for commits</source>
        <translation>nota: la base de datos no está en modo WAL; los lectores pueden tener que esperar a las confirmaciones</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integridad: correcta</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>integridad: %n problema</numerusform>
            <numerusform>integridad: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>gnome-extension takes &apos;install&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>gnome-extension admite &apos;install&apos; o &apos;status&apos;, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>  gnome-extension install|status   install Stint&apos;s GNOME Shell extension (it shows Stint the
                                   focused window on GNOME), or tell whether it runs
</source>
        <translation>  gnome-extension install|status   instala la extensión de GNOME Shell de Stint (le indica a
                                   Stint la ventana enfocada en GNOME) o indica si está activa
</translation>
    </message>
    <message>
        <source>Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).
</source>
        <translation>Horas T: RFC 3339 (2026-11-24T09:30:00Z) o locales (2026-11-24, 2026-11-24T09:30).
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>Se exportó %n fila de actividad.</numerusform>
            <numerusform>Se exportaron %n filas de actividad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>... %n evento leído</numerusform>
            <numerusform>... %n eventos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>Se exportó %n evento (buckets: %1).</numerusform>
            <numerusform>Se exportaron %n eventos (buckets: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>autostart takes &apos;enable&apos;, &apos;disable&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>autostart admite &apos;enable&apos;, &apos;disable&apos; o &apos;status&apos;, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Stint will start at login (%1).</source>
        <translation>Stint se abrirá al iniciar sesión (%1).</translation>
    </message>
    <message>
        <source>Stint will not start at login.</source>
        <translation>Stint no se abrirá al iniciar sesión.</translation>
    </message>
    <message>
        <source>problem: there is no file %1</source>
        <translation>problema: no existe el archivo %1</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>eventos: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>Copia de seguridad de %n evento guardada en %1.</numerusform>
            <numerusform>Copia de seguridad de %n eventos guardada en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>api allow: yes, let every page of this web site read and write activity.</source>
        <translation>api allow: sí, deja que cada página de este sitio web lea y escriba actividad.</translation>
    </message>
    <message>
        <source>Use: api origins, api allow ORIGIN or api disallow ORIGIN.</source>
        <translation>Uso: api origins, api allow ORIGEN o api disallow ORIGEN.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>ALLOWED BY</source>
        <translation>PERMITIDO POR</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin: give it as scheme://host[:port], e.g. chrome-extension://&lt;id&gt;, as Settings or Stint&apos;s log shows it.</source>
        <translation>«%1» no es un origen: indíquelo como esquema://host[:puerto], p. ej. chrome-extension://&lt;id&gt;, tal como lo muestran los Ajustes o el registro de Stint.</translation>
    </message>
    <message>
        <source>%1 is not a browser extension: any page from it could then write and read your activity data. Add --yes if that is what you want.</source>
        <translation>%1 no es una extensión del navegador: cualquier página suya podría entonces escribir y leer sus datos de actividad. Añada --yes si es lo que quiere.</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1 ya está permitido.</translation>
    </message>
    <message>
        <source>%1 was not added, so there is nothing to disallow (built-in origins and patterns stay).</source>
        <translation>%1 no se añadió, así que no hay nada que retirar (los orígenes y patrones integrados se mantienen).</translation>
    </message>
    <message>
        <source>The setting was not stored: %1</source>
        <translation>El ajuste no se guardó: %1</translation>
    </message>
    <message>
        <source>Allowed %1.</source>
        <translation>Se permitió %1.</translation>
    </message>
    <message>
        <source>Disallowed %1.</source>
        <translation>%1 ya no está permitido.</translation>
    </message>
    <message>
        <source>The running Stint applies it now.</source>
        <translation>El Stint en ejecución lo aplica ahora.</translation>
    </message>
    <message>
        <source>Stint applies it when it starts.</source>
        <translation>Stint lo aplica al iniciarse.</translation>
    </message>
    <message>
        <source>summary: the day &lt;date&gt; (YYYY-MM-DD); trends: the last day.</source>
        <translation>summary: el día &lt;date&gt; (AAAA-MM-DD); trends: el último día.</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; weeks (default 12).</source>
        <translation>trends: las últimas &lt;n&gt; semanas (predeterminado: 12).</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; months.</source>
        <translation>trends: los últimos &lt;n&gt; meses.</translation>
    </message>
    <message>
        <source>Choose one span: --weeks or --months.</source>
        <translation>Elija un solo periodo: --weeks o --months.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 admite un número entero de 1 a %2, no &apos;%3&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>%1 – %2: %3 de tiempo activo, %4 respecto al %n día anterior</numerusform>
            <numerusform>%1 – %2: %3 de tiempo activo, %4 respecto a los %n días anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily average %1, busiest day %2, productivity %3</source>
        <translation>Media diaria %1, día más activo %2, productividad %3</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>SEMANA DEL</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>ANTES</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
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
        <translation>Órdenes:
  buckets [--json]                 lista los buckets con su primer/último evento y su número
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   lista los eventos de un bucket, los más recientes primero
  check [FILE]                     comprueba la base de datos, o el archivo de base de datos FILE
                                   (una copia de seguridad): integridad, versión del esquema, modo
                                   de diario; sale con 1 si hay un problema
  backup FILE                      escribe una copia coherente de la base de datos en FILE, también
                                   mientras Stint registra; un solo archivo, comprobado
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   en qué se fue el tiempo activo (hoy por defecto; --date
                                   elige el día, o la semana/mes/año que lo contiene)
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   tiempo activo por semana o mes y categoría de primer nivel,
                                   la puntuación de productividad y el cambio respecto al periodo
                                   anterior (las últimas 12 semanas hasta hoy, o hasta D)
  search TEXT [--regex] [--from D] [--to D] [--json]
                                   tiempo activo cuya aplicación, título de ventana o URL contiene TEXT
                                   (o coincide con la expresión regular), por aplicación y título,
                                   con cuándo se vio por primera y por última vez; todo el historial,
                                   o desde el día u hora D y hasta D
  goals [--date D] [--json]        progreso de los objetivos: los del día (hoy o D) y los de
                                   su semana
  categories [export FILE | import FILE]
                                   lista las categorías, o escribe/lee el archivo de ActivityWatch
  export [FILE] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   la exportación JSON de ActivityWatch (todos los buckets, o los
                                   indicados), o un CSV del tiempo activo; a la salida estándar
                                   sin FILE; un rango recorta los eventos a él
  import FILE                      una exportación de ActivityWatch (.json) o el sqlite.db de
                                   aw-server-rust; los eventos ya guardados se omiten
  autostart enable|disable|status  inicia Stint (minimizado) al iniciar sesión, deja de hacerlo,
                                   o muestra &apos;enabled&apos; o &apos;disabled&apos;
  api origins [--json]             los orígenes (extensiones de navegador, páginas) que admite la API HTTP
  api allow ORIGIN [--yes]         admite un origen, p. ej. chrome-extension://&lt;id&gt;; un sitio
                                   http(s):// necesita --yes
  api disallow ORIGIN              deja de admitir un origen que usted añadió
  sync status [--json]             la carpeta de sincronización y los equipos que contiene
  sync now [--json]                sincroniza ahora con la carpeta (a través del Stint en ejecución,
                                   o por sí mismo si no hay ninguno en ejecución)
  stopwatch start LABEL | stop | status [--json]
                                   inicia un temporizador con nombre (deteniendo el que esté en marcha),
                                   lo detiene, o muestra cuál está en marcha; el cronómetro de aw-webui
                                   muestra lo mismo
  entry add --start T --end T LABEL
                                   añade a mano tiempo pasado lejos del equipo
</translation>
    </message>
    <message>
        <source>summary, trends: only this host, or all (the default): every host combined, each moment counted once, this computer&apos;s first.</source>
        <translation>summary, trends: solo este equipo, o all (el valor predeterminado): todos los equipos combinados, cada momento contado una vez, primero el de este equipo.</translation>
    </message>
    <message>
        <source>search: TEXT is a regular expression.</source>
        <translation>search: TEXT es una expresión regular.</translation>
    </message>
    <message>
        <source>search: from this day or time on.</source>
        <translation>search: desde este día u hora.</translation>
    </message>
    <message>
        <source>search: up to the end of this day, or this time.</source>
        <translation>search: hasta el final de este día, o hasta esta hora.</translation>
    </message>
    <message>
        <source>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry or gnome-extension</source>
        <translation>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry o gnome-extension</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>como máximo %1 al día</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>como máximo %1 a la semana</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>como mínimo %1 al día</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>como mínimo %1 a la semana</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>por encima del límite</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <extracomment>stint-cli goals: &quot;Social: 42 min of at most 30 min a day, over the limit&quot;</extracomment>
        <translation>%1: %2 de %3, %4</translation>
    </message>
    <message>
        <source>No goals set (Settings → Goals in Stint&apos;s window).</source>
        <translation>No hay objetivos (Ajustes → Objetivos en la ventana de Stint).</translation>
    </message>
    <message>
        <source>Day of %1:</source>
        <translation>Día %1:</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>Semana del %1:</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>No se puede buscar: %1</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>El final del intervalo debe ser posterior a su inicio.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n resultado, %1 activo</numerusform>
            <numerusform>%n resultados, %1 activo</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1, last seen %2</source>
        <translation>visto por primera vez %1, por última vez %2</translation>
    </message>
    <message>
        <source>Use: sync status or sync now.</source>
        <translation>Uso: sync status o sync now.</translation>
    </message>
    <message>
        <source>Sync is off: choose a folder in Settings &gt; Data or start Stint with --sync-dir FOLDER.</source>
        <translation>La sincronización está desactivada: elija una carpeta en Ajustes &gt; Datos o inicie Stint con --sync-dir CARPETA.</translation>
    </message>
    <message>
        <source>The running Stint synced.</source>
        <translation>El Stint en ejecución se sincronizó.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>Se escribió %1 (%n evento nuevo o actualizado).</numerusform>
            <numerusform>Se escribió %1 (%n eventos nuevos o actualizados).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): no database file yet.</source>
        <translation>%1 (%2): aún no hay archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 (%2): up to date.</source>
        <translation>%1 (%2): al día.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1 (%2): se copió %n evento.</numerusform>
            <numerusform>%1 (%2): se copiaron %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>La sincronización está desactivada.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>Carpeta de sincronización: %1 (cada %n segundo)</numerusform>
            <numerusform>Carpeta de sincronización: %1 (cada %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer: %1, device %2</source>
        <translation>Este equipo: %1, dispositivo %2</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(aún sin sincronizar)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>aún no hay archivo de base de datos</translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>archivo modificado %1, %n evento copiado aquí</numerusform>
            <numerusform>archivo modificado %1, %n eventos copiados aquí</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (oculto)</translation>
    </message>
    <message>
        <source>Waiting for another stint-cli to finish writing...</source>
        <translation>Esperando a que otro stint-cli termine de escribir...</translation>
    </message>
    <message>
        <source>a Stint holds the database but does not answer</source>
        <translation>un Stint tiene la base de datos pero no responde</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>DBusIdleBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay bus de sesión de D-Bus</translation>
    </message>
    <message>
        <source>cannot read the idle time: %1</source>
        <translation>no se puede leer el tiempo de inactividad: %1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of %1.</source>
        <translation>Guarda la base de datos en &lt;dir&gt; en lugar de %1.</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>the value name in --help: --data-dir &lt;dir&gt;</extracomment>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use a separate testing database (stint-testing.db).</source>
        <translation>Usa una base de datos de pruebas independiente (stint-testing.db).</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 es la propia base de datos</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot copy the database to %1: %2</source>
        <translation>no se puede copiar la base de datos a %1: %2</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>la copia no superó la comprobación: %1</translation>
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
        <translation>expresión regular no válida «%1»: %2 en la posición %3</translation>
    </message>
</context>
<context>
    <name>GnomeExtension</name>
    <message>
        <source>Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). Install it with &apos;stint-cli gnome-extension install&apos;, log out and back in, then enable it with &apos;gnome-extensions enable %1&apos; or in the Extensions app.</source>
        <translation>Stint sigue la ventana enfocada en GNOME mediante su extensión de GNOME Shell (GNOME 45 o posterior). Instálela con &apos;stint-cli gnome-extension install&apos;, cierre la sesión y vuelva a entrar, y actívela con &apos;gnome-extensions enable %1&apos; o en la aplicación Extensiones.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>This build of Stint lacks the extension file %1.</source>
        <translation>A esta compilación de Stint le falta el archivo de la extensión %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Installed Stint&apos;s GNOME Shell extension into %1.
Log out and back in so GNOME Shell finds it, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Se instaló la extensión de GNOME Shell de Stint en %1.
Cierre la sesión y vuelva a entrar para que GNOME Shell la encuentre; después actívela con &apos;gnome-extensions enable %2&apos; (o en la aplicación Extensiones).</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is not installed (%1). %2</source>
        <translation>La extensión de GNOME Shell de Stint no está instalada (%1). %2</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension in %1 differs from the one this Stint ships: run &apos;stint-cli gnome-extension install&apos; again, then log out and back in.</source>
        <translation>La extensión de GNOME Shell de Stint en %1 no coincide con la que incluye este Stint: vuelva a ejecutar &apos;stint-cli gnome-extension install&apos; y después cierre la sesión y vuelva a entrar.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 and running.</source>
        <translation>La extensión de GNOME Shell de Stint está instalada en %1 y en ejecución.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 but not running: log out and back in, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>La extensión de GNOME Shell de Stint está instalada en %1 pero no está en ejecución: cierre la sesión y vuelva a entrar, y actívela con &apos;gnome-extensions enable %2&apos; (o en la aplicación Extensiones).</translation>
    </message>
</context>
<context>
    <name>GnomeShellWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay bus de sesión de D-Bus</translation>
    </message>
    <message>
        <source>cannot subscribe to %1.Changed: %2</source>
        <translation>no se puede suscribir a %1.Changed: %2</translation>
    </message>
    <message>
        <source>GNOME Shell does not answer for Stint&apos;s extension (%1): %2</source>
        <translation>GNOME Shell no responde a la extensión de Stint (%1): %2</translation>
    </message>
    <message>
        <source>GNOME Shell left the session bus; waiting for it to come back</source>
        <translation>GNOME Shell abandonó el bus de sesión; esperando a que vuelva</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;category&quot; is not a list of up to %1 names</source>
        <translation>&quot;category&quot; no es una lista de hasta %1 nombres</translation>
    </message>
    <message>
        <source>&quot;category&quot; holds something other than a name</source>
        <translation>&quot;category&quot; contiene algo que no es un nombre</translation>
    </message>
    <message>
        <source>&quot;type&quot; is neither &quot;atMost&quot; nor &quot;atLeast&quot;</source>
        <translation>&quot;type&quot; no es ni &quot;atMost&quot; ni &quot;atLeast&quot;</translation>
    </message>
    <message>
        <source>&quot;per&quot; is neither &quot;day&quot; nor &quot;week&quot;</source>
        <translation>&quot;per&quot; no es ni &quot;day&quot; ni &quot;week&quot;</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is not a whole number from 1 to %1</source>
        <translation>&quot;minutes&quot; no es un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>not a list of goals</source>
        <translation>no es una lista de objetivos</translation>
    </message>
    <message>
        <source>more than %1 goals</source>
        <translation>más de %1 objetivos</translation>
    </message>
    <message>
        <source>the same goal is given twice</source>
        <translation>el mismo objetivo aparece dos veces</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <extracomment>%1 is the position of the goal in the list, from 1</extracomment>
        <translation>objetivo %1: %2</translation>
    </message>
    <message>
        <source>the time of the day&apos;s summary must be &quot;HH:MM&quot;</source>
        <translation>la hora del resumen del día debe ser &quot;HH:MM&quot;</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>Se importó %n evento; se omitieron %1 ya presentes.</numerusform>
            <numerusform>Se importaron %n eventos; se omitieron %1 ya presentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2): %3 imported, %4 duplicates%5</source>
        <translation>  %1 (%2): %3 importados, %4 duplicados%5</translation>
    </message>
    <message>
        <source>new bucket</source>
        <translation>bucket nuevo</translation>
    </message>
    <message>
        <source>existing bucket</source>
        <translation>bucket existente</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>, sin terminar</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>La importación se detuvo: %1</translation>
    </message>
    <message>
        <source>Everything listed above was imported; the rest of the unfinished bucket and any bucket after it in the file were not.</source>
        <translation>Se importó todo lo indicado arriba; el resto del bucket sin terminar y los buckets posteriores del archivo no se importaron.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>The database could not commit before the import: %1</source>
        <translation>La base de datos no pudo confirmar los cambios antes de la importación: %1</translation>
    </message>
    <message>
        <source>Cannot save bucket &apos;%1&apos;: %2</source>
        <translation>No se puede guardar el bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot create bucket &apos;%1&apos;: %2</source>
        <translation>No se puede crear el bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>No se puede leer el bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Storing events of bucket &apos;%1&apos; failed: %2</source>
        <translation>Falló el almacenamiento de los eventos del bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The imported events could not be committed: %1</source>
        <translation>No se pudieron confirmar los eventos importados: %1</translation>
    </message>
</context>
<context>
    <name>KWinWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>no hay bus de sesión de D-Bus</translation>
    </message>
    <message>
        <source>cannot register %1 on the session bus: %2</source>
        <translation>no se puede registrar %1 en el bus de sesión: %2</translation>
    </message>
    <message>
        <source>the KWin script is missing from this build (%1)</source>
        <translation>falta el script de KWin en esta compilación (%1)</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the KWin script</source>
        <translation>no se puede crear el directorio %1 para el script de KWin</translation>
    </message>
    <message>
        <source>cannot write the KWin script %1: %2</source>
        <translation>no se puede escribir el script de KWin %1: %2</translation>
    </message>
    <message>
        <source>KWin (%1) is not on the session bus</source>
        <translation>KWin (%1) no está en el bus de sesión</translation>
    </message>
    <message>
        <source>KWin refused to load the script %1</source>
        <translation>KWin se negó a cargar el script %1</translation>
    </message>
    <message>
        <source>KWin&apos;s scripting interface failed: %1</source>
        <translation>Falló la interfaz de scripts de KWin: %1</translation>
    </message>
    <message>
        <source>KWin did not start the script: %1</source>
        <translation>KWin no inició el script: %1</translation>
    </message>
    <message>
        <source>KWin left the session bus; waiting for it to come back to follow the active window</source>
        <translation>KWin abandonó el bus de sesión; esperando a que vuelva para seguir la ventana activa</translation>
    </message>
</context>
<context>
    <name>MacWindowBackend</name>
    <message>
        <source>Stint needs Accessibility permission to read window titles: System Settings → Privacy &amp; Security → Accessibility</source>
        <translation>Stint necesita el permiso de Accesibilidad para leer los títulos de las ventanas: Ajustes del Sistema → Privacidad y seguridad (Privacy &amp; Security) → Accesibilidad</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>the entry is empty: its end is its start</source>
        <translation>la entrada está vacía: su final es su inicio</translation>
    </message>
    <message>
        <source>the end lies before the start</source>
        <translation>el final es anterior al inicio</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>se esperaba {&quot;since&quot;: hora, &quot;until&quot;: hora o null}</translation>
    </message>
</context>
<context>
    <name>PlatformBackends</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>a la pantalla X %1 le falta la extensión MIT-SCREEN-SAVER, así que Stint no puede saber cuándo está ausente</translation>
    </message>
    <message>
        <source>XWayland is not running (DISPLAY is not set)</source>
        <translation>XWayland no se está ejecutando (DISPLAY no está definida)</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) has no window manager publishing the active window</source>
        <translation>XWayland (DISPLAY=%1) no tiene un gestor de ventanas que publique la ventana activa</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension</source>
        <translation>a XWayland (DISPLAY=%1) le falta la extensión MIT-SCREEN-SAVER</translation>
    </message>
    <message>
        <source>the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such as sway, Hyprland, river and labwc do)</source>
        <translation>el compositor no ofrece zwlr_foreign_toplevel_manager_v1 (los compositores basados en wlroots, como sway, Hyprland, river y labwc, sí lo ofrecen)</translation>
    </message>
    <message>
        <source>the compositor does not offer %1</source>
        <translation>el compositor no ofrece %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)</source>
        <translation>no hay bus de sesión de D-Bus para comunicarse con KDE Plasma o GNOME (%1)</translation>
    </message>
    <message>
        <source>neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus</source>
        <translation>ni KWin (KDE Plasma) ni GNOME Shell están en el bus de sesión de D-Bus</translation>
    </message>
    <message>
        <source>KWin&apos;s script did not load: %1</source>
        <translation>El script de KWin no se cargó: %1</translation>
    </message>
    <message>
        <source>which window has focus (%1)</source>
        <translation>qué ventana tiene el foco (%1)</translation>
    </message>
    <message>
        <source>when you are away (%1)</source>
        <translation>cuándo está ausente (%1)</translation>
    </message>
    <message>
        <source>on the Wayland display %1 Stint cannot see %2</source>
        <translation>en la pantalla Wayland %1, Stint no puede ver %2</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical session to see which window has focus and whether you are away</source>
        <translation>no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas): Stint necesita una sesión gráfica para ver qué ventana tiene el foco y si está ausente</translation>
    </message>
    <message>
        <source>Stint runs outside a graphical login session (over SSH?): it can watch windows and input only when it runs in the logged-in user&apos;s session.</source>
        <translation>Stint se ejecuta fuera de una sesión gráfica (¿por SSH?): solo puede observar las ventanas y la entrada cuando se ejecuta en la sesión del usuario que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Stint runs without a desktop (as a service?): it can watch windows and input only when it runs in the user&apos;s own session.</source>
        <translation>Stint se ejecuta sin escritorio (¿como servicio?): solo puede observar las ventanas y la entrada cuando se ejecuta en la propia sesión del usuario.</translation>
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
        <translation>regla %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>las reglas deben ser una matriz JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;drop&quot; or &quot;redact&quot;</source>
        <translation>&quot;action&quot; debe ser &quot;drop&quot; o &quot;redact&quot;</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>the start of day must be a time &quot;HH:MM&quot;, not %1</source>
        <translation>el inicio del día debe ser una hora &quot;HH:MM&quot;, no %1</translation>
    </message>
    <message>
        <source>the start of week must be an English day name such as &quot;Monday&quot;, not &quot;%1&quot;</source>
        <translation>el inicio de la semana debe ser un nombre de día en inglés, como &quot;Monday&quot;, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>no se puede migrar desde la versión del esquema %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>falló la migración a la versión del esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>no database at %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>SQLite did not accept synchronous=FULL</source>
        <translation>SQLite no aceptó synchronous=FULL</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot set the journal mode of %1: %2</source>
        <translation>no se puede establecer el modo journal de %1: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 and uses &apos;%2&apos; instead; readers may wait for commits</source>
        <translation>SQLite rechazó el modo WAL para %1 y usa &apos;%2&apos; en su lugar; los lectores pueden tener que esperar a las confirmaciones</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>no se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>an in-memory database has no reader connections</source>
        <translation>una base de datos en memoria no tiene conexiones de lectura</translation>
    </message>
</context>
<context>
    <name>SyncFolderReader</name>
    <message>
        <source>no temporary folder for a copy</source>
        <translation>no hay carpeta temporal para una copia</translation>
    </message>
    <message>
        <source>it cannot be copied (locked or being replaced)</source>
        <translation>no se puede copiar (bloqueado o en proceso de sustitución)</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again at the next sync.</source>
        <translation>Se omitió %1: %2. Se volverá a leer en la próxima sincronización.</translation>
    </message>
    <message>
        <source>it is damaged or not completely synced yet (%1)</source>
        <translation>está dañado o aún no se ha sincronizado por completo (%1)</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Stint reads (up to %2)</source>
        <translation>su versión del esquema %1 es más reciente de lo que lee este Stint (hasta %2)</translation>
    </message>
    <message>
        <source>it is not an ActivityWatch database (schema version %1)</source>
        <translation>no es una base de datos de ActivityWatch (versión del esquema %1)</translation>
    </message>
    <message>
        <source>the local bucket &apos;%1&apos; is not a copy from %2</source>
        <translation>el bucket local &apos;%1&apos; no es una copia de %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: %3</source>
        <translation>bucket &apos;%1&apos;, evento en %2: %3</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>termina antes de empezar</translation>
    </message>
</context>
<context>
    <name>SyncFolderWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary file</source>
        <translation>no se puede copiar a un archivo temporal</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>La carpeta de sincronización %1 no existe.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>cannot read the setting &quot;%1&quot;</source>
        <translation>no se puede leer el ajuste «%1»</translation>
    </message>
    <message>
        <source>not a folder name</source>
        <translation>no es un nombre de carpeta</translation>
    </message>
    <message>
        <source>not a number of seconds from %1 to %2</source>
        <translation>no es un número de segundos de %1 a %2</translation>
    </message>
    <message>
        <source>not a list of hosts</source>
        <translation>no es una lista de equipos</translation>
    </message>
</context>
<context>
    <name>WatcherBuckets</name>
    <message>
        <source>creating bucket %1 timed out</source>
        <translation>se agotó el tiempo al crear el bucket %1</translation>
    </message>
    <message>
        <source>cannot create bucket %1: %2</source>
        <translation>no se puede crear el bucket %1: %2</translation>
    </message>
</context>
<context>
    <name>WatcherSettings</name>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>cannot read the setting &quot;%1&quot; from the database</source>
        <translation>no se puede leer el ajuste «%1» de la base de datos</translation>
    </message>
    <message>
        <source>%1 s is outside %2 … %3 s</source>
        <translation>%1 s está fuera del intervalo %2 … %3 s</translation>
    </message>
</context>
<context>
    <name>WaylandConnection</name>
    <message>
        <source>no compositor is listening there</source>
        <translation>ningún compositor está escuchando ahí</translation>
    </message>
    <message>
        <source>the compositor closed the connection</source>
        <translation>el compositor cerró la conexión</translation>
    </message>
    <message>
        <source>cannot connect to a Wayland display: WAYLAND_DISPLAY is not set</source>
        <translation>no se puede conectar a una pantalla Wayland: WAYLAND_DISPLAY no está definida</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display %1: %2</source>
        <translation>no se puede conectar a la pantalla Wayland %1: %2</translation>
    </message>
    <message>
        <source>protocol error %1 on %2@%3</source>
        <translation>error de protocolo %1 en %2@%3</translation>
    </message>
    <message>
        <source>lost the connection to the Wayland display %1 (%2); retrying</source>
        <translation>se perdió la conexión con la pantalla Wayland %1 (%2); reintentando</translation>
    </message>
</context>
<context>
    <name>WaylandIdleBackend</name>
    <message>
        <source>an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)</source>
        <translation>un protocolo de inactividad (ext_idle_notifier_v1 u org_kde_kwin_idle)</translation>
    </message>
    <message>
        <source>a seat (wl_seat)</source>
        <translation>un asiento (wl_seat)</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away</source>
        <translation>el compositor Wayland en %1 no ofrece %2, así que Stint no puede saber cuándo está ausente</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the two things a compositor lacks: &quot;an idle protocol (...) and a seat (wl_seat)&quot;</extracomment>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>WaylandWindowBackend</name>
    <message>
        <source>the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see which window has focus</source>
        <translation>el compositor Wayland en %1 no ofrece zwlr_foreign_toplevel_manager_v1, así que Stint no puede ver qué ventana tiene el foco</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which window has focus</source>
        <translation>el compositor Wayland en %1 retiró zwlr_foreign_toplevel_manager_v1; Stint no puede ver qué ventana tiene el foco</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 finished); Stint cannot see which window has focus</source>
        <translation>el compositor Wayland en %1 dejó de listar ventanas (zwlr_foreign_toplevel_manager_v1 terminó); Stint no puede ver qué ventana tiene el foco</translation>
    </message>
</context>
<context>
    <name>WindowPattern</name>
    <message>
        <source>invalid %1 pattern &quot;%2&quot;: %3 at offset %4</source>
        <translation>patrón de %1 no válido «%2»: %3 en la posición %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>a rule needs an app or a title pattern</source>
        <translation>una regla necesita un patrón de aplicación o de título</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>las reglas deben ser una matriz JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>regla %1: %2</translation>
    </message>
</context>
<context>
    <name>X11Connection</name>
    <message>
        <source>no X server is running there, or it refused the connection</source>
        <translation>no hay ningún servidor X en ejecución ahí, o rechazó la conexión</translation>
    </message>
    <message>
        <source>the server lacks a required extension</source>
        <translation>al servidor le falta una extensión necesaria</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
    <message>
        <source>the display name is not valid</source>
        <translation>el nombre de la pantalla no es válido</translation>
    </message>
    <message>
        <source>the server has no such screen</source>
        <translation>el servidor no tiene esa pantalla</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: %2</source>
        <translation>no se puede conectar a la pantalla X %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the server has no screen %2</source>
        <translation>no se puede conectar a la pantalla X %1: el servidor no tiene la pantalla %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the connection broke at once</source>
        <translation>no se puede conectar a la pantalla X %1: la conexión se cortó de inmediato</translation>
    </message>
    <message>
        <source>lost the connection to the X display %1; retrying</source>
        <translation>se perdió la conexión con la pantalla X %1; reintentando</translation>
    </message>
</context>
<context>
    <name>X11IdleBackend</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>a la pantalla X %1 le falta la extensión MIT-SCREEN-SAVER, así que Stint no puede saber cuándo está ausente</translation>
    </message>
</context>
<context>
    <name>X11WindowBackend</name>
    <message>
        <source>the window manager on the X display %1 does not publish the active window (_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH standard (most do) to see which window has focus</source>
        <translation>el gestor de ventanas de la pantalla X %1 no publica la ventana activa (_NET_ACTIVE_WINDOW); Stint necesita un gestor de ventanas que siga el estándar EWMH (la mayoría lo hace) para ver qué ventana tiene el foco</translation>
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
        <translation>«%1» no es un número de segundos</translation>
    </message>
    <message>
        <source>Stint records which application has your attention, and when you are away, and keeps it on this computer.</source>
        <translation>Stint registra qué aplicación tiene su atención y cuándo está ausente, y lo guarda en este equipo.</translation>
    </message>
    <message>
        <source>Record without a window (the watchers still need a graphical session).</source>
        <translation>Registra sin ventana (los observadores siguen necesitando una sesión gráfica).</translation>
    </message>
    <message>
        <source>Read the focused window every &lt;seconds&gt; (default 1; overrides the setting).</source>
        <translation>Lee la ventana enfocada cada &lt;seconds&gt; segundos (1 de forma predeterminada; anula el ajuste).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>a value name in --help: &lt;seconds&gt;</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Count as away after &lt;seconds&gt; without input (default 180; overrides the setting).</source>
        <translation>Cuenta como ausente tras &lt;seconds&gt; segundos sin actividad de entrada (180 de forma predeterminada; anula el ajuste).</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (when the desktop has a tray).</source>
        <translation>Se inicia en la bandeja del sistema sin abrir la ventana (si el escritorio tiene bandeja).</translation>
    </message>
    <message>
        <source>Serve the ActivityWatch-compatible HTTP API on &lt;port&gt; of 127.0.0.1 (default 5600, 5666 with --testing; overrides the setting).</source>
        <translation>Ofrece la API HTTP compatible con ActivityWatch en el puerto &lt;port&gt; de 127.0.0.1 (5600 de forma predeterminada, 5666 con --testing; anula el ajuste).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>the value name in --help: --port &lt;port&gt;</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Do not serve the HTTP API.</source>
        <translation>No ofrece la API HTTP.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port: «%1» no es un número de puerto entre 1 y 65535</translation>
    </message>
    <message>
        <source>Stint cannot open its database: %1</source>
        <translation>Stint no puede abrir su base de datos: %1</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot record activity: %1</source>
        <translation>Stint no puede registrar la actividad: %1</translation>
    </message>
    <message>
        <source>the final save failed: %1</source>
        <translation>falló el guardado final: %1</translation>
    </message>
    <message>
        <source>Print the version of Stint and of Qt, then exit.</source>
        <translation>Muestra la versión de Stint y de Qt, y sale.</translation>
    </message>
    <message>
        <source>Stint is already running; its window is shown now.</source>
        <translation>Stint ya se está ejecutando; ahora se muestra su ventana.</translation>
    </message>
    <message>
        <source>Stint is already running without a window (--no-gui).</source>
        <translation>Stint ya se está ejecutando sin ventana (--no-gui).</translation>
    </message>
    <message>
        <source>cannot tell whether Stint is running already: %1</source>
        <translation>no se puede saber si Stint ya se está ejecutando: %1</translation>
    </message>
    <message>
        <source>Stint is already running.</source>
        <translation>Stint ya se está ejecutando.</translation>
    </message>
    <message>
        <source>Sync with other computers through &lt;folder&gt; (shared by Syncthing, Dropbox, ...); remembered in the settings.</source>
        <translation>Sincroniza con otros equipos a través de &lt;carpeta&gt; (compartida por Syncthing, Dropbox, ...); se recuerda en los ajustes.</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>the value name in --help: --sync-dir &lt;folder&gt;</extracomment>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Sync every &lt;seconds&gt; (default 300; overrides the setting).</source>
        <translation>Sincroniza cada &lt;segundos&gt; (300 por defecto; prevalece sobre el ajuste).</translation>
    </message>
    <message>
        <source>--sync-interval: &quot;%1&quot; is not a number of seconds from %2 to %3</source>
        <translation>--sync-interval: «%1» no es un número de segundos de %2 a %3</translation>
    </message>
    <message>
        <source>--sync-dir: the folder was not stored: %1</source>
        <translation>--sync-dir: no se guardó la carpeta: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>the stored setting &quot;%1&quot; is invalid: %2</source>
        <translation>el ajuste guardado «%1» no es válido: %2</translation>
    </message>
</context>
<context>
    <name>stint</name>
    <message>
        <source>the datastore gave no answer</source>
        <translation>el almacén de datos no respondió</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>se esperaba {&quot;since&quot;: hora, &quot;until&quot;: hora o null}</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 expected</source>
        <translation>se esperaba un número de puerto entre 1 y 65535</translation>
    </message>
    <message>
        <source>a string expected</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>a whole number of bytes from %1 to %2 expected</source>
        <translation>se esperaba un número entero de bytes entre %1 y %2</translation>
    </message>
    <message>
        <source>a list of strings expected</source>
        <translation>se esperaba una lista de cadenas</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2 expected</source>
        <translation>se esperaba un número entero de segundos entre %1 y %2</translation>
    </message>
    <message>
        <source>an object of dates expected</source>
        <translation>se esperaba un objeto de fechas</translation>
    </message>
</context>
<context>
    <name>stint::AboutDialog</name>
    <message>
        <source>About Stint</source>
        <translation>Acerca de Stint</translation>
    </message>
    <message>
        <source>Stint %1</source>
        <translation>Stint %1</translation>
    </message>
    <message>
        <source>A native desktop activity tracker, compatible with ActivityWatch.</source>
        <translation>Un registrador de actividad nativo para el escritorio, compatible con ActivityWatch.</translation>
    </message>
    <message>
        <source>Stint is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Stint es software libre: puede redistribuirlo y/o modificarlo según los términos de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; publicada por la Free Software Foundation, ya sea la versión 3 de la licencia o (a su elección) cualquier versión posterior (%1). Se ofrece SIN NINGUNA GARANTÍA.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>stint::ActivityPage</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Las puntuaciones de las categorías, ponderadas por el tiempo dedicado a cada una</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Puntuación de productividad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Waiting for the first window…</source>
        <translation>Esperando la primera ventana…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>heading above the window in focus right now</extracomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Click an app to see only its time</source>
        <translation>Pulse en una aplicación para ver solo su tiempo</translation>
    </message>
    <message>
        <source>Top apps</source>
        <translation>Aplicaciones principales</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Top window titles</source>
        <translation>Títulos de ventana principales</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Categorías principales</translation>
    </message>
    <message>
        <source>Active time per hour</source>
        <translation>Tiempo activo por hora</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>app “%1”</source>
        <translation>la aplicación «%1»</translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>la categoría «%1»</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Se muestra solo %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Could not read the activity: %1</source>
        <translation>No se pudo leer la actividad: %1</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>No hay actividad en este periodo</translation>
    </message>
    <message>
        <source>Active time (paused %1)</source>
        <translation>Tiempo activo (en pausa %1)</translation>
    </message>
    <message>
        <source>%1 of your active time in this period is uncategorized. &lt;a href=&quot;rules&quot;&gt;Add category rules&lt;/a&gt; to see where it went.</source>
        <translation>%1 de su tiempo activo en este periodo no tiene categoría. &lt;a href=&quot;rules&quot;&gt;Añada reglas de categorías&lt;/a&gt; para ver a qué se dedicó.</translation>
    </message>
    <message>
        <source>%1:00 – %2:00</source>
        <translation>%1:00 – %2:00</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Tiempo activo por mes</translation>
    </message>
    <message>
        <source>Active time per day</source>
        <translation>Tiempo activo por día</translation>
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
        <translation>MMMM &apos;de&apos; yyyy</translation>
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
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>You are away: no input for a while. Recording goes on when you are back.</source>
        <translation>Está ausente: no hay actividad de entrada desde hace un rato. El registro continúa cuando vuelva.</translation>
    </message>
    <message>
        <source>Recording is paused until %1.</source>
        <translation>El registro está en pausa hasta %1.</translation>
    </message>
    <message>
        <source>Recording is paused.</source>
        <translation>El registro está en pausa.</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>No se está registrando.</translation>
    </message>
    <message>
        <source>Stint cannot save: %1. It keeps what it records in memory and tries again.</source>
        <translation>Stint no puede guardar: %1. Mantiene en memoria lo que registra y vuelve a intentarlo.</translation>
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
        <translation>el puerto %1 en %2 ya está en uso (¿hay otro servidor de Stint o de ActivityWatch en ejecución?)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>no se puede escuchar en %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>stint::BrowserExtensionsPanel</name>
    <message>
        <source>Allow a web site</source>
        <translation>Permitir un sitio web</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser extensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Extensiones del navegador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browser extensions such as aw-watcher-web send the pages you visit to Stint&apos;s HTTP API. Stint lets in the Chrome Web Store&apos;s aw-watcher-web and Firefox extensions; an extension from another store, or one you built yourself, is refused until you allow it here.</source>
        <translation>Las extensiones del navegador como aw-watcher-web envían las páginas que visita a la API HTTP de Stint. Stint deja entrar a aw-watcher-web de la Chrome Web Store y a las extensiones de Firefox; una extensión de otra tienda, o una que haya compilado usted, se rechaza hasta que la permita aquí.</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>Origen permitido</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Permitido por</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Stop letting the selected origin in (built-in ones stay)</source>
        <translation>Deja de admitir el origen seleccionado (los integrados se mantienen)</translation>
    </message>
    <message>
        <source>Refused origin</source>
        <translation>Origen rechazado</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Permitir</translation>
    </message>
    <message>
        <source>Let the selected origin send and read activity</source>
        <translation>Deja que el origen seleccionado envíe y lea actividad</translation>
    </message>
    <message>
        <source>Refused recently (since Stint started):</source>
        <translation>Rechazados recientemente (desde que se inició Stint):</translation>
    </message>
    <message>
        <source>The HTTP API is not running, so no browser extension can reach Stint.</source>
        <translation>La API HTTP no está en marcha, así que ninguna extensión del navegador puede llegar a Stint.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>added (pattern)</source>
        <translation>añadido (patrón)</translation>
    </message>
    <message>
        <source>First refused %1</source>
        <translation>Rechazado por primera vez %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin that can be allowed.</source>
        <translation>«%1» no es un origen que se pueda permitir.</translation>
    </message>
    <message>
        <source>%1 is a web site, not a browser extension. If you allow it, any page from that site could then write and read your activity data.

Allow it anyway?</source>
        <translation>%1 es un sitio web, no una extensión del navegador. Si lo permite, cualquier página de ese sitio podría escribir y leer sus datos de actividad.

¿Permitirlo de todos modos?</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>El cambio no se guardó: %1</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>stint::CategoryEditor</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Rule (regex)</source>
        <translation>Regla (regex)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>Añadir una categoría de nivel superior</translation>
    </message>
    <message>
        <source>Add s&amp;ub</source>
        <translation>Añadir s&amp;ub</translation>
    </message>
    <message>
        <source>Add a subcategory to the selected category</source>
        <translation>Añadir una subcategoría a la categoría seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories</source>
        <translation>Eliminar la categoría seleccionada y sus subcategorías</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>Mover antes del elemento hermano anterior</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>Mover después del elemento hermano siguiente</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumentar sangría</translation>
    </message>
    <message>
        <source>Make it a subcategory of the category above</source>
        <translation>Convertirla en subcategoría de la categoría de arriba</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Reducir sangría</translation>
    </message>
    <message>
        <source>Move it up one level</source>
        <translation>Subirla un nivel</translation>
    </message>
    <message>
        <source>The name of this category (applied on Enter or when leaving the field)</source>
        <translation>El nombre de esta categoría (se aplica al pulsar Intro o al salir del campo)</translation>
    </message>
    <message>
        <source>empty: only groups subcategories</source>
        <translation>vacía: solo agrupa subcategorías</translation>
    </message>
    <message>
        <source>A regular expression tried on every value of a window or tab: app, title, URL</source>
        <translation>Una expresión regular que se prueba con cada valor de una ventana o pestaña: aplicación, título, URL</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorar mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Heredar</translation>
    </message>
    <message>
        <source>Use the colour of the parent category</source>
        <translation>Usar el color de la categoría superior</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>Puntuación propia</translation>
    </message>
    <message>
        <source>Without its own score a category uses its parent&apos;s</source>
        <translation>Sin puntuación propia, una categoría usa la de su categoría superior</translation>
    </message>
    <message>
        <source>Productivity score: positive for productive time, negative for distraction</source>
        <translation>Puntuación de productividad: positiva para el tiempo productivo, negativa para las distracciones</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Regex</source>
        <translation>&amp;Regex</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>&amp;Puntuación</translation>
    </message>
    <message>
        <source>A window or browser tab gets the deepest category whose regex matches any of its values; among equally deep matches, the later rule wins.</source>
        <translation>Una ventana o pestaña del navegador recibe la categoría más profunda cuya regex coincida con alguno de sus valores; entre coincidencias de igual profundidad, gana la regla posterior.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Read categories from a file exported by Stint or ActivityWatch</source>
        <translation>Leer categorías de un archivo exportado por Stint o ActivityWatch</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write these categories to a file ActivityWatch can import</source>
        <translation>Escribir estas categorías en un archivo que ActivityWatch pueda importar</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Predeterminadas</translation>
    </message>
    <message>
        <source>Replace the categories with Stint&apos;s defaults</source>
        <translation>Sustituir las categorías por las predeterminadas de Stint</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>Guardar las categorías</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Importar categorías</translation>
    </message>
    <message>
        <source>Category files (*.json);;All files (*)</source>
        <translation>Archivos de categorías (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>Exportar categorías</translation>
    </message>
    <message>
        <source>Cannot read the stored categories: %1</source>
        <translation>No se pueden leer las categorías guardadas: %1</translation>
    </message>
    <message>
        <source>(groups subcategories)</source>
        <translation>(agrupa subcategorías)</translation>
    </message>
    <message>
        <source>Invalid regex: %1</source>
        <translation>Regex no válida: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Inherited – choose…</source>
        <translation>Heredado: elegir…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Cannot count the matches of the last 7 days: %1</source>
        <translation>No se pueden contar las coincidencias de los últimos 7 días: %1</translation>
    </message>
    <message>
        <source>%1 by this rule, %2 with its subcategories</source>
        <translation>%1 con esta regla, %2 con sus subcategorías</translation>
    </message>
    <message>
        <source>Counting the last 7 days…</source>
        <translation>Contando los últimos 7 días…</translation>
    </message>
    <message>
        <source>Uncategorized in the last 7 days: %1 of %2 active time (%3%)</source>
        <translation>Sin categoría en los últimos 7 días: %1 de %2 de tiempo activo (%3 %)</translation>
    </message>
    <message>
        <source>Last 7 days: %1 in its subcategories. This category has no regex of its own.</source>
        <translation>Últimos 7 días: %1 en sus subcategorías. Esta categoría no tiene regex propia.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.</source>
        <translation>Últimos 7 días: esta regla categorizó %1 de tiempo activo, %2 con sus subcategorías.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time.</source>
        <translation>Últimos 7 días: esta regla categorizó %1 de tiempo activo.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Una categoría necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>Ya existe una categoría «%1».</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Categoría nueva</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Categoría nueva %1</translation>
    </message>
    <message>
        <source>There is no category above to move it into.</source>
        <translation>No hay ninguna categoría arriba a la que moverla.</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Color de «%1»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Saved. The reports use these categories now.</source>
        <translation>Guardado. Los informes ya usan estas categorías.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable categories: %2</source>
        <translation>%1 no contiene categorías utilizables: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>Se importó %n regla de %1. Aún sin guardar.</numerusform>
            <numerusform>Se importaron %n reglas de %1. Aún sin guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the categories first: %1</source>
        <translation>Corrija primero las categorías: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The productivity score on the Activity page is the mean of the categories&apos; scores, weighted by the time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.</source>
        <translation>La puntuación de productividad de la página Actividad es la media de las puntuaciones de las categorías, ponderadas por el tiempo dedicado a cada una («Sin categoría» cuenta como 0). Con estas categorías está entre %1 y %2.</translation>
    </message>
</context>
<context>
    <name>stint::Cli</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].</source>
        <translation>Uso: stopwatch start ETIQUETA, stopwatch stop o stopwatch status [--json].</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No hay ningún temporizador en marcha.</translation>
    </message>
    <message>
        <source>%1: running for %2 (since %3)</source>
        <translation>%1: en marcha desde hace %2 (desde %3)</translation>
    </message>
    <message>
        <source>Started %1 at %2.</source>
        <translation>Se inició %1 a las %2.</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>Se detuvo %1 tras %2.</translation>
    </message>
    <message>
        <source>Use: entry add --start T --end T LABEL.</source>
        <translation>Uso: entry add --start T --end T ETIQUETA.</translation>
    </message>
    <message>
        <source>Added %1 from %2 to %3 (%4).</source>
        <translation>Se añadió %1 de %2 a %3 (%4).</translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Export everything as ActivityWatch&apos;s export file (other trackers and scripts read it) or the activity as a CSV table. Import an ActivityWatch export or ActivityWatch&apos;s own database (sqlite.db); events that are already here are skipped, so importing twice changes nothing.</source>
        <translation>Exporte todo como archivo de exportación de ActivityWatch (lo leen otros registradores y scripts) o la actividad como tabla CSV. Importe una exportación de ActivityWatch o la propia base de datos de ActivityWatch (sqlite.db); los eventos que ya están aquí se omiten, así que importar dos veces no cambia nada.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n event(s) read</source>
        <translation>
            <numerusform>Importando… %n evento leído</numerusform>
            <numerusform>Importando… %n eventos leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export (*.json)</source>
        <translation>Exportación de ActivityWatch (*.json)</translation>
    </message>
    <message>
        <source>Activity as CSV (*.csv)</source>
        <translation>Actividad como CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar actividad</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Importar actividad</translation>
    </message>
    <message>
        <source>ActivityWatch export or database (*.json *.db);;All files (*)</source>
        <translation>Exportación o base de datos de ActivityWatch (*.json *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>ActivityWatch&apos;s watchers and scripts can send data to Stint at http://127.0.0.1:%1/api/0/.</source>
        <translation>Los observadores y scripts de ActivityWatch pueden enviar datos a Stint en http://127.0.0.1:%1/api/0/.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is off.</source>
        <translation>La API HTTP para los observadores y scripts de ActivityWatch está desactivada.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is not running: %1</source>
        <translation>La API HTTP para los observadores y scripts de ActivityWatch no está en ejecución: %1</translation>
    </message>
    <message>
        <source>Stint keeps everything it records, and these settings, in one database file:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While Stint runs, recent changes may wait in a second file beside it; quitting Stint moves them into the database file. To copy the data while Stint runs, use Back up.</source>
        <translation>Stint guarda todo lo que registra, y estos ajustes, en un único archivo de base de datos:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Mientras Stint se ejecuta, los cambios recientes pueden esperar en un segundo archivo junto a él; al salir de Stint pasan al archivo de base de datos. Para copiar los datos mientras Stint se ejecuta, use Copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>Write a complete, checked copy of the database to a file of your choice while Stint keeps recording.</source>
        <translation>Escribe una copia completa y comprobada de la base de datos en el archivo que elija mientras Stint sigue registrando.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Stint database (*.db)</source>
        <translation>Base de datos de Stint (*.db)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Creando copia de seguridad en %1…</translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila de actividad a %1.</numerusform>
            <numerusform>Se exportaron %n filas de actividad a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>No se pudo guardar la importación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>Se exportó %n evento (buckets: %1) a %2.</numerusform>
            <numerusform>Se exportaron %n eventos (buckets: %1) a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>Copia de seguridad de %n evento guardada en %1.</numerusform>
            <numerusform>Copia de seguridad de %n eventos guardada en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DatePicker</name>
    <message>
        <source>Pick a date (days with data are bold)</source>
        <translation>Elegir una fecha (los días con datos aparecen en negrita)</translation>
    </message>
</context>
<context>
    <name>stint::Desktop</name>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stint keeps tracking</source>
        <translation>Stint sigue registrando</translation>
    </message>
    <message>
        <source>Stint is still running in the tray. Choose Quit in its menu to stop tracking.</source>
        <translation>Stint sigue en ejecución en la bandeja. Elija Salir en su menú para dejar de registrar.</translation>
    </message>
    <message>
        <source>Quit Stint?</source>
        <translation>¿Salir de Stint?</translation>
    </message>
    <message>
        <source>There is no system tray to keep Stint in. Quit Stint and stop tracking?</source>
        <translation>No hay bandeja del sistema donde mantener Stint. ¿Salir de Stint y dejar de registrar?</translation>
    </message>
    <message>
        <source>Browser extension refused</source>
        <translation>Extensión del navegador rechazada</translation>
    </message>
    <message>
        <source>A browser extension tried to send activity to Stint and was refused — review in Settings → Data → Browser extensions.
%1</source>
        <translation>Una extensión del navegador intentó enviar actividad a Stint y fue rechazada — revíselo en Ajustes → Datos → Extensiones del navegador.
%1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
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
        <translation>Tras este tiempo sin actividad del teclado o del ratón, se le considera ausente</translation>
    </message>
    <message>
        <source>How often the active window is read when the system does not report changes</source>
        <translation>Con qué frecuencia se lee la ventana activa cuando el sistema no notifica los cambios</translation>
    </message>
    <message>
        <source>Activity before this time counts for the previous day</source>
        <translation>La actividad anterior a esta hora cuenta para el día anterior</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>Ausente tras una inactividad de</translation>
    </message>
    <message>
        <source>Check the active window every</source>
        <translation>Comprobar la ventana activa cada</translation>
    </message>
    <message>
        <source>Days and weeks</source>
        <translation>Días y semanas</translation>
    </message>
    <message>
        <source>A day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <source>A week starts on</source>
        <translation>La semana empieza el</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Windows matching a rule are never stored as they are: excluded ones are recorded only as &quot;(excluded)&quot;, redacted ones keep the app but not the title. Regexes ignore case; either may be empty.</source>
        <translation>Las ventanas que coinciden con una regla nunca se guardan tal cual: las excluidas se registran solo como &quot;(excluded)&quot; y en las de título oculto se conserva la aplicación pero no el título. Las regex no distinguen mayúsculas de minúsculas; cualquiera de ellas puede estar vacía.</translation>
    </message>
    <message>
        <source>Always active</source>
        <translation>Siempre activo</translation>
    </message>
    <message>
        <source>Time in matching windows counts as active even without input (videos, meetings).</source>
        <translation>El tiempo en las ventanas que coinciden cuenta como activo aunque no haya entrada (vídeos, reuniones).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>No se pueden leer los ajustes: %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>not a list of rules</source>
        <translation>no es una lista de reglas</translation>
    </message>
    <message>
        <source>Correct the values shown and save to replace them.</source>
        <translation>Corrija los valores mostrados y guarde para sustituirlos.</translation>
    </message>
    <message>
        <source>Away timeout: %1</source>
        <translation>Tiempo de ausencia: %1</translation>
    </message>
    <message>
        <source>Poll interval: %1</source>
        <translation>Intervalo de sondeo: %1</translation>
    </message>
    <message>
        <source>Start of day: %1</source>
        <translation>Inicio del día: %1</translation>
    </message>
    <message>
        <source>Start of week: %1</source>
        <translation>Inicio de la semana: %1</translation>
    </message>
    <message>
        <source>Privacy rules: %1</source>
        <translation>Reglas de privacidad: %1</translation>
    </message>
    <message>
        <source>Always-active rules: %1</source>
        <translation>Reglas de siempre activo: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>Saved, but recording cannot use the new settings: %1</source>
        <translation>Guardado, pero el registro no puede usar los ajustes nuevos: %1</translation>
    </message>
    <message>
        <source>Saved. Recording uses the new settings now.</source>
        <translation>Guardado. El registro ya usa los ajustes nuevos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Start Stint when I log in</source>
        <translation>Abrir Stint al iniciar sesión</translation>
    </message>
    <message>
        <source>Stint starts in the system tray when you log in</source>
        <translation>Stint se abre en la bandeja del sistema al iniciar sesión</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>In force now: %1 s, given with %2 on the command line, which overrides this setting until Stint starts without it.</source>
        <translation>En vigor ahora: %1 s, indicado con %2 en la línea de órdenes, que anula este ajuste hasta que Stint se inicie sin esa opción.</translation>
    </message>
</context>
<context>
    <name>stint::GnomeExtensionPanel</name>
    <message>
        <source>GNOME does not tell other programs which window has the focus. Stint&apos;s small GNOME Shell extension (GNOME 45 or later) does, and only to programs of your session.</source>
        <translation>GNOME no indica a otros programas qué ventana tiene el foco. La pequeña extensión de GNOME Shell de Stint (GNOME 45 o posterior) sí lo hace, y solo a los programas de su sesión.</translation>
    </message>
    <message>
        <source>Checking the extension…</source>
        <translation>Comprobando la extensión…</translation>
    </message>
    <message>
        <source>&amp;Install the extension</source>
        <translation>&amp;Instalar la extensión</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>&amp;Instalar de nuevo</translation>
    </message>
    <message>
        <source>The extension could not be installed: %1</source>
        <translation>No se pudo instalar la extensión: %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalMonitor</name>
    <message>
        <source>Active time</source>
        <extracomment>the name of a goal that counts all active time, not one category</extracomment>
        <translation>Tiempo activo</translation>
    </message>
    <message>
        <source>Over your limit: %1</source>
        <translation>Límite superado: %1</translation>
    </message>
    <message>
        <source>%1 today, more than the %2 you allowed for a day.</source>
        <translation>%1 hoy, más de los %2 que se había permitido al día.</translation>
    </message>
    <message>
        <source>%1 this week, more than the %2 you allowed for a week.</source>
        <translation>%1 esta semana, más de los %2 que se había permitido a la semana.</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>Objetivo alcanzado: %1</translation>
    </message>
    <message>
        <source>%1 today: your goal of %2 a day is reached.</source>
        <translation>%1 hoy: se alcanzó su objetivo de %2 al día.</translation>
    </message>
    <message>
        <source>%1 this week: your goal of %2 a week is reached.</source>
        <translation>%1 esta semana: se alcanzó su objetivo de %2 a la semana.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goals met today: %1 of %2</source>
        <translation>Objetivos cumplidos hoy: %1 de %2</translation>
    </message>
    <message>
        <source>Your day so far: %1 active</source>
        <translation>Su día hasta ahora: %1 activo</translation>
    </message>
</context>
<context>
    <name>stint::GoalsCard</name>
    <message>
        <source>at most %1 a day</source>
        <translation>como máximo %1 al día</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>como máximo %1 a la semana</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>como mínimo %1 al día</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>como mínimo %1 a la semana</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>por encima del límite</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>dentro del límite</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>aún no alcanzado</translation>
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
        <translation>Fíjese un máximo o un mínimo de tiempo al día o a la semana, en una categoría (con sus subcategorías) o en todo el tiempo activo. La página Actividad muestra cuánto lleva, y Stint le avisa una vez cuando se supera un límite o se alcanza un objetivo.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Añadir objetivo</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>&amp;Quitar objetivo</translation>
    </message>
    <message>
        <source>Sum up my day in a notification at</source>
        <translation>Resumir mi día en una notificación a las</translation>
    </message>
    <message>
        <source>The active time, the top three categories and the goals met</source>
        <translation>El tiempo activo, las tres categorías principales y los objetivos cumplidos</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Descartar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Cannot read the goals: %1</source>
        <translation>No se pueden leer los objetivos: %1</translation>
    </message>
    <message>
        <source>All active time</source>
        <translation>Todo el tiempo activo</translation>
    </message>
    <message>
        <source>At most</source>
        <extracomment>a goal: at most so much time</extracomment>
        <translation>Como máximo</translation>
    </message>
    <message>
        <source>At least</source>
        <extracomment>a goal: at least so much time</extracomment>
        <translation>Como mínimo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>a la semana</translation>
    </message>
    <message>
        <source>Correct the goals shown and save to replace them.</source>
        <translation>Corrija los objetivos mostrados y guarde para reemplazarlos.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
</context>
<context>
    <name>stint::HostSelector</name>
    <message>
        <source>Whose activity to show: this computer&apos;s, another computer&apos;s, or all of them with each moment counted once (this computer&apos;s activity first)</source>
        <translation>De quién mostrar la actividad: la de este equipo, la de otro equipo, o la de todos con cada momento contado una vez (primero la actividad de este equipo)</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Este equipo (%1)</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Todos los equipos</translation>
    </message>
</context>
<context>
    <name>stint::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Show Stint in</source>
        <translation>Mostrar Stint en</translation>
    </message>
    <message>
        <source>Stint will use %1 after it is restarted.</source>
        <translation>Stint usará %1 después de reiniciarse.</translation>
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
        <translation>Aún no se ha registrado nada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All changes saved (write #%1)</source>
        <translation>Todos los cambios guardados (escritura n.º %1)</translation>
    </message>
    <message>
        <source>Not saved since write #%1 - retrying</source>
        <translation>Sin guardar desde la escritura n.º %1; reintentando</translation>
    </message>
</context>
<context>
    <name>stint::ManualEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Editar entrada</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Añadir entrada</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Según las reglas de categorías</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>Give the entry a label.</source>
        <translation>Ponga una etiqueta a la entrada.</translation>
    </message>
</context>
<context>
    <name>stint::ManualTimeDialog</name>
    <message>
        <source>Manual time</source>
        <translation>Tiempo manual</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>¿Qué está haciendo?</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Iniciar temporizador</translation>
    </message>
    <message>
        <source>&amp;Keep the running timer going (run both)</source>
        <translation>&amp;Mantener el temporizador en marcha (ambos a la vez)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Añadir entrada…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>&amp;Detener temporizador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Sin guardar: %1</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Según las reglas de categorías</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en marcha)</translation>
    </message>
    <message>
        <source>by rules</source>
        <translation>según las reglas</translation>
    </message>
    <message>
        <source>Could not read the entries: %1</source>
        <translation>No se pudieron leer las entradas: %1</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>No hay ningún temporizador en marcha.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>En marcha: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 durante %2</translation>
    </message>
    <message>
        <source>Give the timer a label first.</source>
        <translation>Primero ponga una etiqueta al temporizador.</translation>
    </message>
</context>
<context>
    <name>stint::PatternTable</name>
    <message>
        <source>App (regex)</source>
        <translation>Aplicación (regex)</translation>
    </message>
    <message>
        <source>Title (regex)</source>
        <translation>Título (regex)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Redact title</source>
        <translation>Ocultar título</translation>
    </message>
    <message>
        <source>Exclude: stored only as &quot;(excluded)&quot;. Redact title: the app is kept, the title hidden.</source>
        <translation>Excluir: se guarda solo como &quot;(excluded)&quot;. Ocultar título: se conserva la aplicación y se oculta el título.</translation>
    </message>
</context>
<context>
    <name>stint::PeriodNavigator</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Mostrar un día</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Mostrar una semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Mostrar un mes</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Año</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>Mostrar un año</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Periodo anterior (%1)</translation>
    </message>
    <message>
        <source>Next period (%1)</source>
        <translation>Periodo siguiente (%1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>Ir al periodo que contiene el día de hoy</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ayer, %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
        <translation>MMMM &apos;de&apos; yyyy</translation>
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
        <translation>Guardando su actividad…</translation>
    </message>
    <message>
        <source>Stint could not save</source>
        <translation>Stint no pudo guardar</translation>
    </message>
    <message>
        <source>The last minutes of your activity could not be saved:
%1

Nothing is lost while Stint keeps running. Retry, or cancel quitting and free some space or fix the problem first.</source>
        <translation>No se pudieron guardar los últimos minutos de su actividad:
%1

No se pierde nada mientras Stint siga en ejecución. Reintente, o cancele la salida y libere espacio o resuelva antes el problema.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cancel quitting</source>
        <translation>Cancelar la salida</translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message>
        <source>Delete data</source>
        <translation>Eliminar datos</translation>
    </message>
    <message>
        <source>Delete bucket…</source>
        <translation>Eliminar bucket…</translation>
    </message>
    <message>
        <source>Delete the selected bucket with all its events</source>
        <translation>Eliminar el bucket seleccionado con todos sus eventos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Buckets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>From the bucket&apos;s first event to its last</source>
        <translation>Desde el primer evento del bucket hasta el último</translation>
    </message>
    <message>
        <source>Filter by any value (app, title, URL, …)</source>
        <translation>Filtrar por cualquier valor (aplicación, título, URL, …)</translation>
    </message>
    <message>
        <source>Delete events…</source>
        <translation>Eliminar eventos…</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>Eliminar los eventos seleccionados (Supr)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eventos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>Datos sin procesar</translation>
    </message>
    <message>
        <source>Cannot read the buckets: %1</source>
        <translation>No se pueden leer los buckets: %1</translation>
    </message>
    <message>
        <source>No buckets yet: nothing has been recorded.</source>
        <translation>Aún no hay buckets: no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Cannot read the events of &quot;%1&quot;: %2</source>
        <translation>No se pueden leer los eventos de «%1»: %2</translation>
    </message>
    <message>
        <source>No event in this range matches the filter.</source>
        <translation>Ningún evento de este intervalo coincide con el filtro.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>No hay eventos en este intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>%n evento coincidente.</numerusform>
            <numerusform>%n eventos coincidentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n evento.</numerusform>
            <numerusform>%n eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from &quot;%1&quot;? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar %n evento de «%1»? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar %n eventos de «%1»? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>Se eliminó %n evento.</numerusform>
            <numerusform>Se eliminaron %n eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Eliminar el bucket «%1» con su %n evento? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Eliminar el bucket «%1» con sus %n eventos? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bucket &quot;%1&quot;.</source>
        <translation>Se eliminó el bucket «%1».</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>No se eliminó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>Se muestran los %1 más recientes de %Ln evento coincidente.</numerusform>
            <numerusform>Se muestran los %1 más recientes de %Ln eventos coincidentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>Se muestran los %1 más recientes de %Ln evento.</numerusform>
            <numerusform>Se muestran los %1 más recientes de %Ln eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>Se muestran los primeros %1 de %Ln evento coincidente en este orden.</numerusform>
            <numerusform>Se muestran los primeros %1 de %Ln eventos coincidentes en este orden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>Se muestran los primeros %1 de %Ln evento en este orden.</numerusform>
            <numerusform>Se muestran los primeros %1 de %Ln eventos en este orden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search apps, window titles and URLs</source>
        <translation>Buscar en aplicaciones, títulos de ventana y URL</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Desde … hasta …</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <source>Double-click a result to see it in the Timeline (its first stretch from &quot;First seen&quot;, else its last).</source>
        <translation>Haga doble clic en un resultado para verlo en la Cronología (su primer tramo desde &quot;Primera vez&quot;, si no, el último).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n resultado, %1 activo</numerusform>
            <numerusform>%n resultados, %1 activo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SettingsPage</name>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>GNOME &amp;Shell</source>
        <translation>GNOME &amp;Shell</translation>
    </message>
    <message>
        <source>&amp;About Stint…</source>
        <translation>&amp;Acerca de Stint…</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Objetivos</translation>
    </message>
</context>
<context>
    <name>stint::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>No se puede crear el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <source>Another Stint holds %1 but does not answer.</source>
        <translation>Otro Stint tiene %1 pero no responde.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <source>the running Stint did not answer</source>
        <translation>el Stint en ejecución no respondió</translation>
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
        <translation>Varios equipos: Stint escribe lo que registra en una carpeta que Syncthing, Dropbox o Nextcloud copian entre sus equipos, y lee de ella la actividad de los demás (aw-sync de ActivityWatch hace lo mismo). Los eventos eliminados aquí no se eliminan en los otros equipos.</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>Carpeta de &amp;sincronización…</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>Desactivar la sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Archivo modificado</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>Eventos aquí</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Leave this computer out of the reports and stop copying its activity.</source>
        <translation>Excluir este equipo de los informes y dejar de copiar su actividad.</translation>
    </message>
    <message>
        <source>&amp;Delete here…</source>
        <translation>&amp;Eliminar aquí…</translation>
    </message>
    <message>
        <source>Delete the copies of this computer&apos;s activity on this computer (and hide it). The other computer keeps its data.</source>
        <translation>Eliminar las copias de la actividad de este equipo en este equipo (y ocultarlo). El otro equipo conserva sus datos.</translation>
    </message>
    <message>
        <source>Delete %1 here</source>
        <translation>Eliminar %1 aquí</translation>
    </message>
    <message>
        <source>Delete the activity copied from %1 on this computer? %1 keeps its own data, and it stays hidden here so the copies do not come back.</source>
        <translation>¿Eliminar la actividad copiada de %1 en este equipo? %1 conserva sus propios datos, y sigue oculto aquí para que las copias no vuelvan.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync is not available.</source>
        <translation>La sincronización no está disponible.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>Carpeta de sincronización: &lt;b&gt;%1&lt;/b&gt;, cada %n segundo</numerusform>
            <numerusform>Carpeta de sincronización: &lt;b&gt;%1&lt;/b&gt;, cada %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>La sincronización está desactivada.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>aún no hay archivo de base de datos</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>Sincronizado a las %1: se copió %n evento de otros equipos.</numerusform>
            <numerusform>Sincronizado a las %1: se copiaron %n eventos de otros equipos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncthing is set up on this computer but does not answer at %1.</source>
        <translation>Syncthing está configurado en este equipo pero no responde en %1.</translation>
    </message>
    <message>
        <source>No Syncthing found on this computer.</source>
        <translation>No se encontró Syncthing en este equipo.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer (%1), but the sync folder is not shared there.</source>
        <translation>Syncthing se ejecuta en este equipo (%1), pero la carpeta de sincronización no está compartida allí.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer and shares the sync folder (&quot;%1&quot;): %2.</source>
        <translation>Syncthing se ejecuta en este equipo y comparte la carpeta de sincronización («%1»): %2.</translation>
    </message>
    <message>
        <source>%1, %2 still to fetch</source>
        <translation>%1, faltan %2 por descargar</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
</context>
<context>
    <name>stint::SyncService</name>
    <message>
        <source>Stint is quitting; sync did not run.</source>
        <translation>Stint se está cerrando; la sincronización no se ejecutó.</translation>
    </message>
</context>
<context>
    <name>stint::TimelinePage</name>
    <message>
        <source>Scroll to zoom, drag to move</source>
        <translation>Use la rueda para ampliar y arrastre para desplazarse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Show a longer stretch</source>
        <translation>Mostrar un tramo más largo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Show a shorter stretch</source>
        <translation>Mostrar un tramo más corto</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>button: scroll the timeline to the present</extracomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Go to the present</source>
        <translation>Ir al presente</translation>
    </message>
    <message>
        <source>Timeline of every bucket</source>
        <translation>Cronología de todos los buckets</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
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
        <translation>No se pudo leer la cronología: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Go back by the span shown</source>
        <translation>Retroceder el tramo mostrado</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Go forward by the span shown</source>
        <translation>Avanzar el tramo mostrado</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Tiempo manual…</translation>
    </message>
    <message>
        <source>Timers and entries by hand (right-drag over the timeline adds one)</source>
        <translation>Temporizadores y entradas a mano (arrastrar con el botón derecho sobre la cronología añade una)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Editar entrada…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Añadir entrada…</translation>
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
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1 – %2
%3, %4 active</source>
        <translation>%1 – %2
%3, %4 activo</translation>
    </message>
</context>
<context>
    <name>stint::TimelineView</name>
    <message>
        <source>Windows</source>
        <translation>Ventanas</translation>
    </message>
    <message>
        <source>Active / away</source>
        <translation>Activo / ausente</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Browser tabs</source>
        <translation>Pestañas del navegador</translation>
    </message>
    <message>
        <source>Browser tabs (%1)</source>
        <translation>Pestañas del navegador (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>in a tooltip: the user was at the computer</extracomment>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>in a tooltip: the user was away from the computer</extracomment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Aplicación: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Start: %1 %2</source>
        <translation>Inicio: %1 %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duración: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no se ha registrado nada</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Bucket %1
Type %2
Host %3</source>
        <translation>Bucket %1
Tipo %2
Equipo %3</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Manual time</source>
        <translation>Tiempo manual</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <extracomment>in a tooltip: the app&apos;s name, then the id it was recorded with</extracomment>
        <translation>Aplicación: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>stint::TimerMenu</name>
    <message>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <source>Stop “%1” (%2)</source>
        <translation>Detener «%1» (%2)</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>tray menu: start a timer with a label used before</extracomment>
        <translation>Iniciar «%1»</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>Iniciar temporizador…</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Tiempo manual…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>¿Qué está haciendo?</translation>
    </message>
</context>
<context>
    <name>stint::Tracker</name>
    <message>
        <source>cannot store this database&apos;s device id</source>
        <translation>no se puede guardar el identificador de dispositivo de esta base de datos</translation>
    </message>
    <message>
        <source>cannot read this database&apos;s device id</source>
        <translation>no se puede leer el identificador de dispositivo de esta base de datos</translation>
    </message>
</context>
<context>
    <name>stint::TrayIcon</name>
    <message>
        <source>Open Stint</source>
        <translation>Abrir Stint</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Pausar durante 15 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar durante 1 hora</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Pausar hasta mañana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stint is tracking</source>
        <translation>Stint está registrando</translation>
    </message>
    <message>
        <source>Stint: you are away</source>
        <translation>Stint: está ausente</translation>
    </message>
    <message>
        <source>Stint is paused until %1</source>
        <translation>Stint está en pausa hasta %1</translation>
    </message>
    <message>
        <source>Stint is paused</source>
        <translation>Stint está en pausa</translation>
    </message>
    <message>
        <source>Stint is not recording</source>
        <translation>Stint no está registrando</translation>
    </message>
    <message>
        <source>Today: %1 active</source>
        <translation>Hoy: %1 activo</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot save: %1</source>
        <translation>Stint no puede guardar: %1</translation>
    </message>
    <message>
        <source>It keeps what it records in memory and tries again.</source>
        <translation>Mantiene en memoria lo que registra y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Testing database: %1</source>
        <translation>Base de datos de pruebas: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
</context>
<context>
    <name>stint::TrendsPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Últimas 52 semanas</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>The span to look at; the current week or month is the last one</source>
        <translation>El periodo que se muestra; la semana o el mes actual es el último</translation>
    </message>
    <message>
        <source>Against the same number of days just before the span</source>
        <translation>Respecto al mismo número de días justo antes del periodo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Media diaria</translation>
    </message>
    <message>
        <source>per day of the span</source>
        <translation>por día del periodo</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Día más activo</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Las puntuaciones de las categorías, ponderadas por el tiempo dedicado a cada una</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Puntuación de productividad</translation>
    </message>
    <message>
        <source>Click a bar to see that period on the Activity page</source>
        <translation>Pulse en una barra para ver ese periodo en la página Actividad</translation>
    </message>
    <message>
        <source>Active time per week</source>
        <translation>Tiempo activo por semana</translation>
    </message>
    <message>
        <source>Share of each category</source>
        <translation>Proporción de cada categoría</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>Este periodo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Change by category</source>
        <translation>Cambio por categoría</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>No se pudieron leer las tendencias: %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
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
        <translation>%1 – %2, comparado con %3 – %4</translation>
    </message>
    <message>
        <source>%1 against %2 before</source>
        <translation>%1 respecto a %2 antes</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>nada anterior con lo que comparar</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>sin actividad</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Tiempo activo por mes</translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>Cambio respecto a la %n semana anterior</numerusform>
            <numerusform>Cambio respecto a las %n semanas anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>Cambio respecto al %n mes anterior</numerusform>
            <numerusform>Cambio respecto a los %n meses anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2: %3 (%4)
Total: %5
Click to open it on the Activity page</source>
        <translation>%1
%2: %3 (%4)
Total: %5
Pulse para abrirlo en la página Actividad</translation>
    </message>
    <message>
        <source>%1
Productivity score: %2</source>
        <translation>%1
Puntuación de productividad: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the active time</source>
        <translation>%1
%2: %3 del tiempo activo</translation>
    </message>
    <message>
        <source>%1 now against %2 before</source>
        <translation>%1 ahora frente a %2 antes</translation>
    </message>
    <message>
        <source>No time in this category before</source>
        <translation>Antes no hubo tiempo en esta categoría</translation>
    </message>
</context>
</TS>
