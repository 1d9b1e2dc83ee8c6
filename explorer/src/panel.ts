/**
 * The evidence panel: the facts of a selected entity or link, each with the
 * articles behind it, and every source's claim side by side where sources
 * disagree (the one the API displays is marked).
 */
import type { DealDetails, EntityDetails, EntityType, Evidence, FactDetails, OrganizationDetails, PersonDetails, ProjectDetails, Ref, SiteDetails, ArticleDetails } from './api';
import { factDetails } from './api';
import { displayedClaimIndex, displayReason } from './claim-reason';
import { h, type Child } from './dom';
import { formatDate, formatDuration, formatMoney, formatPercent, formatPower, formatUsdPerYear, humanize, languageName, sourceLabel, compactNumber } from './format';
import type { GraphEdge, GraphModel } from './model';
import { TYPE_STYLE } from './theme';

export interface Actions {
  /** Select an entity on the graph (and expand it). */
  open(id: string): void;
  /** Select a link on the graph. */
  selectEdge(id: string): void;
  /** Re-centre the graph on an entity. */
  recentre(id: string): void;
  /** The Numbers view for an organization. */
  hiresOf(id: string): void;
  /** The timeline of an organization's deals and hires. */
  timelineOf(id: string): void;
}

export function typeBadge(type: EntityType): HTMLElement {
  const style = TYPE_STYLE[type];
  return h('span', { class: `badge badge-${type.toLowerCase()}` }, h('span', { 'aria-hidden': 'true' }, style.symbol), ` ${style.label}`);
}

export function entityButton(actions: Actions, ref: Ref | null | undefined, fallback = 'unknown'): Child {
  if (!ref) return h('span', { class: 'unknown' }, fallback);
  return h('button', { type: 'button', class: 'link', 'data-open': ref.id, onclick: () => actions.open(ref.id) }, ref.name);
}

// ─── Evidence ───────────────────────────────────────────────────────────────

export function articleLine(article: Evidence['article']): Child {
  return h(
    'p',
    { class: 'source' },
    h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer', class: 'article-title' }, article.title),
    article.titleOrigin !== 'PAGE' ? h('span', { class: 'muted title-origin' }, article.titleOrigin === 'URL_SLUG' ? ' (title rebuilt from the address)' : ' (title written by the curator)') : '',
    h('br'),
    h('span', { class: 'publisher' }, article.publisher),
    article.originalOutlet && article.originalOutlet !== article.publisher ? ` (via ${article.originalOutlet})` : '',
    ' · ',
    h('span', { class: 'date' }, formatDate(article.publishedAt)),
    article.publishedAtInferred ? h('span', { class: 'muted', title: 'The page shows no date; the curator inferred it' }, ' (date inferred)') : '',
    ' · ',
    h('span', { class: 'language' }, languageName(article.language)),
    article.reliability === 'WEAK' ? h('span', { class: 'weak', title: 'Low-quality source: kept as a claim, never displayed as the value' }, ' · weak source') : '',
  );
}

export function evidenceItem(evidence: Evidence): HTMLElement {
  return h(
    'li',
    { class: 'evidence' },
    evidence.quote ? h('blockquote', { lang: evidence.article.language }, `“${evidence.quote}”`) : h('p', { class: 'no-quote' }, 'No verbatim quote recorded.'),
    evidence.note ? h('p', { class: 'note' }, h('span', { class: 'label' }, 'Curator’s note: '), evidence.note) : null,
    evidence.speaker || evidence.attribution !== 'MEDIA_REPORT' ? h('p', { class: 'attribution muted' }, humanize(evidence.attribution), evidence.speaker ? ` — ${evidence.speaker}` : '') : null,
    articleLine(evidence.article),
  );
}

export function evidenceList(evidence: Evidence[], heading = 'Evidence'): Child {
  if (!evidence.length) return h('p', { class: 'muted' }, 'No article recorded for this.');
  return h('section', { class: 'evidence-section' }, h('h4', {}, `${heading} (${evidence.length} article${evidence.length === 1 ? '' : 's'})`), h('ul', { class: 'evidence-list' }, evidence.map(evidenceItem)));
}

function collapsedEvidence(evidence: Evidence[], summary: string): Child {
  if (!evidence.length) return h('span', { class: 'muted' }, 'no source recorded');
  return h('details', { class: 'inline-evidence' }, h('summary', {}, summary), h('ul', { class: 'evidence-list' }, evidence.map(evidenceItem)));
}

// ─── Claims side by side ────────────────────────────────────────────────────

/** One source's value (a MoneyClaim, a PowerClaim, a StringClaim, ...): the value and the evidence stating it. */
type Claim = { value: unknown; evidence: Evidence };

export function claimsBlock<C extends Claim>(title: string, claims: C[], displayed: C['value'] | null | undefined, format: (value: C['value']) => string): Child {
  const shown = displayed == null ? 'unknown' : format(displayed);
  if (!claims.length) return h('div', { class: 'fact-row' }, h('span', { class: 'fact-label' }, `${title}: `), h('span', { class: 'fact-value' }, shown));
  const displayedAt = displayedClaimIndex(claims, displayed, format);
  const reason = displayReason(claims, displayedAt, format);
  const distinct = new Set(claims.map((c) => format(c.value))).size;
  const heading = h('h4', {}, `${title}: `, h('span', { class: 'fact-value' }, shown), distinct > 1 ? h('span', { class: 'conflict' }, ` — sources disagree (${claims.length} claims)`) : h('span', { class: 'muted' }, ` — ${claims.length} source${claims.length === 1 ? '' : 's'} agree${claims.length === 1 ? 's' : ''}`));
  const list = h(
      'ul',
      { class: 'claims', 'aria-label': `${title}: every source's claim` },
      claims.map((claim, i) => {
        const value: unknown = claim.value;
        const words = value && typeof value === 'object' && 'text' in value && typeof value.text === 'string' && value.text ? value.text : null;
        return h(
          'li',
          { class: `claim${i === displayedAt ? ' displayed' : ''}`, 'data-claim': format(claim.value) },
          h('strong', { class: 'claim-value' }, format(claim.value)),
          i === displayedAt ? h('span', { class: 'displayed-badge' }, 'displayed') : null,
          h('span', { class: 'claim-source' }, ` (${sourceLabel(claim.evidence.article)})`),
          words ? h('p', { class: 'claim-words' }, `Source’s words: “${words}”`) : null,
          claim.evidence.quote ? h('blockquote', { lang: claim.evidence.article.language }, `“${claim.evidence.quote}”`) : null,
          claim.evidence.note ? h('p', { class: 'note' }, claim.evidence.note) : null,
          h('a', { href: claim.evidence.article.url, target: '_blank', rel: 'noopener noreferrer', class: 'article-title' }, claim.evidence.article.title),
          claim.evidence.article.reliability === 'WEAK' ? h('span', { class: 'weak' }, ' · weak source') : null,
        );
      }),
    );
  // Agreeing sources fold away; disagreeing ones stay open, side by side.
  if (distinct === 1) return h('section', { class: 'claims-block', 'data-claims': title }, heading, h('details', {}, h('summary', {}, `Show the ${claims.length === 1 ? 'source' : `${claims.length} sources`}`), list));
  return h('section', { class: 'claims-block', 'data-claims': title }, heading, reason ? h('p', { class: 'claim-reason' }, reason) : null, list);
}

function row(label: string, ...value: Child[]): Child {
  return h('div', { class: 'fact-row' }, h('span', { class: 'fact-label' }, `${label}: `), h('span', { class: 'fact-value' }, ...value));
}

const listOf = (actions: Actions, refs: Ref[]): Child => (refs.length ? refs.map((r, i) => [i ? ', ' : '', entityButton(actions, r)]) : h('span', { class: 'muted' }, 'none'));

// ─── Entities ───────────────────────────────────────────────────────────────

export function entityPanel(details: EntityDetails, actions: Actions, model: GraphModel): HTMLElement {
  const type = details.__typename;
  const name = type === 'Article' ? details.title : details.name;
  const header = h(
    'header',
    { class: 'panel-header' },
    typeBadge(type),
    h('h3', { id: 'panel-title', tabindex: '-1' }, name),
    'aliases' in details && details.aliases.length ? h('p', { class: 'muted' }, `Also: ${details.aliases.join(', ')}`) : null,
    h('div', { class: 'panel-actions' }, h('button', { type: 'button', onclick: () => actions.recentre(details.id) }, 'Centre the graph here'), type === 'Organization' ? [h('button', { type: 'button', onclick: () => actions.hiresOf(details.id) }, 'Hires timeline'), h('button', { type: 'button', 'data-timeline': details.id, onclick: () => actions.timelineOf(details.id) }, 'Deals and hires timeline')] : null),
  );
  let body: Child;
  switch (details.__typename) {
    case 'Organization':
      body = organizationBody(details, actions, model);
      break;
    case 'Person':
      body = personBody(details, actions);
      break;
    case 'Project':
      body = projectBody(details, actions);
      break;
    case 'Site':
      body = siteBody(details, actions);
      break;
    case 'Deal':
      body = dealBody(details, actions);
      break;
    case 'Article':
      body = articleBody(details, actions);
      break;
  }
  return h('div', { class: 'entity-panel', 'data-entity': details.id }, header, body);
}

function mentionsList(mentions: Evidence['article'][]): Child {
  if (!mentions.length) return null;
  return h('details', { class: 'mentions' }, h('summary', {}, `Articles that mention it (${mentions.length}${mentions.length === 10 ? '+' : ''})`), h('ul', { class: 'evidence-list' }, mentions.map((a) => h('li', {}, articleLine(a)))));
}

function organizationBody(org: OrganizationDetails, actions: Actions, model: GraphModel): Child {
  return [
    row('Kind', humanize(org.kind) || 'unknown'),
    org.country ? row('Country', org.country) : null,
    org.parent ? row('Parent', entityButton(actions, org.parent)) : null,
    h(
      'section',
      { class: 'hires', 'aria-labelledby': 'hires-heading' },
      h('h4', { id: 'hires-heading' }, `Hires (${org.hires.length}) — who joined, from where, and who says so`),
      org.talentSources.length
        ? h(
            'p',
            { class: 'talent-sources' },
            'Came from: ',
            org.talentSources.map((t, i) => [i ? '; ' : '', t.from ? h('strong', {}, t.from.name) : h('em', {}, 'previous employer unknown'), ` — ${t.people.map((p) => p.name).join(', ')}`]),
          )
        : null,
      org.hires.length
        ? h(
            'table',
            { class: 'hires-table' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Person'), h('th', { scope: 'col' }, 'From'), h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Who says so'))),
            h(
              'tbody',
              {},
              org.hires.map((hire) =>
                h(
                  'tr',
                  { 'data-hire': hire.id },
                  h('td', {}, entityButton(actions, hire.person), hire.title ? h('div', { class: 'muted' }, hire.title) : null),
                  h('td', {}, entityButton(actions, hire.from, 'unknown'), hire.previousTitle ? h('div', { class: 'muted' }, hire.previousTitle) : null),
                  h('td', {}, formatDate(hire.date), hire.dateInferred ? h('div', { class: 'muted' }, 'inferred') : null),
                  h(
                    'td',
                    {},
                    collapsedEvidence(hire.evidence, `${[...new Set(hire.evidence.map((e) => e.article.publisher))].join(', ')}`),
                    model.edges.has(hire.id) ? h('button', { type: 'button', class: 'small', onclick: () => actions.selectEdge(hire.id) }, 'Show link') : null,
                  ),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'No hires recorded.'),
    ),
    org.partners.length
      ? h(
          'section',
          {},
          h('h4', {}, `Partners (${org.partners.length})`),
          h(
            'ul',
            { class: 'compact' },
            org.partners.map((p) => h('li', {}, entityButton(actions, p.organization), h('span', { class: 'muted' }, ` via ${p.via.map((v) => v.name).join(', ')}`))),
          ),
        )
      : null,
    mentionsList(org.mentions),
  ];
}

function personBody(person: PersonDetails, actions: Actions): Child {
  const jobs = h('ul', { class: 'jobs' });
  for (const job of person.employments) {
    const item = h(
      'li',
      { 'data-employment': job.id },
      h('strong', {}, entityButton(actions, job.organization)),
      job.title ? `, ${job.title}` : '',
      job.current ? h('span', { class: 'tag' }, 'current') : '',
      job.start || job.end ? ` (${formatDate(job.start, '?')} – ${job.end ? formatDate(job.end) : job.current ? 'now' : '?'})` : '',
      job.tenure ? ` · tenure ${formatDuration(job.tenure)}` : '',
      h('button', { type: 'button', class: 'small', onclick: () => actions.selectEdge(job.id) }, 'Sources'),
    );
    jobs.appendChild(item);
    // Tenure claims side by side, one small request per job.
    void factDetails(job.id, 'Employment').then((fact) => {
      if (fact?.tenureClaims.length) item.appendChild(h('div', {}, claimsBlock('Tenure', fact.tenureClaims, fact.tenure, formatDuration)));
    }).catch(() => undefined);
  }
  return [
    person.currentEmployer ? row('Works at', entityButton(actions, person.currentEmployer)) : null,
    h('section', {}, h('h4', {}, `Employment (${person.employments.length})`), person.employments.length ? jobs : h('p', { class: 'muted' }, 'none recorded')),
    person.hires.length
      ? h(
          'section',
          {},
          h('h4', {}, 'Hired'),
          h('ul', { class: 'compact' }, person.hires.map((hire) => h('li', {}, 'by ', entityButton(actions, hire.organization), hire.from ? [' from ', entityButton(actions, hire.from)] : '', ` · ${formatDate(hire.date)} `, h('button', { type: 'button', class: 'small', onclick: () => actions.selectEdge(hire.id) }, 'Sources')))),
        )
      : null,
    person.memberships.length ? h('section', {}, h('h4', {}, 'Boards and councils'), h('ul', { class: 'compact' }, person.memberships.map((m) => h('li', {}, entityButton(actions, m.organization), m.role ? ` — ${m.role}` : '', ' ', h('button', { type: 'button', class: 'small', onclick: () => actions.selectEdge(m.id) }, 'Sources'))))) : null,
    person.foundings.length ? h('section', {}, h('h4', {}, 'Co-founded'), h('ul', { class: 'compact' }, person.foundings.map((f) => h('li', {}, entityButton(actions, f.organization), f.date ? ` (${formatDate(f.date)})` : '', ' ', h('button', { type: 'button', class: 'small', onclick: () => actions.selectEdge(f.id) }, 'Sources'))))) : null,
    mentionsList(person.mentions),
  ];
}

function location(l: SiteDetails['location']): string {
  if (!l) return 'unknown';
  return [l.city, l.region, l.country].filter(Boolean).join(', ');
}

function projectBody(project: ProjectDetails, actions: Actions): Child {
  const planned = project.plannedMegawatts;
  return [
    claimsBlock('Announced', project.announcedClaims, project.announced, (v) => formatDate(v)),
    claimsBlock('Investment', project.investmentClaims, project.investment, formatMoney),
    claimsBlock('Target capacity', project.targetCapacityClaims, project.targetCapacity, formatPower),
    row('Planned capacity of its sites', planned.megawatts == null ? 'no figure' : `${formatPower({ megawatts: planned.megawatts, qualifier: planned.qualifier ?? 'EXACT', basis: 'UNSPECIFIED' })} (${planned.sitesWithFigure} of ${planned.sites} sites with a figure)`),
    project.parent ? row('Part of', entityButton(actions, project.parent)) : null,
    h('section', { class: 'partners' }, h('h4', {}, `Partners (${project.partners.length})`), h('ul', { class: 'compact' }, project.partners.map((p) => h('li', {}, entityButton(actions, p.organization), p.roles.length ? ` — ${p.roles.map(humanize).join(', ')} ` : ' ', h('button', { type: 'button', class: 'small', onclick: () => actions.selectEdge(p.id) }, 'Sources'))))),
    h('section', { class: 'sites' }, h('h4', {}, `Sites (${project.sites.length})`), h('ul', { class: 'compact' }, project.sites.map((s) => h('li', {}, entityButton(actions, s), ` — ${location(s.location)}`, s.capacity ? ` · ${formatPower(s.capacity)}` : '', s.status ? ` · ${humanize(s.status)}` : '')))),
    project.deals.length ? h('section', {}, h('h4', {}, `Deals (${project.deals.length})`), h('ul', { class: 'compact' }, project.deals.map((d) => h('li', {}, entityButton(actions, d), d.value ? ` — ${formatMoney(d.value)}` : '')))) : null,
    evidenceList(project.evidence, 'Articles stating its attributes'),
  ];
}

function siteBody(site: SiteDetails, actions: Actions): Child {
  return [
    row('Location', location(site.location)),
    claimsBlock('Status', site.statusClaims, site.status, humanize),
    claimsBlock('Capacity', site.capacityClaims, site.capacity, formatPower),
    site.chips ? row('Chips', site.chips) : null,
    row('Project', entityButton(actions, site.project, 'none')),
    row('Operators', listOf(actions, site.operators)),
    row('Developers', listOf(actions, site.developers)),
    evidenceList(site.evidence, 'Articles stating its attributes'),
  ];
}

function dealBody(deal: DealDetails, actions: Actions): Child {
  return [
    row('Kind', humanize(deal.kind) || 'unknown'),
    claimsBlock('Value', deal.valueClaims, deal.value, formatMoney),
    row('Annualized', deal.annualized ? formatUsdPerYear(deal.annualized.amountUsd, deal.annualized.qualifier) + (deal.annualized.rateAsOf ? ` (exchange rate of ${deal.annualized.rateAsOf})` : '') : 'not derivable (no period or term)'),
    claimsBlock('Status', deal.statusClaims, deal.status, humanize),
    deal.announced ? row('Announced', formatDate(deal.announced)) : null,
    deal.termClaims.length || deal.term ? claimsBlock('Term', deal.termClaims, deal.term, formatDuration) : null,
    deal.startsClaims.length || deal.starts ? claimsBlock('Starts', deal.startsClaims, deal.starts, (v) => formatDate(v)) : null,
    deal.capacityClaims.length || deal.capacity ? claimsBlock('Capacity', deal.capacityClaims, deal.capacity, formatPower) : null,
    deal.project ? row('Project', entityButton(actions, deal.project)) : null,
    h('section', {}, h('h4', {}, 'Parties'), h('ul', { class: 'compact' }, deal.parties.map((p) => h('li', {}, entityButton(actions, p.organization), p.roles.length ? ` — ${p.roles.map(humanize).join(', ')} ` : ' ', h('button', { type: 'button', class: 'small', onclick: () => actions.selectEdge(p.id) }, 'Sources'))))),
    evidenceList(deal.evidence, 'Articles stating its attributes'),
  ];
}

function articleBody(article: ArticleDetails, actions: Actions): Child {
  return [
    articleLine(article),
    h('p', {}, article.summary),
    h('section', {}, h('h4', {}, `Mentions (${article.mentions.length})`), h('ul', { class: 'compact' }, article.mentions.map((m) => h('li', {}, typeBadge(m.__typename), ' ', entityButton(actions, m))))),
  ];
}

// ─── Links ──────────────────────────────────────────────────────────────────

export function edgeTitle(edge: GraphEdge, model: GraphModel): string {
  const name = (id: string) => model.nodes.get(id)?.label ?? id;
  return `${name(edge.source)} ${edge.relation}${edge.role && edge.kind !== 'path' ? ` (${humanize(edge.role)})` : ''} ${name(edge.target)}`;
}

export function edgeHeader(edge: GraphEdge, model: GraphModel, actions: Actions): HTMLElement {
  const source = model.nodes.get(edge.source);
  const target = model.nodes.get(edge.target);
  return h(
    'header',
    { class: 'panel-header' },
    h('span', { class: 'badge badge-link' }, 'Link'),
    h('h3', { id: 'panel-title', tabindex: '-1' }, edgeTitle(edge, model)),
    h('p', {}, source ? entityButton(actions, { id: source.id, name: source.label }) : null, h('span', { class: 'relation' }, ` ${edge.relation} → `), target ? entityButton(actions, { id: target.id, name: target.label }) : null),
  );
}

export function factBody(fact: FactDetails, actions: Actions): Child {
  switch (fact.__typename) {
    case 'Hire':
      return [
        row('Hired', entityButton(actions, fact.person), ' by ', entityButton(actions, fact.organization)),
        row('From', entityButton(actions, fact.from, 'unknown (no source names the previous employer)')),
        fact.title ? row('New title', fact.title) : null,
        fact.previousTitle ? row('Previous title', fact.previousTitle) : null,
        claimsBlock('Date', fact.dateClaims, fact.date, (v) => formatDate(v)),
        fact.dateInferred ? h('p', { class: 'muted' }, 'The date is inferred by the curator, not stated by the source (see the notes below).') : null,
      ];
    case 'Employment':
      return [
        claimsBlock('Title', fact.titleClaims, fact.title, (v) => v),
        claimsBlock('Start', fact.startClaims, fact.start, (v) => formatDate(v)),
        fact.end ? row('End', formatDate(fact.end)) : null,
        row('Current', fact.current == null ? 'unknown' : fact.current ? 'yes' : 'no'),
        claimsBlock('Tenure', fact.tenureClaims, fact.tenure, formatDuration),
      ];
    case 'Membership':
      return [row('Seat', fact.role ?? 'unknown')];
    case 'Founding':
      return [row('Founded', fact.date ? formatDate(fact.date) : 'date unknown')];
    case 'Participation':
    case 'DealParty':
      return [
        row('Roles', fact.roles.length ? fact.roles.map(humanize).join(', ') : 'unknown'),
        ...fact.roleClaims.map((claim) => collapsedEvidence(claim.evidence, `${humanize(claim.role)}${claim.displayed ? '' : ' (not displayed: weak sources only)'}: ${claim.evidence.length} source${claim.evidence.length === 1 ? '' : 's'}`)),
      ];
    case 'SiteRole':
      return [row('Role', humanize(fact.role) || 'unknown')];
    case 'Ownership':
      return [
        row('Kind', humanize(fact.kind)),
        claimsBlock('Share', fact.percentClaims, fact.percent, formatPercent),
        claimsBlock('Value', fact.valueClaims, fact.value, formatMoney),
      ];
  }
}

export function partnerBody(edge: GraphEdge, actions: Actions): Child {
  return [h('p', {}, 'Linked through a shared project or deal (open one to see its sources):'), h('ul', { class: 'compact' }, (edge.via ?? []).map((v) => h('li', {}, typeBadge(v.__typename), ' ', entityButton(actions, v))))];
}

export function compactUsd(value: number | null): string {
  return value == null ? 'unknown' : `$${compactNumber(value)}`;
}
