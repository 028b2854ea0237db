// Reads a JSON array of CloudNativePG objects on stdin and prints one JSON line per problem.
import { Cluster } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster";
import { Database } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Database";
import { Pooler } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Pooler";
import { ScheduledBackup } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/ScheduledBackup";

const kinds = { Cluster, Database, Pooler, ScheduledBackup };
let input = "";
for await (const chunk of process.stdin) input += chunk;
let problems = 0;
for (const object of JSON.parse(input)) {
  const name = `${object.kind}/${object.metadata?.name}`;
  const Model = kinds[object.kind];
  if (!Model || object.apiVersion !== "postgresql.cnpg.io/v1") {
    console.log(JSON.stringify({ object: name, problem: `no schema for ${object.apiVersion} ${object.kind}` }));
    problems++;
    continue;
  }
  try {
    new Model(object).validate();
  } catch (e) {
    console.log(JSON.stringify({ object: name, problem: e.message }));
    problems++;
  }
}
process.exitCode = problems === 0 ? 0 : 1;
