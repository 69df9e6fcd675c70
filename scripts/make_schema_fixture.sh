#!/usr/bin/env bash
# Make the project-file fixture of one released schema version with the kvalkod of that time,
# for tests/core/test_migrations.py: every released version must open, migrate and keep all.
#
#   scripts/make_schema_fixture.sh COMMIT VERSION
#
# COMMIT is the last commit whose schema had VERSION migrations (see `git log -- kvalkod/store/schema.py`):
# 1 = 372abf2, 2 = 5aa979b, 3 = 7d95725. The project is written with that commit's own
# command line (run from a temporary worktree, bypassing the editable install of this checkout) to
# tests/fixtures/projects/schema-VERSION.kvalkod. Features are added as far as that version has them.
set -euo pipefail
commit=$1 version=$2
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$root" worktree add -q --detach "$work/tree" "$commit"
cat > "$work/run.py" <<'PY'
import sys
# the editable install maps "kvalkod" to this checkout; use the worktree's code instead
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__module__.lower()]
sys.path.insert(0, sys.argv.pop(1))
from kvalkod.cli import main
sys.exit(main(sys.argv[1:]))
PY
K="env KVALKOD_CODER=Anna $root/.venv/bin/python $work/run.py $work/tree"
P="$work/schema-$version.kvalkod"
printf 'I: Hur ser samordningen ut?\nA: Jag ringer läkaren först 😀 och sedan arbetsgivaren.\nI: Och sedan?\nA: Avstämningsmöte med Försäkringskassan.\n' > "$work/intervju.txt"
head -c 3000 "$root/sample_projects/sources/002_0322864ac7075944.txt" > "$work/utdrag.txt"
$K new "$P" --codebook none
$K import "$P" "$work/intervju.txt" --kind interview --var roll=handläggare
$K import "$P" "$work/utdrag.txt" --name utdrag
$K code add "$P" "Hanteringsstrategier/Rörelse till brukaren" --color "#aa3366" --description "Att gå mot brukaren"
$K code add "$P" Samordning
$K code-text "$P" intervju 3 30 Samordning --memo frågan
$K code-text "$P" intervju 34 60 "Hanteringsstrategier/Rörelse till brukaren"
$K code-text "$P" intervju 34 60 "Hanteringsstrategier/Rörelse till brukaren" --coder Bertil
$K autocode "$P" --code Samordning --query 'samordning*' --doc utdrag
$K case add "$P" IP1 --doc intervju
$K var set "$P" IP1 kontor=A --case
if [ "$version" -ge 2 ]; then
  $K scene add "$P" --title "Scen: Ett samtal" --source intervju:34:60 --code Samordning --setting Kontoret
  $K summary set "$P" --code Samordning --text "Samordning beskrivs som telefonsamtal."
fi
if [ "$version" -ge 3 ]; then
  $K names set "$P" "Matilde Millares=projektledaren"
  $K outline draft "$P"
  first=$($K codings "$P" --code Samordning --json | "$root/.venv/bin/python" -c 'import json,sys; print(json.load(sys.stdin)[0]["guid"])')
  $K comment add "$P" --coding "$first" --text "Stämmer detta citat?" --author Cecilia
fi
"$root/.venv/bin/python" -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('VACUUM'); c.close()" "$P"
mkdir -p "$root/tests/fixtures/projects"
cp "$P" "$root/tests/fixtures/projects/schema-$version.kvalkod"
echo "wrote tests/fixtures/projects/schema-$version.kvalkod"
