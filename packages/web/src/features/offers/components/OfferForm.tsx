import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { type Offer, type OfferEvaluation, offerStatuses } from '@offerwise/core';
import { t } from '../../../i18n';
import { removeOffer, updateOffer } from '../../../workspace/edits';
import { issueAt, type WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { fromLocalInput, toLocalInput } from '../hooks/local-time';
import { parseSchedule, presetOf, vestingPresets } from '../hooks/vesting-presets';
import { PayChart } from './PayChart';

interface Props {
  editor: WorkspaceEditor;
  offer: Offer;
  index: number;
  figures: OfferEvaluation | null;
  homeCurrency: string;
  onRemoved: () => void;
}

/** A number field's value, or undefined when empty (so the schema names the missing field). */
const num = (value: string | number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Drops keys whose value is undefined, so optional fields left empty disappear from the file. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A record of figures without the entries left empty. */
function figuresOf(record: Record<string, number | undefined>): Record<string, number> {
  return compact(record) as Record<string, number>;
}

export function OfferForm({ editor, offer, index, figures, homeCurrency, onRemoved }: Props) {
  const at = (path: string) => issueAt(editor.issues, `offers[${index}].${path}`);
  const change = (update: (o: Offer) => Offer) =>
    editor.edit((doc) => updateOffer(doc, offer.id, update));
  const pay = offer.pay;
  const grant = pay.equity?.[0];
  const rsu = grant?.kind === 'rsu' ? grant : undefined;
  const signOn = pay.signOn?.[0];
  const bonusPct = pay.bonus && 'targetPct' in pay.bonus ? pay.bonus.targetPct : undefined;
  const match = pay.benefits?.retirementMatch;
  const priorities = editor.document.priorities;

  const setPay = (next: Partial<Offer['pay']>) =>
    change((o) => ({ ...o, pay: compact({ ...o.pay, ...next }) }));
  const setBenefits = (next: Partial<NonNullable<Offer['pay']['benefits']>>) =>
    setPay({ benefits: compact({ ...pay.benefits, ...next }) });
  const setRelocation = (next: Partial<NonNullable<Offer['relocation']>>) =>
    change((o) => ({ ...o, relocation: compact({ ...o.relocation, ...next }) }));

  return (
    <Stack gap="md" data-testid={`offer-form-${offer.id}`}>
      <Fieldset legend={t.offers.sections.role}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t.offers.company}
            value={offer.company}
            onChange={(e) => {
              const company = e.currentTarget.value;
              change((o) => ({ ...o, company }));
            }}
            error={at('company')}
          />
          <TextInput
            label={t.offers.role}
            value={offer.role}
            onChange={(e) => {
              const role = e.currentTarget.value;
              change((o) => ({ ...o, role }));
            }}
            error={at('role')}
          />
          <TextInput
            label={t.offers.country}
            value={offer.location.country}
            onChange={(e) => {
              const country = e.currentTarget.value.toUpperCase();
              change((o) => ({ ...o, location: { ...o.location, country } }));
            }}
            error={at('location.country') ?? at('location')}
          />
          <TextInput
            label={t.offers.city}
            value={offer.location.city ?? ''}
            onChange={(e) => {
              const city = e.currentTarget.value || undefined;
              change((o) => ({ ...o, location: compact({ ...o.location, city }) }));
            }}
          />
          <Select
            label={t.offers.workMode}
            data={Object.entries(t.offers.workModes).map(([value, label]) => ({ value, label }))}
            value={offer.workMode ?? null}
            onChange={(value) =>
              change((o) => compact({ ...o, workMode: (value ?? undefined) as Offer['workMode'] }))
            }
            clearable
          />
          <TextInput
            label={t.offers.currency}
            value={offer.currency}
            onChange={(e) => {
              const currency = e.currentTarget.value.toUpperCase();
              change((o) => ({ ...o, currency }));
            }}
            error={at('currency')}
          />
          <Select
            label={t.offers.status}
            data={offerStatuses.map((s) => ({ value: s, label: t.home.status[s] ?? s }))}
            value={offer.status ?? 'received'}
            allowDeselect={false}
            onChange={(value) =>
              value && change((o) => ({ ...o, status: value as Offer['status'] }))
            }
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t.offers.sections.pay}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t.offers.base}
            value={pay.base ?? ''}
            min={0}
            thousandSeparator=" "
            onChange={(v) => setPay({ base: num(v) as number })}
            error={at('pay.base')}
          />
          <NumberInput
            label={t.offers.raisePct}
            value={pay.raisePct ?? ''}
            decimalScale={2}
            onChange={(v) => setPay({ raisePct: num(v) })}
            error={at('pay.raisePct')}
          />
          <NumberInput
            label={t.offers.bonusPct}
            value={bonusPct ?? ''}
            min={0}
            max={100}
            onChange={(v) => {
              const targetPct = num(v);
              setPay({ bonus: targetPct === undefined ? undefined : { targetPct } });
            }}
            error={at('pay.bonus.targetPct') ?? at('pay.bonus')}
          />
          <NumberInput
            label={t.offers.signOn}
            value={signOn?.amount ?? ''}
            min={0}
            thousandSeparator=" "
            onChange={(v) => {
              const amount = num(v);
              setPay({
                signOn: amount === undefined ? undefined : [{ ...signOn, amount }],
              });
            }}
            error={at('pay.signOn[0].amount')}
          />
          <Select
            label={t.offers.paySource}
            data={Object.entries(t.offers.sources).map(([value, label]) => ({ value, label }))}
            value={pay.source ?? null}
            clearable
            onChange={(value) => setPay({ source: (value ?? undefined) as Offer['pay']['source'] })}
          />
          {signOn && (
            <NumberInput
              label={t.offers.signOnClawback}
              value={signOn.clawbackMonths ?? ''}
              min={0}
              max={60}
              onChange={(v) => setPay({ signOn: [compact({ ...signOn, clawbackMonths: num(v) })] })}
              error={at('pay.signOn[0].clawbackMonths')}
            />
          )}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t.offers.sections.equity}>
        {rsu ? (
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t.offers.grantValue}
                value={rsu.grantValue}
                min={0}
                thousandSeparator=" "
                onChange={(v) => setPay({ equity: [{ ...rsu, grantValue: num(v) as number }] })}
                error={at('pay.equity[0].grantValue')}
              />
              <Select
                label={t.offers.schedule}
                data={Object.entries(t.offers.schedulePresets).map(([value, label]) => ({
                  value,
                  label,
                }))}
                value={presetOf(rsu.schedulePct)}
                allowDeselect={false}
                onChange={(value) => {
                  const preset = value ? vestingPresets[value] : undefined;
                  if (preset) setPay({ equity: [{ ...rsu, schedulePct: [...preset] }] });
                }}
              />
              <TextInput
                label={t.offers.customSchedule}
                defaultValue={rsu.schedulePct.join(', ')}
                key={rsu.schedulePct.join(',')}
                onBlur={(e) =>
                  setPay({
                    equity: [{ ...rsu, schedulePct: parseSchedule(e.currentTarget.value) }],
                  })
                }
                error={at('pay.equity[0].schedulePct')}
              />
              <NumberInput
                label={t.offers.cliffMonths}
                value={rsu.cliffMonths ?? ''}
                min={0}
                max={48}
                onChange={(v) => setPay({ equity: [compact({ ...rsu, cliffMonths: num(v) })] })}
                error={at('pay.equity[0].cliffMonths')}
              />
            </SimpleGrid>
            <Button
              variant="subtle"
              color="red"
              w="fit-content"
              onClick={() => setPay({ equity: undefined })}
            >
              {t.offers.removeEquity}
            </Button>
          </Stack>
        ) : (
          <Button
            variant="light"
            onClick={() =>
              setPay({
                equity: [
                  {
                    kind: 'rsu',
                    grantValue: 0,
                    schedulePct: [...(vestingPresets.even4 ?? [])],
                    cliffMonths: 12,
                    cadence: 'quarterly',
                  },
                ],
              })
            }
          >
            {t.offers.addEquity}
          </Button>
        )}
      </Fieldset>

      <Fieldset legend={t.offers.sections.benefits}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t.offers.retirementMatch}
            value={typeof match === 'number' ? match : ''}
            disabled={match !== undefined && typeof match !== 'number'}
            min={0}
            thousandSeparator=" "
            onChange={(v) => setBenefits({ retirementMatch: num(v) })}
            error={at('pay.benefits.retirementMatch')}
          />
          <NumberInput
            label={t.offers.ptoDays}
            value={pay.benefits?.ptoDays ?? ''}
            min={0}
            max={366}
            onChange={(v) => setBenefits({ ptoDays: num(v) })}
            error={at('pay.benefits.ptoDays')}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t.offers.sections.relocation}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t.offers.relocationLump}
            value={offer.relocation?.covered?.lumpSum ?? ''}
            min={0}
            thousandSeparator=" "
            onChange={(v) =>
              setRelocation({ covered: compact({ ...offer.relocation?.covered, lumpSum: num(v) }) })
            }
            error={at('relocation.covered.lumpSum')}
          />
          <NumberInput
            label={t.offers.relocationCosts}
            value={offer.relocation?.expectedCosts?.moving ?? ''}
            min={0}
            thousandSeparator=" "
            onChange={(v) =>
              setRelocation({
                expectedCosts: figuresOf({ ...offer.relocation?.expectedCosts, moving: num(v) }),
              })
            }
          />
          <NumberInput
            label={t.offers.relocationRepayMonths}
            value={offer.relocation?.repayment?.months ?? ''}
            min={1}
            max={60}
            onChange={(v) => {
              const months = num(v);
              setRelocation({ repayment: months === undefined ? undefined : { months } });
            }}
            error={at('relocation.repayment.months')}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t.offers.sections.visa}>
        <Stack gap="sm">
          <Checkbox
            label={t.offers.visaRequired}
            checked={offer.visa?.required ?? false}
            onChange={(e) => {
              const required = e.currentTarget.checked;
              change((o) => ({ ...o, visa: { ...o.visa, required } }));
            }}
          />
          {offer.visa?.required && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t.offers.visaSponsorship}
                data={Object.entries(t.offers.visaSponsorshipOptions).map(([value, label]) => ({
                  value,
                  label,
                }))}
                value={offer.visa.sponsorship ?? null}
                clearable
                onChange={(value) =>
                  change((o) => ({
                    ...o,
                    visa: compact({
                      required: true,
                      ...o.visa,
                      sponsorship: (value ?? undefined) as NonNullable<
                        Offer['visa']
                      >['sponsorship'],
                    }),
                  }))
                }
              />
              <NumberInput
                label={t.offers.visaWeeks}
                value={offer.visa.processingWeeks ?? ''}
                min={0}
                max={104}
                onChange={(v) =>
                  change((o) => ({
                    ...o,
                    visa: compact({ required: true, ...o.visa, processingWeeks: num(v) }),
                  }))
                }
                error={at('visa.processingWeeks')}
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t.offers.sections.ratings}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {priorities
            .filter((p) => p.measure === 'rating' || p.measure === 'number')
            .map((p) =>
              p.measure === 'rating' ? (
                <NumberInput
                  key={p.id}
                  label={t.offers.ratingFor(p.label)}
                  value={offer.ratings?.[p.id] ?? ''}
                  min={1}
                  max={5}
                  step={1}
                  onChange={(v) =>
                    change((o) => ({ ...o, ratings: figuresOf({ ...o.ratings, [p.id]: num(v) }) }))
                  }
                  error={at(`ratings.${p.id}`)}
                />
              ) : (
                <NumberInput
                  key={p.id}
                  label={t.offers.numberFor(p.label, p.unit ?? null)}
                  value={offer.numbers?.[p.id] ?? ''}
                  onChange={(v) =>
                    change((o) => ({ ...o, numbers: figuresOf({ ...o.numbers, [p.id]: num(v) }) }))
                  }
                  error={at(`numbers.${p.id}`)}
                />
              ),
            )}
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t.offers.sections.contacts}>
        <Stack gap="sm">
          {(offer.contacts ?? []).map((contact, c) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: contacts have no id; order is stable while editing
            <Group key={c} align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t.offers.contactName}
                value={contact.name}
                onChange={(e) => {
                  const name = e.currentTarget.value;
                  change((o) => ({
                    ...o,
                    contacts: (o.contacts ?? []).map((x, k) => (k === c ? { ...x, name } : x)),
                  }));
                }}
                error={at(`contacts[${c}].name`)}
                style={{ flex: '1 1 140px' }}
              />
              <Select
                label={t.offers.contactRole}
                data={Object.entries(t.offers.contactRoles).map(([value, label]) => ({
                  value,
                  label,
                }))}
                value={contact.role}
                allowDeselect={false}
                onChange={(value) =>
                  value &&
                  change((o) => ({
                    ...o,
                    contacts: (o.contacts ?? []).map((x, k) =>
                      k === c ? { ...x, role: value as typeof x.role } : x,
                    ),
                  }))
                }
                style={{ flex: '1 1 140px' }}
              />
              <TextInput
                label={t.offers.contactEmail}
                type="email"
                value={contact.email ?? ''}
                onChange={(e) => {
                  const email = e.currentTarget.value || undefined;
                  change((o) => ({
                    ...o,
                    contacts: (o.contacts ?? []).map((x, k) =>
                      k === c ? compact({ ...x, email }) : x,
                    ),
                  }));
                }}
                error={at(`contacts[${c}].email`)}
                style={{ flex: '1 1 180px' }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={t.offers.removeContact(contact.name)}
                onClick={() =>
                  change((o) => ({ ...o, contacts: (o.contacts ?? []).filter((_, k) => k !== c) }))
                }
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="light"
            w="fit-content"
            onClick={() =>
              change((o) => ({
                ...o,
                contacts: [...(o.contacts ?? []), { name: '', role: 'recruiter' }],
              }))
            }
          >
            {t.offers.addContact}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={t.offers.sections.process}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t.offers.deadline}
            value={toLocalInput(offer.deadline)}
            onChange={(e) => {
              const deadline = fromLocalInput(e.currentTarget.value);
              change((o) => compact({ ...o, deadline }));
            }}
            error={at('deadline')}
          />
          <TextInput
            type="date"
            label={t.offers.startDate}
            value={offer.startDate ?? ''}
            onChange={(e) => {
              const startDate = e.currentTarget.value || undefined;
              change((o) => compact({ ...o, startDate }));
            }}
            error={at('startDate')}
          />
          <Checkbox
            label={t.offers.recruiterMediated}
            checked={offer.process?.recruiterMediated ?? false}
            onChange={(e) => {
              const recruiterMediated = e.currentTarget.checked;
              change((o) => ({ ...o, process: { ...o.process, recruiterMediated } }));
            }}
          />
        </SimpleGrid>
      </Fieldset>

      <PayChart figures={figures} homeCurrency={homeCurrency} />

      <Group justify="flex-end">
        <Button
          variant="subtle"
          color="red"
          onClick={() => {
            void editor.commit((doc) => removeOffer(doc, offer.id));
            onRemoved();
          }}
        >
          {t.offers.remove(offer.company)}
        </Button>
      </Group>
    </Stack>
  );
}
