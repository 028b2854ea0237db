#!/usr/bin/env bash
# Builds the suite and runs it locally: PostgreSQL, Kafka, the four services and demo data.
# Usage: ./run.sh [--fresh]   (--fresh drops the data kept in .devstack/ from earlier runs)
set -euo pipefail
cd "$(dirname "$0")"
if [ "${SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -q package -DskipTests
fi
exec java -cp "devstack/target/devstack-0.1.0-SNAPSHOT.jar:$(cat devstack/target/launcher.classpath)" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dsuite.repository="$PWD" org.appsupervision.devstack.Launcher "$@"
