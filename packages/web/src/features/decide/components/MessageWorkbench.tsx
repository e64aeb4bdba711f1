import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import {
  channels,
  type Diagnostic,
  declineConfirmation,
  type Offer,
  type Reason,
  reasons,
  type Scenario,
  scenarios,
  type Tone,
  tones,
} from '@offerwise/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { IssueList } from '../../../components/IssueList';
import { t } from '../../../i18n/decide';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { draftsQuery, type SavedDraft, useSaveDraft } from '../api/drafts';
import { mailtoUrl, toEml } from '../hooks/eml';
import { recordSent } from '../hooks/record-sent';
import { useDraftWorkbench } from '../hooks/use-draft-workbench';
import { DraftEditor } from './DraftEditor';

// Loaded the first time a closing message is recorded (a modal brings about 20 kB gzipped), then
// kept mounted so it closes with its transition and gives focus back.
const ConfirmCloseDialog = lazy(() =>
  import('./ConfirmCloseDialog').then((module) => ({ default: module.ConfirmCloseDialog })),
);

const options = (values: readonly string[], labels: Record<string, string>) =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

const severityColor = { error: 'red', warning: 'orange', info: 'blue' } as const;
/** Messages that close an offer: recording one is confirmed first. */
const closing = new Set<Scenario>(['decline', 'counter-decline', 'withdraw']);
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

export function MessageWorkbench({
  editor,
  offerId,
  suggested,
}: {
  editor: WorkspaceEditor;
  offerId: string;
  suggested: Scenario;
}) {
  const workspaceId = editor.record.id;
  const { data: drafts } = useSuspenseQuery(draftsQuery(workspaceId));
  // The newest saved draft for this offer (the server lists the newest first).
  const [saved, setSaved] = useState<SavedDraft | null>(
    () => drafts.find((d) => d.offerId === offerId) ?? null,
  );
  const bench = useDraftWorkbench(editor.document, offerId, saved, suggested);
  const saveDraft = useSaveDraft(workspaceId);
  const [draftState, setDraftState] = useState<'idle' | 'saved' | 'conflict' | 'failed'>('idle');
  const [sentIssue, setSentIssue] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [asked, setAsked] = useState(false);
  if (confirming && !asked) setAsked(true);
  // The offer as it was before "I sent it", so the record can be undone.
  const [recorded, setRecorded] = useState<{ before: Offer; scenario: Scenario; at: Date } | null>(
    null,
  );
  const [undone, setUndone] = useState(false);
  const [copied, setCopied] = useState(false);
  const { choices, setChoices, offer } = bench;
  if (!offer) return null;
  // Core says what makes this one risky (nothing signed yet, a request for time pending).
  const confirmation = confirming
    ? declineConfirmation(
        editor.document,
        offerId,
        choices.scenario === 'withdraw' ? 'withdrawn' : 'declined',
        new Date(),
      )
    : null;
  const to = bench.to;
  const status = t.home.status[offer.status ?? 'received'] ?? offer.status;

  async function keepDraft() {
    const result = await saveDraft.mutateAsync({
      saved,
      fields: { offerId, scenario: choices.scenario, channel: choices.channel, text: bench.text },
    });
    if (result.ok) setSaved(result.value);
    setDraftState(result.ok ? 'saved' : result.kind === 'conflict' ? 'conflict' : 'failed');
  }

  function markSent() {
    if (closing.has(choices.scenario) && !confirming) return setConfirming(true);
    setConfirming(false);
    const before = editor.document.offers.find((o) => o.id === offerId);
    const at = new Date();
    const result = recordSent(editor.document, offerId, {
      scenario: choices.scenario,
      channel: choices.channel,
      at,
    });
    if (!result.ok || !before)
      return setSentIssue(
        t.decide.cannotRecord(result.ok ? '' : (result.issues[0]?.message ?? '')),
      );
    setSentIssue(null);
    setUndone(false);
    setRecorded({ before, scenario: choices.scenario, at });
    void editor.commit(() => result.value);
  }
  function undoSent() {
    if (!recorded) return;
    const { before } = recorded;
    void editor.commit((doc) => ({
      ...doc,
      offers: doc.offers.map((o) => (o.id === before.id ? before : o)),
    }));
    setRecorded(null);
    setUndone(true);
  }

  function downloadEml() {
    const eml = toEml({
      ...(to ? { to } : {}),
      subject: bench.subject,
      body: bench.text,
      date: new Date(),
    });
    const url = URL.createObjectURL(new Blob([eml], { type: 'message/rfc822' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${offer?.id ?? 'draft'}-${choices.scenario}.eml`;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <Stack gap="md">
      <Text>{t.decide.status(offer.company, status ?? '')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <NativeSelect
          label={t.decide.decision}
          data={options(scenarios, t.decide.scenarios)}
          value={choices.scenario}
          onChange={(event) => setChoices({ scenario: event.currentTarget.value as Scenario })}
        />
        <NativeSelect
          label={t.decide.reason}
          data={options(reasons, t.decide.reasons)}
          value={choices.reason}
          onChange={(event) => setChoices({ reason: event.currentTarget.value as Reason })}
        />
        <NativeSelect
          label={t.decide.tone}
          data={options(tones, t.decide.tones)}
          value={choices.tone}
          onChange={(event) => setChoices({ tone: event.currentTarget.value as Tone })}
        />
        <NativeSelect
          label={t.decide.channel}
          data={options(channels, t.decide.channels)}
          value={choices.channel}
          onChange={(event) =>
            setChoices({ channel: event.currentTarget.value as typeof choices.channel })
          }
        />
      </SimpleGrid>
      {bench.advice && (
        <Alert
          title={t.decide.recommended(
            t.decide.channels[bench.advice.channel] ?? bench.advice.channel,
          )}
          data-testid="channel-advice"
        >
          {bench.advice.reason}
          {bench.advice.followUp ? ` ${t.decide.followUp}` : ''}
        </Alert>
      )}
      <Button onClick={() => void bench.write()} w="fit-content">
        {bench.text ? t.decide.rewrite : t.decide.write}
      </Button>
      {bench.issues.length > 0 && <IssueList title={t.decide.cannotWrite} issues={bench.issues} />}
      {bench.text && (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="sm">
              <TextInput
                label={t.decide.subject}
                value={bench.subject}
                onChange={(e) => bench.setSubject(e.currentTarget.value)}
              />
              <DraftEditor
                label={t.decide.draft}
                value={bench.text}
                onChange={bench.setText}
                diagnostics={bench.diagnostics}
                describedBy="diagnostics-title"
              />
              <Group gap="sm">
                <Button
                  variant="default"
                  onClick={() =>
                    void navigator.clipboard
                      ?.writeText(bench.text)
                      .then(() => setCopied(true))
                      .catch(() => setCopied(false))
                  }
                >
                  {copied ? t.decide.copied : t.decide.copy}
                </Button>
                {/* A link cannot be disabled; while the draft has errors it is a disabled button. */}
                {bench.blocking ? (
                  <Button variant="default" disabled>
                    {t.decide.openMail}
                  </Button>
                ) : (
                  <Button
                    component="a"
                    variant="default"
                    href={mailtoUrl({
                      ...(to ? { to } : {}),
                      subject: bench.subject,
                      body: bench.text,
                    })}
                  >
                    {t.decide.openMail}
                  </Button>
                )}
                <Button variant="default" onClick={downloadEml} disabled={bench.blocking}>
                  {t.decide.downloadEml}
                </Button>
                <Button variant="default" onClick={keepDraft} loading={saveDraft.isPending}>
                  {t.decide.saveDraft}
                </Button>
                <Button onClick={markSent} disabled={bench.blocking || recorded !== null}>
                  {recorded ? t.decide.recordedButton : t.decide.markSent}
                </Button>
              </Group>
              <Text size="sm" role="status" mih={20}>
                {draftState === 'idle' ? '' : t.decide.draftState[draftState]}
              </Text>
              {bench.blocking && <Text size="sm">{t.decide.blocked}</Text>}
              {sentIssue && (
                <Alert color="red" role="alert">
                  {sentIssue}
                </Alert>
              )}
              <div role="status">
                {recorded && (
                  <Alert color="green" data-testid="sent-recorded">
                    <Group justify="space-between" gap="xs">
                      <Text size="sm">
                        {t.decide.recorded(
                          t.decide.scenarios[recorded.scenario] ?? recorded.scenario,
                          offer.company,
                          day.format(recorded.at),
                        )}
                      </Text>
                      <Button variant="default" size="xs" onClick={undoSent}>
                        {t.decide.undo}
                      </Button>
                    </Group>
                  </Alert>
                )}
                {undone && <Text size="sm">{t.decide.undone}</Text>}
              </div>
              {(asked || confirming) && (
                <Suspense fallback={null}>
                  <ConfirmCloseDialog
                    opened={confirming}
                    company={offer.company}
                    reasons={confirmation?.reasons ?? []}
                    onCancel={() => setConfirming(false)}
                    onConfirm={markSent}
                  />
                </Suspense>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Diagnostics
              diagnostics={bench.diagnostics}
              onFix={(d) => {
                bench.applyFix(d);
                // The fixed finding's button goes away; focus stays in the list, not on the body.
                requestAnimationFrame(() => document.getElementById('diagnostics-title')?.focus());
              }}
            />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

function Diagnostics({
  diagnostics,
  onFix,
}: {
  diagnostics: readonly Diagnostic[];
  onFix: (d: Diagnostic) => void;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="diagnostics-title">
      <Title order={3} size="h4" id="diagnostics-title" mb="xs" tabIndex={-1}>
        {diagnostics.length === 0 ? t.decide.clean : t.decide.findings(diagnostics.length)}
      </Title>
      <List spacing="sm" listStyleType="none" p={0} data-testid="diagnostics">
        {diagnostics.map((d) => (
          <List.Item key={`${d.offset}-${d.ruleId}`}>
            <Stack gap={4}>
              <Group gap={6}>
                <Badge color={severityColor[d.severity]} variant="light" tt="none">
                  {t.decide.severity[d.severity]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t.decide.where(d.line, d.column)}
                </Text>
              </Group>
              <Text size="sm">{d.message}</Text>
              {d.fix && (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => onFix(d)}
                  ta="left"
                >
                  {d.fix.text ? t.decide.fixReplace(d.fix.text) : t.decide.fixDelete}
                </Anchor>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
