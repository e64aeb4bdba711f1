import {
  adviseChannel,
  type Channel,
  type Diagnostic,
  type InputIssue,
  type Reason,
  type Scenario,
  type Tone,
  type Workspace,
} from '@offerwise/core';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { checkWorkspaceLoaded } from '../../../workspace/check';

type Writing = typeof import('./writing');
let writing: Writing | null = null;
const loadWriting = async () => {
  writing ??= await import('./writing');
  return writing;
};

export interface DraftChoices {
  scenario: Scenario;
  reason: Reason;
  tone: Tone;
  channel: Channel;
}

/**
 * One offer's message being written: the choices, the recommended channel, the draft core
 * writes from them, the user's edits, and core's lint diagnostics on the text as it stands.
 * The choices start from the analysis (`suggested`): the message the plan suggests, no reason
 * given, and the advised channel, which follows the message until the user picks one.
 */
export function useDraftWorkbench(
  document: Workspace,
  offerId: string,
  saved: { scenario: Scenario | null; channel: Channel | null; text: string } | null,
  suggested: Scenario,
) {
  const [now] = useState(() => new Date());
  const offer = document.offers.find((o) => o.id === offerId);
  // A saved draft picks up where the user left off.
  const [choices, setChoiceState] = useState<DraftChoices>(() => {
    const scenario = saved?.scenario ?? suggested;
    const advised = offer ? adviseChannel(offer, scenario).channel : 'email';
    return { scenario, reason: 'none', tone: 'warm', channel: saved?.channel ?? advised };
  });
  const [channelPicked, setChannelPicked] = useState(saved?.channel != null);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState(saved?.text ?? '');
  const [to, setTo] = useState<string | undefined>(undefined);
  const [issues, setIssues] = useState<InputIssue[]>([]);
  const [tools, setTools] = useState(writing);
  // A saved draft opens in the editor, which needs the linter.
  useEffect(() => {
    if (text && !tools) void loadWriting().then(setTools);
  }, [text, tools]);
  const advice = useMemo(
    () => (offer ? adviseChannel(offer, choices.scenario) : null),
    [offer, choices.scenario],
  );

  function setChoices(change: Partial<DraftChoices>) {
    if (change.channel) setChannelPicked(true);
    setChoiceState((current) => {
      const next = { ...current, ...change };
      if (change.scenario && !change.channel && !channelPicked && offer)
        next.channel = adviseChannel(offer, change.scenario).channel;
      return next;
    });
  }

  async function write() {
    const loaded = await loadWriting();
    setTools(loaded);
    const checked = await checkWorkspaceLoaded(document);
    if (!checked.ok) return setIssues(checked.issues);
    const result = loaded.draftMessage(checked.value, { ...choices, offerId }, { now });
    if (!result.ok) return setIssues(result.issues);
    setIssues([]);
    setTo(result.value.to?.email);
    // A call gets its script to read; the written confirmation follows it.
    const email = result.value.followUp ?? {
      subject: result.value.subject ?? '',
      body: result.value.body,
    };
    setSubject(email.subject);
    setText(result.value.followUp ? `${result.value.body}\n\n---\n\n${email.body}` : email.body);
  }

  // Linting takes a few milliseconds; a deferred copy keeps typing smooth on slow machines.
  const deferred = useDeferredValue(text);
  const diagnostics: Diagnostic[] = useMemo(
    () =>
      deferred && tools
        ? tools.lint(deferred, {
            scenario: choices.scenario,
            channel: choices.channel,
            workspace: document,
            offerId,
            now,
          })
        : [],
    [tools, deferred, choices.scenario, choices.channel, document, offerId, now],
  );

  function applyFix(diagnostic: Diagnostic) {
    const fix = diagnostic.fix;
    if (!fix) return;
    setText(
      (current) => current.slice(0, fix.offset) + fix.text + current.slice(fix.offset + fix.length),
    );
  }

  return {
    offer,
    choices,
    setChoices,
    advice,
    /** The address of the person the draft greets. */
    to: to ?? advice?.contact?.email,
    subject,
    setSubject,
    text,
    setText,
    write,
    issues,
    diagnostics,
    // Until the linter is here, a draft counts as not checked yet: nothing goes out unchecked.
    blocking: (text !== '' && !tools) || diagnostics.some((d) => d.severity === 'error'),
    applyFix,
    now,
  };
}

export type DraftWorkbench = ReturnType<typeof useDraftWorkbench>;
