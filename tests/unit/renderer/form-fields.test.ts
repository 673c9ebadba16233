import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CADENCE_COUNTS } from '../../../renderer/src/campaigns/cadence-fields';
import { REP_TIMINGS } from '../../../renderer/src/settings/rep-settings-fields';
import { ROLE_CHOICE } from '../../../renderer/src/settings/team-hub-fields';
import {
  EDGE_CHOICE,
  TOKEN_MODE_CHOICE,
  TWILIO_TEXT_FIELDS,
} from '../../../renderer/src/telephony/twilio-fields';
import { DiscardButton } from '../../../renderer/src/ui/DiscardButton';
import { NumberField } from '../../../renderer/src/ui/NumberField';
import { RadioGroup } from '../../../renderer/src/ui/RadioGroup';
import { SelectField } from '../../../renderer/src/ui/SelectField';
import { TextField } from '../../../renderer/src/ui/TextField';

const ignore = () => undefined;

describe('form fields', () => {
  it('a text field: the label names the input, the hint shows until there is a problem', () => {
    const props = { id: 'rep-name', label: 'Your name', value: 'Ada', onChange: ignore };
    expect(
      renderToStaticMarkup(
        createElement(TextField, { ...props, hint: 'A hint', testId: 'name', maxLength: 80 }),
      ),
    ).toBe(
      '<div class="field"><label class="field-label" for="rep-name">Your name</label>' +
        '<input id="rep-name" class="text-input" data-testid="name" maxLength="80" value="Ada"/>' +
        '<span class="field-hint">A hint</span></div>',
    );
    expect(
      renderToStaticMarkup(createElement(TextField, { ...props, hint: 'A hint', error: 'Wrong' })),
    ).toBe(
      '<div class="field has-error"><label class="field-label" for="rep-name">Your name</label>' +
        '<input id="rep-name" class="text-input" value="Ada"/>' +
        '<span class="field-hint is-bad" role="alert">Wrong</span></div>',
    );
  });

  it('a number field keeps its text as typed, with the bounds it is given', () => {
    expect(
      renderToStaticMarkup(
        createElement(NumberField, {
          id: 'wrap',
          label: 'Wrap-up',
          min: 1,
          max: 600,
          value: '',
          onChange: ignore,
        }),
      ),
    ).toBe(
      '<div class="field"><label class="field-label" for="wrap">Wrap-up</label>' +
        '<input type="number" class="text-input number-input" id="wrap" min="1" max="600" value=""/></div>',
    );
  });

  it('a select field lists its options, the value chosen', () => {
    const html = renderToStaticMarkup(
      createElement(SelectField<'rep' | 'supervisor'>, {
        ...ROLE_CHOICE,
        value: 'supervisor',
        onChange: ignore,
      }),
    );
    expect(html).toContain('<select id="hub-role" class="text-input">');
    expect(html).toContain('<option value="rep">a rep</option>');
    expect(html).toContain('<option value="supervisor" selected="">a supervisor</option>');
  });

  it('a radio group: one name, the value checked, each radio with its test hook', () => {
    const html = renderToStaticMarkup(
      createElement(RadioGroup<'a' | 'b'>, {
        legend: 'Mode',
        name: 'mode',
        value: 'b',
        options: [
          { value: 'a', label: 'A', testId: 'mode-a' },
          { value: 'b', label: 'B' },
        ],
        onChange: ignore,
      }),
    );
    expect(html).toBe(
      '<fieldset class="field radio-row"><legend class="field-label">Mode</legend>' +
        '<label class="radio"><input type="radio" data-testid="mode-a" name="mode"/>A</label>' +
        '<label class="radio"><input type="radio" name="mode" checked=""/>B</label></fieldset>',
    );
  });

  it('"Discard changes" is aria-disabled, not disabled, while there is nothing to discard', () => {
    expect(
      renderToStaticMarkup(createElement(DiscardButton, { dirty: false, onDiscard: ignore })),
    ).toBe(
      '<button type="button" class="button button-quiet" aria-disabled="true">Discard changes</button>',
    );
    expect(
      renderToStaticMarkup(createElement(DiscardButton, { dirty: true, onDiscard: ignore })),
    ).not.toContain('aria-disabled');
  });

  it('the field tables keep the ids the screens and their tests look for', () => {
    expect(Object.values(TWILIO_TEXT_FIELDS).map((field) => field.id)).toEqual([
      'twilio-account-sid',
      'twilio-api-key-sid',
      'twilio-token-url',
      'twilio-app-sid',
      'twilio-caller-id',
    ]);
    expect(CADENCE_COUNTS.map((count) => count.id)).toEqual([
      'sla-minutes',
      'at-risk-minutes',
      'max-attempts',
      'callback-grace',
    ]);
    expect(REP_TIMINGS.map((timing) => timing.id)).toEqual([
      'wrap-up-seconds',
      'callback-reminder',
    ]);
    expect(EDGE_CHOICE.testId).toBe('twilio-edge');
    expect(TOKEN_MODE_CHOICE.options.map((option) => option.testId)).toEqual([
      'twilio-token-mode-mint',
      'twilio-token-mode-url',
    ]);
  });
});
