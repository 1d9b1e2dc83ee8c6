import { chooseEntity } from '../../src/exports/claim-rows';
import { hirePageSizes, HIRES_PER_CALL } from '../../src/exports/hire-rows';

const notFound = (suggestions: string[]) => ({ message: 'not found', extensions: { code: 'NOT_FOUND', suggestions } });

describe('chooseEntity', () => {
  it('takes the entity whose id was given, before any name lookup', () => {
    const answer = { data: { node: { __typename: 'Deal', id: 'stargate-deal', name: 'x' }, project: { __typename: 'Project', id: 'stargate', name: 'Stargate' } } };
    expect(chooseEntity('stargate-deal', answer)).toEqual({ id: 'stargate-deal' });
  });

  it('takes the one entity a typed lookup found, ignoring a node that is no entity', () => {
    const answer = { data: { node: { __typename: 'Article', id: 'a', name: 'a' }, organization: { __typename: 'Organization', id: 'openai', name: 'OpenAI', aliases: [] } } };
    expect(chooseEntity('OpenAI', answer)).toEqual({ id: 'openai' });
  });

  it('prefers, among several types, the one named exactly so, and calls several inexact ones ambiguous', () => {
    const project = { __typename: 'Project', id: 'stargate', name: 'Stargate', aliases: ['Stargate LLC'] };
    const site = { __typename: 'Site', id: 'stargate-uae', name: 'Stargate UAE', aliases: [] };
    expect(chooseEntity('stargate llc', { data: { project, site } })).toEqual({ id: 'stargate' });
    const choice = chooseEntity('Starg', { data: { project, site } });
    expect(choice).toMatchObject({ notFound: { ambiguous: true, suggestions: ['Stargate', 'Stargate UAE'] } });
  });

  it('answers nothing found with the closest names across every type, closest first', () => {
    const answer = { data: { node: null, organization: null, person: null }, errors: [notFound(['OpenAI', 'Oracle']), notFound(['Open Person'])] };
    const choice = chooseEntity('Opn AI', answer);
    expect(choice).toMatchObject({ notFound: { ambiguous: false } });
    if ('notFound' in choice) expect(choice.notFound.suggestions[0]).toBe('OpenAI');
  });
});

describe('hirePageSizes', () => {
  it('asks for as many groups as there are and as many hires as the largest has', () => {
    expect(hirePageSizes([5, 2, 1])).toEqual({ groups: 3, perGroup: 5 });
    expect(hirePageSizes([])).toEqual({ groups: 0, perGroup: 1 });
  });

  it('refuses what one operation cannot read whole: every group it reads, or a group larger than a page', () => {
    expect(hirePageSizes(Array(HIRES_PER_CALL).fill(1))).toBeNull();
    expect(hirePageSizes([HIRES_PER_CALL + 1])).toBeNull();
  });
});
