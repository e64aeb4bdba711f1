import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Checkbox,
  FileButton,
  Grid,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import {
  type Evidence,
  fromZodIssues,
  type LetterConflict,
  type LetterDecision,
  type LetterProposal,
  type LetterValue,
} from '@offerwise/core';
import { type DragEvent, type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import { IssueList } from '../../../components/IssueList';
import { t } from '../../../i18n';
import { useWorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { NEW_OFFER, useLetterReview } from '../hooks/use-letter-review';
import classes from './letters.module.css';

export function LettersPage({ id }: { id: string }) {
  const editor = useWorkspaceEditor(id);
  const review = useLetterReview(editor);
  const { step } = review;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {t.letters.title}
        </Title>
        <Text c="dimmed">{t.letters.intro}</Text>
      </Stack>
      {step.state === 'saved' ? (
        <Alert color="green" title={t.letters.saved(step.company)} data-testid="letter-saved">
          <Group>
            <Anchor component={Link} href="/compare">
              {t.letters.toCompare}
            </Anchor>
            <Button variant="default" onClick={review.reset}>
              {t.letters.another}
            </Button>
          </Group>
        </Alert>
      ) : step.state === 'review' ? (
        <Review review={review} text={step.read.text} readOnly={Boolean(editor.readOnly)} />
      ) : (
        <Intake
          busy={step.state === 'reading'}
          failure={step.state === 'failed' ? step.message : null}
          onFile={(file) => void review.read(file)}
          onText={(text) => void review.read({ text })}
        />
      )}
    </Stack>
  );
}

function Intake({
  busy,
  failure,
  onFile,
  onText,
}: {
  busy: boolean;
  failure: string | null;
  onFile: (file: File) => void;
  onText: (text: string) => void;
}) {
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Stack gap="md">
      {failure && (
        <Alert color="red" title={t.letters.failed} data-testid="letter-failed">
          {failure}
        </Alert>
      )}
      {/* A drop zone for the mouse; the file button beside it does the same from the keyboard. */}
      <section
        aria-label={t.letters.drop}
        className={over ? `${classes.drop} ${classes.over}` : classes.drop}
        data-testid="letter-drop"
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        {busy ? (
          <Group gap="xs">
            <Loader size="sm" />
            <Text>{t.letters.reading}</Text>
          </Group>
        ) : (
          <Stack gap="xs" align="center">
            <Text>{t.letters.drop}</Text>
            <FileButton
              onChange={(file) => file && onFile(file)}
              accept=".pdf,.docx,.eml,.txt,application/pdf,message/rfc822,text/plain"
            >
              {(props) => <Button {...props}>{t.letters.choose}</Button>}
            </FileButton>
          </Stack>
        )}
      </section>
      <Textarea
        label={t.letters.paste}
        autosize
        minRows={4}
        maxRows={12}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <Group>
        <Button variant="default" disabled={busy || !text.trim()} onClick={() => onText(text)}>
          {t.letters.readPasted}
        </Button>
      </Group>
    </Stack>
  );
}

type Review = ReturnType<typeof useLetterReview>;

function Review({ review, text, readOnly }: { review: Review; text: string; readOnly: boolean }) {
  const [focus, setFocus] = useState<string | null>(null);
  const [checking, setChecking] = useState<Evidence | null>(null);
  const step = review.step;
  if (step.state !== 'review') return null;
  const accepted = review.proposals.filter((p) => review.decisionFor(p).accept && !p.notApplicable);
  const focused = checking ?? review.proposals.find((p) => p.id === focus)?.field.evidence ?? null;
  const check = review.result?.check;
  const company = review.result?.offer.company ?? '';
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <Select
            label={t.letters.into}
            value={review.target}
            onChange={(value) => review.setTarget(value ?? NEW_OFFER)}
            data={[
              { value: NEW_OFFER, label: t.letters.newOffer },
              ...review.offers.map((o) => ({ value: o.id, label: `${o.company} — ${o.role}` })),
            ]}
            allowDeselect={false}
            maw={420}
          />
          <Table.ScrollContainer
            minWidth={640}
            type="native"
            tabIndex={0}
            className={classes.reviewScroll}
          >
            <Table verticalSpacing="xs" data-testid="letter-proposals" className={classes.review}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.letters.field}</Table.Th>
                  {review.existing && <Table.Th scope="col">{t.letters.current}</Table.Th>}
                  <Table.Th scope="col">{t.letters.proposed}</Table.Th>
                  <Table.Th scope="col">{t.letters.evidence}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.proposals.map((p) => (
                  <ProposalRow
                    key={p.id}
                    proposal={p}
                    decision={review.decisionFor(p)}
                    showCurrent={review.existing !== undefined}
                    onChange={(change) => review.decide(p.id, change)}
                    onFocus={() => {
                      setChecking(null);
                      setFocus(p.id);
                    }}
                    text={text}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {step.read.reading.conflicts.length > 0 && (
            <ToCheck
              conflicts={step.read.reading.conflicts}
              text={text}
              onShow={(evidence) => setChecking(evidence)}
            />
          )}
          {!review.existing && (
            <Text size="sm" c="dimmed">
              {t.letters.location(review.result?.offer.location.country ?? '')}
            </Text>
          )}
          {check && !check.success && (
            <IssueList title={t.letters.invalid} issues={fromZodIssues(check.error.issues)} />
          )}
          <Group>
            <Button
              onClick={() => void review.confirm()}
              disabled={!check?.success || accepted.length === 0 || readOnly}
              data-testid="letter-confirm"
              className={classes.wrapping}
            >
              {t.letters.confirm(accepted.length, company)}
            </Button>
            <Button variant="default" onClick={review.reset}>
              {t.letters.another}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {t.letters.letterText}
          </Title>
          {/* Focusable, so the letter can be scrolled from the keyboard. */}
          <Box
            className={classes.scroll}
            role="region"
            aria-label={t.letters.letterText}
            tabIndex={0}
          >
            <LetterText text={text} focus={focused} />
          </Box>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

function ProposalRow({
  proposal: p,
  decision,
  showCurrent,
  onChange,
  onFocus,
  text,
}: {
  proposal: LetterProposal;
  decision: LetterDecision;
  showCurrent: boolean;
  onChange: (change: Partial<LetterDecision>) => void;
  onFocus: () => void;
  text: string;
}) {
  const value = decision.value ?? p.field.value;
  const disabled = Boolean(p.notApplicable);
  return (
    <Table.Tr onMouseEnter={onFocus} onFocus={onFocus} data-testid={`proposal-${p.id}`}>
      <Table.Td>
        <Checkbox
          label={p.label}
          checked={decision.accept && !disabled}
          disabled={disabled}
          onChange={(event) => onChange({ accept: event.currentTarget.checked })}
          aria-label={t.letters.accept(p.label)}
        />
        <Badge variant="light" color="gray" tt="none" mt={4}>
          {t.letters.confidence(Math.round(p.field.confidence * 100))}
        </Badge>
      </Table.Td>
      {showCurrent && <Table.Td>{p.before ?? t.letters.none}</Table.Td>}
      <Table.Td>
        {disabled ? (
          <Stack gap={2}>
            <Text size="sm">{p.after}</Text>
            <Text size="xs" c="dimmed">
              {t.letters.notApplicable}: {p.notApplicable}
            </Text>
          </Stack>
        ) : (
          <Stack gap={4}>
            <ValueEditor
              value={value}
              label={p.label}
              onChange={(next) => onChange({ value: next, accept: true })}
              fallback={p.after}
            />
            {p.needs.includes('price') && (
              <NumberInput
                size="xs"
                label={t.letters.needsPrice}
                min={0}
                value={decision.price ?? ''}
                onChange={(n) =>
                  onChange({
                    price: typeof n === 'number' ? n : undefined,
                    accept: typeof n === 'number',
                  })
                }
              />
            )}
            {p.needs.includes('strike') && (
              <NumberInput
                size="xs"
                label={t.letters.needsStrike}
                min={0}
                value={decision.strike ?? ''}
                onChange={(n) => onChange({ strike: typeof n === 'number' ? n : undefined })}
              />
            )}
          </Stack>
        )}
      </Table.Td>
      <Table.Td maw={360}>
        <Text size="sm">
          <Quote text={text} evidence={p.field.evidence} />
        </Text>
        <Text size="xs" c="dimmed">
          {t.letters.how(p.field.how)}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** An input for the values a person is likely to correct; others are accepted or rejected. */
function ValueEditor({
  value,
  label,
  onChange,
  fallback,
}: {
  value: LetterValue;
  label: string;
  onChange: (value: LetterValue) => void;
  fallback: string;
}) {
  const number = (n: number, set: (n: number) => LetterValue) => (
    <NumberInput
      size="xs"
      aria-label={label}
      value={n}
      min={0}
      thousandSeparator=","
      onChange={(next) => typeof next === 'number' && onChange(set(next))}
    />
  );
  const text = (s: string, set: (s: string) => LetterValue, type?: string) => (
    <TextInput
      size="xs"
      aria-label={label}
      value={s}
      type={type}
      onChange={(e) => onChange(set(e.currentTarget.value))}
    />
  );
  switch (value.key) {
    case 'company':
    case 'role':
      return text(value.text, (s) => ({ ...value, text: s }));
    case 'location':
      return (
        <Group gap={4} wrap="nowrap">
          <TextInput
            size="xs"
            aria-label={`${label}: ${t.offers.city}`}
            value={value.city ?? ''}
            onChange={(e) => {
              const { city: _city, ...rest } = value;
              const city = e.currentTarget.value;
              onChange(city ? { ...rest, city } : rest);
            }}
          />
          <TextInput
            size="xs"
            w={56}
            aria-label={`${label}: ${t.offers.country}`}
            value={value.country ?? ''}
            onChange={(e) => {
              // A state or nation read with the old country does not belong to a new one.
              const { country: _country, region, ...rest } = value;
              const country = e.currentTarget.value.toUpperCase();
              onChange({
                ...rest,
                ...(country ? { country } : {}),
                ...(region?.startsWith(`${country}-`) ? { region } : {}),
              });
            }}
          />
        </Group>
      );
    case 'currency':
      return text(value.code, (s) => ({ ...value, code: s.toUpperCase() }));
    case 'base':
      return number(value.annual, (n) => ({
        ...value,
        annual: n,
        amount: value.period === 'annual' ? n : value.amount,
      }));
    case 'startDate':
      return text(value.date, (s) => ({ ...value, date: s }), 'date');
    case 'deadline':
      return text(value.date, (s) => ({ ...value, date: s }), 'date');
    case 'signOn':
      return number(value.amount, (n) => ({ ...value, amount: n }));
    case 'ptoDays':
      return number(value.days, (n) => ({ ...value, days: n }));
    case 'relocation':
      return number(value.lumpSum, (n) => ({ ...value, lumpSum: n }));
    case 'bonus':
      return 'targetPct' in value
        ? number(value.targetPct, (n) => ({ ...value, targetPct: n }))
        : number(value.amount, (n) => ({ ...value, amount: n }));
    default:
      return <Text size="sm">{fallback}</Text>;
  }
}

/**
 * Mentions the reader did not turn into a proposal: why (in words), and each mention's sentence,
 * which can be shown in the letter. Nothing here is saved; the person enters the value if it holds.
 */
function ToCheck({
  conflicts,
  text,
  onShow,
}: {
  conflicts: LetterConflict[];
  text: string;
  onShow: (evidence: Evidence) => void;
}) {
  return (
    <Alert color="yellow" title={t.letters.conflicts} data-testid="letter-to-check">
      <Stack gap="sm">
        <Text size="sm">{t.letters.toCheckIntro}</Text>
        {conflicts.map((c) => (
          <Stack
            key={`${c.key}:${c.mentions[0]?.evidence.start}:${c.reason}`}
            gap={4}
            data-testid={`to-check-${c.key}`}
          >
            <Text size="sm" fw={600}>
              {c.reason}
            </Text>
            {c.mentions.map((m) => (
              <Group key={`${m.evidence.start}:${m.label}`} gap="xs" wrap="nowrap" align="start">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {t.letters.line(m.evidence.line)}
                </Text>
                {/* The quote shrinks and wraps so the button stays on screen on a phone. */}
                <Text size="sm" flex={1} miw={0}>
                  <Quote text={text} evidence={m.evidence} />
                </Text>
                <Button
                  size="compact-xs"
                  variant="default"
                  flex="none"
                  onClick={() => onShow(m.evidence)}
                  aria-label={t.letters.showInLetter(m.label)}
                >
                  {t.letters.show}
                </Button>
              </Group>
            ))}
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}

/** The sentence the value came from, the value itself highlighted. */
function Quote({ text, evidence }: { text: string; evidence: Evidence }) {
  const { start, end, mark } = evidence;
  if (!mark) return <>“{text.slice(start, end)}”</>;
  return (
    <>
      “{text.slice(start, mark.start)}
      <mark className={classes.mark}>{text.slice(mark.start, mark.end)}</mark>
      {text.slice(mark.end, end)}”
    </>
  );
}

/** The whole letter, with the sentence in focus highlighted. */
function LetterText({ text, focus }: { text: string; focus: Evidence | null }) {
  let body: ReactNode = text;
  if (focus) {
    const { start, end } = focus;
    body = (
      <>
        {text.slice(0, start)}
        <mark className={classes.mark} ref={(node) => node?.scrollIntoView({ block: 'nearest' })}>
          {text.slice(start, end)}
        </mark>
        {text.slice(end)}
      </>
    );
  }
  return (
    <Text size="sm" className={classes.letter} data-testid="letter-text">
      {body}
    </Text>
  );
}
