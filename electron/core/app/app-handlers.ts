import type { PublicSettings } from '../../../shared/domain/settings';
import type { Handlers } from '../platform/ipc/dispatcher';
import { secretRefusal, settingsPatchRefusal } from '../team/roles';
import type { CoreContext } from './core-types';

type AppHandlers = Pick<
  Handlers,
  'app.info' | 'settings.get' | 'settings.update' | 'settings.setSecret'
>;

export function appHandlers(context: CoreContext): AppHandlers {
  const { settings, events, options, clock } = context;
  return {
    'app.info': () => {
      const current = settings.get();
      return {
        version: options.version,
        mode: options.mode,
        role: current.role,
        repId: current.repId,
        repName: current.repName,
        setupComplete: current.setupComplete,
        repTimeZone: current.repTimeZone,
        telephonyProvider: current.telephonyProvider,
        repCountry: current.repCountry,
        now: clock.now(),
        storeWarnings: context.storeWarnings,
      };
    },
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const before = settings.get();
      const refusal = settingsPatchRefusal(before, patch, (name) => settings.getSecret(name));
      if (refusal) throw refusal;
      const updated = settings.update(patch);
      events.emit('settings.changed', updated);
      await applyToTheLoop(context, before, updated);
      // The floor link may store a secret of its own (a new hub's team token).
      await context.floorLink.apply();
      return settings.get();
    },
    'settings.setSecret': async (name, value) => {
      const refusal = secretRefusal(settings.get(), name, value, (secret) =>
        settings.getSecret(secret),
      );
      if (refusal) throw refusal;
      const updated = settings.setSecret(name, value);
      events.emit('settings.changed', updated);
      await context.floorLink.apply();
      return settings.get();
    },
  };
}

/** The session and the KPI strip follow the settings they depend on. */
async function applyToTheLoop(
  { session, kpi, events }: CoreContext,
  before: PublicSettings,
  after: PublicSettings,
): Promise<void> {
  const changed = (key: keyof PublicSettings) => before[key] !== after[key];
  if (
    changed('repId') ||
    changed('dialMode') ||
    changed('wrapUpSeconds') ||
    changed('keepOutcomesNotOnTheLine')
  ) {
    session.reconfigure();
  }
  if (changed('repId') || changed('repTimeZone') || changed('shiftStart') || changed('shiftEnd')) {
    kpi.invalidate();
    events.emit('kpi.changed', await kpi.snapshot());
  }
}
