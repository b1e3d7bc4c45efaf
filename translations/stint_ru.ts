<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ActivityBuilder</name>
    <message>
        <source>no window activity was recorded on host &quot;%1&quot;</source>
        <translation>на узле «%1» не записано активности окон</translation>
    </message>
</context>
<context>
    <name>ActivityCsvExporter</name>
    <message>
        <source>Cannot write the CSV: %1</source>
        <translation>Не удаётся записать CSV: %1</translation>
    </message>
</context>
<context>
    <name>ActivitySearch</name>
    <message>
        <source>nothing to search for</source>
        <translation>нечего искать</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2 at offset %3</source>
        <translation>недопустимое регулярное выражение «%1»: %2 в позиции %3</translation>
    </message>
</context>
<context>
    <name>AlwaysActiveRules</name>
    <message>
        <source>not a valid regular expression</source>
        <translation>недопустимое регулярное выражение</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Не удаётся удалить %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the desktop&apos;s Background portal</source>
        <translation>портал Background рабочего стола</translation>
    </message>
    <message>
        <source>No session bus, so the Background portal cannot be asked.</source>
        <translation>Нет сеансовой шины, поэтому нельзя обратиться к порталу Background.</translation>
    </message>
    <message>
        <source>Stint records your activity from the moment you log in.</source>
        <translation>Stint записывает вашу активность с момента входа в систему.</translation>
    </message>
    <message>
        <source>The Background portal refused the request: %1</source>
        <translation>Портал Background отклонил запрос: %1</translation>
    </message>
    <message>
        <source>The Background portal did not answer.</source>
        <translation>Портал Background не ответил.</translation>
    </message>
    <message>
        <source>Starting at login was not allowed (the request was denied or cancelled).</source>
        <translation>Запуск при входе в систему не разрешён (запрос отклонён или отменён).</translation>
    </message>
    <message>
        <source>The desktop did not allow Stint to start at login.</source>
        <translation>Рабочий стол не разрешил запускать Stint при входе в систему.</translation>
    </message>
    <message>
        <source>The desktop kept Stint starting at login.</source>
        <translation>Рабочий стол не отключил запуск Stint при входе в систему.</translation>
    </message>
    <message>
        <source>Records which application has your attention</source>
        <translation>Записывает, какое приложение занимает ваше внимание</translation>
    </message>
    <message>
        <source>Cannot change the registry value %1.</source>
        <translation>Не удаётся изменить значение реестра %1.</translation>
    </message>
    <message>
        <source>Stint cannot start at login: %1</source>
        <translation>Stint не может включить запуск при входе в систему: %1</translation>
    </message>
    <message>
        <source>Stint cannot stop starting at login: %1</source>
        <translation>Stint не может отключить запуск при входе в систему: %1</translation>
    </message>
</context>
<context>
    <name>AwExporter</name>
    <message>
        <source>There is no bucket &apos;%1&apos;.</source>
        <translation>Бакета «%1» нет.</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Не удаётся прочитать бакет «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Не удаётся записать экспорт: %1</translation>
    </message>
</context>
<context>
    <name>AwImporter</name>
    <message>
        <source>line %1, column %2</source>
        <translation>строка %1, столбец %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file ends too early (expected &apos;%1&apos;)</source>
        <translation>файл обрывается слишком рано (ожидалось «%1»)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>ожидалось «%1»</translation>
    </message>
    <message>
        <source>the file ends inside a value that starts at %1</source>
        <translation>файл обрывается внутри значения, которое начинается в позиции %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>файл обрывается внутри строки</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>неожиданный символ «%1»</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>ожидалось значение</translation>
    </message>
    <message>
        <source>expected a key in double quotes</source>
        <translation>ожидался ключ в двойных кавычках</translation>
    </message>
    <message>
        <source>this is not an ActivityWatch export: it has no &quot;buckets&quot;</source>
        <translation>это не экспорт ActivityWatch: в нём нет &quot;buckets&quot;</translation>
    </message>
    <message>
        <source>unexpected text after the export</source>
        <translation>лишний текст после экспорта</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: %2</source>
        <translation>бакет «%1»: %2</translation>
    </message>
    <message>
        <source>an event must be a JSON object</source>
        <translation>событие должно быть объектом JSON</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event %2: %3</source>
        <translation>бакет «%1», событие %2: %3</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 пуст.</translation>
    </message>
    <message>
        <source>%1 is not an ActivityWatch database (no buckets table: %2)</source>
        <translation>%1 — не база данных ActivityWatch (нет таблицы buckets: %2)</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: &apos;created&apos; is not a date: %2</source>
        <translation>бакет «%1»: значение &apos;created&apos; не является датой: %2</translation>
    </message>
    <message>
        <source>Cannot read the events of &apos;%1&apos;: %2</source>
        <translation>Не удаётся прочитать события «%1»: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2 ends before it starts</source>
        <translation>бакет «%1», событие в %2 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its %2 is not valid UTF-8</source>
        <translation>бакет «%1»: поле %2 не является корректным UTF-8</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;: its data cannot be kept as it is: %2</source>
        <translation>бакет «%1»: Stint не может сохранить его данные без изменений: %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: its data cannot be kept as it is: %3</source>
        <translation>бакет «%1», событие в %2: Stint не может сохранить его данные без изменений: %3</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: %1</source>
        <translation>Файл нельзя импортировать без изменений: %1</translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>category %1</source>
        <translation>категория %1</translation>
    </message>
    <message>
        <source>category %1 (&quot;%2&quot;)</source>
        <translation>категория %1 («%2»)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a list of non-empty strings</source>
        <translation>&quot;name&quot; должен быть списком непустых строк</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a non-empty list of strings</source>
        <translation>&quot;name&quot; должен быть непустым списком строк</translation>
    </message>
    <message>
        <source>&quot;rule&quot; must be an object</source>
        <translation>&quot;rule&quot; должен быть объектом</translation>
    </message>
    <message>
        <source>a regex rule needs a non-empty &quot;regex&quot; string</source>
        <translation>правилу типа regex нужна непустая строка &quot;regex&quot;</translation>
    </message>
    <message>
        <source>invalid regex &quot;%1&quot;: %2 at offset %3</source>
        <translation>недопустимое регулярное выражение «%1»: %2 в позиции %3</translation>
    </message>
    <message>
        <source>unknown rule type &quot;%1&quot; (known: regex, none)</source>
        <translation>неизвестный тип правила «%1» (известны: regex, none)</translation>
    </message>
    <message>
        <source>&quot;data&quot; must be an object</source>
        <translation>&quot;data&quot; должен быть объектом</translation>
    </message>
    <message>
        <source>categories must be a JSON list of rules, or an object with a &quot;categories&quot; list</source>
        <translation>категории должны быть списком правил JSON или объектом со списком &quot;categories&quot;</translation>
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
        <translation>Читает данные, записанные Stint.</translation>
    </message>
    <message>
        <source>Print JSON (ActivityWatch&apos;s format).</source>
        <translation>Выводить JSON (в формате ActivityWatch).</translation>
    </message>
    <message>
        <source>Only events that end at or after &lt;time&gt;.</source>
        <translation>Только события, которые заканчиваются в момент &lt;time&gt; или позже.</translation>
    </message>
    <message>
        <source>time</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>time</translation>
    </message>
    <message>
        <source>Only events that start at or before &lt;time&gt;.</source>
        <translation>Только события, которые начинаются в момент &lt;time&gt; или раньше.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; events (summary: rows, default 10).</source>
        <translation>Не более &lt;n&gt; событий (для summary: строк, по умолчанию 10).</translation>
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
        <translation>summary: вся неделя.</translation>
    </message>
    <message>
        <source>summary: the whole month.</source>
        <translation>summary: весь месяц.</translation>
    </message>
    <message>
        <source>summary: the whole year.</source>
        <translation>summary: весь год.</translation>
    </message>
    <message>
        <source>summary: group by app, title, category or domain.</source>
        <translation>summary: группировать по приложению (app), заголовку (title), категории (category) или домену (domain).</translation>
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
        <translation>export: только этот бакет (повторите для нескольких).</translation>
    </message>
    <message>
        <source>id</source>
        <extracomment>a value name in stint-cli --help, e.g. --start &lt;time&gt;</extracomment>
        <translation>id</translation>
    </message>
    <message>
        <source>export: json (default) or csv.</source>
        <translation>export: json (по умолчанию) или csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Cannot read the time &apos;%1&apos;; use RFC 3339 or YYYY-MM-DD[THH:MM[:SS]].</source>
        <translation>Не удаётся разобрать время «%1»; используйте RFC 3339 или YYYY-MM-DD[THH:MM[:SS]].</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--limit принимает целое число не меньше 0, а не «%1».</translation>
    </message>
    <message>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>Неизвестная команда или неверные аргументы: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>УЗЕЛ</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>СОБЫТИЯ</translation>
    </message>
    <message>
        <source>FIRST</source>
        <translation>ПЕРВОЕ</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>ПОСЛЕДНЕЕ</translation>
    </message>
    <message>
        <source>START</source>
        <translation>НАЧАЛО</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>ДЛИТЕЛЬНОСТЬ</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>ДАННЫЕ</translation>
    </message>
    <message>
        <source>--by takes app, title, category or domain, not &apos;%1&apos;.</source>
        <translation>--by принимает app, title, category или domain, а не «%1».</translation>
    </message>
    <message>
        <source>Choose one period: --date, --week, --month, --year, or --start and --end.</source>
        <translation>Выберите один период: --date, --week, --month, --year или --start и --end.</translation>
    </message>
    <message>
        <source>Cannot read the date &apos;%1&apos;; use YYYY-MM-DD.</source>
        <translation>Не удаётся разобрать дату «%1»; используйте YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A custom period needs both --start and --end, with the end after the start.</source>
        <translation>Для произвольного периода нужны и --start, и --end, причём конец должен быть позже начала.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 active</source>
        <translation>С %1 по %2: активно %3</translation>
    </message>
    <message>
        <source>, %1 paused</source>
        <translation>, на паузе %1</translation>
    </message>
    <message>
        <source>, productivity %1</source>
        <translation>, продуктивность %1</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>КАТЕГОРИЯ</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ВРЕМЯ</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>ДОЛЯ</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>ЗАГОЛОВОК</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>ПРИЛОЖЕНИЕ</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>ДОМЕН</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 не импортирован: %2</translation>
    </message>
    <message>
        <source>The categories were not stored: %1</source>
        <translation>Категории не сохранены: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>Импортирована %n категория.</numerusform>
            <numerusform>Импортировано %n категории.</numerusform>
            <numerusform>Импортировано %n категорий.</numerusform>
        </translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>ОЦЕНКА</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>ЦВЕТ</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>ПРАВИЛО</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>Экспортирована %n категория.</numerusform>
            <numerusform>Экспортировано %n категории.</numerusform>
            <numerusform>Экспортировано %n категорий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: categories, categories export FILE or categories import FILE.</source>
        <translation>Использование: categories, categories export FILE или categories import FILE.</translation>
    </message>
    <message>
        <source>--format takes json or csv, not &apos;%1&apos;.</source>
        <translation>--format принимает json или csv, а не «%1».</translation>
    </message>
    <message>
        <source>--bucket applies to the JSON export; the CSV is the combined activity.</source>
        <translation>--bucket относится к экспорту JSON; CSV содержит объединённую активность.</translation>
    </message>
    <message>
        <source>--end must not be before --start.</source>
        <translation>--end не может быть раньше --start.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>Не удаётся прочитать %1: файл не найден.</translation>
    </message>
    <message>
        <source>The import could not be committed: %1</source>
        <translation>Не удалось зафиксировать импорт: %1</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>база данных: %1</translation>
    </message>
    <message>
        <source>no database yet: nothing has been recorded in this location</source>
        <translation>базы данных ещё нет: в этом расположении ничего не записано</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>проблема: %1</translation>
    </message>
    <message>
        <source>schema version: %1 (this build: %2)</source>
        <translation>версия схемы: %1 (в этой сборке: %2)</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>режим журнала: %1</translation>
    </message>
    <message>
        <source>note: the database is not in WAL mode; readers may wait for commits</source>
        <translation>примечание: база данных не в режиме WAL; чтение может ожидать фиксации записей</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>целостность: в порядке</translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>целостность: %n проблема</numerusform>
            <numerusform>целостность: %n проблемы</numerusform>
            <numerusform>целостность: %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>gnome-extension takes &apos;install&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>gnome-extension принимает &apos;install&apos; или &apos;status&apos;, а не «%1».</translation>
    </message>
    <message>
        <source>  gnome-extension install|status   install Stint&apos;s GNOME Shell extension (it shows Stint the
                                   focused window on GNOME), or tell whether it runs
</source>
        <translation>  gnome-extension install|status   установить расширение GNOME Shell для Stint (оно сообщает
                                   Stint активное окно в GNOME) или проверить, работает ли оно
</translation>
    </message>
    <message>
        <source>Times T: RFC 3339 (2026-11-24T09:30:00Z) or local (2026-11-24, 2026-11-24T09:30).
</source>
        <translation>Время T: RFC 3339 (2026-11-24T09:30:00Z) или местное (2026-11-24, 2026-11-24T09:30).
</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>Экспортирована %n строка активности.</numerusform>
            <numerusform>Экспортировано %n строки активности.</numerusform>
            <numerusform>Экспортировано %n строк активности.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>… прочитано %n событие</numerusform>
            <numerusform>… прочитано %n события</numerusform>
            <numerusform>… прочитано %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>Экспортировано %n событие (бакеты: %1).</numerusform>
            <numerusform>Экспортировано %n события (бакеты: %1).</numerusform>
            <numerusform>Экспортировано %n событий (бакеты: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>autostart takes &apos;enable&apos;, &apos;disable&apos; or &apos;status&apos;, not &apos;%1&apos;.</source>
        <translation>autostart принимает &apos;enable&apos;, &apos;disable&apos; или &apos;status&apos;, а не «%1».</translation>
    </message>
    <message>
        <source>Stint will start at login (%1).</source>
        <translation>Stint будет запускаться при входе в систему (%1).</translation>
    </message>
    <message>
        <source>Stint will not start at login.</source>
        <translation>Stint не будет запускаться при входе в систему.</translation>
    </message>
    <message>
        <source>problem: there is no file %1</source>
        <translation>проблема: файл %1 не существует</translation>
    </message>
    <message>
        <source>events: %1</source>
        <translation>событий: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>В резервную копию %1 сохранено %n событие.</numerusform>
            <numerusform>В резервную копию %1 сохранено %n события.</numerusform>
            <numerusform>В резервную копию %1 сохранено %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>api allow: yes, let every page of this web site read and write activity.</source>
        <translation>api allow: да, разрешить каждой странице этого сайта читать и записывать активность.</translation>
    </message>
    <message>
        <source>Use: api origins, api allow ORIGIN or api disallow ORIGIN.</source>
        <translation>Использование: api origins, api allow ORIGIN или api disallow ORIGIN.</translation>
    </message>
    <message>
        <source>ORIGIN</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>ALLOWED BY</source>
        <translation>РАЗРЕШЁН ЧЕРЕЗ</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an origin: give it as scheme://host[:port], e.g. chrome-extension://&lt;id&gt;, as Settings or Stint&apos;s log shows it.</source>
        <translation>«%1» — не источник: укажите его в виде scheme://host[:port], например chrome-extension://&lt;id&gt;, как его показывают настройки или журнал Stint.</translation>
    </message>
    <message>
        <source>%1 is not a browser extension: any page from it could then write and read your activity data. Add --yes if that is what you want.</source>
        <translation>%1 — не расширение браузера: любая его страница сможет записывать и читать ваши данные об активности. Добавьте --yes, если вы этого хотите.</translation>
    </message>
    <message>
        <source>%1 is already allowed.</source>
        <translation>%1 уже разрешён.</translation>
    </message>
    <message>
        <source>%1 was not added, so there is nothing to disallow (built-in origins and patterns stay).</source>
        <translation>%1 не был добавлен, поэтому запрещать нечего (встроенные источники и шаблоны остаются).</translation>
    </message>
    <message>
        <source>The setting was not stored: %1</source>
        <translation>Настройка не сохранена: %1</translation>
    </message>
    <message>
        <source>Allowed %1.</source>
        <translation>%1 разрешён.</translation>
    </message>
    <message>
        <source>Disallowed %1.</source>
        <translation>%1 больше не разрешён.</translation>
    </message>
    <message>
        <source>The running Stint applies it now.</source>
        <translation>Запущенный Stint применяет это сейчас.</translation>
    </message>
    <message>
        <source>Stint applies it when it starts.</source>
        <translation>Stint применит это при запуске.</translation>
    </message>
    <message>
        <source>summary: the day &lt;date&gt; (YYYY-MM-DD); trends: the last day.</source>
        <translation>summary: день &lt;date&gt; (YYYY-MM-DD); trends: последний день.</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; weeks (default 12).</source>
        <translation>trends: последние &lt;n&gt; недель (по умолчанию 12).</translation>
    </message>
    <message>
        <source>trends: the last &lt;n&gt; months.</source>
        <translation>trends: последние &lt;n&gt; месяцев.</translation>
    </message>
    <message>
        <source>Choose one span: --weeks or --months.</source>
        <translation>Выберите один период: --weeks или --months.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not &apos;%3&apos;.</source>
        <translation>--%1 принимает целое число от 1 до %2, а не «%3».</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>С %1 по %2: активно %3, %4 относительно предыдущего %n дня</numerusform>
            <numerusform>С %1 по %2: активно %3, %4 относительно предыдущих %n дней</numerusform>
            <numerusform>С %1 по %2: активно %3, %4 относительно предыдущих %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily average %1, busiest day %2, productivity %3</source>
        <translation>В среднем за день %1, самый загруженный день %2, продуктивность %3</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <extracomment>column headings of stint-cli&apos;s tables are in capitals</extracomment>
        <translation>НЕДЕЛЯ С</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>МЕСЯЦ</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>АКТИВНО</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>ДО</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ИЗМЕНЕНИЕ</translation>
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
        <translation>Commands:
  buckets [--json]                 список бакетов с первым/последним событием и их числом
  events BUCKET [--start T] [--end T] [--limit N] [--json]
                                   список событий бакета, сначала самые новые
  check [FILE]                     проверить базу данных или файл базы данных FILE (копию):
                                   целостность, версию схемы, режим журнала; при проблеме
                                   завершается с кодом 1
  backup FILE                      записать согласованную копию базы данных в FILE, в том
                                   числе во время записи Stint; один файл, проверенный
  summary [--date D | --week | --month | --year | --start T --end T]
          [--by app|title|category|domain] [--limit N] [--host H|all] [--json]
                                   на что ушло активное время (по умолчанию сегодня; --date
                                   выбирает день или содержащую его неделю/месяц/год)
  trends [--weeks N | --months N] [--date D] [--host H|all] [--json]
                                   активное время по неделям или месяцам и категориям
                                   верхнего уровня, оценка продуктивности и изменение
                                   относительно предыдущего периода (последние 12 недель
                                   до сегодняшнего дня или до D)
  search TEXT [--regex] [--from D] [--to D] [--json]
                                   активное время, где приложение, заголовок окна или URL
                                   содержит TEXT (или соответствует регулярному выражению),
                                   по приложениям и заголовкам, с моментами, когда оно
                                   встретилось впервые и в последний раз; вся история или
                                   с дня или момента D и до D
  goals [--date D] [--json]        выполнение целей: за день (сегодня или D) и его неделю
  categories [export FILE | import FILE]
                                   список категорий или запись/чтение файла ActivityWatch
  export [FILE] [--bucket ID]... [--format json|csv] [--start T] [--end T] [--host H]
                                   JSON-экспорт ActivityWatch (всех бакетов или указанных)
                                   или CSV активного времени; без FILE — в стандартный
                                   вывод; диапазон обрезает события по своим границам
  import FILE                      экспорт ActivityWatch (.json) или sqlite.db из
                                   aw-server-rust; уже сохранённые события пропускаются
  autostart enable|disable|status  запускать Stint (свёрнутым) при входе в систему,
                                   перестать это делать или вывести &apos;enabled&apos; или &apos;disabled&apos;
  api origins [--json]             источники (расширения браузера, страницы), которые
                                   допускает HTTP API
  api allow ORIGIN [--yes]         допустить источник, например chrome-extension://&lt;id&gt;;
                                   для сайта http(s):// нужен --yes
  api disallow ORIGIN              перестать допускать добавленный вами источник
  sync status [--json]             папка синхронизации и компьютеры в ней
  sync now [--json]                синхронизировать с папкой сейчас (через запущенный
                                   Stint или самостоятельно, если он не запущен)
  stopwatch start LABEL | stop | status [--json]
                                   запустить именованный таймер (остановив текущий),
                                   остановить его или показать, что идёт; секундомер
                                   aw-webui показывает то же самое
  entry add --start T --end T LABEL
                                   вручную добавить время, проведённое вне компьютера
</translation>
    </message>
    <message>
        <source>summary, trends: only this host, or all (the default): every host combined, each moment counted once, this computer&apos;s first.</source>
        <translation>summary, trends: только этот узел или all (по умолчанию): все узлы вместе, каждый момент учитывается один раз, в первую очередь — активность этого компьютера.</translation>
    </message>
    <message>
        <source>search: TEXT is a regular expression.</source>
        <translation>search: TEXT — регулярное выражение.</translation>
    </message>
    <message>
        <source>search: from this day or time on.</source>
        <translation>search: начиная с этого дня или момента.</translation>
    </message>
    <message>
        <source>search: up to the end of this day, or this time.</source>
        <translation>search: до конца этого дня или до этого момента.</translation>
    </message>
    <message>
        <source>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry or gnome-extension</source>
        <translation>buckets, events, check, backup, summary, trends, search, goals, categories, export, import, autostart, api, sync, stopwatch, entry или gnome-extension</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>at most %1 a day</source>
        <translation>не более %1 в день</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>не более %1 в неделю</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>не менее %1 в день</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>не менее %1 в неделю</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>лимит превышен</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3, %4</source>
        <extracomment>stint-cli goals: &quot;Social: 42 min of at most 30 min a day, over the limit&quot;</extracomment>
        <translation>%1: %2 (цель: %3), %4</translation>
    </message>
    <message>
        <source>No goals set (Settings → Goals in Stint&apos;s window).</source>
        <translation>Цели не заданы (Настройки → Цели в окне Stint).</translation>
    </message>
    <message>
        <source>Day of %1:</source>
        <translation>День %1:</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>Неделя с %1:</translation>
    </message>
    <message>
        <source>Cannot search: %1</source>
        <translation>Не удаётся выполнить поиск: %1</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>Конец диапазона должен быть позже его начала.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n результат, активно %1</numerusform>
            <numerusform>%n результата, активно %1</numerusform>
            <numerusform>%n результатов, активно %1</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1, last seen %2</source>
        <translation>впервые: %1, в последний раз: %2</translation>
    </message>
    <message>
        <source>Use: sync status or sync now.</source>
        <translation>Использование: sync status или sync now.</translation>
    </message>
    <message>
        <source>Sync is off: choose a folder in Settings &gt; Data or start Stint with --sync-dir FOLDER.</source>
        <translation>Синхронизация выключена: выберите папку в «Настройки &gt; Данные» или запустите Stint с --sync-dir FOLDER.</translation>
    </message>
    <message>
        <source>The running Stint synced.</source>
        <translation>Запущенный Stint выполнил синхронизацию.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>Записано в %1 (%n новое или изменённое событие).</numerusform>
            <numerusform>Записано в %1 (%n новых или изменённых события).</numerusform>
            <numerusform>Записано в %1 (%n новых или изменённых событий).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): no database file yet.</source>
        <translation>%1 (%2): файла базы данных пока нет.</translation>
    </message>
    <message>
        <source>%1 (%2): up to date.</source>
        <translation>%1 (%2): всё актуально.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1 (%2): скопировано %n событие.</numerusform>
            <numerusform>%1 (%2): скопировано %n события.</numerusform>
            <numerusform>%1 (%2): скопировано %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Синхронизация выключена.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>Папка синхронизации: %1 (каждую %n секунду)</numerusform>
            <numerusform>Папка синхронизации: %1 (каждые %n секунды)</numerusform>
            <numerusform>Папка синхронизации: %1 (каждые %n секунд)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer: %1, device %2</source>
        <translation>Этот компьютер: %1, устройство %2</translation>
    </message>
    <message>
        <source>(not synced yet)</source>
        <translation>(синхронизации ещё не было)</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>файла базы данных пока нет</translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>файл изменён %1, сюда скопировано %n событие</numerusform>
            <numerusform>файл изменён %1, сюда скопировано %n события</numerusform>
            <numerusform>файл изменён %1, сюда скопировано %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (скрыт)</translation>
    </message>
    <message>
        <source>Waiting for another stint-cli to finish writing...</source>
        <translation>Ожидание, пока другой stint-cli закончит запись...</translation>
    </message>
    <message>
        <source>a Stint holds the database but does not answer</source>
        <translation>экземпляр Stint удерживает базу данных, но не отвечает</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>DBusIdleBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>нет сеансовой шины D-Bus</translation>
    </message>
    <message>
        <source>cannot read the idle time: %1</source>
        <translation>не удаётся получить время бездействия: %1</translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Keep the database in &lt;dir&gt; instead of %1.</source>
        <translation>Хранить базу данных в каталоге &lt;dir&gt; вместо %1.</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>the value name in --help: --data-dir &lt;dir&gt;</extracomment>
        <translation>dir</translation>
    </message>
    <message>
        <source>Use a separate testing database (stint-testing.db).</source>
        <translation>Использовать отдельную тестовую базу данных (stint-testing.db).</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1 is the database itself</source>
        <translation>%1 — это сама база данных</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot copy the database to %1: %2</source>
        <translation>не удаётся скопировать базу данных в %1: %2</translation>
    </message>
    <message>
        <source>the copy failed its check: %1</source>
        <translation>копия не прошла проверку: %1</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration in seconds, short</extracomment>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>a duration in minutes, short</extracomment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>a duration in hours, short</extracomment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration in hours and minutes, short</extracomment>
        <translation>%1 ч %2 мин</translation>
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
        <translation>недопустимое регулярное выражение «%1»: %2 в позиции %3</translation>
    </message>
</context>
<context>
    <name>GnomeExtension</name>
    <message>
        <source>Stint follows the focused window on GNOME through its GNOME Shell extension (GNOME 45 or later). Install it with &apos;stint-cli gnome-extension install&apos;, log out and back in, then enable it with &apos;gnome-extensions enable %1&apos; or in the Extensions app.</source>
        <translation>Stint отслеживает активное окно в GNOME через своё расширение GNOME Shell (GNOME 45 или новее). Установите его командой &apos;stint-cli gnome-extension install&apos;, выйдите из системы и войдите снова, затем включите его командой &apos;gnome-extensions enable %1&apos; или в приложении «Расширения».</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Не удаётся создать каталог %1.</translation>
    </message>
    <message>
        <source>This build of Stint lacks the extension file %1.</source>
        <translation>В этой сборке Stint нет файла расширения %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Installed Stint&apos;s GNOME Shell extension into %1.
Log out and back in so GNOME Shell finds it, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Расширение GNOME Shell для Stint установлено в %1.
Выйдите из системы и войдите снова, чтобы GNOME Shell его обнаружил, затем включите его командой &apos;gnome-extensions enable %2&apos; (или в приложении «Расширения»).</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is not installed (%1). %2</source>
        <translation>Расширение GNOME Shell для Stint не установлено (%1). %2</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension in %1 differs from the one this Stint ships: run &apos;stint-cli gnome-extension install&apos; again, then log out and back in.</source>
        <translation>Расширение GNOME Shell для Stint в %1 отличается от поставляемого с этой версией Stint: снова выполните &apos;stint-cli gnome-extension install&apos;, затем выйдите из системы и войдите снова.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 and running.</source>
        <translation>Расширение GNOME Shell для Stint установлено в %1 и работает.</translation>
    </message>
    <message>
        <source>Stint&apos;s GNOME Shell extension is installed in %1 but not running: log out and back in, then enable it with &apos;gnome-extensions enable %2&apos; (or in the Extensions app).</source>
        <translation>Расширение GNOME Shell для Stint установлено в %1, но не работает: выйдите из системы и войдите снова, затем включите его командой &apos;gnome-extensions enable %2&apos; (или в приложении «Расширения»).</translation>
    </message>
</context>
<context>
    <name>GnomeShellWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>нет сеансовой шины D-Bus</translation>
    </message>
    <message>
        <source>cannot subscribe to %1.Changed: %2</source>
        <translation>не удаётся подписаться на %1.Changed: %2</translation>
    </message>
    <message>
        <source>GNOME Shell does not answer for Stint&apos;s extension (%1): %2</source>
        <translation>GNOME Shell не отвечает за расширение Stint (%1): %2</translation>
    </message>
    <message>
        <source>GNOME Shell left the session bus; waiting for it to come back</source>
        <translation>GNOME Shell покинул сеансовую шину; ожидание его возвращения</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>неизвестное поле «%1»</translation>
    </message>
    <message>
        <source>&quot;category&quot; is not a list of up to %1 names</source>
        <translation>&quot;category&quot; — не список из не более чем %1 названий</translation>
    </message>
    <message>
        <source>&quot;category&quot; holds something other than a name</source>
        <translation>&quot;category&quot; содержит что-то кроме названий</translation>
    </message>
    <message>
        <source>&quot;type&quot; is neither &quot;atMost&quot; nor &quot;atLeast&quot;</source>
        <translation>&quot;type&quot; не равно ни &quot;atMost&quot;, ни &quot;atLeast&quot;</translation>
    </message>
    <message>
        <source>&quot;per&quot; is neither &quot;day&quot; nor &quot;week&quot;</source>
        <translation>&quot;per&quot; не равно ни &quot;day&quot;, ни &quot;week&quot;</translation>
    </message>
    <message>
        <source>&quot;minutes&quot; is not a whole number from 1 to %1</source>
        <translation>&quot;minutes&quot; — не целое число от 1 до %1</translation>
    </message>
    <message>
        <source>not a list of goals</source>
        <translation>не список целей</translation>
    </message>
    <message>
        <source>more than %1 goals</source>
        <translation>больше %1 целей</translation>
    </message>
    <message>
        <source>the same goal is given twice</source>
        <translation>одна и та же цель указана дважды</translation>
    </message>
    <message>
        <source>goal %1: %2</source>
        <extracomment>%1 is the position of the goal in the list, from 1</extracomment>
        <translation>цель %1: %2</translation>
    </message>
    <message>
        <source>the time of the day&apos;s summary must be &quot;HH:MM&quot;</source>
        <translation>время сводки за день должно быть в формате &quot;HH:MM&quot;</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>Импортировано %n событие, пропущено уже имеющихся: %1.</numerusform>
            <numerusform>Импортировано %n события, пропущено уже имеющихся: %1.</numerusform>
            <numerusform>Импортировано %n событий, пропущено уже имеющихся: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 (%2): %3 imported, %4 duplicates%5</source>
        <translation>  %1 (%2): импортировано %3, дубликатов %4%5</translation>
    </message>
    <message>
        <source>new bucket</source>
        <translation>новый бакет</translation>
    </message>
    <message>
        <source>existing bucket</source>
        <translation>существующий бакет</translation>
    </message>
    <message>
        <source>, not finished</source>
        <translation>, не завершён</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Импорт остановлен: %1</translation>
    </message>
    <message>
        <source>Everything listed above was imported; the rest of the unfinished bucket and any bucket after it in the file were not.</source>
        <translation>Всё перечисленное выше импортировано; остаток незавершённого бакета и все бакеты после него в файле — нет.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>The database could not commit before the import: %1</source>
        <translation>База данных не смогла зафиксировать изменения перед импортом: %1</translation>
    </message>
    <message>
        <source>Cannot save bucket &apos;%1&apos;: %2</source>
        <translation>Не удаётся сохранить бакет «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot create bucket &apos;%1&apos;: %2</source>
        <translation>Не удаётся создать бакет «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read bucket &apos;%1&apos;: %2</source>
        <translation>Не удаётся прочитать бакет «%1»: %2</translation>
    </message>
    <message>
        <source>Storing events of bucket &apos;%1&apos; failed: %2</source>
        <translation>Не удалось сохранить события бакета «%1»: %2</translation>
    </message>
    <message>
        <source>The imported events could not be committed: %1</source>
        <translation>Не удалось зафиксировать импортированные события: %1</translation>
    </message>
</context>
<context>
    <name>KWinWindowBackend</name>
    <message>
        <source>there is no D-Bus session bus</source>
        <translation>нет сеансовой шины D-Bus</translation>
    </message>
    <message>
        <source>cannot register %1 on the session bus: %2</source>
        <translation>не удаётся зарегистрировать %1 на сеансовой шине: %2</translation>
    </message>
    <message>
        <source>the KWin script is missing from this build (%1)</source>
        <translation>в этой сборке нет скрипта KWin (%1)</translation>
    </message>
    <message>
        <source>cannot create the directory %1 for the KWin script</source>
        <translation>не удаётся создать каталог %1 для скрипта KWin</translation>
    </message>
    <message>
        <source>cannot write the KWin script %1: %2</source>
        <translation>не удаётся записать скрипт KWin %1: %2</translation>
    </message>
    <message>
        <source>KWin (%1) is not on the session bus</source>
        <translation>KWin (%1) отсутствует на сеансовой шине</translation>
    </message>
    <message>
        <source>KWin refused to load the script %1</source>
        <translation>KWin отказался загрузить скрипт %1</translation>
    </message>
    <message>
        <source>KWin&apos;s scripting interface failed: %1</source>
        <translation>Ошибка интерфейса скриптов KWin: %1</translation>
    </message>
    <message>
        <source>KWin did not start the script: %1</source>
        <translation>KWin не запустил скрипт: %1</translation>
    </message>
    <message>
        <source>KWin left the session bus; waiting for it to come back to follow the active window</source>
        <translation>KWin покинул сеансовую шину; ожидание его возвращения, чтобы отслеживать активное окно</translation>
    </message>
</context>
<context>
    <name>MacWindowBackend</name>
    <message>
        <source>Stint needs Accessibility permission to read window titles: System Settings → Privacy &amp; Security → Accessibility</source>
        <translation>Чтобы читать заголовки окон, Stint нужно разрешение «Универсальный доступ»: Системные настройки → Конфиденциальность и безопасность (Privacy &amp; Security) → Универсальный доступ</translation>
    </message>
</context>
<context>
    <name>ManualEntry</name>
    <message>
        <source>the entry is empty: its end is its start</source>
        <translation>запись пуста: её конец совпадает с началом</translation>
    </message>
    <message>
        <source>the end lies before the start</source>
        <translation>конец раньше начала</translation>
    </message>
</context>
<context>
    <name>PauseController</name>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>ожидалось {&quot;since&quot;: время, &quot;until&quot;: время или null}</translation>
    </message>
</context>
<context>
    <name>PlatformBackends</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>на X-дисплее %1 нет расширения MIT-SCREEN-SAVER, поэтому Stint не может определить, когда вы отсутствуете</translation>
    </message>
    <message>
        <source>XWayland is not running (DISPLAY is not set)</source>
        <translation>XWayland не запущен (DISPLAY не задан)</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) has no window manager publishing the active window</source>
        <translation>в XWayland (DISPLAY=%1) нет оконного менеджера, сообщающего об активном окне</translation>
    </message>
    <message>
        <source>XWayland (DISPLAY=%1) lacks the MIT-SCREEN-SAVER extension</source>
        <translation>в XWayland (DISPLAY=%1) нет расширения MIT-SCREEN-SAVER</translation>
    </message>
    <message>
        <source>the compositor does not offer zwlr_foreign_toplevel_manager_v1 (wlroots compositors such as sway, Hyprland, river and labwc do)</source>
        <translation>композитор не предоставляет zwlr_foreign_toplevel_manager_v1 (его предоставляют композиторы на wlroots, например sway, Hyprland, river и labwc)</translation>
    </message>
    <message>
        <source>the compositor does not offer %1</source>
        <translation>композитор не предоставляет %1</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus to reach KDE Plasma or GNOME (%1)</source>
        <translation>нет сеансовой шины D-Bus для связи с KDE Plasma или GNOME (%1)</translation>
    </message>
    <message>
        <source>neither KWin (KDE Plasma) nor GNOME Shell is on the D-Bus session bus</source>
        <translation>на сеансовой шине D-Bus нет ни KWin (KDE Plasma), ни GNOME Shell</translation>
    </message>
    <message>
        <source>KWin&apos;s script did not load: %1</source>
        <translation>скрипт KWin не загрузился: %1</translation>
    </message>
    <message>
        <source>which window has focus (%1)</source>
        <translation>какое окно в фокусе (%1)</translation>
    </message>
    <message>
        <source>when you are away (%1)</source>
        <translation>когда вы отсутствуете (%1)</translation>
    </message>
    <message>
        <source>on the Wayland display %1 Stint cannot see %2</source>
        <translation>на дисплее Wayland %1 Stint не может определить %2</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set): Stint needs a graphical session to see which window has focus and whether you are away</source>
        <translation>дисплей не найден (DISPLAY и WAYLAND_DISPLAY не заданы): Stint нужен графический сеанс, чтобы видеть, какое окно в фокусе и отсутствуете ли вы</translation>
    </message>
    <message>
        <source>Stint runs outside a graphical login session (over SSH?): it can watch windows and input only when it runs in the logged-in user&apos;s session.</source>
        <translation>Stint запущен вне графического сеанса (через SSH?): он может следить за окнами и вводом, только если запущен в сеансе вошедшего пользователя.</translation>
    </message>
    <message>
        <source>Stint runs without a desktop (as a service?): it can watch windows and input only when it runs in the user&apos;s own session.</source>
        <translation>Stint запущен без рабочего стола (как служба?): он может следить за окнами и вводом, только если запущен в собственном сеансе пользователя.</translation>
    </message>
    <message>
        <source>%1, nor %2</source>
        <extracomment>both things Stint cannot see: &quot;which window has focus (...), nor when you are away (...)&quot;</extracomment>
        <translation>%1, а также %2</translation>
    </message>
</context>
<context>
    <name>PrivacyRules</name>
    <message>
        <source>rule %1: %2</source>
        <translation>правило %1: %2</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>правила должны быть массивом JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>&quot;action&quot; must be &quot;drop&quot; or &quot;redact&quot;</source>
        <translation>&quot;action&quot; должно быть &quot;drop&quot; или &quot;redact&quot;</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>the start of day must be a time &quot;HH:MM&quot;, not %1</source>
        <translation>начало дня должно быть временем &quot;HH:MM&quot;, а не %1</translation>
    </message>
    <message>
        <source>the start of week must be an English day name such as &quot;Monday&quot;, not &quot;%1&quot;</source>
        <translation>начало недели должно быть английским названием дня, например &quot;Monday&quot;, а не «%1»</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate from schema version %1</source>
        <translation>невозможно выполнить миграцию со схемы версии %1</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed: %2</source>
        <translation>не удалась миграция на схему версии %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>no database at %1</source>
        <translation>нет базы данных в %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>SQLite did not accept synchronous=FULL</source>
        <translation>SQLite не принял synchronous=FULL</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>не удаётся создать каталог данных %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>cannot set the journal mode of %1: %2</source>
        <translation>не удаётся установить режим журнала для %1: %2</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 and uses &apos;%2&apos; instead; readers may wait for commits</source>
        <translation>SQLite отказался включить режим WAL для %1 и использует «%2»; чтение может ожидать фиксации записей</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>не удаётся подготовить %1: %2</translation>
    </message>
    <message>
        <source>an in-memory database has no reader connections</source>
        <translation>у базы данных в памяти нет соединений для чтения</translation>
    </message>
</context>
<context>
    <name>SyncFolderReader</name>
    <message>
        <source>no temporary folder for a copy</source>
        <translation>нет временной папки для копии</translation>
    </message>
    <message>
        <source>it cannot be copied (locked or being replaced)</source>
        <translation>его не удаётся скопировать (заблокирован или заменяется)</translation>
    </message>
    <message>
        <source>Skipped %1: %2. It is read again at the next sync.</source>
        <translation>Пропущен %1: %2. Он будет прочитан снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>it is damaged or not completely synced yet (%1)</source>
        <translation>он повреждён или ещё не полностью синхронизирован (%1)</translation>
    </message>
    <message>
        <source>its schema version %1 is newer than this Stint reads (up to %2)</source>
        <translation>версия его схемы %1 новее, чем может прочитать этот Stint (до %2)</translation>
    </message>
    <message>
        <source>it is not an ActivityWatch database (schema version %1)</source>
        <translation>это не база данных ActivityWatch (версия схемы %1)</translation>
    </message>
    <message>
        <source>the local bucket &apos;%1&apos; is not a copy from %2</source>
        <translation>локальный бакет «%1» не является копией с %2</translation>
    </message>
    <message>
        <source>bucket &apos;%1&apos;, event at %2: %3</source>
        <translation>бакет «%1», событие в %2: %3</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>оно заканчивается раньше, чем начинается</translation>
    </message>
</context>
<context>
    <name>SyncFolderWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>не удаётся создать папку</translation>
    </message>
    <message>
        <source>cannot copy it to a temporary file</source>
        <translation>не удаётся скопировать его во временный файл</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync folder %1 does not exist.</source>
        <translation>Папка синхронизации %1 не существует.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>cannot read the setting &quot;%1&quot;</source>
        <translation>не удаётся прочитать параметр «%1»</translation>
    </message>
    <message>
        <source>not a folder name</source>
        <translation>не имя папки</translation>
    </message>
    <message>
        <source>not a number of seconds from %1 to %2</source>
        <translation>не число секунд от %1 до %2</translation>
    </message>
    <message>
        <source>not a list of hosts</source>
        <translation>не список узлов</translation>
    </message>
</context>
<context>
    <name>WatcherBuckets</name>
    <message>
        <source>creating bucket %1 timed out</source>
        <translation>истекло время ожидания при создании бакета %1</translation>
    </message>
    <message>
        <source>cannot create bucket %1: %2</source>
        <translation>не удаётся создать бакет %1: %2</translation>
    </message>
</context>
<context>
    <name>WatcherSettings</name>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>cannot read the setting &quot;%1&quot; from the database</source>
        <translation>не удаётся прочитать параметр «%1» из базы данных</translation>
    </message>
    <message>
        <source>%1 s is outside %2 … %3 s</source>
        <translation>%1 с — вне диапазона %2 … %3 с</translation>
    </message>
</context>
<context>
    <name>WaylandConnection</name>
    <message>
        <source>no compositor is listening there</source>
        <translation>там не работает ни один композитор</translation>
    </message>
    <message>
        <source>the compositor closed the connection</source>
        <translation>композитор закрыл соединение</translation>
    </message>
    <message>
        <source>cannot connect to a Wayland display: WAYLAND_DISPLAY is not set</source>
        <translation>не удаётся подключиться к дисплею Wayland: WAYLAND_DISPLAY не задан</translation>
    </message>
    <message>
        <source>cannot connect to the Wayland display %1: %2</source>
        <translation>не удаётся подключиться к дисплею Wayland %1: %2</translation>
    </message>
    <message>
        <source>protocol error %1 on %2@%3</source>
        <translation>ошибка протокола %1 в %2@%3</translation>
    </message>
    <message>
        <source>lost the connection to the Wayland display %1 (%2); retrying</source>
        <translation>потеряно соединение с дисплеем Wayland %1 (%2); повторная попытка</translation>
    </message>
</context>
<context>
    <name>WaylandIdleBackend</name>
    <message>
        <source>an idle protocol (ext_idle_notifier_v1 or org_kde_kwin_idle)</source>
        <translation>протокола бездействия (ext_idle_notifier_v1 или org_kde_kwin_idle)</translation>
    </message>
    <message>
        <source>a seat (wl_seat)</source>
        <translation>рабочего места (wl_seat)</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 offers no %2, so Stint cannot tell when you are away</source>
        <translation>композитор Wayland на %1 не предоставляет %2, поэтому Stint не может определить, когда вы отсутствуете</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the two things a compositor lacks: &quot;an idle protocol (...) and a seat (wl_seat)&quot;</extracomment>
        <translation>%1 и %2</translation>
    </message>
</context>
<context>
    <name>WaylandWindowBackend</name>
    <message>
        <source>the Wayland compositor on %1 does not offer zwlr_foreign_toplevel_manager_v1, so Stint cannot see which window has focus</source>
        <translation>композитор Wayland на %1 не предоставляет zwlr_foreign_toplevel_manager_v1, поэтому Stint не видит, какое окно в фокусе</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 withdrew zwlr_foreign_toplevel_manager_v1; Stint cannot see which window has focus</source>
        <translation>композитор Wayland на %1 отозвал zwlr_foreign_toplevel_manager_v1; Stint не видит, какое окно в фокусе</translation>
    </message>
    <message>
        <source>the Wayland compositor on %1 stopped listing windows (zwlr_foreign_toplevel_manager_v1 finished); Stint cannot see which window has focus</source>
        <translation>композитор Wayland на %1 перестал сообщать об окнах (zwlr_foreign_toplevel_manager_v1 завершён); Stint не видит, какое окно в фокусе</translation>
    </message>
</context>
<context>
    <name>WindowPattern</name>
    <message>
        <source>invalid %1 pattern &quot;%2&quot;: %3 at offset %4</source>
        <translation>недопустимый шаблон %1 «%2»: %3 в позиции %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; должно быть строкой</translation>
    </message>
    <message>
        <source>a rule needs an app or a title pattern</source>
        <translation>правилу нужен шаблон приложения или заголовка</translation>
    </message>
    <message>
        <source>the rules must be a JSON array</source>
        <translation>правила должны быть массивом JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>rule %1: %2</source>
        <translation>правило %1: %2</translation>
    </message>
</context>
<context>
    <name>X11Connection</name>
    <message>
        <source>no X server is running there, or it refused the connection</source>
        <translation>там не запущен X-сервер, или он отклонил соединение</translation>
    </message>
    <message>
        <source>the server lacks a required extension</source>
        <translation>на сервере нет необходимого расширения</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
    <message>
        <source>the display name is not valid</source>
        <translation>недопустимое имя дисплея</translation>
    </message>
    <message>
        <source>the server has no such screen</source>
        <translation>на сервере нет такого экрана</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>ошибка %1</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: %2</source>
        <translation>не удаётся подключиться к X-дисплею %1: %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the server has no screen %2</source>
        <translation>не удаётся подключиться к X-дисплею %1: на сервере нет экрана %2</translation>
    </message>
    <message>
        <source>cannot connect to the X display %1: the connection broke at once</source>
        <translation>не удаётся подключиться к X-дисплею %1: соединение сразу прервалось</translation>
    </message>
    <message>
        <source>lost the connection to the X display %1; retrying</source>
        <translation>потеряно соединение с X-дисплеем %1; повторная попытка</translation>
    </message>
</context>
<context>
    <name>X11IdleBackend</name>
    <message>
        <source>the X display %1 lacks the MIT-SCREEN-SAVER extension, so Stint cannot tell when you are away</source>
        <translation>на X-дисплее %1 нет расширения MIT-SCREEN-SAVER, поэтому Stint не может определить, когда вы отсутствуете</translation>
    </message>
</context>
<context>
    <name>X11WindowBackend</name>
    <message>
        <source>the window manager on the X display %1 does not publish the active window (_NET_ACTIVE_WINDOW); Stint needs a window manager that follows the EWMH standard (most do) to see which window has focus</source>
        <translation>оконный менеджер на X-дисплее %1 не сообщает об активном окне (_NET_ACTIVE_WINDOW); чтобы видеть, какое окно в фокусе, Stint нужен оконный менеджер, поддерживающий стандарт EWMH (таких большинство)</translation>
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
        <translation>«%1» — не число секунд</translation>
    </message>
    <message>
        <source>Stint records which application has your attention, and when you are away, and keeps it on this computer.</source>
        <translation>Stint записывает, какое приложение занимает ваше внимание и когда вы отсутствуете, и хранит эти данные на этом компьютере.</translation>
    </message>
    <message>
        <source>Record without a window (the watchers still need a graphical session).</source>
        <translation>Записывать без окна (наблюдателям всё равно нужен графический сеанс).</translation>
    </message>
    <message>
        <source>Read the focused window every &lt;seconds&gt; (default 1; overrides the setting).</source>
        <translation>Опрашивать активное окно каждые &lt;seconds&gt; с (по умолчанию 1; переопределяет настройку).</translation>
    </message>
    <message>
        <source>seconds</source>
        <extracomment>a value name in --help: &lt;seconds&gt;</extracomment>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Count as away after &lt;seconds&gt; without input (default 180; overrides the setting).</source>
        <translation>Считать отсутствием &lt;seconds&gt; с без ввода (по умолчанию 180; переопределяет настройку).</translation>
    </message>
    <message>
        <source>Start in the system tray without opening the window (when the desktop has a tray).</source>
        <translation>Запускаться в системном лотке, не открывая окно (если у рабочего стола есть лоток).</translation>
    </message>
    <message>
        <source>Serve the ActivityWatch-compatible HTTP API on &lt;port&gt; of 127.0.0.1 (default 5600, 5666 with --testing; overrides the setting).</source>
        <translation>Предоставлять HTTP API, совместимый с ActivityWatch, на порту &lt;port&gt; адреса 127.0.0.1 (по умолчанию 5600, с --testing — 5666; переопределяет настройку).</translation>
    </message>
    <message>
        <source>port</source>
        <extracomment>the value name in --help: --port &lt;port&gt;</extracomment>
        <translation>port</translation>
    </message>
    <message>
        <source>Do not serve the HTTP API.</source>
        <translation>Не предоставлять HTTP API.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port: «%1» — не номер порта от 1 до 65535</translation>
    </message>
    <message>
        <source>Stint cannot open its database: %1</source>
        <translation>Stint не может открыть свою базу данных: %1</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot record activity: %1</source>
        <translation>Stint не может записывать активность: %1</translation>
    </message>
    <message>
        <source>the final save failed: %1</source>
        <translation>не удалось выполнить последнее сохранение: %1</translation>
    </message>
    <message>
        <source>Print the version of Stint and of Qt, then exit.</source>
        <translation>Вывести версию Stint и Qt и выйти.</translation>
    </message>
    <message>
        <source>Stint is already running; its window is shown now.</source>
        <translation>Stint уже запущен; его окно сейчас показано.</translation>
    </message>
    <message>
        <source>Stint is already running without a window (--no-gui).</source>
        <translation>Stint уже запущен без окна (--no-gui).</translation>
    </message>
    <message>
        <source>cannot tell whether Stint is running already: %1</source>
        <translation>не удаётся определить, запущен ли уже Stint: %1</translation>
    </message>
    <message>
        <source>Stint is already running.</source>
        <translation>Stint уже запущен.</translation>
    </message>
    <message>
        <source>Sync with other computers through &lt;folder&gt; (shared by Syncthing, Dropbox, ...); remembered in the settings.</source>
        <translation>Синхронизировать с другими компьютерами через &lt;folder&gt; (общую папку Syncthing, Dropbox, ...); запоминается в настройках.</translation>
    </message>
    <message>
        <source>folder</source>
        <extracomment>the value name in --help: --sync-dir &lt;folder&gt;</extracomment>
        <translation>folder</translation>
    </message>
    <message>
        <source>Sync every &lt;seconds&gt; (default 300; overrides the setting).</source>
        <translation>Синхронизировать каждые &lt;seconds&gt; секунд (по умолчанию 300; имеет приоритет над настройкой).</translation>
    </message>
    <message>
        <source>--sync-interval: &quot;%1&quot; is not a number of seconds from %2 to %3</source>
        <translation>--sync-interval: «%1» — не число секунд от %2 до %3</translation>
    </message>
    <message>
        <source>--sync-dir: the folder was not stored: %1</source>
        <translation>--sync-dir: папка не сохранена: %1</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>the stored setting &quot;%1&quot; is invalid: %2</source>
        <translation>сохранённый параметр «%1» недопустим: %2</translation>
    </message>
</context>
<context>
    <name>stint</name>
    <message>
        <source>the datastore gave no answer</source>
        <translation>хранилище данных не ответило</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>expected {&quot;since&quot;: time, &quot;until&quot;: time or null}</source>
        <translation>ожидается {&quot;since&quot;: время, &quot;until&quot;: время или null}</translation>
    </message>
    <message>
        <source>true or false expected</source>
        <translation>ожидается true или false</translation>
    </message>
    <message>
        <source>a port number from 1 to 65535 expected</source>
        <translation>ожидается номер порта от 1 до 65535</translation>
    </message>
    <message>
        <source>a string expected</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>a whole number of bytes from %1 to %2 expected</source>
        <translation>ожидается целое число байт от %1 до %2</translation>
    </message>
    <message>
        <source>a list of strings expected</source>
        <translation>ожидается список строк</translation>
    </message>
    <message>
        <source>a whole number of seconds from %1 to %2 expected</source>
        <translation>ожидается целое число секунд от %1 до %2</translation>
    </message>
    <message>
        <source>an object of dates expected</source>
        <translation>ожидается объект с датами</translation>
    </message>
</context>
<context>
    <name>stint::AboutDialog</name>
    <message>
        <source>About Stint</source>
        <translation>О программе Stint</translation>
    </message>
    <message>
        <source>Stint %1</source>
        <translation>Stint %1</translation>
    </message>
    <message>
        <source>A native desktop activity tracker, compatible with ActivityWatch.</source>
        <translation>Нативный трекер активности для рабочего стола, совместимый с ActivityWatch.</translation>
    </message>
    <message>
        <source>Stint is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Stint — свободное программное обеспечение: вы можете распространять и/или изменять его на условиях &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License&lt;/a&gt; в том виде, в каком она опубликована Free Software Foundation, версии 3 лицензии или (по вашему выбору) любой более поздней версии (%1). Оно поставляется БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Собрано с Qt %1, работает на Qt %2.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
</context>
<context>
    <name>stint::ActivityPage</name>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Active time</source>
        <translation>Активное время</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Оценки категорий, взвешенные по времени, проведённому в каждой</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Оценка продуктивности</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Waiting for the first window…</source>
        <translation>Ожидание первого окна…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>heading above the window in focus right now</extracomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Click an app to see only its time</source>
        <translation>Нажмите на приложение, чтобы видеть только его время</translation>
    </message>
    <message>
        <source>Top apps</source>
        <translation>Основные приложения</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Top window titles</source>
        <translation>Основные заголовки окон</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>Основные категории</translation>
    </message>
    <message>
        <source>Active time per hour</source>
        <translation>Активное время по часам</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <source>app “%1”</source>
        <translation>приложение «%1»</translation>
    </message>
    <message>
        <source>category “%1”</source>
        <translation>категория «%1»</translation>
    </message>
    <message>
        <source>Showing only %1</source>
        <translation>Показано только: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>Could not read the activity: %1</source>
        <translation>Не удалось прочитать активность: %1</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>Нет активности за этот период</translation>
    </message>
    <message>
        <source>Active time (paused %1)</source>
        <translation>Активное время (на паузе %1)</translation>
    </message>
    <message>
        <source>%1 of your active time in this period is uncategorized. &lt;a href=&quot;rules&quot;&gt;Add category rules&lt;/a&gt; to see where it went.</source>
        <translation>%1 вашего активного времени за этот период не относится ни к одной категории. &lt;a href=&quot;rules&quot;&gt;Добавьте правила категорий&lt;/a&gt;, чтобы увидеть, на что оно ушло.</translation>
    </message>
    <message>
        <source>%1:00 – %2:00</source>
        <translation>%1:00 – %2:00</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Активное время по месяцам</translation>
    </message>
    <message>
        <source>Active time per day</source>
        <translation>Активное время по дням</translation>
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
        <translation>ddd, d</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>You are away: no input for a while. Recording goes on when you are back.</source>
        <translation>Вы отсутствуете: некоторое время не было ввода. Запись продолжится, когда вы вернётесь.</translation>
    </message>
    <message>
        <source>Recording is paused until %1.</source>
        <translation>Запись приостановлена до %1.</translation>
    </message>
    <message>
        <source>Recording is paused.</source>
        <translation>Запись приостановлена.</translation>
    </message>
    <message>
        <source>Not recording.</source>
        <translation>Запись не ведётся.</translation>
    </message>
    <message>
        <source>Stint cannot save: %1. It keeps what it records in memory and tries again.</source>
        <translation>Stint не может сохранить данные: %1. Записанное хранится в памяти, Stint повторит попытку.</translation>
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
        <translation>порт %1 на %2 уже занят (может быть, запущен другой Stint или сервер ActivityWatch?)</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>не удаётся прослушивать %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>stint::BrowserExtensionsPanel</name>
    <message>
        <source>Allow a web site</source>
        <translation>Разрешить сайт</translation>
    </message>
    <message>
        <source>&lt;b&gt;Browser extensions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Расширения браузера&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Browser extensions such as aw-watcher-web send the pages you visit to Stint&apos;s HTTP API. Stint lets in the Chrome Web Store&apos;s aw-watcher-web and Firefox extensions; an extension from another store, or one you built yourself, is refused until you allow it here.</source>
        <translation>Расширения браузера, такие как aw-watcher-web, отправляют посещённые вами страницы в HTTP API Stint. Stint пропускает aw-watcher-web из Chrome Web Store и расширения Firefox; расширение из другого магазина или собранное вами самостоятельно отклоняется, пока вы не разрешите его здесь.</translation>
    </message>
    <message>
        <source>Allowed origin</source>
        <translation>Разрешённый источник</translation>
    </message>
    <message>
        <source>Allowed by</source>
        <translation>Разрешён через</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Stop letting the selected origin in (built-in ones stay)</source>
        <translation>Перестать пропускать выбранный источник (встроенные остаются)</translation>
    </message>
    <message>
        <source>Refused origin</source>
        <translation>Отклонённый источник</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Последний</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Адрес API</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>Р&amp;азрешить</translation>
    </message>
    <message>
        <source>Let the selected origin send and read activity</source>
        <translation>Разрешить выбранному источнику отправлять и читать активность</translation>
    </message>
    <message>
        <source>Refused recently (since Stint started):</source>
        <translation>Недавно отклонённые (с запуска Stint):</translation>
    </message>
    <message>
        <source>The HTTP API is not running, so no browser extension can reach Stint.</source>
        <translation>HTTP API не работает, поэтому ни одно расширение браузера не может связаться со Stint.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>added (pattern)</source>
        <translation>добавлен (шаблон)</translation>
    </message>
    <message>
        <source>First refused %1</source>
        <translation>Впервые отклонён %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an origin that can be allowed.</source>
        <translation>«%1» — не источник, который можно разрешить.</translation>
    </message>
    <message>
        <source>%1 is a web site, not a browser extension. If you allow it, any page from that site could then write and read your activity data.

Allow it anyway?</source>
        <translation>%1 — это сайт, а не расширение браузера. Если разрешить его, любая страница этого сайта сможет записывать и читать ваши данные об активности.

Всё равно разрешить?</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Изменение не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>stint::BucketTableModel</name>
    <message>
        <source>Bucket</source>
        <translation>Бакет</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Первое событие</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Последнее событие</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>stint::CategoryEditor</name>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Rule (regex)</source>
        <translation>Правило (regex)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add a top-level category</source>
        <translation>Добавить категорию верхнего уровня</translation>
    </message>
    <message>
        <source>Add s&amp;ub</source>
        <translation>Добавить &amp;подкатегорию</translation>
    </message>
    <message>
        <source>Add a subcategory to the selected category</source>
        <translation>Добавить подкатегорию к выбранной категории</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected category and its subcategories</source>
        <translation>Удалить выбранную категорию и её подкатегории</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move before the previous sibling</source>
        <translation>Переместить перед предыдущей категорией того же уровня</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Move after the next sibling</source>
        <translation>Переместить после следующей категории того же уровня</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Вложить</translation>
    </message>
    <message>
        <source>Make it a subcategory of the category above</source>
        <translation>Сделать подкатегорией категории выше</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Вынести</translation>
    </message>
    <message>
        <source>Move it up one level</source>
        <translation>Поднять на один уровень выше</translation>
    </message>
    <message>
        <source>The name of this category (applied on Enter or when leaving the field)</source>
        <translation>Название категории (применяется по нажатию Enter или при выходе из поля)</translation>
    </message>
    <message>
        <source>empty: only groups subcategories</source>
        <translation>пусто: только группирует подкатегории</translation>
    </message>
    <message>
        <source>A regular expression tried on every value of a window or tab: app, title, URL</source>
        <translation>Регулярное выражение, проверяемое на каждом значении окна или вкладки: приложение, заголовок, URL</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Без учёта регистра</translation>
    </message>
    <message>
        <source>Inherit</source>
        <translation>Наследовать</translation>
    </message>
    <message>
        <source>Use the colour of the parent category</source>
        <translation>Использовать цвет родительской категории</translation>
    </message>
    <message>
        <source>Own score</source>
        <translation>Своя оценка</translation>
    </message>
    <message>
        <source>Without its own score a category uses its parent&apos;s</source>
        <translation>Без собственной оценки категория использует оценку родительской</translation>
    </message>
    <message>
        <source>Productivity score: positive for productive time, negative for distraction</source>
        <translation>Оценка продуктивности: положительная для продуктивного времени, отрицательная для отвлечений</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Regex</source>
        <translation>&amp;Регулярное выражение</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <source>Sc&amp;ore</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <source>A window or browser tab gets the deepest category whose regex matches any of its values; among equally deep matches, the later rule wins.</source>
        <translation>Окно или вкладка браузера получает самую глубоко вложенную категорию, регулярное выражение которой совпадает с любым из её значений; при совпадениях одинаковой глубины побеждает правило, идущее позже.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Read categories from a file exported by Stint or ActivityWatch</source>
        <translation>Прочитать категории из файла, экспортированного Stint или ActivityWatch</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write these categories to a file ActivityWatch can import</source>
        <translation>Записать эти категории в файл, который может импортировать ActivityWatch</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Replace the categories with Stint&apos;s defaults</source>
        <translation>Заменить категории на стандартные категории Stint</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>Сохранить категории</translation>
    </message>
    <message>
        <source>Import categories</source>
        <translation>Импорт категорий</translation>
    </message>
    <message>
        <source>Category files (*.json);;All files (*)</source>
        <translation>Файлы категорий (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export categories</source>
        <translation>Экспорт категорий</translation>
    </message>
    <message>
        <source>Cannot read the stored categories: %1</source>
        <translation>Не удаётся прочитать сохранённые категории: %1</translation>
    </message>
    <message>
        <source>(groups subcategories)</source>
        <translation>(группирует подкатегории)</translation>
    </message>
    <message>
        <source>Invalid regex: %1</source>
        <translation>Недопустимое регулярное выражение: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Inherited – choose…</source>
        <translation>Унаследован — выбрать…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
    <message>
        <source>Cannot count the matches of the last 7 days: %1</source>
        <translation>Не удаётся подсчитать совпадения за последние 7 дней: %1</translation>
    </message>
    <message>
        <source>%1 by this rule, %2 with its subcategories</source>
        <translation>%1 по этому правилу, %2 вместе с подкатегориями</translation>
    </message>
    <message>
        <source>Counting the last 7 days…</source>
        <translation>Подсчёт за последние 7 дней…</translation>
    </message>
    <message>
        <source>Uncategorized in the last 7 days: %1 of %2 active time (%3%)</source>
        <translation>Без категории за последние 7 дней: %1 из %2 активного времени (%3%)</translation>
    </message>
    <message>
        <source>Last 7 days: %1 in its subcategories. This category has no regex of its own.</source>
        <translation>Последние 7 дней: %1 в подкатегориях. У этой категории нет собственного регулярного выражения.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time, %2 with its subcategories.</source>
        <translation>Последние 7 дней: это правило отнесло к категории %1 активного времени, %2 вместе с подкатегориями.</translation>
    </message>
    <message>
        <source>Last 7 days: this rule categorized %1 of active time.</source>
        <translation>Последние 7 дней: это правило отнесло к категории %1 активного времени.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>У категории должно быть название.</translation>
    </message>
    <message>
        <source>There is already a category &quot;%1&quot;.</source>
        <translation>Категория «%1» уже существует.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Новая категория %1</translation>
    </message>
    <message>
        <source>There is no category above to move it into.</source>
        <translation>Выше нет категории, в которую её можно вложить.</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Цвет «%1»</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved. The reports use these categories now.</source>
        <translation>Сохранено. Теперь отчёты используют эти категории.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no usable categories: %2</source>
        <translation>В %1 нет пригодных категорий: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>Импортировано %n правило из %1. Ещё не сохранено.</numerusform>
            <numerusform>Импортировано %n правила из %1. Ещё не сохранено.</numerusform>
            <numerusform>Импортировано %n правил из %1. Ещё не сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the categories first: %1</source>
        <translation>Сначала исправьте категории: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The productivity score on the Activity page is the mean of the categories&apos; scores, weighted by the time spent in each (Uncategorized counts as 0). With these categories it lies between %1 and %2.</source>
        <translation>Оценка продуктивности на странице «Активность» — это среднее оценок категорий, взвешенное по времени, проведённому в каждой («Без категории» считается как 0). С этими категориями она лежит в пределах от %1 до %2.</translation>
    </message>
</context>
<context>
    <name>stint::Cli</name>
    <message>
        <source>Nothing was stored: %1</source>
        <translation>Ничего не сохранено: %1</translation>
    </message>
    <message>
        <source>Use: stopwatch start LABEL, stopwatch stop or stopwatch status [--json].</source>
        <translation>Использование: stopwatch start LABEL, stopwatch stop или stopwatch status [--json].</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Ни один таймер не запущен.</translation>
    </message>
    <message>
        <source>%1: running for %2 (since %3)</source>
        <translation>%1: идёт %2 (с %3)</translation>
    </message>
    <message>
        <source>Started %1 at %2.</source>
        <translation>Таймер «%1» запущен в %2.</translation>
    </message>
    <message>
        <source>Stopped %1 after %2.</source>
        <translation>Таймер «%1» остановлен через %2.</translation>
    </message>
    <message>
        <source>Use: entry add --start T --end T LABEL.</source>
        <translation>Использование: entry add --start T --end T LABEL.</translation>
    </message>
    <message>
        <source>Added %1 from %2 to %3 (%4).</source>
        <translation>Добавлена запись «%1» с %2 до %3 (%4).</translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
    <message>
        <source>Export everything as ActivityWatch&apos;s export file (other trackers and scripts read it) or the activity as a CSV table. Import an ActivityWatch export or ActivityWatch&apos;s own database (sqlite.db); events that are already here are skipped, so importing twice changes nothing.</source>
        <translation>Экспортируйте всё в файл экспорта ActivityWatch (его читают другие трекеры и скрипты) или активность в виде таблицы CSV. Импортируйте экспорт ActivityWatch или собственную базу данных ActivityWatch (sqlite.db); события, которые уже есть, пропускаются, поэтому повторный импорт ничего не меняет.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message numerus="yes">
        <source>Importing… %n event(s) read</source>
        <translation>
            <numerusform>Импорт… прочитано %n событие</numerusform>
            <numerusform>Импорт… прочитано %n события</numerusform>
            <numerusform>Импорт… прочитано %n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export (*.json)</source>
        <translation>Экспорт ActivityWatch (*.json)</translation>
    </message>
    <message>
        <source>Activity as CSV (*.csv)</source>
        <translation>Активность в CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Экспорт активности</translation>
    </message>
    <message>
        <source>Import activity</source>
        <translation>Импорт активности</translation>
    </message>
    <message>
        <source>ActivityWatch export or database (*.json *.db);;All files (*)</source>
        <translation>Экспорт или база данных ActivityWatch (*.json *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Остановлено: %1</translation>
    </message>
    <message>
        <source>ActivityWatch&apos;s watchers and scripts can send data to Stint at http://127.0.0.1:%1/api/0/.</source>
        <translation>Наблюдатели и скрипты ActivityWatch могут отправлять данные в Stint по адресу http://127.0.0.1:%1/api/0/.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is off.</source>
        <translation>HTTP API для наблюдателей и скриптов ActivityWatch выключен.</translation>
    </message>
    <message>
        <source>The HTTP API for ActivityWatch&apos;s watchers and scripts is not running: %1</source>
        <translation>HTTP API для наблюдателей и скриптов ActivityWatch не работает: %1</translation>
    </message>
    <message>
        <source>Stint keeps everything it records, and these settings, in one database file:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;While Stint runs, recent changes may wait in a second file beside it; quitting Stint moves them into the database file. To copy the data while Stint runs, use Back up.</source>
        <translation>Stint хранит всё, что записывает, а также эти настройки в одном файле базы данных:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Пока Stint работает, последние изменения могут ожидать во втором файле рядом с ним; при выходе из Stint они переносятся в файл базы данных. Чтобы скопировать данные во время работы Stint, используйте «Резервная копия».</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Write a complete, checked copy of the database to a file of your choice while Stint keeps recording.</source>
        <translation>Записать полную проверенную копию базы данных в выбранный файл, пока Stint продолжает запись.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервное копирование базы данных</translation>
    </message>
    <message>
        <source>Stint database (*.db)</source>
        <translation>База данных Stint (*.db)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Резервное копирование в %1…</translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>Экспортирована %n строка активности в %1.</numerusform>
            <numerusform>Экспортировано %n строки активности в %1.</numerusform>
            <numerusform>Экспортировано %n строк активности в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Не удалось сохранить импорт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>Экспортировано %n событие (бакеты: %1) в %2.</numerusform>
            <numerusform>Экспортировано %n события (бакеты: %1) в %2.</numerusform>
            <numerusform>Экспортировано %n событий (бакеты: %1) в %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>В резервную копию %1 сохранено %n событие.</numerusform>
            <numerusform>В резервную копию %1 сохранено %n события.</numerusform>
            <numerusform>В резервную копию %1 сохранено %n событий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DatePicker</name>
    <message>
        <source>Pick a date (days with data are bold)</source>
        <translation>Выбрать дату (дни с данными выделены жирным)</translation>
    </message>
</context>
<context>
    <name>stint::Desktop</name>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Stint keeps tracking</source>
        <translation>Stint продолжает запись</translation>
    </message>
    <message>
        <source>Stint is still running in the tray. Choose Quit in its menu to stop tracking.</source>
        <translation>Stint продолжает работать в системном лотке. Чтобы остановить запись, выберите «Выход» в его меню.</translation>
    </message>
    <message>
        <source>Quit Stint?</source>
        <translation>Выйти из Stint?</translation>
    </message>
    <message>
        <source>There is no system tray to keep Stint in. Quit Stint and stop tracking?</source>
        <translation>Нет системного лотка, в котором мог бы остаться Stint. Выйти из Stint и остановить запись?</translation>
    </message>
    <message>
        <source>Browser extension refused</source>
        <translation>Расширение браузера отклонено</translation>
    </message>
    <message>
        <source>A browser extension tried to send activity to Stint and was refused — review in Settings → Data → Browser extensions.
%1</source>
        <translation>Расширение браузера попыталось отправить активность в Stint и было отклонено — проверьте в разделе Настройки → Данные → Расширения браузера.
%1</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Поиск…</translation>
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
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
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
        <translation> с</translation>
    </message>
    <message>
        <source>Without keyboard or mouse input for this long, you count as away</source>
        <translation>Если столько времени нет ввода с клавиатуры или мыши, вы считаетесь отсутствующим</translation>
    </message>
    <message>
        <source>How often the active window is read when the system does not report changes</source>
        <translation>Как часто опрашивать активное окно, если система не сообщает об изменениях</translation>
    </message>
    <message>
        <source>Activity before this time counts for the previous day</source>
        <translation>Активность до этого времени относится к предыдущему дню</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Away after no input for</source>
        <translation>Отсутствие после бездействия в течение</translation>
    </message>
    <message>
        <source>Check the active window every</source>
        <translation>Проверять активное окно каждые</translation>
    </message>
    <message>
        <source>Days and weeks</source>
        <translation>Дни и недели</translation>
    </message>
    <message>
        <source>A day starts at</source>
        <translation>Начало дня</translation>
    </message>
    <message>
        <source>A week starts on</source>
        <translation>Первый день недели</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Windows matching a rule are never stored as they are: excluded ones are recorded only as &quot;(excluded)&quot;, redacted ones keep the app but not the title. Regexes ignore case; either may be empty.</source>
        <translation>Окна, подходящие под правило, никогда не сохраняются как есть: исключённые записываются только как &quot;(excluded)&quot;, у скрытых сохраняется приложение, но не заголовок. Регулярные выражения не учитывают регистр; любое из них может быть пустым.</translation>
    </message>
    <message>
        <source>Always active</source>
        <translation>Всегда активно</translation>
    </message>
    <message>
        <source>Time in matching windows counts as active even without input (videos, meetings).</source>
        <translation>Время в подходящих окнах считается активным даже без ввода (видео, встречи).</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Не удаётся прочитать настройки: %1</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>not a list of rules</source>
        <translation>не список правил</translation>
    </message>
    <message>
        <source>Correct the values shown and save to replace them.</source>
        <translation>Исправьте показанные значения и сохраните, чтобы заменить их.</translation>
    </message>
    <message>
        <source>Away timeout: %1</source>
        <translation>Время до отсутствия: %1</translation>
    </message>
    <message>
        <source>Poll interval: %1</source>
        <translation>Интервал опроса: %1</translation>
    </message>
    <message>
        <source>Start of day: %1</source>
        <translation>Начало дня: %1</translation>
    </message>
    <message>
        <source>Start of week: %1</source>
        <translation>Первый день недели: %1</translation>
    </message>
    <message>
        <source>Privacy rules: %1</source>
        <translation>Правила конфиденциальности: %1</translation>
    </message>
    <message>
        <source>Always-active rules: %1</source>
        <translation>Правила «всегда активно»: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved, but recording cannot use the new settings: %1</source>
        <translation>Сохранено, но запись не может использовать новые настройки: %1</translation>
    </message>
    <message>
        <source>Saved. Recording uses the new settings now.</source>
        <translation>Сохранено. Теперь запись ведётся с новыми настройками.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Start Stint when I log in</source>
        <translation>Запускать Stint при входе в систему</translation>
    </message>
    <message>
        <source>Stint starts in the system tray when you log in</source>
        <translation>Stint запускается в системном лотке при входе в систему</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <source>In force now: %1 s, given with %2 on the command line, which overrides this setting until Stint starts without it.</source>
        <translation>Сейчас действует: %1 с, задано параметром %2 в командной строке; он переопределяет эту настройку, пока Stint не запустится без него.</translation>
    </message>
</context>
<context>
    <name>stint::GnomeExtensionPanel</name>
    <message>
        <source>GNOME does not tell other programs which window has the focus. Stint&apos;s small GNOME Shell extension (GNOME 45 or later) does, and only to programs of your session.</source>
        <translation>GNOME не сообщает другим программам, какое окно в фокусе. Это делает небольшое расширение GNOME Shell для Stint (GNOME 45 или новее), и только для программ вашего сеанса.</translation>
    </message>
    <message>
        <source>Checking the extension…</source>
        <translation>Проверка расширения…</translation>
    </message>
    <message>
        <source>&amp;Install the extension</source>
        <translation>&amp;Установить расширение</translation>
    </message>
    <message>
        <source>&amp;Install again</source>
        <translation>&amp;Установить заново</translation>
    </message>
    <message>
        <source>The extension could not be installed: %1</source>
        <translation>Не удалось установить расширение: %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalMonitor</name>
    <message>
        <source>Active time</source>
        <extracomment>the name of a goal that counts all active time, not one category</extracomment>
        <translation>Активное время</translation>
    </message>
    <message>
        <source>Over your limit: %1</source>
        <translation>Лимит превышен: %1</translation>
    </message>
    <message>
        <source>%1 today, more than the %2 you allowed for a day.</source>
        <translation>Сегодня %1 — больше, чем разрешённые вами %2 в день.</translation>
    </message>
    <message>
        <source>%1 this week, more than the %2 you allowed for a week.</source>
        <translation>На этой неделе %1 — больше, чем разрешённые вами %2 в неделю.</translation>
    </message>
    <message>
        <source>Goal reached: %1</source>
        <translation>Цель достигнута: %1</translation>
    </message>
    <message>
        <source>%1 today: your goal of %2 a day is reached.</source>
        <translation>Сегодня %1: ваша цель — %2 в день — достигнута.</translation>
    </message>
    <message>
        <source>%1 this week: your goal of %2 a week is reached.</source>
        <translation>На этой неделе %1: ваша цель — %2 в неделю — достигнута.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Goals met today: %1 of %2</source>
        <translation>Целей достигнуто сегодня: %1 из %2</translation>
    </message>
    <message>
        <source>Your day so far: %1 active</source>
        <translation>Ваш день на данный момент: активно %1</translation>
    </message>
</context>
<context>
    <name>stint::GoalsCard</name>
    <message>
        <source>at most %1 a day</source>
        <translation>не более %1 в день</translation>
    </message>
    <message>
        <source>at most %1 a week</source>
        <translation>не более %1 в неделю</translation>
    </message>
    <message>
        <source>at least %1 a day</source>
        <translation>не менее %1 в день</translation>
    </message>
    <message>
        <source>at least %1 a week</source>
        <translation>не менее %1 в неделю</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>лимит превышен</translation>
    </message>
    <message>
        <source>within the limit</source>
        <translation>в пределах лимита</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>достигнута</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>ещё не достигнута</translation>
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
        <translation>Задайте себе не более или не менее определённого времени в день или в неделю — в одной категории (вместе с её подкатегориями) или во всём активном времени. Страница «Активность» показывает, насколько вы продвинулись, а Stint один раз сообщает, когда лимит превышен или цель достигнута.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>&amp;Add goal</source>
        <translation>&amp;Добавить цель</translation>
    </message>
    <message>
        <source>Re&amp;move goal</source>
        <translation>&amp;Удалить цель</translation>
    </message>
    <message>
        <source>Sum up my day in a notification at</source>
        <translation>Подводить итог дня в уведомлении в</translation>
    </message>
    <message>
        <source>The active time, the top three categories and the goals met</source>
        <translation>Активное время, три основные категории и достигнутые цели</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Discard the changes that are not saved</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <source>Cannot read the goals: %1</source>
        <translation>Не удаётся прочитать цели: %1</translation>
    </message>
    <message>
        <source>All active time</source>
        <translation>Всё активное время</translation>
    </message>
    <message>
        <source>At most</source>
        <extracomment>a goal: at most so much time</extracomment>
        <translation>Не более</translation>
    </message>
    <message>
        <source>At least</source>
        <extracomment>a goal: at least so much time</extracomment>
        <translation>Не менее</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>в день</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <source>Correct the goals shown and save to replace them.</source>
        <translation>Исправьте показанные цели и сохраните, чтобы заменить ими прежние.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>stint::HostSelector</name>
    <message>
        <source>Whose activity to show: this computer&apos;s, another computer&apos;s, or all of them with each moment counted once (this computer&apos;s activity first)</source>
        <translation>Чью активность показывать: этого компьютера, другого компьютера или всех сразу, учитывая каждый момент один раз (в первую очередь — активность этого компьютера)</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Этот компьютер (%1)</translation>
    </message>
    <message>
        <source>All computers</source>
        <translation>Все компьютеры</translation>
    </message>
</context>
<context>
    <name>stint::LanguageChooser</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Системный по умолчанию (%1)</translation>
    </message>
    <message>
        <source>Show Stint in</source>
        <translation>Язык интерфейса Stint</translation>
    </message>
    <message>
        <source>Stint will use %1 after it is restarted.</source>
        <translation>Stint будет использовать язык «%1» после перезапуска.</translation>
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
        <translation>Пока ничего не записано</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All changes saved (write #%1)</source>
        <translation>Все изменения сохранены (запись № %1)</translation>
    </message>
    <message>
        <source>Not saved since write #%1 - retrying</source>
        <translation>Не сохранено с записи № %1 — повторная попытка</translation>
    </message>
</context>
<context>
    <name>stint::ManualEntryDialog</name>
    <message>
        <source>Edit entry</source>
        <translation>Изменить запись</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>По правилам категорий</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Н&amp;ачало:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Конец:</translation>
    </message>
    <message>
        <source>Give the entry a label.</source>
        <translation>Укажите название записи.</translation>
    </message>
</context>
<context>
    <name>stint::ManualTimeDialog</name>
    <message>
        <source>Manual time</source>
        <translation>Ручной учёт времени</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>Чем вы заняты?</translation>
    </message>
    <message>
        <source>&amp;Start timer</source>
        <translation>&amp;Запустить таймер</translation>
    </message>
    <message>
        <source>&amp;Keep the running timer going (run both)</source>
        <translation>&amp;Не останавливать текущий таймер (запустить оба)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Добавить запись…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>S&amp;top timer</source>
        <translation>&amp;Остановить таймер</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>By the category rules</source>
        <translation>По правилам категорий</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (идёт)</translation>
    </message>
    <message>
        <source>by rules</source>
        <translation>по правилам</translation>
    </message>
    <message>
        <source>Could not read the entries: %1</source>
        <translation>Не удалось прочитать записи: %1</translation>
    </message>
    <message>
        <source>No timer is running.</source>
        <translation>Ни один таймер не запущен.</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Идёт: %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Give the timer a label first.</source>
        <translation>Сначала укажите название таймера.</translation>
    </message>
</context>
<context>
    <name>stint::PatternTable</name>
    <message>
        <source>App (regex)</source>
        <translation>Приложение (regex)</translation>
    </message>
    <message>
        <source>Title (regex)</source>
        <translation>Заголовок (regex)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Исключить</translation>
    </message>
    <message>
        <source>Redact title</source>
        <translation>Скрыть заголовок</translation>
    </message>
    <message>
        <source>Exclude: stored only as &quot;(excluded)&quot;. Redact title: the app is kept, the title hidden.</source>
        <translation>Исключить: сохраняется только как &quot;(excluded)&quot;. Скрыть заголовок: приложение сохраняется, заголовок скрывается.</translation>
    </message>
</context>
<context>
    <name>stint::PeriodNavigator</name>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;День</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Показать один день</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Неделя</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Показать одну неделю</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Месяц</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Показать один месяц</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Год</translation>
    </message>
    <message>
        <source>Show one year</source>
        <translation>Показать один год</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Предыдущий период (%1)</translation>
    </message>
    <message>
        <source>Next period (%1)</source>
        <translation>Следующий период (%1)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сегодня</translation>
    </message>
    <message>
        <source>Go to the period that contains today</source>
        <translation>Перейти к периоду, содержащему сегодняшний день</translation>
    </message>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Вчера, %1</translation>
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
        <translation>Сохранение вашей активности…</translation>
    </message>
    <message>
        <source>Stint could not save</source>
        <translation>Stint не удалось сохранить данные</translation>
    </message>
    <message>
        <source>The last minutes of your activity could not be saved:
%1

Nothing is lost while Stint keeps running. Retry, or cancel quitting and free some space or fix the problem first.</source>
        <translation>Последние минуты вашей активности не удалось сохранить:
%1

Пока Stint работает, ничего не теряется. Повторите попытку или отмените выход и сначала освободите место или устраните проблему.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cancel quitting</source>
        <translation>Отменить выход</translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message>
        <source>Delete data</source>
        <translation>Удаление данных</translation>
    </message>
    <message>
        <source>Delete bucket…</source>
        <translation>Удалить бакет…</translation>
    </message>
    <message>
        <source>Delete the selected bucket with all its events</source>
        <translation>Удалить выбранный бакет со всеми его событиями</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buckets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Бакеты&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Вся история</translation>
    </message>
    <message>
        <source>From the bucket&apos;s first event to its last</source>
        <translation>От первого события бакета до последнего</translation>
    </message>
    <message>
        <source>Filter by any value (app, title, URL, …)</source>
        <translation>Фильтр по любому значению (приложение, заголовок, URL, …)</translation>
    </message>
    <message>
        <source>Delete events…</source>
        <translation>Удалить события…</translation>
    </message>
    <message>
        <source>Delete the selected events (Del)</source>
        <translation>Удалить выбранные события (Del)</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать больше</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Фильтр</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events&lt;/b&gt;</source>
        <translation>&lt;b&gt;События&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>Необработанные данные</translation>
    </message>
    <message>
        <source>Cannot read the buckets: %1</source>
        <translation>Не удаётся прочитать бакеты: %1</translation>
    </message>
    <message>
        <source>No buckets yet: nothing has been recorded.</source>
        <translation>Бакетов пока нет: ничего не записано.</translation>
    </message>
    <message>
        <source>Cannot read the events of &quot;%1&quot;: %2</source>
        <translation>Не удаётся прочитать события «%1»: %2</translation>
    </message>
    <message>
        <source>No event in this range matches the filter.</source>
        <translation>Ни одно событие в этом диапазоне не соответствует фильтру.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>В этом диапазоне нет событий.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>%n подходящее событие.</numerusform>
            <numerusform>%n подходящих события.</numerusform>
            <numerusform>%n подходящих событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n событие.</numerusform>
            <numerusform>%n события.</numerusform>
            <numerusform>%n событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from &quot;%1&quot;? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n событие из «%1»? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n события из «%1»? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n событий из «%1»? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>Удалено %n событие.</numerusform>
            <numerusform>Удалено %n события.</numerusform>
            <numerusform>Удалено %n событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить бакет «%1» со всем его %n событием? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить бакет «%1» со всеми его %n событиями? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить бакет «%1» со всеми его %n событиями? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the bucket &quot;%1&quot;.</source>
        <translation>Бакет «%1» удалён.</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Ничего не удалено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>Показаны самые новые: %1 из %Ln подходящего события.</numerusform>
            <numerusform>Показаны самые новые: %1 из %Ln подходящих событий.</numerusform>
            <numerusform>Показаны самые новые: %1 из %Ln подходящих событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>Показаны самые новые: %1 из %Ln события.</numerusform>
            <numerusform>Показаны самые новые: %1 из %Ln событий.</numerusform>
            <numerusform>Показаны самые новые: %1 из %Ln событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>Показаны первые в этом порядке: %1 из %Ln подходящего события.</numerusform>
            <numerusform>Показаны первые в этом порядке: %1 из %Ln подходящих событий.</numerusform>
            <numerusform>Показаны первые в этом порядке: %1 из %Ln подходящих событий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>Показаны первые в этом порядке: %1 из %Ln события.</numerusform>
            <numerusform>Показаны первые в этом порядке: %1 из %Ln событий.</numerusform>
            <numerusform>Показаны первые в этом порядке: %1 из %Ln событий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search apps, window titles and URLs</source>
        <translation>Поиск по приложениям, заголовкам окон и URL</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Вся история</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Последние 365 дней</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>С … по …</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Приложение</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Впервые</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>В последний раз</translation>
    </message>
    <message>
        <source>Double-click a result to see it in the Timeline (its first stretch from &quot;First seen&quot;, else its last).</source>
        <translation>Дважды щёлкните результат, чтобы увидеть его на «Хронологии» (в столбце «Впервые» — первый отрезок, в остальных — последний).</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n результат, активно %1</numerusform>
            <numerusform>%n результата, активно %1</numerusform>
            <numerusform>%n результатов, активно %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SettingsPage</name>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Категории</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>GNOME &amp;Shell</source>
        <translation>GNOME &amp;Shell</translation>
    </message>
    <message>
        <source>&amp;About Stint…</source>
        <translation>&amp;О программе Stint…</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Цели</translation>
    </message>
</context>
<context>
    <name>stint::SingleInstance</name>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Не удаётся создать файл блокировки %1.</translation>
    </message>
    <message>
        <source>Another Stint holds %1 but does not answer.</source>
        <translation>Другой экземпляр Stint удерживает %1, но не отвечает.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2</source>
        <translation>Не удаётся прослушивать %1: %2</translation>
    </message>
    <message>
        <source>the running Stint did not answer</source>
        <translation>запущенный Stint не ответил</translation>
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
        <translation>Несколько компьютеров: Stint записывает то, что регистрирует, в папку, которую Syncthing, Dropbox или Nextcloud копирует между вашими компьютерами, и читает из неё активность остальных (aw-sync из ActivityWatch делает то же самое). Удаление событий здесь не передаётся на другие компьютеры.</translation>
    </message>
    <message>
        <source>&amp;Sync folder…</source>
        <translation>&amp;Папка синхронизации…</translation>
    </message>
    <message>
        <source>Turn sync off</source>
        <translation>Выключить синхронизацию</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>File changed</source>
        <translation>Файл изменён</translation>
    </message>
    <message>
        <source>Events here</source>
        <translation>Событий здесь</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>С&amp;крыть</translation>
    </message>
    <message>
        <source>Leave this computer out of the reports and stop copying its activity.</source>
        <translation>Не учитывать этот компьютер в отчётах и прекратить копирование его активности.</translation>
    </message>
    <message>
        <source>&amp;Delete here…</source>
        <translation>&amp;Удалить здесь…</translation>
    </message>
    <message>
        <source>Delete the copies of this computer&apos;s activity on this computer (and hide it). The other computer keeps its data.</source>
        <translation>Удалить на этом компьютере копии активности выбранного компьютера (и скрыть его). У того компьютера его данные останутся.</translation>
    </message>
    <message>
        <source>Delete %1 here</source>
        <translation>Удалить %1 здесь</translation>
    </message>
    <message>
        <source>Delete the activity copied from %1 on this computer? %1 keeps its own data, and it stays hidden here so the copies do not come back.</source>
        <translation>Удалить на этом компьютере активность, скопированную с %1? У %1 останутся его собственные данные, а здесь он останется скрытым, чтобы копии не вернулись.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync is not available.</source>
        <translation>Синхронизация недоступна.</translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>Папка синхронизации: &lt;b&gt;%1&lt;/b&gt;, каждую %n секунду</numerusform>
            <numerusform>Папка синхронизации: &lt;b&gt;%1&lt;/b&gt;, каждые %n секунды</numerusform>
            <numerusform>Папка синхронизации: &lt;b&gt;%1&lt;/b&gt;, каждые %n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync is off.</source>
        <translation>Синхронизация выключена.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>no database file yet</source>
        <translation>файла базы данных пока нет</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыт</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>Синхронизировано в %1: с других компьютеров скопировано %n событие.</numerusform>
            <numerusform>Синхронизировано в %1: с других компьютеров скопировано %n события.</numerusform>
            <numerusform>Синхронизировано в %1: с других компьютеров скопировано %n событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncthing is set up on this computer but does not answer at %1.</source>
        <translation>Syncthing настроен на этом компьютере, но не отвечает по адресу %1.</translation>
    </message>
    <message>
        <source>No Syncthing found on this computer.</source>
        <translation>Syncthing на этом компьютере не найден.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer (%1), but the sync folder is not shared there.</source>
        <translation>Syncthing работает на этом компьютере (%1), но папка синхронизации не открыта в нём для общего доступа.</translation>
    </message>
    <message>
        <source>Syncthing runs on this computer and shares the sync folder (&quot;%1&quot;): %2.</source>
        <translation>Syncthing работает на этом компьютере и предоставляет общий доступ к папке синхронизации («%1»): %2.</translation>
    </message>
    <message>
        <source>%1, %2 still to fetch</source>
        <translation>%1, ещё предстоит получить %2</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Папка синхронизации</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Показать</translation>
    </message>
</context>
<context>
    <name>stint::SyncService</name>
    <message>
        <source>Stint is quitting; sync did not run.</source>
        <translation>Stint завершает работу; синхронизация не выполнялась.</translation>
    </message>
</context>
<context>
    <name>stint::TimelinePage</name>
    <message>
        <source>Scroll to zoom, drag to move</source>
        <translation>Прокрутка — масштаб, перетаскивание — сдвиг</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Show a longer stretch</source>
        <translation>Показать более длинный отрезок</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Show a shorter stretch</source>
        <translation>Показать более короткий отрезок</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>button: scroll the timeline to the present</extracomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Go to the present</source>
        <translation>Перейти к текущему моменту</translation>
    </message>
    <message>
        <source>Timeline of every bucket</source>
        <translation>Хронология всех бакетов</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>ddd d MMM HH:mm</source>
        <translation>ddd, d MMM HH:mm</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Не удалось прочитать хронологию: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Go back by the span shown</source>
        <translation>Сдвинуться назад на показанный отрезок</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Go forward by the span shown</source>
        <translation>Сдвинуться вперёд на показанный отрезок</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd, d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Ручной учёт времени…</translation>
    </message>
    <message>
        <source>Timers and entries by hand (right-drag over the timeline adds one)</source>
        <translation>Таймеры и записи вручную (перетаскивание правой кнопкой по хронологии добавляет запись)</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Изменить запись…</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Add entry…</source>
        <translation>Добавить запись…</translation>
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
        <translation>Пауза</translation>
    </message>
    <message>
        <source>%1 – %2
%3, %4 active</source>
        <translation>%1 – %2
%3, активно %4</translation>
    </message>
</context>
<context>
    <name>stint::TimelineView</name>
    <message>
        <source>Windows</source>
        <translation>Окна</translation>
    </message>
    <message>
        <source>Active / away</source>
        <translation>Активность / отсутствие</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Browser tabs</source>
        <translation>Вкладки браузера</translation>
    </message>
    <message>
        <source>Browser tabs (%1)</source>
        <translation>Вкладки браузера (%1)</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>in a tooltip: the user was at the computer</extracomment>
        <translation>Активность</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>in a tooltip: the user was away from the computer</extracomment>
        <translation>Отсутствие</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>Приложение: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Заголовок: %1</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Категория: %1</translation>
    </message>
    <message>
        <source>Start: %1 %2</source>
        <translation>Начало: %1 %2</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Длительность: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Пока ничего не записано</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Bucket %1
Type %2
Host %3</source>
        <translation>Бакет %1
Тип %2
Узел %3</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>Manual time</source>
        <translation>Ручной учёт времени</translation>
    </message>
    <message>
        <source>App: %1 (%2)</source>
        <extracomment>in a tooltip: the app&apos;s name, then the id it was recorded with</extracomment>
        <translation>Приложение: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>stint::TimerMenu</name>
    <message>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <source>Stop “%1” (%2)</source>
        <translation>Остановить «%1» (%2)</translation>
    </message>
    <message>
        <source>Start “%1”</source>
        <extracomment>tray menu: start a timer with a label used before</extracomment>
        <translation>Запустить «%1»</translation>
    </message>
    <message>
        <source>Start timer…</source>
        <translation>Запустить таймер…</translation>
    </message>
    <message>
        <source>Manual time…</source>
        <translation>Ручной учёт времени…</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Запустить таймер</translation>
    </message>
    <message>
        <source>What are you doing?</source>
        <translation>Чем вы заняты?</translation>
    </message>
</context>
<context>
    <name>stint::Tracker</name>
    <message>
        <source>cannot store this database&apos;s device id</source>
        <translation>не удаётся сохранить идентификатор устройства этой базы данных</translation>
    </message>
    <message>
        <source>cannot read this database&apos;s device id</source>
        <translation>не удаётся прочитать идентификатор устройства этой базы данных</translation>
    </message>
</context>
<context>
    <name>stint::TrayIcon</name>
    <message>
        <source>Open Stint</source>
        <translation>Открыть Stint</translation>
    </message>
    <message>
        <source>Pause for 15 minutes</source>
        <translation>Пауза на 15 минут</translation>
    </message>
    <message>
        <source>Pause for 1 hour</source>
        <translation>Пауза на 1 час</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Пауза до завтра</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Stint is tracking</source>
        <translation>Stint ведёт запись</translation>
    </message>
    <message>
        <source>Stint: you are away</source>
        <translation>Stint: вы отсутствуете</translation>
    </message>
    <message>
        <source>Stint is paused until %1</source>
        <translation>Stint на паузе до %1</translation>
    </message>
    <message>
        <source>Stint is paused</source>
        <translation>Stint на паузе</translation>
    </message>
    <message>
        <source>Stint is not recording</source>
        <translation>Stint не ведёт запись</translation>
    </message>
    <message>
        <source>Today: %1 active</source>
        <translation>Сегодня: активно %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Запускать при входе в систему</translation>
    </message>
    <message>
        <source>Stint</source>
        <translation>Stint</translation>
    </message>
    <message>
        <source>Stint cannot save: %1</source>
        <translation>Stint не может сохранить данные: %1</translation>
    </message>
    <message>
        <source>It keeps what it records in memory and tries again.</source>
        <translation>Записанное хранится в памяти, Stint повторит попытку.</translation>
    </message>
    <message>
        <source>Testing database: %1</source>
        <translation>Тестовая база данных: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
</context>
<context>
    <name>stint::TrendsPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Последние 4 недели</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Последние 12 недель</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Последние 52 недели</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>The span to look at; the current week or month is the last one</source>
        <translation>Рассматриваемый период; текущая неделя или месяц — последние в нём</translation>
    </message>
    <message>
        <source>Against the same number of days just before the span</source>
        <translation>Относительно такого же числа дней непосредственно перед периодом</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Daily average</source>
        <translation>В среднем за день</translation>
    </message>
    <message>
        <source>per day of the span</source>
        <translation>на день периода</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Самый загруженный день</translation>
    </message>
    <message>
        <source>The categories&apos; scores, weighted by the time spent in each</source>
        <translation>Оценки категорий, взвешенные по времени, проведённому в каждой</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Productivity score</source>
        <translation>Оценка продуктивности</translation>
    </message>
    <message>
        <source>Click a bar to see that period on the Activity page</source>
        <translation>Нажмите на столбец, чтобы открыть этот период на странице «Активность»</translation>
    </message>
    <message>
        <source>Active time per week</source>
        <translation>Активное время по неделям</translation>
    </message>
    <message>
        <source>Share of each category</source>
        <translation>Доля каждой категории</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>This span</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Change by category</source>
        <translation>Изменение по категориям</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Тренды</translation>
    </message>
    <message>
        <source>Could not read the trends: %1</source>
        <translation>Не удалось прочитать тренды: %1</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format (QLocale::toString)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
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
        <translation>%1 – %2 в сравнении с %3 – %4</translation>
    </message>
    <message>
        <source>%1 against %2 before</source>
        <translation>%1 относительно %2 ранее</translation>
    </message>
    <message>
        <source>nothing to compare with before</source>
        <translation>раньше не с чем сравнить</translation>
    </message>
    <message>
        <source>no activity</source>
        <translation>нет активности</translation>
    </message>
    <message>
        <source>Active time per month</source>
        <translation>Активное время по месяцам</translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>Изменение относительно предыдущей %n недели</numerusform>
            <numerusform>Изменение относительно предыдущих %n недель</numerusform>
            <numerusform>Изменение относительно предыдущих %n недель</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>Изменение относительно предыдущего %n месяца</numerusform>
            <numerusform>Изменение относительно предыдущих %n месяцев</numerusform>
            <numerusform>Изменение относительно предыдущих %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2: %3 (%4)
Total: %5
Click to open it on the Activity page</source>
        <translation>%1
%2: %3 (%4)
Всего: %5
Нажмите, чтобы открыть на странице «Активность»</translation>
    </message>
    <message>
        <source>%1
Productivity score: %2</source>
        <translation>%1
Оценка продуктивности: %2</translation>
    </message>
    <message>
        <source>%1
%2: %3 of the active time</source>
        <translation>%1
%2: %3 активного времени</translation>
    </message>
    <message>
        <source>%1 now against %2 before</source>
        <translation>%1 сейчас против %2 ранее</translation>
    </message>
    <message>
        <source>No time in this category before</source>
        <translation>Раньше в этой категории времени не было</translation>
    </message>
</context>
</TS>
