#!/usr/bin/env bash
# Findings bulk-import benchmark: ./bench/findings-import-bench/run.sh [findings=1000000[,more sizes]]
# e.g. run.sh 1000000,10000000 compares 10,000,000 findings with 10 x 1,000,000 in one run.
# Packages notice-service if its jar is missing, then runs FindingsImportBench against a fresh
# PostgreSQL (durable defaults) and Kafka from devstack. Prints the import time through the API
# and the time of PostgreSQL's own COPY of the same file on the same server.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f notice-service/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -o -q package -DskipTests -pl notice-service
fi
CP_FILE=bench/findings-import-bench/target/classpath.txt
mkdir -p bench/findings-import-bench/target
if [ ! -f "$CP_FILE" ]; then
  ./mvnw -B -o -q dependency:build-classpath -pl devstack -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
fi
CP="devstack/target/classes:$(cat "$CP_FILE")"
exec java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$CP" bench/findings-import-bench/FindingsImportBench.java "${1:-1000000}"
