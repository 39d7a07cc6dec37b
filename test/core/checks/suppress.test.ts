import { strict as assert } from 'assert';
import { runChecks, suppressionComment, suppressionEdit } from '../../../src/core/checks';
import { analysis, apply } from './helpers';

const codes = (text: string, format: 'markdown' | 'text' | 'html' = 'markdown') =>
  runChecks(text, analysis([]), { format, today: '2025-06-01' }).map((f) => `${f.code}@${text.slice(f.start, f.end)}`);

describe('suppression comments', () => {
  it('disable-next-line silences the named code on the next non-blank line only', () => {
    const text = 'NCT 11111111 first.\n<!-- medfacts-disable-next-line nct-malformed -->\n\nNCT 22222222 second.\nNCT 33333333 third.';
    assert.deepEqual(codes(text), ['nct-malformed@NCT 11111111', 'nct-malformed@NCT 33333333']);
  });

  it('a next-line directive for another code changes nothing', () => {
    const text = '<!-- medfacts-disable-next-line date-stale -->\nNCT 22222222 here.';
    assert.deepEqual(codes(text), ['nct-malformed@NCT 22222222']);
  });

  it('disable ... enable covers a region; without codes it covers every check', () => {
    const text = 'NCT 11111111\n<!-- medfacts-disable -->\nNCT 22222222\nriluzol\n<!-- medfacts-enable -->\nNCT 33333333';
    assert.deepEqual(codes(text), ['nct-malformed@NCT 11111111', 'nct-malformed@NCT 33333333']);
  });

  it('disable with codes leaves other checks on, and runs to the end when never enabled', () => {
    const text = '<!-- medfacts-disable drug-spelling, date-stale -->\nNCT 22222222 and riluzol.';
    assert.deepEqual(codes(text), ['nct-malformed@NCT 22222222']);
  });

  it('plain text uses bracket or # lines', () => {
    const text = '[medfacts-disable-next-line nct-malformed]\nNCT 22222222\n# medfacts-disable-next-line\nNCT 33333333\nNCT 44444444';
    assert.deepEqual(codes(text, 'text'), ['nct-malformed@NCT 44444444']);
  });

  it('the "Ignore here" edit inserts a directive that silences exactly that finding', () => {
    for (const format of ['markdown', 'html', 'text'] as const) {
      const text = 'Intro.\n  NCT 22222222 and riluzol here.\n';
      const finding = runChecks(text, analysis([]), { format, today: '2025-06-01' }).find((f) => f.code === 'nct-malformed');
      assert.ok(finding);
      const edited = apply(text, suppressionEdit(text, format, finding));
      assert.ok(edited.includes(`  ${suppressionComment(format, 'nct-malformed')}\n  NCT`), edited);
      assert.deepEqual(codes(edited, format), ['drug-spelling@riluzol'], format);
    }
  });
});
