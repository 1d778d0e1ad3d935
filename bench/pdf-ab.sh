#!/bin/bash
# Paired alternating PDF timings of builds side by side: bench/pdf-ab.sh N DIR_A DIR_B …
# Each DIR holds a copy of the package (dist/, templates/, package.json, and a node_modules link), for
# example made with: mkdir -p /tmp/base && cp -r dist package.json templates /tmp/base/ && ln -s "$PWD/node_modules" /tmp/base/
# N rounds; each round runs every variant once, the order rotating by one each round, so a busy machine
# slows all variants alike. Prints one line a run: variant, wall seconds, 1-minute load average.
cd "$(dirname "$0")/.." || exit 2
N=$1; shift
dirs=("$@")
for ((i = 0; i < N; i++)); do
  for ((k = 0; k < ${#dirs[@]}; k++)); do
    d=${dirs[$(( (i + k) % ${#dirs[@]} ))]}
    s=$(date +%s.%N)
    node "$d/dist/cli.js" render planning-call examples/placements --config examples/ap-ready.config.yaml --as-of 2026-11-16 \
      -o "/tmp/pdf-ab-$(basename "$d").pdf" >/dev/null 2>&1 || echo "FAIL $d"
    e=$(date +%s.%N)
    echo "$(basename "$d") $(echo "$e - $s" | bc) load=$(cut -d' ' -f1 /proc/loadavg)"
  done
done
