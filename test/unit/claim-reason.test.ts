/**
 * The sentence the evidence panel shows under disagreeing claims: why the displayed one is displayed, by the
 * server's own ranking (src/domain/claims.ts), and what each other source says.
 */
import { DISPLAY_RULES, displayedClaimIndex, displayReason, type ClaimLike } from '../../explorer/src/claim-reason';

type Article = ClaimLike['evidence']['article'];
const article = (id: string, publisher: string, publishedAt: string | null, extra: Partial<Article> = {}): Article => ({ id, publisher, publishedAt, originalOutlet: null, reliability: 'NORMAL', ...extra });
const claim = (value: string, a: Article): ClaimLike<string> => ({ value, evidence: { article: a } });
const same = (v: string) => v;

describe('displayReason', () => {
  const ft = claim('about $30B a year', article('indebta-ft', 'Indebta', '2025-07-02', { originalOutlet: 'Financial Times' }));
  const wsj = claim('$300B total', article('cdo-wsj', 'CDO Magazine', '2025-09-19', { originalOutlet: 'WSJ' }));
  const undated = claim('more than $30B a year', article('actualitecloud', 'actualitecloud.com', null));

  it('says the newest report wins and what each older or undated source says', () => {
    const claims = [ft, wsj, undated];
    const at = displayedClaimIndex(claims, '$300B total', same);
    expect(at).toBe(1);
    expect(displayReason(claims, at, same)).toBe(
      'Shown because it is the most recent report from a source not marked weak (CDO Magazine via WSJ, 19 Sep 2025); ' +
        'the 2 Jul 2025 report by Indebta via Financial Times says about $30B a year; ' +
        'the undated report by actualitecloud.com says more than $30B a year (an undated report counts as the oldest). ' +
        'Retracted articles are not counted.',
    );
  });

  it('names a newer weak source as never displayed', () => {
    const weak = claim('$500B total', article('weak-page', 'zoombangla', '2025-10-01', { reliability: 'WEAK' }));
    const claims = [weak, ft];
    const at = displayedClaimIndex(claims, 'about $30B a year', same);
    expect(at).toBe(1);
    expect(displayReason(claims, at, same)).toContain(`the 1 Oct 2025 report by zoombangla says $500B total (${DISPLAY_RULES.weak})`);
  });

  it('marks the displayed claim among several stating the same value by the server ranking', () => {
    const older = claim('$300B total', article('older', 'Reuters', '2025-09'));
    const claims = [older, wsj, ft];
    // "2025-09" is 1 September, older than 19 September.
    expect(displayedClaimIndex(claims, '$300B total', same)).toBe(1);
  });

  it('explains a tie of dates by the article id rule', () => {
    const a = claim('1 GW', article('a-article', 'A', '2025-07'));
    const b = claim('2 GW', article('b-article', 'B', '2025-07'));
    const claims = [b, a];
    const at = displayedClaimIndex(claims, '1 GW', same);
    expect(at).toBe(1);
    expect(displayReason(claims, at, same)).toContain(DISPLAY_RULES.tie);
  });

  it('says nothing when every source agrees', () => {
    const again = claim('$300B total', article('other', 'Reuters', '2025-09-20'));
    expect(displayReason([wsj, again], displayedClaimIndex([wsj, again], '$300B total', same), same)).toBeNull();
  });

  it('says why nothing is displayed when every source is weak', () => {
    const weak = claim('$1B total', article('w', 'W', '2025-01-01', { reliability: 'WEAK' }));
    const weak2 = claim('$2B total', article('w2', 'W2', '2025-02-01', { reliability: 'WEAK' }));
    expect(displayedClaimIndex([weak, weak2], null, same)).toBe(-1);
    expect(displayReason([weak, weak2], -1, same)).toBe(DISPLAY_RULES.allWeak);
  });
});
