/**
 * The planner's browser script: reads the plan from the URL, keeps the form, the URL and the evening
 * in step. Everything from the URL is validated by src/lib/planUrl.ts and put on the page with
 * textContent only; links are built from validated ids and the page's own data.
 */
import { buildEvening, frames } from '../../lib/sessionEvening.ts';
import { clockAt, parsePlan, sizeLimits, planToSearch, type Plan, type PlanCase, type PlanIssue } from '../../lib/planUrl.ts';
import { fill, knownMethods, readToolData, runOf, type ToolData } from '../../lib/toolData.ts';

type Fields = Record<'d' | 't' | 'n' | 'f' | 'c1' | 'c2', HTMLInputElement | HTMLSelectElement>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function startPlanner(): void {
  const root = document.querySelector<HTMLElement>('[data-planner]');
  if (!root) return;
  const data: ToolData = readToolData(document);
  const s = (key: string, values?: Record<string, string | number>) => fill(data.strings[key] ?? key, values);
  const known = knownMethods(data.methods);
  const byId = new Map(data.methods.map((m) => [m.id, m]));
  const fallback = data.methods[0]!.id;
  const form = root.querySelector<HTMLFormElement>('[data-plan-form]')!;
  const fields = Object.fromEntries(['d', 't', 'n', 'f', 'c1', 'c2'].map((n) => [n, form.elements.namedItem(n)])) as Fields;
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const section = q<HTMLElement>('[data-plan]');
  root.querySelector('[data-nojs]')?.remove();
  section.hidden = false;
  form.hidden = false;

  const dateFormat = new Intl.DateTimeFormat(data.lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const clock = (plan: Plan, offset: number) => {
    const { time, days } = clockAt(plan.time, offset);
    return days > 0 ? `${time} ${s('planner.nextDay')}` : time;
  };
  const caseValue = (c: PlanCase) => (c.variant === undefined ? c.id : `${c.id}~${c.variant}`);

  function fillForm(plan: Plan) {
    fields.d.value = plan.date;
    fields.t.value = plan.time;
    fields.n.value = String(plan.size);
    fields.f.value = plan.frame;
    fields.c1.value = caseValue(plan.cases[0]!);
    fields.c2.value = plan.cases[1] ? caseValue(plan.cases[1]) : '';
  }

  /** The form, read back through the same parser as a link, so it can never produce what a link could not. */
  function readForm(): Plan {
    const c = [fields.c1.value, fields.c2.value].filter(Boolean).join(',');
    const size = Number.parseInt(fields.n.value, 10);
    const n = Number.isFinite(size) ? String(Math.min(sizeLimits.max, Math.max(sizeLimits.min, size))) : '';
    const search = new URLSearchParams({ v: '1', d: fields.d.value, t: fields.t.value, n, c, f: fields.f.value }).toString();
    return parsePlan(search, known, fallback).plan;
  }

  function render(plan: Plan, issues: readonly PlanIssue[]) {
    const cases = plan.cases.map((c) => ({ c, method: byId.get(c.id)! }));
    const evening = buildEvening(data.phases, cases.map(({ c, method }) => runOf(method, c)), plan.frame);
    const frameName = s(`phase.${plan.frame}`);
    const end = clock(plan, evening.total);
    const values = { start: plan.time, end, size: plan.size };
    q('[data-summary]').textContent = plan.date
      ? s('planner.summaryDate', { ...values, date: dateFormat.format(new Date(`${plan.date}T00:00:00Z`)) })
      : s('planner.summary', values);

    const messages: { text: string; kind: 'warn' | 'ok' }[] = [];
    if (issues.length) messages.push({ kind: 'warn', text: s('planner.issues', { fields: issues.map((i) => s(`planner.issue.${i}`)).join(', ') }) });
    if (!evening.fits) messages.push({ kind: 'warn', text: s('planner.warnTooLong', { over: -evening.spare, frame: frameName }) });
    for (const { method } of cases.filter((x, i) => cases.findIndex((y) => y.method.id === x.method.id) === i)) {
      if (plan.size < method.groupSize.min) messages.push({ kind: 'warn', text: s('planner.warnTooSmall', { method: method.title, min: method.groupSize.min, size: plan.size }) });
      if (plan.size > method.groupSize.max) messages.push({ kind: 'warn', text: s('planner.warnTooBig', { method: method.title, max: method.groupSize.max, size: plan.size }) });
    }
    if (evening.fits) messages.push({ kind: 'ok', text: s('planner.fits', { frame: frameName, spare: evening.spare }) });
    const list = el('ul', undefined, 'messages');
    list.replaceChildren(...messages.map((m) => el('li', m.text, m.kind)));
    q('[data-messages]').replaceChildren(list);

    const rows: HTMLTableRowElement[] = [];
    let lastCase: number | undefined;
    for (const row of evening.rows) {
      if (row.caseNumber !== undefined && row.caseNumber !== lastCase) {
        const head = el('tr', undefined, 'case-head');
        const th = el('th', `${s('planner.case', { n: row.caseNumber })}: ${cases[row.caseNumber - 1]!.method.title}`);
        th.colSpan = 3;
        th.scope = 'colgroup';
        head.append(th);
        rows.push(head);
      }
      lastCase = row.caseNumber;
      const tr = el('tr', undefined, row.kind);
      const title = row.kind === 'step' ? s('evening.step', { n: row.stepNumber, title: row.step.title }) : row.phase.title;
      const who = (row.kind === 'step' ? row.step.who : row.phase.who).map((r) => data.roles[r] ?? r).join(', ');
      const th = el('th', title);
      th.scope = 'row';
      th.append(el('span', who, 'row-note'));
      tr.append(el('td', clock(plan, row.start), 'time'), th, el('td', String(row.minutes), 'num'));
      rows.push(tr);
    }
    q('[data-rows]').replaceChildren(...rows);
    q('[data-total]').textContent = s('planner.total', { total: evening.total, budget: frames[plan.frame], end });

    const materials = cases
      .filter((x, i) => cases.findIndex((y) => y.method.id === x.method.id) === i)
      .flatMap(({ method }) => {
        const links = [{ title: s('planner.methodPage', { title: method.title }), href: method.href }, ...method.kit];
        return links.map(({ title, href }, i) => {
          const li = el('li', undefined, i > 0 ? 'kit' : undefined);
          const a = el('a', title);
          a.href = href;
          if (href.includes('.pdf')) a.type = 'application/pdf';
          li.append(a);
          return li;
        });
      });
    q('[data-materials]').replaceChildren(...materials);

    const search = planToSearch(plan);
    const share = q<HTMLAnchorElement>('[data-share-link]');
    share.href = `${location.pathname}${search}`;
    q<HTMLAnchorElement>('[data-timer-link]').href = `${data.base}timer/${search}`;
  }

  function fromUrl() {
    const { plan, issues } = parsePlan(location.search.slice(1), known, fallback);
    fillForm(plan);
    render(plan, issues);
  }

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', () => {
    const plan = readForm();
    history.replaceState(null, '', planToSearch(plan));
    render(plan, []);
  });
  window.addEventListener('popstate', fromUrl);
  q('[data-print]').addEventListener('click', () => window.print());
  q('[data-copy]').addEventListener('click', () => {
    const status = q('[data-copy-status]');
    void navigator.clipboard?.writeText(q<HTMLAnchorElement>('[data-share-link]').href).then(() => (status.textContent = s('planner.copied')));
  });
  fromUrl();
}
