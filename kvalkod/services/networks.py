"""Networks of codes: which codes meet in the text (co-occurrence), and the actor network
of co- and counter-actors around the handläggare.

Both come back as networkx graphs whose nodes are code paths (the actor network adds the
ego, Försäkringskassan, by name) with ``label``, ``path``, ``color`` and ``count``, and whose
edges carry ``weight`` (the actor network adds ``positive``, ``negative``, ``sign`` and
``values``). What one unit of weight means is set out in ``kvalkod.analysis.cooccurrence`` and
``kvalkod.analysis.actors``. A graph remembers how it was built (``graph.graph``), so the
segments behind one of its nodes or edges are read again the same way when the analyst
clicks it. Reading only: nothing here changes the project.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from ..analysis import actors as actor_analysis
from ..analysis import cooccurrence as co
from ..analysis import network_layout
from ..analysis.network_layout import LAYOUTS
from ..errors import KvalkodError, NotFoundError
from ..model import Code
from ..text.units import paragraph_spans

if TYPE_CHECKING:
    import networkx as nx

    from .project import Project

MODES = ("overlap", "paragraph")
# The study codebook (resources/codebooks/samordning-2020.qdc, seed-analysis.md §4): actors
# under one root, the cross-cutting value codes in a group of their own beneath it.
DEFAULT_ACTOR_ROOT = "Aktörer och med- och motaktörskap"
DEFAULT_VALUE_ROOT = "Aktörer och med- och motaktörskap/Värdekoder: med- och motaktörskap"
DEFAULT_SIGNS: dict[str, int] = {"Medaktör": 1, "Samförstånd": 1, "Motaktör": -1, "”Skav”": -1, "Konflikt": -1}
DEFAULT_EGO = "Försäkringskassan"
EGO_COLOR = "#4d4d4d"
_QUOTES = "”“\"'’‘«»"


class NetworkService:
    def __init__(self, project: "Project"):
        self.project = project
        self.store = project.store

    # -- co-occurrence -------------------------------------------------------------------
    def cooccurrence(self, mode: str = "overlap", *, codes: Sequence[str] | None = None, theme: str | None = None,
                     level: int | None = None, min_weight: int = 1, coder: str | None = None,
                     across_coders: bool = False) -> "nx.Graph":
        """The co-occurrence network of the codes in use (or of ``codes``, or of the codes in
        ``theme``'s subtree), in ``mode`` "overlap" (pairs of overlapping codings) or
        "paragraph" (paragraphs holding both codes).

        Each code counts its own codings; ``level`` rolls codes up into their ancestor at that
        depth (1: the top-level themes), so a 300-code study reads as 30 themes. Edges lighter
        than ``min_weight`` are left out, and so are codes left without edges, unless the codes
        were chosen (``codes`` or ``theme``). ``coder`` reads one coder's codings only."""
        import networkx as nx

        if mode not in MODES:
            raise KvalkodError(f"the co-occurrence mode is 'overlap' or 'paragraph', not {mode!r}")
        if level is not None and level < 1:
            raise KvalkodError(f"the level to roll codes up to is 1 or more, not {level}")
        members = self._members(codes, theme, level)
        node_key = {path: k for k, path in enumerate(members)}
        node_of = {code_id: node_key[path] for path, ids in members.items() for code_id in ids}
        coder_id = self._coder_id(coder)
        rows = self.store.codings.spans(None if codes is None and theme is None else list(node_of), coder_id)
        spans = co.Spans(rows, node_of)
        del rows  # a study's rows take more memory than their arrays
        if mode == "overlap":
            counts = co.overlap_counts(spans, across_coders=across_coders)
        else:
            counts = co.paragraph_counts(spans, self._paragraphs(spans.documents()), across_coders=across_coders)
        graph = nx.Graph(kind="cooccurrence", mode=mode, coder=coder or "", across_coders=across_coders,
                         level=level or 0, min_weight=min_weight)
        graph.graph["_members"] = {path: tuple(ids) for path, ids in members.items()}
        sizes = spans.sizes()
        paths = list(members)
        by_path = self.store.codes.by_path()
        edges = [(paths[a], paths[b], n) for (a, b), n in counts.items() if n >= min_weight]
        keep = set(paths) if codes is not None or theme is not None else {p for e in edges for p in e[:2]}
        for k, path in enumerate(paths):
            if path in keep:
                code = by_path[path]
                graph.add_node(path, label=code.name, path=path, color=code.color, count=sizes.get(k, 0),
                               kind="code")
        graph.add_weighted_edges_from(edges)  # unsorted: a study has 45,000; table() and the files sort
        return graph

    # -- the actor network ---------------------------------------------------------------
    def actor_network(self, *, root: str = DEFAULT_ACTOR_ROOT, values: str | None = DEFAULT_VALUE_ROOT,
                      signs: Mapping[str, int] | None = None, ego: str | None = DEFAULT_EGO,
                      min_weight: int = 1, coder: str | None = None, across_coders: bool = False) -> "nx.Graph":
        """The signed, weighted network of the actors under ``root`` (each of its sub-codes is
        an actor, with its own sub-codes rolled up; the ``values`` group is not an actor), and
        the ``ego`` at the centre (None: actors only).

        ``signs`` maps value codes to +1 (co-actor) or −1 (counter-actor): a name is looked up
        in the ``values`` group (quotes and case aside: Skav finds ”Skav”), a path with "/"
        anywhere in the codebook. The default is the study codebook's: Medaktör and Samförstånd
        +1; Motaktör, ”Skav” and Konflikt −1."""
        import networkx as nx

        if ego is not None and (not ego.strip() or "/" in ego):
            raise KvalkodError(f"the ego's name {ego!r} must be a name without '/'")
        actors = self._actors(root, values)
        sign_of = self._signs(DEFAULT_SIGNS if signs is None else signs, values)
        units = self._actor_units(actors, sign_of, ego is not None, coder, across_coders)
        graph = nx.Graph(kind="actors", root=self.project.codebook.get(root).path, values=values or "",
                         ego=ego or "", coder=coder or "", across_coders=across_coders, min_weight=min_weight)
        graph.graph["_actors"] = {code.path: tuple(ids) for code, ids in actors}
        graph.graph["_signs"] = dict(sign_of)
        codes = {c.id: c for c in self.store.codes.all()}
        graph.graph["_sign_paths"] = {codes[i].path: sign for i, sign in sign_of.items()}
        counts: dict[int, int] = {}
        for row in self.store.codings.spans([i for _, ids in actors for i in ids], self._coder_id(coder)):
            counts[row[co.CODE]] = counts.get(row[co.CODE], 0) + 1
        if ego is not None:
            graph.add_node(ego, label=ego, path="", color=EGO_COLOR, kind="ego",
                           count=sum(1 for u in units if u.a == actor_analysis.EGO))
        for code, ids in actors:
            graph.add_node(code.path, label=code.name, path=code.path, color=code.color, kind="actor",
                           count=sum(counts.get(i, 0) for i in ids))
        for (a, b), edge in self._edges(units, actors, ego).items():
            if edge["weight"] >= min_weight:
                edge["values"] = {codes[v].name: n for v, n in sorted(edge["values"].items(), key=lambda kv: -kv[1])}
                graph.add_edge(a, b, **edge)
        return graph

    # -- what lies behind a node or an edge ----------------------------------------------
    def segments_for_node(self, graph: "nx.Graph", node: str) -> list[dict[str, Any]]:
        """The codings behind a node, in the shape ``coding.list`` gives (text order)."""
        if node not in graph:
            raise NotFoundError(f"no node {node!r} in this network")
        coder_id = self._coder_id(graph.graph["coder"] or None)
        if graph.graph["kind"] == "actors":
            if graph.nodes[node]["kind"] == "ego":
                units = self._units_of(graph)
                return self._codings(r[co.ID] for u in units if u.a == actor_analysis.EGO for r in u.rows)
            ids = graph.graph["_actors"][node]
        else:
            ids = graph.graph["_members"][node]
        return self._codings(r[co.ID] for r in self.store.codings.spans(list(ids), coder_id))

    def segments_for_edge(self, graph: "nx.Graph", a: str, b: str) -> list[dict[str, Any]]:
        """The segments behind an edge: the codings taking part (overlap, actors), or the
        paragraphs holding both codes, as derived segments "A ∩ B" without a guid."""
        if not graph.has_edge(a, b):
            raise NotFoundError(f"no link between {a!r} and {b!r} in this network")
        across = graph.graph["across_coders"]
        if graph.graph["kind"] == "actors":
            keys = {self._actor_key(graph, a), self._actor_key(graph, b)}
            return self._codings(r[co.ID] for u in self._units_of(graph) if {u.a, u.b} == keys for r in u.rows)
        members = graph.graph["_members"]
        coder_id = self._coder_id(graph.graph["coder"] or None)
        rows_a = self.store.codings.spans(list(members[a]), coder_id)
        rows_b = self.store.codings.spans(list(members[b]), coder_id)
        if graph.graph["mode"] == "overlap":
            ids = {r[co.ID] for pair in co.overlapping(rows_a, rows_b, across_coders=across) for r in pair}
            return self._codings(ids)
        paragraphs = self._paragraphs({r[co.DOC] for r in rows_a} & {r[co.DOC] for r in rows_b})
        in_a, in_b = co.paragraphs_with(rows_a, paragraphs), co.paragraphs_with(rows_b, paragraphs)
        both = sorted(k for k in in_a.keys() & in_b.keys() if across or in_a[k] & in_b[k])
        return self._paragraph_segments(both, paragraphs, f"{a} ∩ {b}", in_a, in_b)

    # -- drawing and files ---------------------------------------------------------------
    @staticmethod
    def layout(graph: "nx.Graph", kind: str = "spring") -> dict[str, tuple[float, float]]:
        """Node positions in about [-1, 1]²: "spring" (seeded, heavier links pull harder) or
        "circular"; an actor network's ego sits in the centre of either (see
        ``kvalkod.analysis.network_layout``)."""
        if kind not in LAYOUTS:
            raise KvalkodError(f"the layout is 'spring' or 'circular', not {kind!r}")
        return network_layout.layout(graph, kind, graph.graph.get("ego") or None)

    def export(self, graph: "nx.Graph", path: str | os.PathLike, *, layout: str = "spring") -> None:
        """Write the network to .graphml, .csv (an edge list) or .svg (drawn in ``layout``),
        its names passed through the project's pseudonyms, atomically."""
        from ..exporters.network_files import write_network

        positions = self.layout(graph, layout) if str(path).lower().endswith(".svg") else None
        write_network(graph, path, self.project.names.pseudonymiser(), positions)

    # -- helpers -------------------------------------------------------------------------
    def _members(self, codes: Sequence[str] | None, theme: str | None, level: int | None) -> dict[str, list[int]]:
        """{node path: code ids counting for it}, in codebook order."""
        all_codes = self.store.codes.all()
        if codes is not None and theme is not None:
            raise KvalkodError("choose the codes of a network either one by one or by theme, not both")
        if codes is not None:
            chosen = list({self.project.codebook.get(p).id: None for p in codes})
        elif theme is not None:
            inside = set(self.project.codebook.subtree_ids(theme))
            chosen = [c.id for c in all_codes if c.id in inside]
        else:
            chosen = [c.id for c in all_codes]
        by_id = {c.id: c for c in all_codes}
        order = {c.id: k for k, c in enumerate(all_codes)}
        members: dict[str, list[int]] = {}
        for code_id in sorted(chosen, key=order.__getitem__):
            path = by_id[code_id].path
            if level is not None:
                path = "/".join(path.split("/")[:level])
            members.setdefault(path, []).append(code_id)
        return members

    def _coder_id(self, coder: str | None) -> int | None:
        if coder is None:
            return None
        found = self.store.coders.find(coder)
        if found is None:
            raise NotFoundError(f"no coder named {coder!r}")
        return found.id

    def _paragraphs(self, doc_ids: set[int]) -> dict[int, list[tuple[int, int]]]:
        return {d: paragraph_spans(self.store.documents.text(d)) for d in sorted(doc_ids)}

    def _actors(self, root: str, values: str | None) -> list[tuple[Code, list[int]]]:
        """Each actor (a sub-code of ``root`` outside the ``values`` group) with its subtree's ids."""
        try:
            top = self.project.codebook.get(root)
        except NotFoundError:
            raise NotFoundError(f"the actor network reads its actors from the sub-codes of {root!r}, "
                                "which is not in the codebook") from None
        skip = set(self._value_root(values)[1]) if values else set()
        actors = [(c, self.store.codes.subtree_ids(c.id)) for c in self.store.codes.all()
                  if c.parent_id == top.id and c.id not in skip]
        if not actors:
            raise KvalkodError(f"{top.path!r} has no sub-codes to serve as actors")
        return actors

    def _value_root(self, values: str) -> tuple[Code, list[int]]:
        try:
            code = self.project.codebook.get(values)
        except NotFoundError:
            raise NotFoundError(f"the actor network reads its value codes (Medaktör, Motaktör …) from {values!r}, "
                                "which is not in the codebook") from None
        return code, self.store.codes.subtree_ids(code.id)

    def _signs(self, signs: Mapping[str, int], values: str | None) -> dict[int, int]:
        """{value code id: +1 or −1} for the names or paths of ``signs``."""
        inside = self._value_root(values)[1] if values and any("/" not in k for k in signs) else []
        by_name: dict[str, list[Code]] = {}
        for code in self.store.codes.all():
            if code.id in inside:
                by_name.setdefault(_plain(code.name), []).append(code)
        found: dict[int, int] = {}
        missing = []
        for key, sign in signs.items():
            if sign not in (1, -1):
                raise KvalkodError(f"the sign of the value code {key!r} is +1 or -1, not {sign!r}")
            if "/" in key:
                code = self.store.codes.by_path().get(key)
                matches = [code] if code is not None else []
            else:
                matches = by_name.get(_plain(key), [])
            if not matches:
                missing.append(key)
            for code in matches:
                found[code.id] = sign
        if missing:
            where = f" under {values!r}" if values else ""
            raise NotFoundError(f"the value codes {', '.join(map(repr, missing))} are not in the codebook{where}")
        if not found:
            raise KvalkodError("the actor network needs at least one value code with a sign")
        return found

    def _actor_units(self, actors, sign_of: dict[int, int], ego: bool, coder: str | None,
                     across: bool) -> list[actor_analysis.Unit]:
        actor_of = {i: code.id for code, ids in actors for i in ids}
        coder_id = self._coder_id(coder)
        actor_rows = self.store.codings.spans(list(actor_of), coder_id)
        value_rows = self.store.codings.spans(list(sign_of), None if across else coder_id)
        return actor_analysis.actor_units(actor_rows, value_rows, actor_of, sign_of, ego=ego, across_coders=across)

    def _units_of(self, graph: "nx.Graph") -> list[actor_analysis.Unit]:
        by_path = self.store.codes.by_path()
        actors = [(by_path[p], list(ids)) for p, ids in graph.graph["_actors"].items()]
        return self._actor_units(actors, graph.graph["_signs"], bool(graph.graph["ego"]),
                                 graph.graph["coder"] or None, graph.graph["across_coders"])

    def _actor_key(self, graph: "nx.Graph", node: str) -> int:
        return actor_analysis.EGO if graph.nodes[node]["kind"] == "ego" else self.store.codes.by_path()[node].id

    @staticmethod
    def _edges(units, actors, ego: str | None) -> dict[tuple[str, str], dict[str, Any]]:
        path_of = {code.id: code.path for code, _ in actors}
        path_of[actor_analysis.EGO] = ego or ""
        edges: dict[tuple[str, str], dict[str, Any]] = {}
        for u in units:
            edge = edges.setdefault((path_of[u.a], path_of[u.b]),
                                    {"weight": 0, "positive": 0, "negative": 0, "values": {}})
            edge["weight"] += 1
            edge["positive"] += u.positive
            edge["negative"] += u.negative
            for v in u.values:
                edge["values"][v] = edge["values"].get(v, 0) + 1
        for edge in edges.values():
            edge["sign"] = (edge["positive"] > edge["negative"]) - (edge["negative"] > edge["positive"])
        return edges

    def _codings(self, ids) -> list[dict[str, Any]]:
        """Codings by id as ``coding.list`` gives them, in text order (read 500 at a time)."""
        ids = sorted(set(ids))
        out: list[dict[str, Any]] = []
        for i in range(0, len(ids), 500):
            out += self.project.coding.list(ids=ids[i:i + 500])
        out.sort(key=lambda s: (s["document"], s["start"], s["end"], s["code"], s["coder"]))
        return out

    def _paragraph_segments(self, keys, paragraphs, label: str, in_a, in_b) -> list[dict[str, Any]]:
        names = {d.id: d.name for d in self.store.documents.all()}
        coders = {c.id: c.name for c in self.store.coders.all()}
        texts: dict[int, str] = {}
        out = []
        for doc_id, k in keys:
            text = texts.get(doc_id) or texts.setdefault(doc_id, self.store.documents.text(doc_id))
            start, end = paragraphs[doc_id][k]
            who = sorted(coders[c] for c in in_a[(doc_id, k)] | in_b[(doc_id, k)])
            out.append({"guid": "", "document": names[doc_id], "code": label, "start": start, "end": end,
                        "text": text[start:end], "coder": ", ".join(who), "memo": ""})
        out.sort(key=lambda s: (s["document"], s["start"]))
        return out


def _plain(name: str) -> str:
    """A value code's name for matching: without quotes, case folded (”Skav” is Skav)."""
    return " ".join(name.strip(_QUOTES + " ").casefold().split())


def table(graph: "nx.Graph") -> dict[str, Any]:
    """The network as plain data (the CLI's JSON): co-occurrence
    {"mode", "coder", "across_coders", "level", "min_weight", "nodes": [{"code", "count"}],
    "edges": [{"a", "b", "weight"}]}; actors {"root", "values", "ego", "coder", "across_coders",
    "min_weight", "signs": {code path: ±1}, "nodes": [{"actor", "label", "kind", "count"}],
    "edges": [{"a", "b", "weight", "positive", "negative", "sign", "values": {name: n}}]}."""
    info = {k: v for k, v in graph.graph.items() if not k.startswith("_") and k != "kind"}
    for key in ("coder", "ego", "values"):
        if key in info and info[key] == "":
            info[key] = None
    if "level" in info:
        info["level"] = info["level"] or None
    edges = [{"a": a, "b": b, **{k: v for k, v in data.items()}} for a, b, data in graph.edges(data=True)]
    edges.sort(key=lambda e: (-e["weight"], e["a"], e["b"]))
    if graph.graph["kind"] == "cooccurrence":
        return {**info, "nodes": [{"code": n, "count": d["count"]} for n, d in graph.nodes(data=True)],
                "edges": edges}
    return {**info, "signs": dict(graph.graph["_sign_paths"]),
            "nodes": [{"actor": n, "label": d["label"], "kind": d["kind"], "count": d["count"]}
                      for n, d in graph.nodes(data=True)], "edges": edges}
