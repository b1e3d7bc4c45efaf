<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityBuilder</name>
    <message>
        <source>no window activity was recorded on host &quot;%1&quot;</source>
        <translation>nenhuma atividade de janela foi registrada no host &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ActivityCsvExporter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>Não é possível gravar o CSV: %1</translation>
    </message>
</context>
<context>
    <name>ActivitySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>nada para pesquisar</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>expressão regular &quot;%1&quot; inválida: %2 na posição %3</translation>
    </message>
</context>
<context>
    <name>AlwaysActiveRules</name>
    <message>
        <source>not a valid regular expression</source>
        <translation>não é uma expressão regular válida</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Não é possível remover %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>the desktop&apos;s Background portal</source>
        <translation>o portal Background da área de trabalho</translation>
    </message>
    <message>
        <source>No session bus, so the Background portal cannot be asked.</source>
        <translation>Não há barramento de sessão, portanto não é possível consultar o portal Background.</translation>
    </message>
    <message>
        <source>Stint records your activity from the moment you log in.</source>
        <translation>O Stint registra sua atividade desde o momento em que você inicia a sessão.</translation>
    </message>
    <message>
        <source>The Background portal refused the request: %1</source>
        <translation>O portal Background recusou a solicitação: %1</translation>
    </message>
    <message>
        <source>The Background portal did not answer.</source>
        <translation>O portal Background não respondeu.</translation>
    </message>
    <message>
        <source>Starting at login was not allowed (the request was denied or cancelled).</source>
        <translation>A inicialização com a sessão não foi permitida (a solicitação foi negada ou cancelada).</translation>
    </message>
    <message>
        <source>The desktop did not allow Stint to start at login.</source>
        <translation>A área de trabalho não permitiu que o Stint iniciasse com a sessão.</translation>
    </message>
    <message>
        <source>The desktop kept Stint starting at login.</source>
        <translation>A área de trabalho manteve a inicialização do Stint com a sessão.</translation>
    </message>
    <message>
        <source>Records which application has your attention</source>
        <translation>Registra qual aplicativo tem a sua atenção</translation>
    </message>
    <message>
        <source>Cannot change the registry value %1.</source>
        <translation>Não é possível alterar o valor do registro %1.</translation>
    </message>
    <message>
        <source>Stint cannot start at login: %1</source>
        <translation>O Stint não pode iniciar com a sessão: %1</translation>
    </message>
    <message>
        <source>Stint cannot stop starting at login: %1</source>
        <translation>O Stint não pode deixar de iniciar com a sessão: %1</translation>
    </message>
</context>
<context>
    <name>AwExporter</name>
    <message>
        <source>There is no bucket &apos;%1&apos;.</source>
        <translation>Não existe o bucket &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Não é possível ler o bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Não é possível gravar a exportação: %1</translation>
    </message>
</context>
<context>
    <name>AwImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file ends too early (expected &apos;%1&apos;)</source>
        <translation>o arquivo termina antes do esperado (esperava-se &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>esperava-se &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the file ends inside a value that starts at %1</source>
        <translation>o arquivo termina dentro de um valor que começa em %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>o arquivo termina dentro de uma string</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>esperava-se um valor</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>esperava-se uma chave entre aspas duplas</translation>
    </message>
    <message>
        <source>this is not an ActivityWatch export: it has no &quot;buckets&quot;</source>
        <translation>isto não é uma exportação do ActivityWatch: não há &quot;buckets&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the export</source>
        <translation>texto inesperado após a exportação</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: %2</source>
        <translation>bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>um evento deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event %2: %3</source>
        <translation>bucket &apos;%1&apos;, evento %2: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1 is not an ActivityWatch database (no buckets table: %2)</source>
        <translation>%1 não é um banco de dados do ActivityWatch (sem tabela buckets: %2)</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: &apos;created&apos; is not a date: %2</source>
        <translation>bucket &apos;%1&apos;: &apos;created&apos; não é uma data: %2</translation>
    </message>
    <message>
        <source>Cannot read the events of &apos;%1&apos;: %2</source>
        <translation>Não é possível ler os eventos de &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2 ends before it starts</source>
        <translation>bucket &apos;%1&apos;, o evento em %2 termina antes de começar</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its %2 is not valid UTF-8</source>
        <translation>bucket &apos;%1&apos;: o campo %2 não é UTF-8 válido</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its data cannot be kept as it is: %2</source>
        <translation>bucket &apos;%1&apos;: o Stint não consegue guardar os dados sem alterá-los: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: its data cannot be kept as it is: %3</source>
        <translation>bucket &apos;%1&apos;, evento em %2: o Stint não consegue guardar os dados sem alterá-los: %3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>O arquivo não pode ser importado sem alterações: %1</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>category %1</source>
        <translation>categoria %1</translation>
    </message>
    <message>
        <source>category %1 (&quot;%2&quot;)</source>
        <translation>categoria %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a list of non-empty strings</source>
        <translation>&quot;name&quot; deve ser uma lista de strings não vazias</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty list of strings</source>
        <translation>&quot;name&quot; deve ser uma lista não vazia de strings</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be an object</source>
        <translation>&quot;rule&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>a regex rule needs a non-empty &quot;regex&quot; string</source>
        <translation>uma regra regex precisa de uma string &quot;regex&quot; não vazia</translation>
    </message>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>regex inválida &quot;%1&quot;: %2 na posição %3</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot; (known: regex, none)</source>
        <translation>tipo de regra desconhecido &quot;%1&quot; (conhecidos: regex, none)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be an object</source>
        <translation>&quot;data&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>categories must be a JSON list of rules, or an object with a &quot;categories&quot; list</source>
        <translation>as categorias devem ser uma lista JSON de regras ou um objeto com uma lista &quot;categories&quot;</translation>
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
        <translation>Lê o que o Stint registrou.</translation>
    </message>
    <message>
        <source>Print JSON (ActivityWatch&apos;s format).</source>
        <translation>Exibe JSON (no formato do ActivityWatch).</translation>
    </message>
    <message>
        <source>Only events that end at or after &lt;time&gt;.</source>
        <translation>Somente eventos que terminam em &lt;time&gt; ou depois.</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>Only events that start at or before &lt;time&gt;.</source>
        <translation>Somente eventos que começam em &lt;time&gt; ou antes.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; events (summary: rows, default 10).</source>
        <translation>No máximo &lt;n&gt; eventos (summary: linhas, padrão 10).</translation>
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
        <translation>summary: a semana inteira.</translation>
    </message>
    <message>
        <source>summary: the whole month.</source>
        <translation>summary: o mês inteiro.</translation>
    </message>
    <message>
        <source>summary: the whole year.</source>
        <translation>summary: o ano inteiro.</translation>
    </message>
    <message>
        <source>summary: group by app, title, category or domain.</source>
        <translation>summary: agrupa por aplicativo (app), título (title), categoria (category) ou domínio (domain).</translation>
    </message>
    <message>
        <source>what</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>critério</translation>
    </message>
    <message>
        <source>host</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>host</translation>
    </message>
    <message>
        <source>export: only this bucket (repeat for more).</source>
        <translation>export: somente este bucket (repita para mais).</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>id</translation>
    </message>
    <message>
        <source>export: json (default) or csv.</source>
        <translation>export: json (padrão) ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>Cannot read the time &apos;%1&apos;; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>Não é possível ler o horário &apos;%1&apos;; use RFC 3339 ou AAAA-MM-DD[THH:MM[:SS]].</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit aceita um número inteiro maior ou igual a 0, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>Comando desconhecido ou argumentos incorretos: %1</translation>
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
        <translation>HOST</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EVENTOS</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>PRIMEIRO</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>ÚLTIMO</translation>
    </message>
    <message>
        <source>START</source>
        <translation>INÍCIO</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURAÇÃO</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DADOS</translation>
    </message>
    <message>
        <source>--by takes app, title, category or domain, not &apos;%1&apos;.</source>
        <translation>--by aceita app, title, category ou domain, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose one period: --date, --week, --month, --year, or --start and --end.</source>
        <translation>Escolha um período: --date, --week, --month, --year, ou --start e --end.</translation>
    </message>
    <message>
        <source>Cannot read the date &apos;%1&apos;; use YYYY-MM-DD.</source>
        <translation>Não é possível ler a data &apos;%1&apos;; use AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>A custom period needs both --start and --end, with the end after the start.</source>
        <translation>Um período personalizado precisa de --start e --end, com o fim depois do início.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 active</source>
        <translation>de %1 a %2: %3 de tempo ativo</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>, %1 em pausa</translation>
    </message>
    <message>
        <source>, productivity %1</source>
        <translation>, produtividade %1</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>CATEGORIA</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PARCELA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APLICATIVO</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÍNIO</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 não foi importado: %2</translation>
    </message>
    <message>
        <source>The categories were not stored: %1</source>
        <translation>As categorias não foram armazenadas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>%n categoria importada.</numerusform>
            <numerusform>%n categorias importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PONTUAÇÃO</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COR</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGRA</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>%n categoria exportada.</numerusform>
            <numerusform>%n categorias exportadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: categories, categories export FILE or categories import FILE.</source>
        <translation>Uso: categories, categories export ARQUIVO ou categories import ARQUIVO.</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &apos;%1&apos;.</source>
        <translation>--format aceita json ou csv, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--bucket applies to the JSON export; the CSV is the combined activity.</source>
        <translation>--bucket se aplica à exportação JSON; o CSV é a atividade combinada.</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end não pode ser anterior a --start.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>Não é possível ler %1: arquivo inexistente.</translation>
    </message>
    <message>
        <source>The import could not be committed: %1</source>
        <translation>Não foi possível efetivar a importação: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>banco de dados: %1</translation>
    </message>
    <message>
        <source>no database yet: nothing has been recorded in this location</source>
        <translation>ainda não há banco de dados: nada foi registrado neste local</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)</source>
        <translation>versão do esquema: %1 (esta compilação: %2)</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>modo de journal: %1</translation>
    </message>
    <message>
        <source>note: the database is not in WAL mode; readers may wait for commits</source>
        <translation>observação: o banco de dados não está no modo WAL; leitores podem ter de esperar pelos commits</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>integridade: ok</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>integridade: %n problema</numerusform>
            <numerusform>integridade: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>gnome-extension takes &apos;install&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>gnome-extension aceita &apos;install&apos; ou &apos;status&apos;, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>  gnome-extension install|status   install Stint&apos;s GNOME Shell extension (it shows Stint the
                                   focused window on GNOME), or tell whether it runs
</source>
        <translation>  gnome-extension install|status   instala a extensão do GNOME Shell do Stint (ela mostra ao
                                   Stint a janela em foco no GNOME) ou informa se está ativa
</translation>
    </message>
    <message>
        <source>Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).
</source>
        <translation>Horários T: RFC 3339 (2026-11-24T09:30:00Z) ou locais (2026-11-24, 2026-11-24T09:30).
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>%n linha de atividade exportada.</numerusform>
            <numerusform>%n linhas de atividade exportadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>... %n evento lido</numerusform>
            <numerusform>... %n eventos lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>%n evento exportado (buckets: %1).</numerusform>
            <numerusform>%n eventos exportados (buckets: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>autostart takes &apos;enable&apos;, &apos;disable&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>autostart aceita &apos;enable&apos;, &apos;disable&apos; ou &apos;status&apos;, não &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Stint will start at login (%1).</source>
        <translation>O Stint será iniciado com a sessão (%1).</translation>
    </message>
    <message>
        <source>Stint will not start at login.</source>
        <translation>O Stint não será iniciado com a sessão.</translation>
    </message>
    <message>
        <source>problem: there is no file %1</source>
        <translation>problema: o arquivo %1 não existe</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>eventos: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>O backup falhou: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>Backup de %n evento feito em %1.</numerusform>
            <numerusform>Backup de %n eventos feito em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>api allow: yes, let every page of this web site read and write activity.</source>
        <translation>api allow: sim, deixa cada página deste site ler e gravar atividade.</translation>
    </message>
    <message>
        <source>Use: api origins, api allow ORIGIN or api disallow ORIGIN.</source>
        <translation>Uso: api origins, api allow ORIGIN ou api disallow ORIGIN.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>ALLOWED BY</source>
        <translation>PERMITIDA POR</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>embutida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin: give it as scheme://host[:port], e.g. chrome-extension://&lt;id&gt;, as Settings or Stint&apos;s log shows it.</source>
        <translation>&quot;%1&quot; não é uma origem: informe-a como esquema://host[:porta], p. ex. chrome-extension://&lt;id&gt;, como as Configurações ou o log do Stint a mostram.</translation>
    </message>
    <message>
        <source>%1 is not a browser extension: any page from it could then write and read your activity data. Add --yes if that is what you want.</source>
        <translation>%1 não é uma extensão de navegador: qualquer página dele poderia então gravar e ler seus dados de atividade. Adicione --yes se é isso que você quer.</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1 já é aceita.</translation>
    </message>
    <message>
        <source>%1 was not added, so there is nothing to disallow (built-in origins and patterns stay).</source>
        <translation>%1 não foi adicionada, então não há nada a remover (origens e padrões embutidos permanecem).</translation>
    </message>
    <message>
        <source>The setting was not stored: %1</source>
        <translation>A configuração não foi salva: %1</translation>
    </message>
    <message>
        <source>Allowed %1.</source>
        <translation>%1 aceita.</translation>
    </message>
    <message>
        <source>Disallowed %1.</source>
        <translation>%1 não é mais aceita.</translation>
    </message>
    <message>
        <source>The running Stint applies it now.</source>
        <translation>O Stint em execução aplica isso agora.</translation>
    </message>
    <message>
        <source>Stint applies it when it starts.</source>
        <translation>O Stint aplica isso ao iniciar.</translation>
    </message>
    <message>
        <source>summary: the day &lt;date&gt; (YYYY-MM-DD); trends: the last day.</source>
        <translation>summary: o dia &lt;date&gt; (AAAA-MM-DD); trends: o último dia.</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; weeks (default 12).</source>
        <translation>trends: as últimas &lt;n&gt; semanas (padrão 12).</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; months.</source>
        <translation>trends: os últimos &lt;n&gt; meses.</translation>
    </message>
    <message>
        <source>Choose one span: --weeks or --months.</source>
        <translation>Escolha um só período: --weeks ou --months.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 aceita um número inteiro de 1 a %2, não &apos;%3&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>de %1 a %2: %3 de tempo ativo, %4 em relação ao %n dia anterior</numerusform>
            <numerusform>de %1 a %2: %3 de tempo ativo, %4 em relação aos %n dias anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily average %1, busiest day %2, productivity %3</source>
        <translation>Média diária %1, dia mais ativo %2, produtividade %3</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>SEMANA DE</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MÊS</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ATIVO</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>ANTES</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>VARIAÇÃO</translation>
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
        <translation>Comandos:
  buckets [--json]                 lista os buckets com o primeiro/último evento e a contagem
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   lista os eventos de um bucket, os mais recentes primeiro
  check [FILE]                     verifica o banco de dados, ou o arquivo de banco de dados FILE
                                   (um backup): integridade, versão do esquema, modo de journal;
                                   sai com 1 se houver um problema
  backup FILE                      grava uma cópia consistente do banco de dados em FILE, também
                                   enquanto o Stint está registrando; um só arquivo, verificado
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   para onde foi o tempo ativo (hoje por padrão; --date
                                   escolhe o dia, ou a semana/mês/ano que o contém)
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   tempo ativo por semana ou mês e categoria de nível superior,
                                   a pontuação de produtividade e a variação em relação ao período
                                   anterior (as últimas 12 semanas até hoje, ou até D)
  search TEXT [--regex] [--from D] [--to D] [--json]
                                   tempo ativo cujo aplicativo, título de janela ou URL contém TEXT
                                   (ou corresponde à expressão regular), por aplicativo e título,
                                   com quando foi visto pela primeira e pela última vez; todo o
                                   histórico, ou a partir do dia ou horário D e até D
  goals [--date D] [--json]        progresso das metas: as do dia (hoje ou D) e as da
                                   semana dele
  categories [export FILE | import FILE]
                                   lista as categorias, ou grava/lê o arquivo do ActivityWatch
  export [FILE] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   a exportação JSON do ActivityWatch (todos os buckets, ou os
                                   indicados), ou um CSV do tempo ativo; na saída padrão
                                   sem FILE; um intervalo recorta os eventos a ele
  import FILE                      uma exportação do ActivityWatch (.json) ou o sqlite.db do
                                   aw-server-rust; eventos já armazenados são ignorados
  autostart enable|disable|status  inicia o Stint (minimizado) quando você faz login, deixa de
                                   fazê-lo, ou exibe &apos;enabled&apos; ou &apos;disabled&apos;
  api origins [--json]             as origens (extensões de navegador, páginas) que a API HTTP aceita
  api allow ORIGIN [--yes]         aceita uma origem, p. ex. chrome-extension://&lt;id&gt;; um site
                                   http(s):// precisa de --yes
  api disallow ORIGIN              deixa de aceitar uma origem que você adicionou
  sync status [--json]             a pasta de sincronização e os computadores nela
  sync now [--json]                sincroniza com a pasta agora (pelo Stint em execução,
                                   ou por conta própria quando nenhum está em execução)
  stopwatch start LABEL | stop | status [--json]
                                   inicia um temporizador com nome (parando o que está rodando),
                                   para-o, ou mostra o que está rodando; o cronômetro do aw-webui
                                   mostra o mesmo
  entry add --start T --end T LABEL
                                   adiciona manualmente tempo passado longe do computador
</translation>
    </message>
    <message>
        <source>summary, trends: only this host, or all (the default): every host combined, each moment counted once, this computer&apos;s first.</source>
        <translation>summary, trends: só este host, ou all (o padrão): todos os hosts combinados, cada momento contado uma vez, primeiro o deste computador.</translation>
    </message>
    <message>
        <source>search: TEXT is a regular expression.</source>
        <translation>search: TEXT é uma expressão regular.</translation>
    </message>
    <message>
        <source>search: from this day or time on.</source>
        <translation>search: a partir deste dia ou horário.</translation>
    </message>
    <message>
        <source>search: up to the end of this day, or this time.</source>
        <translation>search: até o fim deste dia, ou até este horário.</translation>
    </message>
    <message>
        <source>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry or gnome-extension</source>
        <translation>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry ou gnome-extension</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>no máximo %1 por dia</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>no máximo %1 por semana</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>no mínimo %1 por dia</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>no mínimo %1 por semana</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>acima do limite</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>restam %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atingida</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <extracomment>stint-cli goals: &quot;Social: 42 min of at most 30 min a day, over the limit&quot;</extracomment>
        <translation>%1: %2 de %3, %4</translation>
    </message>
    <message>
        <source>No goals set (Settings → Goals in Stint&apos;s window).</source>
        <translation>Nenhuma meta definida (Configurações → Metas na janela do Stint).</translation>
    </message>
    <message>
        <source>Day of %1:</source>
        <translation>Dia %1:</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>Semana de %1:</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>Não é possível pesquisar: %1</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>O fim do intervalo deve vir depois do início.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n resultado, %1 ativo</numerusform>
            <numerusform>%n resultados, %1 ativo</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1, last seen %2</source>
        <translation>visto pela primeira vez %1, pela última vez %2</translation>
    </message>
    <message>
        <source>Use: sync status or sync now.</source>
        <translation>Uso: sync status ou sync now.</translation>
    </message>
    <message>
        <source>Sync is off: choose a folder in Settings &gt; Data or start Stint with --sync-dir FOLDER.</source>
        <translation>A sincronização está desativada: escolha uma pasta em Configurações &gt; Dados ou inicie o Stint com --sync-dir PASTA.</translation>
    </message>
    <message>
        <source>The running Stint synced.</source>
        <translation>O Stint em execução sincronizou.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>%1 gravado (%n evento novo ou atualizado).</numerusform>
            <numerusform>%1 gravado (%n eventos novos ou atualizados).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): no database file yet.</source>
        <translation>%1 (%2): ainda não há arquivo de banco de dados.</translation>
    </message>
    <message>
        <source>%1 (%2): up to date.</source>
        <translation>%1 (%2): atualizado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1 (%2): %n evento copiado.</numerusform>
            <numerusform>%1 (%2): %n eventos copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>A sincronização está desativada.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>Pasta de sincronização: %1 (a cada %n segundo)</numerusform>
            <numerusform>Pasta de sincronização: %1 (a cada %n segundos)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer: %1, device %2</source>
        <translation>Este computador: %1, dispositivo %2</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(ainda não sincronizado)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>ainda não há arquivo de banco de dados</translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>arquivo alterado em %1, %n evento copiado para cá</numerusform>
            <numerusform>arquivo alterado em %1, %n eventos copiados para cá</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (oculto)</translation>
    </message>
    <message>
        <source>Waiting for another stint-cli to finish writing...</source>
        <translation>Aguardando outro stint-cli terminar de gravar...</translation>
    </message>
    <message>
        <source>a Stint holds the database but does not answer</source>
        <translation>uma instância do Stint mantém o banco de dados, mas não responde</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
</context>
<context>
    <name>DBusIdleBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>não há barramento de sessão D-Bus</translation>
    </message>
    <message>
        <source>cannot read the idle time: %1</source>
        <translation>não é possível ler o tempo ocioso: %1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of %1.</source>
        <translation>Mantém o banco de dados em &lt;dir&gt; em vez de %1.</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>the value name in --help: --data-dir &lt;dir&gt;</extracomment>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use a separate testing database (stint-testing.db).</source>
        <translation>Usa um banco de dados de teste separado (stint-testing.db).</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 é o próprio banco de dados</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot copy the database to %1: %2</source>
        <translation>não é possível copiar o banco de dados para %1: %2</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>a cópia não passou na verificação: %1</translation>
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
        <translation>regex inválida &quot;%1&quot;: %2 na posição %3</translation>
    </message>
</context>
<context>
    <name>GnomeExtension</name>
    <message>
        <source>Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). Install it with &apos;stint-cli gnome-extension install&apos;, log out and back in, then enable it with &apos;gnome-extensions enable %1&apos; or in the Extensions app.</source>
        <translation>O Stint acompanha a janela em foco no GNOME por meio de sua extensão do GNOME Shell (GNOME 45 ou posterior). Instale-a com &apos;stint-cli gnome-extension install&apos;, encerre a sessão e entre novamente; depois, ative-a com &apos;gnome-extensions enable %1&apos; ou no aplicativo Extensões.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Não é possível criar o diretório %1.</translation>
    </message>
    <message>
        <source>This build of Stint lacks the extension file %1.</source>
        <translation>Esta compilação do Stint não tem o arquivo da extensão %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Installed Stint&apos;s GNOME Shell extension into %1.
Log out and back in so GNOME Shell finds it, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>A extensão do GNOME Shell do Stint foi instalada em %1.
Encerre a sessão e entre novamente para que o GNOME Shell a encontre; depois, ative-a com &apos;gnome-extensions enable %2&apos; (ou no aplicativo Extensões).</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is not installed (%1). %2</source>
        <translation>A extensão do GNOME Shell do Stint não está instalada (%1). %2</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension in %1 differs from the one this Stint ships: run &apos;stint-cli gnome-extension install&apos; again, then log out and back in.</source>
        <translation>A extensão do GNOME Shell do Stint em %1 difere da que acompanha este Stint: execute &apos;stint-cli gnome-extension install&apos; novamente, depois encerre a sessão e entre novamente.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 and running.</source>
        <translation>A extensão do GNOME Shell do Stint está instalada em %1 e em execução.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 but not running: log out and back in, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>A extensão do GNOME Shell do Stint está instalada em %1, mas não está em execução: encerre a sessão e entre novamente; depois, ative-a com &apos;gnome-extensions enable %2&apos; (ou no aplicativo Extensões).</translation>
    </message>
</context>
<context>
    <name>GnomeShellWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>não há barramento de sessão D-Bus</translation>
    </message>
    <message>
        <source>cannot subscribe to %1.Changed: %2</source>
        <translation>não é possível assinar %1.Changed: %2</translation>
    </message>
    <message>
        <source>GNOME Shell does not answer for Stint&apos;s extension (%1): %2</source>
        <translation>O GNOME Shell não responde pela extensão do Stint (%1): %2</translation>
    </message>
    <message>
        <source>GNOME Shell left the session bus; waiting for it to come back</source>
        <translation>O GNOME Shell saiu do barramento de sessão; aguardando seu retorno</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;category&quot; is not a list of up to %1 names</source>
        <translation>&quot;category&quot; não é uma lista de até %1 nomes</translation>
    </message>
    <message>
        <source>&quot;category&quot; holds something other than a name</source>
        <translation>&quot;category&quot; contém algo que não é um nome</translation>
    </message>
    <message>
        <source>&quot;type&quot; is neither &quot;atMost&quot; nor &quot;atLeast&quot;</source>
        <translation>&quot;type&quot; não é &quot;atMost&quot; nem &quot;atLeast&quot;</translation>
    </message>
    <message>
        <source>&quot;per&quot; is neither &quot;day&quot; nor &quot;week&quot;</source>
        <translation>&quot;per&quot; não é &quot;day&quot; nem &quot;week&quot;</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is not a whole number from 1 to %1</source>
        <translation>&quot;minutes&quot; não é um número inteiro de 1 a %1</translation>
    </message>
    <message>
        <source>not a list of goals</source>
        <translation>não é uma lista de metas</translation>
    </message>
    <message>
        <source>more than %1 goals</source>
        <translation>mais de %1 metas</translation>
    </message>
    <message>
        <source>the same goal is given twice</source>
        <translation>a mesma meta aparece duas vezes</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <extracomment>%1 is the position of the goal in the list, from 1</extracomment>
        <translation>meta %1: %2</translation>
    </message>
    <message>
        <source>the time of the day&apos;s summary must be &quot;HH:MM&quot;</source>
        <translation>o horário do resumo do dia deve ser &quot;HH:MM&quot;</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>%n evento importado, %1 já existentes ignorados.</numerusform>
            <numerusform>%n eventos importados, %1 já existentes ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2): %3 imported, %4 duplicates%5</source>
        <translation>  %1 (%2): %3 importados, %4 duplicados%5</translation>
    </message>
    <message>
        <source>new bucket</source>
        <translation>bucket novo</translation>
    </message>
    <message>
        <source>existing bucket</source>
        <translation>bucket existente</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>, não concluído</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>A importação foi interrompida: %1</translation>
    </message>
    <message>
        <source>Everything listed above was imported; the rest of the unfinished bucket and any bucket after it in the file were not.</source>
        <translation>Tudo o que está listado acima foi importado; o restante do bucket não concluído e os buckets seguintes no arquivo não foram.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>The database could not commit before the import: %1</source>
        <translation>O banco de dados não pôde efetivar as alterações antes da importação: %1</translation>
    </message>
    <message>
        <source>Cannot save bucket &apos;%1&apos;: %2</source>
        <translation>Não é possível salvar o bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot create bucket &apos;%1&apos;: %2</source>
        <translation>Não é possível criar o bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Não é possível ler o bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Storing events of bucket &apos;%1&apos; failed: %2</source>
        <translation>Falha ao armazenar os eventos do bucket &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The imported events could not be committed: %1</source>
        <translation>Não foi possível efetivar os eventos importados: %1</translation>
    </message>
</context>
<context>
    <name>KWinWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>não há barramento de sessão D-Bus</translation>
    </message>
    <message>
        <source>cannot register %1 on the session bus: %2</source>
        <translation>não é possível registrar %1 no barramento de sessão: %2</translation>
    </message>
    <message>
        <source>the KWin script is missing from this build (%1)</source>
        <translation>o script do KWin está ausente desta compilação (%1)</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the KWin script</source>
        <translation>não é possível criar o diretório %1 para o script do KWin</translation>
    </message>
    <message>
        <source>cannot write the KWin script %1: %2</source>
        <translation>não é possível gravar o script do KWin %1: %2</translation>
    </message>
    <message>
        <source>KWin (%1) is not on the session bus</source>
        <translation>O KWin (%1) não está no barramento de sessão</translation>
    </message>
    <message>
        <source>KWin refused to load the script %1</source>
        <translation>O KWin recusou-se a carregar o script %1</translation>
    </message>
    <message>
        <source>KWin&apos;s scripting interface failed: %1</source>
        <translation>A interface de scripts do KWin falhou: %1</translation>
    </message>
    <message>
        <source>KWin did not start the script: %1</source>
        <translation>O KWin não iniciou o script: %1</translation>
    </message>
    <message>
        <source>KWin left the session bus; waiting for it to come back to follow the active window</source>
        <translation>O KWin saiu do barramento de sessão; aguardando seu retorno para acompanhar a janela ativa</translation>
    </message>
</context>
<context>
    <name>MacWindowBackend</name>
    <message>
        <source>Stint needs Accessibility permission to read window titles: System Settings → Privacy &amp; Security → Accessibility</source>
        <translation>O Stint precisa da permissão de Acessibilidade para ler os títulos das janelas: Ajustes do Sistema → Privacidade &amp; Segurança → Acessibilidade</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>the entry is empty: its end is its start</source>
        <translation>a entrada está vazia: o fim é igual ao início</translation>
    </message>
    <message>
        <source>the end lies before the start</source>
        <translation>o fim vem antes do início</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>esperava-se {&quot;since&quot;: horário, &quot;until&quot;: horário ou null}</translation>
    </message>
</context>
<context>
    <name>PlatformBackends</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>o display X %1 não tem a extensão MIT-SCREEN-SAVER, portanto o Stint não consegue saber quando você está ausente</translation>
    </message>
    <message>
        <source>XWayland is not running (DISPLAY is not set)</source>
        <translation>O XWayland não está em execução (DISPLAY não está definida)</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) has no window manager publishing the active window</source>
        <translation>O XWayland (DISPLAY=%1) não tem um gerenciador de janelas que publique a janela ativa</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension</source>
        <translation>O XWayland (DISPLAY=%1) não tem a extensão MIT-SCREEN-SAVER</translation>
    </message>
    <message>
        <source>the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such as sway, Hyprland, river and labwc do)</source>
        <translation>o compositor não oferece zwlr_foreign_toplevel_manager_v1 (compositores wlroots como sway, Hyprland, river e labwc oferecem)</translation>
    </message>
    <message>
        <source>the compositor does not offer %1</source>
        <translation>o compositor não oferece %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)</source>
        <translation>não há barramento de sessão D-Bus para alcançar o KDE Plasma ou o GNOME (%1)</translation>
    </message>
    <message>
        <source>neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus</source>
        <translation>nem o KWin (KDE Plasma) nem o GNOME Shell estão no barramento de sessão D-Bus</translation>
    </message>
    <message>
        <source>KWin&apos;s script did not load: %1</source>
        <translation>O script do KWin não foi carregado: %1</translation>
    </message>
    <message>
        <source>which window has focus (%1)</source>
        <translation>qual janela está em foco (%1)</translation>
    </message>
    <message>
        <source>when you are away (%1)</source>
        <translation>quando você está ausente (%1)</translation>
    </message>
    <message>
        <source>on the Wayland display %1 Stint cannot see %2</source>
        <translation>no display Wayland %1, o Stint não consegue ver %2</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical session to see which window has focus and whether you are away</source>
        <translation>nenhum display encontrado (DISPLAY e WAYLAND_DISPLAY não estão definidas): o Stint precisa de uma sessão gráfica para ver qual janela está em foco e se você está ausente</translation>
    </message>
    <message>
        <source>Stint runs outside a graphical login session (over SSH?): it can watch windows and input only when it runs in the logged-in user&apos;s session.</source>
        <translation>O Stint está sendo executado fora de uma sessão gráfica (via SSH?): ele só consegue observar janelas e entradas quando é executado na sessão do usuário conectado.</translation>
    </message>
    <message>
        <source>Stint runs without a desktop (as a service?): it can watch windows and input only when it runs in the user&apos;s own session.</source>
        <translation>O Stint está sendo executado sem uma área de trabalho (como serviço?): ele só consegue observar janelas e entradas quando é executado na própria sessão do usuário.</translation>
    </message>
    <message>
        <source>%1, nor %2</source>
        <extracomment>both things Stint cannot see: &quot;which window has focus (...), nor when you are away (...)&quot;</extracomment>
        <translation>%1, nem %2</translation>
    </message>
</context>
<context>
    <name>PrivacyRules</name>
    <message>
        <source>rule %1: %2</source>
        <translation>regra %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>as regras devem ser um array JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;drop&quot; or &quot;redact&quot;</source>
        <translation>&quot;action&quot; deve ser &quot;drop&quot; ou &quot;redact&quot;</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>the start of day must be a time &quot;HH:MM&quot;, not %1</source>
        <translation>o início do dia deve ser um horário &quot;HH:MM&quot;, não %1</translation>
    </message>
    <message>
        <source>the start of week must be an English day name such as &quot;Monday&quot;, not &quot;%1&quot;</source>
        <translation>o início da semana deve ser o nome de um dia em inglês, como &quot;Monday&quot;, não &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>não é possível migrar da versão de esquema %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>falha na migração para a versão de esquema %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>no database at %1</source>
        <translation>nenhum banco de dados em %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>SQLite did not accept synchronous=FULL</source>
        <translation>O SQLite não aceitou synchronous=FULL</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>não é possível criar o diretório de dados %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot set the journal mode of %1: %2</source>
        <translation>não é possível definir o modo de journal de %1: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 and uses &apos;%2&apos; instead; readers may wait for commits</source>
        <translation>O SQLite recusou o modo WAL para %1 e usa &apos;%2&apos; em seu lugar; leitores podem ter de esperar pelos commits</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>não é possível preparar %1: %2</translation>
    </message>
    <message>
        <source>an in-memory database has no reader connections</source>
        <translation>um banco de dados em memória não tem conexões de leitura</translation>
    </message>
</context>
<context>
    <name>SyncFolderReader</name>
    <message>
        <source>no temporary folder for a copy</source>
        <translation>não há pasta temporária para uma cópia</translation>
    </message>
    <message>
        <source>it cannot be copied (locked or being replaced)</source>
        <translation>não é possível copiá-lo (bloqueado ou sendo substituído)</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again at the next sync.</source>
        <translation>%1 ignorado: %2. Ele será lido de novo na próxima sincronização.</translation>
    </message>
    <message>
        <source>it is damaged or not completely synced yet (%1)</source>
        <translation>está danificado ou ainda não foi totalmente sincronizado (%1)</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Stint reads (up to %2)</source>
        <translation>a versão do esquema %1 é mais nova do que este Stint lê (até %2)</translation>
    </message>
    <message>
        <source>it is not an ActivityWatch database (schema version %1)</source>
        <translation>não é um banco de dados do ActivityWatch (versão do esquema %1)</translation>
    </message>
    <message>
        <source>the local bucket &apos;%1&apos; is not a copy from %2</source>
        <translation>o bucket local &apos;%1&apos; não é uma cópia de %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: %3</source>
        <translation>bucket &apos;%1&apos;, evento em %2: %3</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>termina antes de começar</translation>
    </message>
</context>
<context>
    <name>SyncFolderWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>não é possível criar a pasta</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary file</source>
        <translation>não é possível copiá-lo para um arquivo temporário</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>A pasta de sincronização %1 não existe.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>cannot read the setting &quot;%1&quot;</source>
        <translation>não é possível ler a configuração &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a folder name</source>
        <translation>não é um nome de pasta</translation>
    </message>
    <message>
        <source>not a number of seconds from %1 to %2</source>
        <translation>não é um número de segundos de %1 a %2</translation>
    </message>
    <message>
        <source>not a list of hosts</source>
        <translation>não é uma lista de hosts</translation>
    </message>
</context>
<context>
    <name>WatcherBuckets</name>
    <message>
        <source>creating bucket %1 timed out</source>
        <translation>o tempo esgotou ao criar o bucket %1</translation>
    </message>
    <message>
        <source>cannot create bucket %1: %2</source>
        <translation>não é possível criar o bucket %1: %2</translation>
    </message>
</context>
<context>
    <name>WatcherSettings</name>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>cannot read the setting &quot;%1&quot; from the database</source>
        <translation>não é possível ler a configuração &quot;%1&quot; do banco de dados</translation>
    </message>
    <message>
        <source>%1 s is outside %2 … %3 s</source>
        <translation>%1 s está fora do intervalo %2 … %3 s</translation>
    </message>
</context>
<context>
    <name>WaylandConnection</name>
    <message>
        <source>no compositor is listening there</source>
        <translation>nenhum compositor está escutando ali</translation>
    </message>
    <message>
        <source>the compositor closed the connection</source>
        <translation>o compositor fechou a conexão</translation>
    </message>
    <message>
        <source>cannot connect to a Wayland display: WAYLAND_DISPLAY is not set</source>
        <translation>não é possível conectar a um display Wayland: WAYLAND_DISPLAY não está definida</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display %1: %2</source>
        <translation>não é possível conectar ao display Wayland %1: %2</translation>
    </message>
    <message>
        <source>protocol error %1 on %2@%3</source>
        <translation>erro de protocolo %1 em %2@%3</translation>
    </message>
    <message>
        <source>lost the connection to the Wayland display %1 (%2); retrying</source>
        <translation>a conexão com o display Wayland %1 foi perdida (%2); tentando novamente</translation>
    </message>
</context>
<context>
    <name>WaylandIdleBackend</name>
    <message>
        <source>an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)</source>
        <translation>um protocolo de ociosidade (ext_idle_notifier_v1 ou org_kde_kwin_idle)</translation>
    </message>
    <message>
        <source>a seat (wl_seat)</source>
        <translation>um seat (wl_seat)</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away</source>
        <translation>o compositor Wayland em %1 não oferece %2, portanto o Stint não consegue saber quando você está ausente</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the two things a compositor lacks: &quot;an idle protocol (...) and a seat (wl_seat)&quot;</extracomment>
        <translation>%1 e %2</translation>
    </message>
</context>
<context>
    <name>WaylandWindowBackend</name>
    <message>
        <source>the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see which window has focus</source>
        <translation>o compositor Wayland em %1 não oferece zwlr_foreign_toplevel_manager_v1, portanto o Stint não consegue ver qual janela está em foco</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which window has focus</source>
        <translation>o compositor Wayland em %1 retirou zwlr_foreign_toplevel_manager_v1; o Stint não consegue ver qual janela está em foco</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 finished); Stint cannot see which window has focus</source>
        <translation>o compositor Wayland em %1 parou de listar as janelas (zwlr_foreign_toplevel_manager_v1 finalizado); o Stint não consegue ver qual janela está em foco</translation>
    </message>
</context>
<context>
    <name>WindowPattern</name>
    <message>
        <source>invalid %1 pattern &quot;%2&quot;: %3 at offset %4</source>
        <translation>padrão de %1 inválido &quot;%2&quot;: %3 na posição %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; deve ser uma string</translation>
    </message>
    <message>
        <source>a rule needs an app or a title pattern</source>
        <translation>uma regra precisa de um padrão de aplicativo ou de título</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>as regras devem ser um array JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>regra %1: %2</translation>
    </message>
</context>
<context>
    <name>X11Connection</name>
    <message>
        <source>no X server is running there, or it refused the connection</source>
        <translation>nenhum servidor X está em execução ali, ou ele recusou a conexão</translation>
    </message>
    <message>
        <source>the server lacks a required extension</source>
        <translation>falta ao servidor uma extensão necessária</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memória insuficiente</translation>
    </message>
    <message>
        <source>the display name is not valid</source>
        <translation>o nome do display não é válido</translation>
    </message>
    <message>
        <source>the server has no such screen</source>
        <translation>o servidor não tem essa tela</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erro %1</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: %2</source>
        <translation>não é possível conectar ao display X %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the server has no screen %2</source>
        <translation>não é possível conectar ao display X %1: o servidor não tem a tela %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the connection broke at once</source>
        <translation>não é possível conectar ao display X %1: a conexão caiu imediatamente</translation>
    </message>
    <message>
        <source>lost the connection to the X display %1; retrying</source>
        <translation>a conexão com o display X %1 foi perdida; tentando novamente</translation>
    </message>
</context>
<context>
    <name>X11IdleBackend</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>o display X %1 não tem a extensão MIT-SCREEN-SAVER, portanto o Stint não consegue saber quando você está ausente</translation>
    </message>
</context>
<context>
    <name>X11WindowBackend</name>
    <message>
        <source>the window manager on the X display %1 does not publish the active window (_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH standard (most do) to see which window has focus</source>
        <translation>o gerenciador de janelas no display X %1 não publica a janela ativa (_NET_ACTIVE_WINDOW); o Stint precisa de um gerenciador de janelas que siga o padrão EWMH (a maioria segue) para ver qual janela está em foco</translation>
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
        <translation>&quot;%1&quot; não é um número de segundos</translation>
    </message>
    <message>
        <source>Stint records which application has your attention, and when you are away, and keeps it on this computer.</source>
        <translation>O Stint registra qual aplicativo tem a sua atenção e quando você está ausente, e mantém esses dados neste computador.</translation>
    </message>
    <message>
        <source>Record without a window (the watchers still need a graphical session).</source>
        <translation>Registra sem janela (os observadores ainda precisam de uma sessão gráfica).</translation>
    </message>
    <message>
        <source>Read the focused window every &lt;seconds&gt; (default 1; overrides the setting).</source>
        <translation>Lê a janela em foco a cada &lt;seconds&gt; segundos (padrão 1; substitui a configuração).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>a value name in --help: &lt;seconds&gt;</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Count as away after &lt;seconds&gt; without input (default 180; overrides the setting).</source>
        <translation>Considera ausente após &lt;seconds&gt; segundos sem entrada (padrão 180; substitui a configuração).</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (when the desktop has a tray).</source>
        <translation>Inicia na bandeja do sistema sem abrir a janela (quando a área de trabalho tem bandeja).</translation>
    </message>
    <message>
        <source>Serve the ActivityWatch-compatible HTTP API on &lt;port&gt; of 127.0.0.1 (default 5600, 5666 with --testing; overrides the setting).</source>
        <translation>Serve a API HTTP compatível com o ActivityWatch na porta &lt;port&gt; de 127.0.0.1 (padrão 5600, 5666 com --testing; substitui a configuração).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>the value name in --help: --port &lt;port&gt;</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Do not serve the HTTP API.</source>
        <translation>Não serve a API HTTP.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port: &quot;%1&quot; não é um número de porta de 1 a 65535</translation>
    </message>
    <message>
        <source>Stint cannot open its database: %1</source>
        <translation>O Stint não consegue abrir seu banco de dados: %1</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot record activity: %1</source>
        <translation>O Stint não consegue registrar a atividade: %1</translation>
    </message>
    <message>
        <source>the final save failed: %1</source>
        <translation>o salvamento final falhou: %1</translation>
    </message>
    <message>
        <source>Print the version of Stint and of Qt, then exit.</source>
        <translation>Exibe a versão do Stint e do Qt e sai.</translation>
    </message>
    <message>
        <source>Stint is already running; its window is shown now.</source>
        <translation>O Stint já está em execução; sua janela foi exibida.</translation>
    </message>
    <message>
        <source>Stint is already running without a window (--no-gui).</source>
        <translation>O Stint já está em execução sem janela (--no-gui).</translation>
    </message>
    <message>
        <source>cannot tell whether Stint is running already: %1</source>
        <translation>não é possível saber se o Stint já está em execução: %1</translation>
    </message>
    <message>
        <source>Stint is already running.</source>
        <translation>O Stint já está em execução.</translation>
    </message>
    <message>
        <source>Sync with other computers through &lt;folder&gt; (shared by Syncthing, Dropbox, ...); remembered in the settings.</source>
        <translation>Sincroniza com outros computadores por meio de &lt;pasta&gt; (compartilhada pelo Syncthing, Dropbox, ...); fica salva nas configurações.</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>the value name in --help: --sync-dir &lt;folder&gt;</extracomment>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Sync every &lt;seconds&gt; (default 300; overrides the setting).</source>
        <translation>Sincroniza a cada &lt;segundos&gt; (padrão 300; substitui a configuração).</translation>
    </message>
    <message>
        <source>--sync-interval: &quot;%1&quot; is not a number of seconds from %2 to %3</source>
        <translation>--sync-interval: &quot;%1&quot; não é um número de segundos de %2 a %3</translation>
    </message>
    <message>
        <source>--sync-dir: the folder was not stored: %1</source>
        <translation>--sync-dir: a pasta não foi armazenada: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>the stored setting &quot;%1&quot; is invalid: %2</source>
        <translation>a configuração armazenada &quot;%1&quot; é inválida: %2</translation>
    </message>
</context>
<context>
    <name>stint</name>
    <message>
        <source>the datastore gave no answer</source>
        <translation>o armazenamento de dados não respondeu</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>esperava-se {&quot;since&quot;: horário, &quot;until&quot;: horário ou null}</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>esperava-se true ou false</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 expected</source>
        <translation>esperava-se um número de porta de 1 a 65535</translation>
    </message>
    <message>
        <source>a string expected</source>
        <translation>esperava-se uma string</translation>
    </message>
    <message>
        <source>a whole number of bytes from %1 to %2 expected</source>
        <translation>esperava-se um número inteiro de bytes de %1 a %2</translation>
    </message>
    <message>
        <source>a list of strings expected</source>
        <translation>esperava-se uma lista de strings</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2 expected</source>
        <translation>esperava-se um número inteiro de segundos de %1 a %2</translation>
    </message>
    <message>
        <source>an object of dates expected</source>
        <translation>esperava-se um objeto de datas</translation>
    </message>
</context>
<context>
    <name>stint::AboutDialog</name>
    <message>
        <source>About Stint</source>
        <translation>Sobre o Stint</translation>
    </message>
    <message>
        <source>Stint %1</source>
        <translation>Stint %1</translation>
    </message>
    <message>
        <source>A native desktop activity tracker, compatible with ActivityWatch.</source>
        <translation>Um rastreador de atividades nativo para desktop, compatível com o ActivityWatch.</translation>
    </message>
    <message>
        <source>Stint is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>O Stint é software livre: você pode redistribuí-lo e/ou modificá-lo sob os termos da &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; conforme publicada pela Free Software Foundation, na versão 3 da licença ou (a seu critério) em qualquer versão posterior (%1). Ele é fornecido SEM NENHUMA GARANTIA.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, em execução com Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>stint::ActivityPage</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Tempo ativo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>As pontuações das categorias, ponderadas pelo tempo gasto em cada uma</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Pontuação de produtividade</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Waiting for the first window…</source>
        <translation>Aguardando a primeira janela…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>heading above the window in focus right now</extracomment>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Click an app to see only its time</source>
        <translation>Clique em um aplicativo para ver somente o tempo dele</translation>
    </message>
    <message>
        <source>Top apps</source>
        <translation>Principais aplicativos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
    <message>
        <source>Top window titles</source>
        <translation>Principais títulos de janela</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Principais categorias</translation>
    </message>
    <message>
        <source>Active time per hour</source>
        <translation>Tempo ativo por hora</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>app “%1”</source>
        <translation>aplicativo “%1”</translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>categoria “%1”</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Mostrando somente %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>Could not read the activity: %1</source>
        <translation>Não foi possível ler a atividade: %1</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>Nenhuma atividade neste período</translation>
    </message>
    <message>
        <source>Active time (paused %1)</source>
        <translation>Tempo ativo (%1 em pausa)</translation>
    </message>
    <message>
        <source>%1 of your active time in this period is uncategorized. &lt;a href=&quot;rules&quot;&gt;Add category rules&lt;/a&gt; to see where it went.</source>
        <translation>%1 do seu tempo ativo neste período não tem categoria. &lt;a href=&quot;rules&quot;&gt;Adicione regras de categoria&lt;/a&gt; para ver para onde ele foi.</translation>
    </message>
    <message>
        <source>%1:00 – %2:00</source>
        <translation>%1:00 – %2:00</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Tempo ativo por mês</translation>
    </message>
    <message>
        <source>Active time per day</source>
        <translation>Tempo ativo por dia</translation>
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
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>You are away: no input for a while. Recording goes on when you are back.</source>
        <translation>Você está ausente: nenhuma entrada há algum tempo. O registro continua quando você voltar.</translation>
    </message>
    <message>
        <source>Recording is paused until %1.</source>
        <translation>O registro está em pausa até %1.</translation>
    </message>
    <message>
        <source>Recording is paused.</source>
        <translation>O registro está em pausa.</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Não está registrando.</translation>
    </message>
    <message>
        <source>Stint cannot save: %1. It keeps what it records in memory and tries again.</source>
        <translation>O Stint não consegue salvar: %1. Ele mantém na memória o que registra e tenta novamente.</translation>
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
        <translation>a porta %1 em %2 já está em uso (há outro servidor Stint ou ActivityWatch em execução?)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>não é possível escutar em %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>stint::BrowserExtensionsPanel</name>
    <message>
        <source>Allow a web site</source>
        <translation>Aceitar um site</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser extensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Extensões do navegador&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browser extensions such as aw-watcher-web send the pages you visit to Stint&apos;s HTTP API. Stint lets in the Chrome Web Store&apos;s aw-watcher-web and Firefox extensions; an extension from another store, or one you built yourself, is refused until you allow it here.</source>
        <translation>Extensões de navegador como o aw-watcher-web enviam as páginas que você visita para a API HTTP do Stint. O Stint aceita o aw-watcher-web da Chrome Web Store e extensões do Firefox; uma extensão de outra loja, ou uma que você mesmo compilou, é recusada até que você a aceite aqui.</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>Origem aceita</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Aceita por</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Stop letting the selected origin in (built-in ones stay)</source>
        <translation>Deixa de aceitar a origem selecionada (as embutidas permanecem)</translation>
    </message>
    <message>
        <source>Refused origin</source>
        <translation>Origem recusada</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requisições</translation>
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
        <translation>A&amp;ceitar</translation>
    </message>
    <message>
        <source>Let the selected origin send and read activity</source>
        <translation>Deixa a origem selecionada enviar e ler atividade</translation>
    </message>
    <message>
        <source>Refused recently (since Stint started):</source>
        <translation>Recusadas recentemente (desde que o Stint foi iniciado):</translation>
    </message>
    <message>
        <source>The HTTP API is not running, so no browser extension can reach Stint.</source>
        <translation>A API HTTP não está em execução, portanto nenhuma extensão de navegador consegue alcançar o Stint.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>embutida</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adicionada</translation>
    </message>
    <message>
        <source>added (pattern)</source>
        <translation>adicionada (padrão)</translation>
    </message>
    <message>
        <source>First refused %1</source>
        <translation>Recusada pela primeira vez %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin that can be allowed.</source>
        <translation>&quot;%1&quot; não é uma origem que possa ser aceita.</translation>
    </message>
    <message>
        <source>%1 is a web site, not a browser extension. If you allow it, any page from that site could then write and read your activity data.

Allow it anyway?</source>
        <translation>%1 é um site, não uma extensão de navegador. Se você aceitá-lo, qualquer página desse site poderá gravar e ler seus dados de atividade.

Aceitar mesmo assim?</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>A alteração não foi salva: %1</translation>
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
        <translation>Host</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primeiro evento</translation>
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
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Rule (regex)</source>
        <translation>Regra (regex)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>Adicionar uma categoria de nível superior</translation>
    </message>
    <message>
        <source>Add s&amp;ub</source>
        <translation>Adicionar s&amp;ub</translation>
    </message>
    <message>
        <source>Add a subcategory to the selected category</source>
        <translation>Adicionar uma subcategoria à categoria selecionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories</source>
        <translation>Remover a categoria selecionada e suas subcategorias</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>Mover para antes do item anterior do mesmo nível</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>Mover para depois do próximo item do mesmo nível</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumentar recuo</translation>
    </message>
    <message>
        <source>Make it a subcategory of the category above</source>
        <translation>Torná-la uma subcategoria da categoria acima</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Diminuir recuo</translation>
    </message>
    <message>
        <source>Move it up one level</source>
        <translation>Movê-la um nível acima</translation>
    </message>
    <message>
        <source>The name of this category (applied on Enter or when leaving the field)</source>
        <translation>O nome desta categoria (aplicado ao pressionar Enter ou ao sair do campo)</translation>
    </message>
    <message>
        <source>empty: only groups subcategories</source>
        <translation>vazio: apenas agrupa subcategorias</translation>
    </message>
    <message>
        <source>A regular expression tried on every value of a window or tab: app, title, URL</source>
        <translation>Uma expressão regular testada em cada valor de uma janela ou aba: aplicativo, título, URL</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorar maiúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Herdar</translation>
    </message>
    <message>
        <source>Use the colour of the parent category</source>
        <translation>Usar a cor da categoria pai</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>Pontuação própria</translation>
    </message>
    <message>
        <source>Without its own score a category uses its parent&apos;s</source>
        <translation>Sem pontuação própria, uma categoria usa a da categoria pai</translation>
    </message>
    <message>
        <source>Productivity score: positive for productive time, negative for distraction</source>
        <translation>Pontuação de produtividade: positiva para tempo produtivo, negativa para distração</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Regex</source>
        <translation>&amp;Regex</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Cor</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>&amp;Pontuação</translation>
    </message>
    <message>
        <source>A window or browser tab gets the deepest category whose regex matches any of its values; among equally deep matches, the later rule wins.</source>
        <translation>Uma janela ou aba do navegador recebe a categoria mais profunda cuja regex corresponda a algum de seus valores; entre correspondências de mesma profundidade, vale a regra posterior.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Read categories from a file exported by Stint or ActivityWatch</source>
        <translation>Ler categorias de um arquivo exportado pelo Stint ou pelo ActivityWatch</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Write these categories to a file ActivityWatch can import</source>
        <translation>Gravar estas categorias em um arquivo que o ActivityWatch possa importar</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Padrões</translation>
    </message>
    <message>
        <source>Replace the categories with Stint&apos;s defaults</source>
        <translation>Substituir as categorias pelas categorias padrão do Stint</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Descartar as alterações não salvas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>Salvar as categorias</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Importar categorias</translation>
    </message>
    <message>
        <source>Category files (*.json);;All files (*)</source>
        <translation>Arquivos de categorias (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>Exportar categorias</translation>
    </message>
    <message>
        <source>Cannot read the stored categories: %1</source>
        <translation>Não é possível ler as categorias armazenadas: %1</translation>
    </message>
    <message>
        <source>(groups subcategories)</source>
        <translation>(agrupa subcategorias)</translation>
    </message>
    <message>
        <source>Invalid regex: %1</source>
        <translation>Regex inválida: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Inherited – choose…</source>
        <translation>Herdada – escolher…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ainda não salvo.</translation>
    </message>
    <message>
        <source>Cannot count the matches of the last 7 days: %1</source>
        <translation>Não é possível contar as correspondências dos últimos 7 dias: %1</translation>
    </message>
    <message>
        <source>%1 by this rule, %2 with its subcategories</source>
        <translation>%1 por esta regra, %2 com suas subcategorias</translation>
    </message>
    <message>
        <source>Counting the last 7 days…</source>
        <translation>Contando os últimos 7 dias…</translation>
    </message>
    <message>
        <source>Uncategorized in the last 7 days: %1 of %2 active time (%3%)</source>
        <translation>Sem categoria nos últimos 7 dias: %1 de %2 de tempo ativo (%3%)</translation>
    </message>
    <message>
        <source>Last 7 days: %1 in its subcategories. This category has no regex of its own.</source>
        <translation>Últimos 7 dias: %1 em suas subcategorias. Esta categoria não tem regex própria.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.</source>
        <translation>Últimos 7 dias: esta regra categorizou %1 do tempo ativo, %2 com suas subcategorias.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time.</source>
        <translation>Últimos 7 dias: esta regra categorizou %1 do tempo ativo.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Uma categoria precisa de um nome.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>Já existe uma categoria &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nova categoria</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Nova categoria %1</translation>
    </message>
    <message>
        <source>There is no category above to move it into.</source>
        <translation>Não há categoria acima para a qual movê-la.</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Cor de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved. The reports use these categories now.</source>
        <translation>Salvo. Os relatórios agora usam estas categorias.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable categories: %2</source>
        <translation>%1 não contém categorias utilizáveis: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>%n regra importada de %1. Ainda não salva.</numerusform>
            <numerusform>%n regras importadas de %1. Ainda não salvas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the categories first: %1</source>
        <translation>Corrija as categorias primeiro: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The productivity score on the Activity page is the mean of the categories&apos; scores, weighted by the time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.</source>
        <translation>A pontuação de produtividade na página Atividade é a média das pontuações das categorias, ponderadas pelo tempo gasto em cada uma (&quot;Sem categoria&quot; conta como 0). Com estas categorias, ela fica entre %1 e %2.</translation>
    </message>
</context>
<context>
    <name>stint::Cli</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Nada foi armazenado: %1</translation>
    </message>
    <message>
        <source>Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].</source>
        <translation>Uso: stopwatch start RÓTULO, stopwatch stop ou stopwatch status [--json].</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Nenhum temporizador está rodando.</translation>
    </message>
    <message>
        <source>%1: running for %2 (since %3)</source>
        <translation>%1: rodando há %2 (desde %3)</translation>
    </message>
    <message>
        <source>Started %1 at %2.</source>
        <translation>%1 iniciado às %2.</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>%1 parado após %2.</translation>
    </message>
    <message>
        <source>Use: entry add --start T --end T LABEL.</source>
        <translation>Uso: entry add --start T --end T RÓTULO.</translation>
    </message>
    <message>
        <source>Added %1 from %2 to %3 (%4).</source>
        <translation>%1 adicionado de %2 a %3 (%4).</translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <source>Export everything as ActivityWatch&apos;s export file (other trackers and scripts read it) or the activity as a CSV table. Import an ActivityWatch export or ActivityWatch&apos;s own database (sqlite.db); events that are already here are skipped, so importing twice changes nothing.</source>
        <translation>Exporte tudo como arquivo de exportação do ActivityWatch (outros rastreadores e scripts conseguem lê-lo) ou a atividade como tabela CSV. Importe uma exportação do ActivityWatch ou o próprio banco de dados do ActivityWatch (sqlite.db); os eventos que já estão aqui são ignorados, portanto importar duas vezes não altera nada.</translation>
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
            <numerusform>Importando… %n evento lido</numerusform>
            <numerusform>Importando… %n eventos lidos</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export (*.json)</source>
        <translation>Exportação do ActivityWatch (*.json)</translation>
    </message>
    <message>
        <source>Activity as CSV (*.csv)</source>
        <translation>Atividade em CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar atividade</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Importar atividade</translation>
    </message>
    <message>
        <source>ActivityWatch export or database (*.json *.db);;All files (*)</source>
        <translation>Exportação ou banco de dados do ActivityWatch (*.json *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando para %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Interrompido: %1</translation>
    </message>
    <message>
        <source>ActivityWatch&apos;s watchers and scripts can send data to Stint at http://127.0.0.1:%1/api/0/.</source>
        <translation>Os observadores e scripts do ActivityWatch podem enviar dados ao Stint em http://127.0.0.1:%1/api/0/.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is off.</source>
        <translation>A API HTTP para os observadores e scripts do ActivityWatch está desativada.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is not running: %1</source>
        <translation>A API HTTP para os observadores e scripts do ActivityWatch não está em execução: %1</translation>
    </message>
    <message>
        <source>Stint keeps everything it records, and these settings, in one database file:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While Stint runs, recent changes may wait in a second file beside it; quitting Stint moves them into the database file. To copy the data while Stint runs, use Back up.</source>
        <translation>O Stint mantém tudo o que registra, e estas configurações, em um único arquivo de banco de dados:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Enquanto o Stint está em execução, alterações recentes podem aguardar em um segundo arquivo ao lado dele; ao sair do Stint, elas são movidas para o arquivo de banco de dados. Para copiar os dados com o Stint em execução, use Fazer backup.</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Fazer &amp;backup…</translation>
    </message>
    <message>
        <source>Write a complete, checked copy of the database to a file of your choice while Stint keeps recording.</source>
        <translation>Grava uma cópia completa e verificada do banco de dados em um arquivo de sua escolha enquanto o Stint continua registrando.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Fazer backup do banco de dados</translation>
    </message>
    <message>
        <source>Stint database (*.db)</source>
        <translation>Banco de dados do Stint (*.db)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Fazendo backup em %1…</translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>%n linha de atividade exportada para %1.</numerusform>
            <numerusform>%n linhas de atividade exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Não foi possível salvar a importação: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>%n evento exportado (buckets: %1) para %2.</numerusform>
            <numerusform>%n eventos exportados (buckets: %1) para %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>Backup de %n evento feito em %1.</numerusform>
            <numerusform>Backup de %n eventos feito em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DatePicker</name>
    <message>
        <source>Pick a date (days with data are bold)</source>
        <translation>Escolher uma data (dias com dados aparecem em negrito)</translation>
    </message>
</context>
<context>
    <name>stint::Desktop</name>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Stint keeps tracking</source>
        <translation>O Stint continua registrando</translation>
    </message>
    <message>
        <source>Stint is still running in the tray. Choose Quit in its menu to stop tracking.</source>
        <translation>O Stint continua em execução na bandeja. Escolha Sair no menu dele para parar de registrar.</translation>
    </message>
    <message>
        <source>Quit Stint?</source>
        <translation>Sair do Stint?</translation>
    </message>
    <message>
        <source>There is no system tray to keep Stint in. Quit Stint and stop tracking?</source>
        <translation>Não há bandeja do sistema onde manter o Stint. Sair do Stint e parar de registrar?</translation>
    </message>
    <message>
        <source>Browser extension refused</source>
        <translation>Extensão de navegador recusada</translation>
    </message>
    <message>
        <source>A browser extension tried to send activity to Stint and was refused — review in Settings → Data → Browser extensions.
%1</source>
        <translation>Uma extensão de navegador tentou enviar atividade ao Stint e foi recusada — verifique em Configurações → Dados → Extensões do navegador.
%1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Pesquisar…</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
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
        <translation>Sem entrada do teclado ou do mouse por esse tempo, você é considerado ausente</translation>
    </message>
    <message>
        <source>How often the active window is read when the system does not report changes</source>
        <translation>Com que frequência a janela ativa é lida quando o sistema não informa alterações</translation>
    </message>
    <message>
        <source>Activity before this time counts for the previous day</source>
        <translation>A atividade antes deste horário conta para o dia anterior</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Descartar as alterações que não foram salvas</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>Ausente após ficar sem entrada por</translation>
    </message>
    <message>
        <source>Check the active window every</source>
        <translation>Verificar a janela ativa a cada</translation>
    </message>
    <message>
        <source>Days and weeks</source>
        <translation>Dias e semanas</translation>
    </message>
    <message>
        <source>A day starts at</source>
        <translation>O dia começa às</translation>
    </message>
    <message>
        <source>A week starts on</source>
        <translation>A semana começa em</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Windows matching a rule are never stored as they are: excluded ones are recorded only as &quot;(excluded)&quot;, redacted ones keep the app but not the title. Regexes ignore case; either may be empty.</source>
        <translation>Janelas que correspondem a uma regra nunca são armazenadas como estão: as excluídas são registradas apenas como &quot;(excluded)&quot;, as ocultadas mantêm o aplicativo, mas não o título. As regexes ignoram maiúsculas/minúsculas; qualquer uma delas pode ficar vazia.</translation>
    </message>
    <message>
        <source>Always active</source>
        <translation>Sempre ativo</translation>
    </message>
    <message>
        <source>Time in matching windows counts as active even without input (videos, meetings).</source>
        <translation>O tempo em janelas correspondentes conta como ativo mesmo sem entrada (vídeos, reuniões).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ainda não salvo.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Não é possível ler as configurações: %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>not a list of rules</source>
        <translation>não é uma lista de regras</translation>
    </message>
    <message>
        <source>Correct the values shown and save to replace them.</source>
        <translation>Corrija os valores mostrados e salve para substituí-los.</translation>
    </message>
    <message>
        <source>Away timeout: %1</source>
        <translation>Tempo para ausência: %1</translation>
    </message>
    <message>
        <source>Poll interval: %1</source>
        <translation>Intervalo de verificação: %1</translation>
    </message>
    <message>
        <source>Start of day: %1</source>
        <translation>Início do dia: %1</translation>
    </message>
    <message>
        <source>Start of week: %1</source>
        <translation>Início da semana: %1</translation>
    </message>
    <message>
        <source>Privacy rules: %1</source>
        <translation>Regras de privacidade: %1</translation>
    </message>
    <message>
        <source>Always-active rules: %1</source>
        <translation>Regras de sempre ativo: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved, but recording cannot use the new settings: %1</source>
        <translation>Salvo, mas o registro não pode usar as novas configurações: %1</translation>
    </message>
    <message>
        <source>Saved. Recording uses the new settings now.</source>
        <translation>Salvo. O registro agora usa as novas configurações.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Start Stint when I log in</source>
        <translation>Iniciar o Stint quando eu entrar na sessão</translation>
    </message>
    <message>
        <source>Stint starts in the system tray when you log in</source>
        <translation>O Stint inicia na bandeja do sistema quando você entra na sessão</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <source>In force now: %1 s, given with %2 on the command line, which overrides this setting until Stint starts without it.</source>
        <translation>Em vigor agora: %1 s, informado com %2 na linha de comando, o que substitui esta configuração até o Stint ser iniciado sem essa opção.</translation>
    </message>
</context>
<context>
    <name>stint::GnomeExtensionPanel</name>
    <message>
        <source>GNOME does not tell other programs which window has the focus. Stint&apos;s small GNOME Shell extension (GNOME 45 or later) does, and only to programs of your session.</source>
        <translation>O GNOME não informa a outros programas qual janela está em foco. A pequena extensão do GNOME Shell do Stint (GNOME 45 ou posterior) informa, e apenas a programas da sua sessão.</translation>
    </message>
    <message>
        <source>Checking the extension…</source>
        <translation>Verificando a extensão…</translation>
    </message>
    <message>
        <source>&amp;Install the extension</source>
        <translation>&amp;Instalar a extensão</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>&amp;Instalar novamente</translation>
    </message>
    <message>
        <source>The extension could not be installed: %1</source>
        <translation>Não foi possível instalar a extensão: %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalMonitor</name>
    <message>
        <source>Active time</source>
        <extracomment>the name of a goal that counts all active time, not one category</extracomment>
        <translation>Tempo ativo</translation>
    </message>
    <message>
        <source>Over your limit: %1</source>
        <translation>Acima do seu limite: %1</translation>
    </message>
    <message>
        <source>%1 today, more than the %2 you allowed for a day.</source>
        <translation>%1 hoje, mais do que os %2 que você se permitiu por dia.</translation>
    </message>
    <message>
        <source>%1 this week, more than the %2 you allowed for a week.</source>
        <translation>%1 nesta semana, mais do que os %2 que você se permitiu por semana.</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>Meta atingida: %1</translation>
    </message>
    <message>
        <source>%1 today: your goal of %2 a day is reached.</source>
        <translation>%1 hoje: sua meta de %2 por dia foi atingida.</translation>
    </message>
    <message>
        <source>%1 this week: your goal of %2 a week is reached.</source>
        <translation>%1 nesta semana: sua meta de %2 por semana foi atingida.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goals met today: %1 of %2</source>
        <translation>Metas cumpridas hoje: %1 de %2</translation>
    </message>
    <message>
        <source>Your day so far: %1 active</source>
        <translation>Seu dia até agora: %1 ativo</translation>
    </message>
</context>
<context>
    <name>stint::GoalsCard</name>
    <message>
        <source>at most %1 a day</source>
        <translation>no máximo %1 por dia</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>no máximo %1 por semana</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>no mínimo %1 por dia</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>no mínimo %1 por semana</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>acima do limite</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>dentro do limite</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atingida</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>ainda não atingida</translation>
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
        <translation>Defina para si no máximo ou no mínimo um tanto de tempo por dia ou por semana, em uma categoria (com suas subcategorias) ou em todo o tempo ativo. A página Atividade mostra quanto falta, e o Stint avisa uma vez quando um limite é ultrapassado ou uma meta é atingida.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Adicionar meta</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>Re&amp;mover meta</translation>
    </message>
    <message>
        <source>Sum up my day in a notification at</source>
        <translation>Resumir meu dia em uma notificação às</translation>
    </message>
    <message>
        <source>The active time, the top three categories and the goals met</source>
        <translation>O tempo ativo, as três principais categorias e as metas cumpridas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Descartar as alterações que não foram salvas</translation>
    </message>
    <message>
        <source>Cannot read the goals: %1</source>
        <translation>Não é possível ler as metas: %1</translation>
    </message>
    <message>
        <source>All active time</source>
        <translation>Todo o tempo ativo</translation>
    </message>
    <message>
        <source>At most</source>
        <extracomment>a goal: at most so much time</extracomment>
        <translation>No máximo</translation>
    </message>
    <message>
        <source>At least</source>
        <extracomment>a goal: at least so much time</extracomment>
        <translation>No mínimo</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>por dia</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>Correct the goals shown and save to replace them.</source>
        <translation>Corrija as metas mostradas e salve para substituí-las.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ainda não salvo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>stint::HostSelector</name>
    <message>
        <source>Whose activity to show: this computer&apos;s, another computer&apos;s, or all of them with each moment counted once (this computer&apos;s activity first)</source>
        <translation>De quem mostrar a atividade: deste computador, de outro computador, ou de todos com cada momento contado uma vez (primeiro a atividade deste computador)</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Este computador (%1)</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Todos os computadores</translation>
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
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>Show Stint in</source>
        <translation>Mostrar o Stint em</translation>
    </message>
    <message>
        <source>Stint will use %1 after it is restarted.</source>
        <translation>O Stint usará %1 após ser reiniciado.</translation>
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
        <translation>Nada registrado ainda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All changes saved (write #%1)</source>
        <translation>Todas as alterações salvas (gravação nº %1)</translation>
    </message>
    <message>
        <source>Not saved since write #%1 - retrying</source>
        <translation>Não salvo desde a gravação nº %1 - tentando novamente</translation>
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
        <translation>Adicionar entrada</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Rótulo:</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Pelas regras de categorias</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>Give the entry a label.</source>
        <translation>Dê um rótulo à entrada.</translation>
    </message>
</context>
<context>
    <name>stint::ManualTimeDialog</name>
    <message>
        <source>Manual time</source>
        <translation>Tempo manual</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>O que você está fazendo?</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Iniciar temporizador</translation>
    </message>
    <message>
        <source>&amp;Keep the running timer going (run both)</source>
        <translation>&amp;Manter o temporizador atual rodando (rodar os dois)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Adicionar entrada…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>&amp;Parar temporizador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>Pelas regras de categorias</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (rodando)</translation>
    </message>
    <message>
        <source>by rules</source>
        <translation>pelas regras</translation>
    </message>
    <message>
        <source>Could not read the entries: %1</source>
        <translation>Não foi possível ler as entradas: %1</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Nenhum temporizador está rodando.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Rodando: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Give the timer a label first.</source>
        <translation>Dê um rótulo ao temporizador primeiro.</translation>
    </message>
</context>
<context>
    <name>stint::PatternTable</name>
    <message>
        <source>App (regex)</source>
        <translation>Aplicativo (regex)</translation>
    </message>
    <message>
        <source>Title (regex)</source>
        <translation>Título (regex)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
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
        <translation>Excluir: armazenado apenas como &quot;(excluded)&quot;. Ocultar título: o aplicativo é mantido, o título fica oculto.</translation>
    </message>
</context>
<context>
    <name>stint::PeriodNavigator</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dia</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Mostrar um dia</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Mostrar uma semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Mostrar um mês</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Ano</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>Mostrar um ano</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Período anterior (%1)</translation>
    </message>
    <message>
        <source>Next period (%1)</source>
        <translation>Próximo período (%1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>Ir para o período que contém hoje</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Ontem, %1</translation>
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
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
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
        <translation>Salvando sua atividade…</translation>
    </message>
    <message>
        <source>Stint could not save</source>
        <translation>O Stint não conseguiu salvar</translation>
    </message>
    <message>
        <source>The last minutes of your activity could not be saved:
%1

Nothing is lost while Stint keeps running. Retry, or cancel quitting and free some space or fix the problem first.</source>
        <translation>Os últimos minutos da sua atividade não puderam ser salvos:
%1

Nada se perde enquanto o Stint continuar em execução. Tente novamente ou cancele a saída e libere espaço ou corrija o problema primeiro.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Cancel quitting</source>
        <translation>Cancelar saída</translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message>
        <source>Delete data</source>
        <translation>Excluir dados</translation>
    </message>
    <message>
        <source>Delete bucket…</source>
        <translation>Excluir bucket…</translation>
    </message>
    <message>
        <source>Delete the selected bucket with all its events</source>
        <translation>Excluir o bucket selecionado com todos os seus eventos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Buckets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Todo o histórico</translation>
    </message>
    <message>
        <source>From the bucket&apos;s first event to its last</source>
        <translation>Do primeiro ao último evento do bucket</translation>
    </message>
    <message>
        <source>Filter by any value (app, title, URL, …)</source>
        <translation>Filtrar por qualquer valor (aplicativo, título, URL, …)</translation>
    </message>
    <message>
        <source>Delete events…</source>
        <translation>Excluir eventos…</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>Excluir os eventos selecionados (Del)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eventos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>Dados brutos</translation>
    </message>
    <message>
        <source>Cannot read the buckets: %1</source>
        <translation>Não é possível ler os buckets: %1</translation>
    </message>
    <message>
        <source>No buckets yet: nothing has been recorded.</source>
        <translation>Ainda não há buckets: nada foi registrado.</translation>
    </message>
    <message>
        <source>Cannot read the events of &quot;%1&quot;: %2</source>
        <translation>Não é possível ler os eventos de &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No event in this range matches the filter.</source>
        <translation>Nenhum evento neste intervalo corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Nenhum evento neste intervalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>%n evento correspondente.</numerusform>
            <numerusform>%n eventos correspondentes.</numerusform>
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
            <numerusform>Excluir %n evento de &quot;%1&quot;? Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Excluir %n eventos de &quot;%1&quot;? Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>%n evento excluído.</numerusform>
            <numerusform>%n eventos excluídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir o bucket &quot;%1&quot; com seu %n evento? Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Excluir o bucket &quot;%1&quot; com todos os seus %n eventos? Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bucket &quot;%1&quot;.</source>
        <translation>O bucket &quot;%1&quot; foi excluído.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nada foi excluído: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>Mostrando o mais recente (%1) de %Ln evento correspondente.</numerusform>
            <numerusform>Mostrando os %1 mais recentes de %Ln eventos correspondentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>Mostrando o mais recente (%1) de %Ln evento.</numerusform>
            <numerusform>Mostrando os %1 mais recentes de %Ln eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>Mostrando os primeiros %1 de %Ln evento correspondente nesta ordem.</numerusform>
            <numerusform>Mostrando os primeiros %1 de %Ln eventos correspondentes nesta ordem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>Mostrando os primeiros %1 de %Ln evento nesta ordem.</numerusform>
            <numerusform>Mostrando os primeiros %1 de %Ln eventos nesta ordem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search apps, window titles and URLs</source>
        <translation>Pesquisar aplicativos, títulos de janela e URLs</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expressão regular</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Todo o histórico</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 dias</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>De … até …</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicativo</translation>
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
        <translation>Visto primeiro</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por último</translation>
    </message>
    <message>
        <source>Double-click a result to see it in the Timeline (its first stretch from &quot;First seen&quot;, else its last).</source>
        <translation>Clique duas vezes em um resultado para vê-lo na Linha do tempo (o primeiro trecho a partir de &quot;Visto primeiro&quot;, senão o último).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>O último dia vem antes do primeiro.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n resultado, %1 ativo</numerusform>
            <numerusform>%n resultados, %1 ativo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SettingsPage</name>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorias</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dados</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
    </message>
    <message>
        <source>GNOME &amp;Shell</source>
        <translation>GNOME &amp;Shell</translation>
    </message>
    <message>
        <source>&amp;About Stint…</source>
        <translation>&amp;Sobre o Stint…</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Metas</translation>
    </message>
</context>
<context>
    <name>stint::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Não é possível criar o arquivo de bloqueio %1.</translation>
    </message>
    <message>
        <source>Another Stint holds %1 but does not answer.</source>
        <translation>Outra instância do Stint mantém %1, mas não responde.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Não é possível escutar em %1: %2</translation>
    </message>
    <message>
        <source>the running Stint did not answer</source>
        <translation>o Stint em execução não respondeu</translation>
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
        <translation>Vários computadores: o Stint grava o que registra em uma pasta que o Syncthing, o Dropbox ou o Nextcloud copia entre seus computadores, e lê dela a atividade dos outros (o aw-sync do ActivityWatch faz o mesmo). Excluir eventos aqui não é repassado aos outros computadores.</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>&amp;Pasta de sincronização…</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>Desativar a sincronização</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;agora</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Arquivo alterado</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>Eventos aqui</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Leave this computer out of the reports and stop copying its activity.</source>
        <translation>Deixar este computador fora dos relatórios e parar de copiar a atividade dele.</translation>
    </message>
    <message>
        <source>&amp;Delete here…</source>
        <translation>&amp;Excluir aqui…</translation>
    </message>
    <message>
        <source>Delete the copies of this computer&apos;s activity on this computer (and hide it). The other computer keeps its data.</source>
        <translation>Excluir as cópias da atividade deste computador neste computador (e ocultá-lo). O outro computador mantém seus dados.</translation>
    </message>
    <message>
        <source>Delete %1 here</source>
        <translation>Excluir %1 aqui</translation>
    </message>
    <message>
        <source>Delete the activity copied from %1 on this computer? %1 keeps its own data, and it stays hidden here so the copies do not come back.</source>
        <translation>Excluir a atividade copiada de %1 neste computador? %1 mantém seus próprios dados, e ele continua oculto aqui para que as cópias não voltem.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync is not available.</source>
        <translation>A sincronização não está disponível.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>Pasta de sincronização: &lt;b&gt;%1&lt;/b&gt;, a cada %n segundo</numerusform>
            <numerusform>Pasta de sincronização: &lt;b&gt;%1&lt;/b&gt;, a cada %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>A sincronização está desativada.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>ainda não há arquivo de banco de dados</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>Sincronizado às %1: %n evento copiado de outros computadores.</numerusform>
            <numerusform>Sincronizado às %1: %n eventos copiados de outros computadores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncthing is set up on this computer but does not answer at %1.</source>
        <translation>O Syncthing está configurado neste computador, mas não responde em %1.</translation>
    </message>
    <message>
        <source>No Syncthing found on this computer.</source>
        <translation>Nenhum Syncthing encontrado neste computador.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer (%1), but the sync folder is not shared there.</source>
        <translation>O Syncthing está rodando neste computador (%1), mas a pasta de sincronização não está compartilhada nele.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer and shares the sync folder (&quot;%1&quot;): %2.</source>
        <translation>O Syncthing está rodando neste computador e compartilha a pasta de sincronização (&quot;%1&quot;): %2.</translation>
    </message>
    <message>
        <source>%1, %2 still to fetch</source>
        <translation>%1, %2 ainda a buscar</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
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
        <translation>O Stint está sendo encerrado; a sincronização não foi executada.</translation>
    </message>
</context>
<context>
    <name>stint::TimelinePage</name>
    <message>
        <source>Scroll to zoom, drag to move</source>
        <translation>Role para ampliar ou reduzir, arraste para mover</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Show a longer stretch</source>
        <translation>Mostrar um intervalo mais longo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Show a shorter stretch</source>
        <translation>Mostrar um intervalo mais curto</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>button: scroll the timeline to the present</extracomment>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Go to the present</source>
        <translation>Ir para o momento atual</translation>
    </message>
    <message>
        <source>Timeline of every bucket</source>
        <translation>Linha do tempo de todos os buckets</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd, d &apos;de&apos; MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Não foi possível ler a linha do tempo: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Go back by the span shown</source>
        <translation>Voltar pelo intervalo mostrado</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Go forward by the span shown</source>
        <translation>Avançar pelo intervalo mostrado</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd, d &apos;de&apos; MMM &apos;de&apos; yyyy HH:mm</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Tempo manual…</translation>
    </message>
    <message>
        <source>Timers and entries by hand (right-drag over the timeline adds one)</source>
        <translation>Temporizadores e entradas manuais (arrastar com o botão direito sobre a linha do tempo adiciona uma)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Editar entrada…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Excluir entrada</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Adicionar entrada…</translation>
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
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>%1 – %2
%3, %4 active</source>
        <translation>%1 – %2
%3, %4 de tempo ativo</translation>
    </message>
</context>
<context>
    <name>stint::TimelineView</name>
    <message>
        <source>Windows</source>
        <translation>Janelas</translation>
    </message>
    <message>
        <source>Active / away</source>
        <translation>Ativo / ausente</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Browser tabs</source>
        <translation>Abas do navegador</translation>
    </message>
    <message>
        <source>Browser tabs (%1)</source>
        <translation>Abas do navegador (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>in a tooltip: the user was at the computer</extracomment>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>in a tooltip: the user was away from the computer</extracomment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Aplicativo: %1</translation>
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
        <translation>Categoria: %1</translation>
    </message>
    <message>
        <source>Start: %1 %2</source>
        <translation>Início: %1 %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Duração: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nada registrado ainda</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Bucket %1
Type %2
Host %3</source>
        <translation>Bucket %1
Tipo %2
Host %3</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd, d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>Manual time</source>
        <translation>Tempo manual</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <extracomment>in a tooltip: the app&apos;s name, then the id it was recorded with</extracomment>
        <translation>Aplicativo: %1 (%2)</translation>
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
        <translation>Parar “%1” (%2)</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>tray menu: start a timer with a label used before</extracomment>
        <translation>Iniciar “%1”</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>Iniciar temporizador…</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Tempo manual…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Iniciar temporizador</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>O que você está fazendo?</translation>
    </message>
</context>
<context>
    <name>stint::Tracker</name>
    <message>
        <source>cannot store this database&apos;s device id</source>
        <translation>não é possível armazenar o ID de dispositivo deste banco de dados</translation>
    </message>
    <message>
        <source>cannot read this database&apos;s device id</source>
        <translation>não é possível ler o ID de dispositivo deste banco de dados</translation>
    </message>
</context>
<context>
    <name>stint::TrayIcon</name>
    <message>
        <source>Open Stint</source>
        <translation>Abrir o Stint</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Pausar por 15 minutos</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Pausar por 1 hora</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Pausar até amanhã</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Stint is tracking</source>
        <translation>O Stint está registrando</translation>
    </message>
    <message>
        <source>Stint: you are away</source>
        <translation>Stint: você está ausente</translation>
    </message>
    <message>
        <source>Stint is paused until %1</source>
        <translation>O Stint está em pausa até %1</translation>
    </message>
    <message>
        <source>Stint is paused</source>
        <translation>O Stint está em pausa</translation>
    </message>
    <message>
        <source>Stint is not recording</source>
        <translation>O Stint não está registrando</translation>
    </message>
    <message>
        <source>Today: %1 active</source>
        <translation>Hoje: %1 de tempo ativo</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Agora: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar com a sessão</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot save: %1</source>
        <translation>O Stint não consegue salvar: %1</translation>
    </message>
    <message>
        <source>It keeps what it records in memory and tries again.</source>
        <translation>Ele mantém na memória o que registra e tenta novamente.</translation>
    </message>
    <message>
        <source>Testing database: %1</source>
        <translation>Banco de dados de teste: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Banco de dados: %1</translation>
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
        <translation>O período a examinar; a semana ou o mês atual é o último</translation>
    </message>
    <message>
        <source>Against the same number of days just before the span</source>
        <translation>Em relação ao mesmo número de dias logo antes do período</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>Média diária</translation>
    </message>
    <message>
        <source>per day of the span</source>
        <translation>por dia do período</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Dia mais ativo</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>As pontuações das categorias, ponderadas pelo tempo gasto em cada uma</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Pontuação de produtividade</translation>
    </message>
    <message>
        <source>Click a bar to see that period on the Activity page</source>
        <translation>Clique em uma barra para ver esse período na página Atividade</translation>
    </message>
    <message>
        <source>Active time per week</source>
        <translation>Tempo ativo por semana</translation>
    </message>
    <message>
        <source>Share of each category</source>
        <translation>Participação de cada categoria</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>Este período</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Change by category</source>
        <translation>Variação por categoria</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendências</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>Não foi possível ler as tendências: %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana de %1</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2, comparado com %3 – %4</translation>
    </message>
    <message>
        <source>%1 against %2 before</source>
        <translation>%1 em relação a %2 antes</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>nada anterior para comparar</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>sem atividade</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Tempo ativo por mês</translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>Variação em relação à %n semana anterior</numerusform>
            <numerusform>Variação em relação às %n semanas anteriores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>Variação em relação ao %n mês anterior</numerusform>
            <numerusform>Variação em relação aos %n meses anteriores</numerusform>
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
Clique para abri-lo na página Atividade</translation>
    </message>
    <message>
        <source>%1
Productivity score: %2</source>
        <translation>%1
Pontuação de produtividade: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the active time</source>
        <translation>%1
%2: %3 do tempo ativo</translation>
    </message>
    <message>
        <source>%1 now against %2 before</source>
        <translation>%1 agora contra %2 antes</translation>
    </message>
    <message>
        <source>No time in this category before</source>
        <translation>Nenhum tempo nesta categoria antes</translation>
    </message>
</context>
</TS>
