/** The commands every window-hosted line sends about a call the window holds. */
type CallCommand =
  | { kind: 'disconnect'; attemptId: string }
  | { kind: 'mute'; attemptId: string; muted: boolean }
  | { kind: 'digits'; attemptId: string; digits: string };

/** A line's commands before the provider addresses them: its own connect, then the shared ones. */
export type CommandWithoutHost<Connect> = Connect | CallCommand;

/** A command addressed to the window that hosts the line. */
export type HostedCommand<Connect> = CommandWithoutHost<Connect> & { hostId: string };
