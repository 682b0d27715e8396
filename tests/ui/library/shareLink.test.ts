import { describe, expect, it } from 'vitest';
import { readShareHash, shareHash, shareUrl, withoutShare } from '../../../src/ui/library/shareLink';
import { centrePresets } from '../../../src/ui/library/allPresets';

const dalian = centrePresets.find((p) => p.id === 'dalian-2002')!.json as Record<string, unknown>;

describe('share links (lz-string in the URL hash)', () => {
  it('round-trips a whole preset scenario through the hash, and the hash is URL-safe', () => {
    const edited = { ...dalian, nameZh: '大连 2002 + 并联审批' };
    const hash = shareHash(edited);
    expect(hash.startsWith('#/plan?scenario=')).toBe(true);
    expect(hash).not.toMatch(/\s/);
    expect(encodeURI(hash)).toBe(hash);
    const read = readShareHash(hash);
    expect(read).toMatchObject({ ok: true, json: edited });
    // far shorter than the JSON: a link fits in a chat message
    expect(hash.length).toBeLessThan(JSON.stringify(edited).length / 2);
  });

  it('a damaged, non-JSON or non-centre link is refused with the reason; a hash without one is not a share', () => {
    expect(readShareHash('#/plan')).toBeUndefined();
    expect(readShareHash('#/plan?other=1')).toBeUndefined();
    expect(readShareHash('#/plan?scenario=%%%')).toMatchObject({ ok: false });
    expect(readShareHash(shareHash({ type: 'onewindow/network' }))).toEqual({ ok: false, reason: 'notCentre' });
    expect(readShareHash('#/plan?scenario=' + 'N4Ig'.repeat(3))).toMatchObject({ ok: false });
  });

  it('the full URL keeps origin and path; withoutShare drops only the scenario', () => {
    expect(shareUrl({ type: 'onewindow/centre' }, { origin: 'http://intranet', pathname: '/onewindow/' })).toMatch(/^http:\/\/intranet\/onewindow\/#\/plan\?scenario=/);
    expect(withoutShare('#/plan?scenario=abc')).toBe('#/plan');
    expect(withoutShare('#/plan?scenario=abc&x=1')).toBe('#/plan?x=1');
    expect(withoutShare('#/compare')).toBe('#/compare');
  });
});
