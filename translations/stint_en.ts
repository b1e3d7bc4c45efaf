<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n categories.</source>
        <translation>
            <numerusform>Imported %n category.</numerusform>
            <numerusform>Imported %n categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n categories.</source>
        <translation>
            <numerusform>Exported %n category.</numerusform>
            <numerusform>Exported %n categories.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of activity.</source>
        <translation>
            <numerusform>Exported %n row of activity.</numerusform>
            <numerusform>Exported %n rows of activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n event(s) read</source>
        <translation>
            <numerusform>... %n event read</numerusform>
            <numerusform>... %n events read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>integrity: %n problem(s)</source>
        <translation>
            <numerusform>integrity: %n problem</numerusform>
            <numerusform>integrity: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1).</source>
        <translation>
            <numerusform>Exported %n event (buckets: %1).</numerusform>
            <numerusform>Exported %n events (buckets: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n event to %1.</numerusform>
            <numerusform>Backed up %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %3 active, %4 against the %n days before</source>
        <translation>
            <numerusform>%1 to %2: %3 active, %4 against the day before</numerusform>
            <numerusform>%1 to %2: %3 active, %4 against the %n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n result, %1 active</numerusform>
            <numerusform>%n results, %1 active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n events new or updated).</source>
        <translation>
            <numerusform>Wrote %1 (%n event new or updated).</numerusform>
            <numerusform>Wrote %1 (%n events new or updated).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n events copied.</source>
        <translation>
            <numerusform>%1 (%2): %n event copied.</numerusform>
            <numerusform>%1 (%2): %n events copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync folder: %1 (every %n seconds)</source>
        <translation>
            <numerusform>Sync folder: %1 (every %n second)</numerusform>
            <numerusform>Sync folder: %1 (every %n seconds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>file changed %1, %n events copied here</source>
        <translation>
            <numerusform>file changed %1, %n event copied here</numerusform>
            <numerusform>file changed %1, %n events copied here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>Imported %n event(s), skipped %1 already present.</source>
        <translation>
            <numerusform>Imported %n event, skipped %1 already present.</numerusform>
            <numerusform>Imported %n events, skipped %1 already present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::CategoryEditor</name>
    <message numerus="yes">
        <source>Imported %n rule(s) from %1. Not saved yet.</source>
        <translation>
            <numerusform>Imported %n rule from %1. Not saved yet.</numerusform>
            <numerusform>Imported %n rules from %1. Not saved yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DataPanel</name>
    <message numerus="yes">
        <source>Importing… %n event(s) read</source>
        <translation>
            <numerusform>Importing… %n event read</numerusform>
            <numerusform>Importing… %n events read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::DataTransfer</name>
    <message numerus="yes">
        <source>Exported %n row(s) of activity to %1.</source>
        <translation>
            <numerusform>Exported %n row of activity to %1.</numerusform>
            <numerusform>Exported %n rows of activity to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) (buckets: %1) to %2.</source>
        <translation>
            <numerusform>Exported %n event (buckets: %1) to %2.</numerusform>
            <numerusform>Exported %n events (buckets: %1) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n event(s) to %1.</source>
        <translation>
            <numerusform>Backed up %n event to %1.</numerusform>
            <numerusform>Backed up %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::RawDataPage</name>
    <message numerus="yes">
        <source>%n matching event(s).</source>
        <translation>
            <numerusform>%n matching event.</numerusform>
            <numerusform>%n matching events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s).</source>
        <translation>
            <numerusform>%n event.</numerusform>
            <numerusform>%n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln matching event(s).</source>
        <translation>
            <numerusform>Showing the newest %1 of %Ln matching event.</numerusform>
            <numerusform>Showing the newest %1 of %Ln matching events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %1 of %Ln event(s).</source>
        <translation>
            <numerusform>Showing the newest %1 of %Ln event.</numerusform>
            <numerusform>Showing the newest %1 of %Ln events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n event(s) from &quot;%1&quot;? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n event from &quot;%1&quot;? This cannot be undone.</numerusform>
            <numerusform>Delete %n events from &quot;%1&quot;? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n event(s).</source>
        <translation>
            <numerusform>Deleted %n event.</numerusform>
            <numerusform>Deleted %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the bucket &quot;%1&quot; with all its %n event(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the bucket &quot;%1&quot; with all its %n event? This cannot be undone.</numerusform>
            <numerusform>Delete the bucket &quot;%1&quot; with all its %n events? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln matching event(s) in this order.</source>
        <translation>
            <numerusform>Showing the first %1 of %Ln matching event in this order.</numerusform>
            <numerusform>Showing the first %1 of %Ln matching events in this order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %1 of %Ln event(s) in this order.</source>
        <translation>
            <numerusform>Showing the first %1 of %Ln event in this order.</numerusform>
            <numerusform>Showing the first %1 of %Ln events in this order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SearchDialog</name>
    <message numerus="yes">
        <source>%n result(s), %1 active</source>
        <translation>
            <numerusform>%n result, %1 active</numerusform>
            <numerusform>%n results, %1 active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::SyncPanel</name>
    <message numerus="yes">
        <source>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</source>
        <translation>
            <numerusform>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n second</numerusform>
            <numerusform>Sync folder: &lt;b&gt;%1&lt;/b&gt;, every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n event(s) copied from other computers.</source>
        <translation>
            <numerusform>Synced at %1: %n event copied from other computers.</numerusform>
            <numerusform>Synced at %1: %n events copied from other computers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stint::TrendsPage</name>
    <message numerus="yes">
        <source>Change against the %n weeks before</source>
        <translation>
            <numerusform>Change against the week before</numerusform>
            <numerusform>Change against the %n weeks before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change against the %n months before</source>
        <translation>
            <numerusform>Change against the month before</numerusform>
            <numerusform>Change against the %n months before</numerusform>
        </translation>
    </message>
</context>
</TS>
