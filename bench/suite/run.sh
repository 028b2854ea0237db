#!/usr/bin/env bash
# Suite benchmarks: cold start, fan-out of a takedown notice against its Kafka/PostgreSQL floor,
# memory of each service. Usage: bench/suite/run.sh [apps-per-notice (106)] [runs (3)]
# Prints a table and appends it to docs/benchmarks.md. COLD_STARTS=0 leaves out the six cold starts (fan-outs only);
# SERVICE_SETTINGS="key=value;key=value" starts the services of the fan-outs with these settings.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -q package -DskipTests
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "devstack/target/devstack-0.1.0-SNAPSHOT.jar:$(cat devstack/target/launcher.classpath)" \
  bench/suite/SuiteBench.java "$PWD" "${1:-106}" "${2:-3}"
