#!/usr/bin/env bash
# Regenerate the pictures of docs/guide.md (docs/images/guide-*.png), in Swedish, without a display.
#
#   scripts/guide_screenshots.sh [PROJECT]
#
# PROJECT defaults to the interview demo, sample_projects/intervjustudie.kvalkod, and falls back to
# the document study, sample_projects/dokumentstudie.kvalkod. The project is copied to a temporary
# folder first and every picture is made from the copy, so the committed file is never touched
# (a report outline drafted for its picture, or a reviewer's comment for the review window, goes
# into the copy only).
#
# The windows are rendered by `kvalkod gui COPY --screenshot` with QT_QPA_PLATFORM=offscreen, each
# with a fresh configuration folder (language sv, coder Anna), so no window layout saved by an
# earlier run changes the picture. The network is drawn by `kvalkod actors/cooccurrence --out
# .svg` (the network panel is too small in a full-window picture to read) and rendered to PNG with
# Qt. The report page needs LibreOffice (soffice) and pdftoppm; without them it is skipped.
#
# Environment: DOC=NAME opens that document in the workbench pictures instead of the one chosen
# (the interview with the most codings, else the document with the most); OUT=DIR writes elsewhere.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kvalkod=$root/.venv/bin/kvalkod
python=$root/.venv/bin/python
out=${OUT:-$root/docs/images}

if [[ ! -x $kvalkod ]]; then
    echo "guide_screenshots: $kvalkod not found; run 'make setup' first" >&2
    exit 1
fi
if [[ $# -ge 1 ]]; then
    project=$1
elif [[ -f $root/sample_projects/intervjustudie.kvalkod ]]; then
    project=$root/sample_projects/intervjustudie.kvalkod
else
    project=$root/sample_projects/dokumentstudie.kvalkod
fi
if [[ ! -f $project ]]; then
    echo "guide_screenshots: no project $project (make samples builds the sample projects)" >&2
    exit 1
fi
if [[ -e $project-wal ]]; then
    echo "guide_screenshots: $project is open in kvalkod (it has a -wal file); close it first" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy=$work/$(basename "$project")
cp "$project" "$copy"
mkdir -p "$out"
export KVALKOD_CODER=Anna LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# json EXPRESSION COMMAND...: run a kvalkod command with --json and print EXPRESSION of its answer
# (a Python expression over `data`)
json() {
    local expression=$1
    shift
    "$kvalkod" "$@" --json | "$python" -c \
        'import json, sys; data = json.load(sys.stdin); print(eval(sys.argv[1]))' "$expression"
}

# shoot NAME ARGS...: the window of kvalkod gui COPY ARGS, rendered to $out/guide-NAME.png
shoot() {
    local name=$1
    shift
    local config=$work/config-$name
    mkdir -p "$config/kvalkod"
    printf '[ui]\nlanguage=sv\n' > "$config/kvalkod/kvalkod.conf"
    # Qt's offscreen platform says it "does not support propagateSizeHints()": noise, not an error
    XDG_CONFIG_HOME=$config "$kvalkod" gui "$copy" "$@" --screenshot "$out/guide-$name.png" \
        2> >(grep -v propagateSizeHints >&2)
}

# the document the workbench opens: an interview if there is one, the one with most codings
doc=${DOC:-$(json 'max(data, key=lambda d: (d["kind"] == "interview", d["codings"]))["name"]' docs "$copy")}
echo "guide_screenshots: $(basename "$project"), document $doc"

shoot workbench --open-doc "$doc"
shoot theme-matrix --open-doc "$doc" --show theme_matrix

# the scenes beside the document the first scene comes from
scene_doc=$(json 'data[0]["sources"][0]["document"] if data and data[0]["sources"] else ""' scene list "$copy")
if [[ -n $scene_doc ]]; then
    shoot scenes --open-doc "$scene_doc" --show scenes
    # the review window opens on the first scene; give it a reviewer's comment (in the copy) to show
    if [[ $(json 'len(data)' comment list "$copy") == 0 ]]; then
        scene=$(json 'data[0]["guid"]' scene list "$copy")
        "$kvalkod" comment add "$copy" --scene "$scene" --author Eva \
            --text "Tydlig scen. Kan analysen säga mer om vad mötet betyder för den försäkrade?" >/dev/null
    fi
    shoot review --review --coder Eva
else
    echo "guide_screenshots: the project has no scenes; no pictures of scenes or of the review window" >&2
fi

if [[ $(json 'len(data)' outline list "$copy") == 0 ]]; then
    "$kvalkod" outline draft "$copy"
fi
shoot outline --open-doc "$doc" --show outline

# the actor network when the project has co- and counter-actors coded, else the co-occurrence of codes
if [[ $("$kvalkod" actors "$copy" --json 2>/dev/null | "$python" -c \
        'import json, sys; print(len(json.load(sys.stdin)["edges"]))' 2>/dev/null || echo 0) -gt 0 ]]; then
    "$kvalkod" actors "$copy" --out "$work/natverk.svg"
else
    "$kvalkod" cooccurrence "$copy" --out "$work/natverk.svg"
fi
"$python" - "$work/natverk.svg" "$out/guide-network.png" <<'PY'
import sys

from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv[:1])
renderer = QSvgRenderer(sys.argv[1])
size = renderer.defaultSize()
width = 900
image = QImage(width, round(size.height() * width / size.width()), QImage.Format.Format_RGB32)
image.fill(QColor("white"))
painter = QPainter(image)
painter.setRenderHint(QPainter.RenderHint.Antialiasing)
renderer.render(painter)
painter.end()
if not image.save(sys.argv[2]):
    sys.exit(f"guide_screenshots: could not write {sys.argv[2]}")
print(f"wrote {sys.argv[2]}")
PY

# the first page of the report draft, as Word would print it
"$kvalkod" report "$copy" --out "$work/rapportutkast.docx"
if command -v soffice >/dev/null && command -v pdftoppm >/dev/null; then
    soffice -env:UserInstallation="file://$work/soffice" --headless --convert-to pdf \
        --outdir "$work" "$work/rapportutkast.docx" >/dev/null 2>&1
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/rapportutkast.pdf" "$out/guide-report"
    echo "wrote $out/guide-report.png"
else
    echo "guide_screenshots: soffice or pdftoppm missing; guide-report.png not made" >&2
fi
