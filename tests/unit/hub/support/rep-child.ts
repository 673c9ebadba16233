/**
 * A rep's app for the fault test, as a process the test SIGKILLs: it works through `total`
 * events, each appended durably to the outbox in its own store, while a HubConnection delivers
 * them. Prints `enq N` after each durable append, `acked N` every 10 acknowledged, `drained`.
 */
import { HubConnection } from '../../../../electron/core/floor/outbox/hub-connection';
import { StoreOutbox } from '../../../../electron/core/floor/outbox/store-outbox';
import { openStore } from '../../../../electron/core/platform/store/open-store';
import { REP_WITH_OUTBOX } from './rep-schema';
import { repEvent } from './rep-events';

const [dataDir, hubUrl, repId, totalText, timeZone, windowText] = process.argv.slice(2);
const token = process.env.DIALDECK_HUB_TOKEN;
if (!dataDir || !hubUrl || !repId || !totalText || !timeZone || !token) {
  throw new Error(
    'usage: rep-child DATA_DIR HUB_URL REP_ID TOTAL TIME_ZONE (token in DIALDECK_HUB_TOKEN)',
  );
}
const total = Number(totalText);

const { store } = await openStore({ dataDir, migrations: REP_WITH_OUTBOX });
const outbox = await StoreOutbox.open(store);
const connection = new HubConnection({
  hubUrl,
  repId,
  repName: repId.toUpperCase(),
  timeZone,
  credential: { teamToken: token },
  outbox,
  backoff: { initialMs: 50, maxMs: 400 },
  window: Number(windowText ?? 256),
});
connection.start();

let seq = (await outbox.after(0, Number.MAX_SAFE_INTEGER)).at(-1)?.seq ?? 0;
process.stdout.write(`open ${seq}\n`);

void (async () => {
  for (let k = 10; k <= total; k += 10) {
    await connection.delivered(k);
    process.stdout.write(`acked ${k}\n`);
  }
  await connection.delivered(total);
  process.stdout.write('drained\n');
})();

process.on('SIGTERM', () => {
  void connection
    .stop()
    .then(() => store.close())
    .then(() => process.exit(0));
});

while (seq < total) {
  seq = (await connection.publish(repEvent(repId, seq + 1, Date.now()))).seq;
  process.stdout.write(`enq ${seq}\n`);
}
