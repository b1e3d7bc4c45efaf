<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityBuilder</name>
    <message>
        <source>no window activity was recorded on host &quot;%1&quot;</source>
        <translation>主机“%1”上没有记录到窗口活动</translation>
    </message>
</context>
<context>
    <name>ActivityCsvExporter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>无法写入 CSV：%1</translation>
    </message>
</context>
<context>
    <name>ActivitySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>没有要搜索的内容</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>无效的正则表达式“%1”：%2，位于偏移量 %3</translation>
    </message>
</context>
<context>
    <name>AlwaysActiveRules</name>
    <message>
        <source>not a valid regular expression</source>
        <translation>不是有效的正则表达式</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the desktop&apos;s Background portal</source>
        <translation>桌面的后台门户</translation>
    </message>
    <message>
        <source>No session bus, so the Background portal cannot be asked.</source>
        <translation>没有会话总线，无法询问后台门户。</translation>
    </message>
    <message>
        <source>Stint records your activity from the moment you log in.</source>
        <translation>Stint 从您登录时起记录您的活动。</translation>
    </message>
    <message>
        <source>The Background portal refused the request: %1</source>
        <translation>后台门户拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The Background portal did not answer.</source>
        <translation>后台门户没有应答。</translation>
    </message>
    <message>
        <source>Starting at login was not allowed (the request was denied or cancelled).</source>
        <translation>不允许登录时启动（请求被拒绝或取消）。</translation>
    </message>
    <message>
        <source>The desktop did not allow Stint to start at login.</source>
        <translation>桌面不允许 Stint 在登录时启动。</translation>
    </message>
    <message>
        <source>The desktop kept Stint starting at login.</source>
        <translation>桌面保留了 Stint 的登录时启动。</translation>
    </message>
    <message>
        <source>Records which application has your attention</source>
        <translation>记录哪个应用程序正吸引您的注意力</translation>
    </message>
    <message>
        <source>Cannot change the registry value %1.</source>
        <translation>无法更改注册表值 %1。</translation>
    </message>
    <message>
        <source>Stint cannot start at login: %1</source>
        <translation>Stint 无法设置登录时启动：%1</translation>
    </message>
    <message>
        <source>Stint cannot stop starting at login: %1</source>
        <translation>Stint 无法取消登录时启动：%1</translation>
    </message>
</context>
<context>
    <name>AwExporter</name>
    <message>
        <source>There is no bucket &apos;%1&apos;.</source>
        <translation>没有存储桶“%1”。</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>无法读取存储桶“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>AwImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the file ends too early (expected &apos;%1&apos;)</source>
        <translation>文件过早结束（应为“%1”）</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>应为“%1”</translation>
    </message>
    <message>
        <source>the file ends inside a value that starts at %1</source>
        <translation>文件在始于 %1 的值内部结束</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>文件在字符串内部结束</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>意外的“%1”</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>应为一个值</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>应为双引号括起的键</translation>
    </message>
    <message>
        <source>this is not an ActivityWatch export: it has no &quot;buckets&quot;</source>
        <translation>这不是 ActivityWatch 导出文件：其中没有 &quot;buckets&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the export</source>
        <translation>导出内容之后有多余文本</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: %2</source>
        <translation>存储桶“%1”：%2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>事件必须是 JSON 对象</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event %2: %3</source>
        <translation>存储桶“%1”，事件 %2：%3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is not an ActivityWatch database (no buckets table: %2)</source>
        <translation>%1 不是 ActivityWatch 数据库（没有 buckets 表：%2）</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: &apos;created&apos; is not a date: %2</source>
        <translation>存储桶“%1”：“created”不是日期：%2</translation>
    </message>
    <message>
        <source>Cannot read the events of &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”的事件：%2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2 ends before it starts</source>
        <translation>存储桶“%1”，位于 %2 的事件在开始之前就结束了</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its %2 is not valid UTF-8</source>
        <translation>存储桶“%1”：其 %2 不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its data cannot be kept as it is: %2</source>
        <translation>存储桶“%1”：Stint 无法原样保存其数据：%2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: its data cannot be kept as it is: %3</source>
        <translation>存储桶“%1”，位于 %2 的事件：Stint 无法原样保存其数据：%3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>无法原样导入该文件：%1</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>category %1</source>
        <translation>分类 %1</translation>
    </message>
    <message>
        <source>category %1 (&quot;%2&quot;)</source>
        <translation>分类 %1（&quot;%2&quot;）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a list of non-empty strings</source>
        <translation>&quot;name&quot; 必须是由非空字符串组成的列表</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty list of strings</source>
        <translation>&quot;name&quot; 必须是非空的字符串列表</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be an object</source>
        <translation>&quot;rule&quot; 必须是对象</translation>
    </message>
    <message>
        <source>a regex rule needs a non-empty &quot;regex&quot; string</source>
        <translation>正则规则需要一个非空的 &quot;regex&quot; 字符串</translation>
    </message>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>无效的正则表达式 &quot;%1&quot;：%2，位于偏移量 %3</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot; (known: regex, none)</source>
        <translation>未知的规则类型 &quot;%1&quot;（已知类型：regex、none）</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be an object</source>
        <translation>&quot;data&quot; 必须是对象</translation>
    </message>
    <message>
        <source>categories must be a JSON list of rules, or an object with a &quot;categories&quot; list</source>
        <translation>分类必须是由规则组成的 JSON 列表，或包含 &quot;categories&quot; 列表的对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Reads what Stint has recorded.</source>
        <translation>读取 Stint 记录的数据。</translation>
    </message>
    <message>
        <source>Print JSON (ActivityWatch&apos;s format).</source>
        <translation>输出 JSON（ActivityWatch 格式）。</translation>
    </message>
    <message>
        <source>Only events that end at or after &lt;time&gt;.</source>
        <translation>仅显示在 &lt;time&gt; 或之后结束的事件。</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>Only events that start at or before &lt;time&gt;.</source>
        <translation>仅显示在 &lt;time&gt; 或之前开始的事件。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; events (summary: rows, default 10).</source>
        <translation>最多 &lt;n&gt; 个事件（summary：行数，默认 10）。</translation>
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
        <translation>summary：整周。</translation>
    </message>
    <message>
        <source>summary: the whole month.</source>
        <translation>summary：整月。</translation>
    </message>
    <message>
        <source>summary: the whole year.</source>
        <translation>summary：整年。</translation>
    </message>
    <message>
        <source>summary: group by app, title, category or domain.</source>
        <translation>summary：按应用、标题、分类或域名分组。</translation>
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
        <translation>export：仅此存储桶（可重复指定多个）。</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>id</translation>
    </message>
    <message>
        <source>export: json (default) or csv.</source>
        <translation>export：json（默认）或 csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Cannot read the time &apos;%1&apos;; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>无法识别时间“%1”；请使用 RFC 3339 或 YYYY-MM-DD[THH:MM[:SS]]。</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit 需要一个不小于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>未知命令或参数错误：%1</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>最晚</translation>
    </message>
    <message>
        <source>START</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>--by takes app, title, category or domain, not &apos;%1&apos;.</source>
        <translation>--by 的取值为 app、title、category 或 domain，而不是“%1”。</translation>
    </message>
    <message>
        <source>Choose one period: --date, --week, --month, --year, or --start and --end.</source>
        <translation>请选择一个时间段：--date、--week、--month、--year，或 --start 与 --end。</translation>
    </message>
    <message>
        <source>Cannot read the date &apos;%1&apos;; use YYYY-MM-DD.</source>
        <translation>无法识别日期“%1”；请使用 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>A custom period needs both --start and --end, with the end after the start.</source>
        <translation>自定义时间段需要同时指定 --start 和 --end，且结束时间晚于开始时间。</translation>
    </message>
    <message>
        <source>%1 to %2: %3 active</source>
        <translation>%1 至 %2：活跃 %3</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>，暂停 %1</translation>
    </message>
    <message>
        <source>, productivity %1</source>
        <translation>，生产力 %1</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>分类</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>未导入 %1：%2</translation>
    </message>
    <message>
        <source>The categories were not stored: %1</source>
        <translation>未能保存分类：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>已导入 %n 个分类。</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>已导出 %n 个分类。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: categories, categories export FILE or categories import FILE.</source>
        <translation>用法：categories、categories export FILE 或 categories import FILE。</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &apos;%1&apos;.</source>
        <translation>--format 的取值为 json 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>--bucket applies to the JSON export; the CSV is the combined activity.</source>
        <translation>--bucket 仅适用于 JSON 导出；CSV 是合并后的活动数据。</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end 不能早于 --start。</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>无法读取 %1：文件不存在。</translation>
    </message>
    <message>
        <source>The import could not be committed: %1</source>
        <translation>无法提交导入：%1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>no database yet: nothing has been recorded in this location</source>
        <translation>尚无数据库：此位置还没有任何记录</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)</source>
        <translation>架构版本：%1（此版本：%2）</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message>
        <source>note: the database is not in WAL mode; readers may wait for commits</source>
        <translation>注意：数据库不处于 WAL 模式；读取方可能需要等待提交</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>完整性：%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>gnome-extension takes &apos;install&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>gnome-extension 的取值为“install”或“status”，而不是“%1”。</translation>
    </message>
    <message>
        <source>  gnome-extension install|status   install Stint&apos;s GNOME Shell extension (it shows Stint the
                                   focused window on GNOME), or tell whether it runs
</source>
        <translation>  gnome-extension install|status   安装 Stint 的 GNOME Shell 扩展（它在 GNOME 上
                                   告知 Stint 当前焦点窗口），或显示它是否在运行
</translation>
    </message>
    <message>
        <source>Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).
</source>
        <translation>时间 T：RFC 3339（2026-11-24T09:30:00Z）或本地时间（2026-11-24、2026-11-24T09:30）。
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>已导出 %n 行活动数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>…… 已读取 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>已导出 %n 个事件（存储桶：%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>autostart takes &apos;enable&apos;, &apos;disable&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>autostart 的取值为“enable”“disable”或“status”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Stint will start at login (%1).</source>
        <translation>Stint 将在登录时启动（%1）。</translation>
    </message>
    <message>
        <source>Stint will not start at login.</source>
        <translation>Stint 将不会在登录时启动。</translation>
    </message>
    <message>
        <source>problem: there is no file %1</source>
        <translation>问题：文件 %1 不存在</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个事件备份到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>api allow: yes, let every page of this web site read and write activity.</source>
        <translation>api allow：是，允许此网站的每个页面读写活动数据。</translation>
    </message>
    <message>
        <source>Use: api origins, api allow ORIGIN or api disallow ORIGIN.</source>
        <translation>用法：api origins、api allow ORIGIN 或 api disallow ORIGIN。</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>ALLOWED BY</source>
        <translation>允许依据</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin: give it as scheme://host[:port], e.g. chrome-extension://&lt;id&gt;, as Settings or Stint&apos;s log shows it.</source>
        <translation>“%1”不是来源：请按 scheme://host[:port] 的形式给出，例如 chrome-extension://&lt;id&gt;，与“设置”或 Stint 日志中显示的一致。</translation>
    </message>
    <message>
        <source>%1 is not a browser extension: any page from it could then write and read your activity data. Add --yes if that is what you want.</source>
        <translation>%1 不是浏览器扩展：此后它的任何页面都可以写入和读取您的活动数据。如果这正是您想要的，请添加 --yes。</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1 已被允许。</translation>
    </message>
    <message>
        <source>%1 was not added, so there is nothing to disallow (built-in origins and patterns stay).</source>
        <translation>%1 并非手动添加，因此无可移除（内置来源和模式保持不变）。</translation>
    </message>
    <message>
        <source>The setting was not stored: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <source>Allowed %1.</source>
        <translation>已允许 %1。</translation>
    </message>
    <message>
        <source>Disallowed %1.</source>
        <translation>已不再允许 %1。</translation>
    </message>
    <message>
        <source>The running Stint applies it now.</source>
        <translation>正在运行的 Stint 会立即应用。</translation>
    </message>
    <message>
        <source>Stint applies it when it starts.</source>
        <translation>Stint 会在启动时应用。</translation>
    </message>
    <message>
        <source>summary: the day &lt;date&gt; (YYYY-MM-DD); trends: the last day.</source>
        <translation>summary：&lt;date&gt; 当天（YYYY-MM-DD）；trends：最后一天。</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; weeks (default 12).</source>
        <translation>trends：最近 &lt;n&gt; 周（默认 12）。</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; months.</source>
        <translation>trends：最近 &lt;n&gt; 个月。</translation>
    </message>
    <message>
        <source>Choose one span: --weeks or --months.</source>
        <translation>请选择一种时段：--weeks 或 --months。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 的取值为 1 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>%1 至 %2：活跃 %3，与之前 %n 天相比 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily average %1, busiest day %2, productivity %3</source>
        <translation>日均 %1，最忙的一天 %2，生产力 %3</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>变化</translation>
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
        <translation>命令：
  buckets [--json]                 列出存储桶及其最早/最晚事件和事件数
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   列出存储桶的事件，最新的在前
  check [FILE]                     检查数据库，或数据库文件 FILE（备份）：
                                   完整性、架构版本、日志模式；发现问题时
                                   以 1 退出
  backup FILE                      将数据库的一致副本写入 FILE，Stint 正在记录时
                                   也可以；单个文件，并经过检查
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   活跃时间都花在了哪里（默认为今天；--date
                                   选择某一天，或包含该天的周/月/年）
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   每周或每月按顶级分类的活跃时间、
                                   生产力评分，以及与之前同等时段相比的变化
                                   （默认为截至今天或 D 的最近 12 周）
  search TEXT [--regex] [--from D] [--to D] [--json]
                                   应用、窗口标题或 URL 包含 TEXT（或匹配该
                                   正则表达式）的活跃时间，按应用和标题列出，
                                   并显示首次和最后出现的时间；范围为全部历史，
                                   或从某天或某时刻 D 起、至 D 止
  goals [--date D] [--json]        当天（今天或 D）及其所在周的
                                   目标进度
  categories [export FILE | import FILE]
                                   列出分类，或写入/读取 ActivityWatch 的文件
  export [FILE] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   ActivityWatch 的导出 JSON（所有存储桶或指定的
                                   存储桶），或活跃时间的 CSV；未指定 FILE 时输出到
                                   标准输出；指定范围时事件会被裁剪到该范围内
  import FILE                      导入 ActivityWatch 导出文件（.json）或 aw-server-rust 的
                                   sqlite.db；已存储的事件会被跳过
  autostart enable|disable|status  登录时启动 Stint（最小化）、不再登录时启动，
                                   或输出 &apos;enabled&apos; 或 &apos;disabled&apos;
  api origins [--json]             HTTP API 允许访问的来源（浏览器扩展、页面）
  api allow ORIGIN [--yes]         允许某个来源，例如 chrome-extension://&lt;id&gt;；
                                   http(s):// 网站需要 --yes
  api disallow ORIGIN              不再允许您添加过的某个来源
  sync status [--json]             同步文件夹及其中的计算机
  sync now [--json]                立即与文件夹同步（通过正在运行的 Stint，
                                   若 Stint 未运行则自行同步）
  stopwatch start LABEL | stop | status [--json]
                                   启动一个命名计时器（并停止正在运行的计时器）、停止它，
                                   或显示正在运行的计时器；aw-webui 的秒表显示相同内容
  entry add --start T --end T LABEL
                                   手动添加离开计算机期间所花的时间
</translation>
    </message>
    <message>
        <source>summary, trends: only this host, or all (the default): every host combined, each moment counted once, this computer&apos;s first.</source>
        <translation>summary、trends：仅此主机，或 all（默认）：合并所有主机，每个时刻只计一次，优先计入本机。</translation>
    </message>
    <message>
        <source>search: TEXT is a regular expression.</source>
        <translation>search：TEXT 是正则表达式。</translation>
    </message>
    <message>
        <source>search: from this day or time on.</source>
        <translation>search：从此日期或时刻起。</translation>
    </message>
    <message>
        <source>search: up to the end of this day, or this time.</source>
        <translation>search：截至此日期结束，或截至此时刻。</translation>
    </message>
    <message>
        <source>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry or gnome-extension</source>
        <translation>buckets、events、check、backup、summary、trends、search、goals、categories、export、import、autostart、api、sync、stopwatch、entry 或 gnome-extension</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>每天最多 %1</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>每周最多 %1</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>每天至少 %1</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>每周至少 %1</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>已超出限制</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>还剩 %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>还差 %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <extracomment>stint-cli goals: &quot;Social: 42 min of at most 30 min a day, over the limit&quot;</extracomment>
        <translation>%1：%2 / %3，%4</translation>
    </message>
    <message>
        <source>No goals set (Settings → Goals in Stint&apos;s window).</source>
        <translation>未设置目标（在 Stint 窗口中的“设置 → 目标”）。</translation>
    </message>
    <message>
        <source>Day of %1:</source>
        <translation>%1 当日：</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>%1 所在周：</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>无法搜索：%1</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>范围的结束必须晚于其开始。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n 个结果，活跃 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1, last seen %2</source>
        <translation>首次出现 %1，最后出现 %2</translation>
    </message>
    <message>
        <source>Use: sync status or sync now.</source>
        <translation>用法：sync status 或 sync now。</translation>
    </message>
    <message>
        <source>Sync is off: choose a folder in Settings &gt; Data or start Stint with --sync-dir FOLDER.</source>
        <translation>同步已关闭：请在“设置 &gt; 数据”中选择文件夹，或使用 --sync-dir FOLDER 启动 Stint。</translation>
    </message>
    <message>
        <source>The running Stint synced.</source>
        <translation>正在运行的 Stint 已完成同步。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>已写入 %1（%n 个事件新增或更新）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): no database file yet.</source>
        <translation>%1（%2）：尚无数据库文件。</translation>
    </message>
    <message>
        <source>%1 (%2): up to date.</source>
        <translation>%1（%2）：已是最新。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1（%2）：已复制 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>同步已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>同步文件夹：%1（每 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer: %1, device %2</source>
        <translation>本机：%1，设备 %2</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>（尚未同步）</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>尚无数据库文件</translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>文件更改于 %1，已复制 %n 个事件到本机</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> （已隐藏）</translation>
    </message>
    <message>
        <source>Waiting for another stint-cli to finish writing...</source>
        <translation>正在等待另一个 stint-cli 完成写入...</translation>
    </message>
    <message>
        <source>a Stint holds the database but does not answer</source>
        <translation>某个 Stint 持有数据库，但没有响应</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>DBusIdleBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>cannot read the idle time: %1</source>
        <translation>无法读取空闲时间：%1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of %1.</source>
        <translation>将数据库保存在 &lt;dir&gt; 而不是 %1。</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>the value name in --help: --data-dir &lt;dir&gt;</extracomment>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use a separate testing database (stint-testing.db).</source>
        <translation>使用单独的测试数据库（stint-testing.db）。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 就是数据库本身</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot copy the database to %1: %2</source>
        <translation>无法将数据库复制到 %1：%2</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>副本未通过检查：%1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds, short</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>a duration in minutes, short</extracomment>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>a duration in hours, short</extracomment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration in hours and minutes, short</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>0 %</source>
        <extracomment>a share of the active time</extracomment>
        <translation>0%</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>&lt; 1%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>EventOps</name>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>无效的正则表达式 &quot;%1&quot;：%2，位于偏移量 %3</translation>
    </message>
</context>
<context>
    <name>GnomeExtension</name>
    <message>
        <source>Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). Install it with &apos;stint-cli gnome-extension install&apos;, log out and back in, then enable it with &apos;gnome-extensions enable %1&apos; or in the Extensions app.</source>
        <translation>Stint 通过其 GNOME Shell 扩展（需要 GNOME 45 或更高版本）在 GNOME 上跟踪焦点窗口。请用 &apos;stint-cli gnome-extension install&apos; 安装，注销并重新登录，然后用 &apos;gnome-extensions enable %1&apos; 或在“扩展”应用中启用它。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>无法创建目录 %1。</translation>
    </message>
    <message>
        <source>This build of Stint lacks the extension file %1.</source>
        <translation>Stint 的此版本缺少扩展文件 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Installed Stint&apos;s GNOME Shell extension into %1.
Log out and back in so GNOME Shell finds it, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>已将 Stint 的 GNOME Shell 扩展安装到 %1。
请注销并重新登录以便 GNOME Shell 找到它，然后用 &apos;gnome-extensions enable %2&apos;（或在“扩展”应用中）启用它。</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is not installed (%1). %2</source>
        <translation>Stint 的 GNOME Shell 扩展未安装（%1）。%2</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension in %1 differs from the one this Stint ships: run &apos;stint-cli gnome-extension install&apos; again, then log out and back in.</source>
        <translation>%1 中的 Stint GNOME Shell 扩展与此 Stint 附带的版本不同：请再次运行 &apos;stint-cli gnome-extension install&apos;，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 and running.</source>
        <translation>Stint 的 GNOME Shell 扩展已安装在 %1 中，且正在运行。</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 but not running: log out and back in, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Stint 的 GNOME Shell 扩展已安装在 %1 中，但未运行：请注销并重新登录，然后用 &apos;gnome-extensions enable %2&apos;（或在“扩展”应用中）启用它。</translation>
    </message>
</context>
<context>
    <name>GnomeShellWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>cannot subscribe to %1.Changed: %2</source>
        <translation>无法订阅 %1.Changed：%2</translation>
    </message>
    <message>
        <source>GNOME Shell does not answer for Stint&apos;s extension (%1): %2</source>
        <translation>GNOME Shell 未响应 Stint 扩展（%1）：%2</translation>
    </message>
    <message>
        <source>GNOME Shell left the session bus; waiting for it to come back</source>
        <translation>GNOME Shell 已离开会话总线；正在等待其恢复</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>&quot;category&quot; is not a list of up to %1 names</source>
        <translation>&quot;category&quot; 不是最多包含 %1 个名称的列表</translation>
    </message>
    <message>
        <source>&quot;category&quot; holds something other than a name</source>
        <translation>&quot;category&quot; 中包含名称以外的内容</translation>
    </message>
    <message>
        <source>&quot;type&quot; is neither &quot;atMost&quot; nor &quot;atLeast&quot;</source>
        <translation>&quot;type&quot; 既不是 &quot;atMost&quot; 也不是 &quot;atLeast&quot;</translation>
    </message>
    <message>
        <source>&quot;per&quot; is neither &quot;day&quot; nor &quot;week&quot;</source>
        <translation>&quot;per&quot; 既不是 &quot;day&quot; 也不是 &quot;week&quot;</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is not a whole number from 1 to %1</source>
        <translation>&quot;minutes&quot; 不是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>not a list of goals</source>
        <translation>不是目标列表</translation>
    </message>
    <message>
        <source>more than %1 goals</source>
        <translation>目标超过 %1 个</translation>
    </message>
    <message>
        <source>the same goal is given twice</source>
        <translation>同一目标出现了两次</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <extracomment>%1 is the position of the goal in the list, from 1</extracomment>
        <translation>目标 %1：%2</translation>
    </message>
    <message>
        <source>the time of the day&apos;s summary must be &quot;HH:MM&quot;</source>
        <translation>每日摘要的时间必须为 &quot;HH:MM&quot;</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>已导入 %n 个事件，跳过 %1 个已存在的事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2): %3 imported, %4 duplicates%5</source>
        <translation>  %1（%2）：已导入 %3 个，重复 %4 个%5</translation>
    </message>
    <message>
        <source>new bucket</source>
        <translation>新存储桶</translation>
    </message>
    <message>
        <source>existing bucket</source>
        <translation>现有存储桶</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>，未完成</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>导入已停止：%1</translation>
    </message>
    <message>
        <source>Everything listed above was imported; the rest of the unfinished bucket and any bucket after it in the file were not.</source>
        <translation>上面列出的内容均已导入；未完成的存储桶的其余部分以及文件中其后的所有存储桶均未导入。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>The database could not commit before the import: %1</source>
        <translation>导入前数据库无法提交：%1</translation>
    </message>
    <message>
        <source>Cannot save bucket &apos;%1&apos;: %2</source>
        <translation>无法保存存储桶“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create bucket &apos;%1&apos;: %2</source>
        <translation>无法创建存储桶“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>无法读取存储桶“%1”：%2</translation>
    </message>
    <message>
        <source>Storing events of bucket &apos;%1&apos; failed: %2</source>
        <translation>存储存储桶“%1”的事件失败：%2</translation>
    </message>
    <message>
        <source>The imported events could not be committed: %1</source>
        <translation>无法提交导入的事件：%1</translation>
    </message>
</context>
<context>
    <name>KWinWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>cannot register %1 on the session bus: %2</source>
        <translation>无法在会话总线上注册 %1：%2</translation>
    </message>
    <message>
        <source>the KWin script is missing from this build (%1)</source>
        <translation>此版本缺少 KWin 脚本（%1）</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the KWin script</source>
        <translation>无法为 KWin 脚本创建目录 %1</translation>
    </message>
    <message>
        <source>cannot write the KWin script %1: %2</source>
        <translation>无法写入 KWin 脚本 %1：%2</translation>
    </message>
    <message>
        <source>KWin (%1) is not on the session bus</source>
        <translation>KWin（%1）不在会话总线上</translation>
    </message>
    <message>
        <source>KWin refused to load the script %1</source>
        <translation>KWin 拒绝加载脚本 %1</translation>
    </message>
    <message>
        <source>KWin&apos;s scripting interface failed: %1</source>
        <translation>KWin 的脚本接口出错：%1</translation>
    </message>
    <message>
        <source>KWin did not start the script: %1</source>
        <translation>KWin 未启动脚本：%1</translation>
    </message>
    <message>
        <source>KWin left the session bus; waiting for it to come back to follow the active window</source>
        <translation>KWin 已离开会话总线；正在等待其恢复以跟踪活动窗口</translation>
    </message>
</context>
<context>
    <name>MacWindowBackend</name>
    <message>
        <source>Stint needs Accessibility permission to read window titles: System Settings → Privacy &amp; Security → Accessibility</source>
        <translation>Stint 需要“辅助功能”权限才能读取窗口标题：系统设置 → 隐私 &amp; 安全性 → 辅助功能</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>the entry is empty: its end is its start</source>
        <translation>条目为空：其结束时间就是开始时间</translation>
    </message>
    <message>
        <source>the end lies before the start</source>
        <translation>结束时间早于开始时间</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>应为 {&quot;since&quot;: 时间, &quot;until&quot;: 时间或 null}</translation>
    </message>
</context>
<context>
    <name>PlatformBackends</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>X 显示 %1 缺少 MIT-SCREEN-SAVER 扩展，因此 Stint 无法判断您何时离开</translation>
    </message>
    <message>
        <source>XWayland is not running (DISPLAY is not set)</source>
        <translation>XWayland 未运行（未设置 DISPLAY）</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) has no window manager publishing the active window</source>
        <translation>XWayland（DISPLAY=%1）没有发布活动窗口的窗口管理器</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension</source>
        <translation>XWayland（DISPLAY=%1）缺少 MIT-SCREEN-SAVER 扩展</translation>
    </message>
    <message>
        <source>the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such as sway, Hyprland, river and labwc do)</source>
        <translation>合成器未提供 zwlr_foreign_toplevel_manager_v1（sway、Hyprland、river 和 labwc 等 wlroots 合成器提供）</translation>
    </message>
    <message>
        <source>the compositor does not offer %1</source>
        <translation>合成器未提供 %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)</source>
        <translation>没有可用于连接 KDE Plasma 或 GNOME 的 D-Bus 会话总线（%1）</translation>
    </message>
    <message>
        <source>neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus</source>
        <translation>D-Bus 会话总线上既没有 KWin（KDE Plasma），也没有 GNOME Shell</translation>
    </message>
    <message>
        <source>KWin&apos;s script did not load: %1</source>
        <translation>KWin 脚本未加载：%1</translation>
    </message>
    <message>
        <source>which window has focus (%1)</source>
        <translation>哪个窗口拥有焦点（%1）</translation>
    </message>
    <message>
        <source>when you are away (%1)</source>
        <translation>您何时离开（%1）</translation>
    </message>
    <message>
        <source>on the Wayland display %1 Stint cannot see %2</source>
        <translation>在 Wayland 显示 %1 上，Stint 无法得知%2</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical session to see which window has focus and whether you are away</source>
        <translation>未找到显示（未设置 DISPLAY 和 WAYLAND_DISPLAY）：Stint 需要图形会话才能得知哪个窗口拥有焦点以及您是否离开</translation>
    </message>
    <message>
        <source>Stint runs outside a graphical login session (over SSH?): it can watch windows and input only when it runs in the logged-in user&apos;s session.</source>
        <translation>Stint 运行在图形登录会话之外（通过 SSH？）：只有在已登录用户的会话中运行时，它才能监视窗口和输入。</translation>
    </message>
    <message>
        <source>Stint runs without a desktop (as a service?): it can watch windows and input only when it runs in the user&apos;s own session.</source>
        <translation>Stint 在没有桌面的环境中运行（作为服务？）：只有在用户自己的会话中运行时，它才能监视窗口和输入。</translation>
    </message>
    <message>
        <source>%1, nor %2</source>
        <extracomment>both things Stint cannot see: &quot;which window has focus (...), nor when you are away (...)&quot;</extracomment>
        <translation>%1，也无法得知%2</translation>
    </message>
</context>
<context>
    <name>PrivacyRules</name>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>规则必须是 JSON 数组</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;drop&quot; or &quot;redact&quot;</source>
        <translation>&quot;action&quot; 必须是 &quot;drop&quot; 或 &quot;redact&quot;</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>the start of day must be a time &quot;HH:MM&quot;, not %1</source>
        <translation>一天的开始时间必须是 &quot;HH:MM&quot; 格式的时间，而不是 %1</translation>
    </message>
    <message>
        <source>the start of week must be an English day name such as &quot;Monday&quot;, not &quot;%1&quot;</source>
        <translation>一周的第一天必须是英文星期名称（如 &quot;Monday&quot;），而不是 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>无法从架构版本 %1 迁移</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>迁移到架构版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>no database at %1</source>
        <translation>%1 处没有数据库</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>SQLite did not accept synchronous=FULL</source>
        <translation>SQLite 不接受 synchronous=FULL</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>无法创建数据目录 %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot set the journal mode of %1: %2</source>
        <translation>无法设置 %1 的日志模式：%2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 and uses &apos;%2&apos; instead; readers may wait for commits</source>
        <translation>SQLite 拒绝为 %1 使用 WAL 模式，改用“%2”；读取方可能需要等待提交</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>无法准备 %1：%2</translation>
    </message>
    <message>
        <source>an in-memory database has no reader connections</source>
        <translation>内存数据库没有读取连接</translation>
    </message>
</context>
<context>
    <name>SyncFolderReader</name>
    <message>
        <source>no temporary folder for a copy</source>
        <translation>没有可用于副本的临时文件夹</translation>
    </message>
    <message>
        <source>it cannot be copied (locked or being replaced)</source>
        <translation>无法复制它（已被锁定或正在被替换）</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again at the next sync.</source>
        <translation>已跳过 %1：%2。下次同步时会重新读取。</translation>
    </message>
    <message>
        <source>it is damaged or not completely synced yet (%1)</source>
        <translation>它已损坏或尚未完全同步（%1）</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Stint reads (up to %2)</source>
        <translation>它的架构版本 %1 比此 Stint 能读取的版本（最高 %2）更新</translation>
    </message>
    <message>
        <source>it is not an ActivityWatch database (schema version %1)</source>
        <translation>它不是 ActivityWatch 数据库（架构版本 %1）</translation>
    </message>
    <message>
        <source>the local bucket &apos;%1&apos; is not a copy from %2</source>
        <translation>本地存储桶“%1”不是来自 %2 的副本</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: %3</source>
        <translation>存储桶“%1”，位于 %2 的事件：%3</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>它在开始之前就结束了</translation>
    </message>
</context>
<context>
    <name>SyncFolderWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary file</source>
        <translation>无法将其复制到临时文件</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>同步文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>cannot read the setting &quot;%1&quot;</source>
        <translation>无法读取设置“%1”</translation>
    </message>
    <message>
        <source>not a folder name</source>
        <translation>不是文件夹名称</translation>
    </message>
    <message>
        <source>not a number of seconds from %1 to %2</source>
        <translation>不是 %1 到 %2 之间的秒数</translation>
    </message>
    <message>
        <source>not a list of hosts</source>
        <translation>不是主机列表</translation>
    </message>
</context>
<context>
    <name>WatcherBuckets</name>
    <message>
        <source>creating bucket %1 timed out</source>
        <translation>创建存储桶 %1 超时</translation>
    </message>
    <message>
        <source>cannot create bucket %1: %2</source>
        <translation>无法创建存储桶 %1：%2</translation>
    </message>
</context>
<context>
    <name>WatcherSettings</name>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>cannot read the setting &quot;%1&quot; from the database</source>
        <translation>无法从数据库读取设置“%1”</translation>
    </message>
    <message>
        <source>%1 s is outside %2 … %3 s</source>
        <translation>%1 秒超出范围 %2 … %3 秒</translation>
    </message>
</context>
<context>
    <name>WaylandConnection</name>
    <message>
        <source>no compositor is listening there</source>
        <translation>那里没有合成器在监听</translation>
    </message>
    <message>
        <source>the compositor closed the connection</source>
        <translation>合成器关闭了连接</translation>
    </message>
    <message>
        <source>cannot connect to a Wayland display: WAYLAND_DISPLAY is not set</source>
        <translation>无法连接到 Wayland 显示：未设置 WAYLAND_DISPLAY</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display %1: %2</source>
        <translation>无法连接到 Wayland 显示 %1：%2</translation>
    </message>
    <message>
        <source>protocol error %1 on %2@%3</source>
        <translation>%2@%3 上的协议错误 %1</translation>
    </message>
    <message>
        <source>lost the connection to the Wayland display %1 (%2); retrying</source>
        <translation>与 Wayland 显示 %1 的连接已断开（%2）；正在重试</translation>
    </message>
</context>
<context>
    <name>WaylandIdleBackend</name>
    <message>
        <source>an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)</source>
        <translation>空闲协议（ext_idle_notifier_v1 或 org_kde_kwin_idle）</translation>
    </message>
    <message>
        <source>a seat (wl_seat)</source>
        <translation>席位（wl_seat）</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away</source>
        <translation>%1 上的 Wayland 合成器未提供%2，因此 Stint 无法判断您何时离开</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the two things a compositor lacks: &quot;an idle protocol (...) and a seat (wl_seat)&quot;</extracomment>
        <translation>%1和%2</translation>
    </message>
</context>
<context>
    <name>WaylandWindowBackend</name>
    <message>
        <source>the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see which window has focus</source>
        <translation>%1 上的 Wayland 合成器未提供 zwlr_foreign_toplevel_manager_v1，因此 Stint 无法得知哪个窗口拥有焦点</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which window has focus</source>
        <translation>%1 上的 Wayland 合成器撤回了 zwlr_foreign_toplevel_manager_v1；Stint 无法得知哪个窗口拥有焦点</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 finished); Stint cannot see which window has focus</source>
        <translation>%1 上的 Wayland 合成器停止列出窗口（zwlr_foreign_toplevel_manager_v1 已结束）；Stint 无法得知哪个窗口拥有焦点</translation>
    </message>
</context>
<context>
    <name>WindowPattern</name>
    <message>
        <source>invalid %1 pattern &quot;%2&quot;: %3 at offset %4</source>
        <translation>无效的 %1 模式 &quot;%2&quot;：%3，位于偏移量 %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; 必须是字符串</translation>
    </message>
    <message>
        <source>a rule needs an app or a title pattern</source>
        <translation>规则需要应用模式或标题模式</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>规则必须是 JSON 数组</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>规则 %1：%2</translation>
    </message>
</context>
<context>
    <name>X11Connection</name>
    <message>
        <source>no X server is running there, or it refused the connection</source>
        <translation>那里没有运行 X 服务器，或服务器拒绝了连接</translation>
    </message>
    <message>
        <source>the server lacks a required extension</source>
        <translation>服务器缺少必需的扩展</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the display name is not valid</source>
        <translation>显示名称无效</translation>
    </message>
    <message>
        <source>the server has no such screen</source>
        <translation>服务器没有此屏幕</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: %2</source>
        <translation>无法连接到 X 显示 %1：%2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the server has no screen %2</source>
        <translation>无法连接到 X 显示 %1：服务器没有屏幕 %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the connection broke at once</source>
        <translation>无法连接到 X 显示 %1：连接立即断开</translation>
    </message>
    <message>
        <source>lost the connection to the X display %1; retrying</source>
        <translation>与 X 显示 %1 的连接已断开；正在重试</translation>
    </message>
</context>
<context>
    <name>X11IdleBackend</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>X 显示 %1 缺少 MIT-SCREEN-SAVER 扩展，因此 Stint 无法判断您何时离开</translation>
    </message>
</context>
<context>
    <name>X11WindowBackend</name>
    <message>
        <source>the window manager on the X display %1 does not publish the active window (_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH standard (most do) to see which window has focus</source>
        <translation>X 显示 %1 上的窗口管理器未发布活动窗口（_NET_ACTIVE_WINDOW）；Stint 需要遵循 EWMH 标准的窗口管理器（大多数都遵循）才能得知哪个窗口拥有焦点</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds</source>
        <translation>“%1”不是秒数</translation>
    </message>
    <message>
        <source>Stint records which application has your attention, and when you are away, and keeps it on this computer.</source>
        <translation>Stint 记录哪个应用程序正吸引您的注意力以及您何时离开，并将这些数据保存在本机上。</translation>
    </message>
    <message>
        <source>Record without a window (the watchers still need a graphical session).</source>
        <translation>不显示窗口进行记录（监视器仍需要图形会话）。</translation>
    </message>
    <message>
        <source>Read the focused window every &lt;seconds&gt; (default 1; overrides the setting).</source>
        <translation>每 &lt;seconds&gt; 秒读取一次焦点窗口（默认 1；覆盖设置）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>a value name in --help: &lt;seconds&gt;</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Count as away after &lt;seconds&gt; without input (default 180; overrides the setting).</source>
        <translation>无输入 &lt;seconds&gt; 秒后视为离开（默认 180；覆盖设置）。</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (when the desktop has a tray).</source>
        <translation>启动时最小化到系统托盘而不打开窗口（当桌面提供托盘时）。</translation>
    </message>
    <message>
        <source>Serve the ActivityWatch-compatible HTTP API on &lt;port&gt; of 127.0.0.1 (default 5600, 5666 with --testing; overrides the setting).</source>
        <translation>在 127.0.0.1 的 &lt;port&gt; 端口上提供兼容 ActivityWatch 的 HTTP API（默认 5600，使用 --testing 时为 5666；覆盖设置）。</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>the value name in --help: --port &lt;port&gt;</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Do not serve the HTTP API.</source>
        <translation>不提供 HTTP API。</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port：“%1”不是 1 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>Stint cannot open its database: %1</source>
        <translation>Stint 无法打开其数据库：%1</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot record activity: %1</source>
        <translation>Stint 无法记录活动：%1</translation>
    </message>
    <message>
        <source>the final save failed: %1</source>
        <translation>最终保存失败：%1</translation>
    </message>
    <message>
        <source>Print the version of Stint and of Qt, then exit.</source>
        <translation>显示 Stint 和 Qt 的版本，然后退出。</translation>
    </message>
    <message>
        <source>Stint is already running; its window is shown now.</source>
        <translation>Stint 已在运行；现已显示其窗口。</translation>
    </message>
    <message>
        <source>Stint is already running without a window (--no-gui).</source>
        <translation>Stint 已在无窗口模式下运行（--no-gui）。</translation>
    </message>
    <message>
        <source>cannot tell whether Stint is running already: %1</source>
        <translation>无法判断 Stint 是否已在运行：%1</translation>
    </message>
    <message>
        <source>Stint is already running.</source>
        <translation>Stint 已在运行。</translation>
    </message>
    <message>
        <source>Sync with other computers through &lt;folder&gt; (shared by Syncthing, Dropbox, ...); remembered in the settings.</source>
        <translation>通过 &lt;folder&gt;（由 Syncthing、Dropbox 等共享）与其他计算机同步；该设置会被记住。</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>the value name in --help: --sync-dir &lt;folder&gt;</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Sync every &lt;seconds&gt; (default 300; overrides the setting).</source>
        <translation>每 &lt;seconds&gt; 秒同步一次（默认 300；覆盖设置）。</translation>
    </message>
    <message>
        <source>--sync-interval: &quot;%1&quot; is not a number of seconds from %2 to %3</source>
        <translation>--sync-interval：“%1”不是 %2 到 %3 之间的秒数</translation>
    </message>
    <message>
        <source>--sync-dir: the folder was not stored: %1</source>
        <translation>--sync-dir：未能保存该文件夹：%1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>the stored setting &quot;%1&quot; is invalid: %2</source>
        <translation>已存储的设置“%1”无效：%2</translation>
    </message>
</context>
<context>
    <name>stint</name>
    <message>
        <source>the datastore gave no answer</source>
        <translation>数据存储未返回应答</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>应为 {&quot;since&quot;: 时间, &quot;until&quot;: 时间或 null}</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 expected</source>
        <translation>应为 1 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>a string expected</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>a whole number of bytes from %1 to %2 expected</source>
        <translation>应为 %1 到 %2 之间的整数字节数</translation>
    </message>
    <message>
        <source>a list of strings expected</source>
        <translation>应为字符串列表</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2 expected</source>
        <translation>应为 %1 到 %2 之间的整数秒数</translation>
    </message>
    <message>
        <source>an object of dates expected</source>
        <translation>应为由日期组成的对象</translation>
    </message>
</context>
<context>
    <name>stint::AboutDialog</name>
    <message>
        <source>About Stint</source>
        <translation>关于 Stint</translation>
    </message>
    <message>
        <source>Stint %1</source>
        <translation>Stint %1</translation>
    </message>
    <message>
        <source>A native desktop activity tracker, compatible with ActivityWatch.</source>
        <translation>原生桌面活动跟踪器，与 ActivityWatch 兼容。</translation>
    </message>
    <message>
        <source>Stint is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Stint 是自由软件：您可以依据自由软件基金会发布的 &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU 通用公共许可证&lt;/a&gt;第 3 版或（由您选择）任何更高版本（%1）的条款重新分发和/或修改它。它不提供任何担保。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>使用 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>stint::ActivityPage</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>活跃时间</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>各分类的评分，按在每个分类中花费的时间加权</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>生产力评分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Waiting for the first window…</source>
        <translation>正在等待第一个窗口…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>heading above the window in focus right now</extracomment>
        <translation>当前</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Click an app to see only its time</source>
        <translation>点击某个应用以仅查看其时间</translation>
    </message>
    <message>
        <source>Top apps</source>
        <translation>主要应用</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Top window titles</source>
        <translation>主要窗口标题</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>主要分类</translation>
    </message>
    <message>
        <source>Active time per hour</source>
        <translation>每小时活跃时间</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>app “%1”</source>
        <translation>应用“%1”</translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>分类“%1”</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>仅显示%1</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Could not read the activity: %1</source>
        <translation>无法读取活动数据：%1</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>此时间段内没有活动</translation>
    </message>
    <message>
        <source>Active time (paused %1)</source>
        <translation>活跃时间（暂停 %1）</translation>
    </message>
    <message>
        <source>%1 of your active time in this period is uncategorized. &lt;a href=&quot;rules&quot;&gt;Add category rules&lt;/a&gt; to see where it went.</source>
        <translation>此时间段内有 %1 的活跃时间未分类。&lt;a href=&quot;rules&quot;&gt;添加分类规则&lt;/a&gt;以了解这些时间的去向。</translation>
    </message>
    <message>
        <source>%1:00 – %2:00</source>
        <translation>%1:00 – %2:00</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>每月活跃时间</translation>
    </message>
    <message>
        <source>Active time per day</source>
        <translation>每天活跃时间</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>M月</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>ddd</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d日 ddd</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>You are away: no input for a while. Recording goes on when you are back.</source>
        <translation>您已离开：一段时间内没有输入。您回来后会继续记录。</translation>
    </message>
    <message>
        <source>Recording is paused until %1.</source>
        <translation>记录已暂停至 %1。</translation>
    </message>
    <message>
        <source>Recording is paused.</source>
        <translation>记录已暂停。</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>未在记录。</translation>
    </message>
    <message>
        <source>Stint cannot save: %1. It keeps what it records in memory and tries again.</source>
        <translation>Stint 无法保存：%1。它会将记录的数据保留在内存中并重试。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>stint::ApiServer</name>
    <message>
        <source>port %1 on %2 is already in use (is another Stint or ActivityWatch server running?)</source>
        <translation>%2 上的端口 %1 已被占用（是否有另一个 Stint 或 ActivityWatch 服务器正在运行？）</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>stint::BrowserExtensionsPanel</name>
    <message>
        <source>Allow a web site</source>
        <translation>允许网站</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser extensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;浏览器扩展&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browser extensions such as aw-watcher-web send the pages you visit to Stint&apos;s HTTP API. Stint lets in the Chrome Web Store&apos;s aw-watcher-web and Firefox extensions; an extension from another store, or one you built yourself, is refused until you allow it here.</source>
        <translation>aw-watcher-web 等浏览器扩展会将您访问的页面发送到 Stint 的 HTTP API。Stint 允许来自 Chrome 网上应用店的 aw-watcher-web 和 Firefox 扩展；来自其他商店的扩展或您自行构建的扩展会被拒绝，直到您在此处允许它。</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>允许的来源</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>允许依据</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Stop letting the selected origin in (built-in ones stay)</source>
        <translation>不再允许所选来源（内置来源保留）</translation>
    </message>
    <message>
        <source>Refused origin</source>
        <translation>被拒绝的来源</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>允许(&amp;A)</translation>
    </message>
    <message>
        <source>Let the selected origin send and read activity</source>
        <translation>允许所选来源发送和读取活动数据</translation>
    </message>
    <message>
        <source>Refused recently (since Stint started):</source>
        <translation>最近被拒绝（自 Stint 启动以来）：</translation>
    </message>
    <message>
        <source>The HTTP API is not running, so no browser extension can reach Stint.</source>
        <translation>HTTP API 未运行，因此任何浏览器扩展都无法连接到 Stint。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>added (pattern)</source>
        <translation>已添加（模式）</translation>
    </message>
    <message>
        <source>First refused %1</source>
        <translation>首次拒绝于 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin that can be allowed.</source>
        <translation>“%1”不是可以允许的来源。</translation>
    </message>
    <message>
        <source>%1 is a web site, not a browser extension. If you allow it, any page from that site could then write and read your activity data.

Allow it anyway?</source>
        <translation>%1 是网站，而不是浏览器扩展。如果允许它，该网站的任何页面都可以写入和读取您的活动数据。

仍然允许吗？</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>更改未保存：%1</translation>
    </message>
</context>
<context>
    <name>stint::BucketTableModel</name>
    <message>
        <source>Bucket</source>
        <translation>存储桶</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>最早事件</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最晚事件</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
</context>
<context>
    <name>stint::CategoryEditor</name>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Rule (regex)</source>
        <translation>规则（正则表达式）</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>添加顶级分类</translation>
    </message>
    <message>
        <source>Add s&amp;ub</source>
        <translation>添加子分类(&amp;U)</translation>
    </message>
    <message>
        <source>Add a subcategory to the selected category</source>
        <translation>为所选分类添加子分类</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories</source>
        <translation>删除所选分类及其子分类</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>移到上一个同级分类之前</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>移到下一个同级分类之后</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>增加缩进</translation>
    </message>
    <message>
        <source>Make it a subcategory of the category above</source>
        <translation>使其成为上方分类的子分类</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>减少缩进</translation>
    </message>
    <message>
        <source>Move it up one level</source>
        <translation>将其上移一级</translation>
    </message>
    <message>
        <source>The name of this category (applied on Enter or when leaving the field)</source>
        <translation>此分类的名称（按 Enter 或离开此字段时生效）</translation>
    </message>
    <message>
        <source>empty: only groups subcategories</source>
        <translation>留空：仅用于归组子分类</translation>
    </message>
    <message>
        <source>A regular expression tried on every value of a window or tab: app, title, URL</source>
        <translation>对窗口或标签页的每个值（应用、标题、URL）尝试匹配的正则表达式</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Use the colour of the parent category</source>
        <translation>使用父分类的颜色</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>自有评分</translation>
    </message>
    <message>
        <source>Without its own score a category uses its parent&apos;s</source>
        <translation>没有自有评分的分类使用其父分类的评分</translation>
    </message>
    <message>
        <source>Productivity score: positive for productive time, negative for distraction</source>
        <translation>生产力评分：正值表示高效时间，负值表示分心</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Regex</source>
        <translation>正则表达式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>评分(&amp;O)</translation>
    </message>
    <message>
        <source>A window or browser tab gets the deepest category whose regex matches any of its values; among equally deep matches, the later rule wins.</source>
        <translation>窗口或浏览器标签页归入其正则表达式与其任一值匹配的最深层分类；深度相同时，靠后的规则优先。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Read categories from a file exported by Stint or ActivityWatch</source>
        <translation>从 Stint 或 ActivityWatch 导出的文件中读取分类</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Write these categories to a file ActivityWatch can import</source>
        <translation>将这些分类写入 ActivityWatch 可导入的文件</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Replace the categories with Stint&apos;s defaults</source>
        <translation>用 Stint 的默认分类替换当前分类</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>放弃未保存的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>保存分类</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>导入分类</translation>
    </message>
    <message>
        <source>Category files (*.json);;All files (*)</source>
        <translation>分类文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>导出分类</translation>
    </message>
    <message>
        <source>Cannot read the stored categories: %1</source>
        <translation>无法读取已存储的分类：%1</translation>
    </message>
    <message>
        <source>(groups subcategories)</source>
        <translation>（归组子分类）</translation>
    </message>
    <message>
        <source>Invalid regex: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Inherited – choose…</source>
        <translation>继承 – 选择…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Cannot count the matches of the last 7 days: %1</source>
        <translation>无法统计最近 7 天的匹配：%1</translation>
    </message>
    <message>
        <source>%1 by this rule, %2 with its subcategories</source>
        <translation>此规则匹配 %1，含子分类共 %2</translation>
    </message>
    <message>
        <source>Counting the last 7 days…</source>
        <translation>正在统计最近 7 天…</translation>
    </message>
    <message>
        <source>Uncategorized in the last 7 days: %1 of %2 active time (%3%)</source>
        <translation>最近 7 天未分类：%2 活跃时间中的 %1（%3%）</translation>
    </message>
    <message>
        <source>Last 7 days: %1 in its subcategories. This category has no regex of its own.</source>
        <translation>最近 7 天：子分类中 %1。此分类自身没有正则表达式。</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.</source>
        <translation>最近 7 天：此规则归类了 %1 的活跃时间，含子分类共 %2。</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time.</source>
        <translation>最近 7 天：此规则归类了 %1 的活跃时间。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>分类需要名称。</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>已存在分类“%1”。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新分类</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>新分类 %1</translation>
    </message>
    <message>
        <source>There is no category above to move it into.</source>
        <translation>上方没有可移入的分类。</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved. The reports use these categories now.</source>
        <translation>已保存。报告现在使用这些分类。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no usable categories: %2</source>
        <translation>%1 中没有可用的分类：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 条规则。尚未保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the categories first: %1</source>
        <translation>请先更正分类：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The productivity score on the Activity page is the mean of the categories&apos; scores, weighted by the time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.</source>
        <translation>“活动”页面上的生产力评分是各分类评分按在每个分类中花费的时间加权后的平均值（“未分类”计为 0）。使用这些分类时，它介于 %1 和 %2 之间。</translation>
    </message>
</context>
<context>
    <name>stint::Cli</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <source>Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].</source>
        <translation>用法：stopwatch start LABEL、stopwatch stop 或 stopwatch status [--json]。</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>没有正在运行的计时器。</translation>
    </message>
    <message>
        <source>%1: running for %2 (since %3)</source>
        <translation>%1：已运行 %2（自 %3 起）</translation>
    </message>
    <message>
        <source>Started %1 at %2.</source>
        <translation>已于 %2 启动 %1。</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>已停止 %1，共运行 %2。</translation>
    </message>
    <message>
        <source>Use: entry add --start T --end T LABEL.</source>
        <translation>用法：entry add --start T --end T LABEL。</translation>
    </message>
    <message>
        <source>Added %1 from %2 to %3 (%4).</source>
        <translation>已添加 %1，从 %2 到 %3（%4）。</translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Export everything as ActivityWatch&apos;s export file (other trackers and scripts read it) or the activity as a CSV table. Import an ActivityWatch export or ActivityWatch&apos;s own database (sqlite.db); events that are already here are skipped, so importing twice changes nothing.</source>
        <translation>将所有数据导出为 ActivityWatch 导出文件（其他跟踪器和脚本可读取），或将活动导出为 CSV 表格。可导入 ActivityWatch 导出文件或 ActivityWatch 自身的数据库（sqlite.db）；已存在的事件会被跳过，因此重复导入不会产生任何变化。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n event(s) read</source>
        <translation>
            <numerusform>正在导入… 已读取 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export (*.json)</source>
        <translation>ActivityWatch 导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Activity as CSV (*.csv)</source>
        <translation>CSV 格式的活动数据 (*.csv)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>导出活动</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>导入活动</translation>
    </message>
    <message>
        <source>ActivityWatch export or database (*.json *.db);;All files (*)</source>
        <translation>ActivityWatch 导出文件或数据库 (*.json *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>ActivityWatch&apos;s watchers and scripts can send data to Stint at http://127.0.0.1:%1/api/0/.</source>
        <translation>ActivityWatch 的监视器和脚本可以通过 http://127.0.0.1:%1/api/0/ 向 Stint 发送数据。</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is off.</source>
        <translation>供 ActivityWatch 监视器和脚本使用的 HTTP API 已关闭。</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is not running: %1</source>
        <translation>供 ActivityWatch 监视器和脚本使用的 HTTP API 未运行：%1</translation>
    </message>
    <message>
        <source>Stint keeps everything it records, and these settings, in one database file:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While Stint runs, recent changes may wait in a second file beside it; quitting Stint moves them into the database file. To copy the data while Stint runs, use Back up.</source>
        <translation>Stint 将记录的所有数据以及这些设置保存在一个数据库文件中：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Stint 运行时，最近的更改可能暂存在旁边的另一个文件中；退出 Stint 会将它们移入数据库文件。若要在 Stint 运行时复制数据，请使用“备份”。</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a complete, checked copy of the database to a file of your choice while Stint keeps recording.</source>
        <translation>在 Stint 继续记录的同时，将经过检查的完整数据库副本写入您选择的文件。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Stint database (*.db)</source>
        <translation>Stint 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>已将 %n 行活动数据导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>无法保存导入的数据：%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>已将 %n 个事件（存储桶：%1）导出到 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个事件备份到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DatePicker</name>
    <message>
        <source>Pick a date (days with data are bold)</source>
        <translation>选择日期（有数据的日期以粗体显示）</translation>
    </message>
</context>
<context>
    <name>stint::Desktop</name>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Stint keeps tracking</source>
        <translation>Stint 继续跟踪</translation>
    </message>
    <message>
        <source>Stint is still running in the tray. Choose Quit in its menu to stop tracking.</source>
        <translation>Stint 仍在托盘中运行。在其菜单中选择“退出”可停止跟踪。</translation>
    </message>
    <message>
        <source>Quit Stint?</source>
        <translation>退出 Stint？</translation>
    </message>
    <message>
        <source>There is no system tray to keep Stint in. Quit Stint and stop tracking?</source>
        <translation>没有可容纳 Stint 的系统托盘。要退出 Stint 并停止跟踪吗？</translation>
    </message>
    <message>
        <source>Browser extension refused</source>
        <translation>浏览器扩展被拒绝</translation>
    </message>
    <message>
        <source>A browser extension tried to send activity to Stint and was refused — review in Settings → Data → Browser extensions.
%1</source>
        <translation>有浏览器扩展尝试向 Stint 发送活动数据，已被拒绝——请在“设置 → 数据 → 浏览器扩展”中查看。
%1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
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
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
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
        <translation> 秒</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, you count as away</source>
        <translation>在这段时间内没有键盘或鼠标输入，即视为离开</translation>
    </message>
    <message>
        <source>How often the active window is read when the system does not report changes</source>
        <translation>系统不报告变化时，读取活动窗口的频率</translation>
    </message>
    <message>
        <source>Activity before this time counts for the previous day</source>
        <translation>此时间之前的活动计入前一天</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>放弃未保存的更改</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>无输入多久后视为离开</translation>
    </message>
    <message>
        <source>Check the active window every</source>
        <translation>检查活动窗口的间隔</translation>
    </message>
    <message>
        <source>Days and weeks</source>
        <translation>日和周</translation>
    </message>
    <message>
        <source>A day starts at</source>
        <translation>一天开始于</translation>
    </message>
    <message>
        <source>A week starts on</source>
        <translation>一周开始于</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Windows matching a rule are never stored as they are: excluded ones are recorded only as &quot;(excluded)&quot;, redacted ones keep the app but not the title. Regexes ignore case; either may be empty.</source>
        <translation>与规则匹配的窗口永远不会按原样存储：被排除的窗口仅记录为 &quot;(excluded)&quot;，被隐去标题的窗口保留应用但不保留标题。正则表达式不区分大小写；两者均可为空。</translation>
    </message>
    <message>
        <source>Always active</source>
        <translation>始终活跃</translation>
    </message>
    <message>
        <source>Time in matching windows counts as active even without input (videos, meetings).</source>
        <translation>在匹配的窗口中花费的时间即使没有输入也算作活跃（视频、会议）。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not a list of rules</source>
        <translation>不是规则列表</translation>
    </message>
    <message>
        <source>Correct the values shown and save to replace them.</source>
        <translation>请更正所示的值并保存以替换它们。</translation>
    </message>
    <message>
        <source>Away timeout: %1</source>
        <translation>离开超时：%1</translation>
    </message>
    <message>
        <source>Poll interval: %1</source>
        <translation>轮询间隔：%1</translation>
    </message>
    <message>
        <source>Start of day: %1</source>
        <translation>一天开始时间：%1</translation>
    </message>
    <message>
        <source>Start of week: %1</source>
        <translation>一周开始日：%1</translation>
    </message>
    <message>
        <source>Privacy rules: %1</source>
        <translation>隐私规则：%1</translation>
    </message>
    <message>
        <source>Always-active rules: %1</source>
        <translation>始终活跃规则：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved, but recording cannot use the new settings: %1</source>
        <translation>已保存，但记录无法使用新设置：%1</translation>
    </message>
    <message>
        <source>Saved. Recording uses the new settings now.</source>
        <translation>已保存。记录现已使用新设置。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Start Stint when I log in</source>
        <translation>登录时启动 Stint</translation>
    </message>
    <message>
        <source>Stint starts in the system tray when you log in</source>
        <translation>登录时 Stint 在系统托盘中启动</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>In force now: %1 s, given with %2 on the command line, which overrides this setting until Stint starts without it.</source>
        <translation>当前生效：%1 秒，由命令行上的 %2 指定；在 Stint 不带该选项启动之前，它会覆盖此设置。</translation>
    </message>
</context>
<context>
    <name>stint::GnomeExtensionPanel</name>
    <message>
        <source>GNOME does not tell other programs which window has the focus. Stint&apos;s small GNOME Shell extension (GNOME 45 or later) does, and only to programs of your session.</source>
        <translation>GNOME 不会告知其他程序哪个窗口拥有焦点。Stint 的小型 GNOME Shell 扩展（需要 GNOME 45 或更高版本）会提供这一信息，且仅提供给您会话中的程序。</translation>
    </message>
    <message>
        <source>Checking the extension…</source>
        <translation>正在检查扩展…</translation>
    </message>
    <message>
        <source>&amp;Install the extension</source>
        <translation>安装扩展(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>重新安装(&amp;I)</translation>
    </message>
    <message>
        <source>The extension could not be installed: %1</source>
        <translation>无法安装扩展：%1</translation>
    </message>
</context>
<context>
    <name>stint::GoalMonitor</name>
    <message>
        <source>Active time</source>
        <extracomment>the name of a goal that counts all active time, not one category</extracomment>
        <translation>活跃时间</translation>
    </message>
    <message>
        <source>Over your limit: %1</source>
        <translation>超出限制：%1</translation>
    </message>
    <message>
        <source>%1 today, more than the %2 you allowed for a day.</source>
        <translation>今天 %1，超过了您每天允许的 %2。</translation>
    </message>
    <message>
        <source>%1 this week, more than the %2 you allowed for a week.</source>
        <translation>本周 %1，超过了您每周允许的 %2。</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>已达成目标：%1</translation>
    </message>
    <message>
        <source>%1 today: your goal of %2 a day is reached.</source>
        <translation>今天 %1：已达成每天 %2 的目标。</translation>
    </message>
    <message>
        <source>%1 this week: your goal of %2 a week is reached.</source>
        <translation>本周 %1：已达成每周 %2 的目标。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Goals met today: %1 of %2</source>
        <translation>今天已达成的目标：%1 / %2</translation>
    </message>
    <message>
        <source>Your day so far: %1 active</source>
        <translation>今天到目前为止：活跃 %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalsCard</name>
    <message>
        <source>at most %1 a day</source>
        <translation>每天最多 %1</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>每周最多 %1</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>每天至少 %1</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>每周至少 %1</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>已超出限制</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>未超出限制</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>尚未达成</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
</context>
<context>
    <name>stint::GoalsSettings</name>
    <message>
        <source>Set yourself at most or at least so much time a day or a week, in one category (with its subcategories) or in all active time. The Activity page shows how far you are, and Stint tells you once when a limit is passed or a goal reached.</source>
        <translation>为自己设定每天或每周在某个分类（含其子分类）或全部活跃时间中最多或至少花费多少时间。“活动”页面会显示您的进度，当超出限制或达成目标时，Stint 会提醒您一次。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>添加目标(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>移除目标(&amp;M)</translation>
    </message>
    <message>
        <source>Sum up my day in a notification at</source>
        <translation>用通知总结我的一天，时间为</translation>
    </message>
    <message>
        <source>The active time, the top three categories and the goals met</source>
        <translation>活跃时间、前三个分类和已达成的目标</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>放弃未保存的更改</translation>
    </message>
    <message>
        <source>Cannot read the goals: %1</source>
        <translation>无法读取目标：%1</translation>
    </message>
    <message>
        <source>All active time</source>
        <translation>全部活跃时间</translation>
    </message>
    <message>
        <source>At most</source>
        <extracomment>a goal: at most so much time</extracomment>
        <translation>最多</translation>
    </message>
    <message>
        <source>At least</source>
        <extracomment>a goal: at least so much time</extracomment>
        <translation>至少</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Correct the goals shown and save to replace them.</source>
        <translation>请更正显示的目标并保存以替换它们。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>stint::HostSelector</name>
    <message>
        <source>Whose activity to show: this computer&apos;s, another computer&apos;s, or all of them with each moment counted once (this computer&apos;s activity first)</source>
        <translation>要显示谁的活动：本机的、另一台计算机的，或所有计算机的（每个时刻只计一次，优先计入本机的活动）</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>所有计算机</translation>
    </message>
</context>
<context>
    <name>stint::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>Show Stint in</source>
        <translation>Stint 显示语言</translation>
    </message>
    <message>
        <source>Stint will use %1 after it is restarted.</source>
        <translation>Stint 将在重新启动后使用 %1。</translation>
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
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All changes saved (write #%1)</source>
        <translation>所有更改已保存（写入 #%1）</translation>
    </message>
    <message>
        <source>Not saved since write #%1 - retrying</source>
        <translation>自写入 #%1 起未保存 - 正在重试</translation>
    </message>
</context>
<context>
    <name>stint::ManualEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>按分类规则</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>分类(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Give the entry a label.</source>
        <translation>请为条目填写标签。</translation>
    </message>
</context>
<context>
    <name>stint::ManualTimeDialog</name>
    <message>
        <source>Manual time</source>
        <translation>手动计时</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>您在做什么？</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>启动计时器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep the running timer going (run both)</source>
        <translation>保持正在运行的计时器继续运行（同时运行两个）(&amp;K)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>添加条目(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>停止计时器(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>按分类规则</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1（运行中）</translation>
    </message>
    <message>
        <source>by rules</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>Could not read the entries: %1</source>
        <translation>无法读取条目：%1</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>没有正在运行的计时器。</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1，已运行 %2</translation>
    </message>
    <message>
        <source>Give the timer a label first.</source>
        <translation>请先为计时器填写标签。</translation>
    </message>
</context>
<context>
    <name>stint::PatternTable</name>
    <message>
        <source>App (regex)</source>
        <translation>应用（正则表达式）</translation>
    </message>
    <message>
        <source>Title (regex)</source>
        <translation>标题（正则表达式）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Redact title</source>
        <translation>隐去标题</translation>
    </message>
    <message>
        <source>Exclude: stored only as &quot;(excluded)&quot;. Redact title: the app is kept, the title hidden.</source>
        <translation>排除：仅存储为 &quot;(excluded)&quot;。隐去标题：保留应用，隐藏标题。</translation>
    </message>
</context>
<context>
    <name>stint::PeriodNavigator</name>
    <message>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>显示一天</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>显示一周</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>显示一个月</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>显示一年</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>上一时间段（%1）</translation>
    </message>
    <message>
        <source>Next period (%1)</source>
        <translation>下一时间段（%1）</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>转到包含今天的时间段</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>昨天，%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy年</translation>
    </message>
</context>
<context>
    <name>stint::QuitController</name>
    <message>
        <source>Saving your activity…</source>
        <translation>正在保存您的活动…</translation>
    </message>
    <message>
        <source>Stint could not save</source>
        <translation>Stint 无法保存</translation>
    </message>
    <message>
        <source>The last minutes of your activity could not be saved:
%1

Nothing is lost while Stint keeps running. Retry, or cancel quitting and free some space or fix the problem first.</source>
        <translation>无法保存您最近几分钟的活动：
%1

只要 Stint 保持运行，数据就不会丢失。请重试，或取消退出，先释放一些空间或解决问题。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel quitting</source>
        <translation>取消退出</translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message>
        <source>Delete data</source>
        <translation>删除数据</translation>
    </message>
    <message>
        <source>Delete bucket…</source>
        <translation>删除存储桶…</translation>
    </message>
    <message>
        <source>Delete the selected bucket with all its events</source>
        <translation>删除所选存储桶及其所有事件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;存储桶&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>From the bucket&apos;s first event to its last</source>
        <translation>从存储桶的第一个事件到最后一个事件</translation>
    </message>
    <message>
        <source>Filter by any value (app, title, URL, …)</source>
        <translation>按任意值筛选（应用、标题、URL 等）</translation>
    </message>
    <message>
        <source>Delete events…</source>
        <translation>删除事件…</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>删除所选事件（Del）</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>截止(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>筛选(&amp;I)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;事件&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>Cannot read the buckets: %1</source>
        <translation>无法读取存储桶：%1</translation>
    </message>
    <message>
        <source>No buckets yet: nothing has been recorded.</source>
        <translation>尚无存储桶：还没有任何记录。</translation>
    </message>
    <message>
        <source>Cannot read the events of &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”的事件：%2</translation>
    </message>
    <message>
        <source>No event in this range matches the filter.</source>
        <translation>此范围内没有与筛选条件匹配的事件。</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>此范围内没有事件。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>%n 个匹配的事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from &quot;%1&quot;? This cannot be undone.</source>
        <translation>
            <numerusform>要从“%1”中删除 %n 个事件吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>已删除 %n 个事件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>要删除存储桶“%1”及其全部 %n 个事件吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bucket &quot;%1&quot;.</source>
        <translation>已删除存储桶“%1”。</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>显示 %Ln 个匹配事件中最新的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>显示 %Ln 个事件中最新的 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>按此顺序显示 %Ln 个匹配事件中的前 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>按此顺序显示 %Ln 个事件中的前 %1 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search apps, window titles and URLs</source>
        <translation>搜索应用、窗口标题和 URL</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>从 … 到 …</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Double-click a result to see it in the Timeline (its first stretch from &quot;First seen&quot;, else its last).</source>
        <translation>双击结果可在“时间线”中查看它（从“首次出现”开始的第一段，否则为最后一段）。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>最后一天早于第一天。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n 个结果，活跃 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SettingsPage</name>
    <message>
        <source>&amp;Categories</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>GNOME &amp;Shell</source>
        <translation>GNOME Shell(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Stint…</source>
        <translation>关于 Stint(&amp;A)…</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>目标(&amp;O)</translation>
    </message>
</context>
<context>
    <name>stint::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
    <message>
        <source>Another Stint holds %1 but does not answer.</source>
        <translation>另一个 Stint 持有 %1，但没有响应。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>the running Stint did not answer</source>
        <translation>正在运行的 Stint 没有响应</translation>
    </message>
</context>
<context>
    <name>stint::StackedBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>stint::SyncPanel</name>
    <message>
        <source>Several computers: Stint writes what it records into a folder that Syncthing, Dropbox or Nextcloud copies between your computers, and reads the others&apos; activity from it (ActivityWatch&apos;s aw-sync does the same). Deleting events here is not passed on to the other computers.</source>
        <translation>多台计算机：Stint 会将其记录的内容写入一个由 Syncthing、Dropbox 或 Nextcloud 在您的各台计算机之间复制的文件夹，并从中读取其他计算机的活动（ActivityWatch 的 aw-sync 也是这样做的）。在此处删除事件不会传递到其他计算机。</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>同步文件夹(&amp;S)…</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>关闭同步</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>文件更改时间</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>本机事件</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Leave this computer out of the reports and stop copying its activity.</source>
        <translation>在报告中排除此计算机，并停止复制其活动。</translation>
    </message>
    <message>
        <source>&amp;Delete here…</source>
        <translation>在本机删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the copies of this computer&apos;s activity on this computer (and hide it). The other computer keeps its data.</source>
        <translation>删除本机上此计算机活动的副本（并将其隐藏）。另一台计算机会保留自己的数据。</translation>
    </message>
    <message>
        <source>Delete %1 here</source>
        <translation>在本机删除 %1</translation>
    </message>
    <message>
        <source>Delete the activity copied from %1 on this computer? %1 keeps its own data, and it stays hidden here so the copies do not come back.</source>
        <translation>要删除本机上从 %1 复制的活动吗？%1 会保留自己的数据，并且它在此处保持隐藏，以免副本再次出现。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync is not available.</source>
        <translation>同步不可用。</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>同步文件夹：&lt;b&gt;%1&lt;/b&gt;，每 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>同步已关闭。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>尚无数据库文件</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>已于 %1 同步：从其他计算机复制了 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncthing is set up on this computer but does not answer at %1.</source>
        <translation>本机已设置 Syncthing，但它在 %1 没有响应。</translation>
    </message>
    <message>
        <source>No Syncthing found on this computer.</source>
        <translation>本机上未找到 Syncthing。</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer (%1), but the sync folder is not shared there.</source>
        <translation>Syncthing 正在本机上运行（%1），但同步文件夹未在其中共享。</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer and shares the sync folder (&quot;%1&quot;): %2.</source>
        <translation>Syncthing 正在本机上运行并共享同步文件夹（“%1”）：%2。</translation>
    </message>
    <message>
        <source>%1, %2 still to fetch</source>
        <translation>%1，还有 %2 待获取</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
</context>
<context>
    <name>stint::SyncService</name>
    <message>
        <source>Stint is quitting; sync did not run.</source>
        <translation>Stint 正在退出；未执行同步。</translation>
    </message>
</context>
<context>
    <name>stint::TimelinePage</name>
    <message>
        <source>Scroll to zoom, drag to move</source>
        <translation>滚动以缩放，拖动以移动</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show a longer stretch</source>
        <translation>显示更长的时间范围</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Show a shorter stretch</source>
        <translation>显示更短的时间范围</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>button: scroll the timeline to the present</extracomment>
        <translation>现在</translation>
    </message>
    <message>
        <source>Go to the present</source>
        <translation>转到当前时间</translation>
    </message>
    <message>
        <source>Timeline of every bucket</source>
        <translation>所有存储桶的时间线</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>无法读取时间线：%1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Go back by the span shown</source>
        <translation>后退一个当前显示的时间范围</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Go forward by the span shown</source>
        <translation>前进一个当前显示的时间范围</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>yyyy年M月d日 ddd HH:mm</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>手动计时…</translation>
    </message>
    <message>
        <source>Timers and entries by hand (right-drag over the timeline adds one)</source>
        <translation>计时器和手动条目（在时间线上用右键拖动可添加条目）</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>编辑条目…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>添加条目…</translation>
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
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 – %2
%3, %4 active</source>
        <translation>%1 – %2
%3，活跃 %4</translation>
    </message>
</context>
<context>
    <name>stint::TimelineView</name>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Active / away</source>
        <translation>活跃/离开</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Browser tabs</source>
        <translation>浏览器标签页</translation>
    </message>
    <message>
        <source>Browser tabs (%1)</source>
        <translation>浏览器标签页（%1）</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>in a tooltip: the user was at the computer</extracomment>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>in a tooltip: the user was away from the computer</extracomment>
        <translation>离开</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>应用：%1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>Start: %1 %2</source>
        <translation>开始：%1 %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>时长：%1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Bucket %1
Type %2
Host %3</source>
        <translation>存储桶 %1
类型 %2
主机 %3</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>Manual time</source>
        <translation>手动计时</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <extracomment>in a tooltip: the app&apos;s name, then the id it was recorded with</extracomment>
        <translation>应用：%1（%2）</translation>
    </message>
</context>
<context>
    <name>stint::TimerMenu</name>
    <message>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <source>Stop “%1” (%2)</source>
        <translation>停止“%1”（%2）</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>tray menu: start a timer with a label used before</extracomment>
        <translation>开始“%1”</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>启动计时器…</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>手动计时…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>启动计时器</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>您在做什么？</translation>
    </message>
</context>
<context>
    <name>stint::Tracker</name>
    <message>
        <source>cannot store this database&apos;s device id</source>
        <translation>无法存储此数据库的设备 ID</translation>
    </message>
    <message>
        <source>cannot read this database&apos;s device id</source>
        <translation>无法读取此数据库的设备 ID</translation>
    </message>
</context>
<context>
    <name>stint::TrayIcon</name>
    <message>
        <source>Open Stint</source>
        <translation>打开 Stint</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>暂停 15 分钟</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>暂停 1 小时</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>暂停到明天</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Stint is tracking</source>
        <translation>Stint 正在跟踪</translation>
    </message>
    <message>
        <source>Stint: you are away</source>
        <translation>Stint：您已离开</translation>
    </message>
    <message>
        <source>Stint is paused until %1</source>
        <translation>Stint 已暂停至 %1</translation>
    </message>
    <message>
        <source>Stint is paused</source>
        <translation>Stint 已暂停</translation>
    </message>
    <message>
        <source>Stint is not recording</source>
        <translation>Stint 未在记录</translation>
    </message>
    <message>
        <source>Today: %1 active</source>
        <translation>今天：活跃 %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot save: %1</source>
        <translation>Stint 无法保存：%1</translation>
    </message>
    <message>
        <source>It keeps what it records in memory and tries again.</source>
        <translation>它会将记录的数据保留在内存中并重试。</translation>
    </message>
    <message>
        <source>Testing database: %1</source>
        <translation>测试数据库：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
</context>
<context>
    <name>stint::TrendsPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>最近 4 周</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>最近 12 周</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>最近 52 周</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>The span to look at; the current week or month is the last one</source>
        <translation>要查看的时段；当前周或当前月为最后一个</translation>
    </message>
    <message>
        <source>Against the same number of days just before the span</source>
        <translation>与该时段之前相同天数相比</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>日均</translation>
    </message>
    <message>
        <source>per day of the span</source>
        <translation>按时段内每天计</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>最忙的一天</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>各分类的评分，按在每个分类中花费的时间加权</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>生产力评分</translation>
    </message>
    <message>
        <source>Click a bar to see that period on the Activity page</source>
        <translation>点击柱形可在“活动”页面查看该时段</translation>
    </message>
    <message>
        <source>Active time per week</source>
        <translation>每周活跃时间</translation>
    </message>
    <message>
        <source>Share of each category</source>
        <translation>各分类占比</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>本时段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Change by category</source>
        <translation>按分类的变化</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>无法读取趋势：%1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 起的一周</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yy年M月</translation>
    </message>
    <message>
        <source>%1 – %2, compared with %3 – %4</source>
        <translation>%1 – %2，对比 %3 – %4</translation>
    </message>
    <message>
        <source>%1 against %2 before</source>
        <translation>%1，之前为 %2</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>之前没有可比较的数据</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>无活动</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>每月活跃时间</translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>与之前 %n 周相比的变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>与之前 %n 个月相比的变化</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2: %3 (%4)
Total: %5
Click to open it on the Activity page</source>
        <translation>%1
%2：%3（%4）
总计：%5
点击可在“活动”页面打开</translation>
    </message>
    <message>
        <source>%1
Productivity score: %2</source>
        <translation>%1
生产力评分：%2</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the active time</source>
        <translation>%1
%2：占活跃时间的 %3</translation>
    </message>
    <message>
        <source>%1 now against %2 before</source>
        <translation>现在 %1，之前 %2</translation>
    </message>
    <message>
        <source>No time in this category before</source>
        <translation>之前在此分类中没有时间</translation>
    </message>
</context>
</TS>
