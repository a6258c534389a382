/**
 * The phase timer's browser script. Steps come from the URL (validated by src/lib/planUrl.ts) and the
 * page's data; everything shown is set with textContent. Time is measured with Date.now() against an
 * end time, so a throttled tab never drifts, and tests can drive it with a fake clock.
 */
import { buildEvening } from '../../lib/sessionEvening.ts';
import { formatCountdown, parseTimer, type PlanIssue } from '../../lib/planUrl.ts';
import { fill, knownMethods, readToolData, runOf, type ToolData } from '../../lib/toolData.ts';

interface TimerStep {
  title: string;
  who: string;
  minutes: number;
}

function stepsFrom(data: ToolData, search: string): { steps: TimerStep[]; issues: PlanIssue[] } {
  const s = (key: string, values?: Record<string, string | number>) => fill(data.strings[key] ?? key, values);
  const byId = new Map(data.methods.map((m) => [m.id, m]));
  const who = (refs: readonly string[]) => refs.map((r) => data.roles[r] ?? r).join(', ');
  const { source, issues } = parseTimer(search, knownMethods(data.methods), data.methods[0]!.id);
  if (source.kind === 'none') return { steps: [], issues };
  if (source.kind === 'method') {
    const run = runOf(byId.get(source.case.id)!, source.case);
    return { steps: run.steps.map((st, i) => ({ title: s('evening.step', { n: i + 1, title: st.title }), who: who(st.who), minutes: st.minutes })), issues };
  }
  const { plan } = source;
  const evening = buildEvening(data.phases, plan.cases.map((c) => runOf(byId.get(c.id)!, c)), plan.frame);
  const steps = evening.rows.map((row) => {
    const title = row.kind === 'step' ? s('evening.step', { n: row.stepNumber, title: row.step.title }) : row.phase.title;
    const prefix = row.caseNumber ? `${s('planner.case', { n: row.caseNumber })} · ` : '';
    return { title: prefix + title, who: who(row.kind === 'step' ? row.step.who : row.phase.who), minutes: row.minutes };
  });
  return { steps, issues };
}

/** A short beep with WebAudio (only when the user switched sound on, which is also the gesture audio needs). */
function beep(context: AudioContext) {
  const osc = context.createOscillator();
  const gain = context.createGain();
  osc.frequency.value = 880;
  gain.gain.setValueAtTime(0.2, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + 0.6);
  osc.connect(gain).connect(context.destination);
  osc.start();
  osc.stop(context.currentTime + 0.6);
}

/** Offline: a service worker scoped to this timer page caches the page and everything it loaded. */
function goOffline(status: HTMLElement, message: string, worker: string) {
  if (!('serviceWorker' in navigator)) return;
  const scope = location.pathname;
  navigator.serviceWorker
    .register(worker, { scope })
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => u.startsWith(location.origin));
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        status.textContent = message;
        document.documentElement.dataset.timerOffline = 'ready';
      };
      registration.active?.postMessage({ type: 'cache', urls }, [channel.port2]);
    })
    .catch(() => undefined);
}

export function startTimer(): void {
  const root = document.querySelector<HTMLElement>('[data-timer-page]');
  if (!root) return;
  const data = readToolData(document);
  const s = (key: string, values?: Record<string, string | number>) => fill(data.strings[key] ?? key, values);
  const q = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  root.querySelector('[data-nojs]')?.remove();

  const { steps, issues } = stepsFrom(data, location.search.slice(1));
  if (issues.length) {
    const p = document.createElement('p');
    p.className = 'warn';
    p.textContent = s('planner.issues', { fields: issues.map((i) => s(`planner.issue.${i}`)).join(', ') });
    q('[data-messages]').replaceChildren(p);
  }
  if (steps.length === 0) {
    const p = document.createElement('p');
    p.textContent = s('timer.none');
    q('[data-messages]').append(p);
    return;
  }
  const timer = q<HTMLElement>('[data-timer]');
  timer.hidden = false;
  q('[data-choose]').hidden = true;
  goOffline(q('[data-offline]'), s('timer.offlineReady'), data.serviceWorker);

  const toggle = q<HTMLButtonElement>('[data-toggle]');
  const clockEl = q('[data-clock]');
  const bar = q('[data-bar]');
  const announce = q('[data-announce]');
  const sound = q<HTMLInputElement>('[data-sound]');
  let audio: AudioContext | undefined;
  let wakeLock: WakeLockSentinel | undefined;

  let index = 0;
  let duration = steps[0]!.minutes * 60_000;
  /** Milliseconds left while paused; while running, `endAt` holds the truth. */
  let left = duration;
  let endAt = 0;
  let running = false;
  let cued = false;

  const remaining = () => (running ? endAt - Date.now() : left);

  function paint() {
    const ms = remaining();
    const over = ms <= 0;
    clockEl.textContent = (over && ms < 0 ? '−' : '') + formatCountdown(ms);
    q('[data-clock-label]').textContent = s(over ? 'timer.overtime' : 'timer.remaining');
    bar.style.width = `${Math.min(100, Math.max(0, 100 - (ms / duration) * 100))}%`;
    timer.classList.toggle('done', over);
    if (over && !cued) {
      cued = true;
      announce.textContent = s('timer.timeUp', { title: steps[index]!.title });
      if (sound.checked && audio) beep(audio);
    }
  }

  function show(i: number, speak = true) {
    index = Math.max(0, Math.min(steps.length - 1, i));
    const step = steps[index]!;
    duration = step.minutes * 60_000;
    left = duration;
    endAt = Date.now() + duration;
    cued = false;
    q('[data-count]').textContent = s('timer.stepOf', { n: index + 1, count: steps.length });
    q('[data-step]').textContent = step.title;
    q('[data-who]').textContent = s('timer.who', { who: step.who });
    q<HTMLButtonElement>('[data-prev]').disabled = index === 0;
    q<HTMLButtonElement>('[data-next]').disabled = index === steps.length - 1;
    if (speak) {
      const last = index === steps.length - 1 ? ` ${s('timer.last')}` : '';
      announce.textContent = s('timer.announce', { n: index + 1, count: steps.length, title: step.title, minutes: step.minutes, who: step.who }) + last;
    }
    paint();
  }

  async function keepAwake(on: boolean) {
    try {
      if (on && 'wakeLock' in navigator && document.visibilityState === 'visible') wakeLock = await navigator.wakeLock.request('screen');
      else if (!on) await wakeLock?.release();
    } catch {
      // Not allowed (battery saver, no permission): the timer still runs.
    }
  }

  function setRunning(on: boolean) {
    if (on === running) return;
    if (on) endAt = Date.now() + left;
    else left = endAt - Date.now();
    running = on;
    toggle.textContent = s(on ? 'timer.pause' : 'timer.start');
    toggle.setAttribute('aria-pressed', String(on));
    void keepAwake(on);
    paint();
  }

  const addMinute = () => {
    if (running) endAt += 60_000;
    else left += 60_000;
    duration += 60_000;
    cued = remaining() <= 0;
    paint();
  };
  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void timer.requestFullscreen?.().catch(() => undefined);
  };

  toggle.addEventListener('click', () => setRunning(!running));
  q('[data-next]').addEventListener('click', () => show(index + 1));
  q('[data-prev]').addEventListener('click', () => show(index - 1));
  q('[data-plus]').addEventListener('click', addMinute);
  q('[data-fullscreen]').addEventListener('click', fullscreen);
  sound.addEventListener('change', () => {
    if (sound.checked && !audio && 'AudioContext' in window) audio = new AudioContext();
  });
  document.addEventListener('visibilitychange', () => {
    if (running && document.visibilityState === 'visible') void keepAwake(true);
  });
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    const onButton = target.closest('button, a');
    const key = event.key;
    if (key === ' ' && !onButton) setRunning(!running);
    else if (key === 'n' || key === 'N' || key === 'ArrowRight') show(index + 1);
    else if (key === 'p' || key === 'P' || key === 'ArrowLeft') show(index - 1);
    else if (key === '+' || key === '=') addMinute();
    else if (key === 'f' || key === 'F') fullscreen();
    else return;
    event.preventDefault();
  });
  setInterval(() => running && paint(), 250);
  show(0, false);
  toggle.setAttribute('aria-pressed', 'false');
}
