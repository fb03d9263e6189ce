"""Write `src/privflow/classify/data/han_fold.json`: Traditional Chinese and Japanese kanji
forms folded to Simplified Chinese, one character to one character.

The comment vocabulary (vocabulary.yaml comment_terms) is written in Simplified Chinese; a
schema commented in Traditional Chinese (電話號碼) or Japanese (携帯電話, 生年月日, 性別) reads
the same terms once its characters are folded (电话号码, 携带电话, 性别). The table comes from
OpenCC's dictionaries (Apache-2.0: https://github.com/BYVoid/OpenCC): each CJK Unified
Ideograph is taken to simplified (t2s), or, when t2s keeps it, from Japanese shinjitai to
traditional (jp2t) and on to simplified; multi-character results are skipped. Run once when the OpenCC data changes (it is not a run-time
dependency):

    pip install --target /tmp/occ opencc && PYTHONPATH=/tmp/occ python benchmarks/make_han_fold.py
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parent.parent / "src/privflow/classify/data/han_fold.json"


def main() -> int:
    to_traditional = opencc.OpenCC("jp2t")
    to_simplified = opencc.OpenCC("t2s")
    fold: dict[str, str] = {}
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        folded = to_simplified.convert(char)
        if folded == char:
            # A Japanese form (帯, 齢) only through a traditional one that has a simplified
            # form (帶 -> 带): a character Chinese writes as it is (予, 並) stays.
            traditional = to_traditional.convert(char)
            simplified = to_simplified.convert(traditional)
            folded = simplified if traditional != char and simplified != traditional else char
        if folded != char and len(folded) == 1:
            fold[char] = folded
    OUT.write_text(json.dumps({
        "about": "Traditional Chinese and Japanese kanji -> Simplified Chinese, one character "
                 "each; from OpenCC (Apache-2.0) jp2t then t2s; written by "
                 "benchmarks/make_han_fold.py",
        "fold": fold,
    }, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(fold)} characters -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
