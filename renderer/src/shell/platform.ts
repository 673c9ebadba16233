/** Whether the app runs on macOS, where ⌘ takes the place of Ctrl in shortcuts. */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}
