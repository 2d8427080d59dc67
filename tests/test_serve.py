"""`mkdocs serve` while an editor works on seeds/: a seed saved half-written, replaced by a binary file,
renamed or deleted gives a message naming it and a site that still serves; the next good save regenerates."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from build_scripts.pipeline import build
from conftest import make_project

pytestmark = pytest.mark.e2e


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def wait_for(check, what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture
def served(tmp_path):
    project = make_project(tmp_path)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    log: list[str] = []
    reader = threading.Thread(target=lambda: log.extend(iter(server.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        wait_for(lambda: any("Serving on " in line for line in log), "the first build")
        base = next(line for line in log if "Serving on " in line).split("Serving on ")[1].strip()
        wait_for(lambda: status(base) == 200, "the site")
        yield project, base, log
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_serve_keeps_serving_while_seeds_are_edited(served):
    project, base, log = served
    seeds = project / "seeds"
    page_of = {s.file: s.id for s in build(seeds, project / "briefing.yml", None).briefing.sources}
    first, second = sorted(page_of)[:2]
    original = (seeds / first).read_bytes()
    own_page, pages = f"{base}sources/{page_of[first]}/", [base, f"{base}briefings/allegations/",
                                                            f"{base}sources/{page_of[second]}/"]

    def builds() -> int:
        return sum("Built " in line and " sources, " in line for line in log)

    def after_a_rebuild(edit) -> None:
        done = builds()
        edit()
        wait_for(lambda: builds() > done, "a rebuild")
        wait_for(lambda: all(status(url) == 200 for url in pages), "the site to serve again", 60)

    after_a_rebuild(lambda: (seeds / first).write_bytes(b"\x00\x01\x02binary\xff" * 200))  # a binary file
    assert any(f"{first}: binary data" in line for line in log)
    wait_for(lambda: status(own_page) == 404, "the binary seed's page to go")

    # saved half-written: cut mid-paragraph, and mid-character
    after_a_rebuild(lambda: (seeds / first).write_bytes(original[:len(original) // 3] + "\u201c".encode()[:2]))

    renamed = seeds / ("zz-renamed" + (seeds / first).suffix)
    after_a_rebuild(lambda: ((seeds / first).write_bytes(original), (seeds / first).rename(renamed)))
    wait_for(lambda: status(own_page) == 200, "the renamed seed's page")

    after_a_rebuild(renamed.unlink)  # deleted: its page goes, the rest stays
    wait_for(lambda: status(own_page) == 404, "the deleted seed's page to go")

    after_a_rebuild(lambda: (seeds / first).write_bytes(original))  # the next good save regenerates
    wait_for(lambda: status(own_page) == 200, "the good save's page")
    assert not any("Traceback" in line or "Error" in line for line in log), "".join(log)[-3000:]
