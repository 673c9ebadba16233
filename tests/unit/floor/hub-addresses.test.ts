import { describe, expect, it } from 'vitest';
import { isHubAddressList, parseHubAddresses } from '../../../shared/floor/hub-addresses';
import { hubSettingsShape } from '../../../shared/ipc/floor-validators';

describe('the hub address setting', () => {
  it('takes one hub or several nodes of one floor, separated by commas', () => {
    expect(parseHubAddresses(' https://hub-a:5190 , https://hub-b:5190,')).toEqual([
      'https://hub-a:5190',
      'https://hub-b:5190',
    ]);
    expect(hubSettingsShape.hubUrl.safeParse('http://10.0.0.5:5190').success).toBe(true);
    expect(
      hubSettingsShape.hubUrl.safeParse('https://hub-a:5190, wss://hub-b.example.com').success,
    ).toBe(true);
  });

  it('refuses anything that is not a list of hub addresses, saying what one looks like', () => {
    for (const bad of ['', ' , ', 'hub-a:5190', 'https://hub-a:5190, ftp://x', 'https://a/b?c']) {
      expect(isHubAddressList(bad), bad).toBe(false);
    }
    const tooMany = Array.from({ length: 17 }, (_, i) => `http://hub-${i}:5190`).join(',');
    expect(isHubAddressList(tooMany)).toBe(false);
    const refused = hubSettingsShape.hubUrl.safeParse('hub-a:5190');
    expect(refused.success ? '' : refused.error.issues[0]?.message).toMatch(
      /like http:\/\/10\.0\.0\.5:5190 .*separated by commas/,
    );
  });
});
