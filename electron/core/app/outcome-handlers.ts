import type { Handlers } from '../platform/ipc/dispatcher';
import { outcomesRefusal } from '../team/roles';
import { campaignDispositions } from './team-campaign-links';
import { withLeadNames } from '../dialing';
import type { CoreContext } from './core-types';

type OutcomeHandlers = Pick<
  Handlers,
  | 'dispositions.list'
  | 'dispositions.update'
  | 'dispositions.byCampaign'
  | 'kpi.today'
  | 'attempts.today'
  | 'scripts.forCampaign'
>;

export function outcomeHandlers({
  store,
  dispositions,
  kpi,
  scripts,
  session,
  events,
  settings,
}: CoreContext): OutcomeHandlers {
  return {
    'dispositions.list': () => dispositions.current(),
    'dispositions.update': async (list) => {
      const refusal = outcomesRefusal(settings.get());
      if (refusal) throw refusal;
      const saved = await dispositions.replace(list);
      events.emit('dispositions.changed', saved);
      session.reconfigure();
      events.emit('kpi.changed', await kpi.snapshot());
      return saved;
    },
    'dispositions.byCampaign': () => campaignDispositions(dispositions),
    'kpi.today': () => kpi.snapshot(),
    'attempts.today': async () => withLeadNames(store, await kpi.attempts()),
    'scripts.forCampaign': async (campaignId) => ({
      campaignId,
      markdown: await scripts.forCampaign(campaignId),
    }),
  };
}
