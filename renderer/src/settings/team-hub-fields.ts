import type { SelectChoice } from '../ui/SelectField';
import type { TeamHubDraft } from './team-hub-draft';

export const ROLE_CHOICE: SelectChoice<TeamHubDraft['role']> = {
  id: 'hub-role',
  label: 'This app is used by',
  hint: 'A supervisor sees the floor instead of the dialer.',
  options: [
    { value: 'rep', label: 'a rep' },
    { value: 'supervisor', label: 'a supervisor' },
  ],
};
