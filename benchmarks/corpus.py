"""Deterministic synthetic Swedish text for benchmarks, built from the seed reports' own words.

Words are drawn with Zipf-like weights from the vocabulary of the five seed copies, so
frequent words are frequent and rare ones rare, as in real interviews; the same seed gives
the same corpus byte for byte.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sample_projects" / "sources"
_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]{2,}")


def vocabulary() -> tuple[list[str], list[float]]:
    counts: Counter[str] = Counter()
    for path in sorted(SOURCES.glob("0*.txt")):
        counts.update(_WORD.findall(path.read_text(encoding="utf-8")))
    words = [w for w, _ in counts.most_common()]
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    return words, weights


def paragraphs(total_chars: int, seed: int = 2020) -> list[str]:
    """Paragraphs of 40–160 words adding up to about ``total_chars`` characters."""
    rng = random.Random(seed)
    words, weights = vocabulary()
    out, size = [], 0
    while size < total_chars:
        n = rng.randint(40, 160)
        chosen = rng.choices(words, weights, k=n)
        sentence_ends = set(rng.sample(range(5, n), k=max(1, n // 15)))
        parts = []
        for i, w in enumerate(chosen):
            parts.append(w + ("." if i in sentence_ends or i == n - 1 else ""))
        text = " ".join(parts)
        text = text[0].upper() + text[1:]
        out.append(text)
        size += len(text) + 2
    return out


def write_documents(folder: Path, total_chars: int, count: int, seed: int = 2020) -> list[Path]:
    """Split a corpus of ``total_chars`` into ``count`` plain-text files."""
    folder.mkdir(parents=True, exist_ok=True)
    paras = paragraphs(total_chars, seed)
    per_doc = max(1, len(paras) // count)
    paths = []
    for i in range(count):
        chunk = paras[i * per_doc:(i + 1) * per_doc] if i < count - 1 else paras[i * per_doc:]
        path = folder / f"synt_{i:04d}.txt"
        path.write_text("\n\n".join(chunk) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
