"""Where the team's labelled dev corpus is: `PRIVFLOW_CORPUS`, else a `shared/corpus/dev`
folder beside the checkout or one level further up (worktrees), else /work/shared."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def dev_corpus() -> Path | None:
    """The folder of dev-corpus `*.sql` files, or None when it is not on this machine."""
    given = os.environ.get("PRIVFLOW_CORPUS")
    candidates = [Path(given)] if given else []
    candidates += [up / "shared" / "corpus" / "dev" for up in REPO.parents[:3]]
    candidates.append(Path("/work/shared/corpus/dev"))
    for folder in candidates:
        if folder.is_dir() and any(folder.glob("*.sql")):
            return folder
    return None


CORPUS = dev_corpus()
CORPUS_FILES = sorted(CORPUS.glob("*.sql")) if CORPUS else []
NO_CORPUS = "dev corpus not found (set PRIVFLOW_CORPUS to its folder)"
