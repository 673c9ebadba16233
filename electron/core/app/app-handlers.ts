import type { Handlers } from '../ipc/dispatcher';
import type { CoreContext } from './create-core';

type AppHandlers = Pick<
  Handlers,
  'app.info' | 'settings.get' | 'settings.update' | 'settings.setSecret'
>;

export function appHandlers({ settings, events, options }: CoreContext): AppHandlers {
  return {
    'app.info': () => {
      const current = settings.get();
      return {
        version: options.version,
        mode: options.mode,
        role: current.role,
        repId: current.repId,
        repName: current.repName,
        repTimeZone: current.repTimeZone,
        telephonyProvider: current.telephonyProvider,
      };
    },
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const updated = settings.update(patch);
      events.emit('settings.changed', updated);
      return updated;
    },
    'settings.setSecret': (name, value) => {
      const updated = settings.setSecret(name, value);
      events.emit('settings.changed', updated);
      return updated;
    },
  };
}
