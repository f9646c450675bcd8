#!/bin/sh
# Start-up of the LiveDash image: from launching bin/livedash to the first live point drawn on
# screen. In one run, on the same machine:
#   1. first launch of a fresh image (no JavaFX native cache, no start-up archive): it unpacks
#      JavaFX's natives and records the classes it loads;
#   2. the second launch, which builds the class-data sharing archive in the background;
#   3. RUNS launches with the archive (the normal case from the third launch on), median;
#   4. RUNS launches with LIVEDASH_CDS=off (no archive), median, for the ratio.
# Needs a display: xvfb-run -a -s "-screen 0 1600x1000x24" src/bench/startup-bench.sh DIR [RUNS]
set -eu
image=${1:?usage: startup-bench.sh IMAGE_DIR [RUNS]}
runs=${2:-7}
export XDG_CACHE_HOME="${TMPDIR:-/tmp}/livedash-startup-bench.$$"
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
rm -rf "$HOME/.openjfx/cache"

launch() {
  start=$(date +%s%3N)
  line=$("$image/bin/livedash" --exit-after 3 --print-startup 2>/dev/null | grep '^startup:' || true)
  [ -n "$line" ] || { echo "no live point on screen" >&2; exit 1; }
  shown=$(echo "$line" | sed -E 's/.*epoch ms ([0-9]+).*/\1/')
  echo "$((shown - start))"
}

median() {
  sort -n | awk '{ t[NR] = $1 } END {
    printf "median %d ms, min %d ms, max %d ms (%d runs)\n", t[int((NR + 1) / 2)], t[1], t[NR], NR }'
}

echo "machine: $(nproc) cores, $(uname -sr), $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | sed -n 1p)"
echo "first launch of a fresh image: $(launch) ms"
echo "second launch (builds the archive meanwhile): $(launch) ms"
i=0
while [ ! -s "$XDG_CACHE_HOME"/livedash/*.jsa ] && [ "$i" -lt 120 ]; do sleep 1; i=$((i + 1)); done
[ -s "$XDG_CACHE_HOME"/livedash/*.jsa ] || { echo "the start-up archive was never built" >&2; exit 1; }
echo "archive: $(du -k "$XDG_CACHE_HOME"/livedash/*.jsa | cut -f 1) KB in the user's cache"
i=0; while [ "$i" -lt "$runs" ]; do launch; i=$((i + 1)); done > "$XDG_CACHE_HOME/with"
echo "launch to first live point, with the archive: $(median < "$XDG_CACHE_HOME/with")"
i=0; while [ "$i" -lt "$runs" ]; do LIVEDASH_CDS=off launch; i=$((i + 1)); done \
  > "$XDG_CACHE_HOME/without"
echo "launch to first live point, without it:      $(median < "$XDG_CACHE_HOME/without")"
