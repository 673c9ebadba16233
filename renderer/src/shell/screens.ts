/** The rep app's screens, in the order of the navigation and of their shortcut digits. */
export const SCREENS = [
  { id: 'dial', label: 'Dial', digit: '1' },
  { id: 'leads', label: 'Leads', digit: '2' },
  { id: 'callbacks', label: 'Callbacks', digit: '3' },
  { id: 'dnc', label: 'Do-not-call', digit: '4' },
  { id: 'campaigns', label: 'Campaigns', digit: '5' },
  { id: 'settings', label: 'Settings', digit: '6' },
  { id: 'myweek', label: 'My week', digit: '7' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];

export const DEFAULT_SCREEN: ScreenId = 'dial';

export function screenLabel(id: ScreenId): string {
  return SCREENS.find((screen) => screen.id === id)?.label ?? id;
}
