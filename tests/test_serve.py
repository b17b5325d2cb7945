"""`xfacts serve`: a real server on a free port of this machine, started by the tests.

It must answer as the command line does (the same Article, byte for byte) and turn every bad
request into a 4xx with the CLI's error kinds, never a 500.
"""
from __future__ import annotations

import gzip
import http.client
import json
import os
import socket
import subprocess
import sys
import time
import uuid

import pytest

from .conftest import CORPUS, ROOT

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

SEED = CORPUS / "changyi-fulian-2023.txt"
PAGE = ROOT / "tests" / "data" / "county-news-page.html"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, *args: str):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "extractor", "serve", "--host", "127.0.0.1", "--port", str(self.port), *args],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped: {self.process.stderr.read().decode()[-2000:]}")
            try:
                if self.request("GET", "/health")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the server did not answer /health within 120 s")

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None,
                chunked: bool = False) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        try:
            headers = {"content-type": content_type} if content_type else {}
            connection.request(method, path, body=body, headers=headers, encode_chunked=chunked)
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()

    def post_json(self, path: str, payload) -> tuple[int, bytes]:
        return self.request("POST", path, json.dumps(payload, ensure_ascii=False).encode(), "application/json")

    def upload(self, name: str, data: bytes, **fields: str) -> tuple[int, bytes]:
        boundary = uuid.uuid4().hex
        parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
                 for k, v in fields.items()]
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
                     f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.request("POST", "/extract", body, f"multipart/form-data; boundary={boundary}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="module")
def server():
    s = Server()
    yield s
    s.stop()


def cli(*args, cwd=ROOT, stdin: bytes | None = None) -> bytes:
    r = subprocess.run([sys.executable, "-m", "extractor", *map(str, args), "--compact"], cwd=cwd, input=stdin,
                       capture_output=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    return r.stdout.removesuffix(b"\n")


def test_health(server):
    status, body = server.request("GET", "/health")
    assert status == 200 and json.loads(body)["status"] == "ok"


def test_an_uploaded_file_gets_the_clis_article_byte_for_byte(server):
    status, body = server.upload(SEED.name, SEED.read_bytes())
    assert status == 200, body
    assert body == cli(SEED.name, cwd=CORPUS)
    assert len(json.loads(body)["claims"]) == 27


def test_a_page_and_a_text_get_the_clis_article_byte_for_byte(server):
    status, body = server.upload(PAGE.name, PAGE.read_bytes())
    assert status == 200 and body == cli(PAGE.name, cwd=PAGE.parent)
    status, body = server.post_json("/extract", {"text": SEED.read_text("utf-8")})
    assert status == 200 and body == cli("-", stdin=SEED.read_bytes())  # the same bytes: the same id and hash
    status, body = server.request("POST", "/extract?format=html", gzip.compress(PAGE.read_bytes()),
                                  "application/octet-stream")
    assert status == 200 and json.loads(body)["meta"]["editors"] == ["林思远"]


@pytest.mark.parametrize("content_type,chunked", [
    ("application/octet-stream", False), ("application/json", False), ("multipart/form-data; boundary=x", False),
    ("text/plain", True),
], ids=["raw", "json", "multipart", "chunked"])
def test_a_50_mb_body_gets_413(server, content_type, chunked):
    body = ("开展活动12场次。" * 10).encode() * 200_000  # ~50 MB
    data = (body[n:n + 1_000_000] for n in range(0, len(body), 1_000_000)) if chunked else body
    status, answer = server.request("POST", "/extract", data, content_type, chunked=chunked)
    assert status == 413 and json.loads(answer)["error"]["kind"] == "too_large"
    assert server.request("GET", "/health")[0] == 200  # and the server is still there


@pytest.mark.parametrize("body,content_type,status,kind", [
    (bytes(range(256)) * 64, "application/octet-stream", 422, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), None, 422, "binary"),
    (b"", "text/plain", 422, "empty"),
    (b"Quarterly report: 128 sessions.", "text/plain", 422, "no_chinese"),
    (b"\x1f\x8b not gzip", "application/gzip", 422, "unreadable"),
    (b"<html><body></body></html>", "text/html", 422, "empty"),
    (b'{"txt": "x"}', "application/json", 400, "usage"),
    (b"{not json", "application/json", 400, "usage"),
    (b'{"text": 12}', "application/json", 400, "usage"),
    (b'{"text": ""}', "application/json", 422, "empty"),
    (b"--x\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\na\r\n--x--\r\n", "multipart/form-data; boundary=x",
     400, "usage"),
    (b'{"text":"a"}\n{"text":"b"}\n', "application/x-ndjson", 400, "usage"),
], ids=["binary", "png-untyped", "empty", "english", "bad-gzip", "empty-page", "no-text-field", "broken-json",
        "text-not-a-string", "empty-text", "upload-without-file", "several-rows"])
def test_bad_input_gets_a_4xx_with_the_clis_kind(server, body, content_type, status, kind):
    got, answer = server.request("POST", "/extract", body, content_type)
    assert (got, json.loads(answer)["error"]["kind"]) == (status, kind), answer


def test_unknown_paths_and_methods_are_4xx(server):
    assert server.request("GET", "/nowhere")[0] == 404
    assert server.request("GET", "/extract")[0] == 405
    assert server.request("POST", "/extract?format=pdf", b"x", "text/plain")[0] == 400


def test_batch_answers_each_item_in_order(server):
    status, body = server.post_json("/batch", ["县妇联开展宣讲12场次。", {"text": "培训妇女300人次。", "id": "b"}, "   ",
                                              {"text": "English only."}])
    assert status == 200
    records = json.loads(body)
    assert [r["id"] for r in records][1] == "b"
    assert [r.get("error", {}).get("kind") for r in records] == [None, None, "empty", "no_chinese"]
    assert records[0]["claims"][0]["value"] == 12
    assert server.post_json("/batch", {"texts": ["x"]})[0] == 400
    assert json.loads(server.post_json("/batch", [])[1]) == []


def test_openapi_schema_comes_from_the_contract(server):
    status, body = server.request("GET", "/openapi.json")
    schema = json.loads(body)
    assert status == 200 and {"/extract", "/batch", "/health"} <= set(schema["paths"])
    assert {"text", "fields", "sha256"} <= set(schema["components"]["schemas"]["Source"]["properties"])
    assert "multipart/form-data" in schema["paths"]["/extract"]["post"]["requestBody"]["content"]


def test_the_time_limit_is_a_4xx_too():
    s = Server("--timeout", "0.001")
    try:
        status, body = s.upload(SEED.name, SEED.read_bytes())
        assert status == 422 and json.loads(body)["error"]["kind"] == "timeout"
        status, body = s.post_json("/batch", ["县妇联开展宣讲12场次。"] * 3)
        assert status == 200 and {r["error"]["kind"] for r in json.loads(body)} == {"timeout"}
        assert s.request("GET", "/health")[0] == 200
    finally:
        s.stop()
