import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { fxSnapshot } from '@offerwise/core';
import { t } from '../../../i18n/profile';
import { setAt } from '../../../workspace/edits';
import { RecordField, TextField } from '../../../workspace/fields';
import type { WorkspaceEditor } from '../../../workspace/use-workspace-editor';
import { priceLevelSuggestions, ratesInUse, withOwnRate } from '../hooks/rate-suggestions';

const upper = (text: string) => text.toUpperCase();
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Exchange rates and cost-of-living indexes, each set with its date and source. An offer in
 * another currency is converted at the ECB rate shipped with Offerwise until the user writes
 * their own; "Use my own rate" copies the shipped one in to edit.
 */
export function RatesSection({ editor }: { editor: WorkspaceEditor }) {
  const { document } = editor;
  const home = document.profile.homeCurrency;
  const inUse = ratesInUse(document);
  const levels = priceLevelSuggestions(document);
  return (
    <Fieldset legend={t.rates.title}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t.rates.intro(home)}
        </Text>
        {inUse.length > 0 && (
          // A list, not a table: on a phone a table scrolls sideways, out of keyboard reach.
          <Stack
            gap="xs"
            data-testid="rates-in-use"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {inUse.map(({ currency, use }) => (
              <Group key={currency} component="li" gap="sm" wrap="wrap">
                {use ? (
                  <>
                    <Text size="sm">{use.text}</Text>
                    <Text size="sm" c="dimmed">
                      {use.basis === 'user' ? t.rates.yours : t.rates.shipped}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="red">
                    {t.rates.none(currency, home)}
                  </Text>
                )}
                {use?.basis === 'shipped' && !editor.readOnly && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => editor.edit((doc) => withOwnRate(doc, currency, use.rate))}
                  >
                    {t.rates.ownRate(currency)}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {document.rates ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextField
                editor={editor}
                path={['rates', 'asOf']}
                label={t.rates.asOf}
                type="date"
                required
              />
              <TextField editor={editor} path={['rates', 'source']} label={t.rates.source} />
            </SimpleGrid>
            <RecordField
              editor={editor}
              path={['rates', 'fx']}
              label={t.rates.fx}
              description={t.rates.fxHow(home)}
              nameLabel={t.rates.currency}
              amountLabel={(currency) => t.rates.fxFor(currency, home)}
              addLabel={t.rates.addFx}
              newName={(taken) =>
                taken.includes('USD') ? (taken.includes('GBP') ? 'CHF' : 'GBP') : 'USD'
              }
              normaliseName={upper}
            />
            <RecordField
              editor={editor}
              path={['rates', 'costOfLiving']}
              label={t.rates.col}
              description={t.rates.colHow}
              nameLabel={t.rates.place}
              amountLabel={(place) => t.rates.colFor(place)}
              addLabel={t.rates.addCol}
              newName={(taken) => {
                for (let n = 1; ; n++) if (!taken.includes(`XX-${n}`)) return `XX-${n}`;
              }}
            />
            {levels.length > 0 && !editor.readOnly && (
              <Group gap="sm">
                <Text size="sm">
                  {t.rates.shippedLevels(levels.map((l) => `${l.place} ${l.level}`).join(', '))}
                </Text>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() =>
                    editor.edit((doc) =>
                      levels.reduce(
                        (next, { place, level }) =>
                          setAt(next, ['rates', 'costOfLiving', place], level),
                        doc,
                      ),
                    )
                  }
                >
                  {t.rates.copyLevels}
                </Button>
              </Group>
            )}
          </>
        ) : (
          !editor.readOnly && (
            <Button
              variant="light"
              w="fit-content"
              onClick={() => editor.edit((doc) => setAt(doc, ['rates'], { asOf: today(), fx: {} }))}
            >
              {t.rates.addOwn}
            </Button>
          )
        )}
        <Text size="xs" c="dimmed">
          {t.rates.snapshot(fxSnapshot.source, fxSnapshot.asOf)}
        </Text>
      </Stack>
    </Fieldset>
  );
}
