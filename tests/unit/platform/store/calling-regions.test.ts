import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import areaCodes from '../../../../shared/compliance/nanp-area-code-states.json';
import usStates from '../../../../shared/compliance/us-states.json';
import { callingRegionsSql } from '../../../../electron/core/platform/store/migrations/calling-regions-sql';
import { refereeStates, type RefereeLead } from '../../../support/calling-rules-referee';
import { callingRegionsOf } from '../../../../shared/compliance/calling-regions';

const codes = Object.values(areaCodes.states).flatMap((list) => list.split(' '));
const stateCodes = Object.keys(usStates.states);

describe('calling_regions, kept by triggers', () => {
  it('agrees with the referee’s own reading of the tables, for any address and number', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.exec(`CREATE TABLE leads (id INTEGER PRIMARY KEY, phone_e164 TEXT, country TEXT,
      region TEXT, postal_code TEXT, calling_regions TEXT NOT NULL DEFAULT '')`);
    db.exec('CREATE TABLE calling_rule_regions (country TEXT, region TEXT)');
    db.exec(`INSERT INTO calling_rule_regions VALUES ('US', 'FL'), ('US', 'MD'), ('US', 'NY')`);
    db.exec(`CREATE TRIGGER regions AFTER INSERT ON leads BEGIN
      UPDATE leads SET calling_regions = ${callingRegionsSql('NEW')} WHERE id = NEW.id; END`);
    const leadArb = fc.record({
      phoneE164: fc.oneof(
        fc.constantFrom(...codes).map((code) => `+1${code}5550100`),
        fc.constantFrom('+18005550100', '+442071234567', '+1212555'),
      ),
      country: fc.constantFrom('US', 'us', null, 'GB', 'CA'),
      region: fc.oneof(
        fc.constant(null),
        fc.constantFrom(...stateCodes),
        fc.constantFrom(...Object.values(usStates.states)).map((name) => ` ${name.toLowerCase()} `),
        fc.constantFrom('ON', 'Nowhere'),
      ),
      postalCode: fc.oneof(
        fc.constant(null),
        fc.integer({ min: 0, max: 99999 }).map((zip) => String(zip).padStart(5, '0')),
        fc.integer({ min: 1000, max: 9999 }).map(String),
        fc.constantFrom('33101-1234', 'SW1A 1AA'),
      ),
      timeZone: fc.constant('America/New_York'),
    });
    fc.assert(
      fc.property(leadArb, (lead: RefereeLead) => {
        db.exec('DELETE FROM leads');
        db.run('INSERT INTO leads (phone_e164, country, region, postal_code) VALUES (?, ?, ?, ?)', [
          lead.phoneE164,
          lead.country,
          lead.region,
          lead.postalCode,
        ]);
        const stored = String(db.exec('SELECT calling_regions FROM leads')[0]!.values[0]![0]);
        // The backfill of existing leads reads the same way.
        const backfilled = db.exec(`SELECT ${callingRegionsSql('leads')} FROM leads`)[0]!
          .values[0]![0];
        expect(backfilled).toBe(stored);
        // The import computes them in TypeScript: the same answer.
        expect(callingRegionsOf(lead, new Set(['US FL', 'US MD', 'US NY']))).toBe(stored);
        const { country, states } = refereeStates(lead);
        if (country !== 'US') return; // Outside the US the referee knows no regions.
        // Only states with rules count; "?" when no state is known at all.
        const ruled = states.filter((state) => ['FL', 'MD', 'NY'].includes(state)).sort();
        expect(stored).toBe([country, ...(states.length === 0 ? ['?'] : ruled)].join(' '));
      }),
      { numRuns: 3000 },
    );
  });
});
