import { printTable, writeJson, type BenchResult } from './bench-kit';
import { runDurabilityBench } from './durability/durability-bench';
import { runHubBench, runHubNodesBench, runHubSaturationBench } from './hub/hub-bench';
import { runImportBench } from './import/import-bench';
import { runKpiBench } from './kpi/kpi-bench';
import { runQueueBench } from './queue/queue-bench';
import { runReportsBench } from './reports/reports-bench';
import { runSearchBench } from './search/search-bench';
import { runSessionBench } from './session/session-bench';
import { runSipBench } from './sip/sip-bench';
import { runSpeedToLeadBench } from './speed-to-lead/bench-suite';
import { runStoreBench } from './store/store-bench';
import { runTeamBench } from './team/team-bench';

/** `npm run bench [-- name ...]`: runs the benchmarks, prints a table each and writes JSON. */
const suites: Record<string, () => Promise<BenchResult>> = {
  store: runStoreBench,
  'speed-to-lead': runSpeedToLeadBench,
  session: runSessionBench,
  hub: runHubBench,
  'hub-nodes': runHubNodesBench,
  'hub-saturation': runHubSaturationBench,
  queue: runQueueBench,
  import: runImportBench,
  durability: runDurabilityBench,
  kpi: runKpiBench,
  search: runSearchBench,
  team: runTeamBench,
  sip: runSipBench,
  reports: runReportsBench,
};

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const names = wanted.length > 0 ? wanted : Object.keys(suites);
for (const name of names) {
  const suite = suites[name];
  if (!suite) {
    console.error(`Unknown benchmark "${name}". Known: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  const result = await suite();
  printTable(result);
  console.log(`written: ${writeJson(result)}`);
}
