#!/usr/bin/env bash
# Every benchmark of the suite, one after the other, each appending its figures to
# docs/benchmarks.md. Takes a while (the 10,000 x 30 fan-out and the 1,000,000-line import
# dominate). Run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
SKIP_BUILD=1 bench/suite/run.sh 106 3
bench/record.sh "Fan-out 10,000 apps x 30 stores and confirmations per second" bench/appstore-bench/run.sh
bench/record.sh "Findings import of 1,000,000 lines against PostgreSQL COPY" bench/findings-import-bench/run.sh 1000000
bench/record.sh "Gateway added latency and throughput" bench/gateway-latency/run.sh
bench/record.sh "Working-day deadline computation" java -cp platform/target/classes bench/penalty-deadlines/DeadlineRecomputeBench.java 100000
bench/record.sh "Penalty decisions rendered as PDF/A and signed" bench/penalty-pdf/run.sh 1000
