// Stint's KWin script: tells Stint which window is active, and its title whenever it changes, by
// calling back into the D-Bus object Stint registered. Stint writes this file with its own bus
// name in place of the placeholders and loads it through org.kde.kwin.Scripting.
// Plasma 6 names the API windowActivated/activeWindow, Plasma 5 clientActivated/activeClient.
var stintService = "@STINT_SERVICE@";
var stintPath = "@STINT_PATH@";
var stintInterface = "@STINT_INTERFACE@";
var followed = null;

function stintReport() {
    var window = followed;
    if (!window) {
        callDBus(stintService, stintPath, stintInterface, "Deactivated");
        return;
    }
    callDBus(stintService, stintPath, stintInterface, "Activated", String(window.resourceClass || ""),
             String(window.caption || ""));
}

function stintFollow(window) {
    if (followed) {
        try {
            followed.captionChanged.disconnect(stintReport);
        } catch (error) {
            // The window is gone already, and its connections with it.
        }
    }
    followed = window || null;
    if (followed)
        followed.captionChanged.connect(stintReport);
    stintReport();
}

if (workspace.windowActivated) {
    workspace.windowActivated.connect(stintFollow);
    stintFollow(workspace.activeWindow);
} else {
    workspace.clientActivated.connect(stintFollow);
    stintFollow(workspace.activeClient);
}
