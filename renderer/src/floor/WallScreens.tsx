import { useEffect, useState, type FormEvent } from 'react';
import type { WallToken } from '../../../shared/floor/wall-tokens';
import { formatLocalTime } from '../../../shared/format/time';
import { getBridge } from '../bridge/get-bridge';
import { CopyField } from './CopyField';
import { wallAddress } from './wall-address';

const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The wall screens' addresses: each carries its own read-only token, so a TV's address can be
 * revoked without touching the team token or the other screens.
 */
export function WallScreens() {
  const [tokens, setTokens] = useState<WallToken[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [busy, setBusy] = useState(false);
  const [weekly, setWeekly] = useState(false);
  /** Bumped after each change: the list is read again from the hub. */
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let active = true;
    getBridge()
      .floor.wallTokens()
      .then(
        (listed) => {
          if (!active) return;
          if (listed.ok) setTokens(listed.value);
          setError(listed.ok ? null : listed.error.message);
        },
        (failure: Error) => active && setError(failure.message),
      );
    return () => {
      active = false;
    };
  }, [version]);

  const change = (
    call: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>,
    onDone: () => void = () => undefined,
  ) => {
    setBusy(true);
    void call()
      .then(
        (result) => {
          if (result.ok) setVersion((n) => n + 1);
          else setError(result.error.message);
          return result.ok;
        },
        (failure: Error) => {
          setError(failure.message);
          return false;
        },
      )
      .then((done) => {
        if (done) onDone();
      })
      .finally(() => setBusy(false));
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    change(
      () => getBridge().floor.createWallToken(label),
      () => setLabel(''),
    );
  };
  const revoke = (token: WallToken) => change(() => getBridge().floor.revokeWallToken(token.id));

  return (
    <section className="panel floor-side-panel" aria-labelledby="floor-walls-title">
      <h2 id="floor-walls-title" className="panel-title">
        Wall screens
      </h2>
      {error && (
        <p role="alert" className="floor-hub-error">
          {error}
        </p>
      )}
      {tokens === null && !error && <p className="muted panel-empty">Loading…</p>}
      <ul className="floor-items" data-testid="wall-screens">
        {tokens
          ?.filter((token) => token.revokedAt === null)
          .map((token) => (
            <li key={token.id} className="floor-item floor-wall">
              <CopyField label={token.label} value={wallAddress(token.url, weekly)} secret />
              <span className="muted">
                made {formatLocalTime(token.createdAt, ZONE)} by {token.createdBy}
              </span>{' '}
              <button
                type="button"
                className="button button-quiet"
                disabled={busy}
                onClick={() => revoke(token)}
              >
                Revoke
              </button>
            </li>
          ))}
      </ul>
      <label className="check-row">
        <input
          type="checkbox"
          data-testid="wall-weekly-option"
          checked={weekly}
          onChange={(event) => setWeekly(event.target.checked)}
        />
        Addresses with the weekly panel (this week vs last week)
      </label>
      <form className="floor-wall-new" onSubmit={create}>
        <label htmlFor="wall-label">New wall screen</label>{' '}
        <input
          id="wall-label"
          className="text-input"
          placeholder="Sales floor TV"
          maxLength={80}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />{' '}
        <button type="submit" className="button" disabled={busy || label.trim() === ''}>
          New address
        </button>
      </form>
    </section>
  );
}
