<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActivityBuilder</name>
    <message>
        <source>no window activity was recorded on host &quot;%1&quot;</source>
        <translation>ホスト &quot;%1&quot; ではウィンドウのアクティビティが記録されていません</translation>
    </message>
</context>
<context>
    <name>ActivityCsvExporter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>CSV を書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>ActivitySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>検索する内容がありません</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>無効な正規表現 &quot;%1&quot;: オフセット %3 で %2</translation>
    </message>
</context>
<context>
    <name>AlwaysActiveRules</name>
    <message>
        <source>not a valid regular expression</source>
        <translation>有効な正規表現ではありません</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 を削除できません: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the desktop&apos;s Background portal</source>
        <translation>デスクトップの Background ポータル</translation>
    </message>
    <message>
        <source>No session bus, so the Background portal cannot be asked.</source>
        <translation>セッションバスがないため、Background ポータルに問い合わせできません。</translation>
    </message>
    <message>
        <source>Stint records your activity from the moment you log in.</source>
        <translation>Stint はログインした時点からアクティビティを記録します。</translation>
    </message>
    <message>
        <source>The Background portal refused the request: %1</source>
        <translation>Background ポータルが要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>The Background portal did not answer.</source>
        <translation>Background ポータルが応答しませんでした。</translation>
    </message>
    <message>
        <source>Starting at login was not allowed (the request was denied or cancelled).</source>
        <translation>ログイン時の起動は許可されませんでした (要求が拒否またはキャンセルされました)。</translation>
    </message>
    <message>
        <source>The desktop did not allow Stint to start at login.</source>
        <translation>デスクトップが Stint のログイン時の起動を許可しませんでした。</translation>
    </message>
    <message>
        <source>The desktop kept Stint starting at login.</source>
        <translation>デスクトップは Stint のログイン時の起動を解除しませんでした。</translation>
    </message>
    <message>
        <source>Records which application has your attention</source>
        <translation>使用中のアプリケーションを記録します</translation>
    </message>
    <message>
        <source>Cannot change the registry value %1.</source>
        <translation>レジストリ値 %1 を変更できません。</translation>
    </message>
    <message>
        <source>Stint cannot start at login: %1</source>
        <translation>Stint をログイン時に起動するよう設定できません: %1</translation>
    </message>
    <message>
        <source>Stint cannot stop starting at login: %1</source>
        <translation>Stint のログイン時の起動を解除できません: %1</translation>
    </message>
</context>
<context>
    <name>AwExporter</name>
    <message>
        <source>There is no bucket &apos;%1&apos;.</source>
        <translation>バケット &apos;%1&apos; はありません。</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>バケット &apos;%1&apos; を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>AwImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file ends too early (expected &apos;%1&apos;)</source>
        <translation>ファイルが途中で終わっています (&apos;%1&apos; が必要です)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; が必要です</translation>
    </message>
    <message>
        <source>the file ends inside a value that starts at %1</source>
        <translation>ファイルが %1 から始まる値の途中で終わっています</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>ファイルが文字列の途中で終わっています</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>予期しない &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>二重引用符で囲んだキーが必要です</translation>
    </message>
    <message>
        <source>this is not an ActivityWatch export: it has no &quot;buckets&quot;</source>
        <translation>ActivityWatch のエクスポートではありません: &quot;buckets&quot; がありません</translation>
    </message>
    <message>
        <source>unexpected text after the export</source>
        <translation>エクスポートの後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: %2</source>
        <translation>バケット &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>イベントは JSON オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event %2: %3</source>
        <translation>バケット &apos;%1&apos;、イベント %2: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is not an ActivityWatch database (no buckets table: %2)</source>
        <translation>%1 は ActivityWatch のデータベースではありません (buckets テーブルがありません: %2)</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: &apos;created&apos; is not a date: %2</source>
        <translation>バケット &apos;%1&apos;: &apos;created&apos; が日付ではありません: %2</translation>
    </message>
    <message>
        <source>Cannot read the events of &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; のイベントを読み込めません: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2 ends before it starts</source>
        <translation>バケット &apos;%1&apos;、%2 のイベント: 開始より前に終了しています</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its %2 is not valid UTF-8</source>
        <translation>バケット &apos;%1&apos;: %2 が正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its data cannot be kept as it is: %2</source>
        <translation>バケット &apos;%1&apos;: データを Stint がそのまま保存できません: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: its data cannot be kept as it is: %3</source>
        <translation>バケット &apos;%1&apos;、%2 のイベント: データを Stint がそのまま保存できません: %3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>このファイルはそのままではインポートできません: %1</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>category %1</source>
        <translation>カテゴリ %1</translation>
    </message>
    <message>
        <source>category %1 (&quot;%2&quot;)</source>
        <translation>カテゴリ %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a list of non-empty strings</source>
        <translation>&quot;name&quot; は空でない文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty list of strings</source>
        <translation>&quot;name&quot; は文字列の空でないリストである必要があります</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be an object</source>
        <translation>&quot;rule&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>a regex rule needs a non-empty &quot;regex&quot; string</source>
        <translation>regex ルールには空でない &quot;regex&quot; 文字列が必要です</translation>
    </message>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>無効な正規表現 &quot;%1&quot;: オフセット %3 で %2</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot; (known: regex, none)</source>
        <translation>不明なルールの種類 &quot;%1&quot; (既知の種類: regex, none)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be an object</source>
        <translation>&quot;data&quot; はオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>categories must be a JSON list of rules, or an object with a &quot;categories&quot; list</source>
        <translation>カテゴリはルールの JSON リスト、または &quot;categories&quot; リストを持つオブジェクトである必要があります</translation>
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
        <translation>Stint が記録した内容を読み取ります。</translation>
    </message>
    <message>
        <source>Print JSON (ActivityWatch&apos;s format).</source>
        <translation>JSON (ActivityWatch の形式) で出力します。</translation>
    </message>
    <message>
        <source>Only events that end at or after &lt;time&gt;.</source>
        <translation>&lt;time&gt; 以降に終了するイベントのみ。</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>Only events that start at or before &lt;time&gt;.</source>
        <translation>&lt;time&gt; 以前に開始するイベントのみ。</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; events (summary: rows, default 10).</source>
        <translation>イベントを最大 &lt;n&gt; 件 (summary では行数、既定値 10)。</translation>
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
        <translation>summary: 週全体。</translation>
    </message>
    <message>
        <source>summary: the whole month.</source>
        <translation>summary: 月全体。</translation>
    </message>
    <message>
        <source>summary: the whole year.</source>
        <translation>summary: 年全体。</translation>
    </message>
    <message>
        <source>summary: group by app, title, category or domain.</source>
        <translation>summary: app、title、category、domain のいずれかでまとめます。</translation>
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
        <translation>export: このバケットのみ (複数指定する場合は繰り返します)。</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>id</translation>
    </message>
    <message>
        <source>export: json (default) or csv.</source>
        <translation>export: json (既定値) または csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Cannot read the time &apos;%1&apos;; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>時刻 &apos;%1&apos; を読み取れません。RFC 3339 または YYYY-MM-DD[THH:MM[:SS]] を使用してください。</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit には 0 以上の整数を指定してください (&apos;%1&apos; は無効です)。</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>不明なコマンドか、引数が正しくありません: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>イベント数</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>最初</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>START</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>--by takes app, title, category or domain, not &apos;%1&apos;.</source>
        <translation>--by には app、title、category、domain のいずれかを指定してください (&apos;%1&apos; は無効です)。</translation>
    </message>
    <message>
        <source>Choose one period: --date, --week, --month, --year, or --start and --end.</source>
        <translation>期間を 1 つ選択してください: --date、--week、--month、--year、または --start と --end。</translation>
    </message>
    <message>
        <source>Cannot read the date &apos;%1&apos;; use YYYY-MM-DD.</source>
        <translation>日付 &apos;%1&apos; を読み取れません。YYYY-MM-DD を使用してください。</translation>
    </message>
    <message>
        <source>A custom period needs both --start and --end, with the end after the start.</source>
        <translation>カスタム期間には --start と --end の両方が必要で、終了は開始より後である必要があります。</translation>
    </message>
    <message>
        <source>%1 to %2: %3 active</source>
        <translation>%1～%2: アクティブ %3</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>、一時停止 %1</translation>
    </message>
    <message>
        <source>, productivity %1</source>
        <translation>、生産性 %1</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 はインポートされませんでした: %2</translation>
    </message>
    <message>
        <source>The categories were not stored: %1</source>
        <translation>カテゴリは保存されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>%n 件のカテゴリをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>色</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>%n 件のカテゴリをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: categories, categories export FILE or categories import FILE.</source>
        <translation>使い方: categories、categories export FILE、または categories import FILE。</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &apos;%1&apos;.</source>
        <translation>--format には json または csv を指定してください (&apos;%1&apos; は無効です)。</translation>
    </message>
    <message>
        <source>--bucket applies to the JSON export; the CSV is the combined activity.</source>
        <translation>--bucket は JSON エクスポートに適用されます。CSV は合算したアクティビティです。</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end は --start より前にできません。</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>%1 を読み込めません: ファイルが存在しません。</translation>
    </message>
    <message>
        <source>The import could not be committed: %1</source>
        <translation>インポートをコミットできませんでした: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>no database yet: nothing has been recorded in this location</source>
        <translation>データベースはまだありません: この場所には何も記録されていません</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)</source>
        <translation>スキーマバージョン: %1 (このビルド: %2)</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>ジャーナルモード: %1</translation>
    </message>
    <message>
        <source>note: the database is not in WAL mode; readers may wait for commits</source>
        <translation>注意: データベースが WAL モードではありません。読み取り側がコミットを待つ場合があります</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>整合性: OK</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>整合性: %n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>gnome-extension takes &apos;install&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>gnome-extension には &apos;install&apos; または &apos;status&apos; を指定してください (&apos;%1&apos; は無効です)。</translation>
    </message>
    <message>
        <source>  gnome-extension install|status   install Stint&apos;s GNOME Shell extension (it shows Stint the
                                   focused window on GNOME), or tell whether it runs
</source>
        <translation>  gnome-extension install|status   Stint の GNOME Shell 拡張機能 (GNOME でフォーカスのある
                                   ウィンドウを Stint に伝えます) をインストール、または動作状況を表示
</translation>
    </message>
    <message>
        <source>Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).
</source>
        <translation>時刻 T: RFC 3339 (2026-11-24T09:30:00Z) またはローカル時刻 (2026-11-24、2026-11-24T09:30)。
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>%n 行のアクティビティをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>... %n 件のイベントを読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>%n 件のイベントをエクスポートしました (バケット: %1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>autostart takes &apos;enable&apos;, &apos;disable&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>autostart には &apos;enable&apos;、&apos;disable&apos;、&apos;status&apos; のいずれかを指定してください (&apos;%1&apos; は無効です)。</translation>
    </message>
    <message>
        <source>Stint will start at login (%1).</source>
        <translation>Stint はログイン時に起動します (%1)。</translation>
    </message>
    <message>
        <source>Stint will not start at login.</source>
        <translation>Stint はログイン時に起動しません。</translation>
    </message>
    <message>
        <source>problem: there is no file %1</source>
        <translation>問題: ファイル %1 が存在しません</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>イベント: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>バックアップに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 にバックアップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>api allow: yes, let every page of this web site read and write activity.</source>
        <translation>api allow: はい、このウェブサイトのすべてのページにアクティビティの読み書きを許可します。</translation>
    </message>
    <message>
        <source>Use: api origins, api allow ORIGIN or api disallow ORIGIN.</source>
        <translation>使い方: api origins、api allow ORIGIN、または api disallow ORIGIN。</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>オリジン</translation>
    </message>
    <message>
        <source>ALLOWED BY</source>
        <translation>許可元</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin: give it as scheme://host[:port], e.g. chrome-extension://&lt;id&gt;, as Settings or Stint&apos;s log shows it.</source>
        <translation>「%1」はオリジンではありません: scheme://host[:port] の形式で、設定画面や Stint のログに表示されるとおりに指定してください (例: chrome-extension://&lt;id&gt;)。</translation>
    </message>
    <message>
        <source>%1 is not a browser extension: any page from it could then write and read your activity data. Add --yes if that is what you want.</source>
        <translation>%1 はブラウザー拡張機能ではありません: 許可すると、そのどのページでもあなたのアクティビティデータを読み書きできるようになります。それでよければ --yes を付けてください。</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1 はすでに許可されています。</translation>
    </message>
    <message>
        <source>%1 was not added, so there is nothing to disallow (built-in origins and patterns stay).</source>
        <translation>%1 は追加されていないため、取り消すものはありません (組み込みのオリジンとパターンはそのままです)。</translation>
    </message>
    <message>
        <source>The setting was not stored: %1</source>
        <translation>設定は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Allowed %1.</source>
        <translation>%1 を許可しました。</translation>
    </message>
    <message>
        <source>Disallowed %1.</source>
        <translation>%1 の許可を取り消しました。</translation>
    </message>
    <message>
        <source>The running Stint applies it now.</source>
        <translation>実行中の Stint にすぐに反映されます。</translation>
    </message>
    <message>
        <source>Stint applies it when it starts.</source>
        <translation>Stint の起動時に反映されます。</translation>
    </message>
    <message>
        <source>summary: the day &lt;date&gt; (YYYY-MM-DD); trends: the last day.</source>
        <translation>summary: &lt;date&gt; (YYYY-MM-DD) の日。trends: 最終日。</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; weeks (default 12).</source>
        <translation>trends: 直近 &lt;n&gt; 週間 (既定値 12)。</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; months.</source>
        <translation>trends: 直近 &lt;n&gt; か月。</translation>
    </message>
    <message>
        <source>Choose one span: --weeks or --months.</source>
        <translation>期間は --weeks か --months のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 には 1～%2 の整数を指定してください (&apos;%3&apos; は無効です)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>%1～%2: アクティブ %3、直前の %n 日間と比べて %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily average %1, busiest day %2, productivity %3</source>
        <translation>1 日平均 %1、最も多かった日 %2、生産性 %3</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>週の開始日</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>月</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>前期間</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>変化</translation>
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
        <translation>コマンド:
  buckets [--json]                 バケットを、最初/最後のイベントと件数とともに一覧表示
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   バケットのイベントを新しい順に一覧表示
  check [FILE]                     データベース、またはデータベースファイル FILE (バックアップ) を
                                   検査: 整合性、スキーマバージョン、ジャーナルモード。問題が
                                   あれば終了コード 1 で終了
  backup FILE                      データベースの一貫したコピーを FILE に書き出す (Stint の
                                   記録中でも可)。1 つのファイルで、検査済み
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   アクティブ時間の内訳 (既定は今日。--date で日を、
                                   またはその日を含む週/月/年を指定)
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   週または月ごと、最上位カテゴリごとのアクティブ時間、
                                   生産性スコア、およびその前の同じ長さの期間との比較
                                   (既定は今日または D までの過去 12 週間)
  search TEXT [--regex] [--from D] [--to D] [--json]
                                   アプリ、ウィンドウタイトル、URL に TEXT を含む (または
                                   正規表現に一致する) アクティブ時間を、アプリとタイトル別に、
                                   最初と最後に見られた日時とともに表示。全履歴、または
                                   日付/日時 D から D までが対象
  goals [--date D] [--json]        目標の進捗: その日 (今日または D) と、その日を含む
                                   週の分
  categories [export FILE | import FILE]
                                   カテゴリを一覧表示、または ActivityWatch のファイルに書き出し/読み込み
  export [FILE] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   ActivityWatch のエクスポート JSON (全バケット、または指定した
                                   バケット)、またはアクティブ時間の CSV。FILE を省略すると
                                   標準出力へ。範囲を指定するとイベントをその範囲で切り詰める
  import FILE                      ActivityWatch のエクスポート (.json) または aw-server-rust の
                                   sqlite.db を取り込む。保存済みのイベントはスキップ
  autostart enable|disable|status  ログイン時に Stint を (最小化して) 起動する、それをやめる、
                                   または &apos;enabled&apos; か &apos;disabled&apos; を表示
  api origins [--json]             HTTP API が受け入れるオリジン (ブラウザー拡張機能、ページ)
  api allow ORIGIN [--yes]         オリジンを許可 (例: chrome-extension://&lt;id&gt;)。
                                   http(s):// のサイトには --yes が必要
  api disallow ORIGIN              追加したオリジンの許可を取り消す
  sync status [--json]             同期フォルダーと、その中のコンピューター
  sync now [--json]                今すぐフォルダーと同期 (実行中の Stint を通じて、
                                   実行中でなければ単独で)
  stopwatch start LABEL | stop | status [--json]
                                   名前付きタイマーを開始 (実行中のものは停止)、停止、
                                   または実行中のものを表示。aw-webui のストップウォッチにも同じ内容が表示される
  entry add --start T --end T LABEL
                                   コンピューターから離れていた時間を手動で追加
</translation>
    </message>
    <message>
        <source>summary, trends: only this host, or all (the default): every host combined, each moment counted once, this computer&apos;s first.</source>
        <translation>summary、trends: このホストのみ、または all (既定): すべてのホストを合算し、各時点を 1 回だけ数えます (このコンピューターを優先)。</translation>
    </message>
    <message>
        <source>search: TEXT is a regular expression.</source>
        <translation>search: TEXT は正規表現です。</translation>
    </message>
    <message>
        <source>search: from this day or time on.</source>
        <translation>search: この日付または日時以降。</translation>
    </message>
    <message>
        <source>search: up to the end of this day, or this time.</source>
        <translation>search: この日付の終わりまで、またはこの日時まで。</translation>
    </message>
    <message>
        <source>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry or gnome-extension</source>
        <translation>buckets、events、check、backup、summary、trends、search、goals、categories、export、import、autostart、api、sync、stopwatch、entry、gnome-extension のいずれか</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>1 日最大 %1</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>1 週間最大 %1</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>1 日最低 %1</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>1 週間最低 %1</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <extracomment>stint-cli goals: &quot;Social: 42 min of at most 30 min a day, over the limit&quot;</extracomment>
        <translation>%1: %2 / %3、%4</translation>
    </message>
    <message>
        <source>No goals set (Settings → Goals in Stint&apos;s window).</source>
        <translation>目標が設定されていません (Stint のウィンドウの 設定 → 目標)。</translation>
    </message>
    <message>
        <source>Day of %1:</source>
        <translation>%1 の日:</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>%1 の週:</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>検索できません: %1</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>範囲の終わりは開始より後である必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n 件の結果、アクティブ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1, last seen %2</source>
        <translation>最初に記録 %1、最後に記録 %2</translation>
    </message>
    <message>
        <source>Use: sync status or sync now.</source>
        <translation>使い方: sync status または sync now。</translation>
    </message>
    <message>
        <source>Sync is off: choose a folder in Settings &gt; Data or start Stint with --sync-dir FOLDER.</source>
        <translation>同期はオフです: 設定 &gt; データ でフォルダーを選択するか、--sync-dir FOLDER を付けて Stint を起動してください。</translation>
    </message>
    <message>
        <source>The running Stint synced.</source>
        <translation>実行中の Stint が同期しました。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>%1 を書き込みました (%n 件のイベントを追加または更新)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): no database file yet.</source>
        <translation>%1 (%2): まだデータベースファイルがありません。</translation>
    </message>
    <message>
        <source>%1 (%2): up to date.</source>
        <translation>%1 (%2): 最新です。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1 (%2): %n 件のイベントをコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>同期はオフです。</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>同期フォルダー: %1 (%n 秒ごと)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer: %1, device %2</source>
        <translation>このコンピューター: %1、デバイス %2</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(まだ同期されていません)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>まだデータベースファイルがありません</translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>ファイルの変更 %1、%n 件のイベントをここにコピー済み</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (非表示)</translation>
    </message>
    <message>
        <source>Waiting for another stint-cli to finish writing...</source>
        <translation>別の stint-cli が書き込みを終えるのを待っています...</translation>
    </message>
    <message>
        <source>a Stint holds the database but does not answer</source>
        <translation>Stint がデータベースを保持していますが、応答しません</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
</context>
<context>
    <name>DBusIdleBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>D-Bus セッションバスがありません</translation>
    </message>
    <message>
        <source>cannot read the idle time: %1</source>
        <translation>アイドル時間を読み取れません: %1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of %1.</source>
        <translation>データベースを %1 ではなく &lt;dir&gt; に保存します。</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>the value name in --help: --data-dir &lt;dir&gt;</extracomment>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use a separate testing database (stint-testing.db).</source>
        <translation>別のテスト用データベース (stint-testing.db) を使用します。</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 はデータベースそのものです</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot copy the database to %1: %2</source>
        <translation>データベースを %1 にコピーできません: %2</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>コピーが検査に合格しませんでした: %1</translation>
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
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration in hours and minutes, short</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>0 %</source>
        <extracomment>a share of the active time</extracomment>
        <translation>0%</translation>
    </message>
    <message>
        <source>&lt; 1 %</source>
        <translation>1% 未満</translation>
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
        <translation>無効な正規表現 &quot;%1&quot;: オフセット %3 で %2</translation>
    </message>
</context>
<context>
    <name>GnomeExtension</name>
    <message>
        <source>Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). Install it with &apos;stint-cli gnome-extension install&apos;, log out and back in, then enable it with &apos;gnome-extensions enable %1&apos; or in the Extensions app.</source>
        <translation>Stint は GNOME では GNOME Shell 拡張機能 (GNOME 45 以降) を通じてフォーカスのあるウィンドウを追跡します。&apos;stint-cli gnome-extension install&apos; でインストールし、ログアウトして再度ログインしてから、&apos;gnome-extensions enable %1&apos; または「拡張機能」アプリで有効にしてください。</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <source>This build of Stint lacks the extension file %1.</source>
        <translation>この Stint のビルドには拡張機能のファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Installed Stint&apos;s GNOME Shell extension into %1.
Log out and back in so GNOME Shell finds it, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Stint の GNOME Shell 拡張機能を %1 にインストールしました。
GNOME Shell が認識できるようにログアウトして再度ログインし、&apos;gnome-extensions enable %2&apos; (または「拡張機能」アプリ) で有効にしてください。</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is not installed (%1). %2</source>
        <translation>Stint の GNOME Shell 拡張機能がインストールされていません (%1)。%2</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension in %1 differs from the one this Stint ships: run &apos;stint-cli gnome-extension install&apos; again, then log out and back in.</source>
        <translation>%1 にある Stint の GNOME Shell 拡張機能は、この Stint に同梱のものと異なります。&apos;stint-cli gnome-extension install&apos; をもう一度実行し、ログアウトして再度ログインしてください。</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 and running.</source>
        <translation>Stint の GNOME Shell 拡張機能は %1 にインストールされ、動作しています。</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 but not running: log out and back in, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Stint の GNOME Shell 拡張機能は %1 にインストールされていますが、動作していません。ログアウトして再度ログインし、&apos;gnome-extensions enable %2&apos; (または「拡張機能」アプリ) で有効にしてください。</translation>
    </message>
</context>
<context>
    <name>GnomeShellWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>D-Bus セッションバスがありません</translation>
    </message>
    <message>
        <source>cannot subscribe to %1.Changed: %2</source>
        <translation>%1.Changed を購読できません: %2</translation>
    </message>
    <message>
        <source>GNOME Shell does not answer for Stint&apos;s extension (%1): %2</source>
        <translation>GNOME Shell が Stint の拡張機能 (%1) について応答しません: %2</translation>
    </message>
    <message>
        <source>GNOME Shell left the session bus; waiting for it to come back</source>
        <translation>GNOME Shell がセッションバスから切断されました。再接続を待っています</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>不明なフィールド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;category&quot; is not a list of up to %1 names</source>
        <translation>&quot;category&quot; が最大 %1 個の名前のリストではありません</translation>
    </message>
    <message>
        <source>&quot;category&quot; holds something other than a name</source>
        <translation>&quot;category&quot; に名前以外のものが含まれています</translation>
    </message>
    <message>
        <source>&quot;type&quot; is neither &quot;atMost&quot; nor &quot;atLeast&quot;</source>
        <translation>&quot;type&quot; が &quot;atMost&quot; でも &quot;atLeast&quot; でもありません</translation>
    </message>
    <message>
        <source>&quot;per&quot; is neither &quot;day&quot; nor &quot;week&quot;</source>
        <translation>&quot;per&quot; が &quot;day&quot; でも &quot;week&quot; でもありません</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is not a whole number from 1 to %1</source>
        <translation>&quot;minutes&quot; が 1 から %1 までの整数ではありません</translation>
    </message>
    <message>
        <source>not a list of goals</source>
        <translation>目標のリストではありません</translation>
    </message>
    <message>
        <source>more than %1 goals</source>
        <translation>目標が %1 個を超えています</translation>
    </message>
    <message>
        <source>the same goal is given twice</source>
        <translation>同じ目標が 2 回指定されています</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <extracomment>%1 is the position of the goal in the list, from 1</extracomment>
        <translation>目標 %1: %2</translation>
    </message>
    <message>
        <source>the time of the day&apos;s summary must be &quot;HH:MM&quot;</source>
        <translation>1 日のまとめの時刻は &quot;HH:MM&quot; 形式である必要があります</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>%n 件のイベントをインポートし、既存の %1 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2): %3 imported, %4 duplicates%5</source>
        <translation>  %1 (%2): %3 件インポート、%4 件重複%5</translation>
    </message>
    <message>
        <source>new bucket</source>
        <translation>新しいバケット</translation>
    </message>
    <message>
        <source>existing bucket</source>
        <translation>既存のバケット</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>、未完了</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>インポートが中断されました: %1</translation>
    </message>
    <message>
        <source>Everything listed above was imported; the rest of the unfinished bucket and any bucket after it in the file were not.</source>
        <translation>上に示したものはすべてインポートされました。未完了のバケットの残りと、ファイル内でそれ以降にあるバケットはインポートされていません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>The database could not commit before the import: %1</source>
        <translation>インポート前にデータベースをコミットできませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot save bucket &apos;%1&apos;: %2</source>
        <translation>バケット &apos;%1&apos; を保存できません: %2</translation>
    </message>
    <message>
        <source>Cannot create bucket &apos;%1&apos;: %2</source>
        <translation>バケット &apos;%1&apos; を作成できません: %2</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>バケット &apos;%1&apos; を読み込めません: %2</translation>
    </message>
    <message>
        <source>Storing events of bucket &apos;%1&apos; failed: %2</source>
        <translation>バケット &apos;%1&apos; のイベントの保存に失敗しました: %2</translation>
    </message>
    <message>
        <source>The imported events could not be committed: %1</source>
        <translation>インポートしたイベントをコミットできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>KWinWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>D-Bus セッションバスがありません</translation>
    </message>
    <message>
        <source>cannot register %1 on the session bus: %2</source>
        <translation>%1 をセッションバスに登録できません: %2</translation>
    </message>
    <message>
        <source>the KWin script is missing from this build (%1)</source>
        <translation>このビルドには KWin スクリプトが含まれていません (%1)</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the KWin script</source>
        <translation>KWin スクリプト用のディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write the KWin script %1: %2</source>
        <translation>KWin スクリプト %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>KWin (%1) is not on the session bus</source>
        <translation>KWin (%1) がセッションバス上にありません</translation>
    </message>
    <message>
        <source>KWin refused to load the script %1</source>
        <translation>KWin がスクリプト %1 の読み込みを拒否しました</translation>
    </message>
    <message>
        <source>KWin&apos;s scripting interface failed: %1</source>
        <translation>KWin のスクリプトインターフェイスが失敗しました: %1</translation>
    </message>
    <message>
        <source>KWin did not start the script: %1</source>
        <translation>KWin がスクリプトを開始しませんでした: %1</translation>
    </message>
    <message>
        <source>KWin left the session bus; waiting for it to come back to follow the active window</source>
        <translation>KWin がセッションバスから切断されました。アクティブウィンドウを追跡するため再接続を待っています</translation>
    </message>
</context>
<context>
    <name>MacWindowBackend</name>
    <message>
        <source>Stint needs Accessibility permission to read window titles: System Settings → Privacy &amp; Security → Accessibility</source>
        <translation>ウィンドウタイトルを読み取るには、Stint にアクセシビリティの許可が必要です: システム設定 → プライバシー &amp; セキュリティ → アクセシビリティ</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>the entry is empty: its end is its start</source>
        <translation>エントリが空です: 終了が開始と同じです</translation>
    </message>
    <message>
        <source>the end lies before the start</source>
        <translation>終了が開始より前です</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>{&quot;since&quot;: time, &quot;until&quot;: time または null} の形式が必要です</translation>
    </message>
</context>
<context>
    <name>PlatformBackends</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>X ディスプレイ %1 に MIT-SCREEN-SAVER 拡張がないため、Stint は離席を検出できません</translation>
    </message>
    <message>
        <source>XWayland is not running (DISPLAY is not set)</source>
        <translation>XWayland が動作していません (DISPLAY が設定されていません)</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) has no window manager publishing the active window</source>
        <translation>XWayland (DISPLAY=%1) にアクティブウィンドウを公開するウィンドウマネージャーがありません</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension</source>
        <translation>XWayland (DISPLAY=%1) に MIT-SCREEN-SAVER 拡張がありません</translation>
    </message>
    <message>
        <source>the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such as sway, Hyprland, river and labwc do)</source>
        <translation>コンポジターが zwlr_foreign_toplevel_manager_v1 を提供していません (sway、Hyprland、river、labwc などの wlroots 系コンポジターは提供しています)</translation>
    </message>
    <message>
        <source>the compositor does not offer %1</source>
        <translation>コンポジターが %1 を提供していません</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)</source>
        <translation>KDE Plasma または GNOME に接続するための D-Bus セッションバスがありません (%1)</translation>
    </message>
    <message>
        <source>neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus</source>
        <translation>KWin (KDE Plasma) も GNOME Shell も D-Bus セッションバス上にありません</translation>
    </message>
    <message>
        <source>KWin&apos;s script did not load: %1</source>
        <translation>KWin のスクリプトが読み込まれませんでした: %1</translation>
    </message>
    <message>
        <source>which window has focus (%1)</source>
        <translation>フォーカスのあるウィンドウ (%1)</translation>
    </message>
    <message>
        <source>when you are away (%1)</source>
        <translation>離席状態 (%1)</translation>
    </message>
    <message>
        <source>on the Wayland display %1 Stint cannot see %2</source>
        <translation>Wayland ディスプレイ %1 では、Stint は %2 を取得できません</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical session to see which window has focus and whether you are away</source>
        <translation>ディスプレイが見つかりません (DISPLAY と WAYLAND_DISPLAY が設定されていません): フォーカスのあるウィンドウと離席状態を知るには、Stint にグラフィカルセッションが必要です</translation>
    </message>
    <message>
        <source>Stint runs outside a graphical login session (over SSH?): it can watch windows and input only when it runs in the logged-in user&apos;s session.</source>
        <translation>Stint がグラフィカルなログインセッションの外で動作しています (SSH 経由?): ウィンドウと入力を監視できるのは、ログインしているユーザーのセッション内で動作している場合のみです。</translation>
    </message>
    <message>
        <source>Stint runs without a desktop (as a service?): it can watch windows and input only when it runs in the user&apos;s own session.</source>
        <translation>Stint がデスクトップなしで動作しています (サービスとして?): ウィンドウと入力を監視できるのは、ユーザー自身のセッション内で動作している場合のみです。</translation>
    </message>
    <message>
        <source>%1, nor %2</source>
        <extracomment>both things Stint cannot see: &quot;which window has focus (...), nor when you are away (...)&quot;</extracomment>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>PrivacyRules</name>
    <message>
        <source>rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>ルールは JSON 配列である必要があります</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;drop&quot; or &quot;redact&quot;</source>
        <translation>&quot;action&quot; は &quot;drop&quot; または &quot;redact&quot; である必要があります</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>the start of day must be a time &quot;HH:MM&quot;, not %1</source>
        <translation>1 日の開始は &quot;HH:MM&quot; 形式の時刻である必要があります (%1 は無効です)</translation>
    </message>
    <message>
        <source>the start of week must be an English day name such as &quot;Monday&quot;, not &quot;%1&quot;</source>
        <translation>週の開始は &quot;Monday&quot; のような英語の曜日名である必要があります (&quot;%1&quot; は無効です)</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>スキーマバージョン %1 から移行できません</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>スキーマバージョン %1 への移行に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>no database at %1</source>
        <translation>%1 にデータベースがありません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>SQLite did not accept synchronous=FULL</source>
        <translation>SQLite が synchronous=FULL を受け付けませんでした</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>データディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot set the journal mode of %1: %2</source>
        <translation>%1 のジャーナルモードを設定できません: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 and uses &apos;%2&apos; instead; readers may wait for commits</source>
        <translation>SQLite が %1 の WAL モードを拒否し、代わりに &apos;%2&apos; を使用しています。読み取り側がコミットを待つ場合があります</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 を準備できません: %2</translation>
    </message>
    <message>
        <source>an in-memory database has no reader connections</source>
        <translation>インメモリデータベースには読み取り用の接続がありません</translation>
    </message>
</context>
<context>
    <name>SyncFolderReader</name>
    <message>
        <source>no temporary folder for a copy</source>
        <translation>コピー用の一時フォルダーがありません</translation>
    </message>
    <message>
        <source>it cannot be copied (locked or being replaced)</source>
        <translation>コピーできません (ロックされているか、置き換え中です)</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again at the next sync.</source>
        <translation>%1 をスキップしました: %2。次回の同期で再度読み込みます。</translation>
    </message>
    <message>
        <source>it is damaged or not completely synced yet (%1)</source>
        <translation>破損しているか、まだ完全に同期されていません (%1)</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Stint reads (up to %2)</source>
        <translation>スキーマバージョン %1 は、この Stint が読み込めるバージョン (%2 まで) より新しいです</translation>
    </message>
    <message>
        <source>it is not an ActivityWatch database (schema version %1)</source>
        <translation>ActivityWatch のデータベースではありません (スキーマバージョン %1)</translation>
    </message>
    <message>
        <source>the local bucket &apos;%1&apos; is not a copy from %2</source>
        <translation>ローカルのバケット &apos;%1&apos; は %2 からのコピーではありません</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: %3</source>
        <translation>バケット &apos;%1&apos;、%2 のイベント: %3</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>開始より前に終了しています</translation>
    </message>
</context>
<context>
    <name>SyncFolderWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary file</source>
        <translation>一時ファイルにコピーできません</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>同期フォルダー %1 が存在しません。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>cannot read the setting &quot;%1&quot;</source>
        <translation>設定 &quot;%1&quot; を読み込めません</translation>
    </message>
    <message>
        <source>not a folder name</source>
        <translation>フォルダー名ではありません</translation>
    </message>
    <message>
        <source>not a number of seconds from %1 to %2</source>
        <translation>%1 から %2 までの秒数ではありません</translation>
    </message>
    <message>
        <source>not a list of hosts</source>
        <translation>ホストのリストではありません</translation>
    </message>
</context>
<context>
    <name>WatcherBuckets</name>
    <message>
        <source>creating bucket %1 timed out</source>
        <translation>バケット %1 の作成がタイムアウトしました</translation>
    </message>
    <message>
        <source>cannot create bucket %1: %2</source>
        <translation>バケット %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>WatcherSettings</name>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>cannot read the setting &quot;%1&quot; from the database</source>
        <translation>データベースから設定 &quot;%1&quot; を読み込めません</translation>
    </message>
    <message>
        <source>%1 s is outside %2 … %3 s</source>
        <translation>%1 秒は %2 … %3 秒の範囲外です</translation>
    </message>
</context>
<context>
    <name>WaylandConnection</name>
    <message>
        <source>no compositor is listening there</source>
        <translation>そこで待ち受けているコンポジターがありません</translation>
    </message>
    <message>
        <source>the compositor closed the connection</source>
        <translation>コンポジターが接続を閉じました</translation>
    </message>
    <message>
        <source>cannot connect to a Wayland display: WAYLAND_DISPLAY is not set</source>
        <translation>Wayland ディスプレイに接続できません: WAYLAND_DISPLAY が設定されていません</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display %1: %2</source>
        <translation>Wayland ディスプレイ %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>protocol error %1 on %2@%3</source>
        <translation>%2@%3 でプロトコルエラー %1</translation>
    </message>
    <message>
        <source>lost the connection to the Wayland display %1 (%2); retrying</source>
        <translation>Wayland ディスプレイ %1 との接続が切れました (%2)。再試行しています</translation>
    </message>
</context>
<context>
    <name>WaylandIdleBackend</name>
    <message>
        <source>an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)</source>
        <translation>アイドルプロトコル (ext_idle_notifier_v1 または org_kde_kwin_idle)</translation>
    </message>
    <message>
        <source>a seat (wl_seat)</source>
        <translation>シート (wl_seat)</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away</source>
        <translation>%1 の Wayland コンポジターが %2 を提供していないため、Stint は離席を検出できません</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the two things a compositor lacks: &quot;an idle protocol (...) and a seat (wl_seat)&quot;</extracomment>
        <translation>%1と%2</translation>
    </message>
</context>
<context>
    <name>WaylandWindowBackend</name>
    <message>
        <source>the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see which window has focus</source>
        <translation>%1 の Wayland コンポジターが zwlr_foreign_toplevel_manager_v1 を提供していないため、Stint はフォーカスのあるウィンドウを取得できません</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which window has focus</source>
        <translation>%1 の Wayland コンポジターが zwlr_foreign_toplevel_manager_v1 を取り下げました。Stint はフォーカスのあるウィンドウを取得できません</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 finished); Stint cannot see which window has focus</source>
        <translation>%1 の Wayland コンポジターがウィンドウの一覧の提供を停止しました (zwlr_foreign_toplevel_manager_v1 が終了)。Stint はフォーカスのあるウィンドウを取得できません</translation>
    </message>
</context>
<context>
    <name>WindowPattern</name>
    <message>
        <source>invalid %1 pattern &quot;%2&quot;: %3 at offset %4</source>
        <translation>%1 のパターン &quot;%2&quot; が無効です: オフセット %4 で %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; は文字列である必要があります</translation>
    </message>
    <message>
        <source>a rule needs an app or a title pattern</source>
        <translation>ルールにはアプリまたはタイトルのパターンが必要です</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>ルールは JSON 配列である必要があります</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>ルール %1: %2</translation>
    </message>
</context>
<context>
    <name>X11Connection</name>
    <message>
        <source>no X server is running there, or it refused the connection</source>
        <translation>そこでは X サーバーが動作していないか、接続が拒否されました</translation>
    </message>
    <message>
        <source>the server lacks a required extension</source>
        <translation>サーバーに必要な拡張がありません</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>メモリ不足です</translation>
    </message>
    <message>
        <source>the display name is not valid</source>
        <translation>ディスプレイ名が無効です</translation>
    </message>
    <message>
        <source>the server has no such screen</source>
        <translation>サーバーにそのようなスクリーンはありません</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: %2</source>
        <translation>X ディスプレイ %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the server has no screen %2</source>
        <translation>X ディスプレイ %1 に接続できません: サーバーにスクリーン %2 がありません</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the connection broke at once</source>
        <translation>X ディスプレイ %1 に接続できません: 接続がすぐに切断されました</translation>
    </message>
    <message>
        <source>lost the connection to the X display %1; retrying</source>
        <translation>X ディスプレイ %1 との接続が切れました。再試行しています</translation>
    </message>
</context>
<context>
    <name>X11IdleBackend</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>X ディスプレイ %1 に MIT-SCREEN-SAVER 拡張がないため、Stint は離席を検出できません</translation>
    </message>
</context>
<context>
    <name>X11WindowBackend</name>
    <message>
        <source>the window manager on the X display %1 does not publish the active window (_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH standard (most do) to see which window has focus</source>
        <translation>X ディスプレイ %1 のウィンドウマネージャーがアクティブウィンドウ (_NET_ACTIVE_WINDOW) を公開していません。フォーカスのあるウィンドウを取得するには、EWMH 標準に従うウィンドウマネージャー (ほとんどが対応) が必要です</translation>
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
        <translation>&quot;%1&quot; は秒数ではありません</translation>
    </message>
    <message>
        <source>Stint records which application has your attention, and when you are away, and keeps it on this computer.</source>
        <translation>Stint は使用中のアプリケーションと離席した時間を記録し、このコンピューター上に保存します。</translation>
    </message>
    <message>
        <source>Record without a window (the watchers still need a graphical session).</source>
        <translation>ウィンドウを表示せずに記録します (ウォッチャーには引き続きグラフィカルセッションが必要です)。</translation>
    </message>
    <message>
        <source>Read the focused window every &lt;seconds&gt; (default 1; overrides the setting).</source>
        <translation>フォーカスのあるウィンドウを &lt;seconds&gt; 秒ごとに読み取ります (既定値 1。設定より優先)。</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>a value name in --help: &lt;seconds&gt;</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Count as away after &lt;seconds&gt; without input (default 180; overrides the setting).</source>
        <translation>入力がないまま &lt;seconds&gt; 秒経過すると離席とみなします (既定値 180。設定より優先)。</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (when the desktop has a tray).</source>
        <translation>ウィンドウを開かずにシステムトレイで起動します (デスクトップにトレイがある場合)。</translation>
    </message>
    <message>
        <source>Serve the ActivityWatch-compatible HTTP API on &lt;port&gt; of 127.0.0.1 (default 5600, 5666 with --testing; overrides the setting).</source>
        <translation>ActivityWatch 互換の HTTP API を 127.0.0.1 のポート &lt;port&gt; で提供します (既定値 5600、--testing 指定時は 5666。設定より優先)。</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>the value name in --help: --port &lt;port&gt;</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Do not serve the HTTP API.</source>
        <translation>HTTP API を提供しません。</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port: &quot;%1&quot; は 1～65535 のポート番号ではありません</translation>
    </message>
    <message>
        <source>Stint cannot open its database: %1</source>
        <translation>Stint はデータベースを開けません: %1</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot record activity: %1</source>
        <translation>Stint はアクティビティを記録できません: %1</translation>
    </message>
    <message>
        <source>the final save failed: %1</source>
        <translation>最後の保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>Print the version of Stint and of Qt, then exit.</source>
        <translation>Stint と Qt のバージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Stint is already running; its window is shown now.</source>
        <translation>Stint はすでに実行中です。ウィンドウを表示しました。</translation>
    </message>
    <message>
        <source>Stint is already running without a window (--no-gui).</source>
        <translation>Stint はすでにウィンドウなし (--no-gui) で実行中です。</translation>
    </message>
    <message>
        <source>cannot tell whether Stint is running already: %1</source>
        <translation>Stint がすでに実行中かどうか判断できません: %1</translation>
    </message>
    <message>
        <source>Stint is already running.</source>
        <translation>Stint はすでに実行中です。</translation>
    </message>
    <message>
        <source>Sync with other computers through &lt;folder&gt; (shared by Syncthing, Dropbox, ...); remembered in the settings.</source>
        <translation>&lt;folder&gt; (Syncthing、Dropbox などで共有) を通じて他のコンピューターと同期します。設定に保存されます。</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>the value name in --help: --sync-dir &lt;folder&gt;</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Sync every &lt;seconds&gt; (default 300; overrides the setting).</source>
        <translation>&lt;seconds&gt; 秒ごとに同期します (既定値 300。設定より優先)。</translation>
    </message>
    <message>
        <source>--sync-interval: &quot;%1&quot; is not a number of seconds from %2 to %3</source>
        <translation>--sync-interval: &quot;%1&quot; は %2 から %3 までの秒数ではありません</translation>
    </message>
    <message>
        <source>--sync-dir: the folder was not stored: %1</source>
        <translation>--sync-dir: フォルダーは保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>the stored setting &quot;%1&quot; is invalid: %2</source>
        <translation>保存されている設定 &quot;%1&quot; が無効です: %2</translation>
    </message>
</context>
<context>
    <name>stint</name>
    <message>
        <source>the datastore gave no answer</source>
        <translation>データストアから応答がありません</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>{&quot;since&quot;: time, &quot;until&quot;: time または null} の形式が必要です</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 expected</source>
        <translation>1～65535 のポート番号が必要です</translation>
    </message>
    <message>
        <source>a string expected</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>a whole number of bytes from %1 to %2 expected</source>
        <translation>%1～%2 の整数のバイト数が必要です</translation>
    </message>
    <message>
        <source>a list of strings expected</source>
        <translation>文字列のリストが必要です</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2 expected</source>
        <translation>%1～%2 の整数の秒数が必要です</translation>
    </message>
    <message>
        <source>an object of dates expected</source>
        <translation>日付のオブジェクトが必要です</translation>
    </message>
</context>
<context>
    <name>stint::AboutDialog</name>
    <message>
        <source>About Stint</source>
        <translation>Stint について</translation>
    </message>
    <message>
        <source>Stint %1</source>
        <translation>Stint %1</translation>
    </message>
    <message>
        <source>A native desktop activity tracker, compatible with ActivityWatch.</source>
        <translation>ActivityWatch と互換性のある、ネイティブなデスクトップ用アクティビティトラッカーです。</translation>
    </message>
    <message>
        <source>Stint is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Stint はフリーソフトウェアです。Free Software Foundation が公開する &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; のバージョン 3、または (任意で) それ以降のバージョン (%1) の条件に従って、再配布および/または改変できます。本ソフトウェアは一切の保証なしに提供されます。</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Qt %1 でビルド、Qt %2 で実行中。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>stint::ActivityPage</name>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>アクティブ時間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>カテゴリのスコアを、それぞれに費やした時間で加重したもの</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>生産性スコア</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Waiting for the first window…</source>
        <translation>最初のウィンドウを待っています…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>heading above the window in focus right now</extracomment>
        <translation>現在</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Click an app to see only its time</source>
        <translation>アプリをクリックすると、そのアプリの時間のみを表示します</translation>
    </message>
    <message>
        <source>Top apps</source>
        <translation>上位のアプリ</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Top window titles</source>
        <translation>上位のウィンドウタイトル</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>上位のカテゴリ</translation>
    </message>
    <message>
        <source>Active time per hour</source>
        <translation>時間帯別のアクティブ時間</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>app “%1”</source>
        <translation>アプリ「%1」</translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>カテゴリ「%1」</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>%1 のみを表示中</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>Could not read the activity: %1</source>
        <translation>アクティビティを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>この期間のアクティビティはありません</translation>
    </message>
    <message>
        <source>Active time (paused %1)</source>
        <translation>アクティブ時間 (一時停止 %1)</translation>
    </message>
    <message>
        <source>%1 of your active time in this period is uncategorized. &lt;a href=&quot;rules&quot;&gt;Add category rules&lt;/a&gt; to see where it went.</source>
        <translation>この期間のアクティブ時間のうち %1 が未分類です。&lt;a href=&quot;rules&quot;&gt;カテゴリのルールを追加&lt;/a&gt;すると内訳がわかります。</translation>
    </message>
    <message>
        <source>%1:00 – %2:00</source>
        <translation>%1:00～%2:00</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>月別のアクティブ時間</translation>
    </message>
    <message>
        <source>Active time per day</source>
        <translation>日別のアクティブ時間</translation>
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
        <translation>d日(ddd)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>You are away: no input for a while. Recording goes on when you are back.</source>
        <translation>離席中です: しばらく入力がありません。戻ると記録が再開されます。</translation>
    </message>
    <message>
        <source>Recording is paused until %1.</source>
        <translation>記録は %1 まで一時停止中です。</translation>
    </message>
    <message>
        <source>Recording is paused.</source>
        <translation>記録は一時停止中です。</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>記録していません。</translation>
    </message>
    <message>
        <source>Stint cannot save: %1. It keeps what it records in memory and tries again.</source>
        <translation>Stint は保存できません: %1。記録した内容をメモリに保持し、再試行します。</translation>
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
        <translation>%2 のポート %1 はすでに使用中です (別の Stint または ActivityWatch サーバーが動作していませんか?)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>stint::BrowserExtensionsPanel</name>
    <message>
        <source>Allow a web site</source>
        <translation>ウェブサイトを許可</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser extensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;ブラウザー拡張機能&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browser extensions such as aw-watcher-web send the pages you visit to Stint&apos;s HTTP API. Stint lets in the Chrome Web Store&apos;s aw-watcher-web and Firefox extensions; an extension from another store, or one you built yourself, is refused until you allow it here.</source>
        <translation>aw-watcher-web などのブラウザー拡張機能は、閲覧したページを Stint の HTTP API に送信します。Stint は Chrome ウェブストアの aw-watcher-web と Firefox の拡張機能を受け入れます。他のストアの拡張機能や自分でビルドした拡張機能は、ここで許可するまで拒否されます。</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>許可されたオリジン</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>許可元</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Stop letting the selected origin in (built-in ones stay)</source>
        <translation>選択したオリジンの許可を取り消します (組み込みのものは残ります)</translation>
    </message>
    <message>
        <source>Refused origin</source>
        <translation>拒否されたオリジン</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>許可(&amp;A)</translation>
    </message>
    <message>
        <source>Let the selected origin send and read activity</source>
        <translation>選択したオリジンにアクティビティの送信と読み取りを許可します</translation>
    </message>
    <message>
        <source>Refused recently (since Stint started):</source>
        <translation>最近拒否されたもの (Stint の起動以降):</translation>
    </message>
    <message>
        <source>The HTTP API is not running, so no browser extension can reach Stint.</source>
        <translation>HTTP API が動作していないため、ブラウザー拡張機能は Stint に接続できません。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>added (pattern)</source>
        <translation>追加 (パターン)</translation>
    </message>
    <message>
        <source>First refused %1</source>
        <translation>初回拒否: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin that can be allowed.</source>
        <translation>「%1」は許可できるオリジンではありません。</translation>
    </message>
    <message>
        <source>%1 is a web site, not a browser extension. If you allow it, any page from that site could then write and read your activity data.

Allow it anyway?</source>
        <translation>%1 はウェブサイトであり、ブラウザー拡張機能ではありません。許可すると、そのサイトのどのページでもあなたのアクティビティデータを読み書きできるようになります。

それでも許可しますか?</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>変更は保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>stint::BucketTableModel</name>
    <message>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>最初のイベント</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>最後のイベント</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント数</translation>
    </message>
</context>
<context>
    <name>stint::CategoryEditor</name>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Rule (regex)</source>
        <translation>ルール (正規表現)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>最上位のカテゴリを追加します</translation>
    </message>
    <message>
        <source>Add s&amp;ub</source>
        <translation>サブカテゴリを追加(&amp;U)</translation>
    </message>
    <message>
        <source>Add a subcategory to the selected category</source>
        <translation>選択したカテゴリにサブカテゴリを追加します</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories</source>
        <translation>選択したカテゴリとそのサブカテゴリを削除します</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>同じ階層で 1 つ前に移動します</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>同じ階層で 1 つ後ろに移動します</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>インデント</translation>
    </message>
    <message>
        <source>Make it a subcategory of the category above</source>
        <translation>上のカテゴリのサブカテゴリにします</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>インデント解除</translation>
    </message>
    <message>
        <source>Move it up one level</source>
        <translation>1 つ上の階層に移動します</translation>
    </message>
    <message>
        <source>The name of this category (applied on Enter or when leaving the field)</source>
        <translation>このカテゴリの名前 (Enter を押すかフィールドを離れると適用されます)</translation>
    </message>
    <message>
        <source>empty: only groups subcategories</source>
        <translation>空の場合はサブカテゴリをまとめるだけです</translation>
    </message>
    <message>
        <source>A regular expression tried on every value of a window or tab: app, title, URL</source>
        <translation>ウィンドウまたはタブのすべての値 (アプリ、タイトル、URL) に対して試される正規表現</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>大文字と小文字を区別しない</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>継承</translation>
    </message>
    <message>
        <source>Use the colour of the parent category</source>
        <translation>親カテゴリの色を使用します</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>独自のスコア</translation>
    </message>
    <message>
        <source>Without its own score a category uses its parent&apos;s</source>
        <translation>独自のスコアがないカテゴリは、親カテゴリのスコアを使用します</translation>
    </message>
    <message>
        <source>Productivity score: positive for productive time, negative for distraction</source>
        <translation>生産性スコア: 生産的な時間には正の値、気が散った時間には負の値</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Regex</source>
        <translation>正規表現(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>色(&amp;C)</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>スコア(&amp;O)</translation>
    </message>
    <message>
        <source>A window or browser tab gets the deepest category whose regex matches any of its values; among equally deep matches, the later rule wins.</source>
        <translation>ウィンドウまたはブラウザーのタブには、いずれかの値に正規表現が一致するカテゴリのうち最も深いものが割り当てられます。同じ深さで一致した場合は、後のルールが優先されます。</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Read categories from a file exported by Stint or ActivityWatch</source>
        <translation>Stint または ActivityWatch でエクスポートしたファイルからカテゴリを読み込みます</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write these categories to a file ActivityWatch can import</source>
        <translation>これらのカテゴリを ActivityWatch でインポートできるファイルに書き出します</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Replace the categories with Stint&apos;s defaults</source>
        <translation>カテゴリを Stint の既定値に置き換えます</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>保存していない変更を破棄します</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>カテゴリを保存します</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>カテゴリのインポート</translation>
    </message>
    <message>
        <source>Category files (*.json);;All files (*)</source>
        <translation>カテゴリファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>カテゴリのエクスポート</translation>
    </message>
    <message>
        <source>Cannot read the stored categories: %1</source>
        <translation>保存されているカテゴリを読み込めません: %1</translation>
    </message>
    <message>
        <source>(groups subcategories)</source>
        <translation>(サブカテゴリをまとめるだけ)</translation>
    </message>
    <message>
        <source>Invalid regex: %1</source>
        <translation>無効な正規表現: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Inherited – choose…</source>
        <translation>継承 – 選択…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Cannot count the matches of the last 7 days: %1</source>
        <translation>過去 7 日間の一致を集計できません: %1</translation>
    </message>
    <message>
        <source>%1 by this rule, %2 with its subcategories</source>
        <translation>このルールで %1、サブカテゴリを含めて %2</translation>
    </message>
    <message>
        <source>Counting the last 7 days…</source>
        <translation>過去 7 日間を集計しています…</translation>
    </message>
    <message>
        <source>Uncategorized in the last 7 days: %1 of %2 active time (%3%)</source>
        <translation>過去 7 日間の未分類: アクティブ時間 %2 のうち %1 (%3%)</translation>
    </message>
    <message>
        <source>Last 7 days: %1 in its subcategories. This category has no regex of its own.</source>
        <translation>過去 7 日間: サブカテゴリで %1。このカテゴリには独自の正規表現がありません。</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.</source>
        <translation>過去 7 日間: このルールでアクティブ時間のうち %1 を分類しました (サブカテゴリを含めて %2)。</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time.</source>
        <translation>過去 7 日間: このルールでアクティブ時間のうち %1 を分類しました。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>カテゴリには名前が必要です。</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>カテゴリ &quot;%1&quot; はすでに存在します。</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>新しいカテゴリ</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>新しいカテゴリ %1</translation>
    </message>
    <message>
        <source>There is no category above to move it into.</source>
        <translation>移動先となる上のカテゴリがありません。</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の色</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Saved. The reports use these categories now.</source>
        <translation>保存しました。レポートでこれらのカテゴリが使用されます。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable categories: %2</source>
        <translation>%1 には使用できるカテゴリがありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>%1 から %n 件のルールをインポートしました。まだ保存されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the categories first: %1</source>
        <translation>先にカテゴリを修正してください: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The productivity score on the Activity page is the mean of the categories&apos; scores, weighted by the time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.</source>
        <translation>「アクティビティ」ページの生産性スコアは、カテゴリのスコアをそれぞれに費やした時間で加重した平均です (「未分類」は 0 として数えます)。これらのカテゴリでは %1 から %2 の範囲になります。</translation>
    </message>
</context>
<context>
    <name>stint::Cli</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>何も保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].</source>
        <translation>使い方: stopwatch start LABEL、stopwatch stop、または stopwatch status [--json]。</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>実行中のタイマーはありません。</translation>
    </message>
    <message>
        <source>%1: running for %2 (since %3)</source>
        <translation>%1: %2 実行中 (%3 から)</translation>
    </message>
    <message>
        <source>Started %1 at %2.</source>
        <translation>%2 に %1 を開始しました。</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>%2 経過後に %1 を停止しました。</translation>
    </message>
    <message>
        <source>Use: entry add --start T --end T LABEL.</source>
        <translation>使い方: entry add --start T --end T LABEL。</translation>
    </message>
    <message>
        <source>Added %1 from %2 to %3 (%4).</source>
        <translation>%1 を %2 から %3 まで (%4) 追加しました。</translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Export everything as ActivityWatch&apos;s export file (other trackers and scripts read it) or the activity as a CSV table. Import an ActivityWatch export or ActivityWatch&apos;s own database (sqlite.db); events that are already here are skipped, so importing twice changes nothing.</source>
        <translation>すべてのデータを ActivityWatch のエクスポートファイル (他のトラッカーやスクリプトで読み込めます) として、またはアクティビティを CSV 表としてエクスポートできます。ActivityWatch のエクスポート、または ActivityWatch 自体のデータベース (sqlite.db) をインポートできます。すでにあるイベントはスキップされるため、2 回インポートしても何も変わりません。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n event(s) read</source>
        <translation>
            <numerusform>インポート中… %n 件のイベントを読み込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export (*.json)</source>
        <translation>ActivityWatch エクスポート (*.json)</translation>
    </message>
    <message>
        <source>Activity as CSV (*.csv)</source>
        <translation>CSV 形式のアクティビティ (*.csv)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>アクティビティのエクスポート</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>アクティビティのインポート</translation>
    </message>
    <message>
        <source>ActivityWatch export or database (*.json *.db);;All files (*)</source>
        <translation>ActivityWatch エクスポートまたはデータベース (*.json *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>中止しました: %1</translation>
    </message>
    <message>
        <source>ActivityWatch&apos;s watchers and scripts can send data to Stint at http://127.0.0.1:%1/api/0/.</source>
        <translation>ActivityWatch のウォッチャーやスクリプトは http://127.0.0.1:%1/api/0/ で Stint にデータを送信できます。</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is off.</source>
        <translation>ActivityWatch のウォッチャーやスクリプト用の HTTP API はオフです。</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is not running: %1</source>
        <translation>ActivityWatch のウォッチャーやスクリプト用の HTTP API は動作していません: %1</translation>
    </message>
    <message>
        <source>Stint keeps everything it records, and these settings, in one database file:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While Stint runs, recent changes may wait in a second file beside it; quitting Stint moves them into the database file. To copy the data while Stint runs, use Back up.</source>
        <translation>Stint は記録したすべてのデータとこれらの設定を 1 つのデータベースファイルに保存します:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Stint の実行中は、最近の変更がその隣にある 2 つ目のファイルで待機していることがあります。Stint を終了すると、それらはデータベースファイルに移されます。Stint の実行中にデータをコピーするには、「バックアップ」を使用してください。</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a complete, checked copy of the database to a file of your choice while Stint keeps recording.</source>
        <translation>Stint の記録を続けたまま、検査済みの完全なデータベースのコピーを任意のファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Stint database (*.db)</source>
        <translation>Stint データベース (*.db)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>%1 にバックアップしています…</translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>%n 行のアクティビティを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>インポートを保存できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>%n 件のイベント (バケット: %1) を %2 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>%n 件のイベントを %1 にバックアップしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DatePicker</name>
    <message>
        <source>Pick a date (days with data are bold)</source>
        <translation>日付を選択 (データのある日は太字で表示)</translation>
    </message>
</context>
<context>
    <name>stint::Desktop</name>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Stint keeps tracking</source>
        <translation>Stint は記録を続けます</translation>
    </message>
    <message>
        <source>Stint is still running in the tray. Choose Quit in its menu to stop tracking.</source>
        <translation>Stint はトレイで実行中です。記録を停止するには、メニューの「終了」を選択してください。</translation>
    </message>
    <message>
        <source>Quit Stint?</source>
        <translation>Stint を終了しますか?</translation>
    </message>
    <message>
        <source>There is no system tray to keep Stint in. Quit Stint and stop tracking?</source>
        <translation>Stint を常駐させるシステムトレイがありません。Stint を終了して記録を停止しますか?</translation>
    </message>
    <message>
        <source>Browser extension refused</source>
        <translation>ブラウザー拡張機能を拒否しました</translation>
    </message>
    <message>
        <source>A browser extension tried to send activity to Stint and was refused — review in Settings → Data → Browser extensions.
%1</source>
        <translation>ブラウザー拡張機能が Stint にアクティビティを送信しようとして拒否されました。設定 → データ → ブラウザー拡張機能 で確認してください。
%1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
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
        <translation>キーボードやマウスの入力がこの時間ないと、離席とみなされます</translation>
    </message>
    <message>
        <source>How often the active window is read when the system does not report changes</source>
        <translation>システムが変更を通知しない場合に、アクティブウィンドウを読み取る間隔</translation>
    </message>
    <message>
        <source>Activity before this time counts for the previous day</source>
        <translation>この時刻より前のアクティビティは前日に含まれます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>保存していない変更を破棄します</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>離席とみなすまでの無入力時間</translation>
    </message>
    <message>
        <source>Check the active window every</source>
        <translation>アクティブウィンドウの確認間隔</translation>
    </message>
    <message>
        <source>Days and weeks</source>
        <translation>日と週</translation>
    </message>
    <message>
        <source>A day starts at</source>
        <translation>1 日の開始時刻</translation>
    </message>
    <message>
        <source>A week starts on</source>
        <translation>週の開始曜日</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>プライバシー</translation>
    </message>
    <message>
        <source>Windows matching a rule are never stored as they are: excluded ones are recorded only as &quot;(excluded)&quot;, redacted ones keep the app but not the title. Regexes ignore case; either may be empty.</source>
        <translation>ルールに一致するウィンドウは、そのままでは保存されません。「除外」は &quot;(excluded)&quot; としてのみ記録され、「タイトルを伏せる」はアプリを残してタイトルを保存しません。正規表現は大文字と小文字を区別しません。どちらも空にできます。</translation>
    </message>
    <message>
        <source>Always active</source>
        <translation>常にアクティブ</translation>
    </message>
    <message>
        <source>Time in matching windows counts as active even without input (videos, meetings).</source>
        <translation>一致するウィンドウでの時間は、入力がなくてもアクティブとみなされます (動画、会議など)。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>設定を読み込めません: %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>not a list of rules</source>
        <translation>ルールのリストではありません</translation>
    </message>
    <message>
        <source>Correct the values shown and save to replace them.</source>
        <translation>表示されている値を修正し、保存して置き換えてください。</translation>
    </message>
    <message>
        <source>Away timeout: %1</source>
        <translation>離席までの時間: %1</translation>
    </message>
    <message>
        <source>Poll interval: %1</source>
        <translation>確認間隔: %1</translation>
    </message>
    <message>
        <source>Start of day: %1</source>
        <translation>1 日の開始: %1</translation>
    </message>
    <message>
        <source>Start of week: %1</source>
        <translation>週の開始: %1</translation>
    </message>
    <message>
        <source>Privacy rules: %1</source>
        <translation>プライバシールール: %1</translation>
    </message>
    <message>
        <source>Always-active rules: %1</source>
        <translation>常にアクティブのルール: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Saved, but recording cannot use the new settings: %1</source>
        <translation>保存しましたが、記録に新しい設定を適用できません: %1</translation>
    </message>
    <message>
        <source>Saved. Recording uses the new settings now.</source>
        <translation>保存しました。記録に新しい設定が適用されています。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Start Stint when I log in</source>
        <translation>ログイン時に Stint を起動する</translation>
    </message>
    <message>
        <source>Stint starts in the system tray when you log in</source>
        <translation>ログイン時に Stint をシステムトレイで起動します</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>In force now: %1 s, given with %2 on the command line, which overrides this setting until Stint starts without it.</source>
        <translation>現在の値: %1 秒 (コマンドラインの %2 で指定)。Stint をこのオプションなしで起動するまで、この設定より優先されます。</translation>
    </message>
</context>
<context>
    <name>stint::GnomeExtensionPanel</name>
    <message>
        <source>GNOME does not tell other programs which window has the focus. Stint&apos;s small GNOME Shell extension (GNOME 45 or later) does, and only to programs of your session.</source>
        <translation>GNOME は、どのウィンドウにフォーカスがあるかを他のプログラムに通知しません。Stint の小さな GNOME Shell 拡張機能 (GNOME 45 以降) がこれを通知します。通知先はあなたのセッション内のプログラムに限られます。</translation>
    </message>
    <message>
        <source>Checking the extension…</source>
        <translation>拡張機能を確認しています…</translation>
    </message>
    <message>
        <source>&amp;Install the extension</source>
        <translation>拡張機能をインストール(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>再インストール(&amp;I)</translation>
    </message>
    <message>
        <source>The extension could not be installed: %1</source>
        <translation>拡張機能をインストールできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalMonitor</name>
    <message>
        <source>Active time</source>
        <extracomment>the name of a goal that counts all active time, not one category</extracomment>
        <translation>アクティブ時間</translation>
    </message>
    <message>
        <source>Over your limit: %1</source>
        <translation>上限を超えました: %1</translation>
    </message>
    <message>
        <source>%1 today, more than the %2 you allowed for a day.</source>
        <translation>今日は %1 で、1 日の上限 %2 を超えました。</translation>
    </message>
    <message>
        <source>%1 this week, more than the %2 you allowed for a week.</source>
        <translation>今週は %1 で、1 週間の上限 %2 を超えました。</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>目標を達成しました: %1</translation>
    </message>
    <message>
        <source>%1 today: your goal of %2 a day is reached.</source>
        <translation>今日は %1: 1 日 %2 の目標を達成しました。</translation>
    </message>
    <message>
        <source>%1 this week: your goal of %2 a week is reached.</source>
        <translation>今週は %1: 1 週間 %2 の目標を達成しました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goals met today: %1 of %2</source>
        <translation>今日達成した目標: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Your day so far: %1 active</source>
        <translation>今日のここまで: アクティブ %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalsCard</name>
    <message>
        <source>at most %1 a day</source>
        <translation>1 日最大 %1</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>1 週間最大 %1</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>1 日最低 %1</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>1 週間最低 %1</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>上限超過</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>上限内</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
</context>
<context>
    <name>stint::GoalsSettings</name>
    <message>
        <source>Set yourself at most or at least so much time a day or a week, in one category (with its subcategories) or in all active time. The Activity page shows how far you are, and Stint tells you once when a limit is passed or a goal reached.</source>
        <translation>1 日または 1 週間あたりの時間の上限や目標を、1 つのカテゴリ (サブカテゴリを含む) またはアクティブ時間全体について設定します。「アクティビティ」ページに進み具合が表示され、上限を超えたときや目標を達成したときに Stint が 1 回通知します。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>目標を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>目標を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Sum up my day in a notification at</source>
        <translation>1 日のまとめを通知する時刻</translation>
    </message>
    <message>
        <source>The active time, the top three categories and the goals met</source>
        <translation>アクティブ時間、上位 3 つのカテゴリ、達成した目標</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>保存していない変更を破棄します</translation>
    </message>
    <message>
        <source>Cannot read the goals: %1</source>
        <translation>目標を読み込めません: %1</translation>
    </message>
    <message>
        <source>All active time</source>
        <translation>アクティブ時間全体</translation>
    </message>
    <message>
        <source>At most</source>
        <extracomment>a goal: at most so much time</extracomment>
        <translation>最大</translation>
    </message>
    <message>
        <source>At least</source>
        <extracomment>a goal: at least so much time</extracomment>
        <translation>最低</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>1 日あたり</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>1 週間あたり</translation>
    </message>
    <message>
        <source>Correct the goals shown and save to replace them.</source>
        <translation>表示されている目標を修正し、保存して置き換えてください。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>stint::HostSelector</name>
    <message>
        <source>Whose activity to show: this computer&apos;s, another computer&apos;s, or all of them with each moment counted once (this computer&apos;s activity first)</source>
        <translation>どのアクティビティを表示するか: このコンピューター、別のコンピューター、またはすべて (各時点を 1 回だけ数え、このコンピューターのアクティビティを優先)</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>このコンピューター (%1)</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>すべてのコンピューター</translation>
    </message>
</context>
<context>
    <name>stint::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <source>Show Stint in</source>
        <translation>Stint の表示言語</translation>
    </message>
    <message>
        <source>Stint will use %1 after it is restarted.</source>
        <translation>Stint を再起動すると %1 が使用されます。</translation>
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
        <translation>まだ何も記録されていません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All changes saved (write #%1)</source>
        <translation>すべての変更を保存しました (書き込み #%1)</translation>
    </message>
    <message>
        <source>Not saved since write #%1 - retrying</source>
        <translation>書き込み #%1 以降が保存されていません - 再試行しています</translation>
    </message>
</context>
<context>
    <name>stint::ManualEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>エントリの編集</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>エントリの追加</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>カテゴリルールに従う</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>カテゴリ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>開始(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>終了(&amp;E):</translation>
    </message>
    <message>
        <source>Give the entry a label.</source>
        <translation>エントリにラベルを付けてください。</translation>
    </message>
</context>
<context>
    <name>stint::ManualTimeDialog</name>
    <message>
        <source>Manual time</source>
        <translation>手動記録</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>何をしていますか?</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>タイマーを開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Keep the running timer going (run both)</source>
        <translation>実行中のタイマーも続ける (両方を実行)(&amp;K)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>エントリを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>タイマーを停止(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>カテゴリルールに従う</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (実行中)</translation>
    </message>
    <message>
        <source>by rules</source>
        <translation>ルールに従う</translation>
    </message>
    <message>
        <source>Could not read the entries: %1</source>
        <translation>エントリを読み込めません: %1</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>実行中のタイマーはありません。</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 (%2 経過)</translation>
    </message>
    <message>
        <source>Give the timer a label first.</source>
        <translation>先にタイマーにラベルを付けてください。</translation>
    </message>
</context>
<context>
    <name>stint::PatternTable</name>
    <message>
        <source>App (regex)</source>
        <translation>アプリ (正規表現)</translation>
    </message>
    <message>
        <source>Title (regex)</source>
        <translation>タイトル (正規表現)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Redact title</source>
        <translation>タイトルを伏せる</translation>
    </message>
    <message>
        <source>Exclude: stored only as &quot;(excluded)&quot;. Redact title: the app is kept, the title hidden.</source>
        <translation>除外: &quot;(excluded)&quot; としてのみ保存します。タイトルを伏せる: アプリは保持し、タイトルを隠します。</translation>
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
        <translation>1 日分を表示します</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>1 週間分を表示します</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>1 か月分を表示します</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年(&amp;Y)</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>1 年分を表示します</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>前の期間 (%1)</translation>
    </message>
    <message>
        <source>Next period (%1)</source>
        <translation>次の期間 (%1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>今日を含む期間に移動します</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今日、%1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>昨日、%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
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
        <translation>アクティビティを保存しています…</translation>
    </message>
    <message>
        <source>Stint could not save</source>
        <translation>Stint は保存できませんでした</translation>
    </message>
    <message>
        <source>The last minutes of your activity could not be saved:
%1

Nothing is lost while Stint keeps running. Retry, or cancel quitting and free some space or fix the problem first.</source>
        <translation>直近数分間のアクティビティを保存できませんでした:
%1

Stint の実行中は何も失われません。再試行するか、終了をキャンセルして、先に空き容量を確保するか問題を解決してください。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel quitting</source>
        <translation>終了をキャンセル</translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message>
        <source>Delete data</source>
        <translation>データの削除</translation>
    </message>
    <message>
        <source>Delete bucket…</source>
        <translation>バケットを削除…</translation>
    </message>
    <message>
        <source>Delete the selected bucket with all its events</source>
        <translation>選択したバケットをすべてのイベントとともに削除します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;バケット&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>From the bucket&apos;s first event to its last</source>
        <translation>バケットの最初のイベントから最後のイベントまで</translation>
    </message>
    <message>
        <source>Filter by any value (app, title, URL, …)</source>
        <translation>任意の値で絞り込み (アプリ、タイトル、URL など)</translation>
    </message>
    <message>
        <source>Delete events…</source>
        <translation>イベントを削除…</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>選択したイベントを削除します (Del)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>さらに表示</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>終了(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>フィルター(&amp;I)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;イベント&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>生データ</translation>
    </message>
    <message>
        <source>Cannot read the buckets: %1</source>
        <translation>バケットを読み込めません: %1</translation>
    </message>
    <message>
        <source>No buckets yet: nothing has been recorded.</source>
        <translation>バケットはまだありません: 何も記録されていません。</translation>
    </message>
    <message>
        <source>Cannot read the events of &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; のイベントを読み込めません: %2</translation>
    </message>
    <message>
        <source>No event in this range matches the filter.</source>
        <translation>この範囲にフィルターに一致するイベントはありません。</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>この範囲にイベントはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>一致するイベント %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>イベント %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from &quot;%1&quot;? This cannot be undone.</source>
        <translation>
            <numerusform>&quot;%1&quot; から %n 件のイベントを削除しますか? この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>%n 件のイベントを削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>バケット &quot;%1&quot; をその %n 件のイベントすべてとともに削除しますか? この操作は元に戻せません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bucket &quot;%1&quot;.</source>
        <translation>バケット &quot;%1&quot; を削除しました。</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>何も削除されませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>一致するイベント %Ln 件のうち、新しい %1 件を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>イベント %Ln 件のうち、新しい %1 件を表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>一致する %Ln 件のイベントのうち、最初の %1 件をこの順序で表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>%Ln 件のイベントのうち、最初の %1 件をこの順序で表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search apps, window titles and URLs</source>
        <translation>アプリ、ウィンドウタイトル、URL を検索</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>過去 365 日間</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>期間指定…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>最初に記録</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後に記録</translation>
    </message>
    <message>
        <source>Double-click a result to see it in the Timeline (its first stretch from &quot;First seen&quot;, else its last).</source>
        <translation>結果をダブルクリックすると「タイムライン」で表示します (「最初に記録」の時点からの最初の区間、なければ最後の区間)。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>最後の日が最初の日より前です。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n 件の結果、アクティブ %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SettingsPage</name>
    <message>
        <source>&amp;Categories</source>
        <translation>カテゴリ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>データ(&amp;D)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>GNOME &amp;Shell</source>
        <translation>GNOME Shell(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Stint…</source>
        <translation>Stint について(&amp;A)…</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>目標(&amp;O)</translation>
    </message>
</context>
<context>
    <name>stint::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>ロックファイル %1 を作成できません。</translation>
    </message>
    <message>
        <source>Another Stint holds %1 but does not answer.</source>
        <translation>別の Stint が %1 を保持していますが、応答しません。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>the running Stint did not answer</source>
        <translation>実行中の Stint が応答しませんでした</translation>
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
        <translation>複数のコンピューター: Stint は記録した内容を、Syncthing、Dropbox、Nextcloud などがコンピューター間でコピーするフォルダーに書き込み、他のコンピューターのアクティビティをそこから読み込みます (ActivityWatch の aw-sync と同じ方法です)。ここでイベントを削除しても、他のコンピューターには反映されません。</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>同期フォルダー(&amp;S)…</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>同期をオフにする</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>ファイルの変更</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>ここにあるイベント</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>非表示(&amp;H)</translation>
    </message>
    <message>
        <source>Leave this computer out of the reports and stop copying its activity.</source>
        <translation>このコンピューターをレポートから除外し、アクティビティのコピーを停止します。</translation>
    </message>
    <message>
        <source>&amp;Delete here…</source>
        <translation>ここで削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the copies of this computer&apos;s activity on this computer (and hide it). The other computer keeps its data.</source>
        <translation>このコンピューター上にある、このコンピューターのアクティビティのコピーを削除します (非表示にもなります)。相手のコンピューターのデータはそのまま残ります。</translation>
    </message>
    <message>
        <source>Delete %1 here</source>
        <translation>%1 をここで削除</translation>
    </message>
    <message>
        <source>Delete the activity copied from %1 on this computer? %1 keeps its own data, and it stays hidden here so the copies do not come back.</source>
        <translation>%1 からコピーしたアクティビティをこのコンピューターから削除しますか? %1 のデータはそのまま残り、コピーが再び現れないよう、ここでは非表示のままになります。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Sync is not available.</source>
        <translation>同期は利用できません。</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>同期フォルダー: &lt;b&gt;%1&lt;/b&gt;、%n 秒ごと</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>同期はオフです。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>まだデータベースファイルがありません</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>%1 に同期しました: 他のコンピューターから %n 件のイベントをコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncthing is set up on this computer but does not answer at %1.</source>
        <translation>このコンピューターには Syncthing が設定されていますが、%1 で応答しません。</translation>
    </message>
    <message>
        <source>No Syncthing found on this computer.</source>
        <translation>このコンピューターに Syncthing が見つかりません。</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer (%1), but the sync folder is not shared there.</source>
        <translation>このコンピューターで Syncthing が動作していますが (%1)、同期フォルダーは共有されていません。</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer and shares the sync folder (&quot;%1&quot;): %2.</source>
        <translation>このコンピューターで Syncthing が動作しており、同期フォルダーを共有しています (&quot;%1&quot;): %2。</translation>
    </message>
    <message>
        <source>%1, %2 still to fetch</source>
        <translation>%1、残り %2 を取得中</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同期フォルダー</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>表示(&amp;H)</translation>
    </message>
</context>
<context>
    <name>stint::SyncService</name>
    <message>
        <source>Stint is quitting; sync did not run.</source>
        <translation>Stint を終了中のため、同期は実行されませんでした。</translation>
    </message>
</context>
<context>
    <name>stint::TimelinePage</name>
    <message>
        <source>Scroll to zoom, drag to move</source>
        <translation>スクロールでズーム、ドラッグで移動</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ズームアウト</translation>
    </message>
    <message>
        <source>Show a longer stretch</source>
        <translation>より長い範囲を表示します</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ズームイン</translation>
    </message>
    <message>
        <source>Show a shorter stretch</source>
        <translation>より短い範囲を表示します</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>button: scroll the timeline to the present</extracomment>
        <translation>現在</translation>
    </message>
    <message>
        <source>Go to the present</source>
        <translation>現在に移動します</translation>
    </message>
    <message>
        <source>Timeline of every bucket</source>
        <translation>すべてのバケットのタイムライン</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>タイムラインを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Go back by the span shown</source>
        <translation>表示中の範囲の分だけ戻ります</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Go forward by the span shown</source>
        <translation>表示中の範囲の分だけ進みます</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>yyyy年M月d日(ddd) HH:mm</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>手動記録…</translation>
    </message>
    <message>
        <source>Timers and entries by hand (right-drag over the timeline adds one)</source>
        <translation>タイマーと手動エントリ (タイムライン上で右ドラッグすると追加できます)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>エントリを編集…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>エントリを削除</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>エントリを追加…</translation>
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
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 – %2
%3, %4 active</source>
        <translation>%1～%2
%3、アクティブ %4</translation>
    </message>
</context>
<context>
    <name>stint::TimelineView</name>
    <message>
        <source>Windows</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Active / away</source>
        <translation>アクティブ / 離席</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Browser tabs</source>
        <translation>ブラウザーのタブ</translation>
    </message>
    <message>
        <source>Browser tabs (%1)</source>
        <translation>ブラウザーのタブ (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>in a tooltip: the user was at the computer</extracomment>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>in a tooltip: the user was away from the computer</extracomment>
        <translation>離席</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>アプリ: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>タイトル: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>カテゴリ: %1</translation>
    </message>
    <message>
        <source>Start: %1 %2</source>
        <translation>開始: %1 %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>継続時間: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>まだ何も記録されていません</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Bucket %1
Type %2
Host %3</source>
        <translation>バケット %1
種類 %2
ホスト %3</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>Manual time</source>
        <translation>手動記録</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <extracomment>in a tooltip: the app&apos;s name, then the id it was recorded with</extracomment>
        <translation>アプリ: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>stint::TimerMenu</name>
    <message>
        <source>Timer</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <source>Stop “%1” (%2)</source>
        <translation>「%1」を停止 (%2)</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>tray menu: start a timer with a label used before</extracomment>
        <translation>「%1」を開始</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>タイマーを開始…</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>手動記録…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>タイマーを開始</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>何をしていますか?</translation>
    </message>
</context>
<context>
    <name>stint::Tracker</name>
    <message>
        <source>cannot store this database&apos;s device id</source>
        <translation>このデータベースのデバイス ID を保存できません</translation>
    </message>
    <message>
        <source>cannot read this database&apos;s device id</source>
        <translation>このデータベースのデバイス ID を読み込めません</translation>
    </message>
</context>
<context>
    <name>stint::TrayIcon</name>
    <message>
        <source>Open Stint</source>
        <translation>Stint を開く</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>15 分間一時停止</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>1 時間一時停止</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>明日まで一時停止</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Stint is tracking</source>
        <translation>Stint は記録中です</translation>
    </message>
    <message>
        <source>Stint: you are away</source>
        <translation>Stint: 離席中</translation>
    </message>
    <message>
        <source>Stint is paused until %1</source>
        <translation>Stint は %1 まで一時停止中です</translation>
    </message>
    <message>
        <source>Stint is paused</source>
        <translation>Stint は一時停止中です</translation>
    </message>
    <message>
        <source>Stint is not recording</source>
        <translation>Stint は記録していません</translation>
    </message>
    <message>
        <source>Today: %1 active</source>
        <translation>今日: アクティブ %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot save: %1</source>
        <translation>Stint は保存できません: %1</translation>
    </message>
    <message>
        <source>It keeps what it records in memory and tries again.</source>
        <translation>記録した内容をメモリに保持し、再試行します。</translation>
    </message>
    <message>
        <source>Testing database: %1</source>
        <translation>テスト用データベース: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
</context>
<context>
    <name>stint::TrendsPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>直近 4 週間</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>直近 12 週間</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>直近 52 週間</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>直近 12 か月</translation>
    </message>
    <message>
        <source>The span to look at; the current week or month is the last one</source>
        <translation>表示する期間。今週または今月が最後になります</translation>
    </message>
    <message>
        <source>Against the same number of days just before the span</source>
        <translation>期間の直前の同じ日数と比較</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>1 日平均</translation>
    </message>
    <message>
        <source>per day of the span</source>
        <translation>期間の 1 日あたり</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>最も多かった日</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>カテゴリのスコアを、それぞれに費やした時間で加重したもの</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>生産性スコア</translation>
    </message>
    <message>
        <source>Click a bar to see that period on the Activity page</source>
        <translation>バーをクリックすると、その期間を「アクティビティ」ページで表示します</translation>
    </message>
    <message>
        <source>Active time per week</source>
        <translation>週ごとのアクティブ時間</translation>
    </message>
    <message>
        <source>Share of each category</source>
        <translation>カテゴリごとの割合</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>この期間</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>前期間</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Change by category</source>
        <translation>カテゴリごとの変化</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>トレンド</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>トレンドを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 からの週</translation>
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
        <translation>%1 – %2 (比較対象: %3 – %4)</translation>
    </message>
    <message>
        <source>%1 against %2 before</source>
        <translation>%1 (前期間 %2)</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>比較できる前期間のデータがありません</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>アクティビティなし</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>月ごとのアクティブ時間</translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>直前の %n 週間との比較</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>直前の %n か月との比較</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2: %3 (%4)
Total: %5
Click to open it on the Activity page</source>
        <translation>%1
%2: %3 (%4)
合計: %5
クリックすると「アクティビティ」ページで開きます</translation>
    </message>
    <message>
        <source>%1
Productivity score: %2</source>
        <translation>%1
生産性スコア: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the active time</source>
        <translation>%1
%2: アクティブ時間の %3</translation>
    </message>
    <message>
        <source>%1 now against %2 before</source>
        <translation>現在 %1、前期間 %2</translation>
    </message>
    <message>
        <source>No time in this category before</source>
        <translation>前期間はこのカテゴリの時間がありません</translation>
    </message>
</context>
</TS>
