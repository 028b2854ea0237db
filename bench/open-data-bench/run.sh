#!/usr/bin/env bash
# Open-data dump benchmark: ./bench/open-data-bench/run.sh [notices=100000] [items-per-notice=3]
# Packages notice-service if its jar is missing, then runs OpenDataBench against a fresh PostgreSQL (durable
# defaults) and Kafka from devstack: generates the notices in the service's database, has an admin write the day's
# dump through the API, and prints the time, the rows and bytes written, and the service's peak memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f notice-service/target/quarkus-app/quarkus-run.jar ]; then
  ./mvnw -B -o -q package -DskipTests -pl notice-service -am
fi
CP_FILE=bench/open-data-bench/target/classpath.txt
mkdir -p bench/open-data-bench/target
if [ ! -f "$CP_FILE" ]; then
  ./mvnw -B -o -q dependency:build-classpath -pl devstack -Dmdep.outputFile="$PWD/$CP_FILE" >/dev/null
fi
CP="devstack/target/classes:$(cat "$CP_FILE")"
exec java -Xmx512m ${BENCH_JAVA_OPTS:-} -cp "$CP" bench/open-data-bench/OpenDataBench.java "${1:-100000}" "${2:-3}"
