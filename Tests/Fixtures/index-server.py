#!/usr/bin/env python3
"""A Simple repository API index on 127.0.0.1 for ceiling's tests (see README.md)."""
import hashlib
import html
import http.server
import json
import os
import signal
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATED = 0
LOCK = threading.Lock()
STATS = {"requests": 0, "not_modified": 0}


def page(name):
    path = os.path.join(HERE, "index", name + ".json")
    if os.path.exists(path):
        with open(path, "rb") as f:
            return json.loads(f.read())
    if name.startswith("pkg") and name[3:].isdigit() and int(name[3:]) < GENERATED:
        n = int(name[3:])
        versions = ["0.9"] + ["1.%d" % i for i in range(n % 7 + 1)] + ["2.0.0rc1"]
        return {"meta": {"api-version": "1.1"}, "name": name, "files": [
            {"filename": "%s-%s.tar.gz" % (name, v), "url": "https://files.example/%s-%s.tar.gz" % (name, v),
             "hashes": {}, "requires-python": ">=3.7", "yanked": False,
             "upload-time": "2020-01-%02dT00:00:00Z" % (i + 1)} for i, v in enumerate(versions)]}
    return None


def as_html(data):
    rows = []
    for f in data["files"]:
        attributes = ""
        if f.get("requires-python"):
            attributes += ' data-requires-python="%s"' % html.escape(f["requires-python"])
        if f.get("yanked"):
            reason = f["yanked"] if isinstance(f["yanked"], str) else ""
            attributes += ' data-yanked="%s"' % html.escape(reason)
        rows.append('    <a href="%s"%s>%s</a><br/>' % (html.escape(f["url"]), attributes, html.escape(f["filename"])))
    return ("<!DOCTYPE html>\n<html>\n  <head><meta name=\"pypi:repository-version\" content=\"1.0\"></head>\n  <body>\n"
            + "\n".join(rows) + "\n  </body>\n</html>\n")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/stats":
            with LOCK:
                return self.answer(200, "application/json", json.dumps(STATS).encode())
        parts = [p for p in self.path.split("/") if p]
        mode = "negotiate"
        if parts and parts[0] != "simple":
            mode = parts.pop(0)
        if len(parts) != 2 or parts[0] != "simple":
            return self.answer(404, "text/plain", b"not found\n")
        with LOCK:
            STATS["requests"] += 1
        if mode == "status500":
            return self.answer(500, "text/plain", b"internal error\n")
        if mode == "malformed":
            return self.answer(200, "application/vnd.pypi.simple.v1+json", b'{"meta": {"api-version": "1.1"}, "files": [')
        data = page(parts[1])
        if data is None:
            return self.answer(404, "text/plain", b"no such project\n")
        if mode == "slow":
            time.sleep(5)
        accept = self.headers.get("Accept", "")
        if mode == "json" or (mode in ("negotiate", "slow") and "application/vnd.pypi.simple.v1+json" in accept):
            body, kind = json.dumps(data).encode(), "application/vnd.pypi.simple.v1+json"
        else:
            body, kind = as_html(data).encode(), "text/html"
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
        if self.headers.get("If-None-Match") == etag:
            with LOCK:
                STATS["not_modified"] += 1
            return self.answer(304, None, b"", etag)
        self.answer(200, kind, body, etag)

    def answer(self, status, kind, body, etag=None):
        self.send_response(status)
        if kind:
            self.send_header("Content-Type", kind)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


def main():
    global GENERATED
    # A parent may start us with SIGTERM blocked (Foundation's Process does): stopping must work.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    if "--generate" in sys.argv:
        GENERATED = int(sys.argv[sys.argv.index("--generate") + 1])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
