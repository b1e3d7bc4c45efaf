#!/usr/bin/env python3
"""Replays what ActivityWatch's clients send (aw-watcher-web, aw-client) against a real
`stint --no-gui --testing` on a free port, and checks the answers. Standard library only.

usage: replay_aw_clients.py STINT_EXECUTABLE
Exit status: 0 passed, 1 failed, 77 skipped (no display for the watchers).
"""
import datetime as dt
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

CHROME_EXTENSION = "chrome-extension://nglaklhklhcoonedhgnpgddginnjdadi"
failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAIL: " + what, flush=True)


class Api:
    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)

    def request(self, method, path, body=None, headers=None):
        data = None if body is None else json.dumps(body).encode()
        all_headers = {"Content-Type": "application/json"} if data is not None else {}
        all_headers.update(headers or {})
        self.conn.request(method, path, body=data, headers=all_headers)
        response = self.conn.getresponse()
        raw = response.read()
        try:
            payload = json.loads(raw) if raw else None
        except ValueError:
            payload = raw
        return response.status, payload, {k.lower(): v for k, v in response.getheaders()}


def iso(moment):
    # aw-client sends datetime.isoformat() of aware datetimes ("+00:00"), aw-watcher-web toISOString() ("Z").
    return moment.isoformat()


def js_iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (moment.microsecond // 1000)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_server(port, process, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            return None
        try:
            status, info, _ = Api(port).request("GET", "/api/0/info")
            if status == 200:
                return info
        except OSError:
            pass
        time.sleep(0.2)
    return None


def replay_watcher_web(api, hostname):
    """aw-watcher-web: reads /api/0/info, creates its bucket, sends heartbeats (pulsetime 80) from
    the extension's origin, and on a tab change first re-sends the old tab at now - 1 ms."""
    origin = {"Origin": CHROME_EXTENSION}
    bucket = "aw-watcher-web-chrome_" + hostname
    status, _, headers = api.request("OPTIONS", "/api/0/buckets/" + bucket,
                                     headers={**origin, "Access-Control-Request-Method": "POST",
                                              "Access-Control-Request-Headers": "content-type"})
    check(status in (200, 204), "web: preflight answered %d" % status)
    check(headers.get("access-control-allow-origin") == CHROME_EXTENSION, "web: preflight allows the extension")
    status, _, headers = api.request("POST", "/api/0/buckets/" + bucket,
                                     {"client": "aw-client-web", "type": "web.tab.current", "hostname": hostname},
                                     origin)
    check(status == 200, "web: create bucket answered %d" % status)
    check(headers.get("access-control-allow-origin") == CHROME_EXTENSION, "web: CORS header on create")
    status, _, _ = api.request("POST", "/api/0/buckets/" + bucket,
                               {"client": "aw-client-web", "type": "web.tab.current", "hostname": hostname}, origin)
    check(status == 304, "web: second create answered %d, not 304" % status)

    t0 = dt.datetime(2026, 7, 23, 10, 0, 0, 123000, tzinfo=dt.timezone.utc)
    tab_a = {"url": "https://github.com/ActivityWatch", "title": "ActivityWatch", "audible": False,
             "incognito": False, "tabCount": 4}
    tab_b = {"url": "https://www.youtube.com/watch?v=x", "title": "Video", "audible": True,
             "incognito": False, "tabCount": 5}
    path = "/api/0/buckets/%s/heartbeat?pulsetime=80" % bucket
    sent = [(t0, tab_a), (t0 + dt.timedelta(seconds=60), tab_a),
            (t0 + dt.timedelta(seconds=90) - dt.timedelta(milliseconds=1), tab_a),  # the old tab, at now - 1 ms
            (t0 + dt.timedelta(seconds=90), tab_b), (t0 + dt.timedelta(seconds=150), tab_b)]
    merged = None
    for moment, data in sent:
        status, merged, _ = api.request("POST", path, {"timestamp": js_iso(moment), "duration": 0, "data": data},
                                        origin)
        check(status == 200, "web: heartbeat answered %d" % status)
    check(merged and merged.get("duration") == 60.0, "web: last heartbeat merged into a 60 s event: %r" % (merged,))
    status, events, _ = api.request("GET", "/api/0/buckets/%s/events" % bucket, headers=origin)
    check(status == 200 and isinstance(events, list) and len(events) == 2, "web: two events: %r" % (events,))
    if status == 200 and len(events) == 2:
        check(events[1]["data"] == tab_a and abs(events[1]["duration"] - 89.999) < 1e-6,
              "web: first tab lasted until the switch: %r" % (events[1],))
        check(events[0]["data"] == tab_b, "web: newest first")
    status, _, _ = api.request("GET", "/api/0/buckets/", headers={"Origin": "https://evil.example"})
    check(status == 403, "web: a foreign origin is refused (%d)" % status)


def replay_aw_client(api, hostname):
    """aw-client: create_bucket, insert_events, get_events (limit=-1, ranges), heartbeat, count,
    get/delete one event, query, settings, delete_bucket(force=True)."""
    bucket = "aw-client-replay_" + hostname
    status, _, _ = api.request("POST", "/api/0/buckets/" + bucket,
                               {"client": "aw-client-replay", "hostname": "!local", "type": "test"})
    check(status == 200, "client: create bucket answered %d" % status)
    status, info, _ = api.request("GET", "/api/0/buckets/" + bucket)
    check(status == 200 and info["hostname"] == hostname, "client: '!local' became the host name: %r" % (info,))

    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(hours=1)
    events = [{"timestamp": iso(now + dt.timedelta(minutes=i)), "duration": 30.0, "data": {"label": "e%d" % i}}
              for i in range(5)]
    status, stored, _ = api.request("POST", "/api/0/buckets/%s/events" % bucket, events)
    check(status == 200 and len(stored) == 5 and all(e.get("id") for e in stored), "client: insert_events")
    # Read straight back, as aw-client's integration test does.
    status, got, _ = api.request("GET", "/api/0/buckets/%s/events?limit=-1" % bucket)
    check(status == 200 and [e["data"]["label"] for e in got] == ["e4", "e3", "e2", "e1", "e0"],
          "client: get_events sees the insert at once: %r" % (got,))
    status, got, _ = api.request("GET", "/api/0/buckets/%s/events?limit=2" % bucket)
    check(status == 200 and len(got) == 2, "client: limit")
    start = (now + dt.timedelta(minutes=2)).isoformat().replace("+", "%2B")
    status, got, _ = api.request("GET", "/api/0/buckets/%s/events?start=%s" % (bucket, start))
    check(status == 200 and len(got) == 3, "client: start bound: %r" % (got,))
    status, count, _ = api.request("GET", "/api/0/buckets/%s/events/count" % bucket)
    check(status == 200 and count == 5, "client: count %r" % (count,))

    hb_time = now + dt.timedelta(minutes=10)
    for i in range(3):
        status, merged, _ = api.request(
            "POST", "/api/0/buckets/%s/heartbeat?pulsetime=5.0" % bucket,
            {"timestamp": iso(hb_time + dt.timedelta(seconds=2 * i)), "duration": 0, "data": {"label": "hb"}})
        check(status == 200, "client: heartbeat answered %d" % status)
    check(merged and merged["duration"] == 4.0, "client: heartbeats merged: %r" % (merged,))
    status, count, _ = api.request("GET", "/api/0/buckets/%s/events/count" % bucket)
    check(count == 6, "client: six events after the heartbeats: %r" % (count,))

    event_id = stored[0]["id"]
    status, one, _ = api.request("GET", "/api/0/buckets/%s/events/%d" % (bucket, event_id))
    check(status == 200 and one["data"] == {"label": "e0"}, "client: get_event")
    status, _, _ = api.request("DELETE", "/api/0/buckets/%s/events/%d" % (bucket, event_id))
    check(status == 200, "client: delete_event")
    status, _, _ = api.request("GET", "/api/0/buckets/%s/events/%d" % (bucket, event_id))
    check(status == 404, "client: deleted event is gone")

    # Errors the clients rely on: 400 is dropped by aw-client's queue, so it must be a 400.
    status, body, _ = api.request("POST", "/api/0/buckets/%s/heartbeat?pulsetime=abc" % bucket,
                                  {"timestamp": iso(hb_time), "data": {}})
    check(status == 400 and "message" in body, "client: bad pulsetime -> 400 with a message")
    status, body, _ = api.request("GET", "/api/0/buckets/nonexistent/events")
    check(status == 404 and "message" in body, "client: unknown bucket -> 404")

    period = "%s/%s" % (iso(now - dt.timedelta(hours=1)), iso(now + dt.timedelta(hours=2)))
    status, result, _ = api.request("POST", "/api/0/query/", {
        "timeperiods": [period],
        "query": ['events = query_bucket("%s");' % bucket, "RETURN = sum_durations(events);"]})
    if status == 404:
        print("SKIP: POST /api/0/query/ is not served by this build", flush=True)
    else:
        check(status == 200 and isinstance(result, list) and len(result) == 1, "client: query %d %r" % (status, result))

    status, _, _ = api.request("POST", "/api/0/settings/replay.key", {"nested": [1, 2]})
    check(status == 200, "client: set setting")
    status, value, _ = api.request("GET", "/api/0/settings/replay.key")
    check(value == {"nested": [1, 2]}, "client: get setting %r" % (value,))
    status, value, _ = api.request("GET", "/api/0/settings/never.set")
    check(status == 200 and value is None, "client: missing setting is null")

    status, _, _ = api.request("DELETE", "/api/0/buckets/%s?force=1" % bucket)
    check(status == 200, "client: delete_bucket(force=True)")
    status, _, _ = api.request("GET", "/api/0/buckets/" + bucket)
    check(status == 404, "client: deleted bucket is gone")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        print("SKIP: stint --no-gui needs a display for its watchers (run under xvfb-run)")
        return 77
    with tempfile.TemporaryDirectory() as data_dir:
        port = free_port()
        env = dict(os.environ)
        env.pop("QT_QPA_PLATFORM", None)
        process = subprocess.Popen([sys.argv[1], "--no-gui", "--testing", "--data-dir", data_dir,
                                    "--port", str(port)], env=env, stderr=subprocess.PIPE)
        try:
            info = wait_for_server(port, process)
            check(info is not None, "the server answered /api/0/info")
            if info is not None:
                check(info.get("testing") is True, "testing mode reported")
                api = Api(port)
                replay_watcher_web(api, info["hostname"])
                replay_aw_client(api, info["hostname"])
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            try:
                _, log = process.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                _, log = process.communicate()
        check(process.returncode == 0, "stint exited with %r" % process.returncode)
        if failures:
            sys.stderr.write(log.decode(errors="replace"))
    print("%d failures" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
