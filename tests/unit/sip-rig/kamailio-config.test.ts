import { describe, expect, it } from 'vitest';
import { kamailioConfig } from '../../../scripts/sip-rig/kamailio-config';
import { FAR_ENDS } from '../../../scripts/sip-rig/rig-plan';

const settings = {
  sipPort: 25060,
  wsPort: 25080,
  domain: '127.0.0.1',
  moduleDir: '/usr/lib/x86_64-linux-gnu/kamailio/modules/',
  user: 'rep',
  password: 'secret-pw',
  farEnds: FAR_ENDS.map((plan, index) => ({ plan, sipPort: 26000 + 10 * index })),
};

describe("the rig's Kamailio configuration", () => {
  const config = kamailioConfig(settings);

  it('fills every name of the template', () => {
    expect(config).not.toMatch(/\{\{\w+\}\}/);
    expect(config).toContain('listen=udp:127.0.0.1:25060');
    expect(config).toContain('listen=tcp:127.0.0.1:25080');
    expect(config).toContain('if ($Rp != 25080)');
    expect(config).toContain('pv_www_authenticate("127.0.0.1", "secret-pw", "0")');
    expect(config).toContain('if ($au != "rep")');
  });

  it('routes each far end by the last ten digits of the number dialed', () => {
    expect(config).toContain(
      'if ($rU =~ "(3035550101|30355502[0-9][0-9])$") {\n\t\t$ru = "sip:answer@127.0.0.1:26000";',
    );
    expect(config).toContain('if ($rU =~ "3035550102$") {\n\t\t$ru = "sip:busy@127.0.0.1:26010";');
    expect(config).toContain(
      'if ($rU =~ "3035550103$") {\n\t\t$ru = "sip:noanswer@127.0.0.1:26020";',
    );
  });
});
