/** A Voice token request for ana_lopez with well-formed test SIDs, signed with `apiKeySecret`. */
export function voiceTokenRequest(apiKeySecret: string, nowMs: number) {
  return {
    accountSid: `AC${'0a'.repeat(16)}`,
    apiKeySid: `SK${'1b'.repeat(16)}`,
    apiKeySecret,
    appSid: `AP${'2c'.repeat(16)}`,
    identity: 'ana_lopez',
    nowMs,
  };
}
