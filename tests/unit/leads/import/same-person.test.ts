import { describe, expect, it } from 'vitest';
import { isSamePerson } from '../../../../shared/domain/same-person';

const person = (firstName: string, lastName: string, email: string | null = null) => ({
  firstName,
  lastName,
  email,
});

describe('isSamePerson: two leads on one number', () => {
  it('is the same person by name (any case and spacing) or by e-mail', () => {
    expect(isSamePerson(person('Ana', 'Lopez'), person(' ana ', 'LOPEZ'))).toBe(true);
    expect(
      isSamePerson(person('A.', 'Lopez', 'ana@x.example'), person('Ana', 'L', 'ANA@x.example')),
    ).toBe(true);
  });

  it('is the same person when one side has no name: nothing says it is someone else', () => {
    expect(isSamePerson(person('', ''), person('Noor', 'Aziz'))).toBe(true);
  });

  it('keeps a household or a switchboard apart: different names, no shared e-mail', () => {
    expect(isSamePerson(person('Maria', 'Gonzalez'), person('Luis', 'Gonzalez'))).toBe(false);
    expect(
      isSamePerson(person('Ludwig', 'van Houten'), person('Noor', 'Aziz', 'noor@vh.example')),
    ).toBe(false);
  });
});
