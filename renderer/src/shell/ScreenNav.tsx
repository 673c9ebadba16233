import { Kbd } from '../ui/Kbd';
import { screenShortcutAria, screenShortcutLabel } from './screen-shortcut';
import { SCREENS, type ScreenId } from './screens';

interface ScreenNavProps {
  current: ScreenId;
  isMac: boolean;
  /** A count worth a glance next to a screen's name: held leads, callbacks coming due. */
  badges: Partial<Record<ScreenId, { count: number; label: string }>>;
  onOpen: (screen: ScreenId) => void;
}

/** The screens, each one key combination away. */
export function ScreenNav({ current, isMac, badges, onOpen }: ScreenNavProps) {
  return (
    <nav className="screen-nav" aria-label="Screens">
      {SCREENS.map((screen) => {
        const badge = badges[screen.id];
        return (
          <button
            key={screen.id}
            type="button"
            className="screen-tab"
            data-testid={`nav-${screen.id}`}
            aria-current={screen.id === current ? 'page' : undefined}
            aria-keyshortcuts={screenShortcutAria(screen.digit, isMac)}
            onClick={() => onOpen(screen.id)}
          >
            {screen.label}
            {badge && badge.count > 0 && (
              <span className="screen-badge" title={badge.label}>
                {badge.count}
                <span className="visually-hidden"> {badge.label}</span>
              </span>
            )}
            <Kbd>{screenShortcutLabel(screen.digit, isMac)}</Kbd>
          </button>
        );
      })}
    </nav>
  );
}
