import { useEffect, useMemo, useState } from 'react';
import type { Lead } from '../../../shared/domain/lead';
import { mergeFieldsForLead, parseScript, type CallScript } from '../../../shared/scripts';
import { getBridge } from '../bridge/get-bridge';

export type ScriptState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; script: CallScript };

type Source = { status: 'error'; message: string } | { status: 'ready'; markdown: string };

/** The lead's campaign script, merged with the lead's fields; each campaign's is loaded once. */
export function useCallScript(lead: Lead | null, repName: string): ScriptState {
  const campaignId = lead?.campaignId ?? null;
  const [sources, setSources] = useState<ReadonlyMap<string, Source>>(new Map());
  const loaded = campaignId !== null && sources.has(campaignId);

  useEffect(() => {
    if (campaignId === null || loaded) return;
    let active = true;
    const keep = (source: Source) =>
      active && setSources((current) => new Map(current).set(campaignId, source));
    getBridge()
      .scripts.forCampaign(campaignId)
      .then(
        (result) =>
          keep(
            result.ok
              ? { status: 'ready', markdown: result.value.markdown }
              : { status: 'error', message: result.error.message },
          ),
        (error: Error) => keep({ status: 'error', message: error.message }),
      );
    return () => {
      active = false;
    };
  }, [campaignId, loaded]);

  // Every snapshot carries a fresh lead object; the script is parsed again only when a value changes.
  const fieldsKey =
    lead === null ? null : JSON.stringify([...mergeFieldsForLead(lead, { displayName: repName })]);
  const source = campaignId === null ? undefined : sources.get(campaignId);

  return useMemo((): ScriptState => {
    if (fieldsKey === null) return { status: 'none' };
    if (source === undefined) return { status: 'loading' };
    if (source.status === 'error') return source;
    const fields = new Map(JSON.parse(fieldsKey) as Array<[string, string]>);
    return { status: 'ready', script: parseScript(source.markdown, fields) };
  }, [fieldsKey, source]);
}
