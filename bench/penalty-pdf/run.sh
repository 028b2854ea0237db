#!/usr/bin/env bash
# Time to render and sign one decision and N decisions (default 1,000) as penalty-service issues them.
# Needs Debian's fonts-wqy-zenhei (as the service does).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q compile dependency:build-classpath -pl penalty-service -am -Dmdep.outputFile=target/bench-classpath.txt
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "penalty-service/target/classes:$(cat penalty-service/target/bench-classpath.txt)" \
  bench/penalty-pdf/DocumentSigningBench.java "${1:-1000}"
