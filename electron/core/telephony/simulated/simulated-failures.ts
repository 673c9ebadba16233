/** Why a simulated call fails, in words a rep can act on. */
export const SIMULATED_FAILURES = [
  {
    code: 'number-unreachable',
    message:
      'The number is unreachable: it may be out of service. Check it, or mark it a bad number.',
  },
  {
    code: 'carrier-rejected',
    message: 'The carrier rejected the call. Try this lead again later.',
  },
] as const;
