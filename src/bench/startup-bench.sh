#!/bin/sh
# Cold start of the LiveDash image: from launching bin/livedash to the first live point drawn on
# screen, for several runs. The first run after clearing ~/.openjfx/cache also unpacks JavaFX's
# native libraries, so it is reported on its own; the median is over the runs after it.
# Needs a display: xvfb-run -a -s "-screen 0 1600x1000x24" src/bench/startup-bench.sh DIR [RUNS]
set -eu
image=${1:?usage: startup-bench.sh IMAGE_DIR [RUNS]}
runs=${2:-7}
rm -rf "$HOME/.openjfx/cache"
i=0
while [ "$i" -le "$runs" ]; do
  start=$(date +%s%3N)
  line=$("$image/bin/livedash" --exit-after 4 --print-startup 2>/dev/null | grep '^startup:' || true)
  [ -n "$line" ] || { echo "run $i: no live point on screen" >&2; exit 1; }
  shown=$(echo "$line" | sed -E 's/.*epoch ms ([0-9]+).*/\1/')
  if [ "$i" -eq 0 ]; then
    echo "first run (unpacks JavaFX natives): $((shown - start)) ms"
  else
    echo "$((shown - start))"
  fi
  i=$((i + 1))
done | awk 'NR == 1 { print; next } { t[NR - 1] = $1; n = NR - 1 }
  END {
    for (a = 1; a <= n; a++) for (b = a + 1; b <= n; b++) if (t[b] < t[a]) { x = t[a]; t[a] = t[b]; t[b] = x }
    printf "launch to first live point on screen, %d runs: median %d ms, min %d ms, max %d ms\n", n, t[int((n + 1) / 2)], t[1], t[n]
  }'
