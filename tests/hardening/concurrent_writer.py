"""A long-lived note writer for the concurrency tests, run as its own process.

It opens the store the way the app does (``Store.open`` with the built-in
content) and stores notes through the session window's own runner, so the
code path is the one a facilitator's Enter key takes. After each note is
stored it prints ``note <id>``: printed means acknowledged to the user.

Usage: ``python -m tests.hardening.concurrent_writer DB SESSION_ID [PAUSE]``
(seconds between notes, 0.01 unless given) and send ``stop`` on stdin to
close the store and exit.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from facilitator_app import resources
from facilitator_app.core.cardfiles import load_catalogue
from facilitator_app.core.sessions import NoteCategory
from facilitator_app.store import Store, StoreError
from facilitator_app.store.session_backend import open_runner


def main(db_path: Path, session_id: str, pause: float) -> int:
    QCoreApplication([])
    store = Store.open(db_path, load_catalogue(resources.cards_dir()))
    runner = open_runner(store, session_id)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    print(f"ready {os.getpid()}", flush=True)
    count = 0
    while not stop.is_set():
        count += 1
        try:
            note = runner.add_note(f"Notitie {count} over samen leren", NoteCategory.INSIGHT)
        except StoreError as error:  # the app shows this and the facilitator presses Enter again
            print(f"refused {error}", flush=True)
        else:
            print(f"note {note.id}", flush=True)
        time.sleep(pause)
    store.close()
    print("closed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 0.01))
