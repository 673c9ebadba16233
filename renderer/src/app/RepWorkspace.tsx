import { useState } from 'react';
import type { AppInfo } from '../../../shared/domain/app-info';
import { useKpi } from '../kpi/use-kpi';
import {
  outcomesOfLead,
  useCampaignDispositions,
  useDispositions,
} from '../outcomes/use-dispositions';
import { useQueue } from '../queue/use-queue';
import { useSession } from '../session/use-session';
import { RepShell } from '../shell/RepShell';
import { AppFrame, ErrorMessage, LoadingMessage } from './AppFrame';

/**
 * The rep's app: on screen once the session and the outcomes are known, and "ready" once the
 * queue's count and today's numbers have arrived too (or failed, and say so).
 */
export function RepWorkspace({ info }: { info: AppInfo }) {
  // The core's clock as app.info read it, until a session change tells it more exactly.
  const [startOffset] = useState(() => info.now - Date.now());
  const { session, clockOffset } = useSession(startOffset);
  const dispositions = useDispositions();
  const campaignDispositions = useCampaignDispositions();
  const queue = useQueue();
  const kpi = useKpi();
  const failed = [session, dispositions].find((value) => value.status === 'error');
  if (failed?.status === 'error') {
    return (
      <AppFrame state="error" info={info}>
        <ErrorMessage text={failed.message} />
      </AppFrame>
    );
  }
  if (session.status !== 'ready' || dispositions.status !== 'ready') {
    return (
      <AppFrame state="loading" info={info}>
        <LoadingMessage text="Opening your session…" />
      </AppFrame>
    );
  }
  return (
    <RepShell
      info={info}
      session={session.value}
      clockOffset={clockOffset}
      dispositions={outcomesOfLead(
        session.value,
        dispositions.value,
        campaignDispositions.status === 'ready' ? campaignDispositions.value : null,
      )}
      queue={queue.status === 'ready' ? queue.value : null}
      kpi={kpi.status === 'ready' ? kpi.value : null}
      firstDataShown={queue.status !== 'loading' && kpi.status !== 'loading'}
    />
  );
}
