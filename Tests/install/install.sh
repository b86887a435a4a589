#!/usr/bin/env bash
# The installed layout: `make install-files` into a scratch prefix, then the
# installed filters run from another directory with no source tree in reach,
# after the prefix is moved, and with ART_DATA_DIR; a missing data file is
# exit status 3 and one line naming every place looked; `make uninstall`
# leaves nothing behind; art-entities and art-quotes link no ICU.
#
#   Tests/install/install.sh BIN_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
tree=$(pwd)
bin=$(cd "${1:?usage: install.sh BIN_DIR}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { local what=$1; shift; if "$@"; then ok; else bad "$what"; fi; }

make -s install-files INSTALL_BIN="$bin" prefix="$work/first" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; echo "install: make install-files failed"; exit 1; }
mv "$work/first" "$work/moved"
prefix="$work/moved"
for t in art-json art-fetch art-strip art-sentences art-entities art-quotes; do
  check "$t installed" test -x "$prefix/bin/$t"
done
check "model installed" test -f "$prefix/share/art/lang/en/entities.model"
check "gazetteer table installed" test -f "$prefix/share/art/gazetteer.table"
check "language data installed" test -f "$prefix/share/art/lang/en/abbreviations.txt"
check "data notice installed" test -f "$prefix/share/art/NOTICE"
check "man pages installed" test -f "$prefix/share/man/man1/art-entities.1" -a -f "$prefix/share/man/man7/art.7"

# The annotators are pure Swift over the core: no ICU (art(7), the layers).
if command -v ldd >/dev/null; then
  for t in art-entities art-quotes; do
    check "$t links no ICU" test "$(ldd "$prefix/bin/$t" | grep -ci libicu)" -eq 0
  done
fi

# From another directory, with no source tree above the binaries: the data
# come from the moved prefix's share/art.
input='{"id":"a","text":"Mr. Sergei Ryabkov met U.S. officials in Geneva. “We will see,” he said."}'
cd "$work"
out=$(printf '%s\n' "$input" | env -u ART_DATA_DIR -u ART_MODEL "$prefix/bin/art-sentences" | env -u ART_DATA_DIR -u ART_MODEL "$prefix/bin/art-entities" | env -u ART_DATA_DIR "$prefix/bin/art-quotes")
check "installed pipeline finds its data" grep -q '"canonical":"Sergei Ryabkov"' <<< "$out"
check "installed sentences" grep -q '"sentences":\[{"start":0,"end":48},{"start":49,"end":72}\]' <<< "$out"
check "installed quotes" grep -q '"quotes":\[{' <<< "$out"

# ART_DATA_DIR comes first.
mkdir -p "$work/data"
cp -R "$prefix/share/art/." "$work/data/"
mv "$prefix/share/art" "$prefix/share/art.away"
out=$(printf '%s\n' "$input" | ART_DATA_DIR="$work/data" "$prefix/bin/art-entities")
check "ART_DATA_DIR is read" grep -q '"type":"PERSON"' <<< "$out"

# Nothing anywhere: exit 3, one line that names every place looked.
for t in art-sentences art-entities art-quotes; do
  set +e
  err=$(printf '%s\n' "$input" | env -u ART_DATA_DIR -u ART_MODEL "$prefix/bin/$t" 2>&1 >/dev/null)
  status=$?
  set -e
  check "$t: missing data is exit 3 (got $status)" test "$status" -eq 3
  check "$t: one line of diagnostics" test "$(printf '%s\n' "$err" | wc -l)" -eq 1
  check "$t: names the installed place" grep -q "$prefix/share/art" <<< "$err"
done
mv "$prefix/share/art.away" "$prefix/share/art"

cd "$tree"
make -s uninstall prefix="$prefix" > /dev/null
left=$(find "$prefix" -type f | wc -l)
check "uninstall leaves no files ($left left)" test "$left" -eq 0

echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
