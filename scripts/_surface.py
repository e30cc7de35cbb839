"""The public Python surface of the client generated from a spec, and how two of them differ.

scripts/diff-spec generates a client from each spec (`scripts/regenerate --spec FILE --into DIR`,
both at once), loads each package statically with griffe (nothing is imported) and compares
them: griffe's `find_breaking_changes` says what breaks (a public object removed, a parameter
removed or made required, ...); the names on both sides say what was added, and a removed name
whose place holds an added one of the same kind and shape is reported as renamed. Griffe does
not compare annotations: a field whose type changed is the wire diff's to report.
"""

from __future__ import annotations

import difflib
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "paypal_invoicing_client"
REGENERATE = ROOT / "scripts" / "regenerate"
GENERATE_TIMEOUT = 300
KINDS = ("module", "class", "function", "attribute")

Shape = tuple[object, ...]


class SurfaceError(Exception):
    """A client could not be generated or loaded from a spec."""


@dataclass(frozen=True)
class Name:
    """One public name: its dotted path (`mod.func(param)` for a parameter), kind and shape."""

    path: str
    kind: str
    shape: Shape
    parent: str


@dataclass
class SurfaceDiff:
    """What changed in the public Python surface between two generated clients."""

    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    counts: tuple[int, int] = (0, 0)  # public names on each side

    @property
    def unchanged(self) -> bool:
        """True when no name was added, removed or renamed and nothing breaks."""
        return not (self.breaking or self.added or self.removed or self.renamed)


# --- generating and loading --------------------------------------------------------------


def generate_both(specs: tuple[Path, Path], labels: tuple[str, str], into: Path) -> list[Path]:
    """Generate a client from each spec into `into`/old and `into`/new, both at once."""
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    procs = []
    for spec, side in zip(specs, ("old", "new"), strict=True):
        command = [sys.executable, str(REGENERATE), "--spec", str(spec), "--into", str(into / side)]
        procs.append(
            subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
            )
        )
    try:
        outputs = [proc.communicate(timeout=GENERATE_TIMEOUT)[0] for proc in procs]
    except subprocess.TimeoutExpired:
        raise SurfaceError(f"generating the clients took over {GENERATE_TIMEOUT} s") from None
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    for proc, output, label in zip(procs, outputs, labels, strict=True):
        if proc.returncode != 0:
            tail = "\n".join("    " + line for line in output.strip().splitlines()[-10:])
            raise SurfaceError(
                f"cannot generate the Python client from {label} "
                f"(scripts/regenerate exit {proc.returncode}):\n{tail}"
            )
    return [into / side for side in ("old", "new")]


def diff_specs(old: Any, new: Any, labels: tuple[str, str]) -> SurfaceDiff:
    """Generate a client from each loaded spec and compare their public surfaces."""
    with tempfile.TemporaryDirectory(prefix="diff-spec-surface-") as tmp:
        work = Path(tmp)
        paths = (work / "old.json", work / "new.json")
        for doc, path in zip((old, new), paths, strict=True):
            path.write_text(json.dumps(doc), encoding="utf-8")
        old_dir, new_dir = generate_both(paths, labels, work)
        return compare(load(old_dir), load(new_dir))


def load(directory: Path) -> griffe.Module:
    """The generated package below `directory`, loaded statically."""
    try:
        package = griffe.load(PACKAGE, search_paths=[directory], resolve_aliases=True)
    except (ImportError, OSError, griffe.GriffeError) as exc:
        raise SurfaceError(f"griffe cannot load {PACKAGE} from {directory}: {exc}") from None
    if not isinstance(package, griffe.Module):
        raise SurfaceError(f"{PACKAGE} in {directory} is not a package")
    return package


# --- the names of one surface ------------------------------------------------------------


def target(obj: griffe.Object | griffe.Alias) -> griffe.Object | griffe.Alias:
    """The object an alias (a re-export) stands for, or the object itself."""
    if isinstance(obj, griffe.Alias):
        try:
            return obj.final_target
        except (griffe.AliasResolutionError, griffe.CyclicAliasError):
            return obj
    return obj


def public_members(obj: griffe.Object | griffe.Alias) -> list[griffe.Object | griffe.Alias]:
    """The public members of a module or class, by name."""
    members = obj.members if obj.kind.value in ("module", "class") else {}
    return [m for _, m in sorted(members.items()) if m.is_public]


def shape(obj: griffe.Object | griffe.Alias, depth: int = 0) -> Shape:
    """What stays the same when only the name changes: member names, parameters, annotation."""
    real = target(obj)
    kind = real.kind.value
    if kind == "function" and isinstance(real, griffe.Function):
        return tuple((p.name, p.kind.value, p.default is not None) for p in real.parameters)
    if kind == "attribute":
        return (str(getattr(real, "annotation", None)),)
    if kind == "class":
        return tuple(m.name for m in public_members(real))
    if kind == "module" and depth < 2:
        return tuple(sorted((m.kind.value, shape(m, depth + 1)) for m in public_members(real)))
    return ()


def collect(package: griffe.Module) -> dict[str, Name]:
    """Every public name of a package: modules, classes, functions, attributes, parameters."""
    names: dict[str, Name] = {}

    def visit(obj: griffe.Object | griffe.Alias, parent: str) -> None:
        kind = target(obj).kind.value
        if kind not in KINDS:
            return
        names[obj.path] = Name(obj.path, kind, shape(obj), parent)
        if isinstance(obj, griffe.Alias):
            return  # a re-export: its members are listed where they are defined
        if isinstance(obj, griffe.Function):
            for param in obj.parameters:
                if param.name not in ("self", "cls"):
                    path = f"{obj.path}({param.name})"
                    names[path] = Name(path, "parameter", (param.kind.value,), obj.path)
        for member in public_members(obj):
            visit(member, obj.path)

    for member in public_members(package):
        visit(member, package.path)
    return names


# --- comparing two surfaces --------------------------------------------------------------


def outermost(paths: set[str], names: dict[str, Name]) -> list[str]:
    """The paths whose parent is not itself in `paths` (a removed module hides its contents)."""
    return sorted(p for p in paths if names[p].parent not in paths)


def leaf(path: str) -> str:
    """The last part of a dotted path (or the parameter name)."""
    return path.rsplit("(", 1)[-1].rstrip(")") if path.endswith(")") else path.rsplit(".", 1)[-1]


def pair_renames(
    removed: list[str], added: list[str], old: dict[str, Name], new: dict[str, Name]
) -> list[tuple[str, str]]:
    """Removed and added names under the same parent, of the same kind and shape: renames.

    When several added names fit one removed name, the most similar name wins; each added
    name is used once.
    """
    pairs: list[tuple[str, str]] = []
    free = list(added)
    for gone in removed:
        was = old[gone]
        fits = [
            a
            for a in free
            if new[a].parent == was.parent and new[a].kind == was.kind and new[a].shape == was.shape
        ]
        if not fits:
            continue
        best = max(fits, key=lambda a: difflib.SequenceMatcher(None, leaf(gone), leaf(a)).ratio())
        pairs.append((gone, best))
        free.remove(best)
    return pairs


def breakage_line(breakage: griffe.Breakage, renamed: dict[str, str]) -> str:
    """One breaking change in words, with its dotted path."""
    path = breakage.obj.path
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        if path in renamed:
            return f"{path}: renamed to {renamed[path]}"
        return f"{path}: public name removed"
    detail = ""
    if isinstance(breakage.old_value, griffe.Parameter):
        detail = f" ({breakage.old_value.name})"
    elif isinstance(breakage.new_value, griffe.Parameter):
        detail = f" ({breakage.new_value.name})"
    return f"{path}: {breakage.kind.value}{detail}"


def compare(old_pkg: griffe.Module, new_pkg: griffe.Module) -> SurfaceDiff:
    """The difference between two loaded packages."""
    old, new = collect(old_pkg), collect(new_pkg)
    gone = outermost(set(old) - set(new), old)
    came = outermost(set(new) - set(old), new)
    renames = pair_renames(gone, came, old, new)
    renamed = dict(renames)
    renamed_to = set(renamed.values())
    breaking = [breakage_line(b, renamed) for b in griffe.find_breaking_changes(old_pkg, new_pkg)]
    # A removal griffe does not count (e.g. a parameter: it reports its own kind of breakage)
    # is still breaking for a user who names it.
    reported = {line.split(": ", 1)[0] for line in breaking}
    breaking += [
        f"{p}: renamed to {renamed[p]}" if p in renamed else f"{p}: public name removed"
        for p in gone
        if p not in reported and old[p].kind != "parameter"
    ]
    return SurfaceDiff(
        breaking=sorted(dict.fromkeys(breaking)),
        added=[p for p in came if p not in renamed_to],
        removed=[p for p in gone if p not in renamed],
        renamed=renames,
        counts=(len(old), len(new)),
    )
