import { changeEvents, type NodeState } from '../../src/domain/change-events';

const node = (id: string, props: Record<string, unknown>, live: 'entity' | 'fact' | 'retired' = 'entity', type = 'Deal'): NodeState => ({
  id, type, entity: live === 'entity', fact: live === 'fact', props,
});

describe('change events of one write', () => {
  it('report a changed displayed value with its JSON before and after, and nothing for values left alone', () => {
    const events = changeEvents({
      retracted: false,
      claimsBefore: [{ target: 'd', via: 'SUPPORTS', claims: '{"value":{"amount":1}}' }],
      claimsAfter: [{ target: 'd', via: 'SUPPORTS', claims: '{"value":{"amount":2}}' }],
      before: [node('d', { value: '{"amount":1}', status: 'SIGNED', name: 'D' })],
      after: [node('d', { value: '{"amount":2}', status: 'SIGNED', name: 'D' })],
    });
    expect(events).toEqual([
      { kind: 'CLAIM_ADDED', targetId: 'd', targetType: 'Deal', field: null, before: '{"value":{"amount":1}}', after: '{"value":{"amount":2}}' },
      { kind: 'VALUE_CHANGED', targetId: 'd', targetType: 'Deal', field: 'value', before: '{"amount":1}', after: '{"amount":2}' },
    ]);
  });

  it('report a role set as a set change, not as a value change', () => {
    const events = changeEvents({
      retracted: false, claimsBefore: [], claimsAfter: [],
      before: [node('p', { roles: ['BUYER'] }, 'fact', 'DealParty')],
      after: [node('p', { roles: ['BUYER', 'INVESTOR'] }, 'fact', 'DealParty')],
    });
    expect(events).toEqual([{ kind: 'ROLES_CHANGED', targetId: 'p', targetType: 'DealParty', field: 'roles', before: '["BUYER"]', after: '["BUYER","INVESTOR"]' }]);
  });

  it('report a node that enters or leaves the live graph once, without its values', () => {
    const events = changeEvents({
      retracted: true, claimsBefore: [{ target: 'x', via: 'RETRACTED_MENTIONS', claims: '{}' }], claimsAfter: [],
      before: [node('x', { name: 'X' }), node('f', { title: 'T' }, 'fact', 'Hire')],
      after: [node('x', {}, 'retired'), node('f', { title: 'T' }, 'fact', 'Hire'), node('n', { name: 'N' }, 'entity', 'Person')],
    });
    expect(events.map((e) => [e.kind, e.targetId])).toEqual([['RETRACTED', null], ['ENTITY_ADDED', 'n'], ['ENTITY_REMOVED', 'x']]);
  });

  it('report no claim for an edge whose claims are the same as before', () => {
    const same = [{ target: 'd', via: 'SUPPORTS', claims: '{"a":1}' }];
    expect(changeEvents({ retracted: false, claimsBefore: same, claimsAfter: same, before: [node('d', { name: 'D' })], after: [node('d', { name: 'D' })] })).toEqual([]);
  });
});
