// Stint's GNOME Shell extension: exports the focused window's application id and title on the
// shell's session-bus connection (service org.gnome.Shell, object /org/stint/FocusedWindow), as
// a Get() method and a Changed signal, so Stint can follow the focus on Wayland.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import {Extension} from 'resource:///org/gnome/shell/extensions/extension.js';

const OBJECT_PATH = '/org/stint/FocusedWindow';
const INTERFACE = `
<node>
  <interface name="org.stint.FocusedWindow">
    <method name="Get">
      <arg type="s" direction="out" name="app"/>
      <arg type="s" direction="out" name="title"/>
    </method>
    <property name="Version" type="u" access="read"/>
    <signal name="Changed">
      <arg type="s" name="app"/>
      <arg type="s" name="title"/>
    </signal>
  </interface>
</node>`;

export default class StintFocusExtension extends Extension {
    enable() {
        this._window = null;
        this._titleHandler = 0;
        this._exported = Gio.DBusExportedObject.wrapJSObject(INTERFACE, this);
        this._exported.export(Gio.DBus.session, OBJECT_PATH);
        this._focusHandler = global.display.connect('notify::focus-window', () => this._follow());
        this._follow();
    }

    disable() {
        global.display.disconnect(this._focusHandler);
        this._unfollow();
        this._exported.unexport();
        this._exported = null;
    }

    get Version() {
        return this.metadata.version;
    }

    Get() {
        return this._describe();
    }

    _describe() {
        const window = this._window;
        if (!window)
            return ['', ''];
        // The Wayland app id (or the X11 class for XWayland windows), as on other desktops.
        const app = window.get_wm_class() || window.get_gtk_application_id() || window.get_sandboxed_app_id() || '';
        return [app, window.get_title() || ''];
    }

    _unfollow() {
        if (this._window && this._titleHandler)
            this._window.disconnect(this._titleHandler);
        this._window = null;
        this._titleHandler = 0;
    }

    _follow() {
        this._unfollow();
        this._window = global.display.focus_window;
        if (this._window)
            this._titleHandler = this._window.connect('notify::title', () => this._emit());
        this._emit();
    }

    _emit() {
        this._exported.emit_signal('Changed', new GLib.Variant('(ss)', this._describe()));
    }
}
