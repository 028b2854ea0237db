#!/usr/bin/env bash
# Runs one benchmark command, shows its output, and appends that output to docs/benchmarks.md
# under a heading with the date, the machine (cores, memory, CPU model) and the exact command.
# Usage: bench/record.sh "<title>" <command> [args...]
set -euo pipefail
cd "$(dirname "$0")/.."
title=$1
shift
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$@" 2>&1 | tee "$out"
mkdir -p docs
[ -f docs/benchmarks.md ] || printf '# Benchmarks\n\nFigures printed by the benchmarks in `bench/`, appended run after run. Absolute timings on a shared 2-core machine are noisy: compare figures of one run.\n' > docs/benchmarks.md
{
  printf '\n## %s — %s\n\n' "$title" "$(date -u +%Y-%m-%d)"
  printf 'Machine: %s cores, %s, %s  \n' "$(nproc)" "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)" \
    "$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  printf 'Command: `%s`\n\n```\n' "$*"
  # Keep the figures, not the services' logs or the jobs' JSON.
  grep -v -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:]|^\[|INFO|WARN|DEBUG|SLF4J|LogManager|^streamed job: |^spooled job: |^spooled upload accepted|^COPY loaded|^checksum| ms: [0-9]+ of [0-9]+ orders visible$' "$out" || true
  printf '```\n'
} >> docs/benchmarks.md
